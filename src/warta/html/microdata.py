"""schema.org microdata of pages that mark their article with ``itemprop`` attributes rather
than JSON-LD (Joomla, older custom CMSs): the fields the JSON-LD readers would miss, as a
JSON-LD-shaped dict. Authors and dates are read from microdata elsewhere (the byline selector,
:mod:`warta.html.dates`); the publisher's name has no other place on such a page."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from selectolax.lexbor import LexborHTMLParser, LexborNode

# The publisher of the page's article item (a breadcrumb or a site item has no publisher).
PUBLISHER_NAME = '[itemprop="publisher"] [itemprop="name"]'


def read_microdata(tree: LexborHTMLParser) -> dict[str, Any]:
    """{"publisher": {"name": ...}} from the article's microdata; {} when it has none."""
    node = tree.css_first(PUBLISHER_NAME)
    name = _value(node) if node is not None else ""
    return {"publisher": {"name": name}} if name else {}


def _value(node: LexborNode) -> str:
    """An item property's value: a <meta>'s content, else the element's text."""
    raw = node.attributes.get("content") if node.tag == "meta" else node.text(deep=True)
    return " ".join((raw or "").split())
