"""Robustness of text cleaning to how scrapers mangle text, on the scraped-text dev sets.

Each page of ``../shared/data/scraped-dev/txt`` (and the synthetic set of bench/clean_text.py,
when it exists) is read as given and again after one change a scraper or export commonly makes
(blank lines between lines, CRLF, no-break spaces, indentation, tabs, zero-width spaces, a BOM,
HTML entities left in, everything on one line), and scored with ``../shared/tools/score_clean.py``
as in bench/clean_text.py. The "as given" row is the reference the other rows are read against.

    python bench/robustness.py
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from clean_text import DEV, SYNTH, score_clean  # noqa: E402


def _zero_width(text: str) -> str:
    return text.replace(" ", " \u200b", 30)


def _entities(text: str) -> str:
    return text.replace("&", "&amp;").replace('"', "&quot;")


CHANGES: dict[str, Callable[[str], str]] = {
    "as given": lambda t: t,
    "blank lines": lambda t: "\n\n".join(t.splitlines()),
    "CRLF": lambda t: t.replace("\n", "\r\n"),
    "no-break spaces": lambda t: t.replace(" ", "\u00a0", 40),
    "indented": lambda t: "\n".join("   " + line + "  " for line in t.splitlines()),
    "tabs": lambda t: "\n".join("\t" + line for line in t.splitlines()),
    "zero-width spaces": _zero_width,
    "BOM": lambda t: "\ufeff" + t,
    "HTML entities": _entities,
    "one line": lambda t: " ".join(t.splitlines()),
}


def scores(folder: Path, change: Callable[[str], str]) -> dict[str, Any]:
    """score_clean.py's summary of the set's pages read after ``change``."""
    from warta.clean import read_text
    from warta.clean.resources import CleanResources
    from warta.model import PageHints

    sc = score_clean()
    res, hints = CleanResources.load(), PageHints()
    rows = []
    for page in sorted((folder / "txt").glob("*.txt")):
        gold = json.loads((folder / "gold" / f"{page.stem}.json").read_text(encoding="utf-8"))
        art = read_text(str(page), change(page.read_text(encoding="utf-8")), hints, res)
        got = {"body": art.body, "title": art.title, "authors": list(art.authors)}
        got |= {"outlet": art.outlet, "published": art.published}
        rows.append(sc.score_page(gold, got, "txt"))
    summary: dict[str, Any] = sc.aggregate(rows)
    return summary


def gate_scores() -> dict[str, float]:
    """For bench/gate.py: scraped-dev flattened onto one line."""
    s = scores(DEV, CHANGES["one line"])
    return {"robust.one_line_body_f1": s["body"]["f1"], "robust.one_line_date_acc": s["date_acc"]}


def run(folder: Path) -> None:
    print(f"== {folder} ({len(list((folder / 'txt').glob('*.txt')))} pages)")
    for name, change in CHANGES.items():
        s = scores(folder, change)
        print(
            f"  {name:<18} body F1 {s['body']['f1']:.3f}  title {s['title_acc']:.3f}  "
            f"authors {s['author_acc']:.3f}  outlet {s['outlet_acc']:.3f}  "
            f"date@min {s['date_acc']:.3f}"
        )


def main() -> None:
    for folder in (DEV, SYNTH):
        if (folder / "txt").is_dir():
            run(folder)
        else:
            print(f"== {folder}: not there (make it with bench/make_scraped_set.py)")


if __name__ == "__main__":
    main()
