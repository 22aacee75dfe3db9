"""Helpers shared by ``warta`` commands: output-format option, error lines, progress, Ctrl-C.

Every user-facing problem is one line ``warta: <input>: <problem>`` on stderr, never a
traceback. Import heavy libraries (tqdm) only inside functions.
"""

from __future__ import annotations

import datetime as dt
import functools
import os
import sys
from collections.abc import Callable
from typing import Any, TypeVar

import click

from warta.errors import WartaError

FORMATS = ("jsonl", "json", "md", "text")
# Exit status after Ctrl-C: 128 + SIGINT, as shells report it.
EXIT_INTERRUPTED = 130

F = TypeVar("F", bound=Callable[..., Any])


def format_option(func: F) -> F:
    """``--format``: jsonl when stdout is piped, a readable view (md) on a terminal."""
    option = click.option(
        "--format",
        "fmt",
        type=click.Choice(FORMATS),
        default=None,
        help="Output format. Default: jsonl when piped, md on a terminal.",
    )
    return option(func)


def resolve_format(fmt: str | None) -> str:
    if fmt is not None:
        return fmt
    return "md" if sys.stdout.isatty() else "jsonl"


def parse_reference_time(
    ctx: click.Context, param: click.Parameter, value: str | None
) -> dt.datetime | None:
    """click callback: an ISO 8601 date or date-time; a bad value is a usage error (exit 2)."""
    if value is None:
        return None
    try:
        return dt.datetime.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(
            f"{value!r} is not an ISO date or date-time (e.g. 2024-03-01T09:00+07:00)"
        ) from None


class Progress:
    """A tqdm bar on stderr, shown only on a terminal and only from the second document on.

    Error lines go through :meth:`echo` so they never tear the bar.
    """

    def __init__(self, *, unit: str = "doc") -> None:
        self.unit = unit
        self.count = 0
        self.enabled = sys.stderr.isatty()
        self._bar: Any = None

    def step(self) -> None:
        self.count += 1
        if self._bar is None and self.enabled and self.count >= 2:
            from tqdm import tqdm

            self._bar = tqdm(file=sys.stderr, unit=self.unit, initial=self.count - 1, leave=False)
        if self._bar is not None:
            self._bar.update(1)

    def echo(self, message: str) -> None:
        if self._bar is not None:
            self._bar.write(message, file=sys.stderr)
        else:
            click.echo(message, err=True)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()
            self._bar = None

    def __enter__(self) -> Progress:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def error_line(source: str, problem: str) -> str:
    return f"warta: {source}: {problem}"


def echo_error(error: WartaError, progress: Progress | None = None) -> None:
    """Print ``warta: <input>: <problem>`` on stderr."""
    message = error_line(error.source, error.problem)
    if progress is not None:
        progress.echo(message)
    else:
        click.echo(message, err=True)


def handle_interrupts(func: F) -> F:
    """Ctrl-C exits 130 with one short line; a closed stdout pipe (``| head``) ends quietly."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except KeyboardInterrupt:
            click.echo("\nwarta: interrupted", err=True)
            sys.exit(EXIT_INTERRUPTED)
        except BrokenPipeError:
            # Point stdout at devnull so the interpreter's final flush cannot fail again.
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            sys.exit(0)

    return wrapper  # type: ignore[return-value]


# --- Writing articles -----------------------------------------------------------------------


class ArticleWriter:
    """Writes article dicts (``Article.to_dict()``) to stdout in one of :data:`FORMATS`.

    ``json`` streams one array; ``md`` and ``text`` are readable views that show removed lines
    and every line with its role only when asked.
    """

    def __init__(self, fmt: str, *, show_removed: bool = False, lines: bool = False) -> None:
        self.fmt = fmt
        self.show_removed = show_removed
        self.lines = lines
        self.count = 0

    def write(self, data: dict[str, Any]) -> None:
        import json

        out = sys.stdout
        if self.fmt == "jsonl":
            out.write(json.dumps(data, ensure_ascii=False) + "\n")
        elif self.fmt == "json":
            out.write("[\n" if self.count == 0 else ",\n")
            out.write(json.dumps(data, ensure_ascii=False, indent=2))
        else:
            view = markdown_view if self.fmt == "md" else text_view
            if self.count:
                out.write("\n")
            out.write(view(data, show_removed=self.show_removed, lines=self.lines))
        out.flush()
        self.count += 1

    def close(self) -> None:
        if self.fmt == "json":
            sys.stdout.write("[]\n" if self.count == 0 else "\n]\n")
            sys.stdout.flush()


_META_LABELS = (
    ("source", "source"),
    ("outlet", "outlet"),
    ("published", "published"),
    ("authors", "authors"),
    ("editors", "editors"),
    ("dateline", "dateline"),
    ("agencies", "agencies"),
    ("cited_media", "cited media"),
    ("language", "language"),
    ("url", "url"),
    ("keywords", "keywords"),
    ("warnings", "warnings"),
)


def _meta_value(key: str, value: Any) -> str:
    if key == "dateline" and isinstance(value, dict):
        return ", ".join(str(v) for v in (value.get("place"), value.get("outlet")) if v)
    if isinstance(value, list):
        return "; ".join(str(v) for v in value)
    return "" if value is None else str(value)


def _meta_pairs(data: dict[str, Any]) -> list[tuple[str, str]]:
    pairs = [(label, _meta_value(key, data.get(key))) for key, label in _META_LABELS]
    return [(label, value) for label, value in pairs if value]


def _entity_names(data: dict[str, Any]) -> list[str]:
    seen: dict[str, str] = {}
    for entity in data.get("entities") or []:
        seen.setdefault(entity.get("canonical") or entity["text"], entity["label"])
    return [f"{name} ({label})" for name, label in seen.items()]


def _quote_lines(data: dict[str, Any]) -> list[str]:
    return [f"“{q['text']}” — {q.get('speaker') or 'unknown'}" for q in data.get("quotes") or []]


def _caption_lines(data: dict[str, Any]) -> list[str]:
    return [
        c["text"] + (f" ({c['credit']})" if c.get("credit") else "")
        for c in data.get("captions") or []
    ]


def _line_rows(rows: list[dict[str, Any]]) -> list[str]:
    return [f"{r['line']:>4}  {r['role']:<11} {r['text']}" for r in rows]


def _sections(
    data: dict[str, Any], *, show_removed: bool, lines: bool
) -> list[tuple[str, list[str]]]:
    """The titled lists shown after the body, empty ones left out."""
    sections = [
        ("Summary", list(data.get("summary") or [])),
        ("Captions", _caption_lines(data)),
        ("Related", list(data.get("related") or [])),
        ("Entities", _entity_names(data)),
        ("Quotes", _quote_lines(data)),
    ]
    if show_removed:
        sections.append(("Removed lines", _line_rows(data.get("removed") or [])))
    if lines and data.get("lines"):
        sections.append(("Lines", _line_rows(data["lines"])))
    return [(title, items) for title, items in sections if items]


def markdown_view(data: dict[str, Any], *, show_removed: bool = False, lines: bool = False) -> str:
    out = [f"# {data.get('title') or '(no title)'}", ""]
    if data.get("subtitle"):
        out += [f"*{data['subtitle']}*", ""]
    out += [f"- **{label}**: {value}" for label, value in _meta_pairs(data)] + [""]
    for para in data.get("paragraphs") or []:
        out += [f"### {para['text']}" if para["role"] == "heading" else para["text"], ""]
    for title, items in _sections(data, show_removed=show_removed, lines=lines):
        if title in ("Removed lines", "Lines"):
            out += [f"**{title}**", "", "```", *items, "```", ""]
        else:
            out += [f"**{title}**", "", *(f"- {item}" for item in items), ""]
    out.append("---")
    return "\n".join(out) + "\n"


def text_view(data: dict[str, Any], *, show_removed: bool = False, lines: bool = False) -> str:
    title = data.get("title") or "(no title)"
    out = [title, "=" * min(len(title), 78)]
    if data.get("subtitle"):
        out.append(data["subtitle"])
    out += [f"{label}: {value}" for label, value in _meta_pairs(data)] + [""]
    for para in data.get("paragraphs") or []:
        out += [para["text"], ""]
    for title, items in _sections(data, show_removed=show_removed, lines=lines):
        out += [f"{title}:", *(f"  {item}" for item in items), ""]
    return "\n".join(out)
