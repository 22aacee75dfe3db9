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


# What warta reads from a record, under the names scraper exports give it: warta's own first,
# then news-please (maintext, date_publish), newspaper/trafilatura JSON (raw_text, date,
# sitename) and common Scrapy items (content, body, link). The first name present wins.
FIELD_NAMES = {
    "text": ("text", "maintext", "content", "body", "article", "raw_text", "article_text"),
    "html": ("html", "raw_html", "html_content", "content_html"),
    "id": ("id", "_id", "doc_id", "uuid"),
    "url": ("url", "link", "canonical_url", "source_url"),
    "title": ("title", "headline"),
    "published": (
        "published", "date_publish", "publish_date", "published_at", "datePublished", "date",
    ),
    "outlet": ("outlet", "sitename", "site_name", "publisher", "media", "source_domain"),
}  # fmt: skip


def record_document(obj: dict[str, Any], where: str) -> Document | ReadError:
    text_key, html_key = _key(obj, "text"), _key(obj, "html")
    key = text_key or html_key
    if key is None:
        return ReadError(where, 'record has neither "text" nor "html"')
    body = obj[key]
    if isinstance(body, list) and all(isinstance(part, str) for part in body):
        body = "\n\n".join(body)  # paragraphs as a list
    if not isinstance(body, str):
        return ReadError(where, f'"{key}" is not a string')
    if not body.strip():
        return ReadError(where, "empty (no text)")
    ident = _field(obj, "id")
    return Document(
        source=ident or where,
        text=body if text_key else None,
        html=body if not text_key else None,
        url=_field(obj, "url"),
        title=_field(obj, "title"),
        published=_field(obj, "published"),
        outlet=_field(obj, "outlet"),
    )


def _key(obj: dict[str, Any], field: str) -> str | None:
    return next((name for name in FIELD_NAMES[field] if obj.get(name) is not None), None)


def _field(obj: dict[str, Any], field: str) -> str | None:
    key = _key(obj, field)
    return _text_or_none(obj[key]) if key else None


def _text_or_none(value: Any) -> str | None:
    return None if value in (None, "") else str(value)


def _skip_line(stream: IO[bytes]) -> int:
    skipped = 0
    while True:
        chunk = stream.readline(SKIP_CHUNK)
        skipped += len(chunk)
        if not chunk or chunk.endswith(b"\n"):
            return skipped
