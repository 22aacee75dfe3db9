"""Canonical actors: one name per person, place and organisation.

Within an article a short mention joins the full name that contains it ("Putin" -> "Vladimir
Putin", "Xi" -> "Xi Jinping"), also where the tagger missed the short form; across articles places
and organisations normalise through the gazetteers (Rusia/Russia -> "Rusia", code RU). A role
phrase written before a person ("Ketua Umum PAN Zulkifli Hasan") names that person later on
("Ketua Umum PAN itu"): see :func:`role_owner`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from warta.model import Entity
from warta.nlp.entities import Mention
from warta.nlp.heuristic import is_capitalised, name_like
from warta.nlp.resources import NlpResources
from warta.nlp.sentences import Token

# a person alias must be at least this long: single letters are initials, not names
MIN_ALIAS_CHARS = 2
# a misspelt or cut short one-word mention ("Yursi", "Anggi") joins a full name of the article
# when one edit (a letter more, fewer, changed or two swapped) away from one of its words, and
# is at least this long: shorter words are too often a different name one letter apart
MIN_NEAR_ALIAS_CHARS = 4
# a short form of a name word ("Alex" for "Alexander", "Sandi" for "Sandiaga") is at least this
# long: "Sri", "Ari" are names of their own
MIN_PREFIX_ALIAS_CHARS = 4
# a role phrase in front of a name is at most this long (chars): "Kepala Bidang Humas Polda Jawa
# Barat Komisaris Besar" fits, the rest of a long sentence does not
ROLE_WINDOW = 80
# a person span cut after an organisation's name keeps at least this many words
MIN_NAME_WORDS = 2
# a name split off the end of an organisation span has at most this many words
MAX_NAME_WORDS = 3


def canonical_entities(
    text: str, tokens: list[list[Token]], mentions: list[Mention], res: NlpResources
) -> list[Entity]:
    mentions = _trim_org_lead(text, tokens, _split_embedded(text, tokens, mentions, res))
    full = _full_names(mentions)
    mentions = mentions + _missed_aliases(tokens, mentions, full, res)
    mentions.sort(key=lambda m: m.start)
    singles = Counter(m.text for m in mentions if m.label == "PER" and " " not in m.text)
    variants = _spelling_variants(mentions)
    out = []
    for m in mentions:
        label, canonical, code = m.label, m.text, None
        person = _person_for(m.text.split(), full)
        if person is None and m.label == "PER":
            person = _near_name(m.text, full) or _near_single(m.text, singles)
        if m.label == "PER" and m.text in res.person_aliases:
            person = res.person_aliases[m.text]
        if person is not None and (m.place is None or not m.place.strong):
            label, canonical = "PER", variants.get(person, person)
        elif m.place is not None and m.place.label == label:
            canonical, code = m.place.canonical, m.place.code
        out.append(Entity(m.text, label, m.start, m.end, canonical, code))
    return out


def _split_embedded(
    text: str, tokens: list[list[Token]], mentions: list[Mention], res: NlpResources
) -> list[Mention]:
    """Split a person's name off the end of an organisation span when the article names that
    person alone elsewhere ("Diskar PB Bandung Ferdi Ligaswara" + "Ferdi")."""
    singles = {m.text for m in mentions if m.label == "PER" and " " not in m.text}
    out: list[Mention] = []
    for m in mentions:
        words = [t.text for t in tokens[m.sent][m.i : m.j]]
        cut = None if m.label == "PER" or m.place else _embedded_name(words, singles, res)
        if cut is None:
            out.append(m)
            continue
        toks, a = tokens[m.sent], m.i + cut
        for i, j, label in ((m.i, a, m.label), (a, m.j, "PER")):
            start, end = toks[i].start, toks[j - 1].end
            out.append(Mention(m.sent, i, j, label, start, end, text[start:end], None))
    return out


def _trim_org_lead(text: str, tokens: list[list[Token]], mentions: list[Mention]) -> list[Mention]:
    """A person span that starts with the end of an organisation the article names ("MDI" +
    "Ventures Nicko Widjaja" where "MDI Ventures" is named too) starts after it."""
    orgs = {tuple(m.text.split()) for m in mentions if m.label == "ORG" and " " in m.text}
    out = []
    for m in mentions:
        toks = tokens[m.sent]
        words = tuple(t.text for t in toks[m.i : m.j])
        cut = 0
        if m.label == "PER":
            before = tuple(t.text for t in toks[: m.i])
            for org in orgs:
                for n in range(1, len(org)):
                    rest = org[n:]
                    if words[: len(rest)] == rest and before[-n:] == org[:n]:
                        cut = max(cut, len(rest))
        if cut and len(words) - cut >= MIN_NAME_WORDS:
            i = m.i + cut
            start = toks[i].start
            m = Mention(m.sent, i, m.j, "PER", start, m.end, text[start : m.end], None)
        out.append(m)
    return out


def _embedded_name(words: Sequence[str], singles: set[str], res: NlpResources) -> int | None:
    for p in range(1, len(words) - 1):
        tail = words[p:]
        if len(tail) > MAX_NAME_WORDS or not (tail[0] in singles or tail[-1] in singles):
            continue
        if all(name_like(w, res) for w in tail):
            return p
    return None


def _full_names(mentions: list[Mention]) -> list[tuple[str, ...]]:
    """Multi-word person names, longest first so "Joko Widodo" wins over "Widodo"."""
    names = {tuple(m.text.split()) for m in mentions if m.label == "PER"}
    return sorted((n for n in names if len(n) > 1), key=len, reverse=True)


def _spelling_variants(mentions: list[Mention]) -> dict[str, str]:
    """A full name written again with one word one edit off ("Luhut Binsar Pandjaitan" after
    "Luhut Binsar Panjaitan") -> the spelling written first."""
    first: list[tuple[str, ...]] = []
    out: dict[str, str] = {}
    for m in mentions:  # in text order
        name = tuple(m.text.split())
        if m.label != "PER" or len(name) < 2 or name in first or " ".join(name) in out:
            continue
        same = next((f for f in first if _one_word_off(f, name)), None)
        if same is None:
            first.append(name)
        else:
            out[" ".join(name)] = " ".join(same)
    return out


def _one_word_off(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    if len(a) != len(b):
        return False
    diff = [(x, y) for x, y in zip(a, b, strict=True) if x != y]
    return len(diff) == 1 and len(diff[0][0]) >= MIN_NEAR_ALIAS_CHARS and _one_edit(*diff[0])


def _person_for(words: Sequence[str], full: list[tuple[str, ...]]) -> str | None:
    n = len(words)
    if not n:
        return None
    for name in full:
        if len(name) < n:
            continue
        for k in range(len(name) - n + 1):
            if tuple(words) == name[k : k + n]:
                return " ".join(name)
    return None


def _near_name(word: str, full: list[tuple[str, ...]]) -> str | None:
    """The one full name with a word a single edit from ``word`` (same first letter), or that
    ``word`` shortens ("Sandi" for "Sandiaga Uno")."""
    if " " in word or len(word) < MIN_NEAR_ALIAS_CHARS:
        return None
    hits = {
        " ".join(name)
        for name in full
        if any(w[0] == word[0] and _near_word(w, word) for w in name)
    }
    return hits.pop() if len(hits) == 1 else None


def _near_single(word: str, singles: Counter[str]) -> str | None:
    """A one-word name written more often one edit away ("Arifi" for "Arifin", said twice)."""
    if len(word) < MIN_NEAR_ALIAS_CHARS:
        return None
    hits = [
        w
        for w, n in singles.items()
        if n > singles[word] and w[0] == word[0] and _one_edit(w, word)
    ]
    return hits[0] if len(hits) == 1 else None


def _near_word(name_word: str, word: str) -> bool:
    short = len(word) >= MIN_PREFIX_ALIAS_CHARS and name_word.startswith(word)
    return short or _one_edit(name_word, word)


def _one_edit(a: str, b: str) -> bool:
    """``a`` and ``b`` differ by one inserted, deleted or changed letter or one swap."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [k for k in range(len(a)) if a[k] != b[k]]
        swap = len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]]
        return len(diff) == 1 or (swap and a[diff[1]] == b[diff[0]])
    short, long_ = sorted((a, b), key=len)
    return any(long_[:k] + long_[k + 1 :] == short for k in range(len(long_)))


def _missed_aliases(
    tokens: list[list[Token]],
    mentions: list[Mention],
    full: list[tuple[str, ...]],
    res: NlpResources,
) -> list[Mention]:
    """Single-word mentions of a known full name that the tagger left untagged."""
    parts = {
        w
        for name in full
        for w in name
        if len(w) >= MIN_ALIAS_CHARS and is_capitalised(w) and w.lower() not in res.stopwords
    }
    parts |= {a for a in res.person_aliases if " " not in a}
    covered = {(m.sent, x) for m in mentions for x in range(m.i, m.j)}
    out = []
    for n, sent in enumerate(tokens):
        for k, tok in enumerate(sent):
            if (
                tok.text in parts
                and (n, k) not in covered
                and res.gazetteer.get([tok.text]) is None
            ):
                out.append(Mention(n, k, k + 1, "PER", tok.start, tok.end, tok.text, None))
    return out


def role_owner(role: str, text: str, entities: Sequence[Entity]) -> str | None:
    """The person a role phrase introduced earlier in ``text`` ("Ketua Umum PAN" + name); a
    shorter role ("Kapolsek") names the last person whose role phrase holds it ("Kapolsek
    Cipondoh, Kompol Bayu Suseno")."""
    role = role.strip()
    if not role:
        return None
    for e in entities:
        if e.label == "PER" and text[: e.start].rstrip().endswith(role):
            return e.canonical
    wanted = role.lower().split()
    owner = None
    for e in entities:
        if e.label == "PER" and e.end <= len(text):
            words = _role_before(text, e.start).lower().replace(",", " ").split()
            if any(words[k : k + len(wanted)] == wanted for k in range(len(words))):
                owner = e.canonical
    return owner


def _role_before(text: str, pos: int) -> str:
    """The words in front of a name back to the sentence start (at most ROLE_WINDOW chars)."""
    start = max(0, pos - ROLE_WINDOW)
    cut = max(text.rfind(stop, start, pos) for stop in (". ", "\n", '"', "“", "”"))
    return text[max(start, cut + 1) : pos]
