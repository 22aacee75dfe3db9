"""The public Python API: ``warta.read``, ``Reader``, ``Article.to_dict`` / ``from_dict``."""

from __future__ import annotations

import importlib
from pathlib import Path

import pytest

import warta
from warta import Article, Document, Reader, ReadError

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
TEXT = (
    "Bus Listrik Mulai Beroperasi di Makassar\n\n"
    "Makassar, KabarNusa.com - Pemerintah Kota Makassar mulai mengoperasikan bus listrik rute "
    "bandara pada Senin. Delapan bus melayani rute itu setiap 15 menit sepanjang hari.\n"
)


def test_read_path() -> None:
    path = EXAMPLES / "kabarnusa-bus-listrik-makassar.txt"
    for value in (path, str(path)):
        article = warta.read(value, nlp=False)
        assert isinstance(article, Article)
        assert article.source == str(path)
        assert "Pemerintah Kota Makassar mulai mengoperasikan bus listrik" in article.body


def test_read_text() -> None:
    article = warta.read(TEXT, nlp=False)
    assert article.source == "<text>"
    assert "Delapan bus melayani rute itu" in article.body


def test_read_one_line_text_that_is_not_a_path() -> None:
    line = "Delapan bus melayani rute itu setiap 15 menit sepanjang hari. " * 200
    assert "Delapan bus" in warta.read(line, nlp=False).body


def test_read_missing_file_raises(tmp_path: Path) -> None:
    with pytest.raises(ReadError, match="no such file"):
        warta.read(str(tmp_path / "hilang.txt"), nlp=False)


def test_read_stays_a_function_after_importing_the_readers() -> None:
    importlib.import_module("warta.read.url")
    from warta.read import iter_documents  # noqa: F401

    assert callable(warta.read) and warta.read.__name__ == "read"


def test_reader_and_round_trip() -> None:
    reader = Reader(nlp=False)
    article = reader.read(Document(source="doc-1", text=TEXT))
    data = article.to_dict(include_lines=True)
    assert data["source"] == "doc-1" and "lines" in data
    assert Article.from_dict(data) == article
    assert Article.from_dict(article.to_dict()).to_dict() == article.to_dict()


def test_round_trip_with_nlp_on_an_example() -> None:
    article = warta.read(EXAMPLES / "kabarnusa-kerja-sama-maritim-australia.txt")
    assert Article.from_dict(article.to_dict(include_lines=True)) == article


def test_exports() -> None:
    for name in ("read", "Reader", "Article", "Document"):
        assert name in warta.__all__
