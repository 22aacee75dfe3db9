"""``warta extract``: read articles and print their reading (one per input document)."""

from __future__ import annotations

import datetime as dt
import sys

import click

from warta.cli.common import (
    ArticleWriter,
    Progress,
    echo_error,
    error_line,
    format_option,
    handle_interrupts,
    parse_reference_time,
    resolve_format,
)

EXAMPLES = """\b
Examples:
  warta extract examples/                      every article, JSONL when piped
  warta extract berita.txt --format md         one article, readable
  warta extract berita.txt --format text --show-removed
                                               and the lines removed, with roles
  warta extract export.jsonl.gz --no-nlp > out.jsonl
  cat berita.txt | warta extract -             read standard input
  warta extract https://example.com/berita/1   fetch one page
  warta extract a.html --reference-time 2024-03-01T09:00+07:00

\b
Exit status: 0 if at least one document was read, 1 if none, 2 for usage errors,
130 after Ctrl-C. Problems are printed as "warta: <input>: <problem>" on stderr.
"""


@click.command(epilog=EXAMPLES)
@click.argument("inputs", nargs=-1, required=True, metavar="PATH...")
@format_option
@click.option(
    "--show-removed", is_flag=True, help="In md/text views, show removed lines with their roles."
)
@click.option("--lines", is_flag=True, help="Include every input line with its role.")
@click.option("--no-nlp", is_flag=True, help="Skip sentences, entities, quotes, keywords, summary.")
@click.option(
    "--summary",
    "summary_sentences",
    type=click.IntRange(min=0),
    default=3,
    show_default=True,
    metavar="N",
    help="Sentences in the extractive summary (0: none).",
)
@click.option(
    "--reference-time",
    callback=parse_reference_time,
    metavar="ISO",
    help='Anchor for relative dates such as "2 jam lalu" (default: now).',
)
@handle_interrupts
def extract(
    inputs: tuple[str, ...],
    fmt: str | None,
    show_removed: bool,
    lines: bool,
    no_nlp: bool,
    summary_sentences: int,
    reference_time: dt.datetime | None,
) -> None:
    """Read articles from PATH... and print one reading per document.

    PATH is a .txt, .html/.htm(.gz), .jsonl(.gz) or .csv/.tsv(.gz) file (one article per
    line or row), a directory (read recursively),
    - for standard input (text, HTML or JSONL), or an http(s):// URL.
    """
    from warta.pipeline import Reader
    from warta.read import iter_articles

    reader = Reader(
        nlp=not no_nlp, reference_time=reference_time, summary_sentences=summary_sentences
    )
    writer = ArticleWriter(resolve_format(fmt), show_removed=show_removed, lines=lines)
    with Progress() as progress:
        for outcome in iter_articles(inputs, reader):
            progress.step()
            for warning in outcome.warnings:
                progress.echo(error_line(outcome.source, f"warning: {warning}"))
            if outcome.error is not None:
                echo_error(outcome.error, progress)
            elif outcome.article is not None:
                writer.write(outcome.article.to_dict(include_lines=lines))
    writer.close()
    sys.exit(0 if writer.count else 1)


COMMANDS = [extract]
