"""A "Baca juga:" insert a scraper glued into a paragraph ("... sejak Senin malam. Baca Juga: BMKG
Peringatkan ... "Air masuk ...", "... 5,50 persen. (Baca juga: X) Sementara itu, ..."): the
headline is a related one, the paragraph is read without it."""

from __future__ import annotations

import functools
import re

from warta.clean.headlines import HEADLINE_MAX_WORDS, headline_cut
from warta.clean.lines import Tagged
from warta.clean.resources import related_cues


@functools.cache
def _inline_cue() -> re.Pattern[str]:
    """A related cue with its colon, opening the line or after a sentence's end (a cue without
    a colon, "simak juga pidatonya", is prose)."""
    return re.compile(
        r"(?:^|(?<=[.!?\"”)] ))(?P<o>[(\[]\s*)?(?=[A-Z])(?:" + related_cues() + r")\s*:\s*",
        re.I,
    )


def inline_related(tags: list[Tagged]) -> list[Tagged]:
    """Each body line with its inserts taken out, each insert after it as a related line of the
    same line number."""
    out: list[Tagged] = []
    for tg in tags:
        text = tg.payload or tg.text
        if tg.role != "body" or ":" not in text:
            out.append(tg)
            continue
        inserts: list[Tagged] = []
        while (found := _insert(text)) is not None:
            (a, b), headline = found
            inserts.append(Tagged(tg.line, text[a:b].strip(), "related", headline))
            text = f"{text[:a].rstrip()} {text[b:].lstrip()}".strip()
        out.append(tg._replace(payload=text) if inserts and text else tg)
        out.extend(inserts if text else ())
    return out


def _insert(text: str) -> tuple[tuple[int, int], str] | None:
    """((start, end), headline) of the first insert in the text, None when it has none (or the
    headline's end cannot be told)."""
    for m in _inline_cue().finditer(text):
        if m["o"]:
            close = text.find(")" if "(" in m["o"] else "]", m.end())
            end = close + 1 if close > 0 else -1
        else:
            cuts = headline_cut(text, m.start(), m.end(), HEADLINE_MAX_WORDS)
            rest = len(text[m.end() :].split())
            end = min(cuts) if cuts else len(text) if rest <= HEADLINE_MAX_WORDS else -1
        headline = text[m.end() : end].strip().strip('()[]"“”').strip() if end > 0 else ""
        if len(headline.split()) >= 2 and not (m.start() == 0 and end == len(text)):
            return (m.start(), end), headline
    return None
