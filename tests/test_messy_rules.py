"""The rules written for pasted text (tests/messy): PDF unwrapping, a chat message's dress, a
combined header line, release datelines and end marks, regional-language text."""

from __future__ import annotations

import pytest

import warta
from warta import meta
from warta.clean import undecorated
from warta.clean.headerline import header_parts
from warta.clean.resources import CleanResources
from warta.clean.roles import pattern_role
from warta.clean.wrapped import unwrap


@pytest.fixture(scope="module")
def res() -> CleanResources:
    return CleanResources.load()


WRAPPED = """KORAN, RABU, 4 SEPTEMBER 2024 | 3

Warga Desa Sukamaju mulai memanen padi
di sawah yang sempat terendam banjir. Menu-
rut kepala desa, hasil panen turun karena
masing-
masing petak kekurangan pupuk dan air
KORAN, RABU, 4 SEPTEMBER 2024 | 3
surut terlambat di wilayah Cianjur-
Sukabumi.

Pemerintah kabupaten menyiapkan bantuan
benih untuk musim tanam berikutnya.
"""


def test_unwrap_joins_paragraphs_and_mends_hyphenation() -> None:
    out = unwrap(WRAPPED).split("\n\n")
    assert out[0] == "KORAN, RABU, 4 SEPTEMBER 2024 | 3"
    assert out[1] == "KORAN, RABU, 4 SEPTEMBER 2024 | 3"  # the repeat goes before its paragraph
    assert out[2].startswith("Warga Desa Sukamaju mulai memanen padi di sawah")
    assert "Menurut kepala desa" in out[2]  # a word cut at the line's end is mended
    assert "masing-masing petak" in out[2]  # a word's own hyphen stays
    assert "Cianjur-Sukabumi." in out[2]  # a capital after the hyphen: a compound
    assert (
        out[3].strip()
        == "Pemerintah kabupaten menyiapkan bantuan benih untuk musim tanam berikutnya."
    )
    assert unwrap(unwrap(WRAPPED)) == unwrap(WRAPPED)


def test_unwrap_leaves_a_scraped_page_alone() -> None:
    page = "\n".join(
        ["Judul Berita di Sini", "Penulis: Budi Santoso", "kumparanNEWS", "waktu baca 2 menit"]
        + [f"Paragraf {n} berisi kalimat yang cukup panjang untuk sebuah berita." for n in range(8)]
    )
    assert unwrap(page) == page


@pytest.mark.parametrize(
    ("line", "shown"),
    [
        ("⚠️ *INFO CUACA* ⚠️", "INFO CUACA"),
        ("_Sumber: detik.com_", "Sumber: detik.com"),
        ("🔴 Harga Beras Turun", "Harga Beras Turun"),
        ("Harga *cabai* naik lagi", "Harga *cabai* naik lagi"),  # inline bold stays
        ("Senin pagi.***", "Senin pagi.***"),  # an end mark is no dress
    ],
)
def test_undecorated(line: str, shown: str) -> None:
    assert undecorated(line) == shown


def test_header_parts(res: CleanResources) -> None:
    combined = [(1, "Harga Cabai di Pasar Turun Lagi | Dewi Lestari | Senin, 2 Sep 2024 09:00 WIB")]
    assert [t for _, t in header_parts(combined, res)] == [
        "Harga Cabai di Pasar Turun Lagi",
        "Dewi Lestari",
        "Senin, 2 Sep 2024 09:00 WIB",
    ]
    for line in (
        "Penulis: Andi | Editor: Rina",
        "Home | Berita | Nasional",
        "Rabu, 4 September 2024 | 10:30 WIB",
    ):
        assert header_parts([(1, line)], res) == [(1, line)]


def test_a_date_keeps_one_separator(res: CleanResources) -> None:
    assert not res.dates.has_date("Nomor: SP.112/HM.01.02/2024")
    assert res.dates.has_date("14.07.2017") and res.dates.has_date("14/07/2017")


def test_release_dateline_gives_place_and_date(res: CleanResources) -> None:
    dl, rest = meta.split_dateline(
        "Jakarta, 4 September 2024 – Kementerian meluncurkan program.", res
    )
    assert dl is not None and dl.place == "Jakarta" and rest.startswith("Kementerian")
    text = (
        "Program Baru Diluncurkan di Jakarta\n"
        "Jakarta, 4 September 2024 – Kementerian meluncurkan program desa wisata digital yang "
        "menyasar lima puluh desa di lima belas provinsi.\n"
    )
    assert warta.read(text, nlp=False).published == "2024-09-04"


def test_read_more_with_an_address_is_no_headline(res: CleanResources) -> None:
    tg = pattern_role("Baca selengkapnya: https://www.antaranews.com/berita/1/x", res)
    assert tg is not None and tg.role == "boilerplate"
    tg = pattern_role("Baca selengkapnya: Harga Beras Turun di Semarang", res)
    assert tg is not None and tg.role == "related"


def test_nothing_after_an_end_mark_is_the_story() -> None:
    text = (
        "Kementerian Luncurkan Program Desa Wisata Digital\n"
        "Kementerian meluncurkan program desa wisata digital yang menyasar lima puluh desa wisata "
        "di lima belas provinsi untuk memperluas pemasaran paket wisata.\n"
        "Program ini juga memberi pelatihan pengelolaan reservasi daring bagi pengelola desa.\n"
        "###\n"
        "Kepala Biro Komunikasi Kemenparekraf/Baparekraf\n"
    )
    art = warta.read(text, nlp=False)
    assert art.captions == ()
    assert art.removed[-1].role == "boilerplate"


JAVANESE = (
    "Ewonan warga Kutha Surabaya mbanjiri dalan-dalan ing tengah kutha nalika kirab budaya mapag "
    "taun anyar Jawa. Kirab kasebut diwiwiti saka Balai Kota lan pungkasan ing Tugu Pahlawan. "
    "Warga sing nonton wis padha ngenteni ing pinggir dalan wiwit sore."
)
INDONESIAN_WITH_A_QUOTE = (
    "Wali Kota Surabaya mengatakan kirab budaya itu digelar untuk melestarikan budaya Jawa di "
    "tengah kota besar. Ia menyebut semboyan 'ora obah ora mamah' yang sering diucapkan warga "
    "ketika bekerja, dan mengajak anak muda untuk mengenal tradisi mereka sendiri."
)


def test_regional_language_is_other(res: CleanResources) -> None:
    assert meta.language(JAVANESE, res) == "other"
    assert meta.language(INDONESIAN_WITH_A_QUOTE, res) == "id"


def test_a_removed_line_keeps_its_dress_for_the_audit() -> None:
    sentence = "Pemerintah kota menyiapkan bantuan bagi warga yang terdampak banjir pekan ini."
    text = f"⚠️ *INFO CUACA* ⚠️\nJudul Berita Banjir di Kota\n{sentence}\n{sentence}\nMohon disebarkan 🙏"
    article = warta.read(text, nlp=False)
    removed = [line.text for line in article.removed]
    assert "⚠️ *INFO CUACA* ⚠️" in removed and "Mohon disebarkan 🙏" in removed
