"""Shared fixtures: a small corpus (the seeds when ../shared is present, and examples/)."""

from __future__ import annotations

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
