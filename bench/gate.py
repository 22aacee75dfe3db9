"""Quality gate: dev-split scores must not drop below the minimums pinned in bench/minimums.json.

    python bench/gate.py

Run by ``.ci/run`` after pytest. Skips (exit 0, one message) when ``../shared`` is absent. Prints
every score beside its minimum and exits 1 naming each score that dropped. Each check family is one
function returning ``{name: score}``; other helpers add theirs to ``CHECKS`` (e.g. HTML extraction
scores on scraped-dev/html or the fundus pages) and pin the minimums in the same JSON file.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
SHARED = HERE.parent.parent / "shared"
DEV = SHARED / "data" / "scraped-dev"
MINIMUMS = HERE / "minimums.json"


def text_cleaning_scores() -> dict[str, float]:
    """scraped-dev, text input: body recall, leak rate (lower is better), metadata accuracies."""
    sys.path.insert(0, str(HERE))
    import clean_text

    sc = clean_text.score_clean()
    rows, _, _ = clean_text.run_warta(DEV)
    s = sc.score(str(DEV), rows)["kinds"]["txt"]
    return {
        "text.body_recall": s["body"]["recall"],
        "text.body_f1": s["body"]["f1"],
        "text.leak_rate": s["body"]["leak_rate"],
        "text.title_acc": s["title_acc"],
        "text.date_acc": s["date_acc"],
        "text.author_acc": s["author_acc"],
        "text.outlet_acc": s["outlet_acc"],
    }


def html_scores() -> dict[str, float]:
    """HTML reading: ScrapingHub dev body F1, Fundus dev publishers, scraped-dev HTML."""
    sys.path.insert(0, str(HERE))
    import gate_html

    return gate_html.scores()


def quote_scores() -> dict[str, float]:
    """Quote speaker F1 on the annotated IndoSum tuning splits (dev, dev2)."""
    sys.path.insert(0, str(HERE))
    import quotes

    return quotes.gate_scores()


def robustness_scores() -> dict[str, float]:
    """scraped-dev flattened onto one line (the flattened-page stage, clean/flat.py)."""
    sys.path.insert(0, str(HERE))
    import robustness

    return robustness.gate_scores()


# HTML extraction scores go here: a function returning {"html.<name>": score, ...}.
CHECKS: list[Callable[[], dict[str, float]]] = [
    text_cleaning_scores,
    html_scores,
    quote_scores,
    robustness_scores,
]
# Scores where lower is better: the pinned value is a maximum.
LOWER_IS_BETTER = {"text.leak_rate"}


def main() -> int:
    if not DEV.exists():
        print(f"gate: {DEV} is absent; skipping the quality gate")
        return 0
    pinned: dict[str, float] = json.loads(MINIMUMS.read_text(encoding="utf-8"))
    scores: dict[str, float] = {}
    for check in CHECKS:
        scores.update(check())
    dropped = []
    for name, value in sorted(scores.items()):
        limit = pinned.get(name)
        if limit is None:
            print(f"  {name:<22} {value:.4f}   (no minimum pinned)")
            continue
        bad = value > limit if name in LOWER_IS_BETTER else value < limit
        sign = "<=" if name in LOWER_IS_BETTER else ">="
        print(f"  {name:<22} {value:.4f}   {sign} {limit:.4f}  {'DROPPED' if bad else 'ok'}")
        if bad:
            dropped.append(name)
    missing = sorted(set(pinned) - set(scores))
    for name in missing:
        print(f"  {name:<22} not computed (pinned {pinned[name]})")
    if dropped or missing:
        print("gate: FAILED: " + ", ".join(dropped + missing))
        return 1
    print("gate: ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
