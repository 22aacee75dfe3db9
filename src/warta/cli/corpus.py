"""Corpus commands: ``ingest``, ``search``, ``stories``, ``story``, ``threads``, ``entity``,
``copies``, ``export``, ``errors``. Each parses, calls one library function and formats."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any, TypeVar

import click

if TYPE_CHECKING:
    from warta.store import Store

F = TypeVar("F", bound=Callable[..., Any])
DEFAULT_DB = "warta.db"


def db_option(fn: F) -> F:
    return click.option(
        "--db", default=DEFAULT_DB, show_default=True, help="Corpus database file."
    )(fn)


def format_option(fn: F) -> F:
    return click.option(
        "--format", "fmt", type=click.Choice(["table", "jsonl"]), default="table", show_default=True
    )(fn)


def _fail(line: str) -> None:
    click.echo(f"warta: {line}", err=True)
    sys.exit(1)


def _open(db: str) -> Store:
    from warta.errors import StoreError
    from warta.store import Store

    try:
        return Store.open(db, readonly=True)
    except StoreError as exc:
        _fail(exc.line())
        raise AssertionError from exc  # unreachable


DAY_COLUMNS = frozenset({"first", "last", "published"})
DAY_CHARS = 10


def _emit(rows: Iterable[dict[str, Any]], fmt: str, columns: list[tuple[str, int]]) -> None:
    """JSON lines, or a fixed-width table of the named columns (lists joined by commas)."""
    if fmt == "jsonl":
        for row in rows:
            sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
        return
    click.echo("  ".join(name.ljust(width) for name, width in columns).rstrip())
    for row in rows:
        cells = []
        for name, width in columns:
            value = row.get(name)
            text = (
                ", ".join(map(str, value))
                if isinstance(value, list)
                else ("" if value is None else str(value))
            )
            text = text.replace("\n", " ")
            if name in DAY_COLUMNS and width == DAY_CHARS:
                text = text[:DAY_CHARS]  # a table shows the day; JSON keeps the full time
            cut = text if len(text) <= width else text[: width - 1] + "…"
            cells.append(cut.ljust(width))
        click.echo("  ".join(cells).rstrip())


@click.command()
@click.argument("inputs", nargs=-1, required=True)
@db_option
@click.option("--jobs", "-j", type=int, default=None, help="Reader processes [default: cores].")
@click.option("--no-nlp", is_flag=True, help="Skip entities, quotes, keywords and summary.")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar (shown only on a terminal).")
@click.option(
    "--batch-size", type=int, default=256, show_default=True, help="Documents per transaction."
)
@click.option(
    "--scheduler",
    metavar="ADDRESS",
    default=None,
    help="Read on a Dask cluster (tcp://host:8786, or 'local'); needs warta[dask].",
)
def ingest(
    inputs: tuple[str, ...],
    db: str,
    jobs: int | None,
    no_nlp: bool,
    quiet: bool,
    batch_size: int,
    scheduler: str | None,
) -> None:
    """Read articles into the corpus (idempotent; an interrupted run can be re-run).

    \b
    Examples:
      warta ingest examples/                       # all cores, ./warta.db
      warta ingest scraped/ export.jsonl --db news.db
      warta ingest archive.jsonl.gz --scheduler tcp://scheduler:8786   # read on a Dask cluster
    """
    from warta.errors import ClusterError, StoreError
    from warta.store.ingest import ingest as run

    try:
        report = run(
            inputs,
            db,
            jobs=jobs,
            nlp=not no_nlp,
            progress=not quiet and sys.stderr.isatty(),
            batch_size=batch_size,
            scheduler=scheduler,
        )
    except (StoreError, ClusterError) as exc:
        _fail(exc.line())
    except KeyboardInterrupt:
        click.echo("warta: interrupted; committed batches are kept, re-run to finish", err=True)
        sys.exit(130)
    for line in report.error_lines[:20]:
        click.echo(f"warta: {line}", err=True)
    click.echo(
        f"{report.added} added, {report.duplicates} duplicates, {report.skipped} already stored, "
        f"{report.errors} errors ({db})",
        err=True,
    )


@click.command()
@click.argument("query")
@db_option
@format_option
@click.option("--limit", type=int, default=20, show_default=True)
@click.option("--since", help="First publication day (YYYY-MM-DD).")
@click.option("--until", help="Last publication day (YYYY-MM-DD).")
@click.option("--outlet", help="Only this outlet.")
@click.option("--entity", help="Only articles mentioning this actor (canonical name).")
@click.option("--story", type=int, help="Only this story.")
def search(query: str, db: str, fmt: str, limit: int, **filters: Any) -> None:
    """Full-text search (BM25, stemmed) with snippets."""
    hits = _open(db).search(query, limit=limit, **filters)
    _emit(hits, fmt, [("id", 6), ("published", 10), ("outlet", 16), ("title", 50), ("snippet", 80)])  # type: ignore[arg-type]


@click.command()
@db_option
@format_option
@click.option("--limit", type=int, default=100, show_default=True)
@click.option("--min-size", type=int, default=1, show_default=True, help="Fewest articles.")
def stories(db: str, fmt: str, limit: int, min_size: int) -> None:
    """Stories: articles from one or more outlets about one event."""
    rows = _open(db).stories(limit=limit, min_size=min_size)
    _emit(rows, fmt, [("story_id", 8), ("first", 10), ("size", 4), ("outlets", 44), ("title", 70)])  # type: ignore[arg-type]


@click.command()
@click.argument("story_id", type=int)
@db_option
def story(story_id: int, db: str) -> None:
    """One story as JSON: articles, actors, who said what, summary, timeline."""
    got = _open(db).story(story_id)
    if got is None:
        _fail(f"{story_id}: no such story")
    click.echo(json.dumps(got, ensure_ascii=False, indent=2))


@click.command()
@db_option
@format_option
@click.option("--limit", type=int, default=100, show_default=True)
def threads(db: str, fmt: str, limit: int) -> None:
    """Threads: stories about one ongoing topic."""
    rows = [
        {**t, "stories": [s["story_id"] for s in t["stories"]]}
        for t in _open(db).threads(limit=limit)
    ]
    _emit(
        rows,
        fmt,
        [
            ("thread_id", 9),
            ("first", 10),
            ("last", 10),
            ("stories", 20),
            ("actors", 40),
            ("title", 50),
        ],
    )


@click.command()
@click.argument("name")
@db_option
def entity(name: str, db: str) -> None:
    """An actor: mentions over time, co-mentioned actors, quotes (JSON)."""
    got = _open(db).entity(name)
    if got is None:
        _fail(f"{name}: not mentioned in the corpus")
    click.echo(json.dumps(got, ensure_ascii=False, indent=2))


@click.command()
@db_option
@format_option
@click.option("--limit", type=int, default=100, show_default=True)
def copies(db: str, fmt: str, limit: int) -> None:
    """Copy groups: the same text published by several outlets, earliest publisher first."""
    rows = [
        {
            **g,
            "first_source": g["first"]["source"] if g["first"] else None,
            "first_outlet": g["first"]["outlet"] if g["first"] else None,
            "sources": [a["source"] for a in g["articles"]],
        }
        for g in _open(db).copies(limit=limit)
    ]
    _emit(
        rows,
        fmt,
        [
            ("copy_group", 10),
            ("size", 4),
            ("similarity", 10),
            ("agency", 10),
            ("first_outlet", 16),
            ("sources", 60),
        ],
    )


@click.command()
@db_option
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["jsonl", "parquet", "csv"]),
    default="jsonl",
    show_default=True,
)
@click.option(
    "--out",
    type=click.Path(dir_okay=False),
    help="Output file [default: stdout; required for parquet].",
)
def export(db: str, fmt: str, out: str | None) -> None:
    """Every article with its reading, story_id and copy_group."""
    from warta.store.export import export as run

    if fmt == "parquet" and not out:
        _fail("parquet: needs --out FILE")
    store = _open(db)
    try:
        n = run(store, fmt, out)
    except BrokenPipeError:
        sys.stderr.close()  # the reader (e.g. `head`) has seen enough
        sys.exit(0)
    except OSError as exc:
        _fail(f"{out}: {exc.strerror or exc}")
    click.echo(f"{n} articles exported", err=True)


@click.command()
@db_option
@format_option
@click.option("--limit", type=int, default=1000, show_default=True)
def errors(db: str, fmt: str, limit: int) -> None:
    """Documents that could not be read during ingest."""
    _emit(_open(db).errors(limit=limit), fmt, [("source", 50), ("kind", 14), ("problem", 70)])  # type: ignore[arg-type]


COMMANDS: list[click.Command] = [
    ingest,
    search,
    stories,
    story,
    threads,
    entity,
    copies,
    export,
    errors,
]
