"""The language layer on the two seed articles, through the real pipeline, against the gold.

What "exactly" means here:
- entities: for each label (PER, LOC, ORG) the set of *canonical* names of the entities found in
  the body equals the gold list. Gold lists each actor once under its full/standard name
  ("Vladimir Putin", "Amerika Serikat"), so short and variant mentions ("Putin", "AS" in
  "dolar AS") count through their canonical name; "Provinsi Paktika" counts as "Paktika".
  Entities outside the body (dateline, captions) must not appear.
- aliases: every gold alias is an entity mention whose canonical name is the gold full name.
- quotes: the same number of quotes as the gold; each gold quote is matched, in text order, by a
  quote with the same speaker, kind and cue whose text starts with ``starts_with``, and the same
  ``via`` (None when the gold has none).
- every entity and quote slices the body to its text.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from warta.model import Article, Document
from warta.pipeline import Reader

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
GOLD = sorted((SHARED / "seeds" / "gold").glob("*.json")) if SHARED.is_dir() else []


@pytest.fixture(scope="module")
def reader() -> Reader:
    return Reader()


@pytest.fixture(scope="module", params=GOLD, ids=[p.stem for p in GOLD])
def case(request: pytest.FixtureRequest, reader: Reader) -> tuple[dict, Article]:
    if not SHARED.is_dir():
        pytest.skip("../shared is absent")
    gold = json.loads(request.param.read_text(encoding="utf-8"))
    text = (SHARED / "seeds" / gold["file"]).read_text(encoding="utf-8")
    return gold, reader.read(Document(gold["file"], text=text))


if not GOLD:
    pytestmark = pytest.mark.skip(reason="../shared seeds are absent")


@pytest.mark.parametrize("label", ["PER", "LOC", "ORG"])
def test_entities(case: tuple[dict, Article], label: str) -> None:
    gold, article = case
    found = {e.canonical for e in article.entities if e.label == label}
    assert found == set(gold["entities"][label])


def test_aliases(case: tuple[dict, Article]) -> None:
    gold, article = case
    for short, full in gold["aliases"].items():
        assert any(e.text == short and e.canonical == full for e in article.entities), short


def test_quotes(case: tuple[dict, Article]) -> None:
    gold, article = case
    quotes = list(article.quotes)
    assert len(quotes) == len(gold["quotes"])
    for g in gold["quotes"]:
        match = [
            q
            for q in quotes
            if q.text.startswith(g["starts_with"])
            and q.speaker == g["speaker"]
            and q.kind == g["kind"]
            and q.cue == g["cue"]
            and q.via == g.get("via")
        ]
        assert match, g


def test_offsets(case: tuple[dict, Article]) -> None:
    _, article = case
    body = article.body
    assert all(body[e.start : e.end] == e.text for e in article.entities)
    assert all(body[q.start : q.end] == q.text for q in article.quotes)
    assert all(0 <= s.start < s.end <= len(body) for s in article.sentences)
    assert len(article.summary) == 3 and article.keywords
