"""Speaker phrases around a quote cue: the name or role after ``kata``, the subject before
``mengatakan``, pronouns and -nya cues that point back, and the subject of ``X, apposition,
menuturkan``. :mod:`warta.nlp.quotes` resolves them to canonical actors.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from warta.nlp.heuristic import is_capitalised
from warta.nlp.resources import NlpResources
from warta.nlp.sentences import Token

TAIL_WORDS = frozenset({"itu", "tersebut", "ini"})
# an apposition between a speaker and the cue ("X, seorang siswi yang ..., menuturkan") has at
# most this many tokens: longer, the comma opens another clause
MAX_APPOSITION_WORDS = 12
# a description that stands for the last person quoted ("bintang sinetron 'Anak Jalanan' ini")
# has at most this many tokens
MAX_DESCRIPTION_WORDS = 8
PLACE_PREPS = frozenset({"di", "dari"})


@dataclass(frozen=True)
class Who:
    """A speaker phrase in the text (or a pronoun / -nya cue that points back)."""

    text: str
    start: int
    end: int
    pronoun: bool
    person_only: bool = False  # a name that is no known person is no speaker here


def who_after(text: str, toks: Sequence[Token], k: int, res: NlpResources) -> Who | None:
    if k >= len(toks):
        return None
    if toks[k].text.lower() in res.pronouns:
        return Who(toks[k].text, toks[k].start, toks[k].end, True)
    j = k
    while j < len(toks) and toks[j].text.lower() in res.titles:
        j += 1  # "ujar kepala Diskar PB Bandung Ferdi Ligaswara"
    first = j
    while j < len(toks) and (is_capitalised(toks[j].text) or toks[j].text in res.person_prefixes):
        j += 1
    if j == first and not (j > k and is_capitalised(toks[k].text)):
        return None  # a capitalised role alone names its holder: "kata Kapolsek"
    if j < len(toks) and toks[j].text.lower() in TAIL_WORDS:
        j += 1
    return Who(text[toks[k].start : toks[j - 1].end], toks[k].start, toks[j - 1].end, False)


def who_before(text: str, toks: Sequence[Token], cue: int, res: NlpResources) -> Who | None:
    """The speaker phrase right before the cue verb at ``toks[cue]``."""
    j = cue
    while j > 0 and toks[j - 1].text.lower() in res.subject_particles:
        j -= 1  # "Oesman pun mengaku"
    if j > 2 and toks[j - 1].text == ")" and toks[j - 3].text == "(":
        j -= 3  # "Stiller (50) mengatakan"
    cue = j
    if j > 0 and toks[j - 1].text.lower() in res.pronouns:
        t = toks[j - 1]
        return Who(t.text, t.start, t.end, True)
    if j > 0 and toks[j - 1].text.lower() in TAIL_WORDS:
        j -= 1
    i = j
    while i > 0 and (is_capitalised(toks[i - 1].text) or toks[i - 1].text in res.person_prefixes):
        i -= 1
    if i == j:
        return described(text, toks, j, cue, res)
    return Who(text[toks[i].start : toks[cue - 1].end], toks[i].start, toks[cue - 1].end, False)


def described(text: str, toks: Sequence[Token], j: int, cue: int, res: NlpResources) -> Who | None:
    """A description ending in itu/ini that opens its clause points back like a pronoun:
    "Selama puasa, perempuan kelahiran 12 Agustus 2000 itu mengaku ..."."""
    if j == cue:
        return None  # no itu/ini/tersebut
    i = j
    while i > 0 and toks[i - 1].text not in {",", ".", ":", ";"}:
        i -= 1
    words = [t.text for t in toks[i:cue]]
    if not 2 <= len(words) <= MAX_DESCRIPTION_WORDS or not words[0].isalpha():
        return None
    if words[0] != words[0].lower() or words[0] in res.stopwords:
        return None
    return Who(text[toks[i].start : toks[cue - 1].end], toks[i].start, toks[cue - 1].end, True)


def who_apposed(text: str, toks: list[Token], cue: int, res: NlpResources) -> Who | None:
    """The speaker of ``X, apposition, cue ...``: "Daniella Maina (16), seorang siswi ...,
    menuturkan" or "Gubernur Bengkulu Rohidin Mersyah di Bengkulu, Selasa, menyebutkan"."""
    if toks[cue - 1].text != ",":
        return None
    first = next(k for k, t in enumerate(toks) if t.text == ",")
    between = [t.text.lower() for t in toks[first + 1 : cue - 1]]
    if first == 0 or len(between) > MAX_APPOSITION_WORDS or res.cues.say.intersection(between):
        return None
    end = first
    at = next((k for k in range(end) if toks[k].text.lower() in PLACE_PREPS), end)
    if 0 < at < end and all(is_capitalised(t.text) for t in toks[at + 1 : end]):
        end = at  # "... Rohidin Mersyah di Bengkulu"
    return who_before(text, toks, end, res)
