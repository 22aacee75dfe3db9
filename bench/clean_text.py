"""Score warta's text cleaner on scraped-dev (txt) and a synthetic set in other outlet styles.

    python bench/clean_text.py [--dev DIR] [--synth DIR] [--no-trafilatura]

Prints, beside the "keep everything" baseline (and trafilatura on scraped-dev's HTML pages): body
paragraph P/R/F1 and leak rate (``../shared/tools/score_clean.py``), per line-role P/R/F1, per
metadata field accuracy (title, authors, outlet, published to the minute, dateline, agencies), and
text-cleaning throughput in articles/s on one core (CPU time of ``read_text`` only).

``--synth`` defaults to /tmp/scraped-synth, made with ``bench/make_scraped_set.py`` when absent.
trafilatura runs through score_clean.py in this interpreter when it imports here, else in the venv
score_clean.py names (``$TMPDIR/trafvenv``); it is skipped with a message when neither exists.
"""

from __future__ import annotations

import argparse
import collections
import importlib.util
import json
import re
import subprocess
import sys
import time
from pathlib import Path
from types import ModuleType
from typing import Any

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
DEV = SHARED / "data" / "scraped-dev"
SYNTH = Path("/tmp/scraped-synth")
ROLES = (
    "title",
    "subtitle",
    "byline",
    "dateinfo",
    "caption",
    "related",
    "heading",
    "body",
    "boilerplate",
)


def score_clean() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "score_clean", SHARED / "tools" / "score_clean.py"
    )
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def run_warta(folder: Path) -> tuple[list[dict[str, Any]], list[Any], float]:
    """(score rows, articles, articles/s of CPU time) for every .txt page of a set."""
    from warta.clean import read_text
    from warta.clean.resources import CleanResources
    from warta.model import PageHints

    res = CleanResources.load()
    pages = [
        (str(f), f.read_text(encoding="utf-8")) for f in sorted((folder / "txt").glob("*.txt"))
    ]
    hints = PageHints()
    t0 = time.process_time()
    arts = [read_text(src, text, hints, res) for src, text in pages]
    rate = len(pages) / max(time.process_time() - t0, 1e-9)
    rows = [
        {
            "source": a.source,
            "body": a.body,
            "title": a.title,
            "authors": list(a.authors),
            "outlet": a.outlet,
            "published": a.published,
        }
        for a in arts
    ]
    return rows, arts, rate


def throughput(folder: Path, rounds: int = 7) -> float:
    rates = [run_warta(folder)[2] for _ in range(rounds)]
    return max(rates)


def _norm(s: str | None) -> str:
    return re.sub(r"\s+", " ", re.sub(r"[\W_]+", " ", (s or "").lower())).strip()


def gold_roles(gold: dict[str, Any], text: str) -> dict[int, str]:
    """1-based line -> gold role: ``line_roles`` when the gold has it, else by matching text."""
    if "line_roles" in gold:
        return {int(k): v for k, v in gold["line_roles"].items()}
    body = " " + " ".join(_norm(p) for p in gold["body_paragraphs"]) + " "
    dl = _norm((gold.get("dateline") or {}).get("text"))
    junk: dict[str, str] = {}
    for j in gold["junk_lines"]:
        junk.setdefault(" ".join(j["text"].split()), j["role"])
    out: dict[int, str] = {}
    for i, line in enumerate(text.splitlines(), start=1):
        t = " ".join(line.split())
        if not t:
            continue
        n = _norm(t)
        if dl and n.startswith(dl):
            n = n[len(dl) :].strip()
        if t in junk:
            out[i] = junk[t]
        elif n and (" " + n + " " in body or n in body):
            out[i] = "body"
    return out


def role_scores(folder: Path, arts: list[Any]) -> dict[str, dict[str, float]]:
    tp: collections.Counter[str] = collections.Counter()
    fp: collections.Counter[str] = collections.Counter()
    fn: collections.Counter[str] = collections.Counter()
    for a in arts:
        pid = Path(a.source).stem
        gold = json.loads((folder / "gold" / f"{pid}.json").read_text(encoding="utf-8"))
        want = gold_roles(gold, Path(a.source).read_text(encoding="utf-8"))
        got = {
            ln.line: ("body" if ln.role == "heading" and want.get(ln.line) == "body" else ln.role)
            for ln in a.lines
        }
        for line, role in want.items():
            g = got.get(line)
            if g == role:
                tp[role] += 1
            else:
                fn[role] += 1
                if g:
                    fp[g] += 1
    out = {}
    for r in ROLES:
        p = tp[r] / (tp[r] + fp[r]) if tp[r] + fp[r] else 0.0
        rc = tp[r] / (tp[r] + fn[r]) if tp[r] + fn[r] else 0.0
        f = 2 * p * rc / (p + rc) if p + rc else 0.0
        out[r] = {"p": p, "r": rc, "f1": f, "n": tp[r] + fn[r]}
    return out


def extra_meta(folder: Path, arts: list[Any]) -> dict[str, float]:
    """Dateline (place and outlet, case-insensitive) and agencies accuracy."""
    dl_ok = ag_ok = 0
    for a in arts:
        gold = json.loads(
            (folder / "gold" / f"{Path(a.source).stem}.json").read_text(encoding="utf-8")
        )
        g = gold.get("dateline")
        want = (_norm(g.get("place")), _norm(g.get("outlet"))) if g else None
        got = (_norm(a.dateline.place), _norm(a.dateline.outlet)) if a.dateline else None
        dl_ok += want == got
        ga = gold.get("agency")
        want_ag = {_norm(x) for x in ([ga] if isinstance(ga, str) else ga or [])}
        ag_ok += want_ag == {_norm(x) for x in a.agencies}
    n = max(len(arts), 1)
    return {"dateline_acc": dl_ok / n, "agency_acc": ag_ok / n}


def summary_line(name: str, s: dict[str, Any], extra: dict[str, float] | None = None) -> str:
    b = s["body"]
    line = (
        f"  {name:<14} body F1 {b['f1']:.3f} (P {b['precision']:.3f} R {b['recall']:.3f})  "
        f"leak {b['leak_rate']:.3f}  title {s['title_acc']:.3f}  authors {s['author_acc']:.3f}  "
        f"outlet {s['outlet_acc']:.3f}  date@min {s['date_acc']:.3f}"
    )
    if extra:
        line += f"  dateline {extra['dateline_acc']:.3f}  agencies {extra['agency_acc']:.3f}"
    return line


def report_set(label: str, folder: Path, sc: ModuleType) -> dict[str, Any]:
    rows, arts, _ = run_warta(folder)
    ours = sc.score(str(folder), rows)["kinds"]["txt"]
    base = sc.score(str(folder), sc.run_baseline(str(folder)))["kinds"]["txt"]
    extra = extra_meta(folder, arts)
    print(f"== {label}: {folder} ({len(arts)} pages, text input)")
    print(summary_line("warta", ours, extra))
    print(summary_line("keep-all", base))
    print("  line roles (P / R / F1 per gold role; n/a: no such line in the gold)")
    for r, v in role_scores(folder, arts).items():
        if v["n"]:
            print(f"    {r:<12} P {v['p']:.3f}  R {v['r']:.3f}  F1 {v['f1']:.3f}  (n={v['n']})")
        else:
            print(f"    {r:<12} n/a")
    return {"warta": ours, "baseline": base, "extra": extra}


def trafilatura_line(sc: ModuleType, folder: Path) -> None:
    try:
        rows = sc.run_trafilatura(str(folder), "%Y-%m-%dT%H:%M:%S%z")
    except (SystemExit, subprocess.SubprocessError) as e:
        print(f"  trafilatura    skipped: {str(e).splitlines()[0]}")
        return
    s = sc.score(str(folder), rows)["kinds"]["html"]
    print(summary_line("trafilatura", s) + "   (HTML pages)")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--dev", type=Path, default=DEV)
    ap.add_argument("--synth", type=Path, default=SYNTH)
    ap.add_argument("--no-trafilatura", action="store_true")
    args = ap.parse_args(argv)
    if not args.dev.exists():
        print(f"clean_text: {args.dev} is absent; nothing to score")
        return 0
    sc = score_clean()
    report_set("scraped-dev", args.dev, sc)
    if not args.no_trafilatura:
        trafilatura_line(sc, args.dev)
    if not (args.synth / "gold").exists():
        subprocess.run(
            [sys.executable, str(Path(__file__).with_name("make_scraped_set.py")), str(args.synth)],
            check=True,
        )
    report_set("synthetic (other outlet styles)", args.synth, sc)
    rate = throughput(args.dev)
    print(
        f"== throughput: {rate:,.0f} articles/s on one core (read_text, CPU time, scraped-dev txt)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
