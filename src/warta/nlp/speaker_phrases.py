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
# a lower-case role before a name ("juru bicara militer Sudan, Santo Domic Chol") has at most
# this many tokens
MAX_ROLE_WORDS = 8
# a phrase between a speaker and the cue ("dalam rilisnya", "kepada Antara di Jakarta") has at
# most this many tokens
MAX_ADVERBIAL_WORDS = 6
PLACE_PREPS = frozenset({"di", "dari"})


@dataclass(frozen=True)
class Who:
    """A speaker phrase in the text (or a pronoun / -nya cue that points back)."""

    text: str
    start: int
    end: int
    pronoun: bool
    person_only: bool = False  # a name that is no known person is no speaker here
    unnamed: bool = False  # names nobody: "seorang anggota pemberontak"


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
        # a capitalised role alone names its holder ("kata Kapolsek"); a role in lower case
        # may name its holder after a comma ("kata juru bicara militer Sudan, Santo Domic Chol")
        return _named_after_role(text, toks, k, j, res)
    if j < len(toks) and toks[j].text.lower() in TAIL_WORDS:
        j += 1
    elif _role_then_name(toks, k, j, res):
        j += 1  # "ujar Juru Bicara KPK, Febri Diansyah": the name after the comma
        while j < len(toks) and is_capitalised(toks[j].text):
            j += 1
    return Who(text[toks[k].start : toks[j - 1].end], toks[k].start, toks[j - 1].end, False)


def _role_then_name(toks: Sequence[Token], k: int, j: int, res: NlpResources) -> bool:
    return (
        toks[k].text.lower() in res.titles
        and j + 1 < len(toks)
        and toks[j].text == ","
        and is_capitalised(toks[j + 1].text)
        and toks[j + 1].text.lower() not in res.time_words
    )


def unnamed_after(text: str, toks: Sequence[Token], k: int, res: NlpResources) -> Who | None:
    """A phrase from ``toks[k]`` to the end that names nobody: "seorang anggota pemberontak",
    "sebuah studi baru", "mereka"."""
    if k >= len(toks) or toks[k].text.lower() not in res.unnamed_words:
        return None
    start, end = toks[k].start, toks[-1].end
    return Who(text[start:end], start, end, False, unnamed=True)


def _named_after_role(
    text: str, toks: Sequence[Token], k: int, j: int, res: NlpResources
) -> Who | None:
    """The person a lower-case role names after its comma ("juru bicara militer Sudan, Santo
    Domic Chol"), or right after it ("jelas veteran Wimo Sumanto": must be a known person)."""
    stop = min(len(toks) - 1, j + MAX_ROLE_WORDS)
    comma = next((c for c in range(j, stop) if toks[c].text in {",", ";", ":"}), stop)
    named = comma < stop and toks[comma].text == "," and is_capitalised(toks[comma + 1].text)
    if j > k and named:
        return _run_from(text, toks, k, comma + 1, False)
    first = next((c for c in range(k, comma) if not toks[c].text.isalpha()), comma)
    name = next((c for c in range(k, first) if is_capitalised(toks[c].text)), None)
    if name is None or name == k or toks[k].text.lower() in res.cues.say:
        return None
    return _run_from(text, toks, k, name, True)


def _run_from(text: str, toks: Sequence[Token], k: int, c: int, person_only: bool) -> Who:
    end = c
    while end < len(toks) and is_capitalised(toks[end].text):
        end += 1
    start, stop = toks[k].start, toks[end - 1].end
    return Who(text[start:stop], start, stop, False, person_only=person_only)


def who_before(text: str, toks: Sequence[Token], cue: int, res: NlpResources) -> Who | None:
    """The speaker phrase right before the cue verb at ``toks[cue]``."""
    j = cue
    while j > 0 and toks[j - 1].text.lower() in res.subject_particles:
        j -= 1  # "Oesman pun mengaku"
    if j > 2 and toks[j - 1].text == ")" and toks[j - 3].text == "(":
        j -= 3  # "Stiller (50) mengatakan"
    while j > 0 and toks[j - 1].text.lower() in res.time_words:
        j -= 1  # "Febry kepada Antara di Jakarta, Senin mengatakan"
        if j > 0 and toks[j - 1].text == ",":
            j -= 1
    j = _before_adverbial(toks, j, res)
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
    if j < cue:
        named = _name_before_description(text, toks, i, res)
        if named is not None:
            return named
    if i == j - 1 and toks[i].text.lower() in res.stopwords:
        return None  # "Untuk memastikan ..."
    return Who(text[toks[i].start : toks[cue - 1].end], toks[i].start, toks[cue - 1].end, False)


def _name_before_description(
    text: str, toks: Sequence[Token], i: int, res: NlpResources
) -> Who | None:
    """ "M Taufik, politisi Gerindra itu mengaku": the description after the comma is about
    the name before it."""
    c = i
    while c > 0 and toks[c - 1].text != "," and i - c < MAX_DESCRIPTION_WORDS:
        c -= 1
    if c < 2 or toks[c - 1].text != "," or not is_capitalised(toks[c - 2].text):
        return None
    if not any(t.text.islower() for t in toks[c:i]):
        return None
    return who_before(text, toks, c - 1, res)


def _before_adverbial(toks: Sequence[Token], j: int, res: NlpResources) -> int:
    """Where the speaker ends when a short phrase stands between him and the cue: "Olivier
    Gerhardt dalam rilisnya mengatakan", "Febry kepada Antara di Jakarta mengatakan"."""
    for k in range(max(1, j - MAX_ADVERBIAL_WORDS), j):
        word = toks[k].text
        if word not in res.speaker_adverbials or not is_capitalised(toks[k - 1].text):
            continue  # lower case only: "Menteri Dalam Negeri" is a role
        if all(t.text not in {",", ";", ":"} for t in toks[k:j]):
            return k
    return j


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
    if between and all(is_capitalised(t.text) for t in toks[first + 1 : cue - 1]):
        # "Head Engineering Pertamina Arden Team, Gaetan Jego, mengatakan": the name
        start, stop = toks[0].start, toks[cue - 2].end
        return Who(text[start:stop], start, stop, False)
    end = first
    at = next((k for k in range(end) if toks[k].text.lower() in PLACE_PREPS), end)
    if 0 < at < end and all(is_capitalised(t.text) for t in toks[at + 1 : end]):
        end = at  # "... Rohidin Mersyah di Bengkulu"
    return who_before(text, toks, end, res)
