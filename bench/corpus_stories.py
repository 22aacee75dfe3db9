"""Story clustering: B-cubed precision/recall/F1 of warta's online stories on a labelled set
built from IndoSum, beside a batch TF-IDF + agglomerative clustering (scikit-learn).

IndoSum has no event labels, so the set is built:

* **One event, several outlets**: ``--events`` articles of the split, each with 1-3 outlet
  re-writes (``corpus_data.rewrite``: ~30% of non-lead sentences dropped, two paragraphs
  swapped, the end truncated to 60-100%, different "Baca juga"/credit leftovers, another
  outlet, published 20 minutes to 10 hours later; half the re-writes keep a shortened headline,
  half have none). The article and its re-writes are one event.
* **Same actors, different events**: pairs of real IndoSum articles whose most repeated
  capitalised name (e.g. "Setya Novanto") is the same but which were published on different
  days; each article of a pair (plus one re-write of it) is its own event. Few real pairs fall
  within the story window (4 days), so for half the pairs the later article (and its re-write)
  is moved to 1-3 days after the earlier one: then only the text tells the events apart.

    python bench/corpus_stories.py [--split heldout|dev] [--events 250] [--pairs 80]
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import re
import sqlite3
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from corpus_data import load, rewrite, write_jsonl
from warta.store.ingest import ingest

TARGET = 0.90
NAME = re.compile(r"\b([A-Z][a-z]+ [A-Z][a-z]+)\b")
NOT_NAMES = {
    "Baca Juga",
    "Jawa Barat",
    "Jawa Timur",
    "Jawa Tengah",
    "Liga Champions",
    "Piala Dunia",
}


def main_name(text: str) -> str | None:
    counts = Counter(n for n in NAME.findall(text) if n not in NOT_NAMES)
    top = counts.most_common(1)
    return top[0][0] if top and top[0][1] >= 3 else None


def same_actor_pairs(records: list[dict], n: int, rng: random.Random) -> list[tuple[dict, dict]]:
    by_name: dict[str, list[dict]] = defaultdict(list)
    for r in records:
        name = main_name(r["text"])
        if name:
            by_name[name].append(r)
    pairs = []
    for group in by_name.values():
        group.sort(key=lambda r: r["published"])
        for a, b in zip(group, group[1:], strict=False):
            if a["published"][:10] != b["published"][:10]:
                pairs.append((a, b))
    rng.shuffle(pairs)
    taken: set[str] = set()
    out = []
    for a, b in pairs:  # each article in one pair only
        if a["id"] not in taken and b["id"] not in taken:
            taken.update((a["id"], b["id"]))
            out.append((a, b))
    return out[:n]


def build(split: str, events: int, n_pairs: int, seed: int) -> tuple[list[dict], dict[str, str]]:
    rng = random.Random(seed)
    pool = load(split)
    titles = [r["title"] for r in pool]
    pairs = same_actor_pairs(pool, n_pairs, rng)
    used = {r["id"] for p in pairs for r in p}
    singles = rng.sample([r for r in pool if r["id"] not in used], events)
    records: list[dict] = []
    label: dict[str, str] = {}
    for r in singles:
        group = [r] + [rewrite(r, rng, titles, n) for n in range(rng.randint(1, 3))]
        for g in group[1:]:
            g["title"] = _headline(r["title"], rng)
        for g in group:
            records.append(g)
            label[g["id"]] = r["id"]
    for k, (a, b) in enumerate(pairs):
        if k % 2 == 0:
            moved = dt.datetime.fromisoformat(a["published"]) + dt.timedelta(
                hours=rng.randint(24, 72)
            )
            b["published"] = moved.isoformat()
        for r in (a, b):
            rw = rewrite(r, rng, titles, 0)
            rw["title"] = _headline(r["title"], rng)
            for g in (r, rw):
                records.append(g)
                label[g["id"]] = r["id"]
    rng.shuffle(records)
    return records, label, pairs  # type: ignore[return-value]


def _headline(title: str, rng: random.Random) -> str | None:
    if rng.random() < 0.5:
        return None
    words = title.split()
    return " ".join(w for w in words if rng.random() > 0.3).capitalize() or None


def bcubed(label: dict[str, str], got: dict[str, Any]) -> tuple[float, float, float]:
    gold_sets: dict[str, set[str]] = defaultdict(set)
    got_sets: dict[Any, set[str]] = defaultdict(set)
    for item, g in label.items():
        gold_sets[g].add(item)
        got_sets[got[item]].add(item)
    p = r = 0.0
    for item in label:
        gold, mine = gold_sets[label[item]], got_sets[got[item]]
        both = len(gold & mine)
        p += both / len(mine)
        r += both / len(gold)
    p, r = p / len(label), r / len(label)
    return p, r, 2 * p * r / (p + r)


def warta_stories(
    records: list[dict], folder: Path, jobs: int | None
) -> tuple[dict[str, int], float]:
    path = write_jsonl(records, folder / "stories.jsonl")
    db = folder / "stories.db"
    start = time.perf_counter()
    ingest([str(path)], db, jobs=jobs)
    took = time.perf_counter() - start
    con = sqlite3.connect(db)
    rows = con.execute(
        "SELECT d.source, a.story_id FROM documents d JOIN articles a ON a.id = d.article_id"
    )
    return {s: story for s, story in rows}, took


def sklearn_clusters(records: list[dict], threshold: float) -> dict[str, int]:
    """TF-IDF (word, sublinear) + average-linkage agglomerative clustering on cosine distance,
    over the whole set at once (no time, no actors)."""
    from sklearn.cluster import AgglomerativeClustering
    from sklearn.feature_extraction.text import TfidfVectorizer

    texts = [((r.get("title") or "") + "\n" + r["text"]) for r in records]
    x = TfidfVectorizer(sublinear_tf=True, min_df=1).fit_transform(texts).toarray()
    model = AgglomerativeClustering(
        n_clusters=None, metric="cosine", linkage="average", distance_threshold=threshold
    )
    labels = model.fit_predict(x)
    return {r["id"]: int(c) for r, c in zip(records, labels, strict=True)}


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--split", default="heldout", choices=["heldout", "dev"])
    ap.add_argument("--events", type=int, default=250)
    ap.add_argument("--pairs", type=int, default=80)
    ap.add_argument("--seed", type=int, default=5)
    ap.add_argument("--jobs", type=int, default=None)
    args = ap.parse_args()
    records, label, pairs = build(args.split, args.events, args.pairs, args.seed)  # type: ignore[misc]
    close = sum(
        1
        for a, b in pairs
        if abs(
            dt.datetime.fromisoformat(a["published"]) - dt.datetime.fromisoformat(b["published"])
        )
        <= dt.timedelta(days=4)
    )
    print(
        f"{len(records)} articles, {len(set(label.values()))} events ({args.split}); "
        f"{len(pairs)} same-actor different-event pairs, {close} of them within 4 days"
    )
    with tempfile.TemporaryDirectory() as tmp:
        got, took = warta_stories(records, Path(tmp), args.jobs)
    print(f"{'method':<44}{'B3 P':>7}{'B3 R':>7}{'B3 F1':>7}")
    p, r, f = bcubed(label, got)
    print(
        f"{'warta stories (online, incremental, NLP on)':<44}{p:>7.3f}{r:>7.3f}{f:>7.3f}  {took:.1f}s ingest"
    )
    for threshold in (0.6, 0.75, 0.9):
        start = time.perf_counter()
        sk = sklearn_clusters(records, threshold)
        bp, br, bf = bcubed(label, sk)
        name = f"sklearn tfidf+agglomerative d<{threshold}"
        print(f"{name:<44}{bp:>7.3f}{br:>7.3f}{bf:>7.3f}  {time.perf_counter() - start:.1f}s")
    pair_split = sum(1 for a, b in pairs if got[a["id"]] != got[b["id"]])
    print(f"same-actor different-event pairs kept apart by warta: {pair_split}/{len(pairs)}")
    print(f"target B-cubed F1 >= {TARGET}: {'met' if f >= TARGET else 'NOT met'}")


if __name__ == "__main__":
    main()
