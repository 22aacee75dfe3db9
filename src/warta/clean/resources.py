"""Patterns and word lists the cleaner needs, loaded once from package data."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class CleanResources:
    @classmethod
    def load(cls) -> CleanResources:
        return cls()
