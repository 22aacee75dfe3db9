"""Saved pages (fundus style): each tests/pages/<name>.html has an expected <name>.json."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from warta.html import extract_page

PAGES = Path(__file__).parent / "pages"
NAMES = sorted(p.stem for p in PAGES.glob("*.json"))


@pytest.mark.parametrize("name", NAMES)
def test_saved_page(name: str) -> None:
    expected = json.loads((PAGES / f"{name}.json").read_text(encoding="utf-8"))
    html = (PAGES / f"{name}.html").read_text(encoding="utf-8")
    page = extract_page(html, url=expected["url"], source=name)
    hints = page.hints
    got = {
        "title": hints.title,
        "subtitle": hints.subtitle,
        "authors": list(hints.authors),
        "published": hints.published,
        "outlet": hints.outlet,
        "url": hints.url,
        "language": hints.language,
        "captions": [{"text": c.text, "credit": c.credit} for c in hints.captions],
    }
    assert got == expected["hints"]
    lines = page.text.split("\n\n")
    # The headline lives in the hints; the text starts at the content (bylines may stay).
    assert lines[0] != hints.title
    assert expected["first_line"] in lines
    for line in expected["lines_include"]:
        assert line in lines
    for text in expected["text_excludes"]:
        assert text not in page.text


@pytest.mark.parametrize("name", NAMES)
def test_saved_page_through_the_reader(name: str) -> None:
    """The full reading (extractor + text cleaner) keeps the article's first paragraph."""
    from warta.model import Document
    from warta.pipeline import Reader

    expected = json.loads((PAGES / f"{name}.json").read_text(encoding="utf-8"))
    html = (PAGES / f"{name}.html").read_text(encoding="utf-8")
    article = Reader(nlp=False).read(Document(source=name, html=html, url=expected["url"]))
    assert expected["first_line"].split(" - ")[-1][:60] in article.body
    assert article.url == expected["hints"]["url"]
