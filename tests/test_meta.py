"""Datelines, wire credits, cited media, names and outlets."""

from __future__ import annotations

import pytest

from warta import meta
from warta.clean.resources import CleanResources
from warta.model import Dateline


@pytest.fixture(scope="module")
def res() -> CleanResources:
    return CleanResources.load()


@pytest.mark.parametrize(
    ("text", "dateline", "rest"),
    [
        ("Jakarta, IDN Times - Isi.", Dateline("Jakarta", "IDN Times"), "Isi."),
        ("SuaraJawaTengah.id - Isi.", Dateline(None, "SuaraJawaTengah.id"), "Isi."),
        ("TRIBUN-BALI.COM, JAKARTA - Isi.", Dateline("JAKARTA", "TRIBUN-BALI.COM"), "Isi."),
        ("KOMPAS.com - Isi.", Dateline(None, "KOMPAS.com"), "Isi."),
        ("Liputan6.com, Jakarta - Isi.", Dateline("Jakarta", "Liputan6.com"), "Isi."),
        ("Jakarta, CNN Indonesia -- Isi.", Dateline("Jakarta", "CNN Indonesia"), "Isi."),
        ("JAKARTA, KOMPAS.com - Isi.", Dateline("JAKARTA", "KOMPAS.com"), "Isi."),
        ("Jakarta (ANTARA) - Isi.", Dateline("Jakarta", "ANTARA"), "Isi."),
        (
            "Sukabumi, Jawa Barat (ANTARA News) - Isi.",
            Dateline("Sukabumi, Jawa Barat", "ANTARA News"),
            "Isi.",
        ),
        ("JAKARTA – Isi.", Dateline("JAKARTA", None), "Isi."),
        ("SAMARINDA–Hujan deras.", Dateline("SAMARINDA", None), "Hujan deras."),
        ("JAKARTA–BANDUNG ditempuh dua jam.", None, "JAKARTA–BANDUNG ditempuh dua jam."),
        # a dash touching the text after an upper-case known place (Kaltim Post); a route stays
        ("SAMARINDA–Pemerintah kota.", Dateline("SAMARINDA", None), "Pemerintah kota."),
        ("Jakarta–Bandung kini dua jam.", None, "Jakarta–Bandung kini dua jam."),
        ("Pemerintah menyatakan hal itu.", None, "Pemerintah menyatakan hal itu."),
        # a known place and a full stop (Jakarta Globe); a short sentence is no dateline
        ("Jakarta. Indonesia will.", Dateline("Jakarta", None), "Indonesia will."),
        ("Selamat pagi. Hari ini cerah.", None, "Selamat pagi. Hari ini cerah."),
    ],
)
def test_dateline(res: CleanResources, text: str, dateline: Dateline | None, rest: str) -> None:
    assert meta.split_dateline(text, res) == (dateline, rest)


@pytest.mark.parametrize(
    ("text", "rest", "agencies"),
    [
        ("Kata dia. [ANTARA]", "Kata dia.", ["ANTARA"]),
        ("Kata dia. (Antara)", "Kata dia.", ["ANTARA"]),
        ("Kata dia. (ant/ant)", "Kata dia.", ["ANTARA"]),
        ("Kata dia. (nvl/nvl)", "Kata dia.", []),
        ("Kata dia. (Reuters)", "Kata dia.", ["Reuters"]),
        ("Kata dia (Tom Hanks).", "Kata dia (Tom Hanks).", []),
    ],
)
def test_strip_credits(res: CleanResources, text: str, rest: str, agencies: list[str]) -> None:
    assert meta.strip_credits(text, res) == (rest, agencies)


@pytest.mark.parametrize(
    ("body", "cited"),
    [
        ("kata Putin, dilansir The Moscow Times.", ("The Moscow Times",)),
        ("demikian Putin seperti dikutip media China.", ("media China",)),
        ("seperti dikutip dari Reuters, Senin.", ("Reuters",)),
        ("Tidak ada sumber di sini.", ()),
        ("Kata itu tidakdikutip Reuters.", ()),  # a cue inside a longer word is no cue
        ("Dilansir dari Reuters, pasukan mundur.", ("Reuters",)),  # a cue opening a sentence
        ("Dikutip dari laman resmi BMKG, hujan turun.", ("BMKG",)),
    ],
)
def test_cited_media(res: CleanResources, body: str, cited: tuple[str, ...]) -> None:
    assert meta.cited_media(body, res) == cited


def test_outlet_from_url(res: CleanResources) -> None:
    assert res.outlets.from_url("https://bali.tribunnews.com/2020/x") == "Tribunnews"
    assert res.outlets.from_url("https://example.org/") is None


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Pemerintah daerah menyiapkan anggaran tambahan untuk perbaikan jalan yang rusak.", "id"),
        ("The government prepared an additional budget to repair the damaged roads.", "en"),
        ("Правительство подготовило дополнительный бюджет для ремонта дорог.", "other"),
    ],
)
def test_language(res: CleanResources, text: str, lang: str) -> None:
    assert meta.language(text, res) == lang


MALAY = (
    "Kerajaan akan menyediakan peruntukan tambahan bagi membaiki jalan yang rosak di negeri ini, "
    "kata Menteri Kerja Raya semalam. Beliau berkata kerja-kerja pembaikan akan bermula selepas "
    "musim hujan kerana keadaan cuaca yang tidak menentu dan pihak berkuasa perlu bersedia."
)
INDONESIAN = (
    "Jakarta - Pemerintah akan menyiapkan anggaran tambahan untuk perbaikan jalan yang rusak di "
    "provinsi itu, kata menteri pada Senin. Ia mengatakan bahwa perbaikan akan dimulai setelah "
    "musim hujan karena cuaca tidak menentu dan pemerintah daerah juga harus bersiap."
)


def test_the_word_check_answers_only_for_sure_indonesian(res: CleanResources) -> None:
    # The cheap check says Indonesian only where langid says so too; a Malay form sends the
    # text on to langid, which tells Malay.
    assert meta.surely_indonesian(INDONESIAN, res.language_words)
    assert meta._rank_language(INDONESIAN, res) == "id"
    assert not meta.surely_indonesian(MALAY, res.language_words)
    assert meta.language(MALAY, res) == "ms"
    english = "The government said on Monday that the roads would be repaired after the rains."
    assert not meta.surely_indonesian(english, res.language_words)


# Malaysian news openings (written for warta in the styles of Berita Harian, Harian Metro and
# Bernama): none carries "boleh" or "lepas", which Indonesian uses as much, yet each has a Malay
# form the check knows or too few Indonesian-only words.
MALAY_NEWS = [
    "KUALA LUMPUR: Polis menahan dua lelaki tempatan bagi membantu siasatan kes samun di sebuah kedai serbaneka di Cheras, awal pagi semalam. Ketua Polis Daerah berkata, kedua-dua suspek berusia 25 dan 31 tahun itu ditahan di sebuah rumah di Taman Connaught kira-kira jam 3 petang.",
    "Kerajaan negeri akan memperuntukkan RM50 juta bagi menaik taraf jalan luar bandar tahun depan, kata Menteri Besar. Menurutnya, projek itu dijangka siap dalam tempoh dua tahun dan akan memberi manfaat kepada lebih 30,000 penduduk di kawasan pedalaman.",
    "Harga minyak sawit mentah dijangka terus meningkat minggu ini susulan permintaan yang kukuh dari India dan China, menurut penganalisis. Seorang peniaga berkata, pasaran turut dipengaruhi oleh cuaca kering yang menjejaskan pengeluaran di beberapa negeri.",
    "PUTRAJAYA: Kementerian Kesihatan mengesahkan 12 kes baharu jangkitan denggi di Selangor sejak Isnin lalu. Dalam satu kenyataan hari ini, kementerian menasihatkan orang ramai supaya membersihkan kawasan rumah masing-masing bagi mengelakkan pembiakan nyamuk aedes.",
    "Pasukan bola sepak negara akan berdepan Thailand dalam perlawanan persahabatan di Stadium Nasional Bukit Jalil pada Sabtu ini. Jurulatih kebangsaan berkata, semua pemain berada dalam keadaan baik dan bersedia untuk memberikan persembahan terbaik di hadapan penyokong sendiri.",
    "Seorang warga emas maut manakala dua lagi cedera parah dalam kemalangan membabitkan tiga kenderaan di Lebuhraya Utara-Selatan berhampiran Tapah, petang tadi. Mangsa yang memandu sebuah kereta Proton Saga disahkan meninggal dunia di lokasi kejadian.",
]


@pytest.mark.parametrize("text", MALAY_NEWS)
def test_malaysian_news_goes_to_langid_and_reads_malay(res: CleanResources, text: str) -> None:
    assert not meta.surely_indonesian(text, res.language_words)
    assert meta.language(text, res) == "ms"


def test_organisation_bylines_are_not_authors(res: CleanResources) -> None:
    from warta.clean.roles import Tagged

    tags = [
        Tagged(
            1,
            "Tim Riset CNBC Indonesia, CNBC Indonesia",
            "byline",
            "Tim Riset CNBC Indonesia, CNBC Indonesia",
            "author",
        ),
        Tagged(2, "Penulis: Budi Santoso, Kompas.com", "byline", "x", "author"),
    ]
    assert meta.people(tags, res) == (("Budi Santoso",), ())
