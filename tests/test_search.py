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


def test_rank_window_ranks_latest_matches_only(store: Store) -> None:
    """A query matching more articles than the window is ranked among its latest-ingested
    matches; the count still counts them all, and a page past the window is not empty."""
    from warta.store import queries
    from warta.store.search import search

    where = queries.filters(None, None, None, None, None)
    everything = search(store.db, "pihak", where, rank_window=None)
    latest = max(h["id"] for h in everything)
    windowed = search(store.db, "pihak", where, rank_window=1, limit=1)
    assert [h["id"] for h in windowed] == [latest]
    assert store.count_search("pihak") == len(everything) == 3
    deeper = search(store.db, "pihak", where, rank_window=1, limit=1, offset=1)
    assert len(deeper) == 1 and deeper[0]["id"] in {latest, latest - 1}


def test_outlet_facets_use_the_covering_index(store: Store) -> None:
    plan = store.db.execute(
        "EXPLAIN QUERY PLAN SELECT a.outlet FROM search JOIN articles a INDEXED BY "
        "articles_id_outlet ON a.id = search.rowid WHERE search MATCH 'pihak'"
    ).fetchall()
    assert any("articles_id_outlet" in str(tuple(row)) for row in plan)
    assert sum(row["count"] for row in store.search_outlets("pihak")) <= 3
