"""Ingest throughput and peak memory: the 3,463 IndoSum articles, then (opt-in) a corpus
synthesised from them, ingested 10,000 at a time into one database so the time per 10,000
articles can be read at 10k, 50k and 100k (flat = linear scaling).

Beside it, on the same input: ``warta extract`` (reading only, no corpus) and a bare SQLite
load (raw text into a table + FTS5 index, no reading) bound the cost of the corpus layer.

Synthesised articles: for article i, IndoSum article A = i mod 3,463 keeps its lead paragraph
and ~70% of its other paragraphs, plus one paragraph of another article B; published A's date
+ (i div 3,463) * 37 days, so the corpus spans years like a real archive and no two texts match.

    python bench/corpus_ingest.py [--no-nlp] [--jobs N]          # IndoSum only
    python bench/corpus_ingest.py --scale 20000                    # + 20k synthesised
    python bench/corpus_ingest.py --full                           # + 100k synthesised (long)
    python bench/corpus_ingest.py --full --keep DIR --start 70000  # resume an interrupted run
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from corpus_data import load, write_jsonl

CHUNK = 10_000
WARTA = [sys.executable, "-c", "from warta.cli import main; main()"]


def synthesise(records: list[dict], n: int, seed: int = 3) -> list[dict]:
    rng = random.Random(seed)
    out = []
    for i in range(n):
        a, b = records[i % len(records)], rng.choice(records)
        paras = a["text"].split("\n\n")
        kept = [paras[0]] + [p for p in paras[1:] if rng.random() < 0.7]
        kept.insert(rng.randint(1, len(kept)), rng.choice(b["text"].split("\n\n")))
        published = dt.datetime.fromisoformat(a["published"]) + dt.timedelta(
            days=37 * (i // len(records)), minutes=rng.randint(0, 600)
        )
        out.append(
            {
                "id": f"syn{i:06d}",
                "text": "\n\n".join(kept),
                "published": published.isoformat(),
                "outlet": a["outlet"],
                "title": a["title"],
            }  # fmt: skip
        )
    return out


# Seconds between two samples of the memory of the whole process tree (writer + readers).
RSS_SAMPLE_SECONDS = 0.5


def _tree_rss_mb(root: int) -> int:
    """Resident memory of ``root`` and all its descendants (from /proc), in MB."""
    parents: dict[int, int] = {}
    rss: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            status = (entry / "status").read_text()
        except OSError:
            continue
        parents[int(entry.name)] = int(stat.rsplit(")", 1)[1].split()[1])
        kb = next((ln.split()[1] for ln in status.splitlines() if ln.startswith("VmRSS:")), "0")
        rss[int(entry.name)] = int(kb)
    tree, frontier = {root}, [root]
    while frontier:
        pid = frontier.pop()
        kids = [c for c, p in parents.items() if p == pid and c not in tree]
        tree.update(kids)
        frontier.extend(kids)
    return sum(rss.get(pid, 0) for pid in tree) // 1024


def run(cmd: list[str]) -> tuple[float, int]:
    """Wall seconds and peak resident memory (MB) of the command's whole process tree, sampled
    every RSS_SAMPLE_SECONDS (the writer and every reader process together)."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    peak = 0
    while proc.poll() is None:
        peak = max(peak, _tree_rss_mb(proc.pid))
        time.sleep(RSS_SAMPLE_SECONDS)
    took = time.perf_counter() - start
    if proc.returncode:
        raise subprocess.CalledProcessError(proc.returncode, cmd)
    return took, peak


def bare_sqlite(path: Path, db: Path) -> float:
    start = time.perf_counter()
    con = sqlite3.connect(db)
    con.execute("PRAGMA journal_mode = WAL")
    con.execute("CREATE TABLE docs (id TEXT PRIMARY KEY, data TEXT)")
    con.execute(
        "CREATE VIRTUAL TABLE fts USING fts5(text, tokenize='unicode61 remove_diacritics 2')"
    )
    with con, path.open(encoding="utf-8") as handle:
        for line in handle:
            r = json.loads(line)
            cur = con.execute("INSERT INTO docs VALUES (?, ?)", (r["id"], line))
            con.execute("INSERT INTO fts (rowid, text) VALUES (?, ?)", (cur.lastrowid, r["text"]))
    con.close()
    return time.perf_counter() - start


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--no-nlp", action="store_true")
    ap.add_argument("--jobs", type=int, default=None)
    ap.add_argument("--scale", type=int, default=0, help="Synthesised articles (multiple of 10k).")
    ap.add_argument("--full", action="store_true", help="Same as --scale 100000.")
    ap.add_argument("--keep", type=Path, help="Keep the databases in this folder.")
    ap.add_argument(
        "--start", type=int, default=0, help="Resume the synthesised chunks here (with --keep)."
    )
    args = ap.parse_args()
    scale = 100_000 if args.full else args.scale
    extra = (["--no-nlp"] if args.no_nlp else []) + (
        ["--jobs", str(args.jobs)] if args.jobs else []
    )
    records = load("all")
    folder = args.keep or Path(tempfile.mkdtemp())
    folder.mkdir(parents=True, exist_ok=True)
    if not args.start:
        indosum(records, folder, extra, args)
    if scale:
        synthetic_chunks(records, scale, args.start, folder, extra)


def indosum(records: list[dict], folder: Path, extra: list[str], args: argparse.Namespace) -> None:
    src = write_jsonl(records, folder / "indosum.jsonl")
    n = len(records)
    print(
        f"IndoSum: {n} articles; NLP {'off' if args.no_nlp else 'on'}; jobs {args.jobs or 'all cores'}"
    )
    took, peak = run([*WARTA, "ingest", str(src), "--db", str(folder / "indosum.db"), "-q", *extra])
    print(
        f"  warta ingest        {took:7.1f}s  {n / took:7.1f} articles/s  peak RSS (all processes) {peak} MB"
    )
    took2, peak2 = run(
        [*WARTA, "ingest", str(src), "--db", str(folder / "indosum.db"), "-q", *extra]
    )
    print(f"  warta ingest again  {took2:7.1f}s  (all skipped: idempotent re-run)")
    xt, xpeak = run([*WARTA, "extract", str(src), *(["--no-nlp"] if args.no_nlp else [])])
    print(
        f"  warta extract       {xt:7.1f}s  {n / xt:7.1f} articles/s  peak RSS {xpeak} MB  (reading only, 1 process)"
    )
    bt = bare_sqlite(src, folder / "bare.db")
    print(
        f"  bare SQLite + FTS5  {bt:7.1f}s  {n / bt:7.1f} articles/s  (no reading; ingest/bare = {took / bt:.0f}x)"
    )


def synthetic_chunks(
    records: list[dict], scale: int, first: int, folder: Path, extra: list[str]
) -> None:
    synthetic = synthesise(records, scale)
    db = folder / "synthetic.db"
    print(f"Synthesised: {scale} articles in chunks of {CHUNK}, from {first}")
    for start in range(first, scale, CHUNK):
        path = write_jsonl(synthetic[start : start + CHUNK], folder / "chunk.jsonl")
        took, peak = run([*WARTA, "ingest", str(path), "--db", str(db), "-q", *extra])
        size = db.stat().st_size // 2**20
        print(
            f"  {start + CHUNK:>7} articles: {took:7.1f}s per 10k  ({CHUNK / took:6.1f}/s)  peak RSS (all processes) {peak} MB  db {size} MB",
            flush=True,
        )


if __name__ == "__main__":
    main()
