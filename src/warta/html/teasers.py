"""Lists of other stories on an article page: boxes of teasers, each a linked headline over its
excerpt. Their excerpts are prose, so a readability score can prefer them to a short article;
the extractor does not let their paragraphs vote for a container."""

from __future__ import annotations

from typing import TYPE_CHECKING

from warta.html.tree import LINK_SELECTOR, leads_away, link_share

if TYPE_CHECKING:
    from selectolax.lexbor import LexborNode

_HEADLINES = "h2, h3, h4"
# A headline this much link is a teaser's ("<h3><a href='/other'>Other story</a></h3>").
LINKED_HEADLINE = 0.9
# A box with this many children holding such a headline is a list of stories ...
MIN_TEASERS = 3
# ... when it has no prose of its own between them (an article's roundup of linked product
# boxes has paragraphs between the boxes).
OWN_PROSE_CHARS = 80
# Teaser boxes hold their headline at most this many levels down.
MAX_TEASER_DEPTH = 4


def story_lists(root: LexborNode) -> set[int]:
    """The mem_ids of the boxes that are lists of other stories."""
    children: dict[int, set[int]] = {}
    boxes: dict[int, LexborNode] = {}
    for headline in root.css(_HEADLINES):
        if not _is_linked(headline):
            continue
        child, parent = headline, headline.parent
        for _ in range(MAX_TEASER_DEPTH):
            if parent is None or parent.tag in ("body", "html"):
                break
            if child is not headline:  # a box around the headline, not the headline itself
                children.setdefault(parent.mem_id, set()).add(child.mem_id)
                boxes[parent.mem_id] = parent
            child, parent = parent, parent.parent
    return {
        key
        for key, kids in children.items()
        if len(kids) >= MIN_TEASERS and not _own_prose(boxes[key])
    }


def _is_linked(headline: LexborNode) -> bool:
    text = len(headline.text(strip=True))
    link = headline.css_first(LINK_SELECTOR)
    if not text or link is None or not leads_away(link, in_heading=True):
        return False
    return link_share(headline, text) >= LINKED_HEADLINE


def _own_prose(box: LexborNode) -> bool:
    return any(
        child.tag == "p" and len(child.text(strip=True)) >= OWN_PROSE_CHARS
        for child in box.iter(include_text=False)
    )
