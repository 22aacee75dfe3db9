"""Safe FTS5 queries: every user word is quoted and matched as written or by its stem."""

from __future__ import annotations

import sqlite3
from typing import Any

from warta.link.text import Stemmer, words
from warta.store.queries import ARTICLE_COLUMNS, article_row
from warta.store.types import CountRow, SearchHit

# BM25 column weights: title, body, entities, stemmed. A word in the title or among the named
# actors says more about the article than one in the body; stem matches count least.
BM25_WEIGHTS = (4.0, 1.0, 2.0, 0.5)
# Words kept from a query: beyond this, a pasted paragraph would only slow the match down.
MAX_QUERY_WORDS = 32
SNIPPET_TOKENS = 16
# A query matching more articles than this is ranked among its latest-ingested matches only.
# BM25 costs ~3-5 µs per match (a query of "yang" alone, in 98% of 100k articles, took 300 ms),
# and a word found in most articles says almost nothing about relevance (FTS5 clamps its IDF
# to ~0), so ranking every match buys little. Measured by bench/corpus_search.py (top-20
# agreement with exhaustive ranking is printed beside the latency).
RANK_WINDOW = 2_000


def _quote(token: str) -> str:
    return '"' + token.replace('"', '""') + '"'


def fts_query(text: str, stemmer: Stemmer) -> str | None:
    """The FTS5 MATCH expression for a user query, or None when it has no words.

    ``menormalisasi taliban`` → ``({title body entities}: "menormalisasi" OR stemmed:
    "normalisasi") AND (...)``. Tokens come from the same ``\\w+`` split the index uses, and
    are quoted, so no user string can produce an FTS5 syntax error.
    """
    tokens = list(dict.fromkeys(words(text)))[:MAX_QUERY_WORDS]
    if not tokens:
        return None
    parts = []
    for token in tokens:
        stem = stemmer.stem(token)
        parts.append(f"({{title body entities}}: {_quote(token)} OR stemmed: {_quote(stem)})")
    return " AND ".join(parts)


def search(
    db: sqlite3.Connection,
    query: str,
    where: tuple[str, list[Any]],
    *,
    limit: int = 20,
    offset: int = 0,
    stemmer: Stemmer | None = None,
    marks: tuple[str, str] = ("[", "]"),
    rank_window: int | None = RANK_WINDOW,
) -> list[SearchHit]:
    """One page of BM25-ranked hits with snippets; ``rank_window=None`` ranks every match."""
    match = fts_query(query, stemmer or Stemmer())
    if match is None:
        return []
    clause, params = where
    floor = None
    if rank_window is not None:
        floor = _window_floor(db, match, where, max(rank_window, offset + limit))
    weights = ", ".join(str(w) for w in BM25_WEIGHTS)
    # Rank first, then build snippets for the page only: snippet() on every match is the
    # slow part of a query.
    ranked = db.execute(
        f"SELECT search.rowid, bm25(search, {weights}) AS score FROM {_source(clause)} "
        f"WHERE search MATCH ? AND {clause} AND search.rowid >= ? "
        "ORDER BY score LIMIT ? OFFSET ?",
        (match, *params, floor or 0, limit, offset),
    ).fetchall()
    if not ranked:
        return []
    scores = {r[0]: float(r[1]) for r in ranked}
    rowids = ",".join("?" * len(scores))
    rows = db.execute(
        f"SELECT {ARTICLE_COLUMNS}, "
        f"snippet(search, 1, ?, ?, '…', {SNIPPET_TOKENS}) AS snip, "
        f"snippet(search, 0, ?, ?, '…', {SNIPPET_TOKENS}) AS tsnip "
        "FROM search JOIN articles a ON a.id = search.rowid "
        f"WHERE search MATCH ? AND search.rowid IN ({rowids})",
        (*marks, *marks, match, *scores),
    )
    hits = []
    for r in rows:
        snip = r["snip"] or ""
        if marks[0] not in snip and marks[0] in (r["tsnip"] or ""):
            snip = r["tsnip"]  # only the title matched
        hits.append(SearchHit(**article_row(r), snippet=snip, score=scores[r["id"]]))
    return sorted(hits, key=lambda h: (h["score"], h["id"]))


def _source(clause: str) -> str:
    """The index alone when nothing filters on ``articles a`` (the join costs a lookup per
    match; every indexed row is an article, both are written in one transaction)."""
    return "search" if clause == "1" else "search JOIN articles a ON a.id = search.rowid"


def _window_floor(
    db: sqlite3.Connection, match: str, where: tuple[str, list[Any]], window: int
) -> int | None:
    """The smallest row id among the latest ``window`` matches, or None when there are fewer
    (walking matches in row-id order is cheap: FTS5 reads its posting lists in that order)."""
    clause, params = where
    row = db.execute(
        f"SELECT search.rowid FROM {_source(clause)} "
        f"WHERE search MATCH ? AND {clause} ORDER BY search.rowid DESC LIMIT 1 OFFSET ?",
        (match, *params, window - 1),
    ).fetchone()
    return int(row[0]) if row else None


def count(
    db: sqlite3.Connection, query: str, where: tuple[str, list[Any]], stemmer: Stemmer
) -> int:
    """Number of matches of :func:`search` (no ranking, no snippets)."""
    match = fts_query(query, stemmer)
    if match is None:
        return 0
    clause, params = where
    row = db.execute(
        f"SELECT count(*) FROM {_source(clause)} WHERE search MATCH ? AND {clause}",
        (match, *params),
    ).fetchone()
    return int(row[0])


def outlet_counts(
    db: sqlite3.Connection,
    query: str,
    where: tuple[str, list[Any]],
    stemmer: Stemmer,
    limit: int = 20,
) -> list[CountRow]:
    """Matches per outlet (a search facet), most first."""
    match = fts_query(query, stemmer)
    if match is None:
        return []
    clause, params = where
    # The planner prefers the table's own b-tree; the covering index reads far fewer pages.
    # A database opened read-only may predate it (migration m008).
    has_index = db.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = 'articles_id_outlet'"
    ).fetchone()
    hint = "INDEXED BY articles_id_outlet " if has_index and clause == "1" else ""
    rows = db.execute(
        f"SELECT a.outlet, count(*) AS n FROM search JOIN articles a {hint}"
        f"ON a.id = search.rowid WHERE search MATCH ? AND {clause} AND a.outlet IS NOT NULL "
        "GROUP BY a.outlet ORDER BY n DESC, a.outlet LIMIT ?",
        (match, *params, limit),
    )
    return [CountRow(name=r[0], count=int(r[1])) for r in rows]
