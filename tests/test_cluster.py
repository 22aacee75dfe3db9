"""Reading on a Dask cluster: the same corpus as the local process pool, clear errors."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from warta.cli import main
from warta.store.ingest import ingest

pytest.importorskip("distributed")

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def _counts(db: Path) -> tuple[int, int, int]:
    con = sqlite3.connect(db)
    try:
        return tuple(  # type: ignore[return-value]
            con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("articles", "stories", "copy_groups")
        )
    finally:
        con.close()


@pytest.mark.slow
def test_local_dask_cluster_builds_the_same_corpus(tmp_path: Path) -> None:
    local = ingest([str(EXAMPLES)], tmp_path / "local.db", jobs=1, nlp=False)
    dask = ingest([str(EXAMPLES)], tmp_path / "dask.db", jobs=1, nlp=False, scheduler="local")
    assert (dask.added, dask.duplicates, dask.errors) == (local.added, local.duplicates, 0)
    assert _counts(tmp_path / "dask.db") == _counts(tmp_path / "local.db")
    again = ingest([str(EXAMPLES)], tmp_path / "dask.db", jobs=1, nlp=False, scheduler="local")
    assert again.added == 0


def test_unreachable_scheduler_is_one_line(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        main,
        [
            "ingest",
            str(EXAMPLES),
            "--db",
            str(tmp_path / "x.db"),
            "--scheduler",
            "tcp://127.0.0.1:9",
        ],
    )
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    lines = [ln for ln in result.output.splitlines() if ln.strip()]
    assert lines == [lines[0]] and lines[0].startswith("warta: tcp://127.0.0.1:9: cannot reach")
