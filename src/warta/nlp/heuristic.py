"""A fallback tagger for when the packaged NER model is absent: capitalised runs + lexicons.

It emits the same BIO tags as the model. Runs of capitalised words are split after title words
("Presiden Tajikistan Emomali Rakhmon" -> LOC Tajikistan, PER Emomali Rakhmon); a run that starts
with an organisation head word is ORG, one in the gazetteer takes its label, an all-capital
acronym is ORG, two or more other capitalised words are PER. Lone capitalised words are kept
only after a title word; the actor step later links them to full names.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from warta.nlp.resources import NlpResources

# lower-case particles that may sit inside a name ("Abdul bin Ahmad", "Sara de Groot")
_CONNECTORS = frozenset({"bin", "binti", "van", "de", "der", "al", "el", "von"})


# shorter all-capital words ("PB", "RI") are too ambiguous to call an organisation
MIN_ACRONYM_CHARS = 3


def is_capitalised(word: str) -> bool:
    return bool(word) and word[0].isupper() and any(c.isalpha() for c in word)


def heuristic_tags(words: Sequence[str], res: NlpResources) -> list[str]:
    tags = ["O"] * len(words)
    k = 0
    while k < len(words):
        if not is_capitalised(words[k]):
            k += 1
            continue
        j = k + 1
        while j < len(words) and (
            is_capitalised(words[j])
            or (words[j] in _CONNECTORS and j + 1 < len(words) and is_capitalised(words[j + 1]))
        ):
            j += 1
        for s, e, label in _segments(words, k, j, res):
            tags[s] = "B-" + label
            for x in range(s + 1, e):
                tags[x] = "I-" + label
        k = j
    return tags


def _segments(
    words: Sequence[str], k: int, j: int, res: NlpResources
) -> list[tuple[int, int, str]]:
    gaz = res.gazetteer
    if words[k] in gaz.org_heads or words[k] == "The":
        return [(k, j, "ORG")]
    if words[k] in gaz.place_heads and j - k > 1:
        return [(k if gaz.get(words[k:j]) else k + 1, j, "LOC")]
    start, out = split_name(words, k, j, res)
    if start >= j:
        return out
    titled = any(
        w.lower() in res.titles or w in res.person_prefixes for w in words[max(k - 1, 0) : start]
    )
    if start > k and words[start - 1] in gaz.org_heads:
        out.append((start, j, "ORG"))  # "Ketua Umum Partai Hanura"
    elif j - start >= 2 or titled:
        out.append((start, j, "PER"))
    return out


def split_name(
    words: Sequence[str], i: int, j: int, res: NlpResources
) -> tuple[int, list[tuple[int, int, str]]]:
    """Where a person's name starts in the capitalised run ``words[i:j]``, and the places and
    organisations in front of it: the name follows the last word that cannot be part of one
    (a title, a role word, an ordinary word, an acronym, a country): "Juru Bicara KPK Febri
    Diansyah" -> 3, [KPK as ORG]."""
    gaz = res.gazetteer
    side: list[tuple[int, int, str]] = []
    start = i
    x = i
    while x < j:
        hit = gaz.match(words[:j], x)
        if hit is not None and (
            hit[1].strong or _place_before_name(words, x, hit[0], j, start, res)
        ):
            side.append((x, hit[0], hit[1].label))
            x = start = hit[0]
            continue
        word = words[x]
        if word.isupper() and len(word) > 1:
            if len(word) >= MIN_ACRONYM_CHARS:
                side.append((x, x + 1, "ORG"))
            start = x + 1
        elif not name_like(word, res):
            start = x + 1
        x += 1
    return start, side


def _place_before_name(
    words: Sequence[str], x: int, end: int, j: int, start: int, res: NlpResources
) -> bool:
    """A city that opens the run and is followed by a full name ("Kota Bandung Ferdi Ligaswara"):
    the place ends a role ("Kepala Dinas Kota Bandung"), it is not part of the name. Two name
    words must follow, so a one-word given name after it ("Bandung Mawardi") stays whole."""
    return x == start and j - end >= 2 and all(name_like(w, res) for w in words[end:j])


def name_like(word: str, res: NlpResources) -> bool:
    low = word.lower()
    return not (
        low in res.titles
        or word in res.person_prefixes
        or word in res.role_words
        or low in res.common_words
        or low in res.stopwords
        or word in res.gazetteer.org_heads
        or word in res.gazetteer.place_heads
    )


def _sentence_start(words: Sequence[str], k: int) -> bool:
    return all(not any(c.isalnum() for c in w) for w in words[:k])
