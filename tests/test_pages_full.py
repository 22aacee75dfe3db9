"""Full readings of article pages of Indonesian outlets outside the dev data (tirto, kumparan,
suara, idntimes, sindonews, republika, kontan, viva, merdeka, cnbcindonesia, bbcindonesia,
voaindonesia, jawapos, jpnn, mediaindonesia, beritasatu, inews, pikiran-rakyat), each in its
own modern layout with the usual leftovers (read-also boxes, ad labels, embeds and players, tag
lists, author and credit boxes, pagination). The *_real pages (kompas, detik, tribunnews,
liputan6, cnnindonesia, tempo, okezone, antaranews) are the eight dev-data outlets in their real
modern markup rather than the simplified layouts of the scraped-dev HTML: outlet meta (dtk:,
content_*), JSON-LD, credit boxes ("Penulis"/"Editor", "Pewarta"/"Editor", "Nama - detikNews"),
the outlet's own datelines, read-also inserts (linksisip tables, baca-juga lists, "Pilihan
Editor"), parallax ad labels, a <br>-separated body (antara), a standfirst above a dateline
(tempo), a credit line above its caption (tribun). Fictional articles written for warta, with
the expected reading decided before running it; their related_include (the read-also
headlines in the text) and tempo_real's subtitle were added after the first run.
A third set covers outlets and markup warta had not seen, written the same way (one passed at
first): serambinews (tribun regional: a "Laporan Wartawan" line, a sign-off naming the paper on
the network's host), kaltimpost (no JSON-LD, the date only in the visible text, WITA, a dateline
glued to its dash), jubi (WordPress JNews: jeg_ classes, Jetpack related posts, a "Bagikan:"
bar, a Yoast date in UTC beside the WIT one, a caption class on previous/next links),
cnbcindonesia_live (a live report: an intro box above a list of time-stamped updates), haibunda
(detik network: a "Name | HaiBunda" byline, "/ Foto:" credits, an app promo closing the text),
kapanlagi (Open Graph only, a photo gallery inside the body), bisnis_amp (an AMP page: amp-img,
amp-ad, amp-carousel, amp-sidebar) and solopos (a body in two containers split by an ad and an
"ARTIKEL TERKAIT" box, a standfirst as subtitle).
A fourth set covers the site builders hundreds of regional outlets run on (four passed at first):
maduranews (tagDiv Newspaper: td-post-content, a "- Advertisement -" ad spot, a td-related
"Baca Juga" block inline, td-author-box, a Yoast @graph in UTC beside a local <time>, "Editor:"
closing the text), wartalombok (Jannah/TieLabs: tie- classes, share-buttons, a related slider,
a newsletter widget, the date only in Open Graph, WITA), kabarbanyumas (Astra with long wpDiscuz
comments that must stay out of the body), suaraambon (Blogger: <div>/<br> text, a tr-caption
table, "Label:" list, archive and profile widgets in the sidebar, a WIT <abbr> date, the site
name only in "<title>Blog: Post</title>"), kabarminang (page 1 of 3: "Halaman 1 2 3
Selanjutnya", "Baca halaman berikutnya"), luwuraya_live (a live blog whose updates are sibling
boxes, one much longer than the others), radarbanua_print (a print page: no nav, inline styles,
a header table above the headline with the date and the credit box, a "Dicetak pada" stamp, the
site name only in the <title>) and jakartaherald (an English-language outlet: "JAKARTA —",
"Read also:", language en, which the test checks where an expectation names one).
A fifth set covers layouts rather than outlets (two passed at first: medcom_foto, and
wartasulut_microdata on the dateline's outlet, where the publisher's name is now read):
katadata_next (Next.js: a loading skeleton in the DOM, the article only in __NEXT_DATA__), tribunkaltim_paged (tribun
regional page 1 of 2: "Halaman selanjutnya", a JSON-LD date without an offset beside a WITA
date line, the photo credit above its caption), antaranews_en (the English edition: "Related
news:", a Reporter/Editor box in the <br> text), wartasulut_microdata (Joomla microdata, no
JSON-LD or Open Graph: the publisher only in itemprop), fajar_opini (an opinion column: two
writers only in <meta name="author"> joined by "dan", a disclaimer line, a "Tentang Penulis"
bio box), medcom_foto (a photo gallery: a short lead over captioned slides), kompasid_premium
(a subscriber-only teaser: the standfirst inside the article box above the dateline, the
paywall prompt under the text) and 20detik_video (a video page: VideoObject JSON-LD, the author
only in dtk:author, a transcript under its label).
A sixth set covers more outlets and site builders (one passed at first, era_relative;
bola_webstory and ghost_blog had expectations corrected to warta's conventions): mojok_esai (mojok.co: an essay with no
dateline, "Penulis:"/"Editor:" closing the text, a "BACA JUGA X dan tulisan lainnya di rubrik
ESAI" line with no colon), theconversation_id (The Conversation: two authors with affiliations in
JSON-LD and microdata, a disclosure, partners and republishing box inside the article, a <time>
in UTC printed as WIB), ghost_blog (Ghost: gh-content, kg-image and kg-bookmark cards, a callout
asking readers to subscribe, Portal buttons, the dates only in UTC, the header's excerpt opening
the text as a standfirst does in the Fundus gold), drupal_regional (Drupal 10: RDFa, "Dikirim
oleh redaksi", Reporter and Editor as inline fields whose colon is CSS, a views block of related
stories), jakartaglobe (English: a "Jakarta." dateline with a full stop, "Read More:" over a
list), era_relative (the date only in a <time> reading "2 jam yang lalu", a "Baca Juga:" box, the
editor line under the text), soledad_regional (WordPress Soledad: penci- classes, an
"Advertisements" adsense label, "Penulis: X | Editor: Y" under a "Redaksi" byline, previous/next
posts, a related carousel) and bola_webstory (an AMP web story: the text in amp-story-page
layers, a "Foto:" credit on every page, the first page's heading read as header, a page outlink).
Each tests/pages_full/<name>.html has the expected reading in <name>.json."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from warta.model import Article, Document
from warta.pipeline import Reader

PAGES = Path(__file__).parent / "pages_full"
NAMES = sorted(p.stem for p in PAGES.glob("*.json"))
# An expectation that differs from warta's convention on purpose (see the commit log): suara
# treats an embedded tweet as a leftover, where the dev gold (ScrapingHub) counts an embedded
# post as the article quoting it.
KNOWN_FAILURES = {"suara"}


@pytest.fixture(scope="module")
def reader() -> Reader:
    return Reader(nlp=False)


def _minute(stamp: str | None) -> tuple[dt.datetime, dt.timedelta | None] | None:
    """A timestamp to the minute, with its offset (seconds are not part of the check)."""
    if stamp is None:
        return None
    when = dt.datetime.fromisoformat(stamp).replace(second=0, microsecond=0)
    return when, when.utcoffset()


def _outlet_key(name: str | None) -> str:
    """Outlet names compared as the scraped-page scorer does: case, punctuation and a domain
    suffix aside ("Tirto.id" is "Tirto", "kontan.co.id" is "Kontan")."""
    key = (name or "").casefold()
    for suffix in (".co.id", ".com", ".id"):
        key = key.removesuffix(suffix)
    return "".join(ch for ch in key if ch.isalnum())


def _read(reader: Reader, name: str) -> tuple[dict, Article]:
    expected = json.loads((PAGES / f"{name}.json").read_text(encoding="utf-8"))
    html = (PAGES / f"{name}.html").read_text(encoding="utf-8")
    return expected, reader.read(Document(source=name, html=html, url=expected["url"]))


@pytest.mark.parametrize(
    "name",
    [
        pytest.param(n, marks=pytest.mark.xfail(strict=True)) if n in KNOWN_FAILURES else n
        for n in NAMES
    ],
)
def test_full_page(reader: Reader, name: str) -> None:
    expected, article = _read(reader, name)
    got = article.to_dict()
    for key in ("url", "title", "authors", "editors", "dateline", "agencies"):
        assert got[key] == expected[key], key
    if "subtitle" in expected:
        assert got["subtitle"] == expected["subtitle"], "subtitle"
    if "language" in expected:
        assert got["language"] == expected["language"], "language"
    names = [expected["outlet"], *expected.get("outlet_aliases", [])]
    assert _outlet_key(got["outlet"]) in {_outlet_key(n) for n in names}, "outlet"
    assert _minute(article.published) == _minute(expected["published"]), "published"
    paragraphs = [p.text for p in article.paragraphs]
    assert paragraphs, "no body"
    assert paragraphs[0] == expected["first_paragraph"], "first_paragraph"
    assert paragraphs[-1] == expected["last_paragraph"], "last_paragraph"
    for text in expected["body_includes"]:
        assert text in paragraphs, text
    for text in expected["body_excludes"]:
        assert text not in article.body, text
    captions = [c.text for c in article.captions]
    for text in expected.get("captions_include", []):
        assert text in captions, text
    for text in expected.get("related_include", []):
        assert text in got["related"], text
