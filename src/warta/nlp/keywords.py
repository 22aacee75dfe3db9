"""Keywords (TF-IDF of Sastrawi stems against IndoSum background frequencies) and an
extractive summary (sentences ranked by their keyword weight, with a lead bonus).

Entity names are kept whole and never stemmed (Sastrawi turns "Taliban" into "talib"); stems
are cached per call because Sastrawi is the slow part.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Sequence

from warta.model import Entity, Span
from warta.nlp.resources import NlpResources
from warta.nlp.sentences import split_sentences

# words shorter than this carry no topic ("di", "ke", "RI")
MIN_WORD_CHARS = 3
# entity names count more than plain words: they name who and where the story is about
ENTITY_WEIGHT = 1.5
# summary: sentences with fewer words are captions, datelines or fragments (tuned on IndoSum
# fold 01: 6 -> 8 words gains ~1 ROUGE-1 point)
MIN_SUMMARY_WORDS = 8
# summary: the lead bonus of sentence k is LEAD_WEIGHT * exp(-k / LEAD_DECAY): news puts the
# gist first, so position outweighs keyword mass (0..1) except for a strong later sentence
LEAD_WEIGHT = 3.0
LEAD_DECAY = 3.0
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_SKIP_SENTENCE = re.compile(r"^\s*(?:baca juga|lihat juga|simak juga)\b", re.IGNORECASE)
# direct speech rarely summarises a story: sentences holding a quote mark are skipped
_QUOTE_MARKS = frozenset('"“”')


def _idf(res: NlpResources) -> Callable[[str], float]:
    n_docs, df = res.background
    top = math.log(n_docs + 1)

    def idf(stem: str) -> float:
        return top - math.log(df.get(stem, 0) + 1) + 1.0

    return idf


def term_weights(
    text: str, entities: Sequence[Entity], res: NlpResources, spans: Sequence[Span] | None = None
) -> tuple[dict[str, float], dict[str, str], list[list[str]]]:
    """(weight per term, surface form per term, terms per span) for the spans (default: all)."""
    spans = list(spans) if spans is not None else [Span(0, len(text))]
    stems: dict[str, str] = {}
    stem, stop, idf = res.stem, res.stopwords, _idf(res)
    ents = sorted(entities, key=lambda e: e.start)
    in_entity = {pos for e in ents for pos in range(e.start, e.end)}
    per_span: list[list[str]] = []
    surface: dict[str, str] = {}
    for sp in spans:
        terms = [e.canonical for e in ents if sp.start <= e.start and e.end <= sp.end]
        for e in terms:
            surface.setdefault(e, e)
        for m in _WORD.finditer(text, sp.start, sp.end):
            if m.start() in in_entity:
                continue
            word = m.group().lower()
            if len(word) < MIN_WORD_CHARS or word in stop:
                continue
            s = stems.get(word)
            if s is None:
                s = stems[word] = stem(word)
            if s and s not in stop:
                terms.append(s)
                surface.setdefault(s, word)
        per_span.append(terms)
    tf = Counter(t for terms in per_span for t in terms)
    names = {e.canonical for e in ents}
    weights = {
        t: c * idf(t.lower()) * (ENTITY_WEIGHT if t in names else 1.0) for t, c in tf.items()
    }
    return weights, surface, per_span


def keywords(
    text: str, entities: Sequence[Entity], resources: NlpResources, n: int = 10
) -> list[str]:
    """The ``n`` strongest terms: canonical entity names, and Sastrawi stems of other words
    (so "menjalin" and "jalinan" count as one keyword, "jalin")."""
    weights, _, _ = term_weights(text, entities, resources)
    return top_terms(weights, n)


def top_terms(weights: dict[str, float], n: int) -> list[str]:
    return sorted(weights, key=lambda t: (-weights[t], t))[:n]


def summarize(
    text: str,
    entities: Sequence[Entity],
    resources: NlpResources,
    n: int = 3,
    sentences: Sequence[Span] | None = None,
) -> list[str]:
    """The ``n`` best sentences in text order: keyword weight (square-root length norm) plus
    a lead bonus; short sentences, "Baca juga" lines and direct speech are left out."""
    if n <= 0:
        return []
    sents = list(sentences) if sentences is not None else split_sentences(text, resources.tokenizer)
    weights, _, per_span = term_weights(text, entities, resources, sents)
    return pick_sentences(text, sents, weights, per_span, n)


def pick_sentences(
    text: str,
    sents: Sequence[Span],
    weights: dict[str, float],
    per_span: list[list[str]],
    n: int,
) -> list[str]:
    """The summary from precomputed term weights (see :func:`summarize`)."""
    if not sents or n <= 0:
        return []
    top = max(weights.values(), default=1.0)
    scored = []
    for k, (sp, terms) in enumerate(zip(sents, per_span, strict=True)):
        chunk = text[sp.start : sp.end]
        if len(chunk.split()) < MIN_SUMMARY_WORDS or _SKIP_SENTENCE.match(chunk):
            continue
        if _QUOTE_MARKS.intersection(chunk):
            continue
        mass = sum(weights[t] for t in set(terms)) / (top * math.sqrt(len(terms) + 1))
        scored.append((mass + LEAD_WEIGHT * math.exp(-k / LEAD_DECAY), k))
    best = sorted(k for _, k in sorted(scored, reverse=True)[:n]) or list(range(len(sents)))[:n]
    return [text[sents[k].start : sents[k].end] for k in best]
