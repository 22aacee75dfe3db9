"""A batch: inputs in, one :class:`Outcome` per document out, past every bad input."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from warta.errors import WartaError
from warta.model import Article

if TYPE_CHECKING:
    from warta.pipeline import Reader


@dataclass(frozen=True)
class Outcome:
    """What became of one input document: an article, or the error that stopped it.

    ``warnings`` are the reader's (for example a cp1252 fallback); they are also in
    ``article.warnings``.
    """

    source: str
    article: Article | None = None
    error: WartaError | None = None
    warnings: tuple[str, ...] = ()


def iter_articles(inputs: Iterable[str], reader: Reader) -> Iterator[Outcome]:
    """Read every document of ``inputs`` with a :class:`~warta.pipeline.Reader`.

    A :class:`WartaError` and any unexpected exception are caught per document and reported in
    its outcome, so one bad page never stops a batch (``KeyboardInterrupt`` still does).
    """
    from warta.read import iter_documents

    for item in iter_documents(inputs):
        if isinstance(item, WartaError):
            yield Outcome(item.source, error=item)
            continue
        try:
            article = reader.read(item)
        except WartaError as exc:
            yield Outcome(item.source, error=exc, warnings=item.warnings)
        except Exception as exc:  # a bug on one page must not end the batch
            error = WartaError(item.source, f"internal error ({type(exc).__name__}: {exc})")
            yield Outcome(item.source, error=error, warnings=item.warnings)
        else:
            yield Outcome(item.source, article=article, warnings=item.warnings)
