"""Export the corpus: JSONL (the ``warta extract`` fields plus ``story_id`` and
``copy_group``), or flat CSV / Parquet (nested values as JSON strings)."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterator
from typing import IO, Any

from warta.store.store import Store

# Rows per Parquet row group / fetch.
CHUNK = 2000
FLAT_COLUMNS = (
    "source", "story_id", "copy_group", "title", "subtitle", "outlet", "published", "url",
    "language", "authors", "editors", "agencies", "cited_media", "keywords", "body", "summary",
    "entities", "quotes", "dateline", "captions", "related", "warnings",
)  # fmt: skip


def iter_articles(store: Store) -> Iterator[dict[str, Any]]:
    """Every article's reading, in ingest order, with ``story_id`` and ``copy_group``."""
    last = 0
    while True:
        rows = store.db.execute(
            "SELECT id, data, story_id, copy_group FROM articles WHERE id > ? ORDER BY id LIMIT ?",
            (last, CHUNK),
        ).fetchall()
        if not rows:
            return
        for r in rows:
            out = json.loads(r["data"])
            out["story_id"] = r["story_id"]
            out["copy_group"] = r["copy_group"]
            yield out
        last = rows[-1]["id"]


def flat(article: dict[str, Any]) -> dict[str, Any]:
    """One row of scalar values: lists of strings joined by "; ", other nested values as JSON."""
    row: dict[str, Any] = {}
    for name in FLAT_COLUMNS:
        value = article.get(name)
        if isinstance(value, list) and all(isinstance(v, str) for v in value):
            value = "; ".join(value)
        elif isinstance(value, (list, dict)):
            value = json.dumps(value, ensure_ascii=False)
        row[name] = value
    return row


def export(store: Store, fmt: str, out: str | None) -> int:
    """Write every article to ``out`` (stdout when None); returns how many."""
    n = 0
    if fmt == "parquet":
        import pyarrow as pa
        import pyarrow.parquet as pq

        assert out is not None
        writer = None
        batch: list[dict[str, Any]] = []
        for article in iter_articles(store):
            batch.append(flat(article))
            n += 1
            if len(batch) == CHUNK:
                writer = _write_parquet(pa, pq, writer, batch, out)
                batch = []
        writer = _write_parquet(pa, pq, writer, batch, out)
        writer.close()
        return n
    if out:
        with open(out, "w", encoding="utf-8", newline="") as handle:
            return _write_text(store, fmt, handle)
    return _write_text(store, fmt, sys.stdout)


def _write_text(store: Store, fmt: str, handle: IO[str]) -> int:
    n = 0
    if fmt == "csv":
        w = csv.DictWriter(handle, fieldnames=FLAT_COLUMNS)
        w.writeheader()
        for article in iter_articles(store):
            w.writerow(flat(article))
            n += 1
    else:
        for article in iter_articles(store):
            handle.write(json.dumps(article, ensure_ascii=False) + "\n")
            n += 1
    return n


def _write_parquet(pa: Any, pq: Any, writer: Any, batch: list[dict[str, Any]], out: str) -> Any:
    schema = pa.schema(
        [(c, pa.int64() if c in ("story_id", "copy_group") else pa.string()) for c in FLAT_COLUMNS]
    )
    if writer is None:
        writer = pq.ParquetWriter(out, schema)
    if batch:
        writer.write_table(pa.Table.from_pylist(batch, schema=schema))
    return writer
