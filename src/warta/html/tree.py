"""Small questions about a lexbor node that the extractor, the standfirst finder and the page
readers all ask: its class/id words, its link share, its ancestors."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from selectolax.lexbor import LexborNode

# Splits a class/id string into its words ("article__lead js-x" -> article, lead, js, x).
NAME_SPLIT = re.compile(r"[^a-z0-9]+")
# "articleIntro": a camelCase name is words too.
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")


def name_words(name: str) -> set[str]:
    """The words of a class/id string, camelCase split too ("ce_articleIntro" -> ce,
    article, intro)."""
    return set(NAME_SPLIT.split(_CAMEL.sub(" ", name).lower()))


# A link goes somewhere: an <a> without href is a named anchor, a target inside the text.
LINK_SELECTOR = "a[href]"


def class_and_id(node: LexborNode) -> str:
    """The node's class and id, lower-cased, as one string ("" when it has neither)."""
    attrs = node.attributes
    return f"{attrs.get('class') or ''} {attrs.get('id') or ''}".lower()


def link_share(node: LexborNode, text_len: int) -> float:
    """Share of the node's text that is link text (1.0 for an empty node)."""
    if not text_len:
        return 1.0
    links = sum(len(a.text(strip=True)) for a in node.css(LINK_SELECTOR))
    return min(1.0, links / text_len)


def leads_away(link: LexborNode, in_heading: bool) -> bool:
    """Whether a link leads away from the text: a named anchor (no href) does not, nor does a
    heading's link to its own section ("<h2><a href='#costs'>What it costs</a></h2>")."""
    href = link.attributes.get("href")
    if href is None:
        return False
    return not (in_heading and href.startswith("#"))


def box_kind(node: LexborNode) -> tuple[str, str]:
    """A box's tag and first class word ("" when it has no class): what boxes of one kind
    (a live blog's updates, an infinite-scroll page's stories) share."""
    words = (node.attributes.get("class") or "").split()
    return (node.tag or "", words[0] if words else "")


def ancestor_ids(node: LexborNode) -> list[int]:
    """The mem_ids of the node's ancestors, from its parent up."""
    out = []
    anc = node.parent
    while anc is not None:
        out.append(anc.mem_id)
        anc = anc.parent
    return out


def ancestor(node: LexborNode, tag: str) -> LexborNode | None:
    """The nearest ancestor of the node with this tag, if any."""
    anc = node.parent
    while anc is not None:
        if anc.tag == tag:
            return anc
        anc = anc.parent
    return None


def has_ancestor(node: LexborNode, tag: str) -> bool:
    return ancestor(node, tag) is not None


def inside(node: LexborNode, marked: set[int]) -> bool:
    """Whether an ancestor of the node is among ``marked`` (mem_ids)."""
    anc = node.parent
    while anc is not None:
        if anc.mem_id in marked:
            return True
        anc = anc.parent
    return False
