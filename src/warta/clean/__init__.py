"""Stage 2-3: give every line of scraped text a role, keep the body, read the metadata.

STUB — being replaced by the real cleaner (see the reading issue).
"""

from __future__ import annotations

import datetime as dt

from warta.clean.resources import CleanResources
from warta.model import Article, Line, PageHints, Paragraph


def read_text(
    source: str,
    text: str,
    hints: PageHints,
    resources: CleanResources,
    *,
    reference_time: dt.datetime | None = None,
) -> Article:
    lines = tuple(
        Line(text=t.strip(), role="body", line=i)
        for i, t in enumerate(text.splitlines(), start=1)
        if t.strip()
    )
    paragraphs = tuple(Paragraph(text=ln.text, role="body") for ln in lines)
    return Article(
        source=source,
        title=hints.title,
        url=hints.url,
        body="\n\n".join(p.text for p in paragraphs),
        paragraphs=paragraphs,
        lines=lines,
    )
