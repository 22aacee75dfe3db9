"""The corpus verbs: ingest, search, stories, story, threads, entity, copies, export, errors."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from warta.cli import main

BODY = (
    "Pemerintah kota Bandung meresmikan taman baru di kawasan Dago pada Sabtu (4/3) pagi."
    "\n\nWali Kota Bandung mengatakan taman itu terbuka untuk umum setiap hari tanpa biaya."
    "\n\nWarga menyambut baik taman baru yang dilengkapi area bermain anak dan jalur sepeda."
)


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    folder = tmp_path_factory.mktemp("cli")
    records = [
        {"id": "one", "text": BODY, "published": "2023-03-04T10:00:00+07:00", "outlet": "A"},
        {"id": "two", "text": BODY + "\n\nTaman itu dibangun dengan dana hibah dari perusahaan swasta senilai dua miliar rupiah.", "published": "2023-03-04T12:00:00+07:00", "outlet": "B"},
        {"id": "bad", "text": ""},
    ]  # fmt: skip
    (folder / "in.jsonl").write_text("\n".join(json.dumps(r) for r in records), encoding="utf-8")
    path = str(folder / "w.db")
    result = CliRunner().invoke(
        main, ["ingest", str(folder / "in.jsonl"), "--db", path, "-q", "-j", "1"]
    )
    assert result.exit_code == 0, result.output
    return path


def run(*args: str) -> str:
    result = CliRunner().invoke(main, list(args))
    assert result.exit_code == 0, result.output
    return result.stdout


def test_stories_jsonl(db: str) -> None:
    (story,) = [
        json.loads(line) for line in run("stories", "--db", db, "--format", "jsonl").splitlines()
    ]
    assert {
        "story_id",
        "title",
        "first",
        "last",
        "outlets",
        "articles",
        "actors",
        "summary",
    } <= set(story)
    assert story["articles"] == ["one", "two"]
    detail = json.loads(run("story", str(story["story_id"]), "--db", db))
    assert detail["timeline"][0]["date"] == "2023-03-04"


def test_search_copies_errors_threads(db: str) -> None:
    hits = [
        json.loads(x)
        for x in run("search", "taman Dago", "--db", db, "--format", "jsonl").splitlines()
    ]
    assert {h["source"] for h in hits} == {"one", "two"}
    assert "taman" in run("search", "taman", "--db", db).lower()
    groups = [json.loads(x) for x in run("copies", "--db", db, "--format", "jsonl").splitlines()]
    assert groups[0]["first"]["source"] == "one"
    assert "in.jsonl:3" in run("errors", "--db", db)
    run("threads", "--db", db)


def test_export(db: str, tmp_path: Path) -> None:
    rows = [json.loads(x) for x in run("export", "--db", db).splitlines()]
    assert [r["source"] for r in rows] == ["one", "two"]
    assert all("story_id" in r and "copy_group" in r and "body" in r for r in rows)
    out = tmp_path / "x.csv"
    run("export", "--db", db, "--format", "csv", "--out", str(out))
    assert len(list(csv.DictReader(out.open(encoding="utf-8")))) == 2
    pq = tmp_path / "x.parquet"
    run("export", "--db", db, "--format", "parquet", "--out", str(pq))
    import pyarrow.parquet as parquet

    assert parquet.read_table(pq).num_rows == 2


@pytest.mark.parametrize(
    "verb",
    [
        ["stories"],
        ["search", "x"],
        ["story", "1"],
        ["threads"],
        ["entity", "x"],
        ["copies"],
        ["export"],
        ["errors"],
    ],
)
def test_missing_db_is_one_line(verb: list[str], tmp_path: Path) -> None:
    result = CliRunner().invoke(main, [*verb, "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 1
    assert result.stderr.strip().count("\n") == 0
    assert result.stderr.startswith("warta: ") and "none.db" in result.stderr
