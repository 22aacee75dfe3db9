"""Text that did not come from a tidy scraper, as users paste it: a browser's select-all copy of
a kompas-like and a tribun-like page (menus, trending lists, a ticker, comments, the footer), an
e-paper/PDF copy (hard-wrapped, hyphenated, a running header), a forwarded WhatsApp message, a
Telegram channel post, a reader-mode copy, a page whose headline, writer and date share one line,
a press release, a Q&A interview and a Javanese-language magazine article. Fictional texts;
expectations written before running warta, in the format of tests/test_clean_outlets.py. Each
tests/messy/<name>.txt has the expected reading in <name>.json; "body_has" / "body_lacks" list
what the whole body must (not) contain where the 60-character starts cannot tell (mended
hyphenation, a running header inside a paragraph), "note" says why where a reading could be
argued."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import warta

MESSY = Path(__file__).parent / "messy"
NAMES = sorted(p.stem for p in MESSY.glob("*.json"))


@pytest.mark.parametrize("name", NAMES)
def test_messy_text(name: str) -> None:
    expected = json.loads((MESSY / f"{name}.json").read_text(encoding="utf-8"))
    got = warta.read(str(MESSY / f"{name}.txt")).to_dict()
    for key in ("title", "outlet", "authors", "editors", "published", "dateline", "agencies"):
        assert got[key] == expected[key], key
    assert got["related"] == expected["related"]
    assert got["captions"] == expected["captions"]
    assert [p["text"][:60] for p in got["paragraphs"]] == expected["body_starts"]
    assert [[r["role"], r["text"][:60]] for r in got["removed"]] == expected["removed_roles"]
    assert got["language"] == expected["language"]
    for part in expected.get("body_has", []):
        assert part in got["body"], part
    for part in expected.get("body_lacks", []):
        assert part not in got["body"], part


def test_messy_rerun_is_stable() -> None:
    # Cleaning is idempotent: the body read again comes back the same.
    for name in NAMES:
        body = warta.read(str(MESSY / f"{name}.txt"), nlp=False).body
        assert warta.read(body, nlp=False).body == body, name
