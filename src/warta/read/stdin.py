"""``-``: standard input, as JSONL when its first line is a JSON object, else HTML or text."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import IO

from warta.errors import ReadError
from warta.model import Document
from warta.read.decode import MAX_DOCUMENT_BYTES
from warta.read.html import html_document, looks_like_html
from warta.read.jsonl import iter_jsonl, line_document
from warta.read.text import text_document

SOURCE = "-"


def iter_stdin(stream: IO[bytes]) -> Iterator[Document | ReadError]:
    """Streams JSONL line by line; a text or HTML document is read whole (up to the limit)."""
    first = stream.readline(MAX_DOCUMENT_BYTES + 1)
    if _is_json_object(first):
        yield line_document(first, f"{SOURCE}:1")
        yield from iter_jsonl(stream, SOURCE, first=2)
        return
    data = first + stream.read(MAX_DOCUMENT_BYTES + 1 - len(first))
    if not data:
        yield ReadError(SOURCE, "empty (nothing on standard input)")
        return
    if len(data) > MAX_DOCUMENT_BYTES:
        limit = MAX_DOCUMENT_BYTES // 1024 // 1024
        yield ReadError(SOURCE, f"too large (over the {limit} MB limit per document)")
        return
    try:
        if looks_like_html(data):
            yield html_document(data, SOURCE)
        else:
            yield text_document(data, SOURCE)
    except ReadError as exc:
        yield exc


def _is_json_object(line: bytes) -> bool:
    if not line.lstrip().startswith(b"{"):
        return False
    try:
        return isinstance(json.loads(line), dict)
    except ValueError:
        return False
