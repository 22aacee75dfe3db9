"""Writing one batch of read articles (and failures) in one transaction: articles, search
index, actors, quotes, dated events, copies, stories and threads. A batch is all or nothing,
so an interrupted ingest loses at most the batch in flight."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from warta.link.copies import add_copy
from warta.link.detail import refresh
from warta.link.prepare import Prepared
from warta.link.stories import StoryLinker
from warta.link.threads import link_threads


@dataclass(frozen=True)
class Failure:
    """A document that could not be read."""

    source: str
    doc_hash: str
    kind: str
    problem: str


@dataclass
class BatchResult:
    added: int = 0
    duplicates: int = 0
    errors: int = 0


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def known_documents(
    db: sqlite3.Connection, keys: Sequence[tuple[str, str]]
) -> set[tuple[str, str]]:
    """Which ``(source, doc_hash)`` pairs were already ingested or already failed."""
    found: set[tuple[str, str]] = set()
    for source, doc_hash in keys:
        for table in ("documents", "errors"):
            row = db.execute(
                f"SELECT 1 FROM {table} WHERE source = ? AND doc_hash = ?", (source, doc_hash)
            ).fetchone()
            if row:
                found.add((source, doc_hash))
                break
    return found


def _existing(db: sqlite3.Connection, p: Prepared) -> int | None:
    row = db.execute("SELECT id FROM articles WHERE content_hash = ?", (p.content_hash,)).fetchone()
    if row is None and p.url_norm:
        row = db.execute("SELECT id FROM articles WHERE url_norm = ?", (p.url_norm,)).fetchone()
    return int(row[0]) if row else None


def _insert_article(db: sqlite3.Connection, p: Prepared) -> int:
    a = p.article
    published = a.get("published")
    cur = db.execute(
        "INSERT INTO articles (source, content_hash, url, url_norm, title, outlet, published, day, "
        "language, data, ingested) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            p.source,
            p.content_hash,
            a.get("url"),
            p.url_norm,
            a.get("title"),
            a.get("outlet"),
            published,
            published[:10] if published else None,
            a.get("language"),
            json.dumps(a, ensure_ascii=False),
            _now(),
        ),
    )
    article_id = int(cur.lastrowid)  # type: ignore[arg-type]
    db.execute(
        "INSERT INTO search (rowid, title, body, entities, stemmed) VALUES (?, ?, ?, ?, ?)",
        (article_id, a.get("title") or "", a.get("body") or "", p.entity_text, p.stemmed),
    )
    db.executemany(
        "INSERT OR IGNORE INTO mentions VALUES (?, ?, ?, ?)",
        [(article_id, name, label, n) for name, label, n in p.mentions],
    )
    db.executemany(
        "INSERT INTO quotes (article_id, speaker, kind, text, cue, via) VALUES (?, ?, ?, ?, ?, ?)",
        [
            (
                article_id,
                q.get("speaker"),
                q.get("kind", ""),
                q.get("text", ""),
                q.get("cue"),
                q.get("via"),
            )
            for q in a.get("quotes") or ()
        ],
    )
    db.executemany("INSERT INTO events VALUES (?, ?, ?)", [(article_id, d, t) for d, t in p.events])
    db.executemany(
        "INSERT INTO sentences VALUES (?, ?, ?, ?)",
        [(article_id, i, text, " ".join(terms)) for i, (text, terms) in enumerate(p.sentences)],
    )
    return article_id


def write_batch(
    db: sqlite3.Connection,
    prepared: Sequence[Prepared],
    failures: Sequence[Failure],
    background: tuple[int, Mapping[str, int]] = (0, {}),
) -> BatchResult:
    """Store one batch atomically. Articles already stored (same normalised text, or same
    normalised URL) only gain a ``documents`` row pointing at the stored article."""
    result = BatchResult()
    db.execute("BEGIN IMMEDIATE")
    try:
        linker = StoryLinker(db, background)
        for f in failures:
            cur = db.execute(
                "INSERT OR IGNORE INTO errors (source, doc_hash, kind, problem, at) VALUES (?, ?, ?, ?, ?)",
                (f.source, f.doc_hash, f.kind, f.problem, _now()),
            )
            result.errors += cur.rowcount
        for p in sorted(prepared, key=lambda p: (p.article.get("published") or "9", p.source)):
            article_id = _existing(db, p)
            if article_id is None:
                article_id = _insert_article(db, p)
                add_copy(db, article_id, p.signature, p.article.get("published"), p.agency)
                linker.assign(article_id, p.terms, p.actors, p.article.get("published"))
                result.added += 1
            else:
                result.duplicates += 1
            db.execute(
                "INSERT OR IGNORE INTO documents VALUES (?, ?, ?)",
                (p.source, p.doc_hash, article_id),
            )
        refresh(db, linker.touched)
        link_threads(db, linker.touched)
    except BaseException:
        db.execute("ROLLBACK")
        raise
    db.execute("COMMIT")
    return result
