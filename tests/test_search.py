"""Search: stemmed matching, filters, and no FTS5 syntax error on any user string."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from warta.store import Store
from warta.store.ingest import ingest

FILLER = (
    " Kegiatan itu disaksikan oleh banyak orang yang datang dari berbagai daerah sekitar."
    " Pihak berwenang menyatakan akan terus memantau perkembangan situasi dalam beberapa hari ke depan."
)
ARTICLES = {
    "a.txt": "Rusia normalisasi hubungan\n\nPemerintah Rusia ingin normalisasi hubungan dengan"
    " pemerintahan baru di Kabul, kata juru bicara kementerian luar negeri." + FILLER,
    "b.txt": "Banjir rob di Pekalongan\n\nBanjir rob kembali merendam permukiman warga pesisir"
    " Pekalongan sejak Senin pagi, menurut petugas penanggulangan bencana." + FILLER,
    "c.txt": "Café baru dibuka\n\nSebuah café dibuka di Bandung oleh pengusaha muda yang ingin"
    " menghidupkan kembali kawasan kota tua dengan kopi lokal." + FILLER,
}


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Store:
    folder = tmp_path_factory.mktemp("corpus")
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    db = folder / "w.db"
    ingest([str(folder)], db, jobs=1, nlp=False)
    return Store.open(db, readonly=True)


def sources(hits: list) -> list[str]:  # type: ignore[type-arg]
    return [Path(h["source"]).name for h in hits]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("menormalisasi", ["a.txt"]),  # stem of the query matches the stem in the text
        ("normalisasi Rusia", ["a.txt"]),
        ("banjir", ["b.txt"]),
        ("cafe", ["c.txt"]),  # diacritics folded
        ("CAFÉ bandung", ["c.txt"]),
        ("banjir rusia", []),  # every word must match
        ("", []),
        ('"', []),
    ],
)
def test_search_finds(store: Store, query: str, expected: list[str]) -> None:
    assert sources(store.search(query)) == expected


def test_count_search(store: Store) -> None:
    assert store.count_search("banjir") == 1
    assert store.count_search("") == 0
    assert store.count_stories() == 3


def test_snippet_marks_match(store: Store) -> None:
    (hit,) = store.search("pekalongan")
    assert "[Pekalongan]" in hit["snippet"]


def test_filters(store: Store) -> None:
    assert store.search("banjir", since="2999-01-01") == []
    assert store.search("banjir", outlet="nowhere") == []
    story = store.search("banjir")[0]["story_id"]
    assert sources(store.search("banjir", story=story)) == ["b.txt"]


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=60))
def test_any_query_is_safe(store: Store, query: str) -> None:
    store.search(query)


@settings(max_examples=50, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                '"',
                "*",
                "AND",
                "OR",
                "NOT",
                "NEAR",
                "(",
                ")",
                ":",
                "^",
                "-",
                "+",
                "{",
                "}",
                "title:",
                "x",
            ]
        ),
        max_size=12,
    )
)
def test_fts_operators_are_quoted(store: Store, parts: list[str]) -> None:
    store.search(" ".join(parts))
    store.search("".join(parts))
