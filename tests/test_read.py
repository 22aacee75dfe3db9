"""Readers: every input form becomes Documents; unreadable input becomes a ReadError."""

from __future__ import annotations

import codecs
import gzip
import io
import json
from pathlib import Path

import pytest

from warta.errors import ReadError
from warta.model import Document
from warta.read import iter_documents

ARTICLE = "Judul Berita\n\nJakarta, KabarNusa.com - Isi berita pertama.\n"


def docs(*inputs: str, stdin: bytes | None = None) -> list[Document | ReadError]:
    stream = io.BytesIO(stdin) if stdin is not None else None
    return list(iter_documents(inputs, stdin=stream))


def only_document(*inputs: str, stdin: bytes | None = None) -> Document:
    [item] = docs(*inputs, stdin=stdin)
    assert isinstance(item, Document), item
    return item


@pytest.mark.parametrize(
    ("data", "text", "warned"),
    [
        (ARTICLE.encode("utf-8"), ARTICLE, False),
        (codecs.BOM_UTF8 + ARTICLE.encode("utf-8"), ARTICLE, False),
        (codecs.BOM_UTF16_LE + ARTICLE.encode("utf-16-le"), ARTICLE, False),
        ("Kata “Putin” – café\n".encode("cp1252"), "Kata “Putin” – café\n", True),
        (b"Harga \x81 naik\n", "Harga \x81 naik\n", True),  # undefined in cp1252: latin-1
    ],
)
def test_text_encodings(tmp_path: Path, data: bytes, text: str, warned: bool) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(data)
    doc = only_document(str(path))
    assert (doc.source, doc.text, doc.html) == (str(path), text, None)
    assert bool(doc.warnings) is warned
    if warned:
        assert "not valid UTF-8" in doc.warnings[0]


@pytest.mark.parametrize("name", ["p.html", "p.htm", "p.HTML"])
def test_html_declared_charset(tmp_path: Path, name: str) -> None:
    page = '<html><head><meta charset="windows-1252"></head><body><p>“Halo”</p></body></html>'
    (tmp_path / name).write_bytes(page.encode("cp1252"))
    doc = only_document(str(tmp_path / name))
    assert doc.html is not None and "“Halo”" in doc.html
    assert doc.text is None and doc.warnings == ()


def test_html_utf8_wins_over_wrong_declaration(tmp_path: Path) -> None:
    page = '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><p>café</p>'
    (tmp_path / "p.html").write_bytes(page.encode("utf-8"))
    assert "café" in (only_document(str(tmp_path / "p.html")).html or "")


def test_gzipped_html_and_text(tmp_path: Path) -> None:
    (tmp_path / "a.html.gz").write_bytes(gzip.compress(b"<html><body><p>Isi</p></body></html>"))
    (tmp_path / "b.txt.gz").write_bytes(gzip.compress(ARTICLE.encode()))
    a, b = docs(str(tmp_path / "a.html.gz"), str(tmp_path / "b.txt.gz"))
    assert isinstance(a, Document) and a.html is not None and "<p>Isi</p>" in a.html
    assert isinstance(b, Document) and b.text == ARTICLE


def test_truncated_html_still_reads(tmp_path: Path) -> None:
    """A page cut off mid-tag (an interrupted download) still gives what is there."""
    from warta.pipeline import Reader

    example = (
        Path(__file__).resolve().parents[1] / "examples/harian-celebes-bus-listrik-makassar.html"
    )
    page = example.read_text(encoding="utf-8")
    cut = page[: page.index("Irwan menjawab")] + "<p>Dinas Perhub"
    (tmp_path / "cut.html").write_text(cut, encoding="utf-8")
    doc = only_document(str(tmp_path / "cut.html"))
    article = Reader(nlp=False).read(doc)
    assert "Pantauan Harian Celebes, antrean penumpang sempat mengular" in article.body


def test_jsonl_records_and_bad_lines(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "r1", "text": ARTICLE, "url": "https://x.example/1", "outlet": "X"}),
        "",
        "{not json",
        json.dumps({"html": "<p>Isi</p>", "title": "T", "published": "2024-03-12"}),
        json.dumps(["a list"]),
        json.dumps({"title": "no body"}),
        json.dumps({"id": 7, "text": 5}),
        json.dumps({"id": 8, "text": "  "}),
    ]
    path = tmp_path / "x.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = docs(str(path))
    assert [type(i).__name__ for i in items] == ["Document", "ReadError", "Document"] + [
        "ReadError"
    ] * 4
    first, bad, second = items[:3]
    assert isinstance(first, Document) and isinstance(second, Document)
    assert (first.source, first.text, first.url, first.outlet) == (
        "r1",
        ARTICLE,
        "https://x.example/1",
        "X",
    )
    assert (second.source, second.html, second.title, second.published) == (
        f"{path}:4",
        "<p>Isi</p>",
        "T",
        "2024-03-12",
    )
    assert isinstance(bad, ReadError) and bad.source == f"{path}:3"
    assert "invalid JSONL line" in bad.problem
    problems = [i.problem for i in items[3:] if isinstance(i, ReadError)]
    assert problems == [
        "invalid JSONL line: expected an object, got list",
        'record has neither "text" nor "html"',
        '"text" is not a string',
        "empty (no text)",
    ]


def test_jsonl_gz(tmp_path: Path) -> None:
    rows = "".join(json.dumps({"id": f"d{i}", "text": f"Isi {i}"}) + "\n" for i in range(3))
    (tmp_path / "x.jsonl.gz").write_bytes(gzip.compress(rows.encode()))
    assert [d.source for d in docs(str(tmp_path / "x.jsonl.gz"))] == ["d0", "d1", "d2"]


def test_directory_recursive_sorted_known_suffixes(tmp_path: Path) -> None:
    for name in [
        "b.txt",
        "a/c.html",
        "a/d.jsonl",
        "notes.md",
        ".hidden.txt",
        ".git/x.txt",
        "z.pdf",
    ]:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        content = json.dumps({"text": "Isi"}) if name.endswith(".jsonl") else "<p>Isi</p>"
        path.write_text(content, encoding="utf-8")
    sources = [d.source for d in docs(str(tmp_path))]
    assert sources == [
        str(tmp_path / "a/c.html"),
        f"{tmp_path / 'a/d.jsonl'}:1",
        str(tmp_path / "b.txt"),
    ]


def test_empty_directory(tmp_path: Path) -> None:
    [error] = docs(str(tmp_path))
    assert isinstance(error, ReadError) and "no files to read" in error.problem


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (ARTICLE.encode(), "text"),
        (b"<!DOCTYPE html><html><body><p>Isi</p></body></html>", "html"),
    ],
)
def test_stdin_text_and_html(data: bytes, kind: str) -> None:
    doc = only_document("-", stdin=data)
    assert doc.source == "-"
    assert (doc.html if kind == "html" else doc.text) == data.decode()


def test_stdin_jsonl() -> None:
    data = json.dumps({"text": "Satu"}) + "\n{oops}\n" + json.dumps({"id": "c", "text": "Tiga"})
    items = docs("-", stdin=data.encode())
    assert [i.source for i in items] == ["-:1", "-:2", "c"]
    assert isinstance(items[1], ReadError)


def test_stdin_empty() -> None:
    [error] = docs("-", stdin=b"")
    assert isinstance(error, ReadError) and error.source == "-"


@pytest.mark.parametrize(
    ("content", "field"),
    [("<html><body>x</body></html>", "html"), ('{"text": "Isi"}', "text"), ("Isi saja", "text")],
)
def test_unknown_suffix_is_sniffed(tmp_path: Path, content: str, field: str) -> None:
    path = tmp_path / "berita"
    path.write_text(content, encoding="utf-8")
    doc = only_document(str(path))
    assert getattr(doc, field) is not None


def test_stdin_too_large() -> None:
    [error] = docs("-", stdin=b"a" * (25 * 1024 * 1024))
    assert isinstance(error, ReadError) and error.problem.startswith("too large")


def test_jsonl_field_names_of_other_scrapers(tmp_path: Path) -> None:
    rows = [
        # news-please
        {"maintext": "Isi berita.", "date_publish": "2024-03-12 10:00:00", "url": "https://a.id/1"},
        # trafilatura JSON
        {"raw_text": "Isi kedua.", "date": "2024-03-13", "sitename": "Kompas", "title": "T"},
        # a Scrapy item with the paragraphs as a list and the page as HTML beside none
        {"_id": "x9", "content": ["Paragraf satu.", "Paragraf dua."], "link": "https://b.id/2"},
        {"raw_html": "<p>Isi</p>", "headline": "H"},
    ]
    path = tmp_path / "other.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    got = docs(str(path))
    assert [(d.text, d.published, d.url) for d in got[:1]] == [
        ("Isi berita.", "2024-03-12 10:00:00", "https://a.id/1")
    ]
    assert (got[1].text, got[1].published, got[1].outlet, got[1].title) == (
        "Isi kedua.", "2024-03-13", "Kompas", "T",
    )  # fmt: skip
    assert (got[2].source, got[2].text, got[2].url) == (
        "x9", "Paragraf satu.\n\nParagraf dua.", "https://b.id/2",
    )  # fmt: skip
    assert (got[3].html, got[3].text, got[3].title) == ("<p>Isi</p>", None, "H")


def test_csv_and_tsv_exports(tmp_path: Path) -> None:
    import csv

    path = tmp_path / "export.csv"
    with path.open("w", encoding="utf-8", newline="") as out:
        rows = csv.writer(out)
        rows.writerow(["id", "title", "text", "html", "url"])
        rows.writerow(
            ["a1", "Judul", "Isi berita,\n\ndengan koma dan baris.", "", "https://a.id/1"]
        )
        rows.writerow(["a2", "", "", "<p>Isi halaman</p>", ""])
        rows.writerow(["", "", "", "", ""])  # a blank row is skipped
        rows.writerow(["a3", "Tanpa isi", "", "", ""])
    got = docs(str(path))
    assert isinstance(got[0], Document) and isinstance(got[1], Document)
    assert (got[0].source, got[0].title, got[0].text, got[0].url) == (
        "a1", "Judul", "Isi berita,\n\ndengan koma dan baris.", "https://a.id/1",
    )  # fmt: skip
    assert (got[1].source, got[1].html, got[1].text) == ("a2", "<p>Isi halaman</p>", None)
    assert isinstance(got[2], ReadError) and got[2].source == f"{path}:7"  # a1 spans 3 lines
    assert got[2].problem == 'record has neither "text" nor "html"'
    tsv = tmp_path / "export.tsv.gz"
    tsv.write_bytes(gzip.compress(b"id\ttext\nt1\tIsi satu\n"))
    [one] = docs(str(tsv))
    assert isinstance(one, Document) and (one.source, one.text) == ("t1", "Isi satu")


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (b"", "empty file (no header row)"),
        (b"judul,isi\nA,B\n", 'no "text" or "html" column (the header has: judul, isi)'),
    ],
)
def test_csv_without_articles(tmp_path: Path, content: bytes, problem: str) -> None:
    path = tmp_path / "x.csv"
    path.write_bytes(content)
    [err] = docs(str(path))
    assert isinstance(err, ReadError) and err.problem == problem


def test_a_cp1252_row_is_decoded_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "x.csv"
    path.write_bytes("id,text\n1,Isi “kutipan”\n".encode() + b"2,Caf\xe9 \x93baru\x94\n3,Lagi\n")
    one, two, three = docs(str(path))
    assert isinstance(one, Document) and one.text == "Isi “kutipan”" and not one.warnings
    assert isinstance(two, Document) and two.text == "Café “baru”"
    assert two.warnings == ("row is not valid UTF-8; decoded as cp1252",)
    assert isinstance(three, Document) and three.text == "Lagi"


def test_a_row_decoded_as_latin1_says_so_and_keeps_its_valid_cells(tmp_path: Path) -> None:
    # 0x81 is undefined in cp1252, so the row falls back to latin-1; the title cell is valid
    # UTF-8 and stays as written.
    path = tmp_path / "x.csv"
    path.write_bytes(b"id,title,text\n" + "1,Kafé,".encode() + b"Isi \x81 berita\n")
    [doc] = docs(str(path))
    assert isinstance(doc, Document) and doc.title == "Kafé" and doc.text == "Isi \x81 berita"
    assert doc.warnings == ("row is not valid UTF-8; decoded as latin-1",)
