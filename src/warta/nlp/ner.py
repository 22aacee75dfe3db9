"""Indonesian named-entity recognition (PER, ORG, LOC): a CRF over hand-made token features.

The model is trained here by ``scripts/train_ner.py`` / ``warta train ner`` (see
``warta.nlp.ner_train``) and shipped as package data; it is opened only when a tagger is loaded.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

from warta.nlp.ner_features import Lexicons, data_dir, sentence_features

LABELS = ("PER", "ORG", "LOC")
MODEL_NAME = "ner-id.crfsuite"


def default_model_path() -> Path:
    return data_dir() / "models" / MODEL_NAME


@dataclass(frozen=True)
class NerTagger:
    """A loaded CRF model plus the lexicons its features read."""

    crf: Any  # pycrfsuite.Tagger (opened read-only; tagging does not change it)
    lexicons: Lexicons

    @classmethod
    def load(cls, path: Path | None = None) -> NerTagger:
        import pycrfsuite

        path = path or default_model_path()
        if not path.is_file():
            raise FileNotFoundError(f"NER model not found: {path}")
        crf = pycrfsuite.Tagger()
        crf.open(str(path))
        return cls(crf=crf, lexicons=Lexicons.load())

    def tag(self, tokens: Sequence[str]) -> list[str]:
        """One BIO tag per token (``O``, ``B-PER``, ``I-ORG``, ...)."""
        if not tokens:
            return []
        tags = self.crf.tag(sentence_features(list(tokens), self.lexicons))
        return repair_bio([str(t) for t in tags])

    def tag_sentences(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        return [self.tag(sentence) for sentence in sentences]


def repair_bio(tags: Sequence[str]) -> list[str]:
    """Turn an ``I-X`` that does not continue an ``X`` entity into ``B-X`` (valid IOB2 out)."""
    fixed: list[str] = []
    for i, tag in enumerate(tags):
        if tag.startswith("I-"):
            prev = fixed[i - 1] if i else "O"
            if prev == "O" or prev[2:] != tag[2:]:
                tag = "B-" + tag[2:]
        fixed.append(tag)
    return fixed


def bio_to_spans(tags: Sequence[str]) -> list[tuple[int, int, str]]:
    """Token spans ``[start, end)`` with label, as seqeval's default (conlleval) mode reads BIO.

    An entity starts at ``B-X``, or at ``I-X`` after ``O`` or after another type; it ends before
    ``O``, ``B-*`` or a tag of another type.
    """
    spans: list[tuple[int, int, str]] = []
    start, label = -1, ""
    for i, tag in enumerate([*tags, "O"]):
        prefix, _, kind = tag.partition("-")
        ends = start >= 0 and (prefix in ("O", "B", "S") or kind != label or tag == "O")
        if ends:
            spans.append((start, i, label))
            start, label = -1, ""
        if prefix in ("B", "S") or (prefix in ("I", "E") and start < 0):
            start, label = i, kind
        if prefix in ("E", "S") and start >= 0:
            spans.append((start, i + 1, label))
            start, label = -1, ""
    return spans


def span_scores(
    gold: Sequence[Sequence[str]], pred: Sequence[Sequence[str]]
) -> dict[str, tuple[float, float, float, int]]:
    """Entity precision, recall, F1 (percent) and support per label and ``ALL`` (exact span+type)."""
    counts = {label: [0, 0, 0] for label in (*LABELS, "ALL")}  # true positive, predicted, gold
    for g_tags, p_tags in zip(gold, pred, strict=True):
        g_spans, p_spans = set(bio_to_spans(g_tags)), set(bio_to_spans(p_tags))
        for spans, slot in ((g_spans & p_spans, 0), (p_spans, 1), (g_spans, 2)):
            for span in spans:
                counts.setdefault(span[2], [0, 0, 0])[slot] += 1
                counts["ALL"][slot] += 1
    scores = {}
    for label, (tp, n_pred, n_gold) in counts.items():
        p = 100 * tp / n_pred if n_pred else 0.0
        r = 100 * tp / n_gold if n_gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        scores[label] = (p, r, f, n_gold)
    return scores


# Tag names of the other corpora mapped onto PER/ORG/LOC.
TAG_MAP = {"PERSON": "PER", "ORGANISATION": "ORG", "ORGANIZATION": "ORG", "PLACE": "LOC"}


def normalise_tag(tag: str) -> str:
    prefix, _, kind = tag.partition("-")
    if not kind:
        return "O"
    return f"{prefix}-{TAG_MAP.get(kind, kind)}"


def read_conll(lines: Iterable[str]) -> Iterator[list[list[str]]]:
    """Sentences of CoNLL rows (columns split on tabs or spaces); ``-DOCSTART-`` rows skipped.

    Each row keeps all its columns; a blank line ends a sentence. CRLF is tolerated.
    """
    sentence: list[list[str]] = []
    for raw in lines:
        line = raw.rstrip("\r\n")
        if not line.strip():
            if sentence:
                yield sentence
            sentence = []
            continue
        columns = line.split("\t") if "\t" in line else line.split()
        if columns[0] == "-DOCSTART-":
            continue
        sentence.append(columns)
    if sentence:
        yield sentence


def read_tagged(path: Path) -> list[tuple[list[str], list[str]]]:
    """(tokens, gold BIO tags with PER/ORG/LOC) from a CoNLL file whose last column is the tag."""
    with path.open(encoding="utf-8", newline="") as handle:
        return [
            ([row[0] for row in rows], [normalise_tag(row[-1]) for row in rows])
            for rows in read_conll(handle)
        ]


def tag_conll(source: Iterable[str], out: TextIO, tagger: NerTagger) -> int:
    """Tag a CoNLL stream: ``token<TAB>tag`` per row, blank lines kept; returns tokens tagged.

    ``-DOCSTART-`` rows are passed through as ``-DOCSTART-<TAB>O``.
    """
    count = 0
    sentence: list[str] = []

    def flush() -> None:
        nonlocal count
        for token, tag in zip(sentence, tagger.tag(sentence), strict=True):
            out.write(f"{token}\t{tag}\n")
        count += len(sentence)
        sentence.clear()

    for raw in source:
        line = raw.rstrip("\r\n")
        if not line.strip():
            flush()
            out.write("\n")
            continue
        token = line.split("\t")[0] if "\t" in line else line.split()[0]
        if token == "-DOCSTART-":
            flush()
            out.write("-DOCSTART-\tO\n")
            continue
        sentence.append(token)
    flush()
    return count
