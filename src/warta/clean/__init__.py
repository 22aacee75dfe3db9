"""Stage 2-3: give every line of scraped text a role, keep the body, read the metadata.

``read_text`` never raises on arbitrary text and is idempotent on its own output body.
"""

from __future__ import annotations

import datetime as dt
import html
import re

from warta import meta
from warta.clean.captions import caption_label, caption_parts
from warta.clean.flat import unflatten
from warta.clean.inline import inline_related
from warta.clean.resources import CleanResources
from warta.clean.roles import NUMBERED_RE, Tagged, assign_roles, is_bodylike, signoff_wires
from warta.clean.wrapped import unwrap
from warta.meta.dates import DEFAULT_OFFSET, normalise_iso
from warta.model import Article, Caption, Dateline, Line, PageHints, Paragraph

KEPT_ROLES = ("body", "heading")

# Said when the cleaner kept no line, so an empty body is never silent.
NOTHING_KEPT = "no line looked like article text: every line is in removed"


def read_text(
    source: str,
    text: str,
    hints: PageHints,
    resources: CleanResources,
    *,
    reference_time: dt.datetime | None = None,
) -> Article:
    written, raw, undressed = _page_lines(text, resources)
    tags = inline_related(
        _numbered_series(assign_roles([(i, t) for i, t in undressed if t], resources, hints.title))
    )
    tags, dateline, opening = _take_dateline(tags, resources)
    tags, agencies = _take_credits(tags, resources)
    agencies = tuple(dict.fromkeys((*meta.dateline_wires(opening, resources), *agencies)))
    # The page's credit box ("Editor: X" beside "Sumber: ANTARA") may sit outside the text.
    agencies = agencies or tuple(
        dict.fromkeys(a for ln in hints.bylines for a in source_agencies(ln, resources))
    )
    title = next((tg.text for tg in tags if tg.role == "title"), None)
    lines = tuple(Line(_dressed_again(tg, raw, undressed), tg.role, tg.line) for tg in tags)
    paragraphs = tuple(
        Paragraph(_as_written(tg, written), tg.role) for tg in tags if tg.role in KEPT_ROLES
    )
    body = "\n\n".join(p.text for p in paragraphs)
    authors, editors = meta.people(tags, resources)
    editors = editors or meta.box_editors(hints.bylines, resources)
    language = meta.language(body, resources)
    published = _published(tags, hints, language, resources, reference_time, opening)
    outlet = _outlet(tags, hints, dateline, resources)
    return Article(
        source=source,
        title=hints.title or title,
        subtitle=next((tg.text for tg in tags if tg.role == "subtitle"), None) or hints.subtitle,
        outlet=outlet,
        authors=_not_outlet(_authors(authors, hints, editors, resources), outlet),
        editors=editors,
        published=published,
        dateline=dateline,
        agencies=agencies,
        cited_media=meta.cited_media(body, resources),
        captions=_captions(tags, hints.title or title, resources) or tuple(hints.captions),
        related=_related(tags, hints),
        language=language,
        url=hints.url,
        body=body,
        paragraphs=paragraphs,
        removed=tuple(ln for ln in lines if ln.role not in KEPT_ROLES),
        lines=lines,
        warnings=() if paragraphs or not lines else (NOTHING_KEPT,),
    )


Numbered = list[tuple[int, str]]


def _page_lines(text: str, resources: CleanResources) -> tuple[list[str], Numbered, Numbered]:
    """(the lines as written, numbered lines as shown, the same read without a chat message's
    dress): stage 0, the text back into the lines of a page."""
    # A page flattened onto one line is cut back into lines first (clean/flat.py).
    # A PDF copy's hard-wrapped paragraphs are joined back first (clean/wrapped.py).
    page = unwrap(unflatten(decode_entities(text), resources))
    written = page.splitlines()
    # translate() on every line costs 5% of the cleaning; most pages have nothing invisible
    shown = [t.translate(INVISIBLE) for t in written] if _ANY_INVISIBLE.search(page) else written
    raw = [(i, " ".join(t.split())) for i, t in enumerate(shown, start=1)]
    undressed = raw
    if not page.isascii() or "*" in page or "_" in page:
        undressed = [(i, undecorated(t) if t and _dressed(t) else t) for i, t in raw]
    return written, raw, undressed


def _outlet(
    tags: list[Tagged], hints: PageHints, dateline: Dateline | None, resources: CleanResources
) -> str | None:
    # The site that published the page (its name, or its address) before the dateline's: a
    # regional ANTARA site runs "Jakarta (ANTARA) -" stories from the national desk.
    return (
        hints.outlet
        or resources.outlets.from_url(hints.url)
        or meta.dateline_outlet(dateline, hints.outlet)
        or meta.find_outlet(tags, resources)
    )


# Characters scraped text carries without showing them: zero-width spaces and joiners, soft
# hyphens, byte-order marks, bidi controls. Roles and metadata are read without them ("Pe\u200b
# nulis:" is a byline label); a paragraph keeps them, as the text was written.
INVISIBLE = dict.fromkeys(
    [0x00AD, *range(0x200B, 0x2010), *range(0x202A, 0x202F), *range(0x2060, 0x2065), 0xFEFF]
)
_ANY_INVISIBLE = re.compile("[" + "".join(map(chr, INVISIBLE)) + "]")
# What a chat app's message dresses a line in: pictographs (emoji, their variation selector, the
# warning and arrow signs of the symbol blocks) at its ends, and *bold* / _italic_ markers around
# it all ("⚠️ *INFO CUACA* ⚠️", "_Sumber: detik.com_"). Roles and metadata read the line without
# them; a paragraph keeps them, as the text was written.
_PICTOGRAPHS = (
    "\u2190-\u21ff\u2300-\u23ff\u25a0-\u27bf\u2900-\u297f\u2b00-\u2bff\ufe0f\U0001f000-\U0001faff"
)
_FIRST_PICTOGRAPH = "\u2190"
_EDGE_PICTOGRAPHS = re.compile(f"^[{_PICTOGRAPHS}\\s]+|[{_PICTOGRAPHS}\\s]+$")
_WRAPPED = re.compile(r"([*_])(?P<t>[^*_\s](?:[^*_]*[^*_\s])?)\1")


def _dressed(line: str) -> bool:
    """Whether the line may be dressed: a marker or a pictograph (or any character from the
    arrows on) at one of its ends; plain comparisons, as most lines are not."""
    a, z = line[0], line[-1]
    return a in "*_" or z in "*_" or a >= _FIRST_PICTOGRAPH or z >= _FIRST_PICTOGRAPH


def _dressed_again(tg: Tagged, raw: list[tuple[int, str]], undressed: list[tuple[int, str]]) -> str:
    """A line as the input showed it, its pictographs and markers included: the removed lines
    are there to be audited ("Lanjutkan Membaca ↓")."""
    if undressed is raw or not 0 < tg.line <= len(raw):
        return tg.text
    was = raw[tg.line - 1][1]
    return was if was != tg.text and undressed[tg.line - 1][1] == tg.text else tg.text


def undecorated(line: str) -> str:
    """The line without pictographs at its ends and without *markers* wrapping all of it."""
    bare = _EDGE_PICTOGRAPHS.sub("", line)
    m = _WRAPPED.fullmatch(bare)
    return m.group("t") if m else bare


# An HTML entity a scraper left in the text ("&quot;", "&amp;", "&#8220;"); with its semicolon
# only, so "R&D" and "AT&T" stay as written.
_ENTITY = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
# Entities escaped twice ("&amp;quot;") take a second round; the bound keeps a pathological
# "&amp;amp;amp;..." from looping long.
_UNESCAPE_ROUNDS = 3


def decode_entities(text: str) -> str:
    """Text with the HTML entities a scraper left in it decoded."""
    for _ in range(_UNESCAPE_ROUNDS):
        if "&" not in text:
            break
        decoded = _ENTITY.sub(lambda m: html.unescape(m.group()), text)
        if decoded == text:
            break
        text = decoded
    return text


def _as_written(tg: Tagged, written: list[str]) -> str:
    """A kept paragraph as the input wrote it, invisible characters included; when the cleaner
    cut the line (a dateline, a credit, a list number), the same piece of the written line."""
    kept = tg.payload or tg.text
    line = " ".join(written[tg.line - 1].split())
    if line == tg.text:
        return kept  # nothing invisible in it: the common case
    if kept == tg.text:
        return line
    shown, where = _shown_offsets(line)
    start = shown.find(kept) if shown == tg.text else -1
    if start < 0 or not kept:
        return kept
    end = start + len(kept)
    # a piece reaching an end of the line keeps the invisible characters beyond it
    return line[where[start] if start else 0 : where[end - 1] + 1 if end < len(shown) else None]


def _shown_offsets(line: str) -> tuple[str, list[int]]:
    """The line as the roles read it (invisible characters out, spaces folded) and, for each of
    its characters, the offset in the line."""
    chars: list[str] = []
    where: list[int] = []
    for i, ch in enumerate(line):
        if ord(ch) in INVISIBLE or (ch.isspace() and (not chars or chars[-1] == " ")):
            continue
        chars.append(" " if ch.isspace() else ch)
        where.append(i)
    if chars and chars[-1] == " ":
        chars.pop()
        where.pop()
    return "".join(chars), where


# Languages whose pages are read as Indonesian-local (WIB when no zone is given).
LOCAL_LANGUAGES = frozenset({"id", "ms"})
# Malay text is written in Malaysia, Singapore and Brunei, all on UTC+8: its time without a
# zone is that one, not WIB.
MALAY_OFFSET = "+08:00"


def _local(page_language: str | None, text_language: str | None) -> bool:
    """Whether the page is Indonesian: its markup or its text says so (Indonesian sites often
    leave ``lang="en"`` from a theme), or nothing says otherwise."""
    if page_language in LOCAL_LANGUAGES or text_language in LOCAL_LANGUAGES:
        return True
    return page_language is None and text_language is None


def _published(
    tags: list[Tagged],
    hints: PageHints,
    language: str | None,
    resources: CleanResources,
    reference_time: dt.datetime | None,
    opening: str = "",
) -> str | None:
    """The publication time: a zoned machine date, else the text's date line, else the hint,
    else the date the dateline gives ("Jakarta, 4 September 2024 – ", a press release).
    A time without a zone is WIB on an Indonesian page (UTC+8 on a Malay one); on a foreign one
    it stays without an offset rather than getting an invented one."""
    local = MALAY_OFFSET if language == "ms" else DEFAULT_OFFSET
    offset = local if _local(hints.language, language) else None
    published = _zoned(normalise_iso(hints.published, resources.dates, None))
    published = published or meta.published(tags, resources, reference_time, offset)
    if published is None:
        published = normalise_iso(hints.published, resources.dates, offset)
    if published is None and opening:
        found = resources.dates.find(opening, reference_time, offset)
        published = found.iso if found else None
    return published


def _related(tags: list[Tagged], hints: PageHints) -> tuple[str, ...]:
    """Read-also headlines: those in the text, then those of boxes the HTML extractor took out."""
    found = [tg.payload for tg in tags if tg.role == "related" and tg.payload]
    return (*found, *(h for h in hints.related if h not in found))


def _authors(
    in_text: tuple[str, ...], hints: PageHints, editors: tuple[str, ...], res: CleanResources
) -> tuple[str, ...]:
    """The text's writers, else the markup's, else those of the page's credit boxes; a fuller
    list that holds every name of the first wins ("Laporan Wartawan X" in the text, "Penulis:
    X, Y" in the credit box)."""
    markup = _not_editors(hints.authors, editors)
    boxed = _not_editors(meta.box_authors(hints.bylines, res), editors)
    best = in_text or markup or boxed
    for fuller in (markup, boxed):
        if len(fuller) > len(best) and {n.casefold() for n in best} <= {
            n.casefold() for n in fuller
        }:
            best = fuller
    return best


def _not_editors(names: tuple[str, ...], editors: tuple[str, ...]) -> tuple[str, ...]:
    """The page's stated authors without those its text names as editors ("Editor: Heryadi"
    while the JSON-LD calls Heryadi the author): authors and editors are kept apart."""
    taken = {name.casefold() for name in editors}
    return tuple(name for name in names if name.casefold() not in taken)


def _not_outlet(names: tuple[str, ...], outlet: str | None) -> tuple[str, ...]:
    """Without the page's own outlet: "Peranan, Wartawan BBC News Indonesia" (a role line) and
    an organisation byline name the outlet, not a writer."""
    key = re.sub(r"\W+", "", (outlet or "").casefold())
    return tuple(n for n in names if not key or re.sub(r"\W+", "", n.casefold()) != key)


def _zoned(iso: str | None) -> str | None:
    """A stated time with its zone (a page's machine-readable date says exactly when), else
    None: then the text's date line, read with the page's local zone, is the better source."""
    return iso if iso and len(iso) > len("2024-01-01T00:00:00") else None


def _take_dateline(
    tags: list[Tagged], res: CleanResources
) -> tuple[list[Tagged], Dateline | None, str]:
    """Remove the dateline from the first body paragraph (repeatedly, so a rerun is a no-op);
    also give the text removed, which may hold a date."""
    first = next((i for i, tg in enumerate(tags) if tg.role == "body"), None)
    if first is None:
        return tags, None, ""
    tg = tags[first]
    found: Dateline | None = None
    text = tg.payload or tg.text
    while True:
        dl, rest = meta.split_dateline(text, res)
        if dl is None or not rest.strip():
            break
        found, text = found or dl, rest.strip()
    if found is None:
        return tags, None, ""
    out = list(tags)
    out[first] = tg._replace(payload=text)
    whole = tg.payload or tg.text
    return out, found, whole[: len(whole) - len(text)]


def _numbered_series(tags: list[Tagged]) -> list[Tagged]:
    """Numbered headings of one text are one series (a listicle's sections): when a long one
    loses its number, so do the short ones ("3. Mendongkrak okupansi hotel"), not just some."""
    numbered = [
        (i, m)
        for i, tg in enumerate(tags)
        if tg.role == "heading" and (m := NUMBERED_RE.fullmatch(tg.text))
    ]
    if len(numbered) < 2 or all(tags[i].payload == tags[i].text for i, _ in numbered):
        return tags
    out = list(tags)
    for i, m in numbered:
        out[i] = out[i]._replace(payload=m.group("t"))
    return out


def _take_credits(tags: list[Tagged], res: CleanResources) -> tuple[list[Tagged], tuple[str, ...]]:
    """Strip wire credits / editor codes closing the last body paragraph; read agencies."""
    out = list(tags)
    agencies: dict[str, None] = {}
    last = next((i for i in range(len(out) - 1, -1, -1) if out[i].role == "body"), None)
    if last is not None:
        tg = out[last]
        text, found = meta.strip_credits(tg.payload or tg.text, res)
        # A code is left on when its removal would leave a credited caption ("pemerintah
        # (ANTARA) (ant)" -> "pemerintah (ANTARA)"): the body read again would lose the line.
        if text != (tg.payload or tg.text) and text.strip() and caption_parts(text, res) is None:
            out[last] = tg._replace(payload=text)
        for a in found:
            agencies.setdefault(a, None)
    for tg in out[last or 0 :]:
        if tg.role == "boilerplate" and tg.text.startswith(("(", "[")):
            for a in meta.strip_credits("." + tg.text, res)[1]:
                agencies.setdefault(a, None)
        elif tg.role in ("byline", "boilerplate"):
            for a in source_agencies(tg.text, res) or signoff_wires(tg.text, res):
                agencies.setdefault(a, None)  # "Sumber: Antara" after the article
    return out, tuple(agencies)


SOURCE_LINE_RE = re.compile(r"(?i:sumber)\s*:\s*(?P<source>[^()\[\]]{2,40})$")
# "Sumber: Reuters, AFP": a source line may name several agencies.
_SOURCE_SPLIT = re.compile(r"\s*(?:,|/|&|\bdan\b)\s*")


def source_agencies(line: str, res: CleanResources) -> list[str]:
    """The agencies a "Sumber: X" line names ([] for any other line)."""
    m = SOURCE_LINE_RE.match(line)
    if m is None:
        return []
    found: list[str] = []
    for part in _SOURCE_SPLIT.split(m.group("source")):
        if part:
            found.extend(meta.strip_credits(f". ({part})", res)[1])
    return found


def _captions(tags: list[Tagged], title: str | None, res: CleanResources) -> tuple[Caption, ...]:
    caps = []
    for tg in tags:
        if tg.role != "caption" or tg.credit == "credit-only":
            continue
        text = _outlet_label(caption_label().sub("", (tg.payload or "").strip()), res)
        if title and text.startswith(title) and len(text) > len(title):
            text = text[len(title) :].strip()
        caps.append(Caption(text, tg.credit))
    return tuple(caps)


def _outlet_label(text: str, res: CleanResources) -> str:
    """A caption opening with the site's name and a dash ("SOLOPOS.COM - Pekerja ...", as every
    solopos.com photo is labelled): the label is no part of the caption; a place is."""
    dl, rest = meta.split_dateline(text, res)
    if dl is None or dl.place is not None or not rest.strip():
        return text
    return rest.strip()


__all__ = ["read_text", "is_bodylike"]
