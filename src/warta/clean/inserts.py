"""Inserts between or after the paragraphs that run over several lines: a related-headlines list
under its header, a promoted headline under its "Promosi" label."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from warta.clean.lines import PROMO, Tagged, is_bodylike, is_footer

if TYPE_CHECKING:
    from warta.clean.resources import CleanResources


# A list item's bullet before a headline.
BULLET_RE = re.compile(r"^[-–•·*▪►]\s+")


def _loose(tg: Tagged) -> bool:
    """A line only the structure placed (a short line between paragraphs or in the footer)."""
    return tg.role == "heading" or (tg.role == "boilerplate" and tg.credit == "struct")


def related_runs(tags: list[Tagged], last: int, res: CleanResources) -> list[Tagged]:
    """Headlines listed under a related header, up to the next body paragraph, or up to a footer
    line ("Tags:", "©"): the tag names under "Tags:" are no headlines."""
    out: list[Tagged] = []
    in_run = False
    for i, tg in enumerate(tags):
        if tg.role == "related" and tg.credit == "header":
            in_run = True
            out.append(Tagged(tg.line, tg.text, "related", None))
            continue
        loose = _loose(tg)
        if in_run and loose and not is_bodylike(tg.text):
            text = BULLET_RE.sub("", tg.text)  # "- Hasil Pramusim: ..." (bola.net)
            headline = text if len(text.split()) >= 2 else None
            out.append(Tagged(tg.line, tg.text, "related", headline))
            continue
        if tg.role == "body" or (not loose and (i <= last or is_footer(tg.text, res))):
            in_run = False
        out.append(tg)
    return out


def promoted_links(tags: list[Tagged]) -> list[Tagged]:
    """The short line under a promo label is the sponsor's headline: boilerplate, not a heading."""
    out = list(tags)
    for i in range(1, len(out)):
        prev, tg = out[i - 1], out[i]
        if prev.credit == PROMO and _loose(tg) and not is_bodylike(tg.text):
            out[i] = Tagged(tg.line, tg.text, "boilerplate", None, "struct")
    return out
