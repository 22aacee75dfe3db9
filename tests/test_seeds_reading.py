"""The two seed articles must read exactly as their hand-made gold says."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from warta.model import Document
from warta.pipeline import Reader

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
GOLD = sorted((SHARED / "seeds" / "gold").glob("*.json")) if SHARED.exists() else []


@pytest.fixture(scope="module")
def reader() -> Reader:
    return Reader(nlp=False)


def _same_instant(a: str | None, b: str | None) -> bool:
    if a is None or b is None:
        return a is b
    return dt.datetime.fromisoformat(a) == dt.datetime.fromisoformat(b)


@pytest.mark.skipif(not GOLD, reason="../shared/seeds is absent")
@pytest.mark.parametrize("gold_path", GOLD, ids=lambda p: p.stem)
def test_seed_reads_as_gold(gold_path: Path, reader: Reader) -> None:
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    src = gold_path.parent.parent / gold["file"]
    art = reader.read(Document(source=str(src), text=src.read_text(encoding="utf-8")))
    roles = {str(ln.line): ln.role for ln in art.lines}
    assert {k: roles.get(k) for k in gold["line_roles"]} == gold["line_roles"]
    assert art.title == gold["title"]
    assert art.subtitle == gold.get("subtitle")
    assert art.outlet == gold["outlet"]
    assert list(art.authors) == gold["authors"]
    assert _same_instant(art.published, gold["published"])
    dl = {"place": art.dateline.place, "outlet": art.dateline.outlet} if art.dateline else None
    assert dl == gold["dateline"]
    assert [{"text": c.text, "credit": c.credit} for c in art.captions] == gold["captions"]
    assert list(art.related) == gold["related"]
    assert list(art.agencies) == gold.get("agency", [])
    assert list(art.cited_media) == gold["cited_sources"]
    assert art.body.startswith(gold["body_starts_with"])
    assert art.body.endswith(gold["body_ends_with"])
    headings = [p.text for p in art.paragraphs if p.role == "heading"]
    assert headings == gold.get("headings", [])
    assert art.language == "id"
