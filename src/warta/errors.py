"""Typed errors. Each carries the input it concerns so a batch can report it in one line."""

from __future__ import annotations


class WartaError(Exception):
    """Base class: ``source`` names the input (path, URL, ``-``, JSONL id), ``problem`` says why."""

    def __init__(self, source: str, problem: str) -> None:
        super().__init__(f"{source}: {problem}")
        self.source = source
        self.problem = problem

    def line(self) -> str:
        """The one-line message shown to users."""
        return f"{self.source}: {self.problem}"


class ReadError(WartaError):
    """The input could not be read or decoded (missing, empty, binary, unreachable ...)."""


class ExtractError(WartaError):
    """The input was read but no article could be extracted from it."""


class StoreError(WartaError):
    """The corpus database could not be opened or written."""


class ClusterError(WartaError):
    """The distributed engine (a Dask scheduler) is not installed or cannot be reached."""
