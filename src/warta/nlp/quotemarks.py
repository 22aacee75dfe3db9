"""Where quoted passages open and close in a text: straight and curly marks, a quote that runs
over paragraphs when the next one reopens it, and one that lost its closing mark before
", kata X"."""

from __future__ import annotations

import re

OPEN_MARKS = '"“'
CLOSE_MARKS = '"”'


def quoted_passages(text: str, cues: frozenset[str]) -> list[tuple[int, int]]:
    """(opening mark, closing mark) pairs; an unclosed quote runs on if the next paragraph
    reopens it, else to the end of its paragraph; one whose paragraph goes on ", kata X" lost
    its closing mark there."""
    out: list[tuple[int, int]] = []
    pos = 0
    n = len(text)
    while pos < n:
        open_at = _find_open(text, pos)
        if open_at < 0:
            break
        close_at = _find_close(text, open_at + 1)
        brk = text.find("\n\n", open_at, close_at)
        if brk >= 0:
            close_at = _lost_close(text, open_at, brk, cues) or close_at
        out.append((open_at, close_at))
        pos = close_at + 1
    return out


_ATTRIBUTION = re.compile(r",\s+(?P<cue>\w+)\s+[A-Z]")


def _lost_close(text: str, open_at: int, brk: int, cues: frozenset[str]) -> int | None:
    """Where a quote that runs past its paragraph ends when the paragraph attributes it:
    '"Hasil penelitian kami ... menyebar, kata Jennifer Balch.' (the comma)."""
    for m in _ATTRIBUTION.finditer(text, open_at, brk):
        if m.group("cue").lower() in cues:
            return m.start()
    return None


def _find_open(text: str, pos: int) -> int:
    while pos < len(text):
        k = _next_mark(text, pos, OPEN_MARKS)
        if k < 0:
            return -1
        if k == 0 or not text[k - 1].isalnum():
            return k
        pos = k + 1
    return -1


def _find_close(text: str, pos: int) -> int:
    """Closing mark at or after ``pos``: crosses a paragraph break only into a reopened quote."""
    while True:
        k = _next_mark(text, pos, CLOSE_MARKS)
        brk = text.find("\n\n", pos)
        if brk >= 0 and (k < 0 or brk < k):
            nxt = brk + 2
            while nxt < len(text) and text[nxt].isspace():
                nxt += 1
            if nxt < len(text) and text[nxt] in OPEN_MARKS:
                pos = nxt + 1
                continue
            return brk
        return k if k >= 0 else len(text)


def _next_mark(text: str, pos: int, marks: str) -> int:
    found = [k for k in (text.find(m, pos) for m in marks) if k >= 0]
    return min(found) if found else -1


def strip_marks(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start].isspace() or text[start] in OPEN_MARKS):
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
