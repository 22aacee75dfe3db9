"""Search latency: ``Store.search`` (quoted words OR their stems, BM25 with column weights,
snippets, joined to articles) beside a bare FTS5 ``MATCH ... ORDER BY rank`` of the same
quoted words on the same database. Queries: 1-3 words drawn from random article bodies.

warta ranks a query with more than ``RANK_WINDOW`` matches among its latest-ingested matches
only; the same search with exhaustive ranking is timed too, and the overlap of the two top-20
lists on those queries says what the window costs.

    python bench/corpus_search.py --db /tmp/wbench/indosum.db [--queries 300]
"""

from __future__ import annotations

import argparse
import random
import statistics
import time

from warta.link.text import words
from warta.store import Store
from warta.store import queries as store_queries
from warta.store.search import RANK_WINDOW, search

LIMIT = 20


def queries(store: Store, n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    ids = [r[0] for r in store.db.execute("SELECT id FROM articles")]
    out = []
    for _ in range(n):
        body = store.db.execute(
            "SELECT body FROM search WHERE rowid = ?", (rng.choice(ids),)
        ).fetchone()[0]
        tokens = [w for w in words(body) if len(w) > 3 and not w.isdigit()]
        out.append(" ".join(rng.sample(tokens, min(len(tokens), rng.randint(1, 3)))))
    return out


def timed(fn, qs: list[str]) -> tuple[list[float], int]:  # type: ignore[no-untyped-def]
    times, hits = [], 0
    for q in qs:
        start = time.perf_counter()
        hits += len(fn(q))
        times.append((time.perf_counter() - start) * 1000)
    return times, hits


def pct(values: list[float], p: float) -> float:
    return statistics.quantiles(values, n=100)[int(p) - 1]


def window_agreement(store: Store, qs: list[str], exhaustive) -> None:  # type: ignore[no-untyped-def]
    """Top-20 overlap of windowed and exhaustive ranking on queries with more matches than
    the window (elsewhere the two are identical)."""
    big = [q for q in qs if store.count_search(q) > RANK_WINDOW]
    overlap = [
        len({h["id"] for h in store.search(q, limit=LIMIT)} & {h["id"] for h in exhaustive(q)})
        / LIMIT
        for q in big
    ]
    mean = statistics.mean(overlap) if overlap else 1.0
    print(
        f"queries with > {RANK_WINDOW} matches: {len(big)}/{len(qs)}; "
        f"their top-{LIMIT} overlap with exhaustive ranking: {mean:.2f}"
    )


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--db", required=True)
    ap.add_argument("--queries", type=int, default=300)
    ap.add_argument("--seed", type=int, default=2)
    args = ap.parse_args()
    store = Store.open(args.db, readonly=True)
    n = store.overview()["articles"]
    qs = queries(store, args.queries, args.seed)

    def bare(q: str) -> list:  # type: ignore[type-arg]
        match = " ".join('"' + w.replace('"', '""') + '"' for w in words(q))
        return store.db.execute(
            "SELECT rowid FROM search WHERE search MATCH ? ORDER BY rank LIMIT ?", (match, LIMIT)
        ).fetchall()

    def exhaustive(q: str) -> list:  # type: ignore[type-arg]
        where = store_queries.filters(None, None, None, None, None)
        return search(store.db, q, where, limit=LIMIT, stemmer=store.stemmer, rank_window=None)

    store.search(qs[0])  # load the stemmer once
    warta_t, warta_hits = timed(lambda q: store.search(q, limit=LIMIT), qs)
    full_t, full_hits = timed(exhaustive, qs)
    bare_t, bare_hits = timed(bare, qs)
    print(f"{len(qs)} queries over {n} articles ({args.db}), top {LIMIT}")
    print(f"{'method':<52}{'p50 ms':>8}{'p95 ms':>8}{'hits':>8}")
    for name, t, h in (
        (f"warta Store.search (BM25 in latest {RANK_WINDOW} matches)", warta_t, warta_hits),
        ("warta, exhaustive BM25 ranking", full_t, full_hits),
        ("bare FTS5 MATCH ORDER BY rank", bare_t, bare_hits),
    ):
        print(f"{name:<52}{pct(t, 50):>8.2f}{pct(t, 95):>8.2f}{h:>8}")
    window_agreement(store, qs, exhaustive)
    print(
        f"ratio warta/bare: p50 {pct(warta_t, 50) / pct(bare_t, 50):.1f}x, p95 {pct(warta_t, 95) / pct(bare_t, 95):.1f}x"
    )


if __name__ == "__main__":
    main()
