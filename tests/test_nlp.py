"""The language layer as a whole: annotate, keywords, summary, and invariants on any text."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from warta.model import Article
from warta.nlp import (
    NlpResources,
    annotate,
    find_entities,
    find_quotes,
    keywords,
    split_sentences,
    summarize,
    tokenize,
)

BODY = (
    "Presiden China Xi Jinping dan Presiden Rusia Vladimir Putin bersepakat memperkuat "
    "komunikasi dalam membantu Afghanistan.\n\n"
    "Xi mengatakan bahwa China mendorong semua faksi di Afghanistan membangun kerangka politik. "
    '"Kami siap membantu rakyat Afghanistan," kata Putin, dilansir Reuters.\n\n'
    "Rusia juga akan bekerja sama dengan China untuk mencegah risiko keamanan di kawasan itu."
)


@pytest.fixture(scope="module")
def res() -> NlpResources:
    return NlpResources.load()


def test_annotate_fills_everything(res: NlpResources) -> None:
    article = annotate(Article(source="t", body=BODY, cited_media=("Reuters",)), res)
    assert [BODY[s.start : s.end] for s in article.sentences][0].startswith("Presiden China")
    assert {e.canonical for e in article.entities if e.label == "PER"} == {
        "Xi Jinping",
        "Vladimir Putin",
    }
    assert [(q.kind, q.speaker, q.via) for q in article.quotes] == [
        ("indirect", "Xi Jinping", None),
        ("direct", "Vladimir Putin", "Reuters"),
    ]
    assert "Afghanistan" in article.keywords
    assert 1 <= len(article.summary) <= 3
    assert all(s in BODY for s in article.summary)


def test_summary_length(res: NlpResources) -> None:
    ents = find_entities(BODY, res)
    assert summarize(BODY, ents, res, n=1) and len(summarize(BODY, ents, res, n=1)) == 1
    assert summarize(BODY, ents, res, n=0) == []


def test_keywords_are_stems_and_names(res: NlpResources) -> None:
    ents = find_entities(BODY, res)
    kws = keywords(BODY, ents, res, n=40)
    assert "Vladimir Putin" in kws  # entity names are not stemmed
    assert "kerangka" in kws and "bersepakat" not in kws  # plain words as Sastrawi stems
    assert "sepakat" in kws


_PIECES = list("aAbBkKPu .,!?\"“”'\n-:()…") + ["Putin ", " kata ", "Dr. ", "Xi", "Rusia", "\n\n"]
_TEXT = st.lists(st.sampled_from(_PIECES), max_size=120).map("".join)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=_TEXT | st.text(max_size=200))
def test_any_text_never_crashes(text: str, res: NlpResources) -> None:
    tokens = tokenize(text)
    assert all(text[t.start : t.end] == t.text for t in tokens)
    for s in split_sentences(text):
        assert 0 <= s.start < s.end <= len(text)
    ents = find_entities(text, res)
    assert all(text[e.start : e.end] == e.text for e in ents)
    quotes = find_quotes(text, ents, res)
    assert all(text[q.start : q.end] == q.text for q in quotes)
    keywords(text, ents, res)
    summarize(text, ents, res)
    annotate(Article(source="h", body=text), res)
