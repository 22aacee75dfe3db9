"""Unit tests of the article data a page carries outside its JSON-LD: a JavaScript payload
(html/embedded.py), microdata (html/microdata.py), a video's VideoObject, the CMS author meta
tags, and the date line that gives a zone-less machine date its zone (html/dates.py)."""

from __future__ import annotations

import json

import pytest

from warta.html import extract_page
from warta.model import Caption, Document
from warta.pipeline import Reader

TEXT = "Kalimat isi berita yang cukup panjang untuk dianggap paragraf. " * 3
BODY = f"<p>{TEXT}</p>" * 3


def _next_page(article: dict, dom: str = "<p>Memuat artikel...</p>") -> str:
    payload = {"props": {"pageProps": {"trending": [{"title": "Berita Lain"}], "article": article}}}
    return (
        '<html><head><meta property="og:title" content="Judul Berita"></head><body>'
        f'<h1>Judul Berita</h1>{dom}<script id="__NEXT_DATA__" type="application/json">'
        f"{json.dumps(payload)}</script></body></html>"
    )


def test_a_skeleton_page_reads_its_article_from_the_next_payload() -> None:
    article = {
        "title": "Judul Berita",
        "publishedAt": "2024-09-12T08:30:00+07:00",
        "authors": [{"name": "Rizky Alamsyah"}, {"name": "Dini Hariyanti"}],
        "editor": {"name": "Yuliawati"},
        "image": {"caption": "Pekerja melintas di smelter.", "credit": "Katadata/Arief"},
        "content": BODY,
    }
    got = Reader(nlp=False).read(Document(source="k.html", html=_next_page(article)))
    assert got.authors == ("Rizky Alamsyah", "Dini Hariyanti") and got.editors == ("Yuliawati",)
    assert got.published == "2024-09-12T08:30:00+07:00"
    assert got.captions == (Caption("Pekerja melintas di smelter.", "Katadata/Arief"),)
    assert got.body.startswith("Kalimat isi berita") and "Memuat" not in got.body


def test_plain_text_in_the_payload_is_cut_into_paragraphs() -> None:
    page = _next_page({"title": "Judul Berita", "body": f"{TEXT}\n{TEXT}"})
    assert extract_page(page).text.split("\n\n") == [TEXT.strip(), TEXT.strip()]


@pytest.mark.parametrize(
    "article",
    [
        {"title": "Berita Lain Sama Sekali", "content": BODY},  # not the page's headline
        {"title": "Judul Berita"},  # no text in it
    ],
)
def test_a_payload_without_the_pages_article_leaves_the_dom_alone(article: dict) -> None:
    page = _next_page(article, dom=BODY)
    assert extract_page(page).text.startswith("Kalimat isi berita")
    assert extract_page(page).hints.authors == ()


def test_a_rendered_dom_wins_over_the_payloads_text() -> None:
    page = _next_page({"title": "Judul Berita", "content": "<p>Teks lain dari payload.</p>"}, BODY)
    assert "payload" not in extract_page(page).text


def test_the_microdata_publisher_is_the_outlet() -> None:
    page = (
        '<html><body><div itemscope itemtype="https://schema.org/NewsArticle">'
        '<div itemprop="publisher" itemscope itemtype="https://schema.org/Organization">'
        '<meta itemprop="name" content="Warta Sulut"></div><h1 itemprop="headline">Judul</h1>'
        f'<div itemprop="articleBody">{BODY}</div></div></body></html>'
    )
    assert extract_page(page).hints.outlet == "Warta Sulut"


def test_a_video_object_is_read_only_without_an_article_object() -> None:
    video = '{"@type":"VideoObject","name":"Klip","uploadDate":"2024-11-05T14:30:00+07:00"}'
    news = '{"@type":"NewsArticle","headline":"Judul","datePublished":"2024-11-04T09:00:00+07:00"}'
    for objects, expected in (([video], "2024-11-05T14:30:00+07:00"), ([video, news], None)):
        scripts = "".join(f'<script type="application/ld+json">{o}</script>' for o in objects)
        page = f"<html><head>{scripts}</head><body><h1>Judul</h1>{BODY}</body></html>"
        got = extract_page(page).hints.published
        assert got == (expected or "2024-11-04T09:00:00+07:00")


@pytest.mark.parametrize("name", ["author", "dtk:author", "content_author", "parsely-author"])
def test_author_meta_tags_of_news_cmss(name: str) -> None:
    page = f'<html><head><meta name="{name}" content="Ilham Fikriansyah"></head><body>{BODY}'
    assert extract_page(page + "</body></html>").hints.authors == ("Ilham Fikriansyah",)


@pytest.mark.parametrize(
    ("shown", "expected"),
    [
        ("Selasa, 5 Maret 2024 10:15 WITA", "+08:00"),  # the same time, zoned: its zone
        ("Selasa, 5 Maret 2024 11:15 WITA", "+07:00"),  # another time: not the same stamp
        ("Selasa, 5 Maret 2024 10:15", "+07:00"),  # no zone written: WIB as before
    ],
)
def test_a_zone_less_machine_date_takes_the_zone_of_its_date_line(
    shown: str, expected: str
) -> None:
    page = (
        '<html><head><script type="application/ld+json">{"@type":"NewsArticle",'
        '"headline":"Judul","datePublished":"2024-03-05T10:15:00"}</script></head><body>'
        f"<h1>Judul</h1><time>{shown}</time><article>{BODY}</article></body></html>"
    )
    published = Reader(nlp=False).read(Document(source="t.html", html=page)).published
    assert published is not None and published.endswith(expected)


def test_a_caption_box_may_open_with_its_credit_line() -> None:
    box = '<div class="photo-caption">TRIBUNKALTIM.CO/RAHMAD TAUFIQ<br>Kendaraan melintas.</div>'
    page = f'<html><body><article><img src="a.jpg">{box}{BODY}</article></body></html>'
    got = extract_page(page).hints.captions
    assert got == (Caption("Kendaraan melintas.", "TRIBUNKALTIM.CO/RAHMAD TAUFIQ"),)


def test_a_standfirst_in_the_box_above_a_dateline_is_the_subtitle() -> None:
    lead = "Kemarau panjang membuat sejumlah waduk kering."
    page = (
        f'<html><head><meta property="og:description" content="{lead}"></head><body><article>'
        f"<h1>Judul</h1><p>{lead}</p><p>INDRAMAYU, KOMPAS — {TEXT}</p>{BODY}</article>"
        "</body></html>"
    )
    got = Reader(nlp=False).read(Document(source="k.html", html=page))
    assert got.subtitle == lead and got.body.startswith("Kalimat isi berita")
    assert got.dateline is not None and got.dateline.place == "INDRAMAYU"
