"""Files and directories: pick the reader by suffix (or by content), enforce the size limit."""

from __future__ import annotations

import gzip
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import IO, cast

from warta.errors import ReadError
from warta.model import Document
from warta.read.decode import MAX_DOCUMENT_BYTES, size_problem
from warta.read.html import html_document, looks_like_html
from warta.read.jsonl import iter_jsonl
from warta.read.table import iter_table
from warta.read.text import text_document

HTML_SUFFIXES = (".html", ".htm", ".html.gz", ".htm.gz")
JSONL_SUFFIXES = (".jsonl", ".jsonl.gz")
TEXT_SUFFIXES = (".txt", ".txt.gz")
TABLE_SUFFIXES = (".csv", ".csv.gz", ".tsv", ".tsv.gz")
KNOWN_SUFFIXES = HTML_SUFFIXES + JSONL_SUFFIXES + TEXT_SUFFIXES + TABLE_SUFFIXES
# Errors a corrupt or truncated gzip stream raises while it is read.
_GZIP_ERRORS = (gzip.BadGzipFile, EOFError, zlib.error)


def iter_path(item: str) -> Iterator[Document | ReadError]:
    path = Path(item)
    try:
        if path.is_dir():
            yield from _iter_directory(path, item)
        elif path.exists():  # regular files, and pipes such as <(zcat dump.gz)
            yield from iter_file(path, item)
        else:
            yield ReadError(item, "no such file or directory")
    except PermissionError:
        yield ReadError(item, "permission denied")


def known(name: str) -> bool:
    """Whether a directory walk reads this file (hidden files and other suffixes are skipped)."""
    return not name.startswith(".") and name.lower().endswith(KNOWN_SUFFIXES)


def _iter_directory(path: Path, item: str) -> Iterator[Document | ReadError]:
    files = sorted(
        p
        for p in path.rglob("*")
        if p.is_file() and known(p.name) and not _hidden(p.relative_to(path))
    )
    if not files:
        suffixes = ", ".join(KNOWN_SUFFIXES)
        yield ReadError(item, f"no files to read in this directory (looked for {suffixes})")
    for file in files:
        yield from iter_file(file, str(file))


def _hidden(relative: Path) -> bool:
    return any(part.startswith(".") for part in relative.parts)


def iter_file(path: Path, source: str) -> Iterator[Document | ReadError]:
    """The documents of one file: one for text/HTML, one per line for JSONL, one per row for
    CSV/TSV."""
    name = path.name.lower()
    try:
        if name.endswith(JSONL_SUFFIXES):
            with _open(path) as stream:
                yield from iter_jsonl(stream, source)
            return
        if name.endswith(TABLE_SUFFIXES):
            with _open(path) as stream:
                tab = "\t" if name.removesuffix(".gz").endswith(".tsv") else ","
                yield from iter_table(stream, source, delimiter=tab)
            return
        data = _read_limited(path, source)
        inner = name.removesuffix(".gz")
        if inner.endswith(HTML_SUFFIXES) or (not inner.endswith(".txt") and looks_like_html(data)):
            yield html_document(data, source)
        elif not inner.endswith(".txt") and data.lstrip().startswith(b"{"):
            with _open(path) as stream:
                yield from iter_jsonl(stream, source)
        else:
            yield text_document(data, source)
    except ReadError as exc:
        yield exc
    except _GZIP_ERRORS as exc:
        yield ReadError(source, f"not a valid gzip file ({exc or type(exc).__name__})")
    except OSError as exc:
        yield ReadError(source, (exc.strerror or str(exc)).lower())


def _open(path: Path) -> IO[bytes]:
    if path.name.lower().endswith(".gz"):
        return cast(IO[bytes], gzip.open(path, "rb"))
    return path.open("rb")


def _read_limited(path: Path, source: str) -> bytes:
    """All bytes of one document, refusing (before reading) anything over the limit."""
    if path.is_file() and not path.name.lower().endswith(".gz"):
        size = path.stat().st_size
        if size > MAX_DOCUMENT_BYTES:
            raise ReadError(source, size_problem(size))
    with _open(path) as stream:
        data = stream.read(MAX_DOCUMENT_BYTES + 1)
    if len(data) > MAX_DOCUMENT_BYTES:
        limit = MAX_DOCUMENT_BYTES // 1024 // 1024
        raise ReadError(source, f"too large (over the {limit} MB limit per document)")
    if not data:
        raise ReadError(source, "empty file")
    return data
