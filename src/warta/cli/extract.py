"""``warta extract``: read articles and print their reading.

FIRST VERSION — formats, progress, --show-removed, error handling to be completed.
"""

from __future__ import annotations

import json
import sys

import click


@click.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("--no-nlp", is_flag=True, help="Skip entities, quotes, keywords and summary.")
def extract(inputs: tuple[str, ...], no_nlp: bool) -> None:
    """Read articles (files, directories, JSONL, URLs, - for stdin) and print their reading."""
    from warta.errors import WartaError
    from warta.pipeline import Reader
    from warta.read import iter_documents

    reader = Reader(nlp=not no_nlp)
    ok = 0
    for item in iter_documents(inputs):
        if isinstance(item, WartaError):
            click.echo(f"warta: {item.line()}", err=True)
            continue
        try:
            article = reader.read(item)
        except WartaError as exc:
            click.echo(f"warta: {exc.line()}", err=True)
            continue
        sys.stdout.write(json.dumps(article.to_dict(), ensure_ascii=False) + "\n")
        ok += 1
    if ok == 0:
        sys.exit(1)


COMMANDS = [extract]
