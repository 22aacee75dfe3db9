"""Line roles, body assembly, robustness and idempotency of the text cleaner."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from warta.clean import read_text
from warta.clean.resources import CleanResources
from warta.clean.roles import pattern_role
from warta.model import PageHints, Paragraph

SENT = (
    "Pemerintah daerah menyiapkan anggaran tambahan untuk perbaikan jalan yang rusak akibat banjir "
    "pekan lalu, kata kepala dinas pekerjaan umum kepada wartawan."
)
JUNK = [
    "ADVERTISEMENT",
    "SCROLL TO CONTINUE WITH CONTENT",
    "Scroll untuk membaca artikel",
    "Load More",
    "Baca juga: Banjir Rendam Ribuan Rumah di Bekasi",
    "Ikuti kami di Google News",
    "Tags:",
    "Halaman selanjutnya",
    "Copyright © 2020 Kumparan. All Rights Reserved",
    "Home » Nasional",
    "Artikel ini telah tayang di Tribunnews.com dengan judul Banjir",
    "Penulis: Budi Santoso",
    "Editor: Siti Aminah",
    "Jumat, 14 Jul 2017 19:19 WIB",
    "Warga melintasi banjir di Bekasi. (ANTARA FOTO/Budi)",
]


@pytest.fixture(scope="module")
def res() -> CleanResources:
    return CleanResources.load()


def _page(*lines: str) -> str:
    return "\n\n".join(lines)


@pytest.mark.parametrize(
    ("line", "role"),
    [
        ("ADVERTISEMENT", "boilerplate"),
        ("SCROLL TO CONTINUE WITH CONTENT", "boilerplate"),
        ("Scroll untuk membaca artikel", "boilerplate"),
        ("Ikuti kami di Google News", "boilerplate"),
        ("Baca juga: Banjir Rendam Ribuan Rumah di Bekasi", "related"),
        ("Lihat juga: Banjir Rendam Ribuan Rumah", "related"),
        ("(Baca: Petugas Dilempari Batu)", "related"),
        ("Penulis: Budi Santoso", "byline"),
        ("Laporan Wartawan Tribun Bali, Zulfikar Hamdani", "byline"),
        ("Jumat, 14 Jul 2017 19:19 WIB", "dateinfo"),
        ("Warga melintasi banjir di Bekasi. (ANTARA FOTO/Budi)", "caption"),
        ("Halaman selanjutnya", "boilerplate"),
    ],
)
def test_line_roles_in_body(res: CleanResources, line: str, role: str) -> None:
    art = read_text("t", _page(SENT, line, SENT), PageHints(), res)
    assert [ln.role for ln in art.lines] == ["body", role, "body"]
    assert line not in art.body


def test_header_footer_and_metadata(res: CleanResources) -> None:
    text = _page(
        "Home » Nasional",
        "Banjir Rendam Ribuan Rumah di Bekasi",
        "Penulis: Budi Santoso | Editor: Siti Aminah",
        "Jumat, 14 Jul 2017 19:19 WIB",
        "JAKARTA, KOMPAS.com - " + SENT,
        "Heading Pendek di Tengah",
        SENT + " (ant/ant)",
        "Tags:",
        "Banjir",
        "Copyright © 2017 Kompas",
    )
    art = read_text("t", text, PageHints(), res)
    assert art.title == "Banjir Rendam Ribuan Rumah di Bekasi"
    assert art.authors == ("Budi Santoso",) and art.editors == ("Siti Aminah",)
    assert art.published == "2017-07-14T19:19:00+07:00"
    assert art.dateline is not None and art.dateline.place == "JAKARTA"
    assert art.outlet == "KOMPAS.com"
    assert art.agencies == ("ANTARA",)
    assert [p.role for p in art.paragraphs] == ["body", "heading", "body"]
    assert art.body == "\n\n".join([SENT, "Heading Pendek di Tengah", SENT])
    assert [ln.line for ln in art.removed] == [1, 3, 5, 7, 15, 17, 19]


def test_numbered_heading_loses_number(res: CleanResources) -> None:
    art = read_text(
        "t",
        _page(SENT, "1. Rusia coba menormalisasi hubungan dengan Afghanistan", SENT),
        PageHints(),
        res,
    )
    assert art.paragraphs[1].text == "Rusia coba menormalisasi hubungan dengan Afghanistan"


def test_hints_fill_gaps(res: CleanResources) -> None:
    hints = PageHints(
        title="Judul", published="2017-07-14T12:19:00Z", url="https://www.detik.com/x"
    )
    art = read_text("t", SENT, hints, res)
    assert (
        art.title == "Judul"
        and art.published == "2017-07-14T12:19:00+00:00"
        and art.outlet == "Detik"
    )


def test_nothing_invented(res: CleanResources) -> None:
    art = read_text("t", SENT, PageHints(), res)
    assert (art.title, art.published, art.outlet, art.authors, art.dateline) == (
        None,
        None,
        None,
        (),
        None,
    )
    assert read_text("t", "", PageHints(), res).language is None


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.text(max_size=600))
def test_never_raises(res: CleanResources, text: str) -> None:
    art = read_text("t", text, PageHints(), res)
    assert isinstance(art.body, str)


_WORDS = st.sampled_from(
    [
        "pemerintah",
        "warga",
        "jalan",
        "banjir",
        "kata",
        "Presiden",
        "Jakarta",
        "yang",
        "dan",
        "di",
        "untuk",
        "dengan",
        "akan",
        "telah",
        "ini",
        "itu",
        "Bekasi",
        "rumah",
        "ribuan",
        "kepala",
        "dinas",
        "menurut,",
        "sebesar",
        "5",
        "persen",
        "(ANTARA)",
        "(ant)",
        "-",
    ]
)
_SENTENCE = st.lists(_WORDS, min_size=3, max_size=30).map(
    lambda ws: " ".join(ws).capitalize() + "."
)
_PARA = st.lists(_SENTENCE, min_size=1, max_size=4).map(" ".join)
_DATELINED = st.tuples(
    st.sampled_from(["JAKARTA - ", "Jakarta (ANTARA) - ", "KOMPAS.com - "]), _PARA
).map("".join)
_LINE = st.one_of(
    _PARA,
    _PARA,
    _DATELINED,
    st.sampled_from(JUNK),
    st.lists(_WORDS, min_size=1, max_size=6).map(" ".join),
)


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(_LINE, min_size=1, max_size=14))
@example(lines=["pemerintah (ANTARA) (ant)"])  # found by hypothesis: a sentence only with its codes
@example(lines=["pemerintah (ant) (ant)"])
@example(lines=["Bekasi - pemerintah."])  # one word once the dateline goes
def test_idempotent(res: CleanResources, lines: list[str]) -> None:
    body = read_text("t", "\n\n".join(lines), PageHints(), res).body
    assert read_text("t", body, PageHints(), res).body == body


def test_relative_date_needs_reference_time(res: CleanResources) -> None:
    import datetime as dt

    text = _page("Banjir Rendam Ribuan Rumah di Bekasi", "2 jam lalu", SENT)
    assert read_text("t", text, PageHints(), res).published is None
    ref = dt.datetime(2024, 5, 1, 12, 30, tzinfo=dt.timezone(dt.timedelta(hours=7)))
    art = read_text("t", text, PageHints(), res, reference_time=ref)
    assert art.published == "2024-05-01T10:30:00+07:00"
    assert [ln.role for ln in art.lines] == ["title", "dateinfo", "body"]


def test_caption_glued_to_page_title_uses_hint(res: CleanResources) -> None:
    cap = "Judul Berita Panjang SekaliPresiden Joko Widodo (instagram.com/jokowi)"
    art = read_text(
        "t", _page(SENT, cap, SENT), PageHints(title="Judul Berita Panjang Sekali"), res
    )
    assert [(c.text, c.credit) for c in art.captions] == [
        ("Presiden Joko Widodo", "instagram.com/jokowi")
    ]


def test_brief_of_short_sentences_keeps_its_body(res: CleanResources) -> None:
    """No line is long enough to look like body: short sentences still make the body."""
    text = (
        "The council approved the budget on Tuesday.\nThe vote was 7-2.\n"
        "Smith abstained.\nThe budget takes effect in July."
    )
    article = read_text("brief.txt", text, PageHints(), res)
    assert len(article.paragraphs) == 4 and not article.removed and not article.warnings


def test_nothing_kept_is_never_silent(res: CleanResources) -> None:
    article = read_text("menu.txt", "Menu\nBeranda\nKontak", PageHints(), res)
    assert article.body == "" and len(article.removed) == 3
    assert article.warnings == ("no line looked like article text: every line is in removed",)


def test_short_closing_sentences_stay_in_the_body(res: CleanResources) -> None:
    long = (
        "Pemerintah kota menargetkan dua puluh unit bus listrik beroperasi hingga akhir tahun ini."
    )
    text = f"{long}\n{long}\nWarga menyambut baik.\nHaoyu tertawa."
    article = read_text("akhir.txt", text, PageHints(), res)
    assert [p.text for p in article.paragraphs][-2:] == ["Warga menyambut baik.", "Haoyu tertawa."]


@pytest.mark.parametrize(
    ("tail", "kept"),
    [
        ("(nvl/nvl)", False),  # an editor code closes the article
        ("(ant)", False),
        ("(AFP)", False),
        ("(Antara)", False),
        ("(Vinile)", True),  # a capitalised word in brackets is just text
    ],
)
def test_only_real_codes_close_a_list(res: CleanResources, tail: str, kept: bool) -> None:
    text = f"{SENT}\n{SENT}\n1) Piringan hitam Thriller {tail}\n2) Kamera Polaroid 600"
    article = read_text("daftar.txt", text, PageHints(), res)
    assert ("Kamera Polaroid 600" in article.body) is kept


def test_a_header_line_that_is_not_the_stated_headline_stays_text(res: CleanResources) -> None:
    standfirst = "Anggaran naik dua kali lipat dari tahun lalu"
    text = f"Dewan setujui anggaran\n{standfirst}\n{SENT}\n{SENT}"
    hints = PageHints(title="Dewan setujui anggaran")
    article = read_text("p.html", text, hints, res)
    assert article.title == "Dewan setujui anggaran"
    assert article.paragraphs[0] == Paragraph(standfirst, "heading")
    # without a stated headline the same line is the subtitle, as in scraped text
    assert read_text("p.txt", text, PageHints(), res).subtitle == standfirst


@pytest.mark.parametrize("line", ["von Laura Eßlinger", "por Ana Souza", "By Jane Smith"])
def test_bylines_in_other_languages(res: CleanResources, line: str) -> None:
    article = read_text("p.html", f"{line}\n{SENT}\n{SENT}", PageHints(), res)
    assert article.authors == (line.split(" ", 1)[1],)


@pytest.mark.parametrize(
    ("line", "authors", "editors"),
    [
        # names holding a label inside a word: "oleh" in Soleh, "red" in Alfred, "by" in Ruby
        ("Penulis: Soleh Budiman", ("Soleh Budiman",), ()),
        ("Penulis: Alfred Simanjuntak | Editor: Ruby Tan", ("Alfred Simanjuntak",), ("Ruby Tan",)),
        ("Laporan oleh Sholeh Hidayat", ("Sholeh Hidayat",), ()),
        # a label glued to the name before it (credit spans with no space between them)
        ("Penulis Melati PertiwiEditor Mutiara Wardani", ("Melati Pertiwi",), ("Mutiara Wardani",)),
    ],
)
def test_a_label_inside_a_name_is_part_of_the_name(
    res: CleanResources, line: str, authors: tuple[str, ...], editors: tuple[str, ...]
) -> None:
    article = read_text("p.txt", f"{line}\n{SENT}\n{SENT}", PageHints(), res)
    assert (article.authors, article.editors) == (authors, editors)


def test_the_stated_author_named_editor_by_the_text_is_not_an_author(res: CleanResources) -> None:
    text = f"{SENT}\n{SENT}\nEditor: Heryadi"
    article = read_text("p.html", text, PageHints(authors=("Heryadi",)), res)
    assert article.editors == ("Heryadi",) and article.authors == ()


@pytest.mark.parametrize(
    ("line", "role"),
    [
        # the line patterns are written in lower case and matched on the lower-cased line
        ("SCROLL TO CONTINUE WITH CONTENT", "boilerplate"),
        ("Home News Kriminal", "boilerplate"),
        ("Dapatkan update berita pilihan setiap hari di WhatsApp Channel kami", "boilerplate"),
        ("Simak berita lainnya di Google News", "boilerplate"),
        ("BACA JUGA: Harga cabai naik", "related"),
        # the label's first word is looked up before the label pattern runs
        ("PENULIS: Budi Santoso", "byline"),
        ("Penulis:Budi Santoso", "byline"),
        ("Oleh Budi Santoso pada Senin", "byline"),
    ],
)
def test_line_patterns_ignore_case(res: CleanResources, line: str, role: str) -> None:
    tagged = pattern_role(line, res)
    assert tagged is not None and tagged.role == role


def test_a_list_with_links_after_the_last_paragraph_is_kept(res: CleanResources) -> None:
    # each item's address follows it; the list closes the article (no footer after it)
    items = ["14) Roger Waters - The Wall (Blu-Ray)", "15) Thriller (Vinile)"]
    links = ["http://amzn.to/2i2e7b7", "http://amzn.to/2B5WGKP"]
    text = "\n".join([SENT, SENT, items[0], links[0], items[1], links[1]])
    kept = [p.text for p in read_text("p.html", text, PageHints(), res).paragraphs]
    assert kept[-1] == links[1] and items[1] in kept


def test_a_bulleted_list_the_body_opens_with_is_kept_whole(res: CleanResources) -> None:
    short = ["+ Added Slime Block", "+ Added Iron Trapdoor"]
    long = "+ Added a spectator game mode (game mode 3) in which players fly through blocks and watch others play."
    tail = ["* Villager trading has been rebalanced", "* Buttons can now be placed on the ceiling"]
    closing = (
        "* Block ID numbers (such as 1 for stone) are being replaced by ID names (minecraft:stone)."
    )
    text = "\n".join([*short, long, SENT, closing, *tail])
    kept = [p.text for p in read_text("p.html", text, PageHints(), res).paragraphs]
    assert kept == [*short, long, SENT, closing, *tail]


def test_invisible_characters_and_leftover_entities(res: CleanResources) -> None:
    zw = "\u200b"
    text = "\n".join(
        [
            f"Harga Cabai Naik di Pasar{zw}",
            f"Pe{zw}nulis: Budi Santoso",
            f"Kamis, 26 Agustus 2021 |{zw} 10:43 WIB",
            f"Jakarta - Harga cabai &quot;naik tajam&quot; pekan ini, e-comme{zw}rce pun ikut.",
            "Pedagang berharap pemerintah segera turun tangan sebelum Lebaran tiba, kata mereka.",
        ]
    )
    article = read_text("p.txt", text, PageHints(), res)
    assert article.title == "Harga Cabai Naik di Pasar"
    assert article.authors == ("Budi Santoso",)
    assert article.published == "2021-08-26T10:43:00+07:00"
    # a paragraph keeps what it was written with, entities decoded; "R&D" is not an entity
    assert (
        article.paragraphs[0].text
        == f'Harga cabai "naik tajam" pekan ini, e-comme{zw}rce pun ikut.'
    )
    again = read_text("p.txt", "Riset R&D &amp;amp; pemasaran", PageHints(), res)
    assert again.lines[0].text == "Riset R&D & pemasaran"


@pytest.mark.parametrize(
    ("line", "role", "payload"),
    [
        ("Laporan Indra Wijaya | Banda Aceh", "byline", "Indra Wijaya"),
        ("Yerica Lai (The Jakarta Post)", "byline", "Yerica Lai"),
        ("Joko Widodo (Presiden)", None, None),  # not an outlet in the brackets
        ("Artikel Berkaitan", "related", None),  # Malay
    ],
)
def test_more_byline_and_header_shapes(
    res: CleanResources, line: str, role: str | None, payload: str | None
) -> None:
    tg = pattern_role(line, res)
    assert (tg.role if tg else None) == role
    assert (tg.payload if tg else None) == payload


@pytest.mark.parametrize(
    ("line", "text", "credit"),
    [
        (
            "Artis di panggung. (credit: instagram.com/akun)",
            "Artis di panggung.",
            "instagram.com/akun",
        ),
        (
            "Peniaga ayam di pasar. - Foto NSTP/Aziz Saad",
            "Peniaga ayam di pasar.",
            "NSTP/Aziz Saad",
        ),
        (
            "Ilustrasi anak tidur/Foto: Getty Images/iStockphoto",
            "Ilustrasi anak tidur",
            "Getty Images/iStockphoto",
        ),
    ],
)
def test_credit_labels(res: CleanResources, line: str, text: str, credit: str) -> None:
    from warta.clean.captions import caption_parts

    assert caption_parts(line, res) == (text, credit)


def test_a_malay_time_without_zone_is_utc8(res: CleanResources) -> None:
    page = (
        "Harga ayam dijangka stabil\nOleh Amin Said - Jun 12, 2024 @ 11:32am\n"
        "KUALA LUMPUR: Kerajaan berkata bahawa bekalan ayam mencukupi selepas pengeluaran "
        "meningkat kerana permintaan yang tinggi, dan beliau berkata harga boleh kekal stabil.\n"
        "Menterinya berkata kementerian akan terus memantau harga di pasar borong sahaja kerana "
        "pengeluar sudah berbincang dengan pemborong.\n"
    )
    art = read_text("t", page, PageHints(), res)
    assert art.language == "ms"
    assert art.published == "2024-06-12T11:32:00+08:00"


ENGLISH_STORY = (
    "Jakarta Floods Displace Thousands\n\n"
    "JAKARTA (The Jakarta Post) - Heavy rain on Tuesday flooded dozens of neighbourhoods in "
    "the capital, forcing thousands of residents to leave their homes, officials said.\n\n"
    "The city administration said it had opened 40 shelters and deployed pumps to the "
    "worst-hit areas along the Ciliwung river.\n\n"
    "{header}\n\nGovernment Extends Fuel Subsidy Into Next Year\n\n"
    "Bali Tourism Rebounds as Arrivals Pass Pre-Pandemic Level\n"
)


@pytest.mark.parametrize(
    "header",
    ["You might also like:", "Related Stories", "Editors' Picks", "More from The Jakarta Post"],
)
def test_english_related_headers(res: CleanResources, header: str) -> None:
    art = read_text("t", ENGLISH_STORY.format(header=header), PageHints(), res)
    assert art.related == (
        "Government Extends Fuel Subsidy Into Next Year",
        "Bali Tourism Rebounds as Arrivals Pass Pre-Pandemic Level",
    )
    assert [p.role for p in art.paragraphs] == ["body", "body"]


def test_a_heading_quoting_in_guillemets_is_not_a_breadcrumb(res: CleanResources) -> None:
    heading = "Des publications de « volume » très différent"
    art = read_text("t", _page(SENT, heading, SENT), PageHints(), res)
    assert heading in art.body
    crumbs = read_text("t", _page("Accueil » Idées » Économie", SENT, SENT), PageHints(), res)
    assert "Accueil" not in crumbs.body


@pytest.mark.parametrize("header", ["Ähnliche Beiträge", "À lire aussi :", "Leia também"])
def test_related_headers_of_other_languages(res: CleanResources, header: str) -> None:
    headline = "Jalan Tol Baru Dibuka Menjelang Libur Akhir Tahun"
    art = read_text("t", _page(SENT, SENT, header, headline), PageHints(), res)
    assert headline in art.related and header not in art.body


def test_a_read_also_cue_in_capitals_needs_no_colon(res: CleanResources) -> None:
    line = "BACA JUGA Kos Eksklusif di Jogja Makin Mahal dan tulisan lainnya di rubrik ESAI."
    prose = "Baca juga Buku Panduan Tani sebelum menanam, kata penyuluh itu kepada warga desa."
    art = read_text("t", _page(SENT, SENT, prose, line), PageHints(), res)
    assert "BACA JUGA" not in art.body and prose in art.body


@pytest.mark.parametrize(
    "line",
    ["Advertisements", "Suka liputan seperti ini? Berlangganan gratis untuk menerima cerita kami."],
)
def test_ad_labels_and_subscribe_prompts_are_boilerplate(res: CleanResources, line: str) -> None:
    art = read_text("t", _page(SENT, line, SENT), PageHints(), res)
    assert line not in art.body


def test_numbered_items_without_prose_under_them_keep_their_numbers(res: CleanResources) -> None:
    # A round-up's items ("18) Hasbro Gaming - Taboo", then its shop link) are a list, not
    # section headings: the number is the item's.
    items = ["17) Kamera Polaroid 600 Gaya Tahun 80-an", "18) Permainan Papan Taboo Edisi Lama"]
    text = _page(SENT, items[0], "https://amzn.to/2hXWsBA", items[1], "https://amzn.to/2hY", SENT)
    art = read_text("t", text, PageHints(), res)
    assert all(item in art.body for item in items)


@pytest.mark.parametrize(
    "leftover",
    [
        "Story continues below advertisement",
        "Continue reading the main story",
        "Share this article",
        "Follow us on Twitter and Facebook",
    ],
)
def test_english_leftovers_between_paragraphs_are_boilerplate(
    res: CleanResources, leftover: str
) -> None:
    art = read_text("t", _page(SENT, leftover, SENT), PageHints(), res)
    assert leftover not in art.body and art.body.count(SENT) == 2


@pytest.mark.parametrize(
    "leftover",
    [
        "Gabung di saluran WhatsApp kami untuk berita terbaru",
        "Mau berita terkini langsung di ponselmu? Ikuti saluran kami",
        "Konten berikut adalah iklan platform Kumparan",
        "Sahabat bisa baca berita lainnya di sini",
        "Punya informasi atau cerita menarik? Kirim ke email redaksi",
        "Topik Menarik",
    ],
)
def test_invitations_inside_the_text_are_boilerplate(res: CleanResources, leftover: str) -> None:
    art = read_text("t", _page(SENT, leftover, SENT), PageHints(), res)
    assert leftover not in art.body and art.body.count(SENT) == 2


def test_a_body_sentence_naming_ikuti_stays(res: CleanResources) -> None:
    line = "Ingin menjadi anggota, warga harus ikuti pelatihan selama tiga bulan di balai desa."
    art = read_text("t", _page(SENT, line, SENT), PageHints(), res)
    assert line in art.body


@pytest.mark.parametrize("headline", ["Jalan Diperbaiki", "Banjir Jakarta", "Tol Dibuka"])
def test_a_two_word_headline_is_not_a_writer(res: CleanResources, headline: str) -> None:
    text = _page(headline, "Penulis: Budi Santoso", "Kamis, 26 Agustus 2021 | 10:43 WIB", SENT)
    art = read_text("t", text, PageHints(), res)
    assert art.authors == ("Budi Santoso",)


def test_a_given_name_starting_like_a_passive_verb_is_a_name(res: CleanResources) -> None:
    text = _page("Judul Berita yang Cukup Panjang di Sini", "Dimas Pratama", SENT, SENT)
    assert read_text("t", text, PageHints(), res).authors == ("Dimas Pratama",)
