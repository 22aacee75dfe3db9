"""``warta tag`` (named entities in CoNLL text) and ``warta train`` (train the packaged models)."""

from __future__ import annotations

import sys
from pathlib import Path

import click


def _fail(source: str, problem: str) -> None:
    click.echo(f"warta: {source}: {problem}", err=True)
    sys.exit(1)


@click.command("tag")
@click.option(
    "--conll",
    "conll",
    required=True,
    metavar="FILE",
    help="CoNLL input (first column = token, blank line between sentences); '-' for stdin.",
)
@click.option(
    "--model",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="CRF model file (default: the packaged Indonesian model).",
)
def tag_command(conll: str, model: Path | None) -> None:
    """Tag PER/ORG/LOC entities: prints 'token<TAB>BIO tag' per token, blank lines kept.

    \b
    Example:
      warta tag --conll ../shared/data/ner/idner-news-2k/test.txt
    """
    from warta.nlp.ner import NerTagger, tag_conll

    if conll == "-":
        text = sys.stdin.read()
    else:
        path = Path(conll)
        if not path.is_file():
            _fail(conll, "no such file")
        text = path.read_text(encoding="utf-8", errors="replace")
    if not text.strip():
        _fail(conll, "empty input")
    try:
        tagger = NerTagger.load(model)
    except (OSError, ValueError) as error:
        _fail(str(model or "model"), f"cannot load NER model ({error})")
    tag_conll(text.splitlines(), sys.stdout, tagger)


@click.group("train")
def train_group() -> None:
    """Train warta's models from the shared data (reproducible, seeded)."""


@train_group.command("ner")
@click.option(
    "--out",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Where to write the model (default: the packaged model file).",
)
@click.option(
    "--shared",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="The shared data folder (default: ../shared beside the repository).",
)
@click.option(
    "--with-dev",
    is_flag=True,
    help="Also train on the dev splits (how the packaged model is made).",
)
def train_ner_command(out: Path | None, shared: Path | None, with_dev: bool) -> None:
    """Train the NER tagger on IDNER-news-2k + NERGrit (clusters from IndoSum); prints dev F1."""
    from warta.nlp.ner_train import NerData, train_ner

    data = NerData(shared) if shared else NerData()
    if not data.split("nergrit", "train").is_file():
        _fail(str(data.shared), "NER training data not found")
    train_ner(out, data=data, with_dev=with_dev, log=click.echo)


COMMANDS: list[click.Command] = [tag_command, train_group]
