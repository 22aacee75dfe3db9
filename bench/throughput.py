"""Throughput on one core: warta's full reading (nlp=False) beside trafilatura.extract.

    python bench/throughput.py [--repeat N]

HTML: the ScrapingHub pages plus the 200 scraped-dev HTML pages, warta
``Reader(nlp=False).read`` vs ``trafilatura.extract`` (defaults) on the same strings.
Text: the 200 scraped-dev .txt files through ``Reader(nlp=False)`` (target >= 1,000/s).
Each tool is warmed up on one page first, so imports and lazy resources are not timed; the
tools' passes alternate, and each keeps its best pass.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import scraped_dev_html, scraped_dev_txt, scrapinghub_pages  # noqa: E402

Tool = Callable[[str, str], object]


def rates(tools: list[Tool], docs: list[tuple[str, str]], repeat: int) -> list[float]:
    """Documents per second of each tool over ``docs``, best of ``repeat`` passes. The tools'
    passes alternate, so a slow spell of the machine (they last seconds here) hits both."""
    for fn in tools:
        fn(*docs[0])
    best = [float("inf")] * len(tools)
    for _ in range(repeat):
        for k, fn in enumerate(tools):
            start = time.perf_counter()
            for source, payload in docs:
                fn(source, payload)
            best[k] = min(best[k], time.perf_counter() - start)
    return [len(docs) / b for b in best]


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
        w, t = rates([warta_html, traf], docs, args.repeat)
        print(f"{name:<24}{w:>14.1f}{t:>14.1f}{w / t:>8.2f}")
    texts = [(str(p), t) for p, t in scraped_dev_txt()]
    [w] = rates([warta_text], texts, args.repeat)
    target = 1000.0
    print(
        f"{'scraped-dev txt (200)':<24}{w:>14.1f}{'-':>14}{w / target:>8.2f}  (vs target 1,000/s)"
    )


if __name__ == "__main__":
    main()
