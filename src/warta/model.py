"""The typed, serialisable data model of warta.

Every stage takes and returns these frozen dataclasses, so the same code runs in-process, in a
process pool or on a Dask cluster. ``to_dict`` gives plain JSON-ready values; ``from_dict`` is its
inverse (a round trip is tested).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any, Literal

LineRole = Literal[
    "title",
    "subtitle",
    "byline",
    "dateinfo",
    "caption",
    "related",
    "heading",
    "body",
    "boilerplate",
]
LINE_ROLES: tuple[str, ...] = (
    "title",
    "subtitle",
    "byline",
    "dateinfo",
    "caption",
    "related",
    "heading",
    "body",
    "boilerplate",
)


@dataclass(frozen=True)
class Document:
    """One raw input document, as a reader yields it (before any cleaning).

    Exactly one of ``text`` and ``html`` is normally set. ``source`` names where it came from:
    the file path, the URL, the JSONL ``id`` (or ``path:line`` when there is none), or ``-``.
    The optional fields carry what a JSONL export or an HTTP response already knows.
    """

    source: str
    text: str | None = None
    html: str | None = None
    url: str | None = None
    title: str | None = None
    published: str | None = None
    outlet: str | None = None
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class Line:
    """A line of the input with the role the cleaner gave it. ``line`` is 1-based."""

    text: str
    role: str
    line: int


@dataclass(frozen=True)
class Paragraph:
    """A kept paragraph of the clean body: role is ``body`` or ``heading``."""

    text: str
    role: str


@dataclass(frozen=True)
class Caption:
    text: str
    credit: str | None = None


@dataclass(frozen=True)
class Dateline:
    place: str | None = None
    outlet: str | None = None


@dataclass(frozen=True)
class Span:
    """A sentence: character offsets into ``Article.body``."""

    start: int
    end: int


@dataclass(frozen=True)
class Entity:
    text: str
    label: str  # PER | ORG | LOC
    start: int
    end: int
    canonical: str
    code: str | None = None


@dataclass(frozen=True)
class Quote:
    text: str
    kind: str  # direct | indirect
    speaker: str | None
    speaker_mention: str | None
    cue: str | None
    start: int
    end: int
    via: str | None = None


@dataclass(frozen=True)
class Article:
    """The reading of one document: clean body, metadata, audit trail and (optionally) NLP."""

    source: str
    title: str | None = None
    subtitle: str | None = None
    outlet: str | None = None
    authors: tuple[str, ...] = ()
    editors: tuple[str, ...] = ()
    published: str | None = None
    dateline: Dateline | None = None
    agencies: tuple[str, ...] = ()
    cited_media: tuple[str, ...] = ()
    captions: tuple[Caption, ...] = ()
    related: tuple[str, ...] = ()
    language: str | None = None
    url: str | None = None
    body: str = ""
    paragraphs: tuple[Paragraph, ...] = ()
    removed: tuple[Line, ...] = ()
    lines: tuple[Line, ...] = ()
    warnings: tuple[str, ...] = ()
    sentences: tuple[Span, ...] = ()
    entities: tuple[Entity, ...] = ()
    quotes: tuple[Quote, ...] = ()
    keywords: tuple[str, ...] = ()
    summary: tuple[str, ...] = ()
    extra: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)

    def to_dict(self, *, include_lines: bool = False) -> dict[str, Any]:
        """JSON-ready dict. ``lines`` (every line with its role) only when asked for."""
        out: dict[str, Any] = {}
        for f in dataclasses.fields(self):
            if f.name == "lines" and not include_lines:
                continue
            if f.name == "extra":
                if self.extra:
                    out.update(self.extra)
                continue
            out[f.name] = _plain(getattr(self, f.name))
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Article:
        known = {f.name for f in dataclasses.fields(cls)}
        kwargs: dict[str, Any] = {}
        for name, value in data.items():
            if name not in known or name == "extra":
                continue
            kwargs[name] = _FIELD_READERS.get(name, _tuple_or_value)(value)
        extra = {k: v for k, v in data.items() if k not in known}
        return cls(**kwargs, extra=extra)


def _plain(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


def _tuple_or_value(value: Any) -> Any:
    return tuple(value) if isinstance(value, list) else value


def _many(kind: type) -> Any:
    def read(value: list[dict[str, Any]] | None) -> tuple[Any, ...]:
        return tuple(kind(**v) for v in (value or ()))

    return read


def _dateline(value: dict[str, Any] | None) -> Dateline | None:
    return Dateline(**value) if value else None


_FIELD_READERS: dict[str, Any] = {
    "dateline": _dateline,
    "captions": _many(Caption),
    "paragraphs": _many(Paragraph),
    "removed": _many(Line),
    "lines": _many(Line),
    "sentences": _many(Span),
    "entities": _many(Entity),
    "quotes": _many(Quote),
}


@dataclass(frozen=True)
class PageHints:
    """What the container of the text already tells (HTML meta tags, JSON-LD, a JSONL record).

    The text cleaner prefers what it reads in the text itself and falls back on these.
    """

    title: str | None = None
    subtitle: str | None = None
    authors: tuple[str, ...] = ()
    published: str | None = None
    outlet: str | None = None
    url: str | None = None
    captions: tuple[Caption, ...] = ()
    language: str | None = None
    # Labelled credit lines outside the main text (author boxes: "Penulis: X | Editor: Y").
    bylines: tuple[str, ...] = ()
    # Headlines of read-also boxes the HTML extractor took out of the text.
    related: tuple[str, ...] = ()
