"""Reads the HTML extractor's data files (``warta/data/html``)."""

from __future__ import annotations

from importlib import resources


def data_text(name: str, folder: str = "html") -> str:
    return resources.files("warta").joinpath("data", folder, name).read_text(encoding="utf-8")


def data_lines(name: str, folder: str = "html") -> list[str]:
    """Non-empty lines of a data file, without ``#`` comment lines."""
    return [
        ln for ln in data_text(name, folder).splitlines() if ln.strip() and not ln.startswith("#")
    ]
