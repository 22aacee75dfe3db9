"""Walks the chosen containers into blocks (paragraphs, headings, list items, quotes,
captions). Boxes that are not text are cut out on the way: mostly links (a read-also box leaves
its headlines as ``related`` blocks), hover cards, captions outside figures."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from warta.clean.ending import BARE_LINK_RE
from warta.html.captions import is_caption_box
from warta.html.readalso import MIN_HEADLINE_WORDS, listed_headlines, read_also, related_label
from warta.html.tree import leads_away, link_share

if TYPE_CHECKING:
    from selectolax.lexbor import LexborNode

BLOCK_TAGS = frozenset(
    [
        "p",
        "div",
        "section",
        "article",
        "main",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "li",
        "ul",
        "ol",
        "dl",
        "dt",
        "dd",
        "blockquote",
        "pre",
        "figure",
        "figcaption",
        "table",
        "tbody",
        "thead",
        "tr",
        "td",
        "th",
        "hr",
        "address",
        "center",
        "details",
        "summary",
        "caption",
    ]
)
HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
# Blocks whose text is mostly link text are menus, tag lists or "read also" boxes.
MAX_BLOCK_LINK_SHARE = 0.5
# ... unless this many words outside the links make a sentence of it: a paragraph that cites
# earlier stories through links in its clauses ("Trump <a>imposed tariffs ... in 2018</a>,
# prompting Mexico to ..."); a read-also box has a label of one or two words outside its link.
LINKED_PROSE_WORDS = 8
_SENTENCE_END = (".", "!", "?", '"', "”", "’")

# A small box that is mostly links is a read-also or video box: its label ("Baca juga:", "Video
# Editor's Pick") goes with the links, else the cleaner reads the next line as a listed headline.
LINK_BOX_TAGS = frozenset({"div", "section"})
MAX_LINK_BOX_CHARS = 300

# A line whose text is this much link is a bare link (a headline under its read-also cue).
LINK_ONLY_SHARE = 0.9


@dataclass(frozen=True)
class Block:
    kind: str  # p | heading | li | quote | caption | pre | cell | related | subtitle
    text: str


_KIND = {"li": "li", "blockquote": "quote", "figcaption": "caption", "pre": "pre", "td": "cell"}


class Walker:
    """Walks a subtree, cutting its text into blocks at block tags and line breaks."""

    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self.parts: list[str] = []
        self.link_chars = 0
        self.plain_words = 0
        self.kind = "p"

    def flush(self) -> None:
        text = " ".join("".join(self.parts).split())
        if text and self._is_text(text):
            self.blocks.append(Block(self.kind, text))
        elif text:
            self.blocks.extend(Block("related", h) for h in self._dropped_read_also(text))
        self.parts = []
        self.link_chars = 0
        self.plain_words = 0

    def _is_text(self, text: str) -> bool:
        if self.link_chars / len(text) <= MAX_BLOCK_LINK_SHARE:
            return True
        # A link written out as its address is a reference the author gave, not a menu.
        return bool(BARE_LINK_RE.fullmatch(text)) or (
            self.plain_words >= LINKED_PROSE_WORDS and text.endswith(_SENTENCE_END)
        )

    def _dropped_read_also(self, text: str) -> list[str]:
        """The headline of a mostly-link line that leaves the text: "Baca juga: X", or a bare
        link right under a cue line of its own (okezone: "BACA JUGA:", then the link)."""
        headline = read_also(text)
        if headline:
            return [headline]
        last = self.blocks[-1].text if self.blocks else ""
        cue = " ".join(last.split()).lower().rstrip(" :")
        if self.link_chars >= len(text) * LINK_ONLY_SHARE and related_label().fullmatch(cue):
            return [text] if len(text.split()) >= MIN_HEADLINE_WORDS else []
        return []

    def walk(self, node: LexborNode, in_link: bool = False) -> None:
        for child in node.iter(include_text=True):
            tag = child.tag
            if tag == "-text":
                text = child.text(deep=False)
                self.parts.append(text)
                if in_link:
                    self.link_chars += len(text.strip())
                else:
                    # Separators between links ("·", "|", ".") are no words of a sentence.
                    self.plain_words += sum(any(c.isalnum() for c in w) for w in text.split())
            elif tag == "br":
                self.flush()
            elif tag == "figure" and child.css_first("blockquote") is None:
                # Image, caption and photo credit: the caption reaches the hints instead.
                self.flush()
            elif is_caption_box(child):
                self.flush()
            elif _is_link_box(child):
                self.flush()
                self.blocks.extend(Block("related", h) for h in listed_headlines(child))
            elif tag == "tr" and is_data_row(child):
                self.flush()
                outer, self.kind = self.kind, "cell"
                for cell in child.iter():
                    self.walk(cell, in_link)
                    self.parts.append(" ")
                self.flush()
                self.kind = outer
            elif tag in BLOCK_TAGS:
                self.flush()
                outer = self.kind
                self.kind = kind_of(tag, outer)
                self.walk(child, in_link)
                self.flush()
                self.kind = outer
            elif tag == "span" and _is_link_card(child):
                continue
            elif tag != "-comment":
                self.walk(
                    child, in_link or (tag == "a" and leads_away(child, self.kind == "heading"))
                )


# A table row of short cells is one line ("Red Hat 8417 38.0%"): a cell per line reads as a run
# of stray short lines, and a cell like "(None)" as an editor code closing the article.
MAX_ROW_CELL_CHARS = 120
_CELL_TAGS = frozenset({"td", "th"})
_INSIDE_CELL_BLOCKS = "p, div, table, ul, ol, br, h1, h2, h3, h4, h5, h6, blockquote, pre, figure"


def is_data_row(row: LexborNode) -> bool:
    cells = [c for c in row.iter() if c.tag in _CELL_TAGS]
    return (
        len(cells) >= 2
        and all(len(c.text(strip=True)) <= MAX_ROW_CELL_CHARS for c in cells)
        and row.css_first(_INSIDE_CELL_BLOCKS) is None
    )


# An inline box of this many links and nothing else, inside a paragraph, is a hover card (a
# person's other stories shown on mouse-over), not words of the sentence around it.
LINK_CARD_LINKS = 3
LINK_CARD_LINK_SHARE = 0.9


def _is_link_card(node: LexborNode) -> bool:
    if node.attributes.get("class") is None:
        return False  # hover cards are styled boxes; a bare <span> is part of the text
    links = node.css("a")
    if len(links) < LINK_CARD_LINKS:
        return False
    text = len(node.text(strip=True))
    return sum(len(a.text(strip=True)) for a in links) >= LINK_CARD_LINK_SHARE * text


def _is_link_box(node: LexborNode) -> bool:
    if node.tag not in LINK_BOX_TAGS or node.css_first("a") is None:
        return False
    size = len(node.text(strip=True))
    return size <= MAX_LINK_BOX_CHARS and link_share(node, size) > MAX_BLOCK_LINK_SHARE


def kind_of(tag: str, outer: str) -> str:
    if tag in HEADING_TAGS:
        return "heading"
    if tag in _KIND:
        return _KIND[tag]
    return outer if outer in ("li", "quote", "caption") else "p"
