"""Articles per second of the full reading (clean + metadata + NLP) on one core.

Input: IndoSum (CC BY-SA 4.0) dev fold 01 public dev ids, 750 articles, detokenized to plain text
and read as ``Document(text=...)`` by ``warta.pipeline.Reader``. Resources load once before the
clock starts (they are loaded once per process in real use too). Beside it, in the same run: the
reading without the language layer, and the usual existing Indonesian preprocessing step,
PySastrawi's ``stemmer.stem(text)`` over each whole article (no NER, quotes or summary).
Target: >= 50 articles/s for the full reading.

Run: /work/venv/bin/python bench/reading_speed.py [--limit N] [--ner MODEL]
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable

from _indosum import article_text, fold01
from warta.model import Document
from warta.nlp import NlpResources
from warta.pipeline import Reader


def rate(fn: Callable[[str], object], texts: list[str]) -> float:
    """Texts per second of this process's CPU time: one core's rate, even on a busy machine."""
    start = time.process_time()
    for t in texts:
        fn(t)
    return len(texts) / (time.process_time() - start)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--limit", type=int, default=0)
    parser.add_argument("--ner", help="NER model file (default: the packaged one, if any)")
    args = parser.parse_args()
    texts = [article_text(r) for r in fold01()]
    if args.limit:
        texts = texts[: args.limit]
    full, clean_only = Reader(), Reader(nlp=False)
    full.nlp_resources = NlpResources.load(ner_path=args.ner)
    for reader in (full, clean_only):  # warm up: load resources, first-call caches
        reader.read(Document("warmup", text=texts[0]))
    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

    stemmer = StemmerFactory().create_stemmer()
    results = {
        "warta full reading": rate(lambda t: full.read(Document("b", text=t)), texts),
        "warta without NLP": rate(lambda t: clean_only.read(Document("b", text=t)), texts),
        "PySastrawi stem(text)": rate(stemmer.stem, texts),
    }
    tagger = full.nlp_resources.tagger
    print(f"IndoSum fold 01, {len(texts)} articles, one core; NER: {type(tagger).__name__}")
    base = results["PySastrawi stem(text)"]
    for name, value in results.items():
        print(f"{name:24} {value:8.1f} articles/s  ({value / base:.2f}x PySastrawi)")


if __name__ == "__main__":
    main()
