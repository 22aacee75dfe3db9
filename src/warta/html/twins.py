"""The other parts of a text built of content elements: a page made with TYPO3, Drupal
paragraphs or a travel site's text columns repeats one box class for each part of the text, and
nests each part in its own row, column and wrapper, so the parts are neither siblings nor
close enough for the extractor's climb."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from warta.html.tree import ancestor_ids, inside

if TYPE_CHECKING:
    from selectolax.lexbor import LexborNode

# A twin meets the container at most this many levels above it.
TWIN_DEPTH = 6


def template_twins(
    chosen: list[LexborNode],
    best: LexborNode,
    candidates: Iterable[LexborNode],
    is_prose: Callable[[LexborNode], bool],
    root: LexborNode,
) -> list[LexborNode]:
    """The containers plus the prose candidates of the best container's exact tag and class
    near it, in page order."""
    cls = best.attributes.get("class")
    if not cls:
        return chosen
    near = set(ancestor_ids(best)[:TWIN_DEPTH]) - set(ancestor_ids(root)) - {root.mem_id}
    ids = {c.mem_id for c in chosen}
    twins = [
        n
        for n in candidates
        if n.mem_id not in ids
        and n.tag == best.tag
        and n.attributes.get("class") == cls
        and not inside(n, ids)
        and not any(inside(c, {n.mem_id}) for c in chosen)  # a nested box of one class
        and near.intersection(ancestor_ids(n))
        and is_prose(n)
    ]
    if not twins:
        return chosen
    order = {n.mem_id: i for i, n in enumerate(root.traverse())}
    return sorted([*chosen, *twins], key=lambda n: order.get(n.mem_id, 0))
