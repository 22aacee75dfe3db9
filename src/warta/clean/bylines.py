"""Byline lines: labelled ("Penulis: A | Editor: B", "Oleh X pada ...") and the unlabelled shapes
outlets print ("Nadhifa Fitrina - HaiBunda", "Dimas Andhika, Jurnalis", "Laporan Wartawan X, Y")."""

from __future__ import annotations

import re

from warta.clean.lines import SHORT_LINE_CHARS, Tagged, is_bodylike
from warta.clean.resources import CleanResources

# A bare name is 2-5 capitalised words.
NAME_RE = re.compile(r"(?:[A-Z][\w'.-]*\.?\s+){1,4}[A-Z][\w'.-]*")
_NAME_TOKEN = r"[A-Z][\w'.-]*(?:\s+(?:[A-Z][\w'.-]*|bin|binti|van|de|al-\w+)){1,4}?"
_NAMES = _NAME_TOKEN + r"(?:\s*(?:,|&|\s+dan)\s+" + _NAME_TOKEN + r")*"
NAMES_RE = re.compile(_NAMES)
WRITER_RE = re.compile(
    r"(?P<n>" + _NAME_TOKEN + r")\s+(?:Photo\s+)?(?:Verified|Community)\s+Writer\b.*"
)
CHANNEL_BYLINE_RE = re.compile(
    r"(?P<n>" + _NAMES + r"|Tim \w+)\s+[-–|]\s+(?P<o>detik\w+|[\w.-]+\.com|[A-Z]\w+)"
)
# "Nur Fitriani - Senin, 3 Juni 2024 19:10 WITA", "Siti Yona Hukmana • 14 Juni 2024 10:12": a
# writer's name, a dash or a bullet, the date line.
NAME_DATE_RE = re.compile(
    r"(?P<n>(?!(?:Kota|Kabupaten|Provinsi|Kecamatan)\b)"
    + _NAMES
    + r")\s+[-–|•·]\s+(?:Senin|Selasa|Rabu|Kamis|Jum'?at|Sabtu|Minggu|Ahad|\d{1,2}[ /-])\S*[ ,].*\d.*"
)
JURNALIS_RE = re.compile(
    r"(?P<n>" + _NAMES + r")\s*(?:,\s*(?:Jurnalis|Wartawan|Reporter)\b|\s·\s).*"
)
LAPORAN_RE = re.compile(
    r"Laporan\s+(?:Wartawan|Reporter|Koresponden|Kontributor)\s+(?P<o>.+?),\s*(?P<n>"
    + _NAME_TOKEN
    + r")\s*",
    re.I,
)

# "Laporan Indra Wijaya | Banda Aceh" (serambinews): the reporter, then where they report from.
LAPORAN_PLACE_RE = re.compile(
    r"Laporan\s+(?P<n>" + _NAME_TOKEN + r")\s*\|\s*[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,3}"
)
# "Yerica Lai (The Jakarta Post)": a writer, then the outlet (one the lists know) in brackets.
NAME_OUTLET_RE = re.compile(r"(?P<n>" + _NAMES + r")\s*\((?P<o>[^()]{2,40})\)")


def byline_names(text: str, res: CleanResources) -> tuple[str, str] | None:
    """(names, kind) for a byline line; kind is author, editor or other.

    "Penulis: A | Editor: B" and "Reporter A, B Editor C" give the authors; the editors of such a
    line are read by :func:`byline_segments`.
    """
    if len(text) > SHORT_LINE_CHARS:
        return None
    segs = byline_segments(text, res)
    if segs:
        authors = [n for k, n in segs if k in AUTHOR_KINDS]
        if authors:
            return ", ".join(authors), "author"
        return segs[0][1], segs[0][0]
    m = NAME_OUTLET_RE.fullmatch(text) if text.endswith(")") else None
    if m and res.outlets.finder.fullmatch(m.group("o")):
        return m.group("n").strip(), "author"
    if not text[:1].isupper() or not _ANY_NAME_NEEDLE.search(text):
        return None
    for pattern, needles in _NAME_PATTERNS:
        if needles.search(text):
            m = pattern.fullmatch(text)
            if m:
                return m.group("n").strip(), "author"
    return None


# Each byline shape with what it cannot match without (a cheap guard).
_NAME_PATTERNS = (
    (WRITER_RE, re.compile("Writer")),
    (JURNALIS_RE, re.compile("Jurnalis|Wartawan|Reporter| · ")),
    (LAPORAN_RE, re.compile("[Ll]aporan")),
    (LAPORAN_PLACE_RE, re.compile("Laporan .*[|]")),
    (CHANNEL_BYLINE_RE, re.compile(" [-–|] ")),
    (NAME_DATE_RE, re.compile(" [-–|•·] ")),
)
# One search for all the guards: most short lines have none of them.
_ANY_NAME_NEEDLE = re.compile("|".join(needles.pattern for _, needles in _NAME_PATTERNS))


def byline_segments(text: str, res: CleanResources) -> list[tuple[str, str]]:
    """[(kind, names)] for a line that starts with a byline label ("Penulis:", "Oleh X pada ...")."""
    if not opens_with_label(text, res):
        return _lead_name_segments(text, res)
    out: list[tuple[str, str]] = []
    labels = label_matches(text, res)
    for k, seg in enumerate(labels):
        ahead = labels[k + 1].start() if k + 1 < len(labels) else None
        names = text[seg.end() : ahead]
        names = names if ahead is None else _SEPARATOR_TAIL.sub("", names)
        unlabelled = seg.group("bare") or seg.group("comma")
        label = (seg.group("label") or unlabelled).lower()
        names = BYLINE_TAIL_RE.sub("", names).strip(" |,;-/")
        if not names or not (names[0].isupper() or DOMAIN_NAME_RE.fullmatch(names)):
            continue
        if unlabelled and not NAMES_RE.fullmatch(names):
            return []  # "Pewarta Lepas AS Tewas ..." is a headline, not a byline
        out.append((res.byline_kinds.get(label, "author"), names))
    return out


# "Sumber: detik.com": a source may be named by its address, in lower case.
DOMAIN_NAME_RE = re.compile(r"[a-z][\w-]*(?:\.[a-z]{2,3}){1,2}")
FIRST_WORD_RE = re.compile(r"[A-Za-z]+")
# Word pieces: words, and the capitalised parts of a glued word ("PertiwiEditor" in a page whose
# credit spans touch), never a lower-case run inside a word ("oleh" in "Soleh").
WORD_START_RE = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")
# What separates one labelled name from the next label ("A | Editor: B", "A / Foto: C").
_SEPARATOR_TAIL = re.compile(r"\s*(?:[|/]\s*)?$")


def label_matches(text: str, res: CleanResources) -> list[re.Match[str]]:
    """The byline labels of a line, each at the start of a word or of a capitalised part of one:
    "Soleh" or "Alfred" hold the labels "oleh" and "red" but are names. Looking words up first
    is also what keeps this fast (a pattern scanning for any label at every character was 7% of
    the cleaning)."""
    found: list[re.Match[str]] = []
    for word in WORD_START_RE.finditer(text):
        if found and word.start() < found[-1].end():
            continue  # inside the last label ("Laporan oleh")
        if word.group().lower() in res.byline_first_words:
            m = res.byline_label.match(text, word.start())
            if m is not None:
                found.append(m)
    return found


# Label kinds naming a writer: "both" is one person credited as writer and editor
# ("Penulis/Editor: Lestari Ningsih").
AUTHOR_KINDS = ("author", "both")


def opens_with_label(text: str, res: CleanResources, pos: int = 0) -> bool:
    """Whether a byline label opens the text at ``pos``; the first word is looked up first, as
    the label pattern is slow to fail on the many lines that are not bylines."""
    word = FIRST_WORD_RE.match(text, pos)
    return bool(
        word
        and word.group().lower() in res.byline_first_words
        and res.byline_label.match(text, pos)
    )


# "Theresia Agatha | Editor: Fadli Mubarok" (voi.id): the writer's name, then labelled names.
LEAD_NAME_RE = re.compile(r"(?P<n>" + _NAME_TOKEN + r")\s*[|•·]\s*")


def _lead_name_segments(text: str, res: CleanResources) -> list[tuple[str, str]]:
    if not ("|" in text or "•" in text or "·" in text):
        return []
    lead = LEAD_NAME_RE.match(text)
    if lead is None or not opens_with_label(text, res, lead.end()):
        return []
    rest = byline_segments(text[lead.end() :], res)
    return [("author", lead.group("n")), *rest] if rest else []


# What follows the names: a time ("pada", "on"), a separator, a bracketed place ("[Banda Aceh] di
# 22 July 2024", Mongabay), a date.
BYLINE_TAIL_RE = re.compile(r"\s+(?:pada|on|\||[-–])\s.*$|\s+\[.*$|\s*[|,]?\s*\d.*$")

# A label alone on its line names whoever the next line names ("Oleh" over "AGNES SWETTA
# PANDIA", "Editor:" over a name, kompas.id): a name that short and no more.
LABEL_ALONE_RE = re.compile(r"(?P<label>[^\W\d][\w /]*?)\s*:?")
LABEL_ALONE_KINDS = ("author", "editor", "both")
NAME_UNDER_LABEL_CHARS = 60


def label_over_name(tagged: list[Tagged], res: CleanResources) -> list[Tagged]:
    """A byline label alone on its line and the bare name on the line under it: both bylines,
    the name read as the label says (the label line carries no names)."""
    out = list(tagged)
    for i in range(len(out) - 1):
        tg, nxt = out[i], out[i + 1]
        if tg.role or nxt.role or len(tg.text) > SHORT_LINE_CHARS // 8:
            continue
        m = LABEL_ALONE_RE.fullmatch(tg.text)
        kind = res.byline_kinds.get(m.group("label").lower()) if m else None
        if kind not in LABEL_ALONE_KINDS or not _name_alone(nxt.text):
            continue
        out[i] = Tagged(tg.line, tg.text, "byline")
        out[i + 1] = Tagged(nxt.line, nxt.text, "byline", nxt.text, kind)
    return out


def _name_alone(text: str) -> bool:
    return (
        len(text) <= NAME_UNDER_LABEL_CHARS
        and not is_bodylike(text)
        and NAMES_RE.fullmatch(text) is not None
    )
