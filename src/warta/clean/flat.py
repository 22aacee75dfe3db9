"""Text flattened onto one line (a scraper or a spreadsheet export replaced every line break by a
space), cut back into lines where a scraped page breaks them, before the line roles read it.

A page's lines open with markers the roles already know (a "Baca juga:" cue, a "Penulis:" label,
"ADVERTISEMENT", "Tags:", "©", a date line, the dateline opening the story), so the text is cut
before them, after the ones with a known end, and at sentence ends: a paragraph may come back as
several sentence lines, the same words in the same order.
"""

from __future__ import annotations

import functools
import re
from itertools import pairwise

from warta import meta
from warta.clean.bylines import LAPORAN_RE
from warta.clean.captions import CAPTION_LEAD_RE, CREDIT_WORDS
from warta.clean.headlines import (
    HEADLINE_MAX_WORDS,
    OPENERS,
    RELATED_LIST_MAX_WORDS,
    headline_chunks,
    headline_cut,
    nth_token,
    paragraph_opening,
)
from warta.clean.lines import SHORT_LINE_CHARS
from warta.clean.resources import CleanResources, data_rows, related_cues
from warta.clean.roles import BREADCRUMB_SEPS
from warta.model import Dateline


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Flattened: at most this many non-blank lines (a scraper may keep the headline on its own line)
# ...
FLAT_MAX_LINES = 3
# ... one of them at least this long. The longest paragraph of the dev sets has 905 characters,
# the shortest article 1,020: a shorter line is a paragraph, not a page.
FLAT_MIN_CHARS = 1000
# A longer one-line text is not one article flattened (the longest dev page is 6,321 characters)
# but a dump: it stays as it is, as the cutting grows faster than the text (80 KB take a second).
FLAT_MAX_CHARS = 50_000
# The header (title, byline, date line, caption) sits in the first part of a page; date lines
# and caption leads are looked for only there, and the dateline opening the story too.
HEAD_SHARE = 0.4
# The words after a dateline that show a sentence (three in lower case: "Tim Pencari Fakta
# Gabungan (TPFG) menyatakan bahwa ..." has its names first); more words let a name-heavy
# header pass for a story.
SENTENCE_OPENING_WORDS = 15
# A breadcrumb's separators sit in the first words of the page.
BREADCRUMB_MAX_WORDS = 8
BREADCRUMB_ITEM_WORDS = 3  # "detikSport Detik News > Berita"
SECTION_WORDS = 3  # "Home Tekno Aplikasi Smartphone ...": a section name without separators
# A dateline and the words after it are read from this many characters.
DATELINE_WINDOW = 320
# "Dr. Budi", "Jl. Sudirman", "No. 3": a full stop that ends no sentence.
ABBREVIATIONS = _words(
    "dok dr drs dra jl jln no prof ir hj h st kh pt tbk mr mrs ms dll dsb vs kec kab sdr bpk ny tn "
    "kol letjen mayjen brigjen jend kompol akbp iptu aiptu bripka"
)

_TOKEN = re.compile(r"\S+")
_SENTENCE_END = re.compile(r"(?P<w>\S*?)[.!?][\"”’)\]]* +(?=[\"“‘(\[]?[A-Z0-9])")
_INITIALS = re.compile(r"[A-Za-z]|(?:[A-Za-z]\.)+[A-Za-z]")
# A closing editor code, "(adji/M1/sir)", "(tyo/tyo)": what follows is the footer.
_CLOSING_CODE = re.compile(r"\([a-z]{2,5}\d{0,2}(?:/[A-Za-z0-9]{1,5})*\)(?= )")
# A caption's lead as a word of its own: "Ilustrasi", "Arsip", "Foto" (not "FOTO/Dedy").
_CAPTION_LEAD_WORD = re.compile(r"[A-Z][a-z]+[.:]?")
# A credit's label outside brackets: "Ilustrasi. Foto: Shutterstock".
_PHOTO_LABEL = re.compile(r"(?<![(\[])\b(?:Foto|FOTO|Photo|PHOTO)\s*:\s*")
# A photo credit in brackets closes a caption: "Ilustrasi (Kolase Tribunnews) Laporan ...".
_BRACKET = re.compile(r"\((?P<c>[^()]{2,90})\)(?= [A-Z\"“])")
# The "anything" tails of a full-line pattern's alternatives: what is left opens the line.
_PATTERN_TAIL = re.compile(r"\(\?: \?:\.\*\)\?|(?:\\b)?\.\*(?=$|\||\))")


def unflatten(text: str, res: CleanResources) -> str:
    """The text with its long flattened lines cut back into lines; any other text as it is."""
    if not FLAT_MIN_CHARS <= len(text) <= FLAT_MAX_CHARS or not is_flat(text):
        return text
    out = []
    for line in text.splitlines():
        out.extend(_cut(line, res) if len(line) >= FLAT_MIN_CHARS else [line])
    return "\n".join(out)


def is_flat(text: str) -> bool:
    """Whether the text is a page flattened onto one line (or very few)."""
    filled = 0
    longest = 0
    for line in text.splitlines():
        if line.strip():
            filled += 1
            if filled > FLAT_MAX_LINES:
                return False
            longest = max(longest, len(line.strip()))
    return longest >= FLAT_MIN_CHARS


def _cut(line: str, res: CleanResources) -> list[str]:
    """One long line as the lines it was made of. Without a page marker in it (only sentences)
    it is one long paragraph, kept as it is: the cleaner's own output read again stays whole."""
    start = _story_start(line, res)
    head = start if start is not None else int(len(line) * HEAD_SHARE)
    marked, spans = _marker_cuts(line, res)
    dated, name_ends = _date_cuts(line[:head], res)
    name_ends |= {a for a, _ in spans if a < head}  # "... Kritikan Rina Marlina Konten dari"
    marked |= dated | _name_cuts(line[:head], name_ends, marked, res)
    if start:
        marked.add(start)
    if not marked:
        return [line]
    crumb = _breadcrumb_end(line) or _outlet_end(line, res)
    crumb = _section_end(line, crumb, res) or crumb  # "detikSport Berita Persebaya ..."
    sentences = _sentence_cuts(line)
    if start is not None:
        # the story's first sentence stays with the next one: alone after its dateline it may
        # be too short to read as body, and would pass for a standfirst
        sentences -= {min((c for c in sentences if c > start), default=start)}
    cuts = sentences | _caption_cuts(line[:head])
    cuts = {c for c in cuts if not any(a < c < b for a, b in spans)} | marked
    cuts = {c for c in cuts if c >= crumb} | {crumb}
    pieces = (line[a:b].strip() for a, b in pairwise([0, *sorted(cuts), len(line)]))
    return [chunk for piece in pieces if piece for chunk in headline_chunks(piece)]


def _story_start(line: str, res: CleanResources) -> int | None:
    """Where the dateline opening the story sits ("JAKARTA, KOMPAS.com - Seorang ..."). Of the
    datelines ending at the same place, the one naming most that the lists know, then the
    longest: "Zulfikar Hamdani TRIBUN-BALI.COM, JAKARTA - " reads as one after a byline's name,
    "Angeles (ANTARA) - " inside "Los Angeles (ANTARA) - "."""
    best: tuple[int, int, int] | None = None  # (what it names, start, end)
    for m in _TOKEN.finditer(line, 0, int(len(line) * HEAD_SHARE)):
        if best and m.start() >= best[2]:
            break
        if not m.group()[0].isupper():
            continue
        window = line[m.start() : m.start() + DATELINE_WINDOW]
        dl, rest = meta.split_dateline(window, res)
        if dl is None or not _opens_sentence(rest):
            continue
        named, end = _named(dl, res), m.start() + len(window) - len(rest)
        if best is None or (end == best[2] and named > best[0]):
            best = (named, m.start(), end)
    return best[1] if best else None


def _named(dl: Dateline, res: CleanResources) -> int:
    """How much of a dateline the lists know: its place and outlet, given and known."""
    place, outlet = dl.place or "", dl.outlet or ""
    known = bool(place and place.lower() in res.places) + bool(res.outlets.finder.fullmatch(outlet))
    return bool(place) + bool(outlet) + known


def _breadcrumb_end(line: str) -> int:
    """The end of a breadcrumb opening the page ("Home » Nasional Diteriaki ...", "Teknologi •
    Gadget Acer ..."): its last item, one word after the last separator; 0 when none."""
    tokens = list(_TOKEN.finditer(line, 0, SHORT_LINE_CHARS))[:BREADCRUMB_MAX_WORDS]
    seps = [k for k, t in enumerate(tokens) if BREADCRUMB_SEPS.fullmatch(t.group())]
    if not seps or seps[-1] + 2 >= len(tokens):
        return 0
    items = [b - a - 1 for a, b in pairwise([-1, *seps])]
    if max(items) > BREADCRUMB_ITEM_WORDS or any(":" in t.group() for t in tokens):
        return 0  # "Penulis: A B C | Editor: D" is a byline
    return tokens[seps[-1] + 2].start()


def _outlet_end(line: str, res: CleanResources) -> int:
    """The end of the outlet's name opening the page ("Bisnis.com Bleu8 Restoran ...",
    "kumparanNEWS Kunjungi ..."), when a capitalised word follows; 0 when none."""
    m = res.outlets.finder.match(line)
    if m is None or not line[m.end() : m.end() + SHORT_LINE_CHARS].lstrip()[:1].isupper():
        return 0
    return m.end()


def _section_end(line: str, start: int, res: CleanResources) -> int:
    """The end of the section name opening the page without a separator ("Seleb Usai Meratapi
    ...", "Home Tekno Aplikasi Smartphone ..."): its words are section words; 0 when none."""
    end = 0
    for tok in list(_TOKEN.finditer(line, start, start + SHORT_LINE_CHARS))[:SECTION_WORDS]:
        if tok.group().lower() not in res.sections:
            break
        end = tok.end()
    rest = line[end:].lstrip()
    return end if rest[:1].isupper() else 0


def _opens_sentence(text: str) -> bool:
    """Text after a dateline reads as a sentence: most of its first words in lower case."""
    words = text.split()[:SENTENCE_OPENING_WORDS]
    return len(words) == SENTENCE_OPENING_WORDS and sum(w[0].islower() for w in words) >= 3


def _date_cuts(head: str, res: CleanResources) -> tuple[set[int], set[int]]:
    """Around each date line with a time in the header ("Rabu, 31 Agustus 2016 01:30 WITA"),
    with its label ("Diterbitkan") or its outlet before it; and the starts of those without an
    outlet, where a writer's name may end. A date after "pada" / "on" is the byline's ("Oleh A
    pada 04 Des 2016, 17:35 WIB")."""
    cuts: set[int] = set()
    name_ends: set[int] = set()
    pos = 0
    while (found := res.dates.find(head[pos:])) is not None:
        a, b = pos + found.start, pos + found.end
        if found.has_time:
            cuts.add(b)
            if not _BYLINE_DATE.search(head, max(0, a - 6), a):
                a = _label_before(head, a)
                start = _outlet_before(head, a, res)
                cuts.add(start)
                if start == a:
                    name_ends.add(a)
        pos = b
    return cuts, name_ends


_BYLINE_DATE = re.compile(r"\b(?:pada|on)\s*$")
# A date line's label: "Diterbitkan 26 Feb 2017, 07:15 WIB".
_DATE_LABEL = re.compile(
    r"(?:Diterbitkan|Diperbarui|Dipublikasikan|Terbit|Published|Updated|Posted)\s*:?\s*$"
)


def _label_before(head: str, start: int) -> int:
    m = _DATE_LABEL.search(head, max(0, start - 20), start)
    return m.start() if m else start


# A writer's name glued to the headline before the date line or the outlet: "... Per Dolar As
# Yoga Prasetyo 24 September 2016", "... Samudra Arktik Gita Permatasari - detikInet".
_NAME_BEFORE = re.compile(r"(?:(?:[A-Z][a-z'-]+ ){2,3}|Tim [\w.-]+ )$")  # "Tim detikcom"
_NAME_MARK = re.compile(r" [-–|•·] (?=detik|[A-Z])| ·|, (?:Jurnalis|Wartawan|Reporter)\b")
NAME_MAX_WORDS = 3
NAME_WINDOW = 60  # characters before the date line or outlet looked at for the name


def _name_cuts(head: str, ends: set[int], marked: set[int], res: CleanResources) -> set[int]:
    """Before a writer's name (up to three capitalised words: most Indonesian bylines have
    three, and a title-case headline cannot tell) between the headline and the date line, an
    outlet after a dash or a ", Jurnalis" role."""
    if any(res.byline_label.match(head, c) for c in marked if c < len(head)):
        return set()  # the byline has its label ("Penulis: ...")
    ends = {c for c in ends if c > 0} | {m.start() for m in _NAME_MARK.finditer(head)}
    cuts: set[int] = set()
    for end in ends:
        offset = max(0, end - NAME_WINDOW)
        before = head[offset:end].rstrip(" -–|,") + " "
        m = _NAME_BEFORE.search(before)
        if m is None or any(offset < c < end for c in marked):
            continue
        words = m.group().split()[-NAME_MAX_WORDS:]
        start = offset + before.rindex(" ".join(words))
        if len(head[:start].split()) >= 3:
            cuts.add(start)
    return cuts


_SEPARATORS = ("|", "-", "–", "•", ",")


def _outlet_before(head: str, start: int, res: CleanResources) -> int:
    """The start of the date line, with the outlet's name before it ("CNN Indonesia | Selasa,
    ...", "Kompas.com, 3 September ...")."""
    words = list(_TOKEN.finditer(head, max(0, start - NAME_WINDOW), start))
    while words and words[-1].group() in _SEPARATORS:
        words.pop()
    for k in (2, 1):
        if len(words) >= k:
            name = " ".join(w.group() for w in words[-k:]).rstrip(" |,")
            if res.outlets.finder.fullmatch(name):
                return words[-k].start()
    return start


def _caption_cuts(head: str) -> set[int]:
    """Before a caption's lead word ("Ilustrasi", "Arsip"), after a bracketed photo credit."""
    cuts = {m.start() for m in _TOKEN.finditer(head) if _CAPTION_LEAD_WORD.fullmatch(m.group())}
    cuts = {p for p in cuts if p and CAPTION_LEAD_RE.match(head, p)}
    cuts |= {m.end() for m in _BRACKET.finditer(head) if CREDIT_WORDS.search(m.group("c"))}
    for m in _PHOTO_LABEL.finditer(head):  # "Foto: Shutterstock Sembari mengenakan ..."
        words = [t.group() for t in _TOKEN.finditer(head, m.end())][: HEADLINE_MAX_WORDS // 2]
        k = paragraph_opening(words, first=1)
        if k is not None:
            cuts.add(nth_token(head, m.end(), k))
    return cuts


def _sentence_cuts(line: str) -> set[int]:
    cuts = {m.end() for m in _CLOSING_CODE.finditer(line)}
    for m in _SENTENCE_END.finditer(line):
        word = m.group("w").lstrip('"“‘([')
        if _INITIALS.fullmatch(word) or word.lower() in ABBREVIATIONS:
            continue
        credit = _BRACKET.match(line, m.end())
        if credit is None or not CREDIT_WORDS.search(credit.group("c")):
            cuts.add(m.end())  # a photo credit stays with its caption
    return cuts


@functools.cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(related cue, boilerplate or footer phrase), from the cleaner's lists; the related
    header is the cleaner's own ``res.related_header``."""
    related = re.compile(r"(?:[(\[]\s*)?(?:" + related_cues() + r")\s*(?::|\s[-–](?=\s))\s*", re.I)
    phrases = []
    for name in ("data/clean/boilerplate.txt", "data/clean/footer.txt"):
        for row in data_rows(name):
            phrase = _PATTERN_TAIL.sub("", row)
            if ".*" not in phrase and _opens_text(phrase):
                phrases.append(f"(?:{phrase})")
    return related, re.compile("|".join(phrases))


def _opens_text(phrase: str) -> bool:
    """A usable phrase: a valid pattern that needs some text (what is left of "x\\b.*" may not
    be)."""
    try:
        return re.fullmatch(phrase, "") is None
    except re.error:
        return False


def _marker_cuts(line: str, res: CleanResources) -> tuple[set[int], list[tuple[int, int]]]:
    """Before the markers that open a line, after those whose end is known; and where the
    markers are (no other rule cuts inside "Lihat Foto" or "ANTARA FOTO/...")."""
    related, phrases = _patterns()
    headers = res.related_header
    lower = line.lower()
    cuts: set[int] = set()
    spans: list[tuple[int, int]] = []

    def _opens(tok: re.Match[str]) -> bool:
        return bool(related.match(line, tok.start()) or _byline_start(line, tok.start(), res))

    inside = 0  # the end of the last marker: a word in it opens nothing ("Berita Terkait")
    for tok in _TOKEN.finditer(line):
        p, first = tok.start(), tok.group()[0]
        if not (first.isupper() or first in "©(["):
            continue
        # a related cue or a byline label opens a line even inside another marker's words
        # ("Home News Kriminal Oleh Novianti ...": the breadcrumb pattern reads on)
        if m := related.match(line, p):
            cuts |= {p, *headline_cut(line, p, m.end(), HEADLINE_MAX_WORDS)}
        elif first not in "([" and (m := _byline_start(line, p, res)):
            cuts.add(p)
        elif p < inside or first in "([" or _headline_word(line, tok, headers):
            continue
        elif (m := headers.match(lower, p)) and _ends_word(lower, m.end()):
            if not _line_start_after(line, m.end()):
                continue  # "Terkait dengan jarak tempuh ...": a sentence, no list header
            listed = headline_cut(line, p, m.end(), RELATED_LIST_MAX_WORDS)
            cuts |= {p, m.end(), *listed}
        elif (m := phrases.match(lower, p)) and _ends_word(lower, m.end()):
            end = _phrase_end(line, lower, p, m.end(), phrases)
            end = next((t.start() for t in _TOKEN.finditer(line, p + 1, end) if _opens(t)), end)
            cuts.add(p)
            if lower[p:end] not in OPENERS:  # "Sebelumnya Djarot memang ..." is a sentence
                cuts |= _line_start_after(line, end)
            spans.append((p, end))
            inside = end
            continue
        else:
            continue
        spans.append((p, m.end()))
        inside = m.end()
    return cuts, spans


def _headline_word(line: str, tok: re.Match[str], headers: re.Pattern[str]) -> bool:
    """A word a list header is made of that headlines use too ("Terbaru", "Terkini",
    "Populer"), between two capitalised words: a headline's, no header."""
    word = tok.group().lower()
    if not headers.fullmatch(word) and not headers.fullmatch("berita " + word):
        return False
    before = line[: tok.start()].split()[-1:]
    after = _TOKEN.match(line, tok.end() + 1)
    return bool(before and before[0][0].isupper() and after and after.group()[0].isupper())


# A marker phrase may run on over a few more words ("Bagikan" -> "Bagikan Artikel Ini").
PHRASE_MORE_WORDS = 3


def _phrase_end(line: str, lower: str, start: int, end: int, phrases: re.Pattern[str]) -> int:
    """The end of a marker line opened by a phrase: the longest phrase (an alternation takes its
    first match, not its longest), then up to a colon or over lower-case words ("Simak Video
    Pilihan di Bawah Ini :", "Scroll untuk membaca artikel"), or over the shouted words after a
    shouted phrase ("SCROLL TO CONTINUE" + "WITH CONTENT") that open no phrase of their own."""
    more = list(_TOKEN.finditer(line, end))[:PHRASE_MORE_WORDS]
    for tok in more:
        if phrases.fullmatch(lower, start, tok.end()):
            end = tok.end()
    if line[start:end].isupper():
        for tok in _TOKEN.finditer(line, end):
            word = tok.group()
            if not (word.isalpha() and word.isupper() and len(word) > 1):
                break
            if phrases.match(lower, tok.start()):
                break
            end = tok.end()
        return end
    for tok in _TOKEN.finditer(line, end):
        word = tok.group()
        if word.endswith(":") and tok.start() - end < SHORT_LINE_CHARS // 4:
            return tok.end()
        if not word[0].islower() or tok.start() - end > SHORT_LINE_CHARS // 4:
            break
        end = tok.end()
    return end


def _byline_start(line: str, p: int, res: CleanResources) -> re.Match[str] | None:
    """A labelled byline ("Penulis: A", "Oleh A", "Laporan Wartawan X, A") opening at ``p``
    (the caller takes capitalised words only: "oleh Polisi" is prose)."""
    m = res.byline_label.match(line, p)
    if m:
        return m
    return LAPORAN_RE.match(line, p) if line[p] == "L" else None


def _ends_word(lower: str, end: int) -> bool:
    return end > 0 and not (lower[end : end + 1].isalnum() and lower[end - 1].isalnum())


def _line_start_after(line: str, end: int) -> set[int]:
    """The marker's end when a new line plainly starts there (a capital, a quote, "©")."""
    rest = line[end : end + 3]
    stripped = rest.lstrip()
    if stripped and stripped != rest and (stripped[0].isupper() or stripped[0] in '"“©('):
        return {end}
    return set()
