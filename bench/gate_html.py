"""HTML reading scores for the quality gate (``bench/gate.py`` calls :func:`scores`).

    python bench/gate_html.py            # the HTML part alone; exit 1 when a score dropped

Runs warta only (full ``Reader(nlp=False)``) on the ScrapingHub dev pages, the Fundus dev
publishers and the 200 scraped-dev HTML pages; a few seconds on one core. The minimums live
in ``bench/minimums.json`` (``html.*``), a little under the measured dev scores, so the gate
catches regressions, not noise.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import SCRAPED_DEV, SHARED, scraped_dev_html  # noqa: E402
from html_body import SPLITS, fundus, scrapinghub, warta_reader  # noqa: E402

MINIMUMS = Path(__file__).resolve().parent / "minimums.json"


def scores() -> dict[str, float]:
    tools = {"warta": warta_reader()}
    sh = scrapinghub(SPLITS["dev"], tools)["warta"]
    fu = fundus(SPLITS["dev"], tools)["warta"]
    sd = _scraped_dev(tools["warta"])
    return {
        "html.scrapinghub_dev_f1": sh["f1"],
        "html.fundus_dev_body_f1": fu["f1"],
        "html.fundus_dev_title_acc": fu["title_acc"],
        "html.fundus_dev_date_acc": fu["date_acc"],
        "html.fundus_dev_author_acc": fu["author_acc"],
        "html.scraped_dev_body_f1": sd["body"]["f1"],
        "html.scraped_dev_author_acc": sd["author_acc"],
        "html.scraped_dev_title_acc": sd["title_acc"],
        "html.scraped_dev_date_acc": sd["date_acc"],
        "html.scraped_dev_outlet_acc": sd["outlet_acc"],
    }


def _scraped_dev(tool: Callable[[str, str, str], dict[str, Any]]) -> dict[str, Any]:
    """score_clean.py's summary of warta on the scraped-dev HTML pages."""
    spec = importlib.util.spec_from_file_location(
        "score_clean", SHARED / "tools" / "score_clean.py"
    )
    assert spec and spec.loader
    sc = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(sc)
    rows = []
    for path, html in scraped_dev_html():
        got = tool(str(path), html, "")
        got.pop("removed", None)
        rows.append({"source": str(path), **got})
    summary: dict[str, Any] = sc.score(str(SCRAPED_DEV), rows)["kinds"]["html"]
    return summary


def main() -> int:
    if not SHARED.is_dir():
        print(f"gate_html: skipped, {SHARED} is absent")
        return 0
    minimums = json.loads(MINIMUMS.read_text(encoding="utf-8"))
    failed = 0
    for name, value in scores().items():
        floor = minimums.get(name)
        ok = floor is None or value >= floor
        failed += not ok
        print(f"{'ok ' if ok else 'LOW'} {name:<28} {value:.3f}  (min {floor})")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
