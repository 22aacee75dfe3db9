"""Direct and indirect quotes with their speakers, cue words and the medium they came through.

Direct: a quoted passage that reads like speech (ends in punctuation or has a cue next to it; a
quoted title or a term such as "operasi militer" does not), attributed by the cue after it
(``"...," kata X``, ``"...," tuturnya``), before it (``X mengatakan, "..."``) or by a passive cue
in the next sentence (``"...." Hal itu disampaikan X``); an opened quote that the next paragraph
reopens runs on (multi-paragraph quotes) unless its paragraph goes on ``, kata X`` (a lost closing
mark). Indirect: per sentence, ``Menurut X, ...`` / ``Menurutnya, ...``, ``X mengatakan (bahwa)
...``, ``..., kata X``, ``..., demikian X`` and ``Pihak perusahaan lanjut X telah ...``; appeals
(meminta, mengimbau) are no indirect quotes. Speaker phrases (:mod:`warta.nlp.speaker_phrases`)
resolve to canonical actors through entities, role phrases ("Ketua Umum PAN itu", "kata
Kapolsek", "kata Mendagri") and pronouns or descriptions that point back (ia, dia, beliau, -nya,
"perempuan kelahiran 2000 itu": the last person quoted); a phrase that names nobody ("kata
seorang warga", "menurut sebuah studi") gives no speaker.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from warta.model import Entity, Quote, Span
from warta.nlp.actors import role_owner
from warta.nlp.heuristic import is_capitalised
from warta.nlp.quotemarks import OPEN_MARKS, quoted_passages, strip_marks
from warta.nlp.resources import NlpResources
from warta.nlp.sentences import Token, split_sentences
from warta.nlp.speaker_phrases import (
    TAIL_WORDS,
    Who,
    unnamed_after,
    who_after,
    who_apposed,
    who_before,
)

# fewer words than this inside quote marks is a title or a term, not speech
MIN_QUOTE_WORDS = 4
# a quoted passage this long is speech even without punctuation or a cue
LONG_QUOTE_WORDS = 8
# an unattributed direct quote continues the previous speaker only if this close (chars)
MAX_INHERIT_GAP = 400
# an indirect quote's reported content needs at least this many words
MIN_CONTENT_WORDS = 3
# "Menurut keterangan pihak SPLA": at most this many lower-case words before the source's name
MAX_SOURCE_WORDS = 3
# "Hal itu disampaikan X": at most this many words before the passive cue
MAX_PASSIVE_LEAD = 3
_VIA = re.compile(
    r"[\s,]*(?:(?:seperti|sebagaimana|yang)\s+)?(?:dilansir|dikutip|melansir|mengutip|dilaporkan|"
    r"diberitakan)(?:\s+(?:dari|oleh))?\s+(?P<via>[^,.;:\"“”()]+)"
)
_CONTENT_LEAD = frozenset({"bahwa", ",", ":", "jika", "kalau"})


@dataclass(frozen=True)
class _Candidate:
    start: int
    end: int
    kind: str
    cue: str | None
    who: Who | None
    via: str | None


def find_quotes(
    text: str,
    entities: Sequence[Entity],
    resources: NlpResources,
    sentences: Sequence[Span] | None = None,
) -> list[Quote]:
    """Quotes of ``text``; ``entities`` (from :func:`find_entities`) name the speakers."""
    sents = list(sentences) if sentences is not None else split_sentences(text, resources.tokenizer)
    direct = _direct(text, resources)
    taken = [(c.start, c.end) for c in direct]
    indirect = []
    for s in sents:
        if any(a < s.end and s.start < b for a, b in taken) or _has_quote_mark(text, s):
            continue
        cand = _indirect(text, s, resources)
        if cand is not None:
            indirect.append(cand)
    return _resolve(text, sorted(direct + indirect, key=lambda c: c.start), entities, resources)


def _has_quote_mark(text: str, s: Span) -> bool:
    return any(ch in text[s.start : s.end] for ch in '"“”')


# --- direct quotes -------------------------------------------------------------------------


def _direct(text: str, res: NlpResources) -> list[_Candidate]:
    out = []
    for open_at, close_at in quoted_passages(text, res.cues.say):
        start, end = strip_marks(text, open_at + 1, close_at)
        if start >= end:
            continue
        inner = text[start:end]
        words = len(inner.split())
        cue, who, via = _attribution(text, open_at, close_at, res)
        speechlike = inner[-1] in ".,!?…" or cue is not None or words >= LONG_QUOTE_WORDS
        # a short one is speech when it ends like speech and a cue names who said it:
        # '"Kami siap," kata Camat X.' (a quoted term, '"operasi militer"', has neither)
        short_speech = (
            inner[-1] in ",!?"
            and cue is not None
            and who is not None
            and text[:open_at].rstrip()[-1:] in ("", ".", "!", "?", ":", "\n")
        )
        if (words >= MIN_QUOTE_WORDS and speechlike) or short_speech:
            end = start + len(inner.rstrip(",").rstrip())
            out.append(_Candidate(start, end, "direct", cue, who, via))
    return out


def _attribution(
    text: str, open_at: int, close_at: int, res: NlpResources
) -> tuple[str | None, Who | None, str | None]:
    after = _tokens_to_stop(text, close_at + 1, res)
    words = [t.text for t in after]
    k = 1 if words[:1] == [","] else 0
    if k < len(after) and after[k].text.lower() in res.cues.attributing:
        cue = after[k].text.lower()
        unnamed = unnamed_after(text, after, k + 1, res)
        if unnamed is not None:
            return cue, unnamed, None
        who = who_after(text, after, k + 1, res)
        if who is None and cue.endswith("nya"):
            who = Who(cue, after[k].start, after[k].end, True)
        if who is not None:
            return cue, who, _via(text, who.end)
    passive = _passive_after(text, after, res)
    if passive is not None:
        return passive
    if k < len(after):
        who = who_after(text, after, k, res)
        if who is not None:
            nxt = _index_after(after, who.end)
            if nxt < len(after) and after[nxt].text.lower() in res.cues.say_or_appeal:
                return after[nxt].text.lower(), who, _via(text, after[nxt].end)
    return _attribution_before(text, open_at, res)


def _passive_after(
    text: str, after: list[Token], res: NlpResources
) -> tuple[str, Who, str | None] | None:
    """'"...." Hal itu disampaikan Kepala BNPB Sutopo di Jakarta.': the speaker comes in the
    sentence after the quote, after a passive cue a few words in."""
    for p in range(1, min(len(after), MAX_PASSIVE_LEAD + 1)):
        if after[p].text.lower() in res.cues.passive:
            break
        if not after[p].text.isalpha() or is_capitalised(after[p].text):
            return None
    else:
        return None
    k = p + 1 + (p + 1 < len(after) and after[p + 1].text.lower() == "oleh")
    who = who_after(text, after, k, res)
    if who is None or who.pronoun:
        return None
    return after[p].text.lower(), who, _via(text, who.end)


def _attribution_before(
    text: str, open_at: int, res: NlpResources
) -> tuple[str | None, Who | None, str | None]:
    para = text.rfind("\n\n", 0, open_at) + 1
    before = res.tokenizer.tokens(text, para, open_at)
    while before and before[-1].text in {",", ":"}:
        before.pop()
    if before and before[-1].text.lower() in res.cues.say_or_appeal:
        who = who_before(text, before, len(before) - 1, res)
        if who is not None:
            return before[-1].text.lower(), who, None
    return None, None, None


def _tokens_to_stop(text: str, pos: int, res: NlpResources) -> list[Token]:
    """Tokens from ``pos`` up to the end of the sentence (or paragraph)."""
    stop = text.find("\n\n", pos)
    stop = len(text) if stop < 0 else stop
    out = []
    for t in res.tokenizer.tokens(text, pos, stop):
        if t.text in {".", "!", "?"} or t.text in OPEN_MARKS:
            break
        out.append(t)
    return out


def _index_after(tokens: list[Token], pos: int) -> int:
    for k, t in enumerate(tokens):
        if t.start >= pos:
            return k
    return len(tokens)


def _via(text: str, pos: int) -> str | None:
    stop = text.find("\n\n", pos)
    m = _VIA.match(text, pos, len(text) if stop < 0 else stop)
    if m is None:
        return None
    return m.group("via").strip() or None


# --- indirect quotes ------------------------------------------------------------------------


def _indirect(text: str, s: Span, res: NlpResources) -> _Candidate | None:
    toks = [t for t in res.tokenizer.tokens(text, s.start, s.end)]
    while toks and toks[-1].text in {".", "!", "?", "…"}:
        toks.pop()
    if len(toks) < MIN_CONTENT_WORDS + 2:
        return None
    return (
        _lead_menurut(text, toks, res)
        or _lead_cue(text, toks, res)
        or _trailing(text, toks, res)
        or _mid_cue(text, toks, res)
    )


def _lead_menurut(text: str, toks: list[Token], res: NlpResources) -> _Candidate | None:
    """``Menurut X, ...``, ``Menurut keterangan pihak SPLA, ...`` and ``Menurutnya, ...``."""
    word = toks[0].text.lower()
    pointing = word.endswith("nya") and word[: -len("nya")] in res.cues.prep
    if word not in res.cues.prep and not pointing:
        return None
    comma = next((k for k, t in enumerate(toks) if t.text == ","), -1)
    if pointing and comma == 1:
        who: Who | None = Who(toks[0].text, toks[0].start, toks[0].end, True)
    elif not pointing and comma >= 2:
        lead = next((k for k in range(1, comma) if is_capitalised(toks[k].text)), 1)
        who = who_after(text, toks, 1, res)
        if (who is None or who.person_only) and lead <= MAX_SOURCE_WORDS:
            who = who_after(text, toks, lead, res)  # "Menurut keterangan pihak SPLA"
    else:
        return None
    return _content(text, toks, comma + 1, len(toks), word, who, None, res)


def _lead_cue(text: str, toks: list[Token], res: NlpResources) -> _Candidate | None:
    for k in range(1, len(toks)):
        word = toks[k].text.lower()
        if (word in res.cues.say and word.startswith(("me", "ber"))) or word in res.cues.lead:
            who = who_before(text, toks, k, res) or who_apposed(text, toks, k, res)
            if who is None:
                continue
            end = _tail_cut(toks, k + 1, res)
            return _content(text, toks, k + 1, end, word, who, None, res)
    return None


def _trailing(text: str, toks: list[Token], res: NlpResources) -> _Candidate | None:
    cues = res.cues.trailing
    for p in range(len(toks) - 2, 0, -1):
        if toks[p].text != "," or toks[p + 1].text.lower() not in cues:
            continue
        cue = toks[p + 1].text.lower()
        # "..., menurut sebuah studi" names nobody
        who = unnamed_after(text, toks, p + 2, res) or who_after(text, toks, p + 2, res)
        if who is None and cue.endswith("nya"):
            who = Who(cue, toks[p + 1].start, toks[p + 1].end, True)
        if who is None:
            return None
        via = _via(text, who.end)
        rest = _index_after(toks, who.end)
        if via is None and len(toks) - rest > max(p, MIN_CONTENT_WORDS):
            # "Namun, kata dia, soal kuota ..." : the content follows the speaker
            return _content(text, toks, rest, len(toks), cue, who, None, res)
        return _content(text, toks, 0, p, cue, who, via, res)
    return None


def _mid_cue(text: str, toks: list[Token], res: NlpResources) -> _Candidate | None:
    """``Pihak perusahaan lanjut Rohidin telah menyetujui ...``: a short cue and its speaker
    inside the sentence without commas; the content is what follows the speaker, who must be a
    person (``kata`` is also a noun: "kata Pancasila")."""
    for p in range(1, len(toks) - MIN_CONTENT_WORDS - 1):
        word = toks[p].text.lower()
        if toks[p - 1].text == "," or word not in res.cues.say or word.endswith("nya"):
            continue
        if word.startswith(("me", "ber")):
            continue
        who = who_after(text, toks, p + 1, res)
        if who is None:
            continue
        who = replace(who, person_only=True)
        return _content(text, toks, _index_after(toks, who.end), len(toks), word, who, None, res)
    return None


def _tail_cut(toks: list[Token], k: int, res: NlpResources) -> int:
    """End of the reported content: before a trailing ", tambahnya" / ", kata X"."""
    for p in range(k, len(toks) - 1):
        if toks[p].text == "," and toks[p + 1].text.lower() in res.cues.say:
            return p
    return len(toks)


def _content(
    text: str,
    toks: list[Token],
    i: int,
    j: int,
    cue: str,
    who: Who | None,
    via: str | None,
    res: NlpResources,
) -> _Candidate | None:
    while i < j and toks[i].text.lower() in _CONTENT_LEAD:
        i += 1
    if who is None or j - i < MIN_CONTENT_WORDS or toks[i].text.lower() in res.appeal_leads:
        return None  # too short, or an appeal: "mengingatkan kepada para pemuda untuk ..."
    return _Candidate(toks[i].start, toks[j - 1].end, "indirect", cue, who, via)


# --- speaker resolution ---------------------------------------------------------------------


def _resolve(
    text: str, cands: list[_Candidate], entities: Sequence[Entity], res: NlpResources
) -> list[Quote]:
    out: list[Quote] = []
    last: str | None = None
    last_end = -MAX_INHERIT_GAP
    for c in cands:
        if c.who is None:
            speaker = last if c.start - last_end <= MAX_INHERIT_GAP else None
            mention = None
        elif c.who.unnamed:
            speaker, mention = None, c.who.text  # "kata seorang anggota pemberontak"
            last = None  # a quote right after it does not go back to the last named speaker
        elif c.who.pronoun:
            speaker = _last_person(entities, c.who.start, last)
            mention = c.who.text
        else:
            speaker = _speaker(text, c.who, entities, res, last)
            mention = c.who.text
            if c.who.person_only and not (speaker and _is_person(speaker, entities)):
                if c.kind == "indirect":
                    continue
                speaker = last if c.start - last_end <= MAX_INHERIT_GAP else None
        if c.kind == "indirect" and speaker is None and not (c.who and c.who.unnamed):
            continue
        if speaker is not None and _is_person(speaker, entities):
            last = speaker
        last_end = c.end
        quote = Quote(text[c.start : c.end], c.kind, speaker, mention, c.cue, c.start, c.end, c.via)
        out.append(quote)
    return _merge_adjacent(out)


def _speaker(
    text: str, who: Who, entities: Sequence[Entity], res: NlpResources, last: str | None
) -> str | None:
    inside = [e for e in entities if who.start <= e.start and e.end <= who.end]
    people = [e for e in inside if e.label == "PER"]
    if people:
        return people[-1].canonical
    words = who.text.split()
    if words and (words[0].lower() in res.titles):
        role = " ".join(w for w in words if w.lower() not in TAIL_WORDS)
        owner = _role_holder(role, text, who.start, entities, res)
        if owner is not None:
            return owner
        if words[-1].lower() in TAIL_WORDS:
            return _last_person(entities, who.start, last)  # "Ketua Umum Partai Hanura itu"
    orgs = [e for e in inside if e.label == "ORG"]
    if orgs:
        return orgs[-1].canonical
    if inside:
        return None  # a place does not speak
    if len(words) > 1 and words[-1].lower() in TAIL_WORDS:
        return _last_person(entities, who.start, last)  # "Veteran itu"
    return who.text


def _role_holder(
    role: str, text: str, pos: int, entities: Sequence[Entity], res: NlpResources
) -> str | None:
    """Who holds ``role`` ("Mendagri" = "Menteri Dalam Negeri"): named before ``pos``, else
    anywhere in the article (a lead may use the role before the full name)."""
    roles = [role, *([res.role_abbreviations[role]] if role in res.role_abbreviations else [])]
    for context in (text[:pos], text):
        for r in roles:
            owner = role_owner(r, context, entities)
            if owner is not None:
                return owner
    return None


def _is_person(name: str, entities: Sequence[Entity]) -> bool:
    return any(e.canonical == name and e.label == "PER" for e in entities)


def _last_person(entities: Sequence[Entity], pos: int, last_speaker: str | None) -> str | None:
    """Who a pronoun or "Ketua ... itu" points back to: the last person quoted, else the last
    person named before ``pos``."""
    if last_speaker is not None:
        return last_speaker
    people = [e for e in entities if e.label == "PER" and e.end <= pos]
    return people[-1].canonical if people else None


def _merge_adjacent(quotes: list[Quote]) -> list[Quote]:
    """Drop exact duplicates (one passage found twice); keep text order."""
    seen: set[tuple[int, int]] = set()
    out = []
    for q in quotes:
        if (q.start, q.end) not in seen:
            seen.add((q.start, q.end))
            out.append(replace(q))
    return out
