"""Canonical actors: short mentions join full names, places normalise through gazetteers."""

from __future__ import annotations

from collections import Counter

import pytest

from warta.nlp import NlpResources, find_entities
from warta.nlp.actors import _near_name, _near_single, _trim_org_lead, role_owner


@pytest.fixture(scope="module")
def res() -> NlpResources:
    return NlpResources.load()


@pytest.mark.parametrize(
    ("text", "surface", "label", "canonical", "code"),
    [
        ("Vladimir Putin tiba. Putin lalu pulang.", "Putin", "PER", "Vladimir Putin", None),
        ("Presiden China Xi Jinping menelepon. Xi lalu diam.", "Xi", "PER", "Xi Jinping", None),
        ("Ia terbang ke Russia kemarin.", "Russia", "LOC", "Rusia", "RU"),
        ("Delegasi Tiongkok datang.", "Tiongkok", "LOC", "China", "CN"),
        ("Hubungan dengan RRT membaik.", "RRT", "LOC", "China", "CN"),
        ("Harga dolar AS naik.", "AS", "LOC", "Amerika Serikat", "US"),
        ("Pasukan dari Amerika Serikat mundur.", "Amerika Serikat", "LOC", "Amerika Serikat", "US"),
        ("Utusan Korsel tiba.", "Korsel", "LOC", "Korea Selatan", "KR"),
        ("Warga Palestina berdemo.", "Palestina", "LOC", "Palestina", "PS"),
        ("Banjir melanda Jawa Tengah kemarin.", "Jawa Tengah", "LOC", "Jawa Tengah", "33"),
        ("Banjir melanda Jateng kemarin.", "Jateng", "LOC", "Jawa Tengah", "33"),
        (
            "Ia tinggal di Kabupaten Bandung sejak kecil.",
            "Kabupaten Bandung",
            "LOC",
            "Kabupaten Bandung",
            "32.04",
        ),
        ("Ia tinggal di Kota Bandung sejak kecil.", "Kota Bandung", "LOC", "Bandung", "32.73"),
        ("Gempa di Provinsi Paktika merusak rumah.", "Paktika", "LOC", "Paktika", None),
        ("Pemerintahan Taliban mengecam.", "Taliban", "ORG", "Taliban", None),
    ],
)
def test_canonical(
    text: str, surface: str, label: str, canonical: str, code: str | None, res: NlpResources
) -> None:
    ents = find_entities(text, res)
    hits = [e for e in ents if e.text == surface]
    assert hits, [(e.text, e.label) for e in ents]
    assert (hits[0].label, hits[0].canonical) == (label, canonical)
    if code is not None:
        assert hits[0].code == code


def test_role_owner(res: NlpResources) -> None:
    text = "Ketua Umum PAN Zulkifli Hasan datang ke Senayan."
    ents = find_entities(text, res)
    assert role_owner("Ketua Umum PAN", text, ents) == "Zulkifli Hasan"
    assert role_owner("Ketua DPR", text, ents) is None


def test_known_alias_and_degree(res: NlpResources) -> None:
    ents = find_entities(
        "Presiden Jokowi meresmikan jalan. Rektor Fathur Rokhman M.Hum. hadir.", res
    )
    by_text = {e.text: e.canonical for e in ents if e.label == "PER"}
    assert by_text == {"Jokowi": "Joko Widodo", "Fathur Rokhman": "Fathur Rokhman"}


@pytest.mark.parametrize(
    ("text", "surface", "canonical"),
    [
        ("Kombes Yusri Yunus datang. Yursi mengatakan polisi siaga.", "Yursi", "Yusri Yunus"),
        ('Adik Jupe, Nia Anggia tiba. "Nanti malam ya," ucap Anggi.', "Anggi", "Nia Anggia"),
    ],
)
def test_misspelt_mention_joins_full_name(
    text: str, surface: str, canonical: str, res: NlpResources
) -> None:
    found = [e.canonical for e in find_entities(text, res) if e.text == surface]
    assert found == [canonical]


def test_near_name_needs_one_candidate() -> None:
    full = [("Budi", "Santo"), ("Budi", "Santi")]
    assert _near_name("Santa", full) is None  # two names one edit away: no guess
    assert _near_name("Sanot", [("Budi", "Santo")]) == "Budi Santo"
    assert _near_name("Budi", full) is None  # not an edit
    assert _near_name("Ani", [("Budi", "Anis")]) is None  # too short to guess


def test_role_owner_by_a_shorter_role(res: NlpResources) -> None:
    text = "Kapolsek Cipondoh, Kompol Bayu Suseno datang ke lokasi."
    ents = find_entities(text, res)
    assert role_owner("Kapolsek", text, ents) == "Bayu Suseno"
    assert role_owner("Kapolres", text, ents) is None


def test_near_single_needs_the_more_frequent_name() -> None:
    assert _near_single("Arifi", Counter({"Arifin": 2, "Arifi": 1})) == "Arifin"
    assert _near_single("Rina", Counter({"Rini": 1, "Rina": 1})) is None


def test_person_span_after_an_organisation_name(res: NlpResources) -> None:
    from warta.nlp.entities import Mention, sentence_tokens
    from warta.nlp.sentences import split_sentences

    text = "Dana dari MDI Ventures masuk. Direktur MDI Ventures Nicko Widjaja senang."
    toks = sentence_tokens(text, split_sentences(text, res.tokenizer), res)
    words = [t.text for t in toks[1]]
    org = Mention(0, 2, 4, "ORG", toks[0][2].start, toks[0][3].end, "MDI Ventures", None)
    mdi = Mention(1, 1, 2, "ORG", toks[1][1].start, toks[1][1].end, "MDI", None)
    i = words.index("Ventures")
    per = Mention(
        1, i, i + 3, "PER", toks[1][i].start, toks[1][i + 2].end, "Ventures Nicko Widjaja", None
    )
    out = _trim_org_lead(text, toks, [org, mdi, per])
    assert out[-1].text == "Nicko Widjaja"


def test_short_form_of_a_name_word() -> None:
    assert _near_name("Sandi", [("Sandiaga", "Uno")]) == "Sandiaga Uno"
    assert _near_name("Alex", [("Alexander", "Marwata")]) == "Alexander Marwata"
    assert _near_name("Ari", [("Arief", "Yahya")]) is None  # too short to be sure


def test_spelling_variant_of_a_full_name(res: NlpResources) -> None:
    text = (
        "Kepala Dinas Budi Santosa Wiryono datang pagi tadi. Kemudian Budi Santoso Wiryono"
        " pulang ke Bandung."
    )
    people = {e.text: e.canonical for e in find_entities(text, res) if e.label == "PER"}
    assert set(people.values()) == {"Budi Santosa Wiryono"}
