"""Stage 3: metadata read from the roles the cleaner gave the lines (never invented)."""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from warta.meta.dates import DEFAULT_OFFSET
from warta.model import Dateline

if TYPE_CHECKING:
    from warta.clean.resources import CleanResources
    from warta.clean.roles import Tagged

_DASH = r"\s*(?:-{1,2}|–|—)\s+"
# After an outlet's name an em dash may touch the text ("Harianjogja.com, SLEMAN—Ribuan ...");
# not after a place alone, where "Jakarta—Bandung" is a route.
_DASH_OR_GLUED = r"\s*(?:(?:-{1,2}|–|—)\s+|—(?=[A-Z\"“]))"
_OUTLETISH = r"[A-Za-z][\w-]*(?:\.[A-Za-z]{2,3}){1,2}|[A-Z][\w]*(?:\s+[A-Z][\w]*){0,2}"
_PLACE = r"[A-Z][\w'.]*(?:[ -][A-Z][\w'.]*){0,3}(?:,\s*[A-Z][\w'.]*(?:\s+[A-Z][\w'.]*){0,2})?"
# "Jakarta (ANTARA) - ", "Sukabumi, Jawa Barat (ANTARA News) - "
DATELINE_PAREN = re.compile(
    r"(?P<place>"
    + _PLACE
    + r")\s*\((?P<outlet>[A-Z][\w .-]{1,30}|[a-z][\w-]*\.[a-z]{2,3}(?:\.[a-z]{2})?)\)"
    + _DASH_OR_GLUED
)
# "TEMPO.CO, Jakarta - ", "Liputan6.com, Jakarta - ", "jpnn.com, SEMARANG - ", "Jakarta, CNN Indonesia -- ", "JAKARTA, KOMPAS.com - "
DATELINE_PAIR = re.compile(
    r"(?P<a>(?:[A-Z][\w.-]*|[a-z][\w-]*\.[a-z]{2,3}(?:\.[a-z]{2})?)(?:\s+[A-Z][\w.-]*){0,3}),"
    r"\s*(?P<b>(?:[A-Z][\w.-]*|[a-z]\w*\.[a-z]{2,3}(?:\.[a-z]{2})?)(?:\s+[A-Z][\w.-]*){0,3})"
    + _DASH_OR_GLUED
)
# The wire a release's dateline names between slashes ("/PRNewswire/").
_WIRE = r"/\s*(?P<wire>[A-Za-z][\w .-]{1,30}?)\s*/"
DATELINE_WIRE = re.compile(_WIRE)
# "Jakarta, 4 September 2024 – " (a press release): a place, the release's date, a dash; a
# release a wire carries names it between slashes ("JAKARTA, 23 Juli 2024 /PRNewswire/ -- ")
DATELINE_PLACE_DATE = re.compile(
    r"(?P<place>[A-Z][A-Za-z'.]*(?: [A-Z][A-Za-z'.]*){0,2}),\s*"
    r"(?P<date>[0-3]?\d\s+[A-Za-z]{3,9}\.?\s+(?:19|20)\d\d)"
    r"(?:\s*" + _WIRE + ")?" + _DASH
)
# "SuaraJawaTengah.id - ", "KOMPAS.com - ", "Okezone.com – "
DATELINE_DOMAIN = re.compile(r"(?P<outlet>[A-Za-z][\w-]*(?:\.[A-Za-z]{2,3}){1,2})" + _DASH_OR_GLUED)
PLACE_AFTER_OUTLET = re.compile(r"(?P<place>[A-Z]{3,}(?: [A-Z]{3,})?)\.\s+(?=[A-Z])")
# "kumparan - ", "VIVA – ": an outlet the lists know, alone
DATELINE_OUTLET = re.compile(r"(?P<outlet>[A-Za-z][\w.]*(?: [A-Z][\w.]*)?)" + _DASH)
# "RMOL. ": an outlet the lists know, then a full stop (rmol.id)
DATELINE_OUTLET_DOT = re.compile(r"(?P<outlet>[A-Za-z][\w.-]*?)\.\s+(?=[A-Z])")
# "Jakarta: " (medcom.id): a place, then a colon
DATELINE_COLON = re.compile(
    r"(?P<place>[A-Z][A-Za-z'.]*(?: [A-Z][A-Za-z'.]*){0,2}):\s+(?=[A-Z\"“])"
)
# "Jakarta. Indonesia will ..." (Jakarta Globe): a known place, then a full stop
DATELINE_PLACE_DOT = re.compile(
    r"(?P<place>[A-Z][A-Za-z']*(?: [A-Z][A-Za-z']*){0,2})\.\s+(?=[A-Z\"“])"
)
# "BOGOR-RADAR BOGOR, " (Radar network papers): a known place, a dash, the paper, a comma
DATELINE_PLACE_PAPER = re.compile(
    r"(?P<place>[A-Z]{3,}(?: [A-Z]{3,})?)\s*[-–—]\s*(?P<outlet>[A-Z]{2,}(?: [A-Z]{2,}){0,2}),\s+(?=[A-Z\"“])"
)
# "KBRN, Masohi: " (RRI's news service): an upper-case acronym, a place, a colon
DATELINE_CODE_COLON = re.compile(
    r"(?P<outlet>[A-Z]{3,6}),\s*(?P<place>[A-Z][a-z'.]+(?: [A-Z][a-z'.]+){0,2}):\s+(?=[A-Z\"“])"
)
# "Jakarta - ", "JAKARTA – "
DATELINE_PLACE = re.compile(r"(?P<place>[A-Z][A-Za-z'.]*(?: [A-Z][A-Za-z'.]*){0,2})" + _DASH)
# "SAMARINDA–Hujan deras ..." (Jawa Pos network papers): a known upper-case place glued to the
# text by its dash; the next word is not upper case ("JAKARTA–BANDUNG" is a route).
DATELINE_PLACE_GLUED = re.compile(
    r"(?P<place>[A-Z]{3,}(?: [A-Z]{3,}){0,2})\s*[–—-](?=[A-Z][a-z]|[\"“])"
)
_DOMAINISH = re.compile(r"[\w-]+\.(?:com|co|id|net|org|co\.id)\b", re.I)
_NAME_SPLIT = re.compile(r"\s*(?:,|;|&|\||/|\bdan\b|\band\b)\s*")
_NAME_CLEAN = re.compile(r"^[\s:,-]+|[\s:,.-]+$")
_CITE_STOP = re.compile(
    r"\s+(?:[A-Z]\w*(?:nya|kan)|Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu|Pada|Di|Yang|Ini|Itu)\b.*"
)
OUTLET_WORD_MIN = 4  # shorter capitalised words after a place are region codes (NTB, DIY)
LANG_CHARS = 200  # a first look: langid's cost grows with the length
LANG_CHARS_SURE = 2000  # a second look when the first is not Indonesian
# The word check before langid (data/clean/language_words.tsv): in the first 800 characters at
# least 5 Indonesian/Malay function words, 2 words only Indonesian spells so, and no Malay form.
# On the dev texts (scraped-dev, synthetic, IndoSum) it answers 87% of them, always as langid does.
LANG_WORDS_CHARS = 800
LANG_SHARED_MIN = 5
LANG_ID_MIN = 2
_WORD = re.compile(r"[a-z]+")
# Javanese or Sundanese text: at least this many of their own function words in the first 800
# characters, and more than Indonesian/Malay ones (a quoted phrase in an Indonesian story has few).
LANG_REGIONAL_MIN = 6
LANG_KEEP = ("id", "ms", "en")
# Close relatives of Indonesian: langid's guess of one of them for a text the word check did not
# find regional is a short Indonesian (or Malay) sample drifting, read as the likeliest of
# LANG_KEEP; a text written in a regional language is "other", like any language but these three.
LANG_NEAR = ("jv", "su", "ace", "min", "bjn", "ban", "mad", "tl")


def split_dateline(text: str, res: CleanResources) -> tuple[Dateline | None, str]:
    """The dateline at the start of the first paragraph and the text after it."""
    found = _paper_dateline(text, res)
    if found is not None:
        return found
    m = DATELINE_PAREN.match(text)
    if m:
        return Dateline(m.group("place"), m.group("outlet").strip()), text[m.end() :]
    m = DATELINE_PAIR.match(text)
    if m:
        a, b = m.group("a"), m.group("b")
        if _is_outlet(a, res) and not _is_outlet(b, res):
            return Dateline(b, a), text[m.end() :]
        if _is_outlet(b, res) or (a.lower() in res.places and _outlet_word(b, res)):
            return Dateline(a, b), text[m.end() :]
        if b.lower() in res.places and _outlet_word(a, res):
            return Dateline(b, a), text[m.end() :]  # "TIMESINDONESIA, MALANG – "
    m = DATELINE_PLACE_DATE.match(text)
    if m and _is_place(m.group("place"), res) and res.dates.has_date(m.group("date")):
        return Dateline(m.group("place"), None), text[m.end() :]
    m = DATELINE_DOMAIN.match(text)
    if m:
        rest = text[m.end() :]
        p = PLACE_AFTER_OUTLET.match(rest)  # "KONTAN.CO.ID - JAKARTA. Harga ..."
        if p and p.group("place").lower() in res.places:
            return Dateline(p.group("place"), m.group("outlet")), rest[p.end() :]
        return Dateline(None, m.group("outlet")), rest
    m = DATELINE_OUTLET.match(text)
    if m and _known_outlet(m.group("outlet"), res):
        return Dateline(None, m.group("outlet")), text[m.end() :]
    m = DATELINE_OUTLET_DOT.match(text)
    if m and res.outlets.finder.fullmatch(m.group("outlet")):
        return Dateline(None, m.group("outlet")), text[m.end() :]
    m = DATELINE_PLACE.match(text)
    if m and (m.group("place").isupper() or m.group("place").lower() in res.places):
        return Dateline(m.group("place"), None), text[m.end() :]
    m = DATELINE_PLACE_GLUED.match(text)
    if m and m.group("place").lower() in res.places:
        return Dateline(m.group("place"), None), text[m.end() :]
    # A known place only: "PENTING: ..." and "Selamat pagi. ..." open no dateline.
    for pattern in (DATELINE_COLON, DATELINE_PLACE_DOT):
        m = pattern.match(text)
        if m and m.group("place").lower() in res.places:
            return Dateline(m.group("place"), None), text[m.end() :]
    return None, text


def dateline_wires(opening: str, res: CleanResources) -> list[str]:
    """The wire agencies the text before the story names ("/PRNewswire/")."""
    if "/" not in opening:
        return []
    found = (res.agencies.get(m["wire"].lower()) for m in DATELINE_WIRE.finditer(opening))
    return [a for a in found if a]


def _is_place(name: str, res: CleanResources) -> bool:
    return name.isupper() or name.lower() in res.places


def _paper_dateline(text: str, res: CleanResources) -> tuple[Dateline, str] | None:
    """The rarer forms naming an outlet no list knows, told by their punctuation and a known
    place ("BOGOR-RADAR BOGOR, ") or an acronym that is no place ("KBRN, Masohi: ")."""
    m = DATELINE_PLACE_PAPER.match(text)
    if m and m.group("place").lower() in res.places:
        return Dateline(m.group("place"), m.group("outlet")), text[m.end() :]
    m = DATELINE_CODE_COLON.match(text)
    if m and m.group("outlet").lower() not in res.places:
        return Dateline(m.group("place"), m.group("outlet")), text[m.end() :]
    return None


def dateline_outlet(dateline: Dateline | None, page_outlet: str | None) -> str | None:
    """The dateline's outlet, unless the page names the same outlet in a nicer spelling
    ("HARIANCELEBES" in the text, "Harian Celebes" in the page's site name)."""
    if dateline is None or not dateline.outlet:
        return None
    if page_outlet and _compact(dateline.outlet) == _compact(page_outlet):
        return page_outlet
    return dateline.outlet


def _compact(name: str) -> str:
    return re.sub(r"[\W_]+", "", re.sub(r"\.(?:com|co\.id|co|id|net|org)$", "", name.lower()))


def _outlet_word(name: str, res: CleanResources) -> bool:
    """An outlet the lists do not know, after a known place ("MAKASSAR, HARIANCELEBES - "):
    one capitalised word that is not itself a place ("MAKASSAR, SULSEL - ")."""
    return " " not in name and len(name) >= OUTLET_WORD_MIN and name.lower() not in res.places


def _known_outlet(name: str, res: CleanResources) -> bool:
    """An outlet the lists know, also spelled without its spaces ("IDXChannel", "IDX Channel")."""
    return bool(res.outlets.finder.fullmatch(name)) or name.lower() in res.outlets.compact


def _is_outlet(name: str, res: CleanResources) -> bool:
    return (
        bool(_DOMAINISH.search(name))
        or bool(res.outlets.finder.fullmatch(name))
        or name.lower().replace(" ", "") in res.outlets.compact
    )


def strip_credits(text: str, res: CleanResources) -> tuple[str, list[str]]:
    """Remove trailing wire credits and editor codes; return the text and the agencies named."""
    agencies: list[str] = []
    pattern = _CREDIT_TAIL
    while True:
        m = pattern.search(text)
        if not m or m.start() == 0:
            return text, agencies
        inner = m.group("c")
        code = re.sub(r"\s", "", inner).split("/")[0].lower()
        canon = res.agencies.get(code) or res.agencies.get(inner.strip().lower())
        if canon is None and not _EDITOR_CODE.fullmatch(re.sub(r"\s", "", inner).lower()):
            return text, agencies
        if canon:
            agencies.insert(0, canon)
        text = text[: m.start()].rstrip()


_CREDIT_TAIL = re.compile(
    r"(?<=[.!?\"”’)\]])\s*[(\[]\s*(?P<c>[A-Za-z][A-Za-z0-9 /.-]{0,20}?)\s*[)\]]\s*$"
)
# "(dam)", "(mkh/mkh)", "(mcr8/jpnn)", and desk codes "(P-2)", "(Ant/P-2)" (Media Indonesia).
_EDITOR_CODE = re.compile(
    r"[a-z]{2,5}\d{0,2}(?:/[a-z0-9]{1,5})*|(?:[a-z]{2,5}/)?[a-z]{1,2}-\d{1,3}"
)


def split_names(text: str) -> list[str]:
    names = []
    for part in _NAME_SPLIT.split(text):
        name = _NAME_CLEAN.sub("", part)
        if (
            name
            and any(c.isupper() for c in name[:1])
            and len(name.split()) <= 6
            and not _INITIALS.fullmatch(name)
        ):
            names.append(name)
    return names


# "Oleh: Yustinus Paat / FER": a desk editor's initials after the writer, not a second writer.
_INITIALS = re.compile(r"[A-Z]{2,4}")
_TEAM = re.compile(r"(?:Tim|Team|Redaksi)\b", re.I)


def _organisation(name: str, res: CleanResources) -> bool:
    """ "Tim Riset CNBC Indonesia", "CNN Indonesia", "Tim detikcom" sign as outlets, not people."""
    return bool(_TEAM.match(name) or res.outlets.finder.fullmatch(name) or _DOMAINISH.search(name))


# Which lists a byline label's names go to: authors (a), editors (e); "both" is one person who
# wrote and edited ("Penulis/Editor: X").
_KIND_TARGETS = {"author": "a", "editor": "e", "both": "ae"}


def people(tags: list[Tagged], res: CleanResources) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(authors, editors) from the byline lines, first mention first, each once per list (a
    writer who also edited, "Penulis: X / Editor: X", is in both)."""
    from warta.clean.bylines import byline_segments

    authors: dict[str, None] = {}
    editors: dict[str, None] = {}
    for tg in tags:
        if tg.role != "byline" or not tg.payload:
            continue
        for kind, names in byline_segments(tg.text, res) or [(tg.credit or "", tg.payload)]:
            targets = _KIND_TARGETS.get(kind, "")
            for name in split_names(names):
                if _organisation(name, res):
                    continue
                if "a" in targets:
                    authors.setdefault(name, None)
                if "e" in targets:
                    editors.setdefault(name, None)
    return tuple(authors), tuple(editors)


def box_editors(lines: tuple[str, ...], res: CleanResources) -> tuple[str, ...]:
    """Editors named in the page's labelled author boxes (often after the text, so outside
    what the extractor keeps); read the way byline lines of the text are."""
    return _box_people(lines, res, ("editor", "both"))


def box_authors(lines: tuple[str, ...], res: CleanResources) -> tuple[str, ...]:
    """Writers named in the same boxes ("Penulis: X  Editor: Y" in a print page's header
    table above the headline), for a page whose text and markup name no author."""
    return _box_people(lines, res, ("author", "both"))


def _box_people(
    lines: tuple[str, ...], res: CleanResources, kinds: tuple[str, ...]
) -> tuple[str, ...]:
    from warta.clean.bylines import byline_segments

    people: dict[str, None] = {}
    for line in lines:
        for kind, names in byline_segments(line, res):
            if kind in kinds:
                for name in split_names(names):
                    if not _organisation(name, res):
                        people.setdefault(name, None)
    return tuple(people)


def find_outlet(tags: list[Tagged], res: CleanResources) -> str | None:
    """An outlet named in the leftovers (dateinfo, bylines, copyright lines)."""
    for role in ("dateinfo", "byline", "boilerplate"):
        for tg in tags:
            if tg.role != role:
                continue
            for m in res.outlets.finder.finditer(tg.text):
                if not _NAME_GOES_ON.match(tg.text, m.end()):
                    return m.group("o")
    return _copyright_holder(tags, res) or _byline_channel(tags)


# "Radio Suara Surabaya": a known name ("Suara") followed by more capitalised words is part of a
# longer name the list does not know, not that outlet.
_NAME_GOES_ON = re.compile(r" [A-Z][a-z]")


# "© 2024 VOI - Waktunya ...", "Copyright © 2024 TIMES Indonesia": the name after the sign (and
# year) holds the page's copyright; "All Rights Reserved" after it is no part of the name.
_COPYRIGHT_HOLDER = re.compile(
    r"(?:(?i:copyright)\s*)?(?:©|\([cC]\))\s*(?:(?:19|20)\d\d\s*)?"
    r"(?P<o>(?!All\b|Hak\b)[A-Z][\w-]*(?:\.[\w-]+)*(?:\s(?!All\b|Hak\b)[A-Z][\w-]*(?:\.[\w-]+)*){0,2}"
    r"|[a-z][\w-]*(?:\.[a-z]{2,3}){1,2}\b)"  # or a domain in lower case ("suarasurabaya.net")
)


def _copyright_holder(tags: list[Tagged], res: CleanResources) -> str | None:
    """The outlet of a page no list knows: the holder of its copyright notice (an agency's "©
    Reuters" credits a photo, not the page)."""
    for tg in tags:
        if tg.role != "boilerplate" or ("©" not in tg.text and "(c)" not in tg.text.lower()):
            continue
        m = _COPYRIGHT_HOLDER.search(tg.text)  # "Hak cipta terpelihara © 2024 X" too
        if m and not res.agency_re.fullmatch(m.group("o")):
            return m.group("o")
    return None


def _byline_channel(tags: list[Tagged]) -> str | None:
    """The channel a byline names after its writer ("Nadhifa Fitrina - HaiBunda", the detik
    network): the outlet, when no list knows it and no copyright line names it."""
    from warta.clean.bylines import CHANNEL_BYLINE_RE

    for tg in tags:
        if tg.role == "byline" and (m := CHANNEL_BYLINE_RE.fullmatch(tg.text)):
            return m.group("o")
    return None


def cited_media(body: str, res: CleanResources) -> tuple[str, ...]:
    lower = body.lower()
    if not any(needle in lower for needle in res.cite_needles):
        return ()  # the cue scan was 4% of the cleaning; most bodies have no cue at all
    found: dict[str, None] = {}
    for m in res.cite.finditer(body):
        if m.start() and _is_word_char(body[m.start() - 1]):
            continue  # "mengutip" inside a longer word
        src = _CITE_STOP.sub("", m.group("src")).strip(" .,")
        if src and len(src) > 1:
            found.setdefault(src, None)
    return tuple(found)


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char == "_"


def language(body: str, res: CleanResources) -> str | None:
    if not body.strip():
        return None
    if surely_indonesian(body, res.language_words):
        return "id"
    if regional(body, res.language_words):
        return "other"
    lang = _rank_language(body[:LANG_CHARS], res)
    if lang != "id" and len(body) > LANG_CHARS:
        lang = _rank_language(body[:LANG_CHARS_SURE], res)  # short samples drift to ms
    return lang


def surely_indonesian(text: str, groups: dict[str, str]) -> bool:
    """Whether the opening words alone say Indonesian (langid's table walk costs ten times more)."""
    shared = only_id = 0
    for word in _WORD.findall(text[:LANG_WORDS_CHARS].lower()):
        group = groups.get(word)
        if group == "shared":
            shared += 1
        elif group == "id":
            only_id += 1
        elif group == "ms":
            return False
    return shared >= LANG_SHARED_MIN and only_id >= LANG_ID_MIN


def regional(text: str, groups: dict[str, str]) -> bool:
    """Whether the opening words say Javanese or Sundanese (data/clean/language_words.tsv)."""
    own = other = 0
    for word in _WORD.findall(text[:LANG_WORDS_CHARS].lower()):
        group = groups.get(word)
        if group == "regional":
            own += 1
        elif group is not None:
            other += 1
    return own >= LANG_REGIONAL_MIN and own > other


def _rank_language(text: str, res: CleanResources) -> str:
    ranked = res.langid.rank(text)
    top = ranked[0][0]
    if top not in LANG_KEEP and top not in LANG_NEAR:
        return "other"
    return str(next(lang for lang, _ in ranked if lang in LANG_KEEP))


def published(
    tags: list[Tagged],
    res: CleanResources,
    reference_time: dt.datetime | None,
    default_offset: str | None = DEFAULT_OFFSET,
) -> str | None:
    """The first publication date in the date lines (an update date only when nothing else)."""
    updated: str | None = None
    for tg in tags:
        if tg.role not in ("dateinfo", "byline"):
            continue
        found = res.dates.find(tg.text, reference_time, default_offset)
        if found is None:
            continue
        if re.match(r"(?:diperbarui|update|updated|diubah)\b", tg.text, re.I):
            updated = updated or found.iso
            continue
        return found.iso
    return updated
