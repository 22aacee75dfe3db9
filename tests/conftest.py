"""Shared fixtures: a small corpus (the seeds when ../shared is present, and examples/)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT.parent / "shared" / "seeds"
EXAMPLES = ROOT / "examples"
HOSTILE = {
    "id": "hostile-1",
    "title": 'Judul <script>alert("t")</script>',
    "outlet": '"><img src=x onerror=alert(1)>',
    "published": "2024-06-03T10:00:00+07:00",
    "text": (
        "Jakarta - Warga melaporkan <script>alert('xss')</script> di halaman berita ini, "
        'kata Budi Santoso kepada wartawan, dan " onmouseover="alert(2)" tidak boleh lolos.\n\n'
        "Paragraf kedua berisi <b>tag</b> dan <img src=x onerror=alert(3)> yang harus tampil "
        "sebagai teks biasa di halaman artikel."
    ),
}


@pytest.fixture(scope="session")
def corpus_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A corpus with the seeds (if available), the examples and one hostile article."""
    import json

    from warta.store.ingest import ingest

    folder = tmp_path_factory.mktemp("corpus")
    hostile = folder / "hostile.jsonl"
    hostile.write_text(json.dumps(HOSTILE) + "\n", encoding="utf-8")
    inputs = [str(EXAMPLES), str(hostile)] + ([str(SEEDS)] if SEEDS.is_dir() else [])
    db = folder / "warta.db"
    ingest(inputs, db, jobs=1)
    return db


@pytest.fixture
def check_reading() -> Callable[[Path], None]:
    """Compares warta's reading of a ``<name>.txt`` with its ``<name>.json`` expectation (the
    text layouts of tests/outlets and the pasted inputs of tests/messy)."""
    import warta

    def check(text_path: Path) -> None:
        expected = json.loads(text_path.with_suffix(".json").read_text(encoding="utf-8"))
        got = warta.read(str(text_path)).to_dict()
        for key in ("title", "outlet", "authors", "editors", "published", "dateline", "agencies"):
            assert got[key] == expected[key], key
        assert got["related"] == expected["related"]
        assert got["captions"] == expected["captions"]
        assert [p["text"][:60] for p in got["paragraphs"]] == expected["body_starts"]
        assert [[r["role"], r["text"][:60]] for r in got["removed"]] == expected["removed_roles"]
        # the later layouts say which language the text is in, some the subtitle and the media
        for key in ("language", "subtitle", "cited_media"):
            if key in expected:
                assert got[key] == expected[key], key
        for part in expected.get("body_has", []):
            assert part in got["body"], part
        for part in expected.get("body_lacks", []):
            assert part not in got["body"], part

    return check
