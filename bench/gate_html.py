"""Quality gate for HTML reading: dev-split scores must not fall below bench/minimums_html.json.

    python bench/gate_html.py            # exit 1 when a score is below its minimum

Runs warta only (full ``Reader(nlp=False)``) on the ScrapingHub dev pages and the Fundus dev
publishers; about 15 s on one core. Minimums sit a little under the measured dev scores, so
the gate catches regressions, not noise.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import SHARED  # noqa: E402
from html_body import SPLITS, fundus, scrapinghub, warta_reader  # noqa: E402

MINIMUMS = Path(__file__).resolve().parent / "minimums_html.json"


def scores() -> dict[str, float]:
    tools = {"warta": warta_reader()}
    sh = scrapinghub(SPLITS["dev"], tools)["warta"]
    fu = fundus(SPLITS["dev"], tools)["warta"]
    return {
        "html_scrapinghub_dev_f1": sh["f1"],
        "html_fundus_dev_body_f1": fu["f1"],
        "html_fundus_dev_title_acc": fu["title_acc"],
        "html_fundus_dev_date_acc": fu["date_acc"],
    }


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
