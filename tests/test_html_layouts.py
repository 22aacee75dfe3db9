"""Main-content selection on common CMS layouts (Drupal, Elementor, Blogger) and credit boxes."""

from __future__ import annotations

import pytest

from warta.html import extract_page
from warta.model import Document
from warta.pipeline import Reader

SENTENCES = [
    "Pemerintah daerah menyiapkan anggaran baru untuk perbaikan jalan di kawasan selatan kota.",
    "Kepala dinas mengatakan pekerjaan dimulai pekan depan dan selesai sebelum musim hujan tiba.",
    "Warga berharap perbaikan itu mengurangi kemacetan yang setiap pagi terjadi di simpang utama.",
    "Anggota dewan meminta proyek diawasi ketat agar kualitas aspal sesuai dengan kontrak kerja.",
]
NAV = "<nav><a href='/'>Beranda</a> <a href='/news'>Berita</a> <a href='/sport'>Olahraga</a></nav>"
# A site map under the page: enough text that no box of the article passes for most of the page.
SITE_MAP = "<footer>" + "".join(f"<a href='/k/{i}'>Kanal nomor {i}</a> " for i in range(150))
SITE_MAP += "</footer>"
# A box of prose beside the article: what wins when the article's own box is thrown away.
ASIDE_PROSE = (
    "<div class='box'><p>"
    + "Alamat surel Anda hanya dipakai untuk mengirim buletin dan Anda dapat berhenti kapan saja. "
    * 3
    + "</p></div>"
)


def _paras() -> str:
    return "".join(f"<p>{s}</p>" for s in SENTENCES)


def _found(html: str) -> bool:
    text = extract_page(html).text
    return all(s in text for s in SENTENCES)


def test_drupal_field_with_a_hidden_label_is_the_body() -> None:
    # "field--label-hidden": the field's label is hidden, not the field.
    html = (
        f"<body>{NAV}<div class='left_part'><h1>Judul</h1>"
        "<div class='field field--name-field-contenu field--label-hidden field--items'>"
        f"<div class='field--item'>{_paras()}</div></div></div>"
        f"<div class='note'>{ASIDE_PROSE}</div>{SITE_MAP}</body>"
    )
    assert _found(html)


def test_elementor_widgets_hold_the_article() -> None:
    widgets = "".join(
        "<div class='elementor-widget elementor-widget-text-editor'>"
        f"<div class='elementor-widget-container'><p>{s}</p><p>{s}</p></div></div>"
        for s in SENTENCES
    )
    html = f"<body>{NAV}<div class='entry'><div class='elementor'>{widgets}</div></div>"
    html += f"<div class='about'>{ASIDE_PROSE}</div>{SITE_MAP}</body>"
    assert _found(html)


def test_a_big_related_box_of_teaser_articles_is_furniture() -> None:
    teaser = (
        "<article class='post_teaser'><h3>Judul lain</h3><div class='excerpt'>"
        + "Ringkasan artikel lain yang panjang, dengan koma, dan lebih banyak kata lagi. " * 3
        + "</div></article>"
    )
    html = (
        f"<body>{NAV}<div class='wrap'><div class='main'><div class='entry'>{_paras()}</div>"
        f"</div><div id='related_posts'><h3>Related Posts</h3>{teaser * 3}</div></div></body>"
    )
    text = extract_page(html).text
    assert all(s in text for s in SENTENCES)
    assert "Ringkasan artikel lain" not in text


def test_blogger_post_of_text_runs_and_br_is_read_whole() -> None:
    # Blogger: the post is text and <br> in a div, its last lines in nested divs.
    runs = "<br />".join(SENTENCES[:3])
    html = (
        f"<body>{NAV}<div class='post hentry'><h3 class='post-title'>Judul</h3>"
        f"<div class='post-body entry-content'>{runs}<div><div><br /></div>"
        f"<div>P.S. {SENTENCES[3]} Terima kasih kepada semua yang membantu, sekali lagi.</div>"
        f"</div></div></div>{SITE_MAP}</body>"
    )
    assert _found(html)


def _read(html: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    art = Reader(nlp=False).read(Document(source="page.html", html=html))
    return art.authors, art.editors


def test_credit_box_labels_without_colons_name_the_editor() -> None:
    credit = (
        "<div class='read__credit'><span>Penulis <a href='/p/rina' rel='author'>Rina Wulandari"
        "</a></span><span>Editor Budi Santoso</span></div>"
    )
    html = f"<body>{NAV}<article><h1>Judul berita</h1>{credit}<div class='read__content'>"
    html += f"{_paras()}</div></article></body>"
    authors, editors = _read(html)
    assert editors == ("Budi Santoso",)
    assert authors == ("Rina Wulandari",)


def test_credit_box_with_more_writers_than_the_text_byline_wins() -> None:
    credit = (
        "<div class='credit'>Penulis: <a href='/p/a' rel='author'>Rangga Saputra</a>, "
        "<a href='/p/b' rel='author'>Rizky Pratama</a> | Editor: Eka Ningrum</div>"
    )
    html = (
        f"<body>{NAV}<h1>Judul berita</h1>{credit}<div class='txt-article'>"
        f"<p>Laporan Wartawan Tribun, Rangga Saputra</p>{_paras()}</div></body>"
    )
    authors, editors = _read(html)
    assert authors == ("Rangga Saputra", "Rizky Pratama")
    assert editors == ("Eka Ningrum",)


def _story(headline: str, sentence: str, times: int) -> str:
    paras = "".join(
        f"<p>{sentence} Kalimat ke-{i}, dengan koma, masih panjang.</p>" for i in range(times)
    )
    return (
        f"<article class='list__item'><h2>{headline}</h2>"
        f"<div class='detail__content'>{paras}</div></article>"
    )


def test_infinite_scroll_page_reads_its_own_story_not_the_longest() -> None:
    own = _story("Warga Menanam Seribu Pohon di Bantaran Sungai", SENTENCES[0], 6)
    longer = _story("Harga Cabai Naik Menjelang Hari Raya", SENTENCES[1], 12)
    third = _story("Tim Sepak Bola Kota Lolos ke Final", SENTENCES[2], 6)
    head = (
        "<head><meta property='og:title' content='Warga Menanam Seribu Pohon di Bantaran Sungai'>"
    )
    html = (
        f"<html>{head}</head><body>{NAV}<div class='list'>{own}{longer}{third}</div></body></html>"
    )
    text = extract_page(html).text
    assert SENTENCES[0] in text
    assert SENTENCES[1] not in text and SENTENCES[2] not in text


def test_infinite_scroll_page_without_a_title_reads_the_first_story() -> None:
    first = _story("Satu", SENTENCES[0], 6)
    longer = _story("Dua", SENTENCES[1], 12)
    html = f"<body>{NAV}<div class='list'>{first}{longer}</div></body>"
    text = extract_page(html).text
    assert SENTENCES[0] in text and SENTENCES[1] not in text


@pytest.mark.parametrize(
    "heading",
    [
        # A heading's id is a slug of its words (heise: "nav_nur_die_folie__1"): "nav" in one
        # does not make the heading a menu.
        "<h3 id='nav_anggaran_jalan__1'>Anggaran jalan bertambah</h3>",
        # A heading linked to its own section is no menu item either.
        "<h2 id='biaya'><a href='#biaya'>Anggaran jalan bertambah</a></h2>",
    ],
)
def test_headings_with_anchor_ids_and_section_links_are_headings(heading: str) -> None:
    html = f"<body>{NAV}<article><h1>Judul</h1>{_paras()}{heading}{_paras()}</article>"
    assert "Anggaran jalan bertambah" in extract_page(html + f"{SITE_MAP}</body>").text


def test_a_named_anchor_is_text_not_a_link() -> None:
    # <a name="x"> marks a place in the text (ndr.de: a question wrapped in one); it goes
    # nowhere, so a paragraph of it is not a menu item.
    question = "Apa kata kepala dinas tentang jadwal perbaikan jalan itu?"
    html = (
        f"<body>{NAV}<article><h1>Judul</h1>{_paras()}<p><a name='jadwal'>{question}</a></p>"
        f"{_paras()}<p><a href='/menu'>Beranda kanal</a></p></article>{SITE_MAP}</body>"
    )
    text = extract_page(html).text
    assert question in text and "Beranda kanal" not in text


def test_a_camel_case_intro_class_is_a_standfirst() -> None:
    # Contao: <div class="ce_articleIntro"> above the text box, outside the chosen container.
    intro = "Jalan di kawasan selatan kota akhirnya diperbaiki setelah bertahun-tahun rusak."
    html = (
        f"<body>{NAV}<div class='mod_article'><h1>Judul berita tentang jalan rusak di kota</h1>"
        f"<div class='ce_articleIntro'><p>{intro}</p></div>"
        f"<div class='ce_text'>{_paras()}{_paras()}</div></div>{SITE_MAP}</body>"
    )
    assert extract_page(html).text.startswith(intro)


def test_text_boxes_of_one_template_are_one_text() -> None:
    # TYPO3: each part of the text is a content element of its own, the same box class in
    # its own wrapper; the extractor's best box is one of them, the others belong with it.
    first, second = SENTENCES[:2], SENTENCES[2:]
    long_part = "".join(f"<p>{s} {s}</p>" for s in first)
    short_part = "".join(f"<p>{s}</p>" for s in second)
    html = (
        f"<body>{NAV}<div class='content'><h1>Judul</h1>"
        f"<div class='csc-default'><div class='csc-textpic'><div class='csc-text'>{long_part}"
        "</div></div>"
        + "".join(f"<a href='/t/{i}'>Topik nomor {i}</a> " for i in range(8))
        + "</div>"
        + f"<div class='csc-default'><div class='csc-textpic'><div class='csc-text'>{short_part}"
        "</div></div>"
        f"</div></div>{SITE_MAP}</body>"
    )
    text = extract_page(html).text
    assert all(s in text for s in SENTENCES)
    assert text.index(SENTENCES[0]) < text.index(SENTENCES[3])


def test_next_post_and_writer_bio_boxes_are_not_text() -> None:
    bio = "Rina adalah wartawan yang tinggal di Makassar bersama dua anak dan tiga kucingnya."
    teaser = "Cerita berikutnya tentang pasar ikan yang ramai dikunjungi warga setiap pagi hari."
    html = (
        f"<body>{NAV}<article><h1>Judul</h1>{_paras()}{_paras()}"
        f"<div class='post-author'><div class='author-content'><p>{bio}</p></div></div>"
        f"<div id='next-post-thumbnails'><p>{teaser}</p></div></article>{SITE_MAP}</body>"
    )
    text = extract_page(html).text
    assert _found(html) and bio not in text and teaser not in text


def test_a_short_post_above_a_list_of_teasers_is_the_article() -> None:
    # boingboing: a short post, then eight other stories, each a linked headline over an
    # excerpt; the excerpts outscore the post, but a list of stories does not vote.
    excerpt = "Kutipan berita lain yang cukup panjang sehingga terbaca seperti paragraf isi. " * 2
    teasers = "".join(
        f"<div class='item'><h3><a href='/s{i}'>Berita lain nomor {i}</a></h3><p>{excerpt}</p>"
        "</div>"
        for i in range(8)
    )
    html = f"<body>{NAV}<article><h1>Judul</h1>{_paras()}</article><section>{teasers}</section>"
    text = extract_page(html + f"{SITE_MAP}</body>").text
    assert all(s in text for s in SENTENCES) and "Kutipan berita lain" not in text


def test_a_big_sidebar_without_the_article_is_furniture() -> None:
    # A weak furniture name ("sidebar") on a box holding much of the page's text marks a layout
    # wrapper only when the box holds the article (its headline, <article>, <main>, a body box).
    notice = "Alamat surel Anda hanya dipakai untuk mengirim buletin, dan Anda dapat berhenti. "
    side = "".join(f"<p>{notice * 3}</p>" for _ in range(6))
    html = (
        f"<body>{NAV}<div class='main'><article><h1>Judul</h1>{_paras()}</article></div>"
        f"<div class='sidebar-box'>{side}</div>{SITE_MAP}</body>"
    )
    text = extract_page(html).text
    assert _found(html) and "Alamat surel" not in text


def test_links_between_separators_are_no_sentence() -> None:
    menu = " . ".join(f"<a href='/k/{i}'>Kanal {i}</a>" for i in range(10)) + " ."
    html = f"<body>{NAV}<article><h1>Judul</h1>{_paras()}<p>{menu}</p>{_paras()}</article></body>"
    assert "Kanal 3" not in extract_page(html + SITE_MAP).text


def test_camel_case_author_boxes_are_not_text() -> None:
    bio = "Inga adalah kepala redaksi media sosial dan menulis tentang teknologi sejak 2015."
    html = (
        f"<body>{NAV}<article><h1>Judul</h1>{_paras()}{_paras()}"
        f"<div class='TestReport__AuthorBox'><p>{bio}</p></div>"
        f"<div class='cbx-Author_InfoContainer'><p>{bio} Lagi.</p></div></article>"
    )
    text = extract_page(html + f"{SITE_MAP}</body>").text
    assert _found(html + f"{SITE_MAP}</body>") and bio not in text
