"""Sentence and token splitting of Indonesian news text."""

from __future__ import annotations

import pytest

from warta.nlp import split_sentences, tokenize


def _sents(text: str) -> list[str]:
    return [text[s.start : s.end] for s in split_sentences(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ia datang. Lalu pergi.", ["Ia datang.", "Lalu pergi."]),
        ("Tarif Rp5.000 per orang. Mulai Juli.", ["Tarif Rp5.000 per orang.", "Mulai Juli."]),
        (
            "Dr. Budi dan Prof. Ani hadir. Mereka senang.",
            ["Dr. Budi dan Prof. Ani hadir.", "Mereka senang."],
        ),
        ("H. Zulkifli Hasan, S.H., M.Si. datang.", ["H. Zulkifli Hasan, S.H., M.Si. datang."]),
        (
            "Ia tinggal di Jl. Sudirman No. 5 sejak lama.",
            ["Ia tinggal di Jl. Sudirman No. 5 sejak lama."],
        ),
        (
            "Harganya Rp 1.000 atau 3,5 persen. Naik lagi.",
            ["Harganya Rp 1.000 atau 3,5 persen.", "Naik lagi."],
        ),
        ("Beli buah, sayur, dll. Kemudian pulang.", ["Beli buah, sayur, dll.", "Kemudian pulang."]),
        ("Ia diam... lalu pergi. Besok kembali.", ["Ia diam... lalu pergi.", "Besok kembali."]),
        ("Ia diam... Besok kembali.", ["Ia diam...", "Besok kembali."]),
        (
            '"Kami siap. Kami datang," kata dia. Lalu pulang.',
            ['"Kami siap.', 'Kami datang," kata dia.', "Lalu pulang."],
        ),
        ('Ia berkata. "Kami siap!" Lalu pulang.', ["Ia berkata.", '"Kami siap!"', "Lalu pulang."]),
        ("B. J. Habibie lahir di Parepare.", ["B. J. Habibie lahir di Parepare."]),
        (
            "Lihat https://www.detik.com/a.html. Lalu baca.",
            ["Lihat https://www.detik.com/a.html.", "Lalu baca."],
        ),
        ("Satu\n\nDua tanpa titik", ["Satu", "Dua tanpa titik"]),
        ("", []),
    ],
)
def test_split_sentences(text: str, expected: list[str]) -> None:
    assert _sents(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rp 1.000.000", ["Rp", "1.000.000"]),
        ("Rp5.000 dan US$1,5 juta.", ["Rp5.000", "dan", "US$1,5", "juta", "."]),
        ("3,5%", ["3,5", "%"]),
        ("twitter.com/KremlinRussia_E.", ["twitter.com/KremlinRussia_E", "."]),
        ("a.n. Budi", ["a.n.", "Budi"]),
        ("ke-11 dan masing-masing", ["ke-11", "dan", "masing-masing"]),
        ('"operasi militer"', ['"', "operasi", "militer", '"']),
    ],
)
def test_tokenize(text: str, expected: list[str]) -> None:
    toks = tokenize(text)
    assert [t.text for t in toks] == expected
    assert all(text[t.start : t.end] == t.text for t in toks)
