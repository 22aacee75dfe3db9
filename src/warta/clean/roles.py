"""Line roles: patterns first (one compiled alternation per family), then page structure.

Structure: the header zone runs to the first body-like line, the footer zone starts after the last
one. Unmatched header lines become title / subtitle / a bare-name byline / boilerplate; unmatched
footer lines become boilerplate (or related after a "Berita Terkait" header); unmatched short
lines between body paragraphs become headings.
"""

from __future__ import annotations

import re

from warta.clean.bylines import (
    LAPORAN_RE,
    NAME_RE,
    NAMES_RE,
    byline_names,
    byline_segments,
    label_over_name,
    opens_with_label,
)
from warta.clean.captions import (
    CAPTION_LEAD_RE,
    CREDIT_ONLY_RE,
    CREDIT_ONLY_WORDS,
    caption_parts,
    closing_credit,
    credit_lines,
    credited_captions,
    photo_captions,
)
from warta.clean.ending import BARE_LINK_RE, NUMBERED_RE, body_end, continuation, sentence_words
from warta.clean.headerline import header_parts
from warta.clean.inserts import promoted_links, related_runs
from warta.clean.lines import (
    BOILERPLATE_MAX_CHARS,
    CAPTION_MAX_CHARS,
    DATEINFO_MAX_CHARS,
    PROMO,
    SENT_END,
    SHORT_LINE_CHARS,
    Tagged,
    bullet_list_bounds,
    has_substring,
    is_bodylike,
    is_footer,
    undated,
    word_count,
)
from warta.clean.resources import CleanResources

__all__ = [
    "LAPORAN_RE",
    "Tagged",
    "assign_roles",
    "byline_segments",
    "caption_parts",
    "is_bodylike",
    "undated",
]

SIGNOFF_ALONE_RE = re.compile(
    r"\(\s*[a-z]{2,5}\d{0,2}(?:\s*/\s*[a-z]{2,5}\d{0,2})*\s*\)|\[\s*[a-z]{2,5}\s*\]"
)
# "ae/hp (Reuters, AFP, dpa)" (dw.com): the desk's initials, then the wire agencies drawn on.
SIGNOFF_WIRES_RE = re.compile(
    r"[a-z]{2,4}(?:/[a-z]{2,4}){0,3}\s*\((?P<w>[A-Za-z][\w .,/&-]{1,60})\)"
)
_WIRE_SPLIT = re.compile(r"\s*(?:,|/|&|\bdan\b|\band\b)\s*")


def signoff_wires(text: str, res: CleanResources) -> list[str]:
    """The agencies a closing "initials (agencies)" line names ([] for any other line)."""
    if not text.endswith(")") or not text[:1].islower():
        return []  # the cheap guard: most lines fail it
    m = SIGNOFF_WIRES_RE.fullmatch(text)
    if m is None:
        return []
    parts = [p for p in _WIRE_SPLIT.split(m.group("w")) if p]
    found = [res.agency_re.fullmatch(p) for p in parts]
    if not all(found):
        return []
    return [res.agencies[p.lower()] for p in parts if p.lower() in res.agencies]


# Numbered lines with at least this many words are section headings, not list items.
NUMBERED_HEADING_WORDS = 5
# Beside the date, a date line carries at most a label or an outlet ("Diperbarui", "Kompas.com, ").
DATEINFO_EXTRA_CHARS = 25
BREADCRUMB_SEPS = re.compile("[»›>|•·/]")


def pattern_role(text: str, res: CleanResources) -> Tagged | None:
    """Role from the line alone (None when only the structure can tell)."""
    if len(text) > CAPTION_MAX_CHARS:
        return None  # only body paragraphs are this long
    m = res.related_prefix.fullmatch(text) if len(text) < SHORT_LINE_CHARS * 1.5 else None
    if m:
        if BARE_LINK_RE.fullmatch(m.group("h").strip()):
            return Tagged(0, text, "boilerplate")  # "Baca selengkapnya: https://...": this story
        return Tagged(0, text, "related", m.group("h").strip())
    lower = text.lower()
    if res.related_header.fullmatch(lower):
        return Tagged(0, text, "related", None, "header")
    byline = byline_names(text, res)
    if byline is not None:
        if byline[1] == SOURCE_KIND and _cited_website(byline[0], res):
            return Tagged(0, text, "boilerplate")  # "Sumber: Persib.co.id", a cited website
        return Tagged(0, text, "byline", byline[0], byline[1])
    if len(text) <= DATEINFO_MAX_CHARS and not text.endswith(".") and res.dates.has_date(text):
        extra = _beside_dates(text, res)
        if extra is not None and extra <= DATEINFO_EXTRA_CHARS:
            return Tagged(0, text, "dateinfo")
    if SIGNOFF_ALONE_RE.fullmatch(text) or signoff_wires(text, res):
        return Tagged(0, text, "boilerplate")
    if lower in res.promo_labels:
        return Tagged(0, text, "boilerplate", None, PROMO)
    if len(text) <= BOILERPLATE_MAX_CHARS and _is_boilerplate(text, lower, res):
        return Tagged(0, text, "boilerplate")
    cap = caption_parts(text, res)
    if cap is not None:
        return Tagged(0, text, "caption", cap[0], cap[1])
    return None


# "Sumber: BeritaSatu.com" credits the outlet (a byline); "Sumber: Persib.co.id", a website no
# outlet list knows, is where the facts came from (boilerplate). Other names stay bylines: the
# dev golds disagree on "Sumber: Toyota." (boilerplate in scraped-dev, body in synthetic).
SOURCE_KIND = "source"
WEBSITE_RE = re.compile(r"[\w-]+(?:\.[a-z]{2,3}){1,2}\.?", re.I)


def _cited_website(names: str, res: CleanResources) -> bool:
    return bool(WEBSITE_RE.fullmatch(names)) and not res.outlets.finder.search(names)


# A date line may give the update time after the publication time ("13 Juni 2024 10:15
# Diperbarui: 13 Juni 2024 12:20", kompasiana): both dates count as the date, not as extra text.
DATES_PER_LINE = 2


def _beside_dates(text: str, res: CleanResources) -> int | None:
    """Characters of ``text`` outside its (first two) dates; None when no date is readable."""
    span = res.dates.span(text)
    if span is None:
        return None
    for _ in range(DATES_PER_LINE - 1):
        rest = text[: span[0]] + text[span[1] :]
        if len(rest) <= DATEINFO_EXTRA_CHARS or (span := res.dates.span(rest)) is None:
            return len(rest)
        text = rest
    return len(text) - (span[1] - span[0])


def _is_boilerplate(text: str, lower: str, res: CleanResources) -> bool:
    return bool(
        res.boilerplate.fullmatch(lower)
        or has_substring(lower, res.boilerplate_contains)
        or any(needle in lower and p.fullmatch(lower) for needle, p in res.boilerplate_mentions)
        or (BREADCRUMB_SEPS.search(text) and res.breadcrumb.fullmatch(lower))
    )


def assign_roles(
    lines: list[tuple[int, str]], res: CleanResources, known_title: str | None = None
) -> list[Tagged]:
    """Roles of the lines. ``known_title`` is the headline the page or record states: a header
    line that is not that headline is a subheading of the text, not a second title."""
    tagged = [_with_line(pattern_role(t, res), n, t) for n, t in header_parts(lines, res)]
    tagged = credited_captions(photo_captions(label_over_name(tagged, res), res), res)
    open_idx = [i for i, tg in enumerate(tagged) if tg.role == "" and is_bodylike(tg.text)]
    while open_idx and not is_bodylike(undated(tagged[open_idx[0]].text, res)):
        open_idx.pop(0)  # only a dateline: the body starts later
    open_idx = _from_dateline(tagged, open_idx, res) or _short_sentences(tagged, res)
    open_idx = _after_header_date(tagged, open_idx, res)
    if not open_idx:
        return [_footer(tg) for tg in tagged]
    first = open_idx[0]
    stop = body_end(tagged, first, open_idx, res)
    last = max(i for i in open_idx if i < stop)
    last = continuation(tagged, last, stop, res)
    first, last = bullet_list_bounds(tagged, first, last, stop)
    out = _structure(tagged, first, last, res, known_title)
    tagged = credit_lines(_labels_above_title(out, res))
    tagged = promoted_links(related_runs(closing_credit(tagged), last, res))
    return _after_end_mark(tagged, stop, res)


def _structure(
    tagged: list[Tagged], first: int, last: int, res: CleanResources, known_title: str | None
) -> list[Tagged]:
    """Roles by place for the lines no pattern placed: header lines above the body's first
    paragraph, footer lines below its last, headings and body between."""
    out: list[Tagged] = []
    title_seen = subtitle_seen = listed = False
    header_dates = {tg.text for tg in tagged[:first] if tg.role == "dateinfo"}
    for i, tg in enumerate(tagged):
        if i < first and tg.role:
            listed = tg.role == "related" and tg.credit == "header"
        if tg.role == "dateinfo" and first < i < last and tg.text in header_dates:
            out.append(_footer(tg._replace(role="")))  # a page's running header, repeated
        elif tg.role == "dateinfo" and first < i < last and not _has_time(tg.text, res):
            out.append(Tagged(tg.line, tg.text, "heading", tg.text))
        elif tg.role:
            out.append(tg)
        elif first < i < last and is_footer(tg.text, res):
            out.append(_footer(tg))  # a credit or notice inside the article, not its end
        elif i < first:
            nxt = tagged[i + 1].role if i + 1 < len(tagged) else ""
            if listed and nxt not in _TITLE_NEIGHBOURS:
                out.append(_footer(tg))  # a headline of a list ("TRENDING"): related_runs
                continue
            tg, title_seen, subtitle_seen = _header(tg, res, title_seen, subtitle_seen, nxt)
            out.append(_not_a_second_title(tg, known_title))
        elif i > last:
            out.append(_footer(tg))
        else:
            numbered = NUMBERED_RE.fullmatch(tg.text) is not None
            listed = numbered and (_in_list(tagged, i) or not _opens_section(tagged, i))
            out.append(_middle(tg, listed))
    return out


# A list of headlines under a related header may sit above the article ("TRENDING" in a
# select-all copy): its lines are headlines, up to the one a writer's or date line follows,
# which is the article's own.
_TITLE_NEIGHBOURS = ("byline", "dateinfo")


def _after_end_mark(tagged: list[Tagged], stop: int, res: CleanResources) -> list[Tagged]:
    """After a line that ends the text for good ("###" closing a press release), no line is the
    story's: the contact's "Kepala Biro Humas/Kemen" is no photo credit."""
    if stop >= len(tagged) or not res.end_mark.fullmatch(tagged[stop].text.lower()):
        return tagged
    keep = ("related", "boilerplate")
    return [
        tg if i <= stop or tg.role in keep else Tagged(tg.line, tg.text, "boilerplate")
        for i, tg in enumerate(tagged)
    ]


def _labels_above_title(tagged: list[Tagged], res: CleanResources) -> list[Tagged]:
    """A page that labels its writers ("Penulis: X", "Laporan oleh X") prints no bare name above
    its headline: a bare-name line there is a masthead or section ("Radar Bogor", "Kelana Kota")."""
    title = next((i for i, tg in enumerate(tagged) if tg.role == "title"), 0)
    if not any(tg.role == "byline" and opens_with_label(tg.text, res) for tg in tagged):
        return tagged
    return [
        Tagged(tg.line, tg.text, "boilerplate", None, "struct")
        if i < title and tg.role == "byline" and tg.payload == tg.text
        else tg
        for i, tg in enumerate(tagged)
    ]


# A brief of short sentences ("The vote was 7-2.") has no line long enough to look like body;
# then lines of at least this many words that end like a sentence open and close it.
SHORT_SENTENCE_WORDS = 3


def _short_sentences(tagged: list[Tagged], res: CleanResources) -> list[int]:
    """Untagged sentence-like lines, for a text where no line passed the body test; a line is
    judged without its dateline, which leaves it ("Bekasi - pemerintah." is one word)."""
    return [
        i
        for i, tg in enumerate(tagged)
        if tg.role == ""
        and sentence_words(undated(tg.text, res), res) >= SHORT_SENTENCE_WORDS
        and tg.text.endswith(SENT_END)
        and not tg.text.endswith(":")
    ]


# The dateline opens the story: sentence-like lines just before it ("Petani di Cangkringan
# memanfaatkan lahan ... kopi arabika." under a tirto.id headline) are the standfirst or a caption.
DATELINE_LOOKAHEAD = 3


def _from_dateline(tagged: list[Tagged], open_idx: list[int], res: CleanResources) -> list[int]:
    """The body-like lines from the first one that opens with a dateline, when one of the first
    few does, the lines before it are short and a headline precedes them; else all of them.

    A body alone (a rerun on warta's own output) starts at its first line and is left whole."""
    if not open_idx or open_idx[0] == 0:
        return open_idx
    for k, i in enumerate(open_idx[:DATELINE_LOOKAHEAD]):
        text = tagged[i].text
        rest = undated(text, res)
        if rest != text:
            short = all(len(tagged[j].text) <= CAPTION_MAX_CHARS for j in open_idx[:k])
            return open_idx[k:] if short and is_bodylike(rest) else open_idx
    return open_idx


def _after_header_date(tagged: list[Tagged], open_idx: list[int], res: CleanResources) -> list[int]:
    """A short sentence under the headline and right above the page's first date line ("Berlin
    menjanjikan ... laut." over "12 Juni 2024", dw.com) is the standfirst: the body opens after
    the date, which the header zone then keeps as the publication date. A line opening with a
    dateline is the body's first paragraph whatever follows it."""
    if len(open_idx) < 2 or len(tagged[open_idx[0]].text) > CAPTION_MAX_CHARS:
        return open_idx
    first = open_idx[0]
    # the writer's line may sit between ("Yerica Lai (The Jakarta Post)" over the date)
    after = next((tg.role for tg in tagged[first + 1 :] if tg.role != "byline"), "")
    if after != "dateinfo":
        return open_idx
    headline = any(tg.role == "" for tg in tagged[:first])
    dated_before = any(tg.role == "dateinfo" for tg in tagged[:first])
    if not headline or dated_before or undated(tagged[first].text, res) != tagged[first].text:
        return open_idx
    return open_idx[1:]


def _has_time(text: str, res: CleanResources) -> bool:
    found = res.dates.find(text)
    return found is None or found.has_time  # a relative date counts as timed


def _with_line(tg: Tagged | None, n: int, text: str) -> Tagged:
    if tg is None:
        return Tagged(n, text, "")
    return Tagged(n, text, tg.role, tg.payload, tg.credit)


_NAME_NEIGHBOURS = ("dateinfo",)
BARE_NAME_WORDS = (
    3  # a header line of 2-3 name-like words is a byline even without a date beside it
)


def _header(
    tg: Tagged, res: CleanResources, title_seen: bool, sub_seen: bool, next_role: str
) -> tuple[Tagged, bool, bool]:
    text = tg.text
    words = text.split()
    if CAPTION_LEAD_RE.match(text) and (
        " - " in text[:12] or len(words) <= 3 or text.endswith(".")
    ):
        return Tagged(tg.line, text, "caption", text), title_seen, sub_seen
    if CREDIT_ONLY_RE.fullmatch(text) and len(words) <= CREDIT_ONLY_WORDS:
        return Tagged(tg.line, text, "caption", None, text), title_seen, sub_seen
    if not title_seen and _masthead(text, res):
        return Tagged(tg.line, text, "boilerplate", None, "struct"), title_seen, sub_seen
    if res.outlets.finder.fullmatch(text):
        if next_role == "dateinfo":
            return Tagged(tg.line, text, "byline", None, "other"), title_seen, sub_seen
        return Tagged(tg.line, text, "boilerplate", None, "struct"), title_seen, sub_seen
    if "," in text and len(words) <= NAME_LIST_WORDS and _name_list(text, res):
        return Tagged(tg.line, text, "byline", text, "author"), title_seen, sub_seen
    if _bare_name(text, res) and (
        title_seen or next_role in _NAME_NEIGHBOURS or len(words) <= BARE_NAME_WORDS
    ):
        if not title_seen and _section_label(text, res):
            return Tagged(tg.line, text, "boilerplate", None, "struct"), title_seen, sub_seen
        return Tagged(tg.line, text, "byline", text, "author"), title_seen, sub_seen
    if not title_seen and len(words) >= 3:
        return Tagged(tg.line, text, "title", text), True, sub_seen
    if title_seen and not sub_seen and len(words) >= 4:
        return Tagged(tg.line, text, "subtitle", text), True, True
    return Tagged(tg.line, text, "boilerplate", None, "struct"), title_seen, sub_seen


# A header line sharing this share of its words with the stated headline is that headline.
SAME_TITLE_SHARE = 0.6
SECOND_TITLE_WORDS = 6


def _not_a_second_title(tg: Tagged, known_title: str | None) -> Tagged:
    if not known_title or tg.role not in ("title", "subtitle"):
        return tg
    words = set(re.findall(r"\w+", tg.text.casefold()))
    title = set(re.findall(r"\w+", known_title.casefold()))
    if not words or len(words & title) >= SAME_TITLE_SHARE * min(len(words), len(title)):
        return tg
    if tg.role == "title" and word_count(tg.text) < SECOND_TITLE_WORDS:
        return tg  # a kicker or label ("Weather threatens holiday plans"), not text
    return Tagged(tg.line, tg.text, "body" if is_bodylike(tg.text) else "heading", tg.text)


NAME_LIST_WORDS = 12  # "A B, C D & E F": a byline of a few names
NAME_PART_WORDS = 4  # one person's name in such a list
MIN_AFFIXED_CHARS = 5  # "Dialihkan" ends like a verb; a short word ending "-kan" may be a name


def _name_list(text: str, res: CleanResources) -> bool:
    """ "Fitria Chusna Farisa, Ardito Ramadhan": names of at most four words each, none ending
    like a verb (headlines: "Jalan Layang Cimindi Ditutup Sementara, Ini Jalur Alternatifnya",
    "Longsor Tutup Jalur Sukabumi-Cianjur, Kendaraan Dialihkan")."""
    if not NAMES_RE.fullmatch(text):
        return False
    for part in _LIST_SPLIT.split(text):
        words = part.split()
        if len(words) > NAME_PART_WORDS or any(_ends_like_verb(w.lower(), res) for w in words):
            return False
    return True


_LIST_SPLIT = re.compile(r"\s*(?:,|&|\s+dan)\s+")


MASTHEAD_MAX_WORDS = 5  # "Tribun Jateng Regional Semarang": a name and its edition, no headline


def _masthead(text: str, res: CleanResources) -> bool:
    """An outlet's name and its edition or section above the headline ("ANTARA News Jateng",
    a news channel's name): the words after the name are all places or section words."""
    if not 1 < text.count(" ") + 1 <= MASTHEAD_MAX_WORDS:
        return False  # the cheap guard: headlines are longer
    m = res.outlets.finder.match(text)
    rest = text[m.end() :].split() if m else []
    return bool(rest) and all(w.lower() in res.places or w.lower() in res.sections for w in rest)


def _section_label(text: str, res: CleanResources) -> bool:
    """Before the headline a short capitalised line is a section ("Sosial Budaya", "Jawa Timur",
    "Bandung Raya") when it names a region or is made only of section words. Ordinary words
    alone do not tell: "Putri Ayu Lestari" and "Dewi Kartika Sari" are root words too."""
    low = text.lower()
    return low in res.places or all(w in res.sections or w in res.places for w in low.split())


def _bare_name(text: str, res: CleanResources) -> bool:
    """2-4 capitalised words without acronyms ("Budi Arista Romadhoni").

    Indonesian given names are often ordinary words (Putri, Ayu, Adi), so the root-word list only
    decides four-word lines, where a headline ("Berger Salah Rekrutan Fantastis") is likelier.
    """
    words = text.split()
    if not NAME_RE.fullmatch(text) or len(words) > 4:
        return False
    if any(w.isupper() and len(w) > 1 for w in words):
        return False
    if _headline_words(words, res):
        return False
    return len(words) < 4 or not any(w.lower() in res.words for w in words)


def _headline_words(words: list[str], res: CleanResources) -> bool:
    """A short headline, not a name: a word ends like a verb, is a passive verb ("Jalan
    Diperbaiki", "Tol Dibuka") or names a place ("Banjir Jakarta", "Gempa Cianjur")."""
    lowered = (w.lower() for w in words)
    return any(_ends_like_verb(w, res) or _passive_verb(w, res) or w in res.places for w in lowered)


def _ends_like_verb(word: str, res: CleanResources) -> bool:
    """A lower-cased word ending like a verb ("dialihkan"); a short one may be a name."""
    return len(word) > MIN_AFFIXED_CHARS and word.endswith(res.headline_endings)


# A passive verb's root has at least this many letters: "Dimas", "Dilan" and "Dian" are
# given names whose rest ("mas", "lan", "an") happens to be a word.
MIN_PASSIVE_ROOT = 4


def _passive_verb(word: str, res: CleanResources) -> bool:
    """di- + (per-) + root + (-kan / -i): "dibuka", "ditutup", "diperbaiki", "diumumkan"."""
    if not word.startswith("di"):
        return False
    stem = word[2:]
    for prefix in ("per", ""):
        if not stem.startswith(prefix):
            continue
        core = stem[len(prefix) :]
        for root in (core, core.removesuffix("kan"), core.removesuffix("i")):
            if len(root) >= MIN_PASSIVE_ROOT and root in res.words:
                return True
    return False


def _footer(tg: Tagged) -> Tagged:
    if tg.role:
        return tg
    return Tagged(tg.line, tg.text, "boilerplate", None, "struct")


def _in_list(tagged: list[Tagged], i: int) -> bool:
    """A numbered line next to another numbered line is a list item, not a section heading."""
    near = [tagged[j].text for j in (i - 1, i + 1) if 0 <= j < len(tagged)]
    return any(NUMBERED_RE.fullmatch(t) for t in near)


def _opens_section(tagged: list[Tagged], i: int) -> bool:
    """Whether prose follows the line, past captions and inserts: a numbered section heading
    ("1. Rusia coba menormalisasi ...") opens one; a round-up's numbered item ("18) Hasbro
    Gaming - Taboo", then its shop link) does not, and keeps its number."""
    for tg in tagged[i + 1 :]:
        if tg.role in _INSERTED_ROLES:
            continue
        return is_bodylike(tg.text)
    return False


_INSERTED_ROLES = frozenset({"caption", "related", "boilerplate", "byline", "dateinfo"})


def _middle(tg: Tagged, in_list: bool = False) -> Tagged:
    text = tg.text
    if is_bodylike(text) or text.endswith(SENT_END) or len(text) >= SHORT_LINE_CHARS:
        return Tagged(tg.line, text, "body", text)
    m = NUMBERED_RE.fullmatch(text)
    if m and not in_list and len(m.group("t").split()) >= NUMBERED_HEADING_WORDS:
        return Tagged(tg.line, text, "heading", m.group("t"))
    return Tagged(tg.line, text, "heading", text)
