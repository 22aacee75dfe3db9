"""Patterns and word lists the cleaner needs, loaded once from package data (``data/clean``)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from importlib import resources as ir
from typing import Any

from warta.meta.dates import DateGrammar


def data_rows(name: str) -> list[str]:
    text = ir.files("warta").joinpath(name).read_text(encoding="utf-8")
    return [r.rstrip("\n") for r in text.splitlines() if r.strip() and not r.startswith("#")]


def related_cues() -> str:
    """The "read also" cues of ``data/clean/related.txt`` as one alternation."""
    return alternation(data_rows("data/clean/related.txt"))


def _substrings(name: str) -> tuple[str, ...]:
    """A file's literal substrings, lower-cased (``in`` on lower-cased text beats a re.I search)."""
    return tuple(r.lower() for r in data_rows(name))


def alternation(patterns: list[str]) -> str:
    return "|".join(f"(?:{p})" for p in patterns)


@dataclass(frozen=True)
class Outlets:
    """The outlets gazetteer: domain -> name, and one regex finding names/domains in a line."""

    by_domain: dict[str, str]
    by_lower: dict[str, str]
    finder: re.Pattern[str]
    compact: frozenset[str]  # lower-cased names and domains without spaces

    def from_url(self, url: str | None) -> str | None:
        if not url:
            return None
        host = re.sub(r"^[a-z]+://", "", url.strip().lower()).split("/")[0].split(":")[0]
        host = host.removeprefix("www.")
        parts = host.split(".")
        for i in range(len(parts) - 1):
            name = self.by_domain.get(".".join(parts[i:]))
            if name:
                return name
        return None


@dataclass(frozen=True)
class CleanResources:
    boilerplate: re.Pattern[str]
    boilerplate_contains: tuple[str, ...]
    boilerplate_mentions: tuple[tuple[str, re.Pattern[str]], ...]
    breadcrumb: re.Pattern[str]
    related_prefix: re.Pattern[str]
    related_header: re.Pattern[str]
    footer: re.Pattern[str]
    footer_contains: tuple[str, ...]
    end_mark: re.Pattern[str]
    byline_label: re.Pattern[str]
    byline_kinds: dict[str, str]
    byline_first_words: frozenset[str]
    agencies: dict[str, str]
    agency_re: re.Pattern[str]
    cite: re.Pattern[str]
    cite_needles: tuple[str, ...]
    dates: DateGrammar
    outlets: Outlets
    places: frozenset[str] = frozenset()
    words: frozenset[str] = frozenset()
    sections: frozenset[str] = frozenset()
    headline_endings: tuple[str, ...] = ()
    promo_labels: frozenset[str] = frozenset()
    langid: Any = None
    language_words: dict[str, str] = field(default_factory=dict)

    @classmethod
    def load(cls) -> CleanResources:
        byline_label, kinds = _byline_patterns()
        agencies, agency_re = _agencies()
        cite_cues = data_rows("data/clean/cite_cues.txt")
        return cls(
            boilerplate=_lower_lines("data/clean/boilerplate.txt"),
            boilerplate_contains=_substrings("data/clean/boilerplate_contains.txt"),
            boilerplate_mentions=_mentions("data/clean/boilerplate_mentions.tsv"),
            breadcrumb=_lower_lines("data/clean/breadcrumbs.txt"),
            related_prefix=related_prefix(),
            related_header=_lower_lines("data/clean/related_headers.txt"),
            footer=re.compile(
                alternation(data_rows("data/clean/footer.txt") + data_rows(END_MARKS))
            ),
            footer_contains=_substrings("data/clean/footer_contains.txt"),
            end_mark=_lower_lines(END_MARKS),
            byline_label=byline_label,
            byline_kinds=kinds,
            byline_first_words=frozenset(label.split()[0] for label in kinds),
            agencies=agencies,
            agency_re=agency_re,
            cite=_cite(cite_cues),
            cite_needles=_cite_needles(cite_cues),
            dates=DateGrammar.load(),
            outlets=_load_outlets(),
            places=_load_places(),
            words=_load_words(),
            sections=frozenset(_substrings("data/clean/sections.txt")),
            headline_endings=_substrings("data/clean/headline_endings.txt"),
            promo_labels=frozenset(_substrings("data/clean/promo_labels.txt")),
            langid=_load_langid(),
            language_words=dict(
                row.split("\t", 1) for row in data_rows("data/clean/language_words.tsv")
            ),
        )


END_MARKS = "data/clean/end_marks.txt"


def _lower_lines(name: str) -> re.Pattern[str]:
    """Patterns for lower-cased lines: without re.I the matcher runs twice as fast."""
    return re.compile(alternation(data_rows(name)))


def _mentions(name: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """(needle, full-line pattern) rows: a pattern that may match anywhere in the line is tried
    only when its needle is there (a leading ``.{0,80}`` made one row half of the line checks)."""
    rows = (row.split("\t", 1) for row in data_rows(name))
    return tuple((needle.lower(), re.compile(pattern)) for needle, pattern in rows)


def related_prefix() -> re.Pattern[str]:
    """ "Baca juga: X", "(Baca: X)", 'Simak Video "X"', "BACA JUGA X" -> the headline X. A cue
    in capitals needs no colon: "BACA JUGA Kos ..." is a label, "Baca juga buku ..." prose."""
    rel = related_cues()
    caps = r"(?-i:(?<=[A-Z]{4})\s(?=[A-Z][a-z]))"
    return re.compile(
        r"[(\[]?\s*(?:" + rel + r")\s*(?::|\s-|\s–|\s(?=[\"“])|" + caps + r")\s*[\"“]?"
        r"(?P<h>.+?)[\"”]?\s*[)\]]?",
        re.I,
    )


def _byline_patterns() -> tuple[re.Pattern[str], dict[str, str]]:
    """A line opens with a label then a capitalised name ("Penulis: A", "Oleh A pada ...")."""
    kinds: dict[str, str] = {}
    bare: list[str] = []
    comma: list[str] = []
    for row in data_rows("data/clean/byline_prefixes.txt"):
        label, kind, *flags = row.split("\t")
        kinds[label] = kind
        if "colon" not in flags:
            comma.append(label)
            if "comma" not in flags:
                bare.append(label)
    labels, bare_labels, comma_labels = (
        "|".join(sorted(map(re.escape, group), key=len, reverse=True))
        for group in (kinds, bare, comma)
    )
    # "Penulis, Anindita" (BBC World Service: the label is a list item's first span, glued to
    # the name in the page's text) reads as "Penulis: Anindita"; the names are checked as for a
    # bare label.
    lab = (
        rf"(?:(?P<label>(?i:{labels}))\s*:\s*|(?P<comma>(?i:{comma_labels}))\s*,\s*"
        rf"|(?P<bare>(?i:{bare_labels}))\s+)(?=[A-Z]|[a-z][\w-]*\.[a-z]{{2,3}}\b)"
    )
    return re.compile(lab), kinds


def _agencies() -> tuple[dict[str, str], re.Pattern[str]]:
    agencies: dict[str, str] = {}
    for row in data_rows("data/clean/agencies.txt"):
        canon, alts = row.split("\t")
        for alt in alts.split("|"):
            agencies[alt] = canon
    alt_re = "|".join(sorted(map(re.escape, agencies), key=len, reverse=True))
    return agencies, re.compile(r"(?:" + alt_re + r")(?:\s*/\s*[a-z]{2,4})?", re.I)


def _cite_needles(rows: list[str]) -> tuple[str, ...]:
    """The cues in lower case, without those another one contains ("dilansir" covers "seperti
    dilansir"): a body holding none has no cited medium, and most hold none."""
    cues = {cue.lower() for cue in rows}
    return tuple(sorted(c for c in cues if not any(o != c and o in c for o in cues)))


def _cite(rows: list[str]) -> re.Pattern[str]:
    """ "dilansir The Moscow Times", "seperti dikutip media China" -> the medium.

    No leading ``\b``: it stops the matcher from skipping ahead to the cues' first letters (the
    scan runs twice as fast); the caller checks the word boundary."""
    # A cue opens a sentence as often as it follows one ("Dilansir dari Reuters, ...").
    variants = {form for cue in rows for form in (cue, cue[:1].upper() + cue[1:])}
    cues = "|".join(sorted(map(re.escape, variants), key=len, reverse=True))
    return re.compile(
        r"(?:" + cues + r")[^\S\n]+"
        r"(?:(?:dari|laman|situs|akun|kanal|portal|resmi|kantor berita)[^\S\n]+){0,3}"
        r"(?P<src>(?:media[^\S\n]+[A-Z][\w-]*|(?:(?:The|Le|La|Der|Die|El)[^\S\n]+)?[A-Z][\w.&'-]*"
        r"(?:[^\S\n]+(?:[A-Z][\w.&'-]*|of|de|van))*))",
    )


def _load_outlets() -> Outlets:
    by_domain: dict[str, str] = {}
    by_lower: dict[str, str] = {}
    for row in data_rows("data/gazetteers/id_news_outlets.tsv")[1:]:
        cells = row.split("\t")
        name, domain = cells[0], cells[1].split("/")[0]
        by_domain[domain] = name
        by_lower[re.sub(r"\s*\(.*\)", "", name).lower()] = name
        by_lower[domain] = name
    alts = sorted((re.escape(k) for k in by_lower), key=len, reverse=True)
    # detik's channels (detikInet, detikNews ...) and regional editions (Tribun-Bali.com) name
    # themselves (a domain, "detik.com", is the gazetteer's); the rest come from the gazetteer.
    finder = re.compile(
        r"(?<![\w.-])(?P<o>detik[A-Z]?\w*(?!\.[a-z])|kumparan[A-Z]\w*|tribun-?[a-z]+\.com|suara[a-z]+\.id|"
        + "|".join(alts)
        + r")(?![\w-])",
        re.I,
    )
    return Outlets(by_domain, by_lower, finder, frozenset(k.replace(" ", "") for k in by_lower))


def _load_places() -> frozenset[str]:
    """Lower-cased Indonesian provinces, regencies/cities and country names (dateline places)."""
    names = {r.split("\t")[1] for r in data_rows("data/gazetteers/id_provinces.tsv")[1:]}
    names |= {r.split("\t")[4] for r in data_rows("data/gazetteers/id_regencies_cities.tsv")[1:]}
    names |= {
        r.split(",", 1)[1].strip('"') for r in data_rows("data/gazetteers/countries_id.csv")[1:]
    }
    names |= set(data_rows("data/clean/dateline_places.txt"))
    for row in data_rows("data/nlp/region_variants.tsv")[1:]:  # "Sulsel", "Jatim", "DKI" ...
        names |= {row.split("\t")[1], *row.split("\t")[2].split("|")}
    return frozenset(n.lower() for n in names)


def _load_words() -> frozenset[str]:
    """Indonesian root words (PySastrawi's dictionary): tells a headline from a bare name."""
    try:
        text = (
            ir.files("Sastrawi").joinpath("Stemmer/data/kata-dasar.txt").read_text(encoding="utf-8")
        )
    except (ModuleNotFoundError, FileNotFoundError):
        return frozenset()
    return frozenset(w.strip() for w in text.split())


LANGID_LANGS = (
    "id",
    "ms",
    "en",
    "jv",
    "ace",
    "tl",
    "nl",
    "fr",
    "de",
    "es",
    "pt",
    "it",
    "ar",
    "zh",
    "ja",
    "ko",
    "ru",
    "th",
    "vi",
    "hi",
)


def _load_langid() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    ident = LanguageIdentifier.from_model_file(MODEL_FILE)
    # Scoring 20 languages instead of 142 is 5x cheaper and still tells id/ms/en from the rest.
    ident.set_languages(LANGID_LANGS)
    return ident
