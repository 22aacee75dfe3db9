"""Text copied from an e-paper or a PDF: every paragraph hard-wrapped at the column's width, words
hyphenated across line ends ("pemerin-" / "tah"), the page's running header repeated where a page
breaks. Its paragraphs are joined back into one line each, before the line roles read them.

A scraped page keeps one paragraph a line and opens each with a capital, so a text is taken as
wrapped only when many of its lines run on into a line that opens in lower case.
"""

from __future__ import annotations

import re
from collections import Counter

from warta.clean.lines import SENT_END

# A wrapped line is a column's width: at most this long (a scraped paragraph is longer).
WRAP_MAX_CHARS = 90
# Wrapped: at least this many lines run on into a lower-case line, and this share of all lines
# (a scraped page has a few lower-case lines: "kumparanNEWS", "waktu baca 2 menit").
WRAP_MIN_RUNS = 4
WRAP_MIN_SHARE = 0.2
# A line this share of the column's width is full: the paragraph goes on after it. A shorter one
# ending a sentence, before a capital, ends its paragraph even without a blank line after it.
FULL_LINE_SHARE = 0.75
# The column's width: the length that this share of the lines reach (a few long lines aside).
WIDTH_QUANTILE = 0.9
# A running header or footer ("KOMPAS, SELASA, 3 SEPTEMBER 2024 | 5") is a short line seen twice.
RUNNING_MAX_CHARS = 80
_HYPHENATED = re.compile(r"(?P<w>\w+)-$")
_LOWER_START = re.compile(r"\n[a-z]")


def unwrap(text: str) -> str:
    """The text with its hard-wrapped paragraphs joined; any other text as it is."""
    if len(_LOWER_START.findall(text)) < WRAP_MIN_RUNS:
        return text  # the cheap guard: a scraped page has few lines opening in lower case
    lines = [ln.strip() for ln in text.splitlines()]
    filled = [ln for ln in lines if ln]
    if not _wrapped(lines, len(filled)):
        return text
    seen = Counter(ln for ln in filled if len(ln) <= RUNNING_MAX_CHARS)
    running = {ln for ln, n in seen.items() if n > 1}
    lengths = sorted(len(ln) for ln in filled)
    width = lengths[int(WIDTH_QUANTILE * (len(lengths) - 1))]
    out: list[str] = []
    for block in _blocks(lines, running):
        out.extend(_joined(block, width))
        out.append("")
    return "\n".join(out).rstrip("\n") + "\n"


def _wrapped(lines: list[str], filled: int) -> bool:
    runs = sum(
        1
        for a, b in zip(lines, lines[1:], strict=False)
        if a and b and len(a) <= WRAP_MAX_CHARS and b[0].islower() and not a.endswith(SENT_END)
    )
    return runs >= WRAP_MIN_RUNS and runs >= WRAP_MIN_SHARE * filled


def _blocks(lines: list[str], running: set[str]) -> list[list[str]]:
    """Runs of lines between blank lines; a running header inside one goes before it, alone."""
    blocks: list[list[str]] = []
    block: list[str] = []
    for ln in [*lines, ""]:
        if ln in running:
            blocks.append([ln])  # a block it broke goes on after it
        elif ln:
            block.append(ln)
        elif block:
            blocks.append(block)
            block = []
    return blocks


def _joined(block: list[str], width: int) -> list[str]:
    """A block's lines as paragraphs: each line runs on into the next, hyphenation mended,
    unless it is short and ends a sentence before a capital."""
    out = [block[0]]
    for before, ln in zip(block, block[1:], strict=False):
        ends = before.endswith(SENT_END) and len(before) < FULL_LINE_SHARE * width
        if ends and ln[0].isupper():
            out.append(ln)
        else:
            out[-1] = _glue(out[-1], ln)
    return out


def _glue(prev: str, ln: str) -> str:
    m = _HYPHENATED.search(prev)
    if m is None:
        return f"{prev} {ln}"
    if not ln[0].islower() or ln.split()[0].rstrip(".,;:!?").lower() == m.group("w").lower():
        return prev + ln  # "Semarang-" "Demak", "masing-" "masing": the hyphen is the word's
    return prev[:-1] + ln  # "pemerin-" "tah"
