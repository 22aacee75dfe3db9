"""The orchestrator: one raw document in, one :class:`~warta.model.Article` out.

Stages (numbered as in the code below):

1. **Extract** — an HTML page becomes text lines plus the hints its markup carries
   (JSON-LD, Open Graph, meta tags, figure captions); plain text passes through.
2. **Clean** — every line gets a role (title, byline, caption, related, body ...); body and
   headings are kept in order, every other line is kept in ``removed`` for audit.
3. **Metadata** — title, authors/editors, date, dateline, wire credits, cited media, outlet,
   captions, related headlines, language; what the text says wins over the hints.
4. **Language layer** (optional) — sentences, entities, canonical actors, quotes, keywords,
   summary.

Each stage is a pure function of its input plus explicitly loaded resources, so the same code
runs in-process, in a process pool or on a cluster. :class:`Reader` holds those resources and
loads each lazily on first use.
"""

from __future__ import annotations

import datetime as dt
from functools import cached_property
from typing import TYPE_CHECKING

from warta.model import Article, Document, PageHints

if TYPE_CHECKING:
    from warta.clean.resources import CleanResources
    from warta.nlp.resources import NlpResources


class Reader:
    """Reads documents into articles. Cheap to create; resources load on first use.

    ``reference_time`` anchors relative dates ("2 jam lalu"); ``nlp=False`` skips stage 4.
    """

    def __init__(
        self,
        *,
        nlp: bool = True,
        reference_time: dt.datetime | None = None,
        summary_sentences: int = 3,
    ) -> None:
        self.nlp = nlp
        self.reference_time = reference_time
        self.summary_sentences = summary_sentences

    @cached_property
    def clean_resources(self) -> CleanResources:
        from warta.clean.resources import CleanResources

        return CleanResources.load()

    @cached_property
    def nlp_resources(self) -> NlpResources:
        from warta.nlp.resources import NlpResources

        return NlpResources.load()

    def read(self, doc: Document) -> Article:
        """Run every stage on one document. Raises :class:`~warta.errors.WartaError`."""
        from warta.clean import read_text

        # 1. Extract: HTML -> text + hints; text passes through.
        text, hints = _extract(doc)
        # 2.-3. Clean lines, then read metadata from the roles.
        article = read_text(
            doc.source, text, hints, self.clean_resources, reference_time=self.reference_time
        )
        if doc.warnings:
            article = _with_warnings(article, doc.warnings)
        # 4. Language layer.
        if self.nlp and article.body:
            from warta.nlp import annotate

            article = annotate(
                article, self.nlp_resources, summary_sentences=self.summary_sentences
            )
        return article


def _extract(doc: Document) -> tuple[str, PageHints]:
    base = PageHints(title=doc.title, published=doc.published, outlet=doc.outlet, url=doc.url)
    if doc.html is None:
        return doc.text or "", base
    from warta.html import extract_page

    page = extract_page(doc.html, url=doc.url, source=doc.source)
    return page.text, _merge_hints(base, page.hints)


def _merge_hints(record: PageHints, page: PageHints) -> PageHints:
    """Fields the record (JSONL, HTTP) states explicitly win over what the page's markup says.
    The outlet stays the name the page gives itself ("Kompas.com", "detikNews"), as the
    scraped-page gold has it; the domain's gazetteer name is the fallback (in the cleaner)."""
    return PageHints(
        title=record.title or page.title,
        subtitle=page.subtitle,
        authors=page.authors,
        published=record.published or page.published,
        outlet=record.outlet or page.outlet,
        url=record.url or page.url,
        captions=page.captions,
        language=page.language,
        bylines=page.bylines,
        related=page.related,
    )


def _with_warnings(article: Article, warnings: tuple[str, ...]) -> Article:
    import dataclasses

    return dataclasses.replace(article, warnings=tuple(warnings) + article.warnings)
