"""Shared helpers for the HTML benchmarks: data paths, loaders, the ScrapingHub body metric."""

from __future__ import annotations

import gzip
import json
import re
import statistics
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SCRAPINGHUB = SHARED / "data" / "html" / "scrapinghub"
FUNDUS = SHARED / "data" / "html" / "fundus"
SCRAPED_DEV = SHARED / "data" / "scraped-dev"

# The upstream metric (scrapinghub/article-extraction-benchmark, evaluate.py), reimplemented:
# \w+ tokens (case kept), 4-token shingles counted as a multiset, per-page TP/FP/FN normalised to
# sum 1, precision and recall averaged over pages, F1 from the two means.
_TOKEN = re.compile(r"\w+", re.UNICODE)
SHINGLE = 4


def _shingles(text: str) -> Counter[tuple[str, ...]]:
    tokens = _TOKEN.findall(text or "")
    out: Counter[tuple[str, ...]] = Counter()
    for i in range(max(1, len(tokens) - SHINGLE + 1)):
        sh = tuple(tokens[i : i + SHINGLE])
        if sh:
            out[sh] += 1
    return out


def shingle_tp_fp_fn(true: str, pred: str) -> tuple[float, float, float]:
    t, p = _shingles(true), _shingles(pred)
    tp = fp = fn = 0.0
    for key in t.keys() | p.keys():
        a, b = t.get(key, 0), p.get(key, 0)
        tp += min(a, b)
        fp += max(0, b - a)
        fn += max(0, a - b)
    s = tp + fp + fn
    return (tp / s, fp / s, fn / s) if s else (0.0, 0.0, 0.0)


def _precision(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    return 0.0 if tp == fp == 0 else tp / (tp + fp)


def _recall(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    return 0.0 if tp == fn == 0 else tp / (tp + fn)


def prf(rows: list[tuple[float, float, float]]) -> dict[str, float]:
    p = statistics.mean([_precision(*r) for r in rows if r[0] + r[1] > 0] or [0.0])
    r = statistics.mean([_recall(*x) for x in rows if x[0] + x[2] > 0] or [0.0])
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": p, "recall": r, "f1": f1}


def read_ids(path: Path) -> list[str]:
    return [
        ln.strip() for ln in path.read_text().splitlines() if ln.strip() and not ln.startswith("#")
    ]


def scrapinghub_pages(split: str) -> Iterator[tuple[str, str, str, str]]:
    """(id, url, html, gold body) for ``split`` = ``public_dev`` | ``heldout`` | ``all``."""
    gold = json.loads((SCRAPINGHUB / "ground-truth.json").read_text())
    ids = sorted(gold) if split == "all" else read_ids(SCRAPINGHUB / f"split_{split}_ids.txt")
    for pid in ids:
        raw = gzip.decompress((SCRAPINGHUB / "html" / f"{pid}.html.gz").read_bytes())
        yield pid, gold[pid]["url"], decode(raw), gold[pid]["articleBody"]


def decode(raw: bytes) -> str:
    """Bytes to text: UTF-8 when the bytes are valid UTF-8 (pages often declare a stale
    charset), else the charset declared early in the page, else UTF-8 with replacements."""
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    m = re.search(rb"""charset=["']?([A-Za-z0-9_-]+)""", raw[:4096])
    enc = m.group(1).decode("ascii").lower() if m else "utf-8"
    try:
        return raw.decode(enc, errors="replace")
    except LookupError:
        return raw.decode("utf-8", errors="replace")


def scraped_dev_html() -> Iterator[tuple[Path, str]]:
    for path in sorted((SCRAPED_DEV / "html").glob("*.html")):
        yield path, path.read_text(encoding="utf-8")


def scraped_dev_txt() -> Iterator[tuple[Path, str]]:
    for path in sorted((SCRAPED_DEV / "txt").glob("*.txt")):
        yield path, path.read_text(encoding="utf-8")
