"""Metadata of an HTML page: JSON-LD, Open Graph and meta tags, titles, outlet, captions (dates
are in :mod:`warta.html.dates`, authors in :mod:`warta.html.authors`)."""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterator
from functools import lru_cache
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from warta.html.captions import find_captions as find_captions
from warta.html.captions import split_credit as split_credit
from warta.html.data import data_lines

if TYPE_CHECKING:
    from selectolax.lexbor import LexborHTMLParser, LexborNode

ARTICLE_TYPES = frozenset(
    {"newsarticle", "article", "reportagenewsarticle", "blogposting", "analysisnewsarticle",
     "opinionnewsarticle", "backgroundnewsarticle", "webpage", "liveblogposting", "report",
     "scholarlyarticle", "socialmediaposting"}
)  # fmt: skip
# JSON-LD keys under which the article object may sit.
JSON_LD_NESTING = ("@graph", "mainEntity")
# Title separators before an outlet name: "Headline - Outlet", "Headline | Outlet".
_TITLE_SUFFIX = re.compile(r"\s+[-|–—:•»]\s+[^-|–—:•»]{2,40}$")


def read_meta(tree: LexborHTMLParser) -> dict[str, str]:
    """``<meta>`` contents by lower-cased property/name/itemprop; the first value wins."""
    out: dict[str, str] = {}
    for node in tree.css("meta[content]"):
        attrs = node.attributes
        key = attrs.get("property") or attrs.get("name") or attrs.get("itemprop")
        value = html.unescape(attrs.get("content") or "").strip()
        if key and value:
            out.setdefault(key.lower(), value)
    return out


def read_json_ld(tree: LexborHTMLParser) -> dict[str, Any]:
    """The first article-like JSON-LD object (merged over @graph and lists); {} if none."""
    found: list[dict[str, Any]] = []
    for node in tree.css('script[type="application/ld+json"]'):
        raw = node.text(deep=True)
        try:
            data = json.loads(raw, strict=False)
        except ValueError:
            continue
        found.extend(_objects(data))
    for obj in found:
        if ld_types(obj) & ARTICLE_TYPES - {"webpage"}:
            return obj
    for obj in found:
        if "headline" in obj or "datePublished" in obj:
            return obj
    # A video page (20detik) describes its clip, not an article: read only when nothing else is.
    return next((obj for obj in found if "videoobject" in ld_types(obj)), {})


def _objects(data: Any) -> Iterator[dict[str, Any]]:
    if isinstance(data, list):
        for item in data:
            yield from _objects(item)
    elif isinstance(data, dict):
        yield data
        # Articles also come wrapped: {"@graph": [...]}, or a WebPage whose mainEntity it is.
        for key in JSON_LD_NESTING:
            if isinstance(data.get(key), (list, dict)):
                yield from _objects(data[key])


def ld_types(obj: dict[str, Any]) -> set[str]:
    """The lower-cased schema.org types of a JSON-LD object."""
    kind = obj.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return {k.lower() for k in kinds if isinstance(k, str)}


def ld_name(value: Any) -> str | None:
    """The name a JSON-LD value gives: a string, a Person or Organization, or a list's first."""
    if isinstance(value, str):
        return html.unescape(value).strip() or None
    if isinstance(value, dict):
        # schema.org Person may give only its parts ({"givenName": "Anna", "familyName": "Fink"})
        parts = (value.get("givenName"), value.get("familyName"))
        whole = " ".join(p for p in parts if isinstance(p, str) and p.strip())
        return ld_name(value.get("name")) or ld_name(whole)
    if isinstance(value, list) and value:
        return ld_name(value[0])
    return None


def clean_title(
    title: str | None, outlets: set[str] | None = None, *, guess: bool = True
) -> str | None:
    """Whitespace collapsed, entities decoded, a " - Outlet" / " | Outlet" suffix removed.

    The suffix goes when it names a known outlet; with ``guess`` (the ``<title>`` tag) any
    short last segment after " - " or " | " is taken for the outlet."""
    if not title:
        return None
    title = " ".join(html.unescape(title).replace("\u200b", "").split())
    m = _TITLE_SUFFIX.search(title)
    if m and (guess or name_key(m.group(0).lstrip(" -|–—:•»")) in (outlets or set())):
        title = title[: m.start()]
    return title or None


def find_title(tree: LexborHTMLParser, ld: dict[str, Any], meta: dict[str, str]) -> str | None:
    """The headline: JSON-LD, Open Graph, Twitter, <h1>, then <title>, skipping any that only
    names the site ("Tempo.co - Berita Terkini Hari Ini"): None when nothing else is left."""
    outlets = outlet_keys(ld, meta)
    h1 = _headline_node(tree)
    h1_text = node_text(h1) if h1 is not None else None
    node = tree.css_first("title")
    candidates = [
        (ld.get("headline"), False),
        (meta.get("og:title"), False),
        (meta.get("twitter:title"), False),
        (h1_text, False),
        (node_text(node) if node is not None else None, True),
    ]
    site_names = [v for v in (ld_name(ld.get("publisher")), meta.get("og:site_name")) if v]
    shown = clean_title(h1_text)
    for candidate, guess in candidates:
        if isinstance(candidate, str) and candidate.strip():
            title = clean_title(candidate, outlets, guess=guess)
            if title and not is_site_title(title, site_names):
                return _without_shown_suffix(title, shown)
    return None


def _without_shown_suffix(title: str, shown: str | None) -> str:
    """ "Ziele, Chancen, Risiken | DW | 28.04.2023" when the page shows "Ziele, Chancen, Risiken":
    what follows the shown headline after a separator is the site's suffix."""
    if shown and len(shown) < len(title) and title.startswith(shown):
        rest = title[len(shown) :]
        if re.match(r"\s+[|\-–—•]\s", rest) and all(
            len(part.split()) <= SITE_SUFFIX_WORDS for part in re.split(r"\s[|\-–—•]\s", rest)
        ):
            return shown
    return title


# A site suffix is a name or a date ("| DW | 28.04.2023", "- Berita Terkini"); a longer part is
# the headline's own second clause ("Aktivistin getötet - Irans Justiz dementiert").
SITE_SUFFIX_WORDS = 2


def node_text(node: LexborNode) -> str:
    """A node's text with the page's own spacing, folded: ``Hi, I'm <b>Nicolas</b>`` keeps its
    space (``text(strip=True)`` strips every piece and glues them: "I'mNicolas")."""
    return " ".join(node.text(deep=True).split())


# Page furniture whose <h1> is the site's name, not the article's headline.
_MASTHEAD_TAGS = frozenset({"header", "nav", "footer", "aside"})


def _headline_node(tree: LexborHTMLParser) -> LexborNode | None:
    """The first <h1> outside the page's header, navigation and footer (else the first)."""
    first = None
    for h1 in tree.css("h1"):
        first = first or h1
        anc, masthead = h1.parent, False
        while anc is not None and not masthead:
            masthead = anc.tag in _MASTHEAD_TAGS and anc.css_first("article") is None
            anc = anc.parent
        if not masthead:
            return h1
    return first


def is_site_title(title: str, site_names: list[str]) -> bool:
    """Whether a title is only outlet names and slogan words (a home page's title)."""
    rest = _outlet_names_re().sub(" ", title)
    for name in site_names:
        rest = re.sub(re.escape(name), " ", rest, flags=re.IGNORECASE)
    words = re.findall(r"[^\W\d_]+", rest.casefold())
    brand = _outlet_brand_re()
    return all(w in _site_title_words() or brand.match(w) for w in words)


@lru_cache(maxsize=1)
def _outlet_brand_re() -> re.Pattern[str]:
    """A word that opens with a one-word outlet name: a desk of it ("detikNews", "kompasTV")."""
    names = {
        n.casefold() for n in {*outlet_domains().values()} if n.isalpha() and len(n) >= BRAND_CHARS
    }
    return re.compile("|".join(sorted(map(re.escape, names), key=len, reverse=True)) or "(?!)")


# Shorter one-word outlet names ("Viva" aside) open too many ordinary words to name a desk.
BRAND_CHARS = 5


@lru_cache(maxsize=1)
def _outlet_names_re() -> re.Pattern[str]:
    domains = outlet_domains()
    names = sorted({*domains, *domains.values()}, key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, names)) + r")(?!\w)", re.IGNORECASE)


@lru_cache(maxsize=1)
def _site_title_words() -> frozenset[str]:
    return frozenset(w.strip() for w in data_lines("site_title_words.txt", "html"))


def name_key(text: str) -> str:
    """A name as a comparison key: case-folded, letters and digits only."""
    return re.sub(r"[\W_]+", "", text.casefold())


def outlet_keys(ld: dict[str, Any], meta: dict[str, str]) -> set[str]:
    """Keys of every name the page's outlet goes by: gazetteer, publisher, site name."""
    keys = set(_organisation_keys())
    for value in (ld_name(ld.get("publisher")), meta.get("og:site_name"), meta.get("twitter:site")):
        if value:
            keys.add(name_key(value))
    keys.discard("")
    return keys


@lru_cache(maxsize=1)
def _organisation_keys() -> frozenset[str]:
    """Outlet names from the gazetteer and desk bylines, as comparison keys (built once)."""
    names = [*outlet_domains().values(), *ORGANISATION_BYLINES]
    return frozenset(name_key(n) for n in names)


# Bylines that name a desk, not a person.
ORGANISATION_BYLINES = (
    "Redaksi",
    "Tim Redaksi",
    "Admin",
    "Newsroom",
    "Staff",
    "Reuters",
    "AFP",
    "AP",
)


def after_headline(tree: LexborHTMLParser, max_chars: int) -> Iterator[str]:
    """Short element texts (whitespace collapsed) among the first MAX_HEADER_NODES elements
    after the <h1>, or from the top of the page when it has none."""
    seen = tree.css_first("h1") is None
    checked = 0
    for node in tree.css("h1, time, span, div, p, small, li"):
        if node.tag == "h1":
            seen = True
            continue
        if not seen:
            continue
        checked += 1
        if checked > MAX_HEADER_NODES:
            return
        text = node_text(node)
        if len(text) <= max_chars:
            yield text


def before_headline(tree: LexborHTMLParser, max_chars: int) -> Iterator[str]:
    """Short element texts among the MAX_HEADER_NODES elements before the <h1>, nearest first
    (table cells too: a print page lays its date and author out in a header table)."""
    h1 = tree.css_first("h1")
    if h1 is None:
        return
    above: list[LexborNode] = []
    for node in tree.css("h1, time, span, div, p, small, li, td"):
        if node.tag == "h1":
            break
        above.append(node)
    for node in reversed(above[-MAX_HEADER_NODES:]):
        text = node_text(node)
        if len(text) <= max_chars:
            yield text


# Byline and date lines sit within this many elements after the headline.
MAX_HEADER_NODES = 60


@lru_cache(maxsize=1)
def outlet_domains() -> dict[str, str]:
    """Domain -> outlet name, from the outlet gazetteer."""
    out: dict[str, str] = {}
    for line in data_lines("id_news_outlets.tsv", "gazetteers")[1:]:
        cols = line.split("\t")
        if len(cols) >= 2:
            out[cols[1].strip().lower()] = cols[0].strip()
    return out


def outlet_from_url(url: str | None) -> str | None:
    if not url:
        return None
    host = (urlsplit(url).hostname or "").lower()
    domains = outlet_domains()
    while host:
        if host in domains:
            return domains[host]
        host = host.partition(".")[2]
    return None


def find_outlet(
    ld: dict[str, Any],
    meta: dict[str, str],
    url: str | None,
    tree: LexborHTMLParser,
    headline: str | None,
) -> str | None:
    return (
        ld_name(ld.get("publisher"))
        or meta.get("og:site_name")
        or outlet_from_url(url)
        or meta.get("application-name")
        or title_site(tree, headline)
    )


# "Headline | Radar Banua", "Suara Ambon: Headline" (Blogger): the <title>'s part beside the
# page's headline, when it is a short name rather than a clause.
_TITLE_SITE_SEPARATORS = re.compile(r"^\s*[|\-–—:•»]\s+|\s*[|\-–—:•»]\s*$")
MAX_SITE_NAME_WORDS = 4


def title_site(tree: LexborHTMLParser, headline: str | None) -> str | None:
    """The site's name as its <title> gives it around the page's headline."""
    title = tree.css_first("title")
    if title is None or not headline:
        return None
    full, shown = " ".join(html.unescape(node_text(title)).split()), headline
    if not shown or shown not in full or shown == full:
        return None
    before, _, after = full.partition(shown)
    if before.strip() and after.strip():
        return None
    rest = before.strip() or after.strip()
    name = _TITLE_SITE_SEPARATORS.sub("", rest).strip()
    if name == rest or not 0 < len(name.split()) <= MAX_SITE_NAME_WORDS:
        return None  # no separator: the title is not "headline + site"
    return name


def find_url(tree: LexborHTMLParser, meta: dict[str, str], url: str | None) -> str | None:
    link = tree.css_first('link[rel="canonical"]')
    canonical = link.attributes.get("href") if link is not None else None
    for value in (canonical, meta.get("og:url"), url):
        if value and value.startswith(("http://", "https://")):
            return value
    return url


def find_subtitle(ld: dict[str, Any], meta: dict[str, str], title: str | None) -> str | None:
    """A standfirst from JSON-LD/og description, only when it is not a cut of the body."""
    for value in (ld.get("alternativeHeadline"), ld.get("description"), meta.get("og:description")):
        if isinstance(value, str):
            text = " ".join(html.unescape(value).split())
            if text and text != title and not text.endswith(("...", "…")):
                return text
    return None


def find_language(tree: LexborHTMLParser, meta: dict[str, str]) -> str | None:
    node = tree.css_first("html")
    lang = node.attributes.get("lang") if node is not None else None
    lang = lang or meta.get("og:locale") or meta.get("content-language")
    if not lang:
        return None
    return re.split(r"[-_]", lang.strip())[0].lower() or None
