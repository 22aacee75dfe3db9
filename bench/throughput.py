"""Throughput on one core: warta's full reading (nlp=False) beside trafilatura.extract.

    python bench/throughput.py [--repeat N]

HTML: the ScrapingHub pages plus the 200 scraped-dev HTML pages, warta
``Reader(nlp=False).read`` vs ``trafilatura.extract`` (defaults) on the same strings.
Text: the 200 scraped-dev .txt files through ``Reader(nlp=False)`` (target >= 1,000/s).
Each tool is warmed up on one page first, so imports and lazy resources are not timed.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import scraped_dev_html, scraped_dev_txt, scrapinghub_pages  # noqa: E402


def rate(fn: Callable[[str, str], object], docs: list[tuple[str, str]], repeat: int) -> float:
    """Documents per second of ``fn`` over ``docs`` (best of ``repeat`` passes)."""
    fn(*docs[0])
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        for source, payload in docs:
            fn(source, payload)
        best = min(best, time.perf_counter() - start)
    return len(docs) / best


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=1)
    args = ap.parse_args()

    import trafilatura

    from warta.errors import WartaError
    from warta.model import Document
    from warta.pipeline import Reader

    reader = Reader(nlp=False)

    def warta_html(source: str, html: str) -> object:
        try:
            return reader.read(Document(source=source, html=html))
        except WartaError:
            return None

    def warta_text(source: str, text: str) -> object:
        return reader.read(Document(source=source, text=text))

    def traf(source: str, html: str) -> object:
        return trafilatura.extract(html)

    sets = {
        "scrapinghub (181)": [(pid, html) for pid, _, html, _ in scrapinghub_pages("all")],
        "scraped-dev html (200)": [(str(p), h) for p, h in scraped_dev_html()],
    }
    print(f"{'HTML pages':<24}{'warta docs/s':>14}{'trafilatura':>14}{'ratio':>8}")
    for name, docs in sets.items():
        w = rate(warta_html, docs, args.repeat)
        t = rate(traf, docs, args.repeat)
        print(f"{name:<24}{w:>14.1f}{t:>14.1f}{w / t:>8.2f}")
    texts = [(str(p), t) for p, t in scraped_dev_txt()]
    w = rate(warta_text, texts, args.repeat)
    target = 1000.0
    print(
        f"{'scraped-dev txt (200)':<24}{w:>14.1f}{'-':>14}{w / target:>8.2f}  (vs target 1,000/s)"
    )


if __name__ == "__main__":
    main()
