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
        return [(k + 1, j, "LOC")]
    if _sentence_start(words, k) and j - k > 1 and gaz.get([words[k]]) is None:
        hit = gaz.match(words[:j], k + 1)
        if hit is not None and hit[1].strong:
            k += 1  # "Pemerintahan Taliban": a capitalised common word opens the sentence
    out: list[tuple[int, int, str]] = []
    after_title = k > 0 and words[k - 1].lower() in res.titles
    while k < j:
        word = words[k]
        if word.lower() in res.titles or word in res.person_prefixes:
            after_title = True
            k += 1
            continue
        if word.lower() in res.stopwords or (after_title and word in res.role_words):
            k += 1
            continue
        hit = gaz.match(words[:j], k)
        if hit is not None and hit[1].strong:
            out.append((k, hit[0], hit[1].label))
            k = hit[0]
            continue
        if word.isupper() and len(word) > 1 and (after_title or j - k == 1):
            out.append((k, k + 1, "ORG"))
            k += 1
            continue
        if j - k >= 2 or after_title:
            out.append((k, j, "PER"))
        break
    return out


def _sentence_start(words: Sequence[str], k: int) -> bool:
    return all(not any(c.isalnum() for c in w) for w in words[:k])
