"""Publication dates of an HTML page: JSON-LD, meta tags, ``<time>``, and a date line printed
under the headline when the markup has none."""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from warta.html.data import data_lines
from warta.meta.dates import zone_offsets

if TYPE_CHECKING:
    from selectolax.lexbor import LexborHTMLParser


def normalise_date(value: str | None) -> str | None:
    """ISO 8601 keeping the page's offset; None when the value is not a date."""
    if not value:
        return None
    text = value.strip().replace("Z", "+00:00")
    text = re.sub(r"([+-]\d\d)(\d\d)$", r"\1:\2", text)
    text = re.sub(r"^(\d{4}-\d\d-\d\d) (\d)", r"\1T\2", text)
    try:
        parsed = dt.datetime.fromisoformat(text)
    except ValueError:
        try:
            import warnings

            from dateutil import parser

            with warnings.catch_warnings():  # "tzname EST not understood": kept naive
                warnings.simplefilter("ignore")
                parsed = parser.parse(value)
        except (ValueError, OverflowError, ImportError):
            return None
    if (
        parsed.tzinfo is None
        and parsed.hour == parsed.minute == parsed.second == 0
        and len(text) <= 10
    ):
        return parsed.date().isoformat()
    return parsed.isoformat()


PUBLISHED_META = (
    "article:published_time", "og:published_time", "datepublished", "pubdate", "publishdate",
    "publish-date", "date", "dc.date", "dc.date.issued", "dcterms.created", "sailthru.date",
    "parsely-pub-date", "content_publishedtime", "publish_date", "article.published",
)  # fmt: skip


def find_published(tree: LexborHTMLParser, ld: dict[str, Any], meta: dict[str, str]) -> str | None:
    # A video page's VideoObject has its date as uploadDate (20detik).
    candidates: list[str | None] = [
        ld.get(k) for k in ("datePublished", "dateCreated", "uploadDate")
    ]
    candidates.extend(meta.get(key) for key in PUBLISHED_META)
    for node in tree.css("time[datetime]")[:1]:
        candidates.append(node.attributes.get("datetime"))
    candidates.extend(_microdata_dates(tree))
    dates = [d for d in (normalise_date(v) for v in candidates if isinstance(v, str)) if d]
    if not dates:
        return visible_date(tree)
    # A CMS plugin may write the time in UTC (Yoast: "+00:00") where the page's own meta has
    # the same moment at its local offset ("+09:00", WIT): the local one is the page's.
    best = next((d for d in dates[1:] if _same_moment_local(dates[0], d)), dates[0])
    return _shown_with_zone(best, tree)


def _shown_with_zone(date: str, tree: LexborHTMLParser) -> str:
    """A machine date with a time but no offset ("2024-03-05T10:15:00", tribun's JSON-LD)
    gives way to the date line the page prints at the same clock time, which names its zone
    ("Selasa, 5 Maret 2024 10:15 WITA"): left alone, the time would be taken for WIB."""
    when = dt.datetime.fromisoformat(date) if "T" in date else None
    if when is not None and when.utcoffset() == dt.timedelta(0):
        return _local_of_utc(when, tree) or date
    if when is None or when.tzinfo is not None:
        return date
    line = visible_date(tree)
    clock = re.compile(rf"(?<!\d)0?{when.hour}[:.]{when.minute:02d}(?!\d)")
    if line is None or not clock.search(line) or not _zone_word().search(line):
        return date
    return line


def _local_of_utc(when: dt.datetime, tree: LexborHTMLParser) -> str | None:
    """A UTC machine date (a <time datetime="...Z">, Ghost's or a CMS's meta) the page prints at
    the same moment in a named zone ("5 November 2024, 11.12 WIB" for 04:12Z): the page's own
    offset. None when no printed line shows that moment."""
    line = visible_date(tree)
    if line is None:
        return None
    for m in _zone_word().finditer(line):
        local = when.astimezone(zone_offsets()[m.group(0).casefold()])
        clock = re.compile(rf"(?<!\d)0?{local.hour}[:.]{local.minute:02d}(?!\d)")
        if local.utcoffset() and clock.search(line[: m.start()]):
            return local.isoformat()
    return None


@lru_cache(maxsize=1)
def _zone_word() -> re.Pattern[str]:
    """A time zone written after a time ("WITA", "WIB"), from the date grammar's zone names."""
    zones = "|".join(re.escape(name) for name in zone_offsets())
    return re.compile(rf"\b(?:{zones})\b", re.IGNORECASE)


# Microdata and hAtom publication stamps outside <meta> and <time>: Blogger's
# <abbr class="published" itemprop="datePublished" title="2024-10-14T20:15:00+09:00">20.15</abbr>.
_MICRODATA_DATE = '[itemprop="datePublished"], abbr.published[title]'
_MICRODATA_ATTRS = ("datetime", "content", "title")


def _microdata_dates(tree: LexborHTMLParser) -> list[str | None]:
    node = tree.css_first(_MICRODATA_DATE)
    return [] if node is None else [node.attributes.get(a) for a in _MICRODATA_ATTRS]


def _same_moment_local(utc: str, other: str) -> bool:
    if not utc.endswith("+00:00") or other.endswith("+00:00"):
        return False
    a, b = dt.datetime.fromisoformat(utc), dt.datetime.fromisoformat(other)
    return b.tzinfo is not None and a == b


# A date with a time written on the page ("Rabu, 31 Agustus 2016 01:30 WITA", "31/08/2016, 01:30").
_VISIBLE_DATE = re.compile(
    r"(?:\b\d{1,2}\s+(?:jan|feb|mar|apr|mei|may|jun|jul|agu|aug|sep|okt|oct|nov|des|dec)[a-z]*\.?"
    r"\s+(?:19|20)\d\d|\b\d{1,2}/\d{1,2}/(?:19|20)\d\d)\D{0,12}\d{1,2}[:.]\d{2}\b",
    re.IGNORECASE,
)
# A date line is short; the first one after the headline is the article's.
MAX_DATE_LINE_CHARS = 90


def visible_date(tree: LexborHTMLParser) -> str | None:
    """The first short date-and-time line after the <h1> (or anywhere, without one), else the
    nearest one above it (a print page's header table): pages that carry no date in their
    metadata still print it by the headline. A print or access stamp ("Dicetak pada: ...") is
    not the publication date. Returned as written; the date grammar reads it."""
    from warta.html.meta import after_headline, before_headline

    for lines in (after_headline, before_headline):
        for text in lines(tree, MAX_DATE_LINE_CHARS):
            if _VISIBLE_DATE.search(text) and not _not_published().match(text):
                return text
    return None


@lru_cache(maxsize=1)
def _not_published() -> re.Pattern[str]:
    words = "|".join(data_lines("not_published_labels.txt"))
    return re.compile(rf"\s*(?:{words})\b", re.IGNORECASE)
