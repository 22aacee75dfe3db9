"""JSONL scraper exports: one object per line with ``text`` or ``html`` and optional metadata.

A bad line becomes a :class:`ReadError` naming ``path:line``; the other lines are still read.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import IO, Any

from warta.errors import ReadError
from warta.model import Document
from warta.read.decode import MAX_DOCUMENT_BYTES, size_problem

# Chunk used to skip the rest of an over-long line without holding it in memory.
SKIP_CHUNK = 1024 * 1024


def iter_jsonl(stream: IO[bytes], name: str, *, first: int = 1) -> Iterator[Document | ReadError]:
    """Documents (or errors) from a binary stream of JSON lines; ``name`` prefixes line numbers."""
    number = first - 1
    while True:
        raw = stream.readline(MAX_DOCUMENT_BYTES + 1)
        if not raw:
            return
        number += 1
        where = f"{name}:{number}"
        if len(raw) > MAX_DOCUMENT_BYTES and not raw.endswith(b"\n"):
            size = len(raw) + _skip_line(stream)
            yield ReadError(where, size_problem(size))
            continue
        if raw.strip():
            yield line_document(raw, where)


def line_document(raw: bytes, where: str) -> Document | ReadError:
    """One JSONL line as a Document, or the error that names what is wrong with it."""
    try:
        obj = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        return ReadError(where, "invalid JSONL line: not UTF-8")
    except json.JSONDecodeError as exc:
        return ReadError(where, f"invalid JSONL line: {exc.msg} at column {exc.colno}")
    if not isinstance(obj, dict):
        return ReadError(where, f"invalid JSONL line: expected an object, got {type(obj).__name__}")
    return record_document(obj, where)


def record_document(obj: dict[str, Any], where: str) -> Document | ReadError:
    text, html = obj.get("text"), obj.get("html")
    body = text if text is not None else html
    if body is None:
        return ReadError(where, 'record has neither "text" nor "html"')
    if not isinstance(body, str):
        return ReadError(where, f'"{"text" if text is not None else "html"}" is not a string')
    if not body.strip():
        return ReadError(where, "empty (no text)")
    ident = obj.get("id")
    return Document(
        source=str(ident) if ident not in (None, "") else where,
        text=text if text is not None else None,
        html=html if text is None else None,
        url=_text_or_none(obj.get("url")),
        title=_text_or_none(obj.get("title")),
        published=_text_or_none(obj.get("published")),
        outlet=_text_or_none(obj.get("outlet")),
    )


def _text_or_none(value: Any) -> str | None:
    return None if value in (None, "") else str(value)


def _skip_line(stream: IO[bytes]) -> int:
    skipped = 0
    while True:
        chunk = stream.readline(SKIP_CHUNK)
        skipped += len(chunk)
        if not chunk or chunk.endswith(b"\n"):
            return skipped
