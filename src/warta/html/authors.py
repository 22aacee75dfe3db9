"""Authors of an HTML page: JSON-LD, the author meta tags, byline elements, a labelled byline
under the headline, a name alone in an author-class box (split off :mod:`warta.html.meta`)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from warta.html.bylines import class_named_authors
from warta.html.meta import after_headline, ld_name, ld_types, name_key, node_text, outlet_keys
from warta.html.tree import has_ancestor

if TYPE_CHECKING:
    from selectolax.lexbor import LexborHTMLParser

BYLINE_SELECTOR = (
    '[itemprop="author"] [itemprop="name"], [rel="author"], .author-name, .author__name, '
    ".byline__name, .byline a, .author a, "
    # Author archive links (WordPress and most Indonesian CMSs): /author/<slug>, /penulis/<slug>.
    'a[href*="/author/"], a[href*="/penulis/"]'
)

# The conjunctions in lower case only: "Dan Jervis-Bardy" is a name, not "and Jervis-Bardy".
_AUTHOR_SPLIT = re.compile(r"\s*(?:,|;|&|\band\b|\bdan\b|\bund\b|\bAND\b|\bDAN\b|/)\s*")
_AUTHOR_PREFIX = re.compile(
    r"^(?:by|oleh|penulis|reporter|author|von|por|par|writer)\s*:?\s+", re.IGNORECASE
)
# "Elena Oberholzer (obe)", "Deutsche Welle (www.dw.com)": the bracket is a desk code or site.
_AUTHOR_INITIALS = re.compile(r"\s*\([^()]{1,30}\)")
# An author "name" longer than this is a sentence, not a name.
MAX_AUTHOR_CHARS = 60


def split_authors(value: str) -> list[str]:
    """ "A, B dan C" -> ["A", "B", "C"]; prefixes such as "Oleh" and "By" go."""
    if _looks_like_url(value):
        return []
    value = _AUTHOR_PREFIX.sub("", " ".join(value.split()))
    value = _AUTHOR_INITIALS.sub("", value)
    names = [n.strip(" .-–|") for n in _AUTHOR_SPLIT.split(value)]
    # A name holding a domain is a site ("Cleveland.com"), or its builder in the author meta
    # tag ("mediaindonesia.com developer"), not a writer.
    return [
        n
        for n in names
        if n and len(n) <= MAX_AUTHOR_CHARS and not _looks_like_url(n) and not _DOMAIN.search(n)
    ]


def _looks_like_url(text: str) -> bool:
    return "://" in text or text.startswith("www.") or "@" in text


_DOMAIN = re.compile(r"[a-z0-9-]\.(?:com|net|org|id|co\.id|or\.id|go\.id|info|news)\b")


def find_authors(
    tree: LexborHTMLParser,
    ld: dict[str, Any],
    meta: dict[str, str],
    editors: frozenset[str] = frozenset(),
) -> tuple[str, ...]:
    """People named as authors: JSON-LD, the author meta tag, byline elements, visible
    bylines, then a short name in an author-class box. A source naming only organisations
    ("STERN.de", "Deutsche Welle"), or only people the page's credit box calls its editors
    (a CMS filing the editor as the JSON-LD author), gives way to the next one."""
    outlets = outlet_keys(ld, meta)
    taken = {name_key(e) for e in editors}
    for raw in _author_sources(tree, ld, meta):
        names: list[str] = []
        for value in raw:
            for name in split_authors(value):
                key = name_key(name)
                # An organisation byline ("CNN Indonesia", "Redaksi") is not an author.
                if key in outlets or key in {name_key(n) for n in names}:
                    continue
                names.append(name)
        if names and not all(name_key(n) in taken for n in names):
            return tuple(names)
    return ()


# Author meta tags, by name: the standard one, then those of news CMSs and analytics tags
# (detik network "dtk:author", tribun "content_author", Parse.ly, Sailthru, Dublin Core).
AUTHOR_META = ("author", "dtk:author", "content_author", "parsely-author", "sailthru.author",
               "dc.creator")  # fmt: skip


def _author_sources(
    tree: LexborHTMLParser, ld: dict[str, Any], meta: dict[str, str]
) -> Iterator[list[str]]:
    author = ld.get("author")
    yield [
        name
        for item in (author if isinstance(author, list) else [author])
        if (name := ld_name(item))
        and not (isinstance(item, dict) and "organization" in ld_types(item))
    ]
    tagged = next((meta[k] for k in AUTHOR_META if meta.get(k)), "")
    if tagged and not _looks_like_url(tagged):
        yield [tagged]
    # A sidebar's author links (Blogger's profile widget: "Lihat profil lengkapku") are not
    # the article's byline.
    yield [node_text(n) for n in tree.css(BYLINE_SELECTOR) if not has_ancestor(n, "aside")][:4]
    yield list(visible_bylines(tree))
    yield class_named_authors(tree)


# "Penulis: Nur Fitriani", "Oleh : Budi" printed under the headline (up to the next label).
_VISIBLE_BYLINE = re.compile(
    r"^(?:penulis|reporter|oleh|by|kontributor)\s*:\s*(?P<names>[^|:]{3,80}?)"
    r"(?=\s*(?:\||$|editor\b|redaktur\b))",
    re.IGNORECASE,
)
MAX_BYLINE_CHARS = 120


def visible_bylines(tree: LexborHTMLParser) -> list[str]:
    """Author names labelled in the lines right after the <h1> (pages without author markup)."""
    if tree.css_first("h1") is None:
        return []
    for text in after_headline(tree, MAX_BYLINE_CHARS):
        m = _VISIBLE_BYLINE.match(text)
        if m:
            return [m.group("names")]
    return []
