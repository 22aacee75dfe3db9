"""Named entities: the NER tagger per sentence, mapped to character offsets, then cleaned up.

The tagger is weak on titles and on place names it has not seen, so its spans are trimmed
(titles and honorifics leave a person's name; "Provinsi Paktika" -> "Paktika"), relabelled by the
gazetteers (countries, provinces, listed organisations) and completed with gazetteer names it
missed. Nothing is added that is not in the tagger's output or a gazetteer.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from warta.model import Entity, Span
from warta.nlp.gazetteer import Place
from warta.nlp.heuristic import heuristic_tags, is_capitalised, split_name
from warta.nlp.resources import NlpResources
from warta.nlp.sentences import Token, split_sentences

# a place name after "Provinsi"/"Kota" is at most this many capitalised words
MAX_PLACE_WORDS = 3


@dataclass(frozen=True)
class Mention:
    """A refined tagger span: token range within sentence ``sent`` and character offsets."""

    sent: int
    i: int
    j: int
    label: str
    start: int
    end: int
    text: str
    place: Place | None


def sentence_tokens(text: str, sentences: Sequence[Span], res: NlpResources) -> list[list[Token]]:
    return [res.tokenizer.tokens(text, s.start, s.end) for s in sentences]


def find_entities(
    text: str, resources: NlpResources, sentences: Sequence[Span] | None = None
) -> list[Entity]:
    """Entities of ``text`` with canonical names (see :mod:`warta.nlp.actors`)."""
    from warta.nlp.actors import canonical_entities

    sents = list(sentences) if sentences is not None else split_sentences(text, resources.tokenizer)
    tokens = sentence_tokens(text, sents, resources)
    return canonical_entities(text, tokens, find_mentions(text, tokens, resources), resources)


def find_mentions(text: str, tokens: list[list[Token]], res: NlpResources) -> list[Mention]:
    words = [[t.text for t in sent] for sent in tokens]
    tagger = res.tagger
    if tagger is not None:
        tags = [["O"] * len(w) for w in words]
        # a sentence with no capitalised word past an ordinary first word has no names: skip it
        todo = [n for n, w in enumerate(words) if _may_name(w, res)]
        for n, t in zip(todo, tagger.tag_sentences([words[n] for n in todo]), strict=True):
            tags[n] = t
    else:
        tags = [heuristic_tags(w, res) for w in words]
    out: list[Mention] = []
    for n, (sent, ws, ts) in enumerate(zip(tokens, words, tags, strict=True)):
        for i, j, label, place in _refine(ws, bio_spans(ts), res):
            start, end = sent[i].start, sent[j - 1].end
            out.append(Mention(n, i, j, label, start, end, text[start:end], place))
    return out


def _may_name(words: Sequence[str], res: NlpResources) -> bool:
    if any(is_capitalised(w) for w in words[1:]):
        return True
    return bool(words) and is_capitalised(words[0]) and words[0].lower() not in res.common_words


def bio_spans(tags: Sequence[str]) -> list[tuple[int, int, str]]:
    """Token spans [start, end) + label from BIO tags (a stray I- opens a span)."""
    spans: list[tuple[int, int, str]] = []
    start, label = -1, ""
    for k, tag in enumerate([*tags, "O"]):
        kind, _, name = tag.partition("-")
        if start >= 0 and (kind != "I" or name != label):
            spans.append((start, k, label))
            start = -1
        if kind == "B" or (kind == "I" and start < 0):
            start, label = k, name
    return spans


def _refine(
    words: Sequence[str], spans: list[tuple[int, int, str]], res: NlpResources
) -> list[tuple[int, int, str, Place | None]]:
    gaz = res.gazetteer
    out: list[tuple[int, int, str, Place | None]] = []
    for i0, j0, label0 in spans:
        for i, j, label in _trim(words, i0, j0, label0, res):
            place = gaz.get(words[i:j])
            if place is not None and (place.strong or label == "LOC"):
                label = place.label
            if _plausible(words, i, j, res):
                out.append((i, j, label, place))
    covered = {x for i, j, _, _ in out for x in range(i, j)}
    k = 0
    while k < len(words):
        found = None if k in covered else _missed_place(words, k, res)
        if found is not None and not covered.intersection(range(k, found[0])):
            out.append((k, found[0], "LOC" if found[1] is None else found[1].label, found[1]))
            k = found[0]
            continue
        k += 1
    return sorted(out, key=lambda s: s[0])


def _missed_place(
    words: Sequence[str], k: int, res: NlpResources
) -> tuple[int, Place | None] | None:
    """A gazetteer name the tagger missed, or any capitalised name after "Provinsi", "Kota"..."""
    if not is_capitalised(words[k]):
        return None
    gaz = res.gazetteer
    after_head = k > 0 and words[k - 1] in gaz.place_heads
    hit = gaz.match(words, k)
    if hit is not None and (hit[1].strong or after_head):
        return hit
    if not after_head:
        return None
    end = k + 1
    while end < len(words) and end - k < MAX_PLACE_WORDS and is_capitalised(words[end]):
        end += 1
    return end, None


def _trim(
    words: Sequence[str], i: int, j: int, label: str, res: NlpResources
) -> list[tuple[int, int, str]]:
    """Drop edge punctuation, and titles/places in front of a person ("Presiden Rusia X")."""
    while i < j and not any(c.isalnum() for c in words[i]):
        i += 1
    while j > i and not any(c.isalnum() for c in words[j - 1]):
        j -= 1
    out: list[tuple[int, int, str]] = []
    gaz = res.gazetteer
    if label != "PER" and _titled(words, i, res):
        start, side = split_name(words, i, j, res)
        if side and j - start >= 2:
            # "Presiden Tajikistan Emomali Rakhmon" tagged as one place: place + person
            return [*side, (start, j, "PER")]
    if label == "PER":
        while j - i > 1 and words[j - 1].endswith(".") and len(words[j - 1]) > 2:
            j -= 1  # degrees after a name: "Fathur Rokhman M.Hum."
        start, side = split_name(words, i, j, res)
        out.extend(side)
        i = _with_initial(words, start, res)
    elif (
        label == "LOC" and j - i > 1 and words[i] in gaz.place_heads and gaz.get(words[i:j]) is None
    ):
        i += 1
    if i < j:
        out.append((i, j, label))
    return out


def _with_initial(words: Sequence[str], i: int, res: NlpResources) -> int:
    """Take in a one-letter initial the tagger left before a name ("AKBP M Rivai Arvan"), not
    an honorific letter ("H Basyit": H. is Haji)."""
    if i == 0:
        return i
    prev = words[i - 1].rstrip(".")
    if len(prev) == 1 and prev.isupper() and prev + "." not in res.person_prefixes:
        return i - 1
    return i


def _titled(words: Sequence[str], i: int, res: NlpResources) -> bool:
    return words[i].lower() in res.titles or (i > 0 and words[i - 1].lower() in res.titles)


def _plausible(words: Sequence[str], i: int, j: int, res: NlpResources) -> bool:
    span = words[i:j]
    if not any(is_capitalised(w) for w in span):
        return False
    if len(span) > 1:
        return True
    low = span[0].lower()
    if low in res.stopwords:
        return False
    # a sentence-initial capital says nothing: "Pemerintahan ..." is an ordinary word there
    opening = all(not any(c.isalnum() for c in w) for w in words[:i])
    return not (opening and low in res.common_words and res.gazetteer.get(span) is None)
