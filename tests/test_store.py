"""Store: migrations recorded once, read-only opening, clear errors."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from warta.errors import StoreError
from warta.store import Store
from warta.store.schema import MIGRATIONS


def test_migrations_recorded_once(tmp_path: Path) -> None:
    db = tmp_path / "w.db"
    Store.open(db).close()
    Store.open(db).close()
    with sqlite3.connect(db) as con:
        names = [r[0] for r in con.execute("SELECT name FROM migrations ORDER BY name")]
        assert names == [m.__name__ for m in MIGRATIONS]
        assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_readonly(tmp_path: Path) -> None:
    db = tmp_path / "w.db"
    Store.open(db).close()
    with Store.open(db, readonly=True) as store:
        assert store.overview()["articles"] == 0
        assert store.article(1) is None and store.story(1) is None and store.thread(1) is None
        assert store.entity("Siapa") is None and store.copy_group(1) is None
        with pytest.raises(sqlite3.OperationalError):
            store.db.execute("DELETE FROM articles")


def test_missing_and_bad_files(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no such corpus database"):
        Store.open(tmp_path / "none.db", readonly=True)
    bad = tmp_path / "bad.db"
    bad.write_text("not sqlite at all " * 100)
    with pytest.raises(StoreError, match="not a warta corpus database"):
        Store.open(bad)
    with pytest.raises(StoreError):
        Store.open(bad, readonly=True)
