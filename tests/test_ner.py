"""The NER tagger: packaged model loads and tags, BIO span reading, CoNLL reading, scoring."""

from __future__ import annotations

import io

import pytest

from warta.nlp.ner import (
    NerTagger,
    bio_to_spans,
    normalise_tag,
    read_conll,
    repair_bio,
    span_scores,
    tag_conll,
)
from warta.nlp.ner_features import Lexicons, capital_runs, gazetteer_tags, word_shape


@pytest.fixture(scope="module")
def tagger() -> NerTagger:
    return NerTagger.load()


@pytest.mark.parametrize(
    ("tags", "spans"),
    [
        ([], []),
        (["O", "O"], []),
        (["B-PER", "I-PER", "O", "B-LOC"], [(0, 2, "PER"), (3, 4, "LOC")]),
        (["B-PER", "B-PER"], [(0, 1, "PER"), (1, 2, "PER")]),
        (["I-ORG", "I-ORG", "O"], [(0, 2, "ORG")]),  # seqeval: I- after O starts an entity
        (["B-PER", "I-LOC", "I-LOC"], [(0, 1, "PER"), (1, 3, "LOC")]),
        (["O", "B-ORG", "I-ORG"], [(1, 3, "ORG")]),
    ],
)
def test_bio_to_spans(tags: list[str], spans: list[tuple[int, int, str]]) -> None:
    assert bio_to_spans(tags) == spans


def test_repair_and_normalise() -> None:
    assert repair_bio(["I-PER", "I-PER", "I-LOC"]) == ["B-PER", "I-PER", "B-LOC"]
    assert [normalise_tag(t) for t in ("B-PERSON", "I-ORGANISATION", "B-PLACE", "O")] == [
        "B-PER",
        "I-ORG",
        "B-LOC",
        "O",
    ]


def test_span_scores() -> None:
    gold = [["B-PER", "I-PER", "O", "B-LOC"]]
    pred = [["B-PER", "I-PER", "O", "B-ORG"]]
    scores = span_scores(gold, pred)
    assert scores["ALL"][:3] == (50.0, 50.0, 50.0)
    assert scores["PER"][2] == 100.0


def test_read_conll_crlf_docstart_columns() -> None:
    lines = [
        "-DOCSTART- O\r\n",
        "\r\n",
        "Jokowi PROPN B-PER\r\n",
        "pergi VERB O\r\n",
        "\r\n",
        "x\tO",
    ]
    assert list(read_conll(lines)) == [
        [["Jokowi", "PROPN", "B-PER"], ["pergi", "VERB", "O"]],
        [["x", "O"]],
    ]


def test_features_helpers() -> None:
    assert [word_shape(w) for w in ("Jakarta", "KPK", "2014", "Al-Qaeda")] == [
        "Xx",
        "X",
        "d",
        "Xx-Xx",
    ]
    assert capital_runs(["di", "Jawa", "Barat", "dan", "Bali"]) == ["O", "B", "E", "O", "S"]
    lex = Lexicons.load(with_clusters=False)
    marks = gazetteer_tags(["di", "Jawa", "Barat", "."], lex.gazetteer)
    assert "B-province" in marks[1] and "I-province" in marks[2] and not marks[0]


def test_tagger_tags(tagger: NerTagger) -> None:
    tokens = [
        "Presiden",
        "Rusia",
        "Vladimir",
        "Putin",
        "bertemu",
        "Xi",
        "Jinping",
        "di",
        "Beijing",
        ".",
    ]
    tags = tagger.tag(tokens)
    assert len(tags) == len(tokens)
    spans = {(" ".join(tokens[s:e]), label) for s, e, label in bio_to_spans(tags)}
    assert ("Vladimir Putin", "PER") in spans
    assert ("Xi Jinping", "PER") in spans
    assert ("Beijing", "LOC") in spans
    assert tags[0] == "O" and tags[4] == "O"
    assert tagger.tag([]) == []


def test_tag_sentences_and_org(tagger: NerTagger) -> None:
    sentences = [
        ["Ketua", "KPK", "Agus", "Rahardjo", "datang", "ke", "Jakarta", "."],
        ["Ia", "makan", "."],
    ]
    tagged = tagger.tag_sentences(sentences)
    assert [len(t) for t in tagged] == [8, 3]
    assert tagged[0][1] == "B-ORG" and tagged[0][2] == "B-PER" and tagged[0][6] == "B-LOC"
    assert tagged[1] == ["O", "O", "O"]


def test_tag_conll_stream(tagger: NerTagger) -> None:
    out = io.StringIO()
    count = tag_conll(["-DOCSTART- O", "", "Jokowi NOUN O", "ke X O", "Bali Y O", ""], out, tagger)
    assert count == 3
    lines = out.getvalue().split("\n")
    assert lines[0] == "-DOCSTART-\tO" and lines[1] == ""
    assert [line.split("\t")[0] for line in lines[2:5]] == ["Jokowi", "ke", "Bali"]
    assert lines[4] == "Bali\tB-LOC"


def test_training_runs_end_to_end_on_a_small_corpus(tmp_path: object) -> None:
    """`warta train ner` in miniature: both corpora's train/dev files, no clusters (so the
    packaged lexicons are not rewritten), a model that loads and tags what it was taught."""
    from pathlib import Path

    from warta.nlp.ner_train import NerData, train_ner

    shared = Path(str(tmp_path))
    sentences = [
        "Presiden B-PER\nJoko I-PER\nWidodo I-PER\ntiba O\ndi O\nJakarta B-LOC\n. O",
        "Ketua O\nKPK B-ORG\nbertemu O\nBudi B-PER\nSantoso I-PER\ndi O\nBandung B-LOC\n. O",
    ]
    text = "\n\n".join(sentences * 10) + "\n"
    for corpus, dev in (("idner-news-2k", "dev"), ("nergrit", "valid")):
        folder = shared / "data" / "ner" / corpus
        folder.mkdir(parents=True)
        for split in ("train", dev):
            (folder / f"{split}.txt").write_text(text, encoding="utf-8")
    out = shared / "model.crfsuite"
    report = train_ner(out, data=NerData(shared), clusters=False, log=lambda _: None)
    assert out.exists() and report["idner-news-2k_dev_f1"] > 0.9
    assert NerTagger.load(out).tag(["Budi", "Santoso", "di", "Bandung"]) == [
        "B-PER", "I-PER", "O", "B-LOC",
    ]  # fmt: skip
