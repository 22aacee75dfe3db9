"""HTML extraction quality: warta (full Reader, nlp=False) beside trafilatura on the same pages.

    python bench/html_body.py [--split dev|heldout|both] [--only scrapinghub,fundus,scraped]
                              [--explain-cleaner] [--json OUT]

(a) ScrapingHub article-extraction-benchmark: body P/R/F1 on 4-token shingles (upstream metric).
(b) Fundus fixtures: body shingle F1, title, authors, date (dev / held-out publishers).
(c) scraped-dev HTML (200 Indonesian pages): ``score_clean.py score`` beside its ``trafilatura``.
Tune on dev only; held-out numbers are for reporting.
"""

from __future__ import annotations

import argparse
import ast
import datetime as dt
import gzip
import json
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import (  # noqa: E402
    FUNDUS,
    SCRAPED_DEV,
    SHARED,
    decode,
    prf,
    read_ids,
    scraped_dev_html,
    scrapinghub_pages,
    shingle_tp_fp_fn,
)

SPLITS = {"dev": "public_dev", "heldout": "heldout"}


def warta_reader() -> Callable[[str, str, str], dict[str, Any]]:
    from warta.errors import WartaError
    from warta.model import Document
    from warta.pipeline import Reader

    reader = Reader(nlp=False)

    def run(source: str, html: str, url: str) -> dict[str, Any]:
        try:
            art = reader.read(Document(source=source, html=html, url=url or None))
        except WartaError:
            return {"body": "", "title": None, "authors": [], "published": None}
        return {
            "body": art.body,
            "title": art.title,
            "authors": list(art.authors),
            "published": art.published,
            "outlet": art.outlet,
            "removed": art.removed,
        }

    return run


def trafilatura_reader() -> Callable[[str, str, str], dict[str, Any]]:
    import trafilatura

    params = {"outputformat": "%Y-%m-%dT%H:%M:%S%z", "extensive_search": True}

    def run(source: str, html: str, url: str) -> dict[str, Any]:
        doc = trafilatura.bare_extraction(
            html, url=url or None, with_metadata=True, date_extraction_params=params
        )
        d: dict[str, Any] = {} if doc is None else doc if isinstance(doc, dict) else doc.as_dict()
        authors = [a.strip() for a in (d.get("author") or "").split(";") if a.strip()]
        return {
            "body": d.get("text") or "",
            "title": d.get("title"),
            "authors": authors,
            "published": d.get("date"),
        }

    return run


def body_scores(
    pages: Iterable[tuple[str, str, str, str]], tools: dict[str, Callable[..., dict[str, Any]]]
) -> dict[str, Any]:
    """Body shingle P/R/F1 and page count per tool over (id, url, html, gold body) pages."""
    rows: dict[str, list[tuple[float, float, float]]] = {name: [] for name in tools}
    for pid, url, html, gold in pages:
        for name, tool in tools.items():
            rows[name].append(shingle_tp_fp_fn(gold, tool(pid, html, url)["body"]))
    return {name: prf(r) | {"n": len(r)} for name, r in rows.items()}


def scrapinghub(split: str, tools: dict[str, Callable[..., dict[str, Any]]]) -> dict[str, Any]:
    return body_scores(scrapinghub_pages(split), tools)


def fundus_pages(split: str) -> Iterator[tuple[str, str, str, dict[str, Any]]]:
    """(name, url, html, gold version) per page of the publishers in ``split``.

    Pages and gold versions are paired in order (oldest page -> V1, then V1_1, ...); a publisher
    whose page and version counts differ is skipped."""
    for rel in read_ids(FUNDUS / f"split_{split}_publishers.txt"):
        gold_path = FUNDUS / rel
        folder, publisher = gold_path.parent, gold_path.stem
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        info = json.loads((folder / "meta.info").read_text(encoding="utf-8"))
        pages = sorted(folder.glob(f"{publisher}_????_??_??.html.gz"))
        versions = sorted(gold, key=lambda k: [int(x) for x in k[1:].split("_")])
        if len(pages) != len(versions):
            continue
        for page, version in zip(pages, versions, strict=True):
            html = decode(gzip.decompress(page.read_bytes()))
            url = info.get(page.name, {}).get("url", "")
            yield page.name, url, html, gold[version]


def _literal(value: Any) -> Any:
    if isinstance(value, str) and value[:1] in "[{":
        try:
            return ast.literal_eval(value)
        except (ValueError, SyntaxError):
            return value
    return value


def fundus_gold_body(gold: dict[str, Any]) -> str:
    body = _literal(gold.get("body")) or {}
    parts = list(body.get("summary") or [])
    for section in body.get("sections") or []:
        parts.extend(section.get("headline") or [])
        parts.extend(section.get("paragraphs") or [])
    return "\n\n".join(parts)


def _norm(text: str | None) -> str:
    return " ".join((text or "").split()).casefold()


def same_minute(gold: str | None, got: str | None) -> bool:
    if not gold or not got:
        return not gold and not got
    try:
        a = dt.datetime.fromisoformat(gold)
        b = dt.datetime.fromisoformat(got.replace("Z", "+00:00"))
    except ValueError:
        return False
    if len(got) <= 10:  # a date without time is wrong
        return False
    if (a.tzinfo is None) != (b.tzinfo is None):
        a, b = a.replace(tzinfo=None), b.replace(tzinfo=None)
    return abs((a - b).total_seconds()) < 60


def fundus(split: str, tools: dict[str, Callable[..., dict[str, Any]]]) -> dict[str, Any]:
    acc: dict[str, dict[str, list[Any]]] = {n: {"f1": [], "t": [], "a": [], "d": []} for n in tools}
    for name, url, html, gold in fundus_pages(split):
        gold_body = fundus_gold_body(gold)
        gold_authors = {_norm(a) for a in _literal(gold.get("authors")) or []}
        for tool_name, tool in tools.items():
            got = tool(name, html, url)
            a = acc[tool_name]
            a["f1"].append(shingle_tp_fp_fn(gold_body, got["body"]))
            a["t"].append(_norm(got["title"]) == _norm(gold.get("title")))
            a["a"].append({_norm(x) for x in got["authors"]} == gold_authors)
            a["d"].append(same_minute(gold.get("publishing_date"), got["published"]))
    out = {}
    for tool_name, a in acc.items():
        n = len(a["t"]) or 1
        out[tool_name] = prf(a["f1"]) | {
            "n": len(a["t"]),
            "title_acc": sum(a["t"]) / n,
            "author_acc": sum(a["a"]) / n,
            "date_acc": sum(a["d"]) / n,
        }
    return out


def scraped(tool: Callable[..., dict[str, Any]]) -> str:
    """score_clean.py on warta's results for the 200 scraped-dev HTML pages, and trafilatura."""
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as fh:
        for path, html in scraped_dev_html():
            got = tool(str(path), html, "")
            got.pop("removed", None)
            fh.write(json.dumps({"source": str(path), **got}) + "\n")
    script = str(SHARED / "tools" / "score_clean.py")
    out = []
    for args in (["score", str(SCRAPED_DEV), fh.name], ["trafilatura", str(SCRAPED_DEV)]):
        r = subprocess.run(
            [sys.executable, script, *args, "--table"], capture_output=True, text=True, check=False
        )
        both = r.stdout + r.stderr
        table = both[both.find("== html") :] if "== html" in both else both
        out.append(("warta" if args[0] == "score" else "trafilatura") + "\n" + table.strip())
    return "\n".join(out)


def explain_cleaner(split: str) -> None:
    """Extractor alone vs extractor + text cleaner on ScrapingHub: which lines the cleaner drops."""
    from warta.html import extract_page

    full = warta_reader()
    rows_x, rows_f, dropped = [], [], 0
    for pid, url, html, gold in scrapinghub_pages(split):
        try:
            text = extract_page(html, url=url).text
        except Exception:  # noqa: BLE001
            text = ""
        got = full(pid, html, url)
        rows_x.append(shingle_tp_fp_fn(gold, text))
        rows_f.append(shingle_tp_fp_fn(gold, got["body"]))
        for line in got.get("removed", ()):
            if len(line.text) > 40 and line.text in gold:
                dropped += 1
                print(f"  dropped gold line [{line.role}] {pid[:10]}: {line.text[:100]}")
    print(f"extractor only: {prf(rows_x)}\nwith cleaner:   {prf(rows_f)}")
    print(f"gold lines (>40 chars) the cleaner dropped: {dropped}")


def _fmt(results: dict[str, Any]) -> str:
    lines = []
    for name, r in results.items():
        extra = "".join(
            f"  {k}={r[k]:.3f}" for k in ("title_acc", "author_acc", "date_acc") if k in r
        )
        lines.append(
            f"  {name:<12} n={r['n']:<4} P={r['precision']:.3f} R={r['recall']:.3f} "
            f"F1={r['f1']:.3f}{extra}"
        )
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", choices=["dev", "heldout", "both"], default="both")
    ap.add_argument("--only", default="scrapinghub,fundus,scraped")
    ap.add_argument("--explain-cleaner", action="store_true")
    ap.add_argument("--json", type=Path, help="also write the numbers here")
    args = ap.parse_args()
    if args.explain_cleaner:
        explain_cleaner(SPLITS.get(args.split, "public_dev"))
        return
    tools = {"warta": warta_reader(), "trafilatura": trafilatura_reader()}
    parts = args.only.split(",")
    splits = ["dev", "heldout"] if args.split == "both" else [args.split]
    numbers: dict[str, Any] = {}
    for split in splits:
        if "scrapinghub" in parts:
            numbers[f"scrapinghub_{split}"] = r = scrapinghub(SPLITS[split], tools)
            print(f"ScrapingHub {split} (body, 4-shingle P/R/F1)\n{_fmt(r)}")
        if "fundus" in parts:
            numbers[f"fundus_{split}"] = r = fundus(SPLITS[split], tools)
            print(f"Fundus {split} publishers (body F1; title/author/date accuracy)\n{_fmt(r)}")
    if "scraped" in parts:
        print("scraped-dev HTML (score_clean.py)\n" + scraped(tools["warta"]))
    if args.json:
        args.json.write_text(json.dumps(numbers, indent=1))


if __name__ == "__main__":
    main()
