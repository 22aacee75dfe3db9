"""Pages flattened onto one line (every line break a space) are cut back into lines."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from warta.clean import read_text
from warta.clean.flat import FLAT_MAX_CHARS, FLAT_MIN_CHARS, is_flat, unflatten
from warta.clean.resources import CleanResources
from warta.model import PageHints

TITLE = "Petani Kopi Lereng Merapi Panen Lebih Awal"
PARAGRAPHS = [
    "Para petani kopi di lereng Gunung Merapi mulai memanen buah kopi lebih awal tahun ini. "
    "Musim kemarau yang panjang membuat buah kopi matang dua minggu lebih cepat dari biasanya.",
    "Ketua kelompok tani setempat, Slamet Riyadi, mengatakan hasil panen kali ini cukup baik. "
    '"Buahnya padat dan merah merata, pembeli dari kota sudah datang sejak pekan lalu," '
    "katanya saat ditemui di kebunnya, Rabu.",
    "Menurut dia, harga kopi arabika di tingkat petani naik menjadi Rp 60.000 per kilogram. "
    "Kenaikan itu membantu petani menutup biaya pupuk yang terus naik dalam dua tahun terakhir.",
    "Dinas pertanian kabupaten berencana membangun tempat pengeringan bersama di tiga desa. "
    "Dengan fasilitas itu petani tidak lagi bergantung pada cuaca untuk menjemur biji kopi.",
    "Kelompok tani juga mulai menjual kopi bubuk dengan merek sendiri melalui toko daring. "
    "Penjualan bulan lalu mencapai 300 kemasan, sebagian besar dibeli pelanggan dari Jakarta.",
]
RELATED = "Harga Cabai Turun Jelang Musim Hujan"
PAGE = [
    "Home » Ekonomi",
    TITLE,
    "Penulis: Dewi Lestari",
    "Editor: Bambang Prasetyo",
    "Kamis, 26 Agustus 2021 | 10:43 WIB",
    "Petani memetik kopi di lereng Merapi. (Foto: Dok. Kelompok Tani)",
    "SLEMAN, KOMPAS.com - " + PARAGRAPHS[0],
    PARAGRAPHS[1],
    "Baca juga: " + RELATED,
    PARAGRAPHS[2],
    "ADVERTISEMENT",
    "SCROLL TO CONTINUE WITH CONTENT",
    PARAGRAPHS[3],
    PARAGRAPHS[4],
    "Tags: kopi, petani, Merapi",
    "Copyright 2021 Kompas Cyber Media. All Rights Reserved.",
]


@pytest.fixture(scope="module")
def res() -> CleanResources:
    return CleanResources.load()


def _norm(text: str) -> str:
    return " ".join(re.sub(r"[\W_]+", " ", text.lower()).split())


def test_flattened_page_reads_like_the_page(res: CleanResources) -> None:
    flat = " ".join(PAGE)
    assert len(flat) >= FLAT_MIN_CHARS and is_flat(flat)
    art = read_text("t", flat, PageHints(), res)
    assert art.title == TITLE
    assert art.authors == ("Dewi Lestari",)
    assert art.editors == ("Bambang Prasetyo",)
    assert art.published == "2021-08-26T10:43:00+07:00"
    assert art.related == (RELATED,)
    assert art.dateline is not None and art.dateline.place == "SLEMAN"
    # the body is the paragraphs' words in order, nothing else (sentences may be lines)
    assert _norm(art.body) == _norm(" ".join(PARAGRAPHS))
    assert read_text("t", art.body, PageHints(), res).body == art.body


def test_flattened_page_reads_as_the_page_does(res: CleanResources) -> None:
    page = read_text("t", "\n".join(PAGE), PageHints(), res)
    flat = read_text("t", " ".join(PAGE), PageHints(), res)
    assert _norm(flat.body) == _norm(page.body)
    assert (flat.title, flat.authors, flat.published) == (page.title, page.authors, page.published)


def test_one_long_paragraph_stays_whole(res: CleanResources) -> None:
    """Only sentences, no page marker: a long paragraph, not a flattened page."""
    para = " ".join(PARAGRAPHS[1:] * 2)
    assert len(para) >= FLAT_MIN_CHARS
    assert unflatten(para, res) == para
    assert read_text("t", para, PageHints(), res).body == para


def test_short_text_is_never_flat(res: CleanResources) -> None:
    text = "Baca juga: Sesuatu. " + PARAGRAPHS[0]
    assert not is_flat(text) and unflatten(text, res) == text


_DEV = Path(__file__).resolve().parents[2] / "shared" / "data" / "scraped-dev" / "txt"
NORMAL_TEXTS = sorted((Path(__file__).parent / "outlets").glob("*.txt")) + sorted(
    _DEV.glob("*.txt")
)


@pytest.mark.parametrize("path", NORMAL_TEXTS, ids=lambda p: p.name)
def test_normal_texts_are_not_flat(path: Path, res: CleanResources) -> None:
    """Flattening detection never fires on pages with their line breaks (every dev text)."""
    text = path.read_text(encoding="utf-8")
    assert not is_flat(text)
    assert unflatten(text, res) is text


def test_a_one_line_dump_longer_than_any_article_is_left_as_it_is(res: CleanResources) -> None:
    # the cutting grows faster than the text: a 10 MB line must not take hours
    dump = "Baca juga: Harga Cabai Naik Lagi. Warga mengeluh di pasar. " * 2000
    assert len(dump) > FLAT_MAX_CHARS
    assert unflatten(dump, res) is dump
