"""Ingest: seeds → stories and a thread, idempotence, errors, and kill -9 safety."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from warta.store import Store
from warta.store.ingest import ingest

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEEDS = SHARED / "seeds"


def counts(path: Path) -> dict[str, int]:
    with Store.open(path, readonly=True) as store:
        o = store.overview()
        docs = store.db.execute("SELECT count(*) FROM documents").fetchone()[0]
        groups = store.db.execute("SELECT count(*), sum(size) FROM copy_groups").fetchone()
    return {
        "articles": o["articles"],
        "stories": o["stories"],
        "threads": o["threads"],
        "errors": o["errors"],
        "documents": docs,
        "copy_groups": groups[0],
        "copies": groups[1] or 0,
    }


def synthetic_corpus(folder: Path, n: int, seed: int = 7) -> Path:
    """``n`` small text articles of made-up words; every 10th repeats an earlier one, every
    7th is a lightly edited copy, one file is unreadable."""
    rng = random.Random(seed)
    syllables = ["ka", "ra", "ma", "ti", "nu", "sa", "lo", "pe", "di", "gu", "ba", "re", "wi", "jo"]
    vocab = ["".join(rng.choice(syllables) for _ in range(rng.randint(2, 4))) for _ in range(800)]
    texts: list[str] = []
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        if i and i % 10 == 0:
            text = texts[rng.randrange(len(texts))]
        elif i and i % 7 == 0:
            words = texts[rng.randrange(len(texts))].split(" ")
            words[rng.randrange(len(words))] = "sunting"
            text = " ".join(words) + " Baca juga: berita lain"
        else:
            title = " ".join(rng.choice(vocab) for _ in range(6)).capitalize()
            paragraphs = [
                " ".join(rng.choice(vocab) for _ in range(40)).capitalize() + "." for _ in range(3)
            ]
            text = title + "\n\n" + "\n\n".join(paragraphs)
        texts.append(text)
        (folder / f"doc{i:04d}.txt").write_text(text, encoding="utf-8")
    (folder / "broken.txt").write_bytes(b"")
    return folder


def test_seeds_make_two_stories_in_one_thread(tmp_path: Path) -> None:
    if not SEEDS.is_dir():
        pytest.skip("../shared/seeds absent")
    db = tmp_path / "w.db"
    report = ingest([str(SEEDS)], db, jobs=1)
    assert report.added == 2
    with Store.open(db, readonly=True) as store:
        stories = store.stories()
        assert len(stories) == 2
        assert len({s["thread_id"] for s in stories}) == 1
        threads = store.threads()
        assert len(threads) == 1 and len(threads[0]["stories"]) == 2
        assert "Vladimir Putin" in threads[0]["actors"] or "Vladimir Putin" in str(stories)
        suara = next(s for s in stories if "SuaraJawaTengah.id" in s["outlets"])
        timeline = store.story(suara["story_id"])["timeline"]  # type: ignore[index]
        assert {"date": "2021-08-24"}.items() <= timeline[0].items()
    before = counts(db)
    again = ingest([str(SEEDS)], db, jobs=1)
    assert again.added == 0 and again.skipped == 2
    assert counts(db) == before


def test_ingest_twice_changes_nothing_and_records_errors(tmp_path: Path) -> None:
    corpus = synthetic_corpus(tmp_path / "c", 60)
    db = tmp_path / "w.db"
    first = ingest([str(corpus)], db, jobs=1, nlp=False, batch_size=16)
    assert first.errors == 1 and first.duplicates >= 5
    before = counts(db)
    assert before["copy_groups"] >= 5
    second = ingest([str(corpus)], db, jobs=1, nlp=False, batch_size=16)
    assert second.added == second.duplicates == second.errors == 0
    assert counts(db) == before
    with Store.open(db, readonly=True) as store:
        errors = store.errors()
    assert [e["source"].endswith("broken.txt") for e in errors] == [True]


def test_parallel_ingest_matches_serial(tmp_path: Path) -> None:
    corpus = synthetic_corpus(tmp_path / "c", 40)
    ingest([str(corpus)], tmp_path / "a.db", jobs=1, nlp=False, batch_size=8)
    ingest([str(corpus)], tmp_path / "b.db", jobs=2, nlp=False, batch_size=8)
    assert counts(tmp_path / "a.db") == counts(tmp_path / "b.db")


def test_kill_9_loses_nothing_committed(tmp_path: Path) -> None:
    corpus = synthetic_corpus(tmp_path / "c", 300)
    whole, cut = tmp_path / "whole.db", tmp_path / "cut.db"
    ingest([str(corpus)], whole, jobs=1, nlp=False, batch_size=10)
    cmd = [sys.executable, "-c", "from warta.cli import main; main()", "ingest", str(corpus), "--db", str(cut),
           "--no-nlp", "-q", "--jobs", "1", "--batch-size", "10"]  # fmt: skip
    proc = subprocess.Popen(cmd, start_new_session=True, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    stored = 0
    while time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.05)
        try:
            with sqlite3.connect(f"file:{cut}?mode=ro", uri=True) as con:
                stored = con.execute("SELECT count(*) FROM articles").fetchone()[0]
        except sqlite3.Error:
            continue
        if stored >= 30:
            os.killpg(proc.pid, signal.SIGKILL)
            break
    proc.wait()
    assert proc.returncode == -signal.SIGKILL, "ingest finished before it could be killed"
    with sqlite3.connect(cut) as con:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    again = ingest([str(corpus)], cut, jobs=1, nlp=False, batch_size=10)
    assert again.skipped >= 30
    assert counts(cut) == counts(whole)
    with sqlite3.connect(cut) as con:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
