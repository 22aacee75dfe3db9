"""Models and lexicons of the language layer, loaded lazily from package data."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class NlpResources:
    @classmethod
    def load(cls) -> NlpResources:
        return cls()
