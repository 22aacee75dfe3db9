"""Quote speaker precision/recall/F1 on a hand-annotated IndoSum sample, beside a regex baseline.

Gold: ``bench/data/quotes_gold.jsonl`` — my own annotation (warta NLP helper) of 202 quotes in 33
articles of IndoSum dev fold 01 (public dev ids; IndoSum is CC BY-SA 4.0, Kurniawan & Louvan 2018;
the short ``anchor`` excerpts quoted from the articles are under CC BY-SA 4.0 too). How: articles
of fold 01 with at least 4 quote marks, 3 cue words and under 2,500 characters, in file order, read
in full; one (Instagram comments as quotes) skipped. ``split``: the first 11 articles (63 quotes,
``dev``) were used to fix rules; the next 6 (41 quotes, ``test``) were annotated afterwards and
never used for tuning — report the ``test`` line. ``dev2`` (98 quotes, 16 articles): a second
development batch annotated later, before looking at warta's output on it, continuing in file order
after those 17 (fold01 records 149-185 in the order of ``fold01()``) with the rule taken literally:
at least 4 quote-mark tokens, 3 tokens that are cue words of ``cue_words.tsv`` as of commit
573be03, under 2,500 characters (that literal rule selects a few more earlier articles than the
first 17, so the original selection also used judgement). Every quote in an article is listed:
direct (in quote marks) and indirect (reported speech with a cue: mengatakan, menurut, menjelaskan,
mengaku, menganggap, khawatir, ..., kata X mid-sentence). Not quotes: appeals and proposals
(mengimbau, mengusulkan, mengajak, meminta, berpesan agar), a lead that sums up what a crowd hopes
("Jemaat ... mengharapkan"), source credits ("demikian dikutip dari AFP"), quoted law text, quoted
terms ("welcome drink"). ``speaker`` is the full name as the article first writes it (null when
nobody is named: an unnamed spokesman, "sebuah studi", "kata mereka"); ``anchor`` is the first
words of the quoted or reported text (after the cue when the cue sits mid-sentence); ``cue`` is
informative only.

Scoring: warta reads each article with ``Reader().read``; a predicted quote matches a gold quote
of the same article when the gold anchor occurs in its text (one-to-one). Speaker precision =
matched quotes with the right speaker / predicted quotes; recall = the same / gold quotes.
Baseline (no Indonesian quote attributor exists offline): direct quotes only, speaker = the
capitalised words right after a cue verb following the closing mark, widened to the longest
capitalised run of the article ending in the same word ("Ferdi" -> "Ferdi Ligaswara").

Caveat: the ``dev`` number is optimistic (rules were adjusted after looking at its errors).

Run: /work/venv/bin/python bench/quotes.py [--ner MODEL]
"""

from __future__ import annotations

import argparse
import json
import re
from collections import defaultdict
from pathlib import Path

from _indosum import article_text, fold01
from warta.model import Document
from warta.nlp import NlpResources
from warta.pipeline import Reader

TUNING_SPLITS = ("dev", "dev2")  # the held-out test split's per-quote errors are never printed
GOLD = Path(__file__).resolve().parent / "data" / "quotes_gold.jsonl"
_BASELINE = re.compile(
    r"[\"“](?P<text>[^\"“”]{10,}?)[\"”]\s*,?\s*(?:kata|ujar|ucap|tutur|jelas|tambah|imbuh)(?:nya)?"
    r"(?:\s+(?P<who>[A-Z]\w+(?:\s[A-Z]\w+)*))?"
)
_NAME = re.compile(r"[A-Z][a-z]+(?:\s[A-Z][a-z]+)+")


def _norm(text: str) -> str:
    return " ".join(text.split())


def score(gold: list[dict], predicted: list[tuple[str, str | None]]) -> tuple[int, int, int]:
    """(matched quotes, matched with the right speaker, predicted) for one article."""
    free = list(predicted)
    found = right = 0
    for g in gold:
        anchor = _norm(g["anchor"])
        hit = next((p for p in free if anchor in _norm(p[0])), None)
        if hit is None:
            continue
        free.remove(hit)
        found += 1
        right += hit[1] == g["speaker"]
    return found, right, len(predicted)


def baseline(text: str) -> list[tuple[str, str | None]]:
    names = [m.group() for m in _NAME.finditer(text)]
    out = []
    for m in _BASELINE.finditer(text):
        who = (m.group("who") or "").strip() or None
        if who is not None:
            # the longest capitalised run of the article that ends with the mention is the name
            full = [n for n in names if n.split()[-1] == who.split()[-1]]
            who = max(full, key=len) if full else who
        out.append((m.group("text"), who))
    return out


def print_errors(aid: str, gold: list[dict], predicted: list[tuple[str, str | None]]) -> None:
    """Gold quotes missed or given the wrong speaker, and predictions matching no gold quote."""
    free = list(predicted)
    for g in gold:
        anchor = _norm(g["anchor"])
        hit = next((p for p in free if anchor in _norm(p[0])), None)
        if hit is not None:
            free.remove(hit)
        if hit is None or hit[1] != g["speaker"]:
            got = "MISSED" if hit is None else f"got {hit[1]!r}"
            print(f"{aid[:24]} {g['kind'][:3]} {g['speaker']!r} {got}: {g['anchor']}")
    for text, who in free:
        print(f"{aid[:24]} EXTRA {who!r}: {_norm(text)[:90]}")


def prf(right: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = right / n_pred if n_pred else 0.0
    r = right / n_gold if n_gold else 0.0
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


def _prf(right: int, n_pred: int, n_gold: int) -> str:
    p, r, f = prf(right, n_pred, n_gold)
    return f"P {100 * p:5.1f}  R {100 * r:5.1f}  F1 {100 * f:5.1f}"


Totals = dict[tuple[str, str], list[int]]


def load_gold() -> tuple[dict[str, list[dict]], dict[str, str]]:
    """Gold quotes by article id, and each article's readable text."""
    gold: dict[str, list[dict]] = defaultdict(list)
    for line in GOLD.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        gold[row["id"]].append(row)
    texts = {r["id"]: article_text(r) for r in fold01() if r["id"] in gold}
    return gold, texts


def tally(reader: Reader, errors: str | None = None) -> Totals:
    """(found, right, predicted, gold) per (system, split), and for (system, "all")."""
    gold, texts = load_gold()
    totals: Totals = defaultdict(lambda: [0, 0, 0, 0])
    for aid, rows in gold.items():
        split = rows[0]["split"]
        article = reader.read(Document(aid, text=texts[aid]))
        if split == errors:
            print_errors(aid, rows, [(q.text, q.speaker) for q in article.quotes])
        runs = {
            "warta": [(q.text, q.speaker) for q in article.quotes],
            "regex baseline": baseline(texts[aid]),
        }
        for name, predicted in runs.items():
            for key in ((name, split), (name, "all")):
                for k, v in enumerate(score(rows, predicted)):
                    totals[key][k] += v
                totals[key][3] += len(rows)
    return totals


def speaker_f1(totals: Totals, split: str, name: str = "warta") -> float:
    _, right, n_pred, n_gold = totals[(name, split)]
    return prf(right, n_pred, n_gold)[2]


def gate_scores() -> dict[str, float]:
    """Speaker F1 on the tuning splits, for bench/gate.py (the test split is never gated)."""
    totals = tally(Reader())
    return {f"nlp.quote_speaker_f1_{s}": speaker_f1(totals, s) for s in TUNING_SPLITS}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--ner", help="NER model file (default: the packaged one, if any)")
    parser.add_argument(
        "--errors",
        choices=TUNING_SPLITS,
        help="print warta's misses on a tuning split (never test)",
    )
    args = parser.parse_args()
    reader = Reader()
    reader.nlp_resources = NlpResources.load(ner_path=args.ner)
    print(f"NER: {type(reader.nlp_resources.tagger).__name__} (NoneType = gazetteer fallback)")
    totals = tally(reader, args.errors)
    for split in ("dev", "dev2", "test", "all"):
        n_gold = totals[("warta", split)][3]
        print(f"-- {split}: {n_gold} gold quotes")
        for name in ("warta", "regex baseline"):
            found, right, n_pred, _ = totals[(name, split)]
            print(
                f"{name:15} speaker {_prf(right, n_pred, n_gold)}"
                f"   (found {found}, predicted {n_pred})"
            )


if __name__ == "__main__":
    main()
