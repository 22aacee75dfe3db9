"""Reading the language layer's data files (word lists and tables with a ``#`` header)."""

from __future__ import annotations

from importlib import resources


def _text(name: str, folder: str) -> str:
    return resources.files("warta").joinpath("data", folder, name).read_text(encoding="utf-8")


def read_lines(name: str, folder: str = "nlp") -> list[str]:
    """Non-empty lines of a word list, without the ``#`` header and comments."""
    out = []
    for line in _text(name, folder).splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            out.append(line)
    return out


def read_table(name: str, folder: str = "nlp", sep: str = "\t") -> list[dict[str, str]]:
    """Rows of a TSV/CSV data file as dicts keyed by its first (header) row."""
    import csv

    lines = [ln for ln in _text(name, folder).splitlines() if ln and not ln.startswith("#")]
    return list(csv.DictReader(lines, delimiter=sep))
