"""The standfirst (lead paragraph under the headline) of an HTML page.

It often sits in the article's <header> or beside the text column, so the main-content
container misses it; it is read before page furniture is removed, and it opens the body when it
comes just before the container, close to it in the tree.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from warta.html.tree import ancestor_ids, link_share, name_words

if TYPE_CHECKING:
    from selectolax.lexbor import LexborNode

# Class/id words of a standfirst.
LEAD_WORDS = frozenset(
    {"intro", "lead", "lede", "preface", "standfirst", "strapline", "dek", "deck", "summary",
     "excerpt", "abstract", "description", "subtitle", "subheadline"}
)  # fmt: skip
_LEAD_SELECTOR = ", ".join(f'[class*="{word}" i]' for word in sorted(LEAD_WORDS))
LEAD_CHARS = (40, 1000)
# The lead and the container meet at most this many levels above the container.
MAX_LEAD_DEPTH = 4
MAX_LEAD_LINKS = 0.3
_LEAD_INNER_BLOCKS = "p, div, h1, h2, h3, h4, h5, h6, ul, ol, li, figure, time, img, table"
_LEAD_ENDS = (".", "!", "?", '"', "”", "'", "’", "»", ")", "。")


@dataclass(frozen=True)
class _Lead:
    text: str
    position: int
    ancestors: frozenset[int]  # mem_ids


@dataclass(frozen=True)
class Leads:
    found: tuple[_Lead, ...]
    order: dict[int, int]  # mem_id -> position in the page, taken before furniture removal


def lead_candidates(root: LexborNode) -> Leads:
    """Standfirst-like elements, read before furniture removal (a <header> is removed)."""
    found = []
    # lexbor preselects by substring; the token test below drops "leaderboard" and the like.
    for node in root.css(_LEAD_SELECTOR):
        tokens = name_words(node.attributes.get("class") or "")
        if not tokens & LEAD_WORDS:
            continue
        inner = [d.tag for d in node.css(_LEAD_INNER_BLOCKS) if d.mem_id != node.mem_id]
        if len(inner) > 1 or (inner and inner[0] not in ("p", "h2", "h3", "div")):
            continue  # a header box (title, byline, date), not the standfirst itself
        text = " ".join(node.text().split())
        if not LEAD_CHARS[0] <= len(text) <= LEAD_CHARS[1] or (
            link_share(node, len(text)) > MAX_LEAD_LINKS
        ):
            continue
        if not text.endswith(_LEAD_ENDS) or text.endswith(("...", "…")):
            continue  # a cut teaser, a label
        found.append(node)
    if not found:
        return Leads((), {})
    order = {n.mem_id: i for i, n in enumerate(root.traverse())}
    leads = (
        _Lead(" ".join(n.text().split()), order.get(n.mem_id, 0), frozenset(ancestor_ids(n)))
        for n in found
    )
    return Leads(tuple(leads), order)


def lead_before(containers: list[LexborNode], leads: Leads) -> str | None:
    """The standfirst that comes just before the first container, if any."""
    if not leads.found or not containers:
        return None
    first = containers[0]
    start = leads.order.get(first.mem_id)
    if start is None:
        return None
    near = set([first.mem_id, *ancestor_ids(first)][: MAX_LEAD_DEPTH + 1])
    for lead in leads.found:
        # The first one before the container and near it in the tree, or in a part of the
        # container removed as furniture (the article's own <header>).
        if (lead.position < start and near & lead.ancestors) or first.mem_id in lead.ancestors:
            return lead.text
    return None
