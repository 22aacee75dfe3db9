"""Copy detection: pairwise precision/recall of warta's copy groups on near-copies generated
from IndoSum, beside exact-hash dedup and a plain datasketch MinHashLSH pass.

Labelled set: ``--bases`` IndoSum articles of the split; half of them get 1-3 near-copies
(1-4 words edited, a paragraph dropped or swapped, a dateline and 1-3 leftover lines such as
"Baca juga: ..." added, published minutes to a day later) and, for a quarter, one exact copy
from another outlet. Gold: two inputs are copies when they come from the same base article.
A pair counts as found when warta stores both inputs as one article (exact duplicate) or puts
them in one copy group.

    python bench/corpus_copies.py [--split heldout|dev] [--bases 600]
"""

from __future__ import annotations

import argparse
import itertools
import random
import sqlite3
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from corpus_data import load, near_copy, write_jsonl
from warta.link.fingerprint import content_hash
from warta.store.ingest import ingest

TARGET = 0.95


def build(split: str, bases: int, seed: int) -> list[dict]:
    rng = random.Random(seed)
    records = rng.sample(load(split), bases)
    titles = [r["title"] for r in records]
    out = []
    for i, r in enumerate(records):
        out.append(r)
        if i % 2 == 0:
            for n in range(rng.randint(1, 3)):
                out.append(near_copy(r, rng, titles, n))
        if i % 4 == 0:
            out.append({**r, "id": r["id"] + "~exact", "outlet": "Salinan"})
    rng.shuffle(out)
    return out


def base(source: str) -> str:
    return source.split("~", 1)[0]


def pair_scores(ids: list[str], same: Callable[[str, str], bool]) -> tuple[float, float, float]:
    tp = fp = fn = 0
    for a, b in itertools.combinations(ids, 2):
        gold, got = base(a) == base(b), same(a, b)
        tp += gold and got
        fp += got and not gold
        fn += gold and not got
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


def warta_groups(
    records: list[dict], folder: Path
) -> tuple[dict[str, tuple[int, int | None]], float]:
    path = write_jsonl(records, folder / "copies.jsonl")
    db = folder / "copies.db"
    start = time.perf_counter()
    ingest([str(path)], db, nlp=False)
    took = time.perf_counter() - start
    con = sqlite3.connect(db)
    rows = con.execute(
        "SELECT d.source, a.id, a.copy_group FROM documents d JOIN articles a ON a.id = d.article_id"
    )
    return {s: (aid, group) for s, aid, group in rows}, took


def lsh_groups(records: list[dict]) -> dict[str, int]:
    """datasketch MinHashLSH (threshold 0.5, 128 permutations) + connected components."""
    from datasketch import MinHash, MinHashLSH

    from warta.link.text import shingles, words

    lsh = MinHashLSH(threshold=0.5, num_perm=128)
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for r in records:
        m = MinHash(num_perm=128)
        m.update_batch([g.encode() for g in shingles(words(r["text"]), 3)])
        parent[r["id"]] = r["id"]
        for other in lsh.query(m):
            parent[find(r["id"])] = find(other)
        lsh.insert(r["id"], m)
    return {k: hash(find(k)) for k in parent}


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--split", default="heldout", choices=["heldout", "dev"])
    ap.add_argument("--bases", type=int, default=600)
    ap.add_argument("--seed", type=int, default=11)
    args = ap.parse_args()
    records = build(args.split, args.bases, args.seed)
    ids = [r["id"] for r in records]
    n_gold = sum(1 for a, b in itertools.combinations(ids, 2) if base(a) == base(b))
    print(f"{len(records)} inputs from {args.bases} {args.split} articles; {n_gold} copy pairs")
    with tempfile.TemporaryDirectory() as tmp:
        stored, took = warta_groups(records, Path(tmp))

    def same_warta(a: str, b: str) -> bool:
        (ia, ga), (ib, gb) = stored[a], stored[b]
        return ia == ib or (ga is not None and ga == gb)

    hashes = {r["id"]: content_hash(r["text"]) for r in records}
    start = time.perf_counter()
    lsh = lsh_groups(records)
    lsh_took = time.perf_counter() - start
    print(f"{'method':<34}{'precision':>10}{'recall':>8}{'F1':>8}")
    rows = [
        ("warta copies (ingest, no NLP)", same_warta, f"{took:.1f}s incl. reading"),
        ("exact hash of normalised text", lambda a, b: hashes[a] == hashes[b], ""),
        ("datasketch MinHashLSH t=0.5", lambda a, b: lsh[a] == lsh[b], f"{lsh_took:.1f}s"),
    ]
    for name, same, note in rows:
        p, r, f = pair_scores(ids, same)
        print(f"{name:<34}{p:>10.3f}{r:>8.3f}{f:>8.3f}  {note}")
    p, r, _ = pair_scores(ids, same_warta)
    print(f"target precision and recall >= {TARGET}: {'met' if min(p, r) >= TARGET else 'NOT met'}")


if __name__ == "__main__":
    main()
