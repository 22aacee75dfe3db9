"""The ``warta`` command line: one thin command per verb (parse, call the library, format).

Each verb lives in its own module and is registered here; modules import heavy libraries only
inside their commands so ``warta --help`` stays instant.
"""

from __future__ import annotations

import click

from warta import __version__
from warta.cli import corpus, extract, serve, tag


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="warta")
def main() -> None:
    """warta — turn raw Indonesian news into a structured, searchable corpus.

    \b
    Examples:
      warta extract examples/                 read every article, JSONL out
      warta extract berita.txt --format md    one article, readable
      warta ingest examples/ && warta stories group articles into stories
      warta search "Putin Taliban"            full-text search
      warta serve                             web UI on http://127.0.0.1:8000
    """


for _module in (extract, tag, corpus, serve):
    for _command in _module.COMMANDS:
        main.add_command(_command)
