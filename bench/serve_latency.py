"""Web page and API latency (server time, in-process through the ASGI app, no network): the
search page, the story page and their API twins, beside a bare FTS5 ``MATCH`` of the same
words on the same database (the floor any search page pays).

    python bench/serve_latency.py --db /work/c100k/synthetic.db [--requests 200]

Queries are 1-3 words from random article bodies (as in ``bench/corpus_search.py``); stories
are drawn at random, half from stories with several articles. Target: p95 < 300 ms per page.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus_search import queries  # noqa: E402
from warta.serve import create_app  # noqa: E402
from warta.store import Store  # noqa: E402

TARGET_P95_MS = 300


def timed(fn: Callable[[str], object], items: list[str]) -> list[float]:
    out = []
    for item in items:
        start = time.perf_counter()
        fn(item)
        out.append((time.perf_counter() - start) * 1000)
    return out


def row(name: str, ms: list[float]) -> str:
    p50 = statistics.median(ms)
    p95 = statistics.quantiles(ms, n=20)[-1] if len(ms) >= 20 else max(ms)
    flag = "ok" if p95 < TARGET_P95_MS else "SLOW"
    return f"  {name:<28} p50 {p50:7.1f} ms   p95 {p95:7.1f} ms   max {max(ms):7.1f} ms  {flag}"


def story_ids(store: Store, n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    big = [r[0] for r in store.db.execute("SELECT id FROM stories WHERE size >= 2")]
    every = [r[0] for r in store.db.execute("SELECT id FROM stories")]
    return [str(rng.choice(big if big and i % 2 else every)) for i in range(n)]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", required=True)
    ap.add_argument("--requests", type=int, default=200)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    from fastapi.testclient import TestClient

    with Store.open(args.db, readonly=True) as store:
        n_articles = store.db.execute("SELECT count(*) FROM articles").fetchone()[0]
        qs = queries(store, args.requests, args.seed)
        ids = story_ids(store, args.requests, args.seed)
        bare_sql = "SELECT rowid FROM search WHERE search MATCH ? ORDER BY rank LIMIT 20"

        def bare(q: str) -> object:
            match = " ".join('"' + w.replace('"', '""') + '"' for w in q.split())
            return store.db.execute(bare_sql, (match,)).fetchall()

        bare_ms = timed(bare, qs)
    with TestClient(create_app(args.db)) as client:
        client.get("/search?q=warmup")

        def get(path: str) -> Callable[[str], object]:
            def call(value: str) -> object:
                response = client.get(path.format(value))
                assert response.status_code == 200, (path, value, response.status_code)
                return response

            return call

        search_page = timed(get("/search?q={}"), qs)
        search_api = timed(get("/api/search?q={}"), qs)
        story_page = timed(get("/stories/{}"), ids)
        story_api = timed(get("/api/stories/{}"), ids)
    print(f"{args.db}: {n_articles} articles, {args.requests} requests each")
    print(row("search page /search", search_page))
    print(row("search API /api/search", search_api))
    print(row("story page /stories/{id}", story_page))
    print(row("story API /api/stories/{id}", story_api))
    print(row("bare FTS5 MATCH (reference)", bare_ms))
    ratio = statistics.median(search_page) / max(statistics.median(bare_ms), 1e-6)
    print(
        f"  search page / bare FTS5 (p50): {ratio:.1f}x  (page = ranking, snippets, facets, HTML)"
    )


if __name__ == "__main__":
    main()
