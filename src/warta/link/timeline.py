"""Dated events: sentences naming a date ("Rabu (24/8)", "24 Februari 2022"), resolved to
ISO dates against the article's publication date."""

from __future__ import annotations

import datetime as dt
import re

MONTHS = (
    "januari", "februari", "maret", "april", "mei", "juni",
    "juli", "agustus", "september", "oktober", "november", "desember",
)  # fmt: skip
_DAY = r"(?:Senin|Selasa|Rabu|Kamis|Jum'?at|Sabtu|Minggu|Ahad)"
# "Rabu (24/8)" or "Rabu (24/8/2021)": the Indonesian press's day-of-week + day/month.
SHORT_DATE = re.compile(_DAY + r",?\s*\(\s*(\d{1,2})\s*/\s*(\d{1,2})(?:\s*/\s*(\d{2,4}))?\s*\)")
LONG_DATE = re.compile(r"\b(\d{1,2})\s+(" + "|".join(MONTHS) + r")\s+(\d{4})\b", re.IGNORECASE)
SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
# A day/month without a year later than publication by more than this is last year's date.
FUTURE_SLACK_DAYS = 2
MAX_EVENT_CHARS = 240


def _published_date(published: str | None) -> dt.date | None:
    if not published:
        return None
    try:
        return dt.date.fromisoformat(published[:10])
    except ValueError:
        return None


def _short(m: re.Match[str], pub: dt.date | None) -> dt.date | None:
    day, month, year = int(m.group(1)), int(m.group(2)), m.group(3)
    try:
        if year:
            y = int(year)
            return dt.date(y + 2000 if y < 100 else y, month, day)
        if pub is None:
            return None
        got = dt.date(pub.year, month, day)
        if got > pub + dt.timedelta(days=FUTURE_SLACK_DAYS):
            got = dt.date(pub.year - 1, month, day)
        return got
    except ValueError:
        return None


def _long(m: re.Match[str]) -> dt.date | None:
    try:
        return dt.date(int(m.group(3)), MONTHS.index(m.group(2).lower()) + 1, int(m.group(1)))
    except ValueError:
        return None


def dated_events(body: str, published: str | None) -> list[tuple[str, str]]:
    """``(iso_date, sentence)`` for every body sentence that names a resolvable date."""
    pub = _published_date(published)
    out: list[tuple[str, str]] = []
    for paragraph in body.split("\n"):
        for sentence in SENTENCE_END.split(paragraph):
            found = [_short(m, pub) for m in SHORT_DATE.finditer(sentence)]
            found += [_long(m) for m in LONG_DATE.finditer(sentence)]
            for date in found:
                if date is not None:
                    out.append((date.isoformat(), sentence.strip()[:MAX_EVENT_CHARS]))
                    break
    return out
