"""Copies and near-copies, incrementally: each new article's MinHash band keys are looked up in
the stored LSH table, candidates are verified on their signatures, and the article joins (or
founds, or merges) a copy group. Nothing already stored is recomputed."""

from __future__ import annotations

import sqlite3

import numpy as np

from warta.link.fingerprint import band_keys, similarity

# Estimated Jaccard of word 3-grams above which two texts are copies of one another: a wire
# story re-published with a new lead, trimmed, or wrapped in another outlet's leftovers keeps
# well over half its 3-grams; two outlets' own reports of one event share far fewer.
COPY_MIN_SIMILARITY = 0.5
# Bucket members examined per band: a very common text (boilerplate-only pages) must not make
# every insert scan thousands of rows.
MAX_BUCKET = 200


def add_copy(
    db: sqlite3.Connection,
    article_id: int,
    sig_bytes: bytes,
    published: str | None,
    agency: str | None,
) -> None:
    """Index the article's signature and attach it to the copy group of its nearest copy."""
    sig = np.frombuffer(sig_bytes, dtype=np.uint32)
    keys = band_keys(sig)
    candidates: set[int] = set()
    for band, key in enumerate(keys):
        rows = db.execute(
            "SELECT article_id FROM lsh WHERE band = ? AND key = ? LIMIT ?", (band, key, MAX_BUCKET)
        )
        candidates.update(r[0] for r in rows)
    db.execute("INSERT INTO signatures VALUES (?, ?)", (article_id, sig_bytes))
    db.executemany(
        "INSERT INTO lsh VALUES (?, ?, ?)", [(b, k, article_id) for b, k in enumerate(keys)]
    )
    matches = _verify(db, sig, candidates)
    if not matches:
        return
    best_sim = max(sim for _, sim in matches)
    groups = sorted({_group_of(db, other, agency) for other, _ in matches})
    group = groups[0]
    for other in groups[1:]:
        db.execute("UPDATE articles SET copy_group = ? WHERE copy_group = ?", (group, other))
        db.execute("DELETE FROM copy_groups WHERE id = ?", (other,))
    db.execute(
        "UPDATE articles SET copy_group = ?, copy_similarity = ? WHERE id = ?",
        (group, round(best_sim, 3), article_id),
    )
    _refresh_group(db, group, agency)


def _verify(
    db: sqlite3.Connection, sig: np.ndarray, candidates: set[int]
) -> list[tuple[int, float]]:
    out = []
    for other in candidates:
        row = db.execute("SELECT sig FROM signatures WHERE article_id = ?", (other,)).fetchone()
        sim = similarity(sig, np.frombuffer(row[0], dtype=np.uint32))
        if sim >= COPY_MIN_SIMILARITY:
            out.append((other, sim))
    return out


def _group_of(db: sqlite3.Connection, article_id: int, agency: str | None) -> int:
    """The copy group of a stored article, founding one (id = its first member) if needed."""
    row = db.execute("SELECT copy_group FROM articles WHERE id = ?", (article_id,)).fetchone()
    if row[0] is not None:
        return int(row[0])
    db.execute(
        "INSERT INTO copy_groups (id, size, first_article, similarity, agency) VALUES (?, 1, ?, NULL, ?)",
        (article_id, article_id, agency),
    )
    db.execute(
        "UPDATE articles SET copy_group = ?, copy_similarity = 1.0 WHERE id = ?",
        (article_id, article_id),
    )
    return article_id


def _refresh_group(db: sqlite3.Connection, group: int, agency: str | None) -> None:
    size, low = db.execute(
        "SELECT count(*), min(copy_similarity) FROM articles WHERE copy_group = ?", (group,)
    ).fetchone()
    first = db.execute(
        "SELECT id FROM articles WHERE copy_group = ? "
        "ORDER BY published IS NULL, published, id LIMIT 1",
        (group,),
    ).fetchone()[0]
    # The credit may sit on any member (the earliest one's first): wire agency, else cited medium.
    credited = db.execute(
        "SELECT coalesce(json_extract(data, '$.agencies[0]'), json_extract(data, '$.cited_media[0]')) c "
        "FROM articles WHERE copy_group = ? AND c IS NOT NULL "
        "ORDER BY published IS NULL, published, id LIMIT 1",
        (group,),
    ).fetchone()
    db.execute(
        "UPDATE copy_groups SET size = ?, first_article = ?, similarity = ?, "
        "agency = coalesce(?, agency, ?) WHERE id = ?",
        (size, first, low, credited[0] if credited else None, agency, group),
    )
