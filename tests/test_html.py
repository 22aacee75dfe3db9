"""Unit tests of the HTML extractor: metadata helpers, junk input, errors."""

from __future__ import annotations

import pytest

from warta.errors import ExtractError
from warta.html import extract_page
from warta.html.authors import split_authors
from warta.html.dates import normalise_date
from warta.html.meta import (
    clean_title,
    outlet_from_url,
    split_credit,
)
from warta.model import Caption, Document
from warta.pipeline import Reader

BODY = "<p>" + "Kalimat isi berita yang cukup panjang untuk dianggap paragraf. " * 6 + "</p>"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-01-05T08:15:00+07:00", "2024-01-05T08:15:00+07:00"),
        ("2024-01-05T01:15:00Z", "2024-01-05T01:15:00+00:00"),
        ("2023-12-03 19:42:10 +0700", "2023-12-03T19:42:10+07:00"),
        ("2021-08-26", "2021-08-26"),
        ("bukan tanggal", None),
        ("", None),
    ],
)
def test_normalise_date(value: str, expected: str | None) -> None:
    assert normalise_date(value) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Hakim Ghani, Siti Fatimah dan Bayu Ardi", ["Hakim Ghani", "Siti Fatimah", "Bayu Ardi"]),
        ("Oleh: Rina Wulandari", ["Rina Wulandari"]),
        ("By Jane Doe and John Roe", ["Jane Doe", "John Roe"]),
        ("https://example.com/author/x", []),
    ],
)
def test_split_authors(value: str, expected: list[str]) -> None:
    assert split_authors(value) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Presiden meninjau lokasi banjir. (ANTARA FOTO/Budi Santoso)",
            Caption("Presiden meninjau lokasi banjir.", "ANTARA FOTO/Budi Santoso"),
        ),
        ("Ilustrasi gempa Foto: Getty Images", Caption("Ilustrasi gempa", "Foto: Getty Images")),
        ("Suasana pasar pagi ini", Caption("Suasana pasar pagi ini")),
        (
            "Gedung KPK, Jakarta. Foto/Dok. SINDOnews",
            Caption("Gedung KPK, Jakarta.", "Foto/Dok. SINDOnews"),
        ),
        (
            "Festival di Sanur. (IDN Times/Ayu Afria)",
            Caption("Festival di Sanur.", "IDN Times/Ayu Afria"),
        ),
        (
            "Foto: Ilustrasi kilang (REUTERS/Stringer)",
            Caption("Ilustrasi kilang", "REUTERS/Stringer"),
        ),
        (
            "Banjir rob, Rabu (5/6/2024). Foto: Dok. BPBD",
            Caption("Banjir rob, Rabu (5/6/2024).", "Foto: Dok. BPBD"),
        ),
        ("Ilustrasi gempa. ©2024 Merdeka.com", Caption("Ilustrasi gempa.", "©2024 Merdeka.com")),
        ("Warga antre, Selasa (3/9/2024)", Caption("Warga antre, Selasa (3/9/2024)")),
        ("Foto: ANTARA FOTO/Arnas Padda", Caption("Foto: ANTARA FOTO/Arnas Padda")),
        (
            "Perahu di dermaga, Rabu (11/9/2024). - Jubi/Yosefina Kambu",
            Caption("Perahu di dermaga, Rabu (11/9/2024).", "Jubi/Yosefina Kambu"),
        ),
        (
            "Ilustrasi anak/ Foto: Getty Images/iStockphoto",
            Caption("Ilustrasi anak", "Foto: Getty Images/iStockphoto"),
        ),
    ],
)
def test_split_credit(text: str, expected: Caption) -> None:
    assert split_credit(text) == expected


def test_credit_only_box() -> None:
    from warta.html.captions import is_credit_only

    assert is_credit_only("Foto: ANTARA FOTO/Arnas Padda")
    assert not is_credit_only("Foto: Ilustrasi kilang (REUTERS/Stringer)")


@pytest.mark.parametrize(
    ("title", "outlets", "guess", "expected"),
    [
        ("Banjir di Bekasi - Kompas.com", None, True, "Banjir di Bekasi"),
        ("Banjir di Bekasi | Tempo", {"tempo"}, False, "Banjir di Bekasi"),
        ("Rückschlag im Titelkampf - Liverpool verliert", {"tempo"}, False, None),
        ("Jokowi: Tidak Ada Reshuffle", None, True, "Jokowi: Tidak Ada Reshuffle"),
        ("Mexico to fight &#8216;illogical&#8217; tariffs", None, False, None),
    ],
)
def test_clean_title(
    title: str, outlets: set[str] | None, guess: bool, expected: str | None
) -> None:
    want = expected or title.replace("&#8216;", "\u2018").replace("&#8217;", "\u2019")
    assert clean_title(title, outlets, guess=guess) == want


def test_outlet_from_url_uses_the_gazetteer() -> None:
    assert outlet_from_url("https://www.antaranews.com/berita/123") == "Antara News"
    assert outlet_from_url("https://unknown.example/x") is None


@pytest.mark.parametrize(
    "junk",
    [
        "",
        "   ",
        "<html></html>",
        "<<<>>>",
        "\x00\x01\x02",
        "<p>?</p>",
        "<div> - 12 </div>",
        "<script>x</script>",
    ],
)
def test_junk_raises_extract_error_only(junk: str) -> None:
    with pytest.raises(ExtractError) as err:
        extract_page(junk, source="junk.html")
    assert err.value.source == "junk.html"


@pytest.mark.parametrize(
    "broken",
    [
        BODY[: len(BODY) // 2],
        "<div><p>" + BODY + "</span></table>",
        '<script type="application/ld+json">{"headline": </script>' + BODY,
        '<html lang="id"><meta property="article:published_time" content="kemarin">' + BODY,
    ],
)
def test_broken_markup_still_gives_text(broken: str) -> None:
    page = extract_page(broken)
    assert "Kalimat isi berita" in page.text


def test_furniture_wrapping_the_page_is_kept() -> None:
    html = f'<body><div class="page-ad-wrapper"><article>{BODY}</article></div></body>'
    assert "Kalimat isi berita" in extract_page(html).text


@pytest.mark.parametrize(
    "inner",
    [
        "<figure><small>© Budi / DPA</small></figure>",
        "<h4>Tags:</h4>",
        "<p>Copyright AP</p>",
        "<p>To view this video please enable JavaScript, and consider upgrading to a web browser "
        "that supports HTML5 video</p>",
        "<div>11:45 WIB</div>",
    ],
)
def test_bare_credit_or_tag_label_between_paragraphs_is_dropped(inner: str) -> None:
    para = "Paragraf isi berita yang panjang sekali untuk diuji di sini. " * 5
    html = f"<article><p>{para}</p>{inner}<p>{para}</p></article>"
    lines = extract_page(html).text.split("\n\n")
    assert len(lines) == 2


UNSPACED_PARAGRAPHS = {
    "ja": [
        "気象庁によると、十三日の午後から東京都内では激しい雨が降り、一時間に五十ミリを超える雨量を観測した地点もあった。",
        "この影響で、山手線や私鉄の一部の路線では運転を見合わせ、帰宅時間帯の駅には多くの人があふれた。",
        "気象庁は、十四日の朝にかけて非常に激しい雨が降るおそれがあるとして、浸水に警戒するよう呼びかけている。",
    ],
    "zh": [
        "新华社北京电，国家气象中心发布暴雨预警，预计未来三天华北地区将出现持续性强降雨天气。",
        "有关部门要求各地加强值班值守，及时转移危险区域群众，确保人民群众生命财产安全。",
    ],
}


@pytest.mark.parametrize("lang", sorted(UNSPACED_PARAGRAPHS))
def test_unspaced_scripts_keep_their_body(lang: str) -> None:
    """Japanese and Chinese write no spaces between words: a long sentence is still body,
    not a one-"word" leftover (the whole body used to be dropped as boilerplate)."""
    from warta.model import Document
    from warta.pipeline import Reader

    paragraphs = UNSPACED_PARAGRAPHS[lang]
    page = f"<html lang='{lang}'><body><article><h1>标题</h1>"
    page += "".join(f"<p>{p}</p>" for p in paragraphs) + "</article></body></html>"
    article = Reader(nlp=False).read(Document(source="page.html", html=page))
    assert article.body.split("\n\n") == paragraphs


def test_json_ld_article_inside_a_webpage_main_entity() -> None:
    ld = (
        '{"@context": "http://schema.org", "@type": "WebPage", "mainEntity": {"@type": '
        '"NewsArticle", "headline": "Banjir Rob di Pekalongan", "author": {"@type": "Person", '
        '"name": "Lestari Handayani"}, "datePublished": "2024-03-12T11:40:00+07:00"}}'
    )
    page = f"<html><head><script type=application/ld+json>{ld}</script></head><body>{BODY}</body></html>"
    hints = extract_page(page).hints
    assert (hints.title, hints.authors) == ("Banjir Rob di Pekalongan", ("Lestari Handayani",))
    assert hints.published == "2024-03-12T11:40:00+07:00"


def test_author_archive_link_is_a_byline() -> None:
    byline = '<ul class="metaInfoAuthorList"><li><a href="/author/nflakin/">Nathaniel Flakin</a></li></ul>'
    page = f"<html><body><article>{byline}{BODY}</article></body></html>"
    assert extract_page(page).hints.authors == ("Nathaniel Flakin",)


def test_english_byline_and_read_more() -> None:
    """Indonesian sites run English wire pages too: "By Name" is a byline, "Read more: X" a
    related headline."""
    from warta.model import Document
    from warta.pipeline import Reader

    page = (
        "<html lang='en'><body><article><h1>City council approves new bike lanes</h1>"
        "<p>By Jane Smith</p>"
        "<p>The city council voted 7-2 on Tuesday to approve a network of protected lanes.</p>"
        "<p>Read more: How other cities built their networks</p>"
        "<p>Critics said the plan would slow traffic, but supporters pointed to studies.</p>"
        "</article></body></html>"
    )
    article = Reader(nlp=False).read(Document(source="en.html", html=page))
    assert article.authors == ("Jane Smith",)
    assert article.related == ("How other cities built their networks",)
    assert len(article.paragraphs) == 2


def test_headline_keeps_spaces_and_skips_the_masthead_h1() -> None:
    page = (
        "<html><head><title>Budget approved | Daily Planet</title></head><body>"
        "<header><h1>Hi, I'm <strong>Nicolas.</strong></h1></header>"
        f"<main><h1>Budget <em>approved</em> on Tuesday</h1>{BODY}</main></body></html>"
    )
    assert extract_page(page).hints.title == "Budget approved on Tuesday"


def test_byline_links_are_the_authors() -> None:
    byline = (
        '<p class="byline">By <a href="/a/jd">Jane Doe</a> and <a href="/a/jr">John Roe</a></p>'
    )
    page = f"<html><body><article>{byline}{BODY}</article></body></html>"
    assert extract_page(page).hints.authors == ("Jane Doe", "John Roe")


@pytest.mark.parametrize(
    "caption",
    [
        '<div class="caption"><p>Warga antre di halte Harmoni, Senin (3/6).</p></div>',
        '<div class="InlineImage-imageEmbedCaption">Warga antre di halte Harmoni.</div>',
        '<cite id="galleryCaption001">Warga antre di halte Harmoni.</cite>',
    ],
)
def test_caption_boxes_outside_figures_are_not_body(caption: str) -> None:
    page = f'<html><body><article>{BODY}<div><img src="a.jpg">{caption}</div>{BODY}</article>'
    assert "Harmoni" not in extract_page(page).text


def test_standfirst_in_the_article_header_opens_the_body() -> None:
    lead = "Pemerintah menunda kenaikan tarif listrik sampai akhir tahun."
    page = (
        "<html><body><article><header><h1>Tarif listrik ditunda</h1>"
        f'<p class="article-header__lead">{lead}</p></header>'
        f'<div class="text">{BODY}{BODY}</div></article>'
        '<aside><p class="teaser-text">Berita lain yang tidak ada hubungannya sama sekali.</p>'
        "</aside></body></html>"
    )
    text = extract_page(page).text
    assert text.startswith(lead)
    assert "Berita lain" not in text


def test_cut_teaser_is_not_a_standfirst() -> None:
    teaser = "Pemerintah menunda kenaikan tarif listrik sampai akhir tahun..."
    page = (
        f'<html><body><header><p class="lead">{teaser}</p></header>'
        f'<article><div class="text">{BODY}{BODY}</div></article></body></html>'
    )
    assert teaser not in extract_page(page).text


def test_a_link_written_as_its_address_is_kept() -> None:
    page = f'<html><body><article>{BODY}<p><a href="https://x.id/a">https://x.id/a</a></p>'
    page += f'<p><a href="/menu">Beranda</a></p>{BODY}</article></body></html>'
    text = extract_page(page).text
    assert "https://x.id/a" in text and "Beranda" not in text


def test_standfirst_in_the_containers_own_header_is_kept() -> None:
    lead = "Pemerintah menunda kenaikan tarif listrik sampai akhir tahun."
    page = (
        "<html><body><article><header><h1>Tarif listrik ditunda</h1>"
        f'<p class="story-subtitle">{lead}</p></header>{BODY}{BODY}{BODY}</article></body></html>'
    )
    assert extract_page(page).text.startswith(lead)


@pytest.mark.parametrize(
    ("lang", "paragraph", "published"),
    [
        ("de", "Die Stadt plant neue Radwege entlang des Flusses und am Bahnhof. " * 5,
         "2024-04-26T20:44:00"),
        ("id", "Pemerintah kota merencanakan jalur sepeda baru di sepanjang sungai. " * 5,
         "2024-04-26T20:44:00+07:00"),
    ],
)  # fmt: skip
def test_a_time_without_zone_is_wib_only_on_indonesian_pages(
    lang: str, paragraph: str, published: str
) -> None:
    from warta.model import Document
    from warta.pipeline import Reader

    page = (
        f'<html lang="{lang}"><head><meta property="article:published_time" '
        f'content="2024-04-26T20:44:00"></head><body><article><p>{paragraph}</p>'
        f"<p>{paragraph}</p></article></body></html>"
    )
    article = Reader(nlp=False).read(Document(source="p.html", html=page))
    assert article.published == published


def test_steps_in_sibling_boxes_with_photos_are_all_kept() -> None:
    intro = "<p>" + "Terarium kaca mudah dibuat di rumah dengan bahan sederhana, kata dia. " * 4
    step = (
        '<div class="step"><span>Langkah {n}</span><div class="content"><p>Langkah nomor {n} '
        "dikerjakan dengan hati-hati.</p></div><figure><img src='{n}.jpg'><figcaption>"
        "Foto langkah {n} dari dekat, dengan tanaman kecil dan lumut di atas wadah (Lucy)"
        "</figcaption></figure></div>"
    )
    steps = "".join(step.format(n=n) for n in range(1, 8))
    page = f'<html><body><div class="col"><div class="lead">{intro}</p></div>{steps}</div>'
    text = extract_page(page + "</body></html>").text
    assert "Langkah nomor 1 " in text and "Langkah nomor 7 " in text
    assert "Foto langkah" not in text


def test_paragraphs_set_as_headings_count_as_text() -> None:
    item = (
        '<div class="item"><h2>Poin {n}: warga diminta menjauhi pil pelangsing ilegal yang dijual '
        "daring, kata pejabat kesehatan kota, karena zatnya beracun.</h2></div>"
    )
    items = "".join(item.format(n=n) for n in range(1, 7))
    page = (
        f'<html><body><div class="list">{items}</div><div class="side">'
        f"<p>{'Berita lain yang cukup panjang untuk dianggap paragraf di samping. ' * 5}</p></div>"
        "</body></html>"
    )
    text = extract_page(page).text
    assert "Poin 1:" in text and "Poin 6:" in text


def test_an_embedded_post_is_kept_and_share_buttons_are_not() -> None:
    tweet = (
        '<div class="social-media-embed"><blockquote class="twitter-tweet"><p>Banjir setinggi '
        "lutut di depan rumah kami sejak pagi tadi, belum ada bantuan datang.</p></blockquote></div>"
    )
    share = '<div class="social-share"><p>Bagikan artikel ini ke teman dan keluarga Anda.</p></div>'
    page = f"<html><body><article>{BODY}{tweet}{share}{BODY}</article></body></html>"
    text = extract_page(page).text
    assert "Banjir setinggi lutut" in text and "Bagikan artikel" not in text


def test_a_reader_poll_is_not_body() -> None:
    poll = (
        '<div class="box"><p>Setujukah Anda tarif ojek daring dinaikkan tahun ini?</p>'
        '<label><input type="radio" name="q"><span>Setuju sekali.</span></label>'
        '<label><input type="radio" name="q"><span>Tidak setuju.</span></label></div>'
    )
    page = f"<html><body><article>{BODY}{poll}{BODY}</article></body></html>"
    text = extract_page(page).text
    assert "Setujukah" not in text and "Tidak setuju" not in text
    assert text.count("Kalimat isi berita") == 12


def test_a_site_suffix_after_the_shown_headline_is_dropped() -> None:
    page = (
        '<html><head><meta property="og:title" content="Gegenoffensive: Ziele | DW | 28.04.2023">'
        f"</head><body><article><h1>Gegenoffensive: Ziele</h1>{BODY}</article></body></html>"
    )
    assert extract_page(page).hints.title == "Gegenoffensive: Ziele"
    # a second clause of the headline after the dash is not a site suffix
    clause = page.replace("| DW | 28.04.2023", "- Irans Justiz dementiert")
    assert extract_page(clause).hints.title == "Gegenoffensive: Ziele - Irans Justiz dementiert"


def test_a_zoned_machine_date_wins_over_a_local_text_date() -> None:
    from warta.model import Document
    from warta.pipeline import Reader

    para = "Die Stadt plant neue Radwege entlang des Flusses und am Bahnhof. " * 5
    page = (
        '<html lang="de"><head><meta property="article:published_time" '
        'content="2024-04-30T16:58:00+00:00"></head><body><article><p>30.04.2024, 18:58</p>'
        f"<p>{para}</p><p>{para}</p></article></body></html>"
    )
    article = Reader(nlp=False).read(Document(source="p.html", html=page))
    assert article.published == "2024-04-30T16:58:00+00:00"


def test_an_organisation_author_gives_way_to_the_byline() -> None:
    ld = (
        '<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", "author": {"name": "STERN.de"},'
        ' "publisher": {"name": "STERN.de"}}</script>'
    )
    page = (
        f'<html><head>{ld}</head><body><article><p class="byline">Von <a href="/p/jk">Jemima Kelly</a></p>{BODY}'
        "</article></body></html>"
    )
    assert extract_page(page).hints.authors == ("Jemima Kelly",)


def test_dan_is_a_first_name_when_capitalised() -> None:
    assert split_authors("Dan Jervis-Bardy") == ["Dan Jervis-Bardy"]
    assert split_authors("Budi Santoso dan Siti Aminah") == ["Budi Santoso", "Siti Aminah"]


def test_editor_boxes_outside_the_text_become_hints() -> None:
    from warta.html import extract_page

    body = "<p>" + "Warga memadati pasar sejak pagi untuk membeli beras murah. " * 5 + "</p>"
    page = (
        "<html lang='id'><body><h1>Judul</h1><div class='info'>Rep: Eva Rianti/ Red: Friska"
        f" Yolandha</div><article>{body}</article><div class='box'><div>Penulis: "
        "<a>Riyan</a></div><div>Editor: <a>Bayu Septianto</a></div></div></body></html>"
    )
    hints = extract_page(page).hints
    assert hints.bylines == ("Rep: Eva Rianti/ Red: Friska Yolandha", "Editor: Bayu Septianto")


def test_a_credit_field_label_beside_its_value_is_a_byline_hint() -> None:
    from warta.html import extract_page

    body = "<p>" + "Warga memadati pasar sejak pagi untuk membeli beras murah. " * 5 + "</p>"
    field = "<div class='field'><div class='field__label'>{}</div><div>{}</div></div>"
    page = (
        "<html lang='id'><body><h1>Judul</h1>"
        + field.format("Reporter", "Yohanes Sebo")
        + field.format("Editor", "Maria Ana")
        + field.format("Kategori", "Ekonomi")
        + f"<article>{body}</article></body></html>"
    )
    assert extract_page(page).hints.bylines == ("Reporter: Yohanes Sebo", "Editor: Maria Ana")


def test_a_paragraph_citing_stories_through_links_is_text() -> None:
    cited = (
        '<p>Presiden <a href="/a">menaikkan tarif baja dan aluminium pada 2018</a>, sehingga '
        'Meksiko membalas dengan <a href="/b">bea masuk untuk daging babi dan apel</a>. Tarif '
        "itu dicabut setahun kemudian.</p>"
    )
    read_also = '<p>Baca juga: <a href="/c">Harga baja dunia naik tajam setelah tarif baru</a></p>'
    text = extract_page(
        f"<html><body><article>{BODY}{cited}{read_also}{BODY}</article></body></html>"
    ).text
    assert "sehingga Meksiko membalas" in text
    assert "Harga baja dunia" not in text


def test_a_hover_card_inside_a_sentence_is_not_text() -> None:
    card = (
        '<span class="rollover"><a href="/p">Kristi Lynn Noem</a><a href="/1">Gubernur menambah '
        'anggaran</a> <a href="/2">Gubernur meninjau banjir</a> <a href="/p">LAINNYA</a></span>'
    )
    para = (
        f'<p>Gubernur <a href="/p">Kristi Noem</a>{card} membela kampanye antinarkoba barunya.</p>'
    )
    text = extract_page(f"<html><body><article>{BODY}{para}{BODY}</article></body></html>").text
    assert "Gubernur Kristi Noem membela kampanye antinarkoba barunya." in text


@pytest.mark.parametrize(
    ("title", "site"),
    [
        ("detikNews - Berita Hari Ini di Indonesia dan Internasional", True),  # a desk of detik
        ("Tempo.co - Berita Terkini Hari Ini", True),
        ("Harga Cabai Naik di Pasar Induk", False),
        ("Berita Duka: Pedagang Pasar Meninggal", False),
    ],
)
def test_a_site_title_is_no_headline(title: str, site: bool) -> None:
    from warta.html.meta import is_site_title

    assert is_site_title(title, []) is site


def test_read_also_boxes_give_related_headlines() -> None:
    box = (
        '<div class="baca"><span>Baca juga:</span> <a href="/x">Harga cabai rawit naik dua kali '
        "lipat</a></div>"
    )
    video = (
        '<div class="video-embed"><p>Simak Video "Banjir Rendam Ratusan Rumah di Bekasi"</p>'
        "<p>[Gambas:Video 20detik]</p></div>"
    )
    page = f"<html><body><article>{BODY}{box}{BODY}{video}</article></body></html>"
    got = extract_page(page)
    assert got.hints.related == ("Harga cabai rawit naik dua kali lipat",)
    assert "Baca juga" not in got.text
    assert 'Simak Video "Banjir Rendam Ratusan Rumah di Bekasi"' in got.text  # for the cleaner


def test_json_ld_author_given_in_parts() -> None:
    ld = (
        '{"@type": "NewsArticle", "headline": "Judul", "author": [{"@type": "Person", '
        '"givenName": "Anna Giulia", "familyName": "Fink"}, {"@type": "Person", "name": "Budi"}]}'
    )
    page = (
        f'<html><head><script type="application/ld+json">{ld}</script></head>'
        f"<body><article>{BODY}</article></body></html>"
    )
    assert extract_page(page).hints.authors == ("Anna Giulia Fink", "Budi")


def test_read_also_lines_dropped_as_furniture_give_related_headlines() -> None:
    boxed = '<p class="baca">Baca juga: <a href="/a">Harga beras premium turun di Cipinang</a></p>'
    linked = '<p><strong>Pilihan Editor:</strong> <a href="/b">Deretan BPR yang tumbang</a></p>'
    cue, link = "<p><strong>BACA JUGA:</strong></p>", '<p><a href="/c">Cara cek oli palsu</a></p>'
    side = '<aside><div class="baca">Baca juga: <a href="/d">Berita di samping</a></div></aside>'
    page = f"<html><body><article>{BODY}{boxed}{BODY}{linked}{BODY}{cue}{link}{BODY}</article>"
    got = extract_page(page + side + "</body></html>")
    assert got.hints.related == (
        "Harga beras premium turun di Cipinang",
        "Deretan BPR yang tumbang",
        "Cara cek oli palsu",
    )


def test_a_standfirst_above_a_dateline_is_the_subtitle() -> None:
    lead = '<p class="lead">Nasabah diminta tidak terpancing tawaran pengembalian dana.</p>'
    text = "<p>TEMPO.CO, Jakarta - " + BODY[3:]
    got = extract_page(
        f"<html><body><header>{lead}</header><article>{text}</article></body></html>"
    )
    assert got.hints.subtitle == "Nasabah diminta tidak terpancing tawaran pengembalian dana."
    assert got.text.startswith("TEMPO.CO, Jakarta - ")


def test_own_outlet_signoff_closing_the_last_paragraph_is_dropped() -> None:
    last = "<p>Bapanas menargetkan harga beras kembali mendekati harga eceran tertinggi sebelum akhir tahun. (Tribunnews.com/Nurul Hidayah/Bambang)</p>"
    note = "<p><em>Artikel ini telah tayang di WartaKotalive.com dengan judul Harga Beras Turun</em></p>"
    page = f"<html><body><article>{BODY}{last}{note}</article></body></html>"
    got = extract_page(page, url="https://www.tribunnews.com/bisnis/2024/09/03/x")
    assert "sebelum akhir tahun.\n\n" in got.text
    assert "Nurul Hidayah" not in got.text


@pytest.mark.parametrize(
    ("boxes", "expected"),
    [
        (  # tribun: the credit line first, then the caption
            "<div>Tribunnews.com/Jeprima</div><div>Pedagang menata karung beras di pasar.</div>",
            Caption("Pedagang menata karung beras di pasar.", "Tribunnews.com/Jeprima"),
        ),
        (  # kompas: the caption box, then a credit box
            '<div class="photo__caption">Warga melintasi genangan rob.</div>'
            '<div class="photo__author">KOMPAS.com/RISKA AYU</div>',
            Caption("Warga melintasi genangan rob.", "KOMPAS.com/RISKA AYU"),
        ),
    ],
)
def test_credit_boxes_beside_their_caption(boxes: str, expected: Caption) -> None:
    page = f'<html><body><article><div><img src="x.jpg">{boxes}</div>{BODY}</article></body></html>'
    assert extract_page(page).hints.captions == (expected,)


def test_an_ad_label_in_a_caption_box_is_no_caption() -> None:
    ad = '<div class="para_caption">ADVERTISEMENT</div>'
    page = f"<html><body><article>{BODY}{ad}{BODY}</article></body></html>"
    assert extract_page(page).hints.captions == ()


def test_caption_boxes_holding_a_read_also_line_or_a_code_are_no_captions() -> None:
    from selectolax.lexbor import LexborHTMLParser

    from warta.html.captions import find_captions

    page = (
        '<figure><img src="a.jpg"><figcaption>Warga antre beras. (Foto: ANTARA/Budi)</figcaption>'
        '</figure><div class="para_caption">Lihat juga: Harga Beras Naik Lagi</div>'
        '<div class="caption">Pedagang menata beras di pasar.</div><div>(pit/pit)</div>'
    )
    got = find_captions(LexborHTMLParser(f"<html><body>{page}</body></html>"))
    assert got == (
        Caption("Warga antre beras.", "Foto: ANTARA/Budi"),
        Caption("Pedagang menata beras di pasar."),
    )


def test_a_table_row_is_one_line_and_does_not_end_the_body() -> None:
    table = (
        "<table><tr><th>Partai</th><th>Suara</th></tr>"
        "<tr><td>Partai Hijau</td><td>38,0%</td></tr>"
        "<tr><td>(Lainnya)</td><td>6,7%</td></tr></table>"
    )
    page = f"<html><body><article>{BODY}{table}{BODY}{BODY}</article></body></html>"
    text = extract_page(page).text
    assert "Partai Hijau 38,0%" in text.splitlines()
    body = Reader(nlp=False).read(Document(source="t.html", html=page)).body
    assert "(Lainnya) 6,7%" in body and body.endswith(text.splitlines()[-1])


def test_a_layout_table_keeps_its_cells_apart() -> None:
    page = (
        f"<html><body><table><tr><td>{BODY}</td><td><p>Menu</p><p>Kontak</p></td></tr></table>"
        "</body></html>"
    )
    lines = extract_page(page).text.splitlines()
    assert "Menu" in lines and not any("Menu" in ln and "Kalimat" in ln for ln in lines)


def test_a_utc_date_gives_way_to_the_same_moment_at_the_local_offset() -> None:
    html = (
        '<html><head><script type="application/ld+json">{"@type":"NewsArticle",'
        '"datePublished":"2024-09-12T01:45:00+00:00"}</script>'
        '<meta property="article:published_time" content="2024-09-12T10:45:00+09:00">'
        "</head><body><h1>Judul</h1><p>"
        + "Isi berita yang cukup panjang. " * 20
        + "</p></body></html>"
    )
    assert extract_page(html).hints.published == "2024-09-12T10:45:00+09:00"


def test_a_utc_date_takes_the_zone_the_page_prints_at_the_same_moment() -> None:
    page = (
        '<html><body><h1>Judul</h1><div><time datetime="2024-11-05T04:12:30Z">'
        "5 November 2024, {} WIB</time></div><p>"
        + "Isi berita yang cukup panjang. " * 20
        + "</p></body></html>"
    )
    assert extract_page(page.format("11.12")).hints.published == "2024-11-05T11:12:30+07:00"
    # Another moment printed (an update time): the machine date stays as it is.
    assert extract_page(page.format("13.40")).hints.published == "2024-11-05T04:12:30+00:00"


def test_a_caption_box_inside_a_text_link_is_no_caption() -> None:
    html = (
        "<html><body><h1>Judul</h1><article><p>" + "Isi berita yang cukup panjang. " * 20 + "</p>"
        '</article><a href="/x"><span class="caption">Previous Post</span></a></body></html>'
    )
    assert extract_page(html).hints.captions == ()


def test_an_author_filed_as_the_editor_gives_way_to_the_author_box() -> None:
    # The CMS files the editor as the JSON-LD author and its builder as the author meta tag;
    # the credit box says "Editor : Heryadi" and the writer stands in an author-class box.
    page = (
        '<html><head><meta name="author" content="mediaindonesia.com developer">'
        '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Judul",'
        '"author":{"@type":"Person","name":"Heryadi"}}</script></head><body>'
        '<h1>Judul</h1><div class="info"><div class="author-2">Naufal Zuhdi</div>'
        '<span class="datetime">20/1/2026 18:30</span></div>'
        f"<article>{BODY}{BODY}</article><div class='editor'>Editor : Heryadi</div></body></html>"
    )
    article = Reader(nlp=False).read(Document(source="mi.html", html=page))
    assert article.authors == ("Naufal Zuhdi",) and article.editors == ("Heryadi",)


def test_an_author_class_box_that_says_more_than_a_name_is_no_byline() -> None:
    page = (
        '<html><body><h1>Judul</h1><div class="author-bio">Penulis lepas yang tinggal di '
        f"Bandung sejak 2010 dan menulis soal kota.</div><article>{BODY}</article></body></html>"
    )
    assert extract_page(page).hints.authors == ()


def test_a_blogger_abbr_stamp_is_the_published_time() -> None:
    html = (
        "<html><body><h1>Judul</h1><p>" + "Isi berita yang cukup panjang. " * 20 + "</p>"
        '<abbr class="published" itemprop="datePublished" title="2024-10-14T20:15:00+09:00">'
        "20.15</abbr></body></html>"
    )
    assert extract_page(html).hints.published == "2024-10-14T20:15:00+09:00"


def test_a_print_stamp_is_not_the_date_and_a_header_table_above_the_headline_is() -> None:
    html = (
        "<html><body><table><tr><td>Kamis, 17 Oktober 2024 | 08:30 WITA</td></tr></table>"
        "<h1>Judul</h1><p>" + "Isi berita yang cukup panjang. " * 20 + "</p>"
        "<div>Dicetak pada: 18 Oktober 2024, 07:12 WITA</div></body></html>"
    )
    assert extract_page(html).hints.published == "Kamis, 17 Oktober 2024 | 08:30 WITA"


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Judul Berita Hari Ini | Radar Banua", "Radar Banua"),
        ("Suara Ambon: Judul Berita Hari Ini", "Suara Ambon"),
        ("Judul Berita Hari Ini", None),
        ("Judul Berita Hari Ini - dan ini adalah klausa kedua yang panjang", None),
    ],
)
def test_the_site_name_from_the_title_beside_the_headline(title: str, expected: str | None) -> None:
    html = (
        f"<html><head><title>{title}</title></head><body><h1>Judul Berita Hari Ini</h1><p>"
        + "Isi berita yang cukup panjang. " * 20
        + "</p></body></html>"
    )
    assert extract_page(html, url="https://example.org/a").hints.outlet == expected


def test_author_links_in_a_sidebar_are_no_byline() -> None:
    html = (
        '<html><body><h1>Judul</h1><p>Oleh <a rel="author" href="/p/1">Yohanis Latuheru</a></p>'
        "<p>" + "Isi berita yang cukup panjang. " * 20 + "</p>"
        '<aside><a rel="author" href="/p/2">Lihat profil lengkapku</a></aside></body></html>'
    )
    assert extract_page(html).hints.authors == ("Yohanis Latuheru",)


def test_every_update_of_a_live_blog_is_kept_beside_a_long_one() -> None:
    sentence = "Tim SAR, polisi, dan relawan mengevakuasi warga dari rumah yang terendam banjir. "
    long = "".join(f"<p>Pembaruan panjang {i}. {sentence * 2}</p>" for i in range(6))
    short = (
        "<p>Pembaruan pendek: bantuan logistik tiba di posko, lalu disalurkan ke tujuh titik.</p>"
    )
    boxes = "".join(
        f'<div class="entry"><span class="time">1{i}:00 WITA</span>'
        f'<div class="entry-text">{long if i == 2 else short}</div>'
        '<div class="entry-by">Nurhayati Rasyid</div>'
        '<div class="entry-tools"><a href="#">Bagikan</a> <a href="#">Salin tautan</a></div></div>'
        for i in range(5)
    )
    html = f'<html><body><article><h1>LIVE: Judul</h1><div class="feed">{boxes}</div></article>'
    text = extract_page(html + "</body></html>").text
    assert text.count("Pembaruan pendek") == 4 and "Pembaruan panjang 5" in text


def test_a_framed_ad_label_is_a_widget_line() -> None:
    html = (
        "<html><body><article><h1>Judul</h1><p>" + "Isi berita yang cukup panjang. " * 10 + "</p>"
        "<div><span>- Advertisement -</span></div><p>"
        + "Isi berita lanjutan yang panjang. " * 10
        + "</p></article></body></html>"
    )
    assert "Advertisement" not in extract_page(html).text


def test_a_related_block_whose_label_is_a_link_gives_its_headlines() -> None:
    para = "<p>" + "Isi berita yang cukup panjang untuk satu paragraf. " * 4 + "</p>"
    box = (
        '<div class="td_block_related_posts"><h4><a class="td-related-left">Baca Juga</a></h4>'
        '<h3><a href="/a">Gudang Garam Peninggalan Belanda Jadi Museum</a></h3>'
        '<h3><a href="/b">PT Garam Janji Serap Garam Petambak</a></h3></div>'
    )
    page = extract_page(f"<html><body><article>{para}{box}{para}</article></body></html>")
    assert page.hints.related == (
        "Gudang Garam Peninggalan Belanda Jadi Museum",
        "PT Garam Janji Serap Garam Petambak",
    )
