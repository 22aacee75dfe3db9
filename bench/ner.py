"""NER benchmark: entity P/R/F1 (exact span + type, seqeval default-mode spans) of warta's tagger.

    python bench/ner.py                 # dev/valid splits (what tuning may look at)
    python bench/ner.py --split test    # the reported number (run once, at the end)

Scores the packaged tagger on IDNER-news-2k and NERGrit beside a gazetteer-only baseline (package
gazetteers: countries/provinces/regencies/districts -> LOC, news outlets -> ORG, capitalised
matches only), prints the published NERGrit anchors and the training time stored with the model.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from warta.nlp.ner import NerTagger, default_model_path, read_tagged, span_scores
from warta.nlp.ner_features import Lexicons, gazetteer_tags

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
CORPORA = {
    "idner-news-2k": {"dev": "dev.txt", "test": "test.txt"},
    "nergrit": {"dev": "valid.txt", "test": "test.txt"},
}
# Published NERGrit test F1 (IndoNLU paper, Wilie et al. 2020, Table 5).
NERGRIT_ANCHORS = {"XLM-R-base": 79.09, "IndoBERT-large": 77.60, "fastText (IndoNLU)": 38.69}
GAZ_LABEL = {
    "country": "LOC",
    "province": "LOC",
    "regency": "LOC",
    "district": "LOC",
    "outlet": "ORG",
}


def gazetteer_baseline(tokens: Sequence[str], lexicons: Lexicons) -> list[str]:
    """BIO tags from the longest gazetteer match starting at a capitalised token."""
    marks = gazetteer_tags(tokens, lexicons.gazetteer)
    tags = ["O"] * len(tokens)
    for i, token_marks in enumerate(marks):
        kinds = [m[2:] for m in token_marks if m.startswith("B-") and m[2:] in GAZ_LABEL]
        if not kinds or not tokens[i][:1].isupper():
            continue
        label = GAZ_LABEL[sorted(kinds)[0]]
        tags[i] = f"B-{label}"
        j = i + 1
        while j < len(tokens) and any(m.startswith("I-") for m in marks[j]):
            tags[j] = f"I-{label}"
            j += 1
    return tags


def row(name: str, scores: dict[str, tuple[float, float, float, int]]) -> str:
    p, r, f, n = scores["ALL"]
    per_label = "  ".join(f"{k} {scores[k][2]:5.1f}" for k in ("PER", "ORG", "LOC") if k in scores)
    return f"  {name:<18} P {p:5.1f}  R {r:5.1f}  F1 {f:5.1f}   ({per_label}; {n} gold entities)"


def main() -> int:
    parser = argparse.ArgumentParser(description="warta NER benchmark")
    parser.add_argument("--split", choices=("dev", "test"), default="dev")
    parser.add_argument("--model", type=Path, default=None)
    args = parser.parse_args()
    if not SHARED.is_dir():
        print(f"skip: {SHARED} not found")
        return 0
    model = args.model or default_model_path()
    meta_path = model.with_suffix(".json")
    if meta_path.exists():
        meta = json.loads(meta_path.read_text())
        print(
            f"model {model.name}: {model.stat().st_size / 1e6:.2f} MB, trained in "
            f"{meta.get('total_seconds', 0):.0f} s (clusters {meta.get('cluster_seconds', 0):.0f} s, "
            f"CRF {meta.get('crf_seconds', 0):.0f} s) by `python scripts/train_ner.py`"
            f" on {'+'.join(meta.get('splits', ['train']))}"
        )
        if "dev" in meta.get("splits", []):
            print("  (dev splits were trained on: only --split test is held out)")
    tagger = NerTagger.load(model)
    for corpus, splits in CORPORA.items():
        data = read_tagged(SHARED / "data" / "ner" / corpus / splits[args.split])
        gold = [tags for _, tags in data]
        started = time.perf_counter()
        pred = [tagger.tag(tokens) for tokens, _ in data]
        seconds = time.perf_counter() - started
        base = [gazetteer_baseline(tokens, tagger.lexicons) for tokens, _ in data]
        n_tokens = sum(len(tokens) for tokens, _ in data)
        print(f"{corpus} {splits[args.split]} ({len(data)} sentences, {n_tokens} tokens)")
        print(row("warta CRF", span_scores(gold, pred)))
        print(row("gazetteer only", span_scores(gold, base)))
        print(f"  speed: {n_tokens / seconds:,.0f} tokens/s")
        if corpus == "nergrit" and args.split == "test":
            for name, f1 in NERGRIT_ANCHORS.items():
                print(f"  published {name:<20} F1 {f1:5.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
