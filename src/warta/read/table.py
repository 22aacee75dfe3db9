"""CSV and TSV exports (a spreadsheet of scraped articles): a header row, then one article per
row, under the same column names as JSONL records (``text`` or ``html``, ``id``, ``url`` ...).

A bad row becomes a :class:`ReadError` naming ``path:line``; the other rows are still read.
"""

from __future__ import annotations

import csv
import dataclasses
import io
from collections.abc import Iterator
from typing import IO

from warta.errors import ReadError
from warta.model import Document
from warta.read.decode import MAX_DOCUMENT_BYTES, decode_legacy
from warta.read.jsonl import FIELD_NAMES, record_document


def iter_table(
    stream: IO[bytes], name: str, *, delimiter: str = ","
) -> Iterator[Document | ReadError]:
    """Documents (or errors) from the rows of a CSV/TSV stream; ``name`` prefixes line numbers."""
    # A cell may hold a whole page: raise the csv module's 128 KB cap to warta's document limit.
    csv.field_size_limit(max(csv.field_size_limit(), MAX_DOCUMENT_BYTES))
    # Bytes that are not UTF-8 pass as surrogates, so one badly encoded row (an Excel export
    # saved as cp1252) is mended on its own and the rows around it are read as they are.
    lines = io.TextIOWrapper(stream, encoding="utf-8-sig", errors="surrogateescape", newline="")
    rows = csv.DictReader(lines, delimiter=delimiter)
    try:
        header = rows.fieldnames
        if not header:
            yield ReadError(name, "empty file (no header row)")
            return
        wanted = {*FIELD_NAMES["text"], *FIELD_NAMES["html"]}
        if not wanted & set(header):
            shown = ", ".join(header[:8])
            yield ReadError(name, f'no "text" or "html" column (the header has: {shown})')
            return
        for row in rows:
            cells = {k: v for k, v in row.items() if isinstance(k, str) and v}
            if cells:
                yield _row_document(cells, f"{name}:{rows.line_num}")
    except csv.Error as exc:
        yield ReadError(f"{name}:{rows.line_num}", f"invalid CSV ({exc}); the rest is skipped")


def _row_document(cells: dict[str, str], where: str) -> Document | ReadError:
    warnings: tuple[str, ...] = ()
    if any(_has_surrogates(v) for v in cells.values()):
        decoded = {k: _as_legacy(v) for k, v in cells.items()}
        cells = {k: text for k, (text, _) in decoded.items()}
        codecs = sorted({codec for _, codec in decoded.values() if codec != "utf-8"})
        warnings = (f"row is not valid UTF-8; decoded as {' and '.join(codecs)}",)
    doc = record_document(cells, where)
    if warnings and isinstance(doc, Document):
        return dataclasses.replace(doc, warnings=doc.warnings + warnings)
    return doc


def _has_surrogates(text: str) -> bool:
    return not text.isascii() and any("\udc80" <= ch <= "\udcff" for ch in text)


def _as_legacy(text: str) -> tuple[str, str]:
    """(text, codec): a valid cell stays as it is; the bad one names the codec that read it."""
    if not _has_surrogates(text):
        return text, "utf-8"
    return decode_legacy(text.encode("utf-8", errors="surrogateescape"))
