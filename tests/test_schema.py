"""The JSON Schema covers Article.to_dict() and real ``warta extract`` output validates."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from warta.cli import main
from warta.model import (
    Article,
    Caption,
    Dateline,
    Entity,
    Line,
    Paragraph,
    Quote,
    Span,
)
from warta.schema import article_schema

jsonschema = pytest.importorskip("jsonschema")
EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


@pytest.fixture(scope="module")
def validator() -> object:
    schema = article_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def test_schema_names_every_field() -> None:
    fields = {f.name for f in dataclasses.fields(Article)} - {"extra"}
    assert fields == set(article_schema()["properties"])


def test_full_article_validates(validator: object) -> None:
    article = Article(
        source="x.txt",
        title="Judul",
        authors=("A",),
        dateline=Dateline(place="Jakarta", outlet="KabarNusa.com"),
        captions=(Caption(text="Foto", credit="ANTARA"),),
        paragraphs=(Paragraph(text="Isi.", role="body"),),
        removed=(Line(text="Baca Juga: x", role="related", line=3),),
        lines=(Line(text="Isi.", role="body", line=1),),
        sentences=(Span(0, 4),),
        entities=(Entity("Putin", "PER", 0, 5, "Vladimir Putin"),),
        quotes=(Quote("a", "direct", "X", "X", "kata", 0, 1, via="Reuters"),),
        keywords=("isi",),
        summary=("Isi.",),
        body="Isi.",
    )
    validator.validate(article.to_dict(include_lines=True))  # type: ignore[attr-defined]


def test_schema_rejects_a_wrong_role(validator: object) -> None:
    data = Article(source="x", removed=(Line("x", "sidebar", 1),)).to_dict()
    assert not validator.is_valid(data)  # type: ignore[attr-defined]


@pytest.mark.parametrize("extra", [[], ["--lines", "--no-nlp"]])
def test_extract_output_validates(validator: object, extra: list[str]) -> None:
    result = CliRunner().invoke(main, ["extract", "--format", "jsonl", *extra, str(EXAMPLES)])
    assert result.exit_code == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(rows) == 7
    for row in rows:
        errors = [e.message for e in validator.iter_errors(row)]  # type: ignore[attr-defined]
        assert not errors, (row["source"], errors)
