"""warta: turn raw Indonesian news into a structured, searchable corpus.

>>> import warta
>>> article = warta.read("examples/kabarnusa-bus-listrik-makassar.txt")      # doctest: +SKIP
>>> article.title, article.published, article.to_dict()["body"][:40]  # doctest: +SKIP
"""

from __future__ import annotations

import datetime as dt
import os

# Load the ``warta.read`` subpackage before ``read`` below is defined: importing a submodule
# binds it as an attribute of its package, and doing that first means the function wins for
# good (``from warta.read import iter_documents`` still works through ``sys.modules``).
import warta.read as _readers  # noqa: F401
from warta.errors import ReadError, WartaError
from warta.model import Article, Document
from warta.pipeline import Reader

__version__ = "0.1.0"
__all__ = ["Article", "Document", "ReadError", "Reader", "WartaError", "read", "__version__"]

# A string this long cannot be a path; it is the article text.
_MAX_PATH_CHARS = 4096


def read(
    path_or_text: str | os.PathLike[str],
    *,
    nlp: bool = True,
    reference_time: dt.datetime | None = None,
) -> Article:
    """Read one article from a file path, a URL, or the raw text itself.

    A ``PathLike``, a URL, or a one-line string naming an existing file (or ending in a known
    suffix such as ``.txt``) is read from there; any other string is the article text. The first
    document of a JSONL file or a directory is read. Raises :class:`WartaError`.
    """
    from warta.read import iter_documents

    reader = Reader(nlp=nlp, reference_time=reference_time)
    if isinstance(path_or_text, str) and not _names_input(path_or_text):
        return reader.read(Document(source="<text>", text=path_or_text))
    value = os.fspath(path_or_text)
    for item in iter_documents([value]):
        if isinstance(item, WartaError):
            raise item
        return reader.read(item)
    raise ReadError(value, "no document found")


def _names_input(value: str) -> bool:
    from pathlib import Path

    from warta.read import KNOWN_SUFFIXES, is_url

    if "\n" in value or len(value) > _MAX_PATH_CHARS or not value.strip():
        return False
    if is_url(value) or value.lower().endswith(KNOWN_SUFFIXES):
        return True
    try:
        return Path(value).exists()
    except OSError:  # e.g. a name too long for the file system
        return False
