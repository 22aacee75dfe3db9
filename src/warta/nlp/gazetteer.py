"""Names of countries, Indonesian regions and well-known organisations, matched on tokens.

Each entry maps a token sequence ("Amerika", "Serikat") to a label, a canonical name and a code
(ISO 3166 alpha-2 for countries, the Kemendagri code for provinces and regencies/cities).
``strong`` entries (countries, provinces, listed organisations) are trusted even where the
tagger saw nothing; regency and city names are often ordinary words ("Batu", "Bone"), so they
only relabel what the tagger found or follow "Kabupaten"/"Kota".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from warta.nlp.lexicon import read_lines, read_table


@dataclass(frozen=True)
class Place:
    label: str
    canonical: str
    code: str | None
    strong: bool


@dataclass(frozen=True)
class Gazetteer:
    names: dict[tuple[str, ...], Place]
    longest: int
    org_heads: frozenset[str]
    place_heads: frozenset[str]

    @classmethod
    def load(cls) -> Gazetteer:
        names: dict[tuple[str, ...], Place] = {}
        for row in read_table("id_regencies_cities.tsv", "gazetteers"):
            full = (
                row["nama"].strip() if row["type"] != "kota" else row["nama_tanpa_prefix"].strip()
            )
            place = Place("LOC", full, row["kode"], False)
            short = Place("LOC", row["nama_tanpa_prefix"].strip(), row["kode"], False)
            _add(names, row["nama"], place)
            # a bare name means the city when a kabupaten of the same name exists
            if row["type"] == "kota" or _key(row["nama_tanpa_prefix"]) not in names:
                _add(names, row["nama_tanpa_prefix"], short)
        for row in read_table("id_provinces.tsv", "gazetteers"):
            _add(names, row["nama"], Place("LOC", row["nama"].strip(), row["kode"], True))
        for row in read_table("region_variants.tsv"):
            place = Place("LOC", row["canonical"], row["code"], True)
            for name in [row["canonical"], *row["variants"].split("|")]:
                _add(names, name, place)
        for row in read_table("world_cities.tsv"):
            city = Place("LOC", row["name"], row["code"], True)
            for name in [row["name"], *filter(None, row["variants"].split("|"))]:
                _add(names, name, city)
        _load_countries(names)
        for row in read_table("organizations.tsv"):
            org = Place("ORG", row["name"], None, True)
            for name in [row["name"], *row["variants"].split("|")]:
                _add(names, name, org)
        return cls(
            names=names,
            longest=max(len(k) for k in names),
            org_heads=frozenset(read_lines("org_heads.txt")),
            place_heads=frozenset(read_lines("place_heads.txt")),
        )

    def get(self, words: Sequence[str]) -> Place | None:
        return self.names.get(tuple(words))

    def match(self, words: Sequence[str], i: int) -> tuple[int, Place] | None:
        """Longest entry starting at ``words[i]``: (end index, place)."""
        for n in range(min(self.longest, len(words) - i), 0, -1):
            place = self.names.get(tuple(words[i : i + n]))
            if place is not None:
                return i + n, place
        return None


def _load_countries(names: dict[tuple[str, ...], Place]) -> None:
    canonical = {row["code"]: row for row in read_table("country_variants.tsv")}
    for row in read_table("countries_id.csv", "gazetteers", sep=","):
        code = row["id"]
        extra = canonical.get(code)
        place = Place("LOC", extra["canonical"] if extra else row["value"], code, True)
        _add(names, row["value"], place)
    for code, extra in canonical.items():
        place = Place("LOC", extra["canonical"], code, True)
        for name in [extra["canonical"], *extra["variants"].split("|")]:
            _add(names, name, place)


def _key(name: str) -> tuple[str, ...]:
    from warta.nlp.sentences import default_tokenizer

    return tuple(t.text for t in default_tokenizer().tokens(name.strip()))


def _add(names: dict[tuple[str, ...], Place], name: str, place: Place) -> None:
    key = _key(name)
    if key:
        names[key] = place
