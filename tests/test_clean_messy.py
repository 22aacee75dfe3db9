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
from collections.abc import Callable
from pathlib import Path

import pytest

import warta

MESSY = Path(__file__).parent / "messy"
NAMES = sorted(p.stem for p in MESSY.glob("*.json"))


@pytest.mark.parametrize("name", NAMES)
def test_messy_text(name: str, check_reading: Callable[[Path], None]) -> None:
    assert "language" in json.loads((MESSY / f"{name}.json").read_text(encoding="utf-8"))
    check_reading(MESSY / f"{name}.txt")


def test_messy_rerun_is_stable() -> None:
    # Cleaning is idempotent: the body read again comes back the same.
    for name in NAMES:
        body = warta.read(str(MESSY / f"{name}.txt"), nlp=False).body
        assert warta.read(body, nlp=False).body == body, name
