"""The Indonesian news-date parser."""

from __future__ import annotations

import datetime as dt

import pytest

from warta.meta.dates import DateGrammar, normalise_iso


@pytest.fixture(scope="module")
def grammar() -> DateGrammar:
    return DateGrammar.load()


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Jumat, 14 Jul 2017 19:19 WIB", "2017-07-14T19:19:00+07:00"),
        ("14/07/2017, 19:19 WIB", "2017-07-14T19:19:00+07:00"),
        ("Rabu, 31 Agustus 2016 01:30 WITA", "2016-08-31T01:30:00+08:00"),
        ("Minggu, 12 November 2017 19.32 WIT", "2017-11-12T19:32:00+09:00"),
        ("Kompas.com, 3 September 2016, 00:00 WIB", "2016-09-03T00:00:00+07:00"),
        ("Diperbarui 03/09/2016, 04:02 WIB", "2016-09-03T04:02:00+07:00"),
        ("CNN Indonesia | Senin, 04/09/2017 17:43 WIB", "2017-09-04T17:43:00+07:00"),
        ("Kamis, 26 Agustus 2021 | 10:43 WIB", "2021-08-26T10:43:00+07:00"),
        ("Oleh Fikri pada 22 Apr 2017, 06:45 WIB", "2017-04-22T06:45:00+07:00"),
        ("Selasa, 15 Agu 2017 06:30 WIB", "2017-08-15T06:30:00+07:00"),
        ("22 Januari 2018", "2018-01-22"),
        ("2018-01-22T10:00:00+07:00", "2018-01-22T10:00:00+07:00"),
        # English-language pages (The Jakarta Post style, wires): month first, 12-hour clock
        ("November 18, 2019", "2019-11-18"),
        ("Monday, Nov. 18, 2019 7:45 pm PST", "2019-11-18T19:45:00-08:00"),
        ("Updated: December 1st, 2026 12:05 AM", "2026-12-01T00:05:00+07:00"),
        ("Oct. 6, 2018 at 11:20 a.m. WIB", "2018-10-06T11:20:00+07:00"),
        # the NSTP papers (Berita Harian, Harian Metro): "@" before the time
        ("Oleh Amin Said - Jun 12, 2024 @ 11:32am", "2024-06-12T11:32:00+07:00"),
    ],
)
def test_find(grammar: DateGrammar, text: str, iso: str) -> None:
    found = grammar.find(text)
    assert found is not None and found.iso == iso


def test_no_default_offset_leaves_a_local_time(grammar: DateGrammar) -> None:
    found = grammar.find("26.04.2024, 20:44", default_offset=None)
    assert found is not None and found.iso == "2024-04-26T20:44:00"
    assert normalise_iso("2024-04-26T20:44:00", grammar, None) == "2024-04-26T20:44:00"


@pytest.mark.parametrize("text", ["tanpa tanggal", "31 Februari 2017 10:00 WIB", "Rabu (24/8)", ""])
def test_no_date(grammar: DateGrammar, text: str) -> None:
    assert grammar.find(text) is None


def test_relative_needs_reference(grammar: DateGrammar) -> None:
    assert grammar.find("2 jam lalu") is None
    ref = dt.datetime(2020, 1, 1, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=7)))
    found = grammar.find("2 jam lalu", ref)
    assert found is not None and found.iso == "2020-01-01T08:00:00+07:00"


@pytest.mark.parametrize(
    ("value", "iso"),
    [
        ("2017-07-14T12:19:00Z", "2017-07-14T12:19:00+00:00"),
        ("2017-07-14 19:19", "2017-07-14T19:19:00+07:00"),
        ("2017-07-14", "2017-07-14"),
        ("Jumat, 14 Jul 2017 19:19 WIB", "2017-07-14T19:19:00+07:00"),
        ("rubbish", None),
        (None, None),
    ],
)
def test_normalise_hint(grammar: DateGrammar, value: str | None, iso: str | None) -> None:
    assert normalise_iso(value, grammar) == iso
