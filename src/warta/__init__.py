"""warta: turn raw Indonesian news into a structured, searchable corpus.

    >>> import warta
    >>> article = warta.read("examples/kabar-pagi.txt")      # doctest: +SKIP
    >>> article.title, article.published, article.to_dict()["body"][:40]  # doctest: +SKIP
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from warta.errors import ReadError, WartaError
from warta.model import Article, Document
from warta.pipeline import Reader

__version__ = "0.1.0"
__all__ = ["Article", "Document", "ReadError", "Reader", "WartaError", "read", "__version__"]


def read(
    path_or_text: str | os.PathLike[str],
    *,
    nlp: bool = True,
    reference_time: dt.datetime | None = None,
) -> Article:
    """Read one article from a file path, a URL, or the raw text itself.

    A string that names an existing file (or starts with ``http://`` / ``https://``) is read from
    there; any other string is taken as the article text. Raises :class:`WartaError`.
    """
    from warta.read import iter_documents

    reader = Reader(nlp=nlp, reference_time=reference_time)
    value = os.fspath(path_or_text)
    if value.startswith(("http://", "https://")) or ("\n" not in value and Path(value).exists()):
        for item in iter_documents([value]):
            if isinstance(item, WartaError):
                raise item
            return reader.read(item)
        raise ReadError(value, "no document found")
    return reader.read(Document(source="<text>", text=value))
