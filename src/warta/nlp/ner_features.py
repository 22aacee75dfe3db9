"""Token features for the Indonesian NER tagger, and the lexicons they read.

The lexicons are package data: context cue words (``data/ner/cues.tsv``), word clusters learned
from IndoSum by ``scripts/train_ner.py`` (``data/ner/clusters.tsv``) and the place / outlet
gazetteers (``data/gazetteers``). Features are plain strings (python-crfsuite binary features).
"""

from __future__ import annotations

import csv
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

# Longest gazetteer entry matched, in tokens (longer names are rare and slow the scan).
MAX_GAZ_TOKENS = 6
# Affix lengths used as features; 4 covers Indonesian prefixes like "meng", "peng", "memper".
AFFIX_LENGTHS = (2, 3, 4)
# Indonesian derivational affixes worth naming explicitly (lower-case, longest first).
ID_PREFIXES = (
    "memper",
    "meng",
    "meny",
    "mem",
    "men",
    "me",
    "di",
    "ber",
    "ter",
    "per",
    "pe",
    "ke",
    "se",
)
ID_SUFFIXES = ("nya", "kan", "lah", "kah", "an", "i")

_SHAPE_UPPER = re.compile(r"[A-Z]+")
_SHAPE_LOWER = re.compile(r"[a-z]+")
_SHAPE_DIGIT = re.compile(r"[0-9]+")


def data_dir() -> Path:
    """The package data folder (``warta/data``), as a real path."""
    return Path(str(resources.files("warta") / "data"))


@dataclass(frozen=True)
class Lexicons:
    """Everything the feature function looks up; built once per tagger."""

    cues: dict[str, frozenset[str]] = field(default_factory=dict)  # word -> kinds
    clusters: dict[str, tuple[str, ...]] = field(default_factory=dict)  # word -> coarse..fine ids
    gazetteer: dict[tuple[str, ...], frozenset[str]] = field(default_factory=dict)
    capitals: dict[str, str] = field(default_factory=dict)  # lower word -> capitalisation bucket

    @classmethod
    def load(cls, base: Path | None = None, *, with_clusters: bool = True) -> Lexicons:
        base = base or data_dir()
        clusters_path = base / "ner" / "clusters.tsv"
        clusters = read_clusters(clusters_path) if with_clusters and clusters_path.exists() else {}
        capitals_path = base / "ner" / "capitals.tsv"
        capitals = (
            {row[0]: row[1] for row in _data_lines(capitals_path)}
            if with_clusters and capitals_path.exists()
            else {}
        )
        return cls(
            cues=read_cues(base / "ner" / "cues.tsv"),
            clusters=clusters,
            gazetteer=read_gazetteers(base / "gazetteers"),
            capitals=capitals,
        )


def _data_lines(path: Path) -> list[list[str]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            rows.append(line.split("\t"))
    return rows


def read_cues(path: Path) -> dict[str, frozenset[str]]:
    kinds: dict[str, set[str]] = {}
    for kind, word in _data_lines(path):
        kinds.setdefault(word.strip().lower(), set()).add(kind)
    return {word: frozenset(k) for word, k in kinds.items()}


def read_clusters(path: Path) -> dict[str, tuple[str, ...]]:
    return {row[0]: tuple(row[1:]) for row in _data_lines(path)}


def write_clusters(path: Path, clusters: dict[str, tuple[str, ...]], header: str) -> None:
    lines = [f"# {header}"] + ["\t".join((word, *ids)) for word, ids in clusters.items()]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _name_key(name: str) -> tuple[str, ...]:
    return tuple(re.findall(r"\w+|[^\w\s]", name.lower()))


def read_gazetteers(folder: Path) -> dict[tuple[str, ...], frozenset[str]]:
    """Lower-cased token tuples of countries, provinces, regencies, districts, outlets -> kinds."""
    kinds: dict[tuple[str, ...], set[str]] = {}

    def add(name: str, kind: str) -> None:
        key = _name_key(name)
        if 0 < len(key) <= MAX_GAZ_TOKENS:
            kinds.setdefault(key, set()).add(kind)

    sources = [
        ("countries_id.csv", ",", ("value",), "country"),
        ("id_provinces.tsv", "\t", ("nama",), "province"),
        ("id_regencies_cities.tsv", "\t", ("nama", "nama_tanpa_prefix"), "regency"),
        ("id_districts_kecamatan.tsv", "\t", ("nama",), "district"),
        ("id_news_outlets.tsv", "\t", ("name",), "outlet"),
    ]
    for filename, delimiter, columns, kind in sources:
        path = folder / filename
        if not path.exists():
            continue
        with path.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle, delimiter=delimiter):
                for column in columns:
                    if row.get(column):
                        add(row[column], kind)
    return {key: frozenset(k) for key, k in kinds.items()}


def gazetteer_tags(
    tokens: Sequence[str], gazetteer: dict[tuple[str, ...], frozenset[str]]
) -> list[list[str]]:
    """Per token, ``B-kind``/``I-kind`` marks of the longest gazetteer match covering it."""
    lowered = [t.lower() for t in tokens]
    marks: list[list[str]] = [[] for _ in tokens]
    i = 0
    while i < len(tokens):
        for n in range(min(MAX_GAZ_TOKENS, len(tokens) - i), 0, -1):
            kinds = gazetteer.get(tuple(lowered[i : i + n]))
            if kinds:
                for kind in kinds:
                    marks[i].append(f"B-{kind}")
                    for j in range(i + 1, i + n):
                        marks[j].append(f"I-{kind}")
                marks[i].append("B-any" if n == 1 else "B-multi")
                i += n
                break
        else:
            i += 1
    return marks


def word_shape(word: str) -> str:
    """Compressed shape: ``Jakarta`` -> ``Xx``, ``KPK`` -> ``X``, ``2014`` -> ``d``, ``Al-Qaeda`` -> ``Xx-Xx``."""
    shape = _SHAPE_UPPER.sub("X", word)
    shape = _SHAPE_LOWER.sub("x", shape)
    return _SHAPE_DIGIT.sub("d", shape)[:8]


def _token_features(word: str, lex: Lexicons, prefix: str, full: bool) -> list[str]:
    lower = word.lower()
    feats = [f"{prefix}w={lower}", f"{prefix}shape={word_shape(word)}"]
    if word[:1].isupper():
        feats.append(f"{prefix}cap")
    for kind in lex.cues.get(lower, ()):
        feats.append(f"{prefix}cue={kind}")
    ids = lex.clusters.get(word) or lex.clusters.get(lower)
    if ids:
        feats.extend(f"{prefix}c{k}={cid}" for k, cid in enumerate(ids))
    if lex.capitals:
        # How news text writes the word mid-sentence: a name is capitalised even where the
        # sentence starts, and a capitalised word news never uses is likely a (foreign) name.
        bucket = lex.capitals.get(lower)
        if bucket is not None:
            feats.append(f"{prefix}capr={bucket}")
        elif word[:1].isupper():
            feats.append(f"{prefix}capr=new")
    if not full:
        return feats
    feats.append(f"raw={word}")
    if word.isupper() and len(word) > 1:
        feats.append("allcaps")
    if any(ch.isdigit() for ch in word):
        feats.append("hasdigit")
    if "-" in word:
        feats.append("hyphen")
    if len(lower) > 3:
        feats.extend(f"pre{n}={lower[:n]}" for n in AFFIX_LENGTHS)
        feats.extend(f"suf{n}={lower[-n:]}" for n in AFFIX_LENGTHS)
        feats.extend(f"idpre={p}" for p in ID_PREFIXES if lower.startswith(p))
        feats.extend(f"idsuf={s}" for s in ID_SUFFIXES if lower.endswith(s))
    feats.append(f"len={min(len(word), 8)}")
    return feats


def capital_runs(tokens: Sequence[str]) -> list[str]:
    """Position of each token in its run of capitalised tokens (B/I/E/S, or O): name boundaries."""
    caps = [t[:1].isupper() for t in tokens]
    marks = []
    for i, cap in enumerate(caps):
        if not cap:
            marks.append("O")
            continue
        before = i > 0 and caps[i - 1]
        after = i + 1 < len(caps) and caps[i + 1]
        marks.append(
            {(False, False): "S", (False, True): "B", (True, True): "I"}.get((before, after), "E")
        )
    return marks


def sentence_features(tokens: Sequence[str], lex: Lexicons) -> list[list[str]]:
    """One feature list per token: the token itself, neighbours at +-1 and +-2, gazetteer marks."""
    gaz = gazetteer_tags(tokens, lex.gazetteer)
    runs = capital_runs(tokens)
    shapes = ["^", *(word_shape(t) for t in tokens), "$"]
    base = [_token_features(t, lex, "", True) for t in tokens]
    side = [_token_features(t, lex, "", False) for t in tokens]
    out: list[list[str]] = []
    n = len(tokens)
    for i in range(n):
        feats = ["bias", *base[i], *(f"gaz={m}" for m in gaz[i]), f"caprun={runs[i]}"]
        feats.append(f"shape3={shapes[i]}|{shapes[i + 1]}|{shapes[i + 2]}")
        if i == 0:
            feats.append("BOS")
            if tokens[i][:1].isupper():
                feats.append("BOS_cap")
        if i == n - 1:
            feats.append("EOS")
        for off in (-2, -1, 1, 2):
            j = i + off
            if 0 <= j < n:
                feats.extend(f"{off}:{f}" for f in side[j])
                feats.extend(f"{off}:gaz={m}" for m in gaz[j] if off in (-1, 1))
        if i > 0:
            feats.append(f"bigram-1={tokens[i - 1].lower()}|{tokens[i].lower()}")
        if i + 1 < n:
            feats.append(f"bigram+1={tokens[i].lower()}|{tokens[i + 1].lower()}")
        out.append(feats)
    return out
