"""Stories: dated events, time window, stable ids across ingests, summaries without repeats."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from warta.link.timeline import dated_events
from warta.store import Store
from warta.store.ingest import ingest


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("Xi menelepon Putin pada Rabu (24/8).", "2021-08-26T10:43:00+07:00", "2021-08-24"),
        ("Rapat digelar Selasa (28/12).", "2022-01-03T09:00:00+07:00", "2021-12-28"),
        ("Gempa terjadi Jumat (3/2/2023) malam.", None, "2023-02-03"),
        ("Sejak 24 Februari 2022 perang berlangsung.", None, "2022-02-24"),
    ],
)
def test_dated_events(text: str, published: str | None, expected: str) -> None:
    assert dated_events(text, published)[0] == (expected, text)


def test_dated_events_needs_a_year() -> None:
    assert dated_events("Rapat digelar Rabu (24/8).", None) == []
    assert dated_events("Tanggal 31/2 tidak ada.", "2021-08-26") == []


EVENT = [
    "Gubernur Sulawesi Selatan meresmikan jalur bus listrik pertama di Makassar pada Senin (6/3).",
    "Bus listrik itu melayani rute dari Bandara Sultan Hasanuddin menuju pusat kota Makassar.",
    "Gubernur mengatakan armada bus listrik akan ditambah menjadi dua puluh unit tahun depan.",
    "Tarif bus listrik ditetapkan lima ribu rupiah untuk sekali perjalanan bagi penumpang umum.",
]
REWRITE = [
    "Makassar kini punya bus listrik setelah peresmian oleh Gubernur Sulawesi Selatan, Senin (6/3).",
    "Rute bus listrik menghubungkan Bandara Sultan Hasanuddin dan pusat kota Makassar.",
    "Tarif bus listrik lima ribu rupiah sekali jalan, kata pejabat dinas perhubungan.",
    "Gubernur menyebut armada bus listrik bertambah menjadi dua puluh unit tahun depan.",
]


def record(source: str, sentences: list[str], published: str, outlet: str) -> str:
    return json.dumps(
        {"id": source, "text": "\n\n".join(sentences), "published": published, "outlet": outlet}
    )


def test_story_grows_across_ingests_and_keeps_its_id(tmp_path: Path) -> None:
    db = tmp_path / "w.db"
    first = tmp_path / "1.jsonl"
    first.write_text(record("a", EVENT, "2023-03-06T12:00:00+07:00", "Kabar A"), encoding="utf-8")
    ingest([str(first)], db, jobs=1, nlp=False)
    with Store.open(db, readonly=True) as store:
        (story,) = store.stories()
    second = tmp_path / "2.jsonl"
    second.write_text(
        "\n".join(
            [
                record("b", REWRITE, "2023-03-06T15:00:00+07:00", "Kabar B"),
                # the same words two weeks later: another event, another story
                record("c", REWRITE[::-1], "2023-03-21T15:00:00+07:00", "Kabar C"),
            ]
        ),
        encoding="utf-8",
    )
    ingest([str(second)], db, jobs=1, nlp=False)
    with Store.open(db, readonly=True) as store:
        stories = {s["story_id"]: s for s in store.stories()}
        assert stories[story["story_id"]]["articles"] == ["a", "b"]
        assert stories[story["story_id"]]["outlets"] == ["Kabar A", "Kabar B"]
        assert len(stories) == 2
        detail = store.story(story["story_id"])
        assert detail is not None
        summary = detail["summary"]
        assert len(summary) == len(set(summary)) and 1 <= len(summary) <= 3
        assert detail["timeline"][0]["date"] == "2023-03-06"
        assert len(detail["timeline"]) == 1  # the same event told twice is one entry
