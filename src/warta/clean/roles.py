"""Line roles: patterns first (one compiled alternation per family), then page structure.

Structure: the header zone runs to the first body-like line, the footer zone starts after the last
one. Unmatched header lines become title / subtitle / a bare-name byline / boilerplate; unmatched
footer lines become boilerplate (or related after a "Berita Terkait" header); unmatched short
lines between body paragraphs become headings.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from warta.clean.resources import CleanResources

# A body paragraph is a sentence or more: this many words, or this many characters.
BODY_MIN_WORDS = 8
BODY_MIN_CHARS = 100
# Headlines capitalise nearly every longer word; a sentence full of names stays below this share.
TITLE_CASE_SHARE = 0.75
# Headlines, captions and headings are shorter than this.
SHORT_LINE_CHARS = 160
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
# "Nur Fitriani - Senin, 3 Juni 2024 19:10 WITA": a writer's name, a dash, the date line.
NAME_DATE_RE = re.compile(
    r"(?P<n>(?!(?:Kota|Kabupaten|Provinsi|Kecamatan)\b)"
    + _NAMES
    + r")\s+[-–|]\s+(?:Senin|Selasa|Rabu|Kamis|Jum'?at|Sabtu|Minggu|Ahad|\d{1,2}[ /-])\S*[ ,].*\d.*"
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
# A trailing photo credit: "(twitter.com/X)", "(Foto: Istockphoto)", "[ANTARA FOTO/...]".
CREDIT_RE = re.compile(r"\s*(?P<open>[(\[])\s*(?P<c>[^()\[\]]{2,90}?)\s*[)\]]\s*$")
CREDIT_WORDS = re.compile(
    r"/|\.com\b|\.id\b|\b(?:foto|photo|dok|dokumentasi|istimewa|ist|getty|reuters|afp|ap|antara|"
    r"shutterstock|istock\w*|twitter|instagram|facebook|youtube|kolase|tribun\w*|kompas\w*|detik\w*|"
    r"liputan6|net|pixabay|unsplash|freepik|wikimedia|wikipedia|humas|screenshot|tangkapan layar|"
    r"ilustrasi|grafis|image|images|epa|xinhua|anadolu|bernama)\b",
    re.I,
)
# A credit after a label ("... Jakarta. FOTO/DOK SINDOnews") is tried before a bare one, whose
# "Name/Name" shape also fits "Jakarta. FOTO/DOK".
LABELLED_CREDIT_RE = re.compile(
    r"(?P<t>.*[.!?\"”)]|)\s*(?P<c>(?:Dok\.|(?:Foto|FOTO|Photo|PHOTO)\s*[:/])\s*\S[^()]{1,59})"
)
TRAILING_CREDIT_RE = re.compile(
    r"(?P<t>.*?[.!?\"”)]?)\s*(?P<c>(?<=\s)[A-Z][\w-]*(?:\.[\w-]+)*(?:\s[A-Z][\w-]*(?:\.[\w-]+)*)?/[A-Z][\w .'/-]{2,60}|(?:AP|AFP|Reuters|ANTARA|EPA)\s+Photo)"
)
_TRAILING_NEEDLE = re.compile(r"/|Dok\.|Foto|FOTO|Photo")
EDITOR_CODE_RE = re.compile(
    r"[a-z]{2,5}\d{0,2}(?:\s*/\s*[A-Za-z0-9]{1,5})+|\d{1,2}/\d{1,2}(?:/\d{2,4})?"
    r"|(?:[A-Za-z]{2,5}\s*/\s*)?[A-Z]{1,2}-\d{1,3}"  # desk codes: "(P-2)", "(Ant/P-2)"
)
# "Foto:" / "FOTO/" labels a credit; it belongs to neither the caption nor the credit.
PHOTO_LABEL_RE = re.compile(r"^(?:Foto|FOTO|Photo|PHOTO)\s*[:/]\s*")
CREDIT_ONLY_RE = re.compile(
    r"(?:[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*\s*/\s*[\w .,/-]{2,80}|ANTARA FOTO\b.*)"
)
CREDIT_ONLY_WORDS = 8  # "KOMPAS.com/KRISTIANTO PURNOMO" alone on a line is a photo credit
CAPTION_LEAD_RE = re.compile(r"(?:ilustrasi|arsip|foto|dok\.?|tangkapan layar)\b", re.I)
SIGNOFF_ALONE_RE = re.compile(
    r"\(\s*[a-z]{2,5}\d{0,2}(?:\s*/\s*[a-z]{2,5}\d{0,2})*\s*\)|\[\s*[a-z]{2,5}\s*\]"
)
SENT_END = (".", "!", "?", '"', "”", "’", ":", ";", ")", "]", "。", "！", "？", "」", "』", "）")
# Scripts written without spaces between words (CJK, kana, Thai, Lao, Khmer, Myanmar): a line
# of them is one "word" by spaces, so every CHARS_PER_UNSPACED_WORD of their letters count as one
# word (Chinese and Japanese words average about two characters).
_UNSPACED = re.compile(
    r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]"
)
CHARS_PER_UNSPACED_WORD = 2
NUMBERED_RE = re.compile(r"(?P<n>\d{1,2})[.)]\s+(?P<t>\S.*)")
# A caption credited to a bare agency "(Reuters)" is short; longer text is a paragraph + credit.
CAPTION_AGENCY_WORDS = 8
# Numbered lines with at least this many words are section headings, not list items.
NUMBERED_HEADING_WORDS = 5
DATEINFO_MAX_CHARS = 90
# Beside the date, a date line carries at most a label or an outlet ("Diperbarui", "Kompas.com, ").
DATEINFO_EXTRA_CHARS = 25
# Leftover lines (promos, copyright, addresses) are shorter than this; body paragraphs often longer.
BOILERPLATE_MAX_CHARS = 300
# A footer-like line (©, Copyright, Tags, an editor code) ends the body only when less article
# text follows it than this share of the text before it: a "© Reuters" credit mid-article is
# followed by more paragraphs, a real footer only by teasers and links.
FOOTER_TAIL_SHARE = 0.5
CAPTION_MAX_CHARS = 320
BREADCRUMB_SEPS = re.compile("[»›>|•·/]")


class Tagged(NamedTuple):
    """One non-blank input line with its role and what the role carries."""

    line: int
    text: str
    role: str
    payload: str | None = None  # headline, caption text, heading text, byline names ...
    credit: str | None = None


def word_count(text: str) -> int:
    """Words in a line: space-separated tokens, plus the words of unspaced scripts."""
    words = text.count(" ") + 1
    if text and not text.isascii():
        words += len(_UNSPACED.findall(text)) // CHARS_PER_UNSPACED_WORD
    return words


def is_bodylike(text: str) -> bool:
    words = word_count(text)
    if len(text) >= BODY_MIN_CHARS and words >= BODY_MIN_WORDS:
        return True
    return words >= BODY_MIN_WORDS and text.endswith(SENT_END) and not _title_case(text)


def _title_case(text: str) -> bool:
    words = [w for w in text.split() if len(w) > 3 and w[0].isalpha()]
    if len(words) < 3:
        return False
    return sum(w[0].isupper() for w in words) / len(words) > TITLE_CASE_SHARE


def caption_parts(text: str, res: CleanResources) -> tuple[str, str] | None:
    """(caption text, credit) when the line ends in a photo credit, else None."""
    m = CREDIT_RE.search(text) if text.endswith((")", "]")) else None
    if m:
        credit = m.group("c")
        head = text[: m.start()].strip()
        if not CREDIT_WORDS.search(credit) or len(text) > CAPTION_MAX_CHARS:
            return None
        if EDITOR_CODE_RE.fullmatch(credit):
            return None  # "(vga/vga)" closes a paragraph; "(19/11)" is a date
        if res.agency_re.fullmatch(credit) and (
            m.group("open") == "[" or is_bodylike(head) or word_count(head) >= CAPTION_AGENCY_WORDS
        ):
            return None  # a wire credit closing a body paragraph
        if m.group("open") == "(" and head.endswith(","):
            return None
        return head, PHOTO_LABEL_RE.sub("", credit)
    if len(text) >= SHORT_LINE_CHARS or text.endswith("."):
        return None
    m2 = (
        LABELLED_CREDIT_RE.fullmatch(text) or TRAILING_CREDIT_RE.fullmatch(text)
        if _TRAILING_NEEDLE.search(text)
        else None
    )
    if m2:
        return m2.group("t").strip(), PHOTO_LABEL_RE.sub("", m2.group("c").strip())
    return None


def pattern_role(text: str, res: CleanResources) -> Tagged | None:
    """Role from the line alone (None when only the structure can tell)."""
    if len(text) > CAPTION_MAX_CHARS:
        return None  # only body paragraphs are this long
    m = res.related_prefix.fullmatch(text) if len(text) < SHORT_LINE_CHARS * 1.5 else None
    if m:
        return Tagged(0, text, "related", m.group("h").strip())
    if res.related_header.fullmatch(text):
        return Tagged(0, text, "related", None, "header")
    byline = byline_names(text, res)
    if byline is not None:
        return Tagged(0, text, "byline", byline[0], byline[1])
    if (
        len(text) <= DATEINFO_MAX_CHARS
        and not text.endswith(".")
        and res.dates.any_date.search(text)
    ):
        span = res.dates.span(text)
        if span and len(text) - (span[1] - span[0]) <= DATEINFO_EXTRA_CHARS:
            return Tagged(0, text, "dateinfo")
    if SIGNOFF_ALONE_RE.fullmatch(text):
        return Tagged(0, text, "boilerplate")
    if len(text) <= BOILERPLATE_MAX_CHARS and (
        res.boilerplate.fullmatch(text)
        or has_substring(text.lower(), res.boilerplate_contains)
        or (BREADCRUMB_SEPS.search(text) and res.breadcrumb.fullmatch(text))
    ):
        return Tagged(0, text, "boilerplate")
    cap = caption_parts(text, res)
    if cap is not None:
        return Tagged(0, text, "caption", cap[0], cap[1])
    return None


def has_substring(text: str, needles: tuple[str, ...]) -> bool:
    # A plain loop: a generator in any() costs more than these few ``in`` checks.
    for needle in needles:  # noqa: SIM110
        if needle in text:
            return True
    return False


def byline_names(text: str, res: CleanResources) -> tuple[str, str] | None:
    """(names, kind) for a byline line; kind is author, editor or other.

    "Penulis: A | Editor: B" and "Reporter A, B Editor C" give the authors; the editors of such a
    line are read by :func:`byline_segments`.
    """
    if len(text) > SHORT_LINE_CHARS:
        return None
    segs = byline_segments(text, res)
    if segs:
        authors = [n for k, n in segs if k == "author"]
        if authors:
            return ", ".join(authors), "author"
        return segs[0][1], segs[0][0]
    if not text[:1].isupper():
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
    (CHANNEL_BYLINE_RE, re.compile(" [-–|] ")),
    (NAME_DATE_RE, re.compile(" [-–|] ")),
)


def byline_segments(text: str, res: CleanResources) -> list[tuple[str, str]]:
    """[(kind, names)] for a line that starts with a byline label ("Penulis:", "Oleh X pada ...")."""
    m = res.byline_label.match(text)
    if not m:
        return []
    out: list[tuple[str, str]] = []
    for seg in res.byline_split.finditer(text):
        label = (seg.group("label") or seg.group("bare")).lower()
        names = BYLINE_TAIL_RE.sub("", seg.group("names")).strip(" |,;-/")
        if not names or not names[0].isupper():
            continue
        if seg.group("bare") and not NAMES_RE.fullmatch(names):
            return []  # "Pewarta Lepas AS Tewas ..." is a headline, not a byline
        out.append((res.byline_kinds.get(label, "author"), names))
    return out


BYLINE_TAIL_RE = re.compile(r"\s+(?:pada|on|\||[-–])\s.*$|\s*[|,]?\s*\d.*$")


def assign_roles(lines: list[tuple[int, str]], res: CleanResources) -> list[Tagged]:
    tagged = _photo_captions([_with_line(pattern_role(t, res), n, t) for n, t in lines], res)
    open_idx = [i for i, tg in enumerate(tagged) if tg.role == "" and is_bodylike(tg.text)]
    while open_idx and not is_bodylike(undated(tagged[open_idx[0]].text, res)):
        open_idx.pop(0)  # only a dateline: the body starts later
    if not open_idx:
        return [_footer(tg) for tg in tagged]
    first = open_idx[0]
    stop = _body_end(tagged, first, open_idx, res)
    last = max(i for i in open_idx if i < stop)
    last = _continuation(tagged, last, stop, res)
    out: list[Tagged] = []
    title_seen = subtitle_seen = False
    for i, tg in enumerate(tagged):
        if tg.role == "dateinfo" and first < i < last and not _has_time(tg.text, res):
            out.append(Tagged(tg.line, tg.text, "heading", tg.text))
        elif tg.role:
            out.append(tg)
        elif first < i < last and _is_footer(tg.text, res):
            out.append(_footer(tg))  # a credit or notice inside the article, not its end
        elif i < first:
            nxt = tagged[i + 1].role if i + 1 < len(tagged) else ""
            tg, title_seen, subtitle_seen = _header(tg, res, title_seen, subtitle_seen, nxt)
            out.append(tg)
        elif i > last:
            out.append(_footer(tg))
        else:
            out.append(_middle(tg, _in_list(tagged, i)))
    return _related_runs(_credit_lines(out), first, last)


def _body_end(tagged: list[Tagged], first: int, open_idx: list[int], res: CleanResources) -> int:
    """Index of the footer line that ends the body (len(tagged) when none does)."""
    sizes = {i: len(tagged[i].text) for i in open_idx}
    total = sum(sizes.values())
    before = sizes[first]
    for i in range(first + 1, len(tagged)):
        after = total - before - sizes.get(i, 0)
        if after < FOOTER_TAIL_SHARE * before and _is_footer(tagged[i].text, res):
            return i
        before += sizes.get(i, 0)
    return len(tagged)


def _is_footer(text: str, res: CleanResources) -> bool:
    if len(text) > BOILERPLATE_MAX_CHARS:
        return False
    return bool(res.footer.fullmatch(text)) or has_substring(text.lower(), res.footer_contains)


def undated(text: str, res: CleanResources) -> str:
    """The text after any leading datelines ("JAKARTA, KOMPAS.com - ")."""
    from warta.meta import split_dateline

    while True:
        dl, rest = split_dateline(text, res)
        if dl is None or not rest.strip():
            return text
        text = rest.strip()


def _has_time(text: str, res: CleanResources) -> bool:
    found = res.dates.find(text)
    return found is None or found.has_time  # a relative date counts as timed


def _continuation(tagged: list[Tagged], last: int, stop: int, res: CleanResources) -> int:
    """Short list items / closing lines right after the last body paragraph still belong to it,
    also across an inserted promo or "Baca juga" line (not across a related-list header)."""
    if _ends_with_code(tagged[last].text):
        return last
    end = last
    for i in range(last + 1, stop):
        tg = tagged[i]
        if tg.role == "":
            if not _content_line(tg.text):
                break
            end = i
            if _ends_with_code(tg.text):
                break
        elif tg.role not in ("related", "boilerplate") or tg.credit == "header":
            break
    return end


_CODE_END_RE = re.compile(r"[(\[]\s*[A-Za-z]{2,7}(?:\s*/\s*[A-Za-z0-9]{1,5})*\s*[)\]]\s*$")


def _ends_with_code(text: str) -> bool:
    return bool(_CODE_END_RE.search(text))


def _content_line(text: str) -> bool:
    return bool(NUMBERED_RE.fullmatch(text)) or (
        word_count(text) >= 3
        and (text.endswith(SENT_END) or ": " in text or any(c.isdigit() for c in text))
    )


PHOTO_MARKERS = ("lihat foto", "foto:", "lihat foto:", "foto")


def _photo_captions(tagged: list[Tagged], res: CleanResources) -> list[Tagged]:
    """The line after "Lihat Foto" is the caption (even a full sentence), then maybe its credit."""
    out = list(tagged)
    for i, tg in enumerate(tagged[:-1]):
        if tg.text.lower() not in PHOTO_MARKERS:
            continue
        cap = tagged[i + 1]
        if cap.role or len(cap.text) > CAPTION_MAX_CHARS or undated(cap.text, res) != cap.text:
            continue
        credit = tagged[i + 2] if i + 2 < len(tagged) else None
        if credit is not None and credit.role == "" and CREDIT_ONLY_RE.fullmatch(credit.text):
            out[i + 1] = cap._replace(role="caption", payload=cap.text, credit=credit.text)
            out[i + 2] = credit._replace(role="caption", credit="credit-only")
        else:
            out[i + 1] = cap._replace(role="caption", payload=cap.text)
    return out


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
    if res.outlets.finder.fullmatch(text):
        if next_role == "dateinfo":
            return Tagged(tg.line, text, "byline", None, "other"), title_seen, sub_seen
        return Tagged(tg.line, text, "boilerplate", None, "struct"), title_seen, sub_seen
    if NAMES_RE.fullmatch(text) and "," in text and len(words) <= 12:
        return Tagged(tg.line, text, "byline", text, "author"), title_seen, sub_seen
    if _bare_name(text, res) and (
        title_seen or next_role in _NAME_NEIGHBOURS or len(words) <= BARE_NAME_WORDS
    ):
        return Tagged(tg.line, text, "byline", text, "author"), title_seen, sub_seen
    if not title_seen and len(words) >= 3:
        return Tagged(tg.line, text, "title", text), True, sub_seen
    if title_seen and not sub_seen and len(words) >= 4:
        return Tagged(tg.line, text, "subtitle", text), True, True
    return Tagged(tg.line, text, "boilerplate", None, "struct"), title_seen, sub_seen


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
    return len(words) < 4 or not any(w.lower() in res.words for w in words)


def _footer(tg: Tagged) -> Tagged:
    if tg.role:
        return tg
    return Tagged(tg.line, tg.text, "boilerplate", None, "struct")


def _in_list(tagged: list[Tagged], i: int) -> bool:
    """A numbered line next to another numbered line is a list item, not a section heading."""
    near = [tagged[j].text for j in (i - 1, i + 1) if 0 <= j < len(tagged)]
    return any(NUMBERED_RE.fullmatch(t) for t in near)


def _middle(tg: Tagged, in_list: bool = False) -> Tagged:
    text = tg.text
    if is_bodylike(text) or text.endswith(SENT_END) or len(text) >= SHORT_LINE_CHARS:
        return Tagged(tg.line, text, "body", text)
    m = NUMBERED_RE.fullmatch(text)
    if m and not in_list and len(m.group("t").split()) >= NUMBERED_HEADING_WORDS:
        return Tagged(tg.line, text, "heading", m.group("t"))
    return Tagged(tg.line, text, "heading", text)


# An Indonesian photo caption ends with the place and day: "..., Jakarta, Rabu (12/6/2024)."
CAPTION_DAY_END_RE = re.compile(
    r"\b(?:Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu)\s*\(\d{1,2}/\d{1,2}(?:/\d{2,4})?\)\.?$"
)


def _captioned_by_credit(prev: Tagged, tg: Tagged) -> bool:
    """A line followed by a bare labelled credit ("Foto: Republika/Name", "Photo : VIVA/Name")
    is that photo's caption: a header line taken for the subtitle, or a body-looking line that
    reads like a caption (ends with the day and date, quotes nobody)."""
    if tg.role != "caption" or tg.payload or tg.credit in (None, "credit-only"):
        return False
    if prev.role == "subtitle":
        return PHOTO_LABEL_RE.match(tg.text) is not None
    return (
        prev.role == "body"
        and CAPTION_DAY_END_RE.search(prev.text) is not None
        and not any(q in prev.text for q in '"“”')
    )


def _credit_lines(tags: list[Tagged]) -> list[Tagged]:
    """A credit-only line right after a caption ("ANTARA FOTO/...") is part of that caption."""
    out: list[Tagged] = []
    for tg in tags:
        if out and _captioned_by_credit(out[-1], tg):
            prev = out[-1]
            out[-1] = Tagged(prev.line, prev.text, "caption", prev.text, tg.credit)
            out.append(Tagged(tg.line, tg.text, "caption", None, "credit-only"))
            continue
        if (
            out
            and out[-1].role == "caption"
            and out[-1].credit is None
            and tg.role in ("heading", "boilerplate", "caption")
            and CREDIT_ONLY_RE.fullmatch(tg.text)
        ):
            prev = out[-1]
            out[-1] = Tagged(prev.line, prev.text, "caption", prev.payload, tg.text)
            out.append(Tagged(tg.line, tg.text, "caption", None, "credit-only"))
            continue
        out.append(tg)
    return out


def _related_runs(tags: list[Tagged], first: int, last: int) -> list[Tagged]:
    """Headlines listed under a related header, up to the next body paragraph."""
    out: list[Tagged] = []
    in_run = False
    for i, tg in enumerate(tags):
        if tg.role == "related" and tg.credit == "header":
            in_run = True
            out.append(Tagged(tg.line, tg.text, "related", None))
            continue
        loose = tg.role == "heading" or (tg.role == "boilerplate" and tg.credit == "struct")
        if in_run and loose and not is_bodylike(tg.text):
            headline = tg.text if len(tg.text.split()) >= 2 else None
            out.append(Tagged(tg.line, tg.text, "related", headline))
            continue
        if tg.role == "body" or (not loose and i <= last):
            in_run = False
        out.append(tg)
    return out
