"""Stage 1 for HTML: main content as text lines, plus the hints the markup carries.

STUB — being replaced by the real extractor (see the reading issue).
"""

from __future__ import annotations

from dataclasses import dataclass

from warta.model import PageHints


@dataclass(frozen=True)
class Page:
    text: str
    hints: PageHints


def extract_page(html: str, *, url: str | None = None, source: str = "") -> Page:
    from selectolax.lexbor import LexborHTMLParser as HTMLParser

    tree = HTMLParser(html)
    body = tree.body
    text = body.text(separator="\n") if body is not None else ""
    title_node = tree.css_first("title")
    title = title_node.text(strip=True) if title_node is not None else None
    return Page(text=text, hints=PageHints(title=title, url=url))
