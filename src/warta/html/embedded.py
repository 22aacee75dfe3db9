"""The article a JavaScript page carries as data (Next.js ``__NEXT_DATA__``) rather than as
markup: the server sends a sparse DOM (a headline, a loading skeleton) and the client renders
the text from a JSON payload. The payload's article object is found by its title, which must be
the page's headline (a trending list in the same payload has titles too), and its fields are
mapped to the schema.org keys the JSON-LD readers take."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from warta.html.data import data_lines
from warta.model import Caption

if TYPE_CHECKING:
    from selectolax.lexbor import LexborHTMLParser

# Next.js writes its payload here; other frameworks' JSON islands share the type.
EMBED_SELECTOR = 'script#__NEXT_DATA__, script[type="application/json"]'
# Payloads nest pages, props and API responses; an article is never deeper than this.
MAX_DEPTH = 12
# Caption and credit keys of an embedded image object.
CAPTION_KEYS = ("caption", "description")
CREDIT_KEYS = ("credit", "copyright", "source")


@lru_cache(maxsize=1)
def _key_map() -> dict[str, tuple[str, ...]]:
    """schema.org key -> the payload keys naming the same field, in preference order."""
    rows = [line.split("\t") for line in data_lines("embedded_keys.tsv")]
    return {row[0]: tuple(row[1:]) for row in rows}


def embedded_article(tree: LexborHTMLParser, title: str | None) -> dict[str, Any]:
    """The payload's article, under schema.org keys ({} when no payload object has the page's
    title)."""
    if not title:
        return {}
    wanted = _fold(title)
    for node in tree.css(EMBED_SELECTOR):
        try:
            data = json.loads(node.text(deep=True))
        except ValueError:
            continue
        for obj in _dicts(data, 0):
            if any(_fold(obj.get(k)) == wanted for k in _key_map()["headline"]):
                return _as_schema(obj)
    return {}


def _fold(value: Any) -> str:
    return " ".join(value.split()).casefold() if isinstance(value, str) else ""


def _dicts(data: Any, depth: int) -> Iterator[dict[str, Any]]:
    if depth > MAX_DEPTH:
        return
    if isinstance(data, dict):
        yield data
        data = list(data.values())
    if isinstance(data, list):
        for item in data:
            yield from _dicts(item, depth + 1)


def _as_schema(obj: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for schema_key, keys in _key_map().items():
        value = next((obj[k] for k in keys if obj.get(k)), None)
        if value is not None:
            out[schema_key] = value
    return out


def body_html(article: dict[str, Any]) -> str | None:
    """The article's text as HTML: the payload's own markup, or plain text cut into
    paragraphs at its line breaks."""
    body = article.get("articleBody")
    if not isinstance(body, str) or not body.strip():
        return None
    if re.search(r"<(?:p|div|br)\b", body, re.IGNORECASE):
        return f"<html><body><article>{body}</article></body></html>"
    paragraphs = [p.strip() for p in body.splitlines() if p.strip()]
    inner = "".join(f"<p>{_escape(p)}</p>" for p in paragraphs)
    return f"<html><body><article>{inner}</article></body></html>"


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def image_captions(article: dict[str, Any]) -> tuple[Caption, ...]:
    """The caption of the article's image object, its credit field kept apart."""
    images = article.get("image")
    out = []
    for image in images if isinstance(images, list) else [images]:
        if not isinstance(image, dict):
            continue
        text = next((image[k] for k in CAPTION_KEYS if isinstance(image.get(k), str)), "")
        credit = next((image[k] for k in CREDIT_KEYS if isinstance(image.get(k), str)), None)
        if text.strip():
            out.append(Caption(text=" ".join(text.split()), credit=credit or None))
    return tuple(out)
