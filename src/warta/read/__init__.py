"""Readers: every input form users have becomes a stream of :class:`~warta.model.Document`.

``iter_documents`` yields a ``Document`` per readable document and a ``ReadError`` (not raised)
per unreadable input, so a batch goes on past bad inputs. One module per form: ``text``,
``html``, ``jsonl``, ``files`` (paths and directories), ``stdin`` (``-``) and ``url``
(``http(s)://``, the only network code). ``iter_articles`` runs a whole batch through a
:class:`~warta.pipeline.Reader`.

``warta.read`` on the package is the :func:`warta.read` *function*; import from this package
with ``from warta.read import iter_documents`` (not ``import warta.read.url as ...``).
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from typing import IO

from warta.errors import ReadError
from warta.model import Document
from warta.read.batch import Outcome, iter_articles
from warta.read.decode import MAX_DOCUMENT_BYTES
from warta.read.files import HTML_SUFFIXES, JSONL_SUFFIXES, KNOWN_SUFFIXES, TEXT_SUFFIXES

__all__ = [
    "HTML_SUFFIXES",
    "JSONL_SUFFIXES",
    "KNOWN_SUFFIXES",
    "MAX_DOCUMENT_BYTES",
    "TEXT_SUFFIXES",
    "Outcome",
    "is_url",
    "iter_articles",
    "iter_documents",
]


def is_url(value: str) -> bool:
    return value.lower().startswith(("http://", "https://"))


def iter_documents(
    inputs: Iterable[str], *, stdin: IO[bytes] | None = None
) -> Iterator[Document | ReadError]:
    """Documents from paths, directories (recursive, sorted), ``-`` (stdin) and URLs.

    ``stdin`` replaces ``sys.stdin`` for ``-`` (tests, servers).
    """
    from warta.read.files import iter_path

    for item in inputs:
        if item == "-":
            from warta.read.stdin import iter_stdin

            yield from iter_stdin(stdin if stdin is not None else sys.stdin.buffer)
        elif is_url(item):
            yield from _iter_url(item)
        else:
            yield from iter_path(item)


def _iter_url(url: str) -> Iterator[Document | ReadError]:
    from warta.read.url import fetch

    try:
        yield fetch(url)
    except ReadError as exc:
        yield exc
