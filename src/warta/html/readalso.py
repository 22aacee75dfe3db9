"""Read-also headlines ("Baca juga: X") that leave the text before the cleaner sees them: a box
removed as furniture (a "baca-juga" class, detik's linksisip table, a link classed
"inner-link-baca-juga") or a line the walker drops as mostly link. Their headlines go to the
article's related list, as the cleaner does with the read-also lines it finds in the text."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from warta.clean.resources import alternation
from warta.html.data import data_lines

if TYPE_CHECKING:
    from selectolax.lexbor import LexborNode

# A read-also line is a cue and one headline.
MAX_READ_ALSO_CHARS = 200
# A read-also list (liputan6: "Baca Juga" over two or three links) is a few headlines long.
MAX_READ_ALSO_LIST_CHARS = 500
# A neighbour this long is a paragraph: the box sits in the text, not in a sidebar or footer
# (whose "Berita Terkait" lists are not the article's read-also headlines).
IN_TEXT_CHARS = 80
# Inline tags a read-also link sits in within its line ("<p><strong>Baca juga: <a>").
_INLINE = frozenset({"strong", "b", "em", "i", "span", "u", "font"})
_SKIPPED = frozenset({"-text", "br", "-comment"})


@lru_cache(maxsize=1)
def read_also_line() -> re.Pattern[str]:
    from warta.clean.resources import related_prefix

    return related_prefix()


def read_also(text: str) -> str | None:
    """The headline of a read-also line ("Baca juga: X" -> X), else None."""
    if len(text) > MAX_READ_ALSO_CHARS:
        return None
    m = read_also_line().fullmatch(text)
    return m.group("h").strip() if m else None


def removed_headlines(node: LexborNode) -> list[str]:
    """The read-also headlines of a furniture box about to be removed, when it sits in the
    text; [] for any other box."""
    box = _line_of(node)
    text = " ".join(box.text().split())
    if not text or len(text) > MAX_READ_ALSO_LIST_CHARS or not _in_text(box):
        return []
    if len(box.css("a")) > 1:
        return listed_headlines(box)  # one cue over several links: a headline each
    headline = read_also(text)
    return [headline] if headline else listed_headlines(box)


def _line_of(node: LexborNode) -> LexborNode:
    """A link's whole line: up through inline tags to the block it is in."""
    if node.tag != "a":
        return node
    line = node
    while line.parent is not None and (line.tag == "a" or line.tag in _INLINE):
        line = line.parent
    return line


def _in_text(box: LexborNode) -> bool:
    return any(_long(n) for n in (_neighbour(box, "prev"), _neighbour(box, "next")))


def _neighbour(box: LexborNode, side: str) -> LexborNode | None:
    node = getattr(box, side)
    while node is not None and node.tag in _SKIPPED and not _long(node):
        node = getattr(node, side)
    return node


def _long(node: LexborNode | None) -> bool:
    if node is None or node.tag not in ("p", "-text"):
        return False
    text = node.text(deep=node.tag != "-text")
    return len(" ".join(text.split())) >= IN_TEXT_CHARS


# A listed headline has at least this many words; shorter link texts are "Selengkapnya", tags.
MIN_HEADLINE_WORDS = 3


def listed_headlines(box: LexborNode) -> list[str]:
    """The headlines a read-also box lists ("Baca juga:" over its links), else none: the box
    leaves the text, its headlines go to the article's related list."""
    links = [" ".join(a.text().split()) for a in box.css("a")]
    headlines = [text for text in links if len(text.split()) >= MIN_HEADLINE_WORDS]
    # The label may be a link itself (tagDiv's related block: <a class="td-related-left">Baca
    # Juga</a> over the headlines): the box less its headlines is then the label.
    if not any(_is_label(_without(box, found)) for found in (links, headlines)):
        return []
    return headlines


def _without(box: LexborNode, texts: list[str]) -> str:
    label = " ".join(box.text().split())
    for text in texts:
        label = label.replace(text, " ", 1)
    return label


def _is_label(text: str) -> bool:
    return related_label().fullmatch(" ".join(text.split()).lower().rstrip(" :")) is not None


@lru_cache(maxsize=1)
def related_label() -> re.Pattern[str]:
    """The labels of a related-headlines list (the text cleaner's data/clean/related_headers.txt)."""
    rows = data_lines("related_headers.txt", "clean") + data_lines("related.txt", "clean")
    return re.compile(alternation(rows))
