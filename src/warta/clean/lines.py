"""One scraped line with its role, and the tests every role decision shares (word counts,
body-likeness, the dateline prefix)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from warta.clean.resources import CleanResources

# A body paragraph is a sentence or more: this many words, or this many characters.
BODY_MIN_WORDS = 8
BODY_MIN_CHARS = 100
# Headlines capitalise nearly every longer word; a sentence full of names stays below this share.
TITLE_CASE_SHARE = 0.75
# Headlines, captions and headings are shorter than this.
SHORT_LINE_CHARS = 160
SENT_END = (".", "!", "?", '"', "”", "’", ":", ";", ")", "]", "。", "！", "？", "」", "』", "）")
# Scripts written without spaces between words (CJK, kana, Thai, Lao, Khmer, Myanmar): a line
# of them is one "word" by spaces, so every CHARS_PER_UNSPACED_WORD of their letters count as one
# word (Chinese and Japanese words average about two characters).
_UNSPACED = re.compile(
    r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]"
)
CHARS_PER_UNSPACED_WORD = 2
CAPTION_MAX_CHARS = 320
# A date line ("Senin, 12 Juni 2023 14:25 WIB", with a label or an outlet beside it) is shorter.
DATEINFO_MAX_CHARS = 90
# Leftover lines (promos, copyright, addresses) are shorter than this; body paragraphs often longer.
BOILERPLATE_MAX_CHARS = 300
# The credit of a promo label line ("Promosi"): the line under it is the promoted headline.
PROMO = "promo"
# Some outlets close the story with asterisks after the last full stop ("... Senin pagi.***").
END_MARK = "*"


class Tagged(NamedTuple):
    """One non-blank input line with its role and what the role carries."""

    line: int
    text: str
    role: str
    payload: str | None = None  # headline, caption text, heading text, byline names ...
    credit: str | None = None


def word_count(text: str) -> int:
    """Words in a line: space-separated tokens, plus the words of unspaced scripts."""
    words = text.count(" ") + 1
    if text and not text.isascii():
        words += len(_UNSPACED.findall(text)) // CHARS_PER_UNSPACED_WORD
    return words


def is_bodylike(text: str) -> bool:
    words = word_count(text)
    if len(text) >= BODY_MIN_CHARS and words >= BODY_MIN_WORDS:
        return True
    return (
        words >= BODY_MIN_WORDS
        and text.rstrip(END_MARK).endswith(SENT_END)
        and not _title_case(text)
    )


def _title_case(text: str) -> bool:
    words = [w for w in text.split() if len(w) > 3 and w[0].isalpha()]
    if len(words) < 3:
        return False
    return sum(w[0].isupper() for w in words) / len(words) > TITLE_CASE_SHARE


def undated(text: str, res: CleanResources) -> str:
    """The text after any leading datelines ("JAKARTA, KOMPAS.com - ")."""
    from warta.meta import split_dateline

    while True:
        dl, rest = split_dateline(text, res)
        if dl is None or not rest.strip():
            return text
        text = rest.strip()


def has_substring(text: str, needles: tuple[str, ...]) -> bool:
    # A plain loop: a generator in any() costs more than these few ``in`` checks.
    for needle in needles:  # noqa: SIM110
        if needle in text:
            return True
    return False


def is_footer(text: str, res: CleanResources) -> bool:
    """A line after which a page carries no more body (copyright, tags, an editor code)."""
    if len(text) > BOILERPLATE_MAX_CHARS:
        return False
    lower = text.lower()
    return bool(res.footer.fullmatch(lower)) or has_substring(lower, res.footer_contains)


# A list item opened by a bullet sign ("+ Added Slime Block", "* Villager trading rebalanced").
BULLET_RE = re.compile(r"([+*•·–-])\s+\S")


def bullet_list_bounds(tagged: list[Tagged], first: int, last: int, stop: int) -> tuple[int, int]:
    """(first, last) of the body widened over a bulleted list it opens or closes with: a list of
    which some items are long enough to look like body is the article's, also its short items
    before the first and after the last long one (a changelog, a list of steps)."""

    def bullet(i: int) -> str | None:
        m = BULLET_RE.match(tagged[i].text) if tagged[i].role == "" else None
        return m.group(1) if m else None

    sign = bullet(first)
    while sign and first > 0 and bullet(first - 1) == sign:
        first -= 1
    sign = bullet(last)
    while sign and last + 1 < stop and bullet(last + 1) == sign:
        last += 1
    return first, last
