"""Page layouts of outlets that are not in the dev data (written from their public page structure)."""

from __future__ import annotations

import pytest

from warta.clean import read_text
from warta.clean.resources import CleanResources
from warta.model import PageHints

DETIK = """detikNews
Berita
Polisi Tangkap Pelaku Pencurian Motor di Bekasi
Rizky Adha Mahendra - detikNews
Senin, 12 Jun 2023 14:25 WIB
0 komentar
BAGIKAN
Ilustrasi pencurian motor (Foto: Ilustrasi: Edi Wahyono/detikcom)
Jakarta - Polisi menangkap dua pelaku pencurian sepeda motor di kawasan Bekasi, Jawa Barat. Keduanya ditangkap setelah beraksi di sebuah perumahan.
Baca juga:
Polisi Ungkap Kasus Curanmor Jaringan Lintas Provinsi
ADVERTISEMENT
SCROLL TO CONTINUE WITH CONTENT
Dia menjelaskan, kedua pelaku sudah beraksi di lima lokasi berbeda dalam sebulan terakhir. Barang bukti berupa tiga sepeda motor turut disita.
Halaman selanjutnya: Modus pelaku
Simak Video "Video: Detik-detik Pencuri Motor Beraksi di Bekasi"
[Gambas:Video 20detik]
(rdp/imk)
pencurian motor
Berita Terkait
Polisi Tangkap Komplotan Curanmor
"""
KOMPAS = """Kompas.com
Nasional
Jokowi Resmikan Bendungan Baru di Jawa Tengah
Kompas.com - 05/07/2023, 10:15 WIB
Penulis Ardito Ramadhan | Editor Bagus Santosa
Lihat Foto
Presiden Joko Widodo saat meresmikan bendungan, Rabu (5/7/2023).
KOMPAS.com/ARDITO RAMADHAN
SEMARANG, KOMPAS.com - Presiden Joko Widodo meresmikan bendungan baru di Jawa Tengah pada Rabu (5/7/2023). Bendungan itu diharapkan mampu mengairi ribuan hektare sawah.
Baca juga: Jokowi Minta Pembangunan Bendungan Dipercepat
Menurut Jokowi, pemerintah akan terus membangun infrastruktur air di berbagai daerah agar produksi pangan meningkat.
Dapatkan update berita pilihan dan breaking news setiap hari dari Kompas.com. Mari bergabung di Grup Telegram "Kompas.com News Update", caranya klik link https://t.me/kompascomupdate, kemudian join.
Baca berita tanpa iklan. Gabung Kompas.com+
Tag
Jokowi
Copyright 2008 - 2023 PT. Kompas Cyber Media (Kompas Gramedia Digital Group). All Rights Reserved.
"""
TIRTO = """tirto.id - Pemerintah menaikkan harga bahan bakar minyak bersubsidi mulai Sabtu. Kenaikan ini disebut untuk menjaga anggaran negara tetap sehat.
Menteri Keuangan mengatakan subsidi energi sudah membengkak hingga ratusan triliun rupiah tahun ini.
Baca juga:
Harga BBM Naik, Ini Daftar Lengkapnya
Penulis: Andrian Pratama Taher
Editor: Maya Saputri
"""

NAME_DATE = """Bus Listrik Mulai Beroperasi di Makassar
Nur Fitriani - Senin, 3 Juni 2024 19:10 WITA
Makassar - Bus listrik rute bandara mulai beroperasi pada Senin dan dapat dinikmati gratis selama dua pekan pertama.
Pemerintah kota menargetkan dua puluh unit bus listrik beroperasi hingga akhir tahun ini.
"""


@pytest.fixture(scope="module")
def res() -> CleanResources:
    return CleanResources.load()


@pytest.mark.parametrize(
    ("text", "first", "last", "meta"),
    [
        (
            DETIK,
            "Polisi menangkap dua pelaku",
            "turut disita.",
            {"authors": ("Rizky Adha Mahendra",), "published": "2023-06-12T14:25:00+07:00"},
        ),
        (
            KOMPAS,
            "Presiden Joko Widodo meresmikan",
            "produksi pangan meningkat.",
            {
                "authors": ("Ardito Ramadhan",),
                "editors": ("Bagus Santosa",),
                "outlet": "KOMPAS.com",
            },
        ),
        (
            TIRTO,
            "Pemerintah menaikkan harga",
            "ratusan triliun rupiah tahun ini.",
            {"title": None, "outlet": "tirto.id", "editors": ("Maya Saputri",)},
        ),
        (
            NAME_DATE,
            "Bus listrik rute bandara",
            "hingga akhir tahun ini.",
            {"authors": ("Nur Fitriani",), "published": "2024-06-03T19:10:00+08:00"},
        ),
    ],
)
def test_layout(
    res: CleanResources, text: str, first: str, last: str, meta: dict[str, object]
) -> None:
    art = read_text("t", text, PageHints(), res)
    assert art.body.startswith(first) and art.body.endswith(last)
    assert all(p.role == "body" for p in art.paragraphs)
    for key, value in meta.items():
        assert getattr(art, key) == value
