"""Indonesian news dates -> ISO 8601 with offset, to the minute (a fast regex path).

Handles "Jumat, 14 Jul 2017 19:19 WIB", "14/07/2017, 19:19 WIB", "Rabu, 31 Agustus 2016 01:30 WITA",
"Kompas.com, 3 September 2016, 00:00 WIB", ISO strings, and relative dates ("2 jam lalu") against a
reference time. Month/day names and zones come from ``data/clean/dates.tsv``.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources as ir

# A time without a zone on an Indonesian news page is almost always Jakarta time.
DEFAULT_OFFSET = "+07:00"

_REL_UNITS = {
    "detik": dt.timedelta(seconds=1),
    "menit": dt.timedelta(minutes=1),
    "jam": dt.timedelta(hours=1),
    "hari": dt.timedelta(days=1),
    "minggu": dt.timedelta(weeks=1),
    "pekan": dt.timedelta(weeks=1),
}


@dataclass(frozen=True)
class DateMatch:
    iso: str
    start: int
    end: int
    has_time: bool


@dataclass(frozen=True)
class DateGrammar:
    months: dict[str, int]
    zones: dict[str, str]
    named: re.Pattern[str]
    month_first: re.Pattern[str]
    numeric: re.Pattern[str]
    iso: re.Pattern[str]
    relative: re.Pattern[str]
    any_date: re.Pattern[str]

    @classmethod
    def load(cls) -> DateGrammar:
        months, days, zones = _date_words()
        mon = "|".join(sorted(map(re.escape, months), key=len, reverse=True))
        zone = "|".join(sorted(map(re.escape, zones), key=len, reverse=True))
        day = "|".join(sorted(map(re.escape, days), key=len, reverse=True))
        # "Jun 12, 2024 @ 11:32am" (the NSTP papers): "@" sets the time apart like "at".
        time = (
            r"(?:\s*(?:[,|/–—@-]|\s|\bat\b)\s*(?:pukul|pkl\.?|jam)?\s*(?P<H>[01]?\d|2[0-3])[:.]"
            r"(?P<M>[0-5]\d)(?:[:.][0-5]\d)?(?:\s*(?P<ap>[ap]\.?m\b\.?))?"
            r"(?:\s*(?P<z>" + zone + r")\b)?)?"
        )
        dayp = r"(?:(?:" + day + r")\s*,?\s*)?"
        named = re.compile(
            dayp + r"\b(?P<d>[0-3]?\d)\s+(?P<mon>" + mon + r")\.?\s+(?P<y>(?:19|20)\d\d)\b" + time,
            re.I,
        )
        # "November 18, 2019", "Monday, Oct. 6, 2018 7:45 am" (English-language pages).
        month_first = re.compile(
            dayp + r"\b(?P<mon>" + mon + r")\.?\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?,?\s+"
            r"(?P<y>(?:19|20)\d\d)\b" + time,
            re.I,
        )
        numeric = re.compile(
            dayp
            + r"\b(?P<d>[0-3]?\d)(?P<sep>[/.-])(?P<m>[01]?\d)(?P=sep)(?P<y>(?:19|20)\d\d)\b"
            + time,
            re.I,
        )
        iso = re.compile(
            r"\b(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?:[T ](?P<H>[0-2]\d):(?P<M>[0-5]\d)"
            r"(?::[0-5]\d(?:\.\d+)?)?\s*(?P<z>Z|[+-]\d\d:?\d\d)?)?"
        )
        relative = re.compile(
            r"\b(?P<n>\d{1,3}|se|satu)\s*(?P<unit>detik|menit|jam|hari|minggu|pekan)\s+(?:yang\s+)?lalu\b",
            re.I,
        )
        any_date = re.compile(
            r"(?:\b[0-3]?\d\s+(?:"
            + mon
            + r")\.?\s+(?:19|20)\d\d|\b(?:"
            + mon
            + r")\.?\s+[0-3]?\d(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d"
            r"|\b[0-3]?\d([/.-])[01]?\d\1(?:19|20)\d\d"
            r"|\b(?:19|20)\d\d-[01]\d-[0-3]\d|\b\d{1,3}\s*(?:detik|menit|jam|hari|minggu|pekan)\s+"
            r"(?:yang\s+)?lalu\b)",
            re.I,
        )
        return cls(months, zones, named, month_first, numeric, iso, relative, any_date)

    def find(
        self,
        text: str,
        reference_time: dt.datetime | None = None,
        default_offset: str | None = DEFAULT_OFFSET,
    ) -> DateMatch | None:
        """The first publication-like date in ``text`` (None when there is none or it is invalid).
        A time without a zone gets ``default_offset`` (WIB); None leaves it without one."""
        if not self.has_date(text):
            return None
        for pattern in (self.named, self.month_first, self.numeric, self.iso):
            m = pattern.search(text)
            if m:
                named = pattern is self.named or pattern is self.month_first
                return self._build(m, named, default_offset)
        m = self.relative.search(text)
        if m and reference_time is not None:
            n = m.group("n").lower()
            count = 1 if n in ("se", "satu") else int(n)
            when = reference_time - count * _REL_UNITS[m.group("unit").lower()]
            if when.tzinfo is None and default_offset:
                when = when.replace(tzinfo=_offset(default_offset))
            return DateMatch(
                when.replace(second=0, microsecond=0).isoformat(timespec="seconds"),
                m.start(),
                m.end(),
                True,
            )
        return None

    def has_date(self, text: str) -> bool:
        """Whether ``text`` holds a date. Every date form has a 19xx/20xx year or "lalu", and
        ``in`` tests are far cheaper than the date pattern on the many lines without one."""
        if "19" not in text and "20" not in text and "alu" not in text and "ALU" not in text:
            return False
        return self.any_date.search(text) is not None

    def span(self, text: str) -> tuple[int, int] | None:
        """Where a date (absolute, or relative like "2 jam lalu") sits in ``text``; None if none."""
        found = self.find(text)
        if found is not None:
            return found.start, found.end
        m = self.relative.search(text)
        return (m.start(), m.end()) if m else None

    def _build(self, m: re.Match[str], named: bool, default: str | None) -> DateMatch | None:
        g = m.groupdict()
        month = self.months[g["mon"].lower()] if named else int(g["m"])
        try:
            day = dt.date(int(g["y"]), month, int(g["d"]))
        except ValueError:
            return None
        if g.get("H") is None:
            return DateMatch(day.isoformat(), m.start(), m.end(), False)
        zone = g.get("z")
        if zone is None:
            offset = default or ""
        elif zone.upper() == "Z":
            offset = "+00:00"
        elif zone[0] in "+-":
            offset = zone if ":" in zone else zone[:3] + ":" + zone[3:]
        else:
            offset = self.zones[zone.lower()]
        hour = int(g["H"])
        if g.get("ap"):  # 12-hour clock: 12 am is 00, 12 pm is 12
            hour = hour % 12 + (12 if g["ap"][0].lower() == "p" else 0)
        iso = f"{day.isoformat()}T{hour:02d}:{g['M']}:00{offset}"
        return DateMatch(iso, m.start(), m.end(), True)


@lru_cache(maxsize=1)
def zone_offsets() -> dict[str, dt.timezone]:
    """The date grammar's zone names ("wib") with their offsets."""
    return {name: _offset(value) for name, value in _date_words()[2].items()}


def _offset(text: str) -> dt.timezone:
    sign = -1 if text[0] == "-" else 1
    return dt.timezone(sign * dt.timedelta(hours=int(text[1:3]), minutes=int(text[4:6])))


def normalise_iso(
    value: str | None, grammar: DateGrammar, default_offset: str | None = DEFAULT_OFFSET
) -> str | None:
    """A hint's date (ISO or Indonesian) as ISO to the minute; None when it cannot be read."""
    if not value or not value.strip():
        return None
    text = value.strip()
    try:
        when = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        found = grammar.find(text, default_offset=default_offset)
        return found.iso if found else None
    if len(text) <= 10:
        return when.date().isoformat()
    if when.tzinfo is None and default_offset:
        when = when.replace(tzinfo=_offset(default_offset))
    return when.replace(second=0, microsecond=0).isoformat(timespec="seconds")


def _date_words() -> tuple[dict[str, int], list[str], dict[str, str]]:
    """(month names to numbers, day names, zone names to offsets) from data/clean/dates.tsv."""
    months: dict[str, int] = {}
    days: list[str] = []
    zones: dict[str, str] = {}
    text = ir.files("warta").joinpath("data/clean/dates.tsv").read_text(encoding="utf-8")
    for row in text.splitlines():
        if not row.strip() or row.startswith("#"):
            continue
        name, kind, value = row.split("\t")
        if kind == "month":
            months[name] = int(value)
        elif kind == "day":
            days.append(name)
        else:
            zones[name] = value
    return months, days, zones
