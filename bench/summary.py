"""ROUGE of warta's extractive summary on IndoSum fold 01, beside LEAD-3 and TextRank.

Data: IndoSum (Kurniawan & Louvan 2018, CC BY-SA 4.0) dev fold 01, public dev ids (750
articles), detokenized; the reference is the human abstractive summary. Every system picks 3
sentences from the same warta sentence split, so only the choice differs.

ROUGE (Lin 2004), standard definitions: lower-cased word tokens (``\\w+``, so Indonesian
letters stay), ROUGE-N = n-gram overlap F1 (clipped counts), ROUGE-L = F1 of the longest common
subsequence of the whole summary and reference token sequences; macro-averaged over articles.

Run: /work/venv/bin/python bench/summary.py [--limit N]
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from collections.abc import Callable, Sequence

import numpy as np

from _indosum import article_text, fold01, summary_text
from warta.nlp import NlpResources, find_entities, split_sentences, summarize

_TOKEN = re.compile(r"\w+")
# TextRank damping factor and iterations (Mihalcea & Tarau 2004 use 0.85)
DAMPING = 0.85
ITERATIONS = 50


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(text.lower())


def rouge_n(cand: Sequence[str], ref: Sequence[str], n: int) -> float:
    c = Counter(tuple(cand[i : i + n]) for i in range(len(cand) - n + 1))
    r = Counter(tuple(ref[i : i + n]) for i in range(len(ref) - n + 1))
    overlap = sum((c & r).values())
    return _f1(overlap, sum(c.values()), sum(r.values()))


def rouge_l(cand: Sequence[str], ref: Sequence[str]) -> float:
    if not cand or not ref:
        return 0.0
    prev = [0] * (len(ref) + 1)
    for a in cand:
        cur = [0]
        for j, b in enumerate(ref):
            cur.append(prev[j] + 1 if a == b else max(prev[j + 1], cur[j]))
        prev = cur
    return _f1(prev[-1], len(cand), len(ref))


def _f1(overlap: int, n_cand: int, n_ref: int) -> float:
    if not overlap:
        return 0.0
    p, r = overlap / n_cand, overlap / n_ref
    return 2 * p * r / (p + r)


def lead(sents: list[str], n: int = 3) -> list[str]:
    return sents[:n]


def textrank(sents: list[str], n: int = 3) -> list[str]:
    """TextRank (Mihalcea & Tarau 2004): PageRank over sentence word-overlap similarity."""
    bags = [set(tokens(s)) for s in sents]
    k = len(sents)
    if k <= n:
        return sents
    sim = np.zeros((k, k))
    for i in range(k):
        for j in range(i + 1, k):
            denom = np.log(len(bags[i]) + 1) + np.log(len(bags[j]) + 1)
            if denom > 0:
                sim[i, j] = sim[j, i] = len(bags[i] & bags[j]) / denom
    rows = sim.sum(axis=1, keepdims=True)
    trans = np.divide(sim, rows, out=np.full_like(sim, 1.0 / k), where=rows > 0)
    score = np.full(k, 1.0 / k)
    for _ in range(ITERATIONS):
        score = (1 - DAMPING) / k + DAMPING * trans.T @ score
    best = sorted(np.argsort(-score)[:n])
    return [sents[i] for i in best]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--limit", type=int, default=0)
    args = parser.parse_args()
    res = NlpResources.load()
    systems: dict[str, Callable[[str, list[str]], list[str]]] = {
        "warta": lambda text, sents: summarize(text, find_entities(text, res), res, 3),
        "LEAD-3": lambda text, sents: lead(sents),
        "TextRank": lambda text, sents: textrank(sents),
    }
    scores: dict[str, list[tuple[float, float, float]]] = {name: [] for name in systems}
    for count, record in enumerate(fold01(), start=1):
        text = article_text(record)
        sents = [text[s.start : s.end] for s in split_sentences(text)]
        ref = tokens(" ".join(summary_text(record)))
        for name, system in systems.items():
            cand = tokens(" ".join(system(text, sents)))
            scores[name].append((rouge_n(cand, ref, 1), rouge_n(cand, ref, 2), rouge_l(cand, ref)))
        if args.limit and count >= args.limit:
            break
    print(f"IndoSum fold 01 (public dev), {len(scores['warta'])} articles, 3 sentences, F1 x100")
    print(f"{'system':10} {'ROUGE-1':>8} {'ROUGE-2':>8} {'ROUGE-L':>8}")
    for name, rows in scores.items():
        r1, r2, rl = (100 * float(np.mean([r[i] for r in rows])) for i in range(3))
        print(f"{name:10} {r1:8.2f} {r2:8.2f} {rl:8.2f}")


if __name__ == "__main__":
    main()
