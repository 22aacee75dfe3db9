"""``warta tag --conll``: exact CoNLL output (CRLF, extra columns, blank lines, stdin) and errors."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from warta.cli import main

SAMPLE = (
    "Presiden PROPN O\r\nJoko PROPN B-PER\r\nWidodo PROPN I-PER\r\ndi ADP O\r\n"
    "Jakarta PROPN B-LOC\r\n. PUNCT O\r\n\r\nIa PRON O\r\ntidur VERB O\r\n\r\n"
)


def run(args: list[str], stdin: str | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, args, input=stdin)
    return result.exit_code, result.stdout, result.stderr


def check_output(out: str) -> None:
    lines = out.split("\n")
    assert lines[-1] == "" and "\r" not in out
    body = lines[:-1]
    assert len(body) == 10 and body[6] == "" and body[9] == ""
    tokens = [line.split("\t") for line in body if line]
    assert all(len(cols) == 2 for cols in tokens)
    assert [c[0] for c in tokens] == [
        "Presiden",
        "Joko",
        "Widodo",
        "di",
        "Jakarta",
        ".",
        "Ia",
        "tidur",
    ]
    tags = [c[1] for c in tokens]
    assert tags[1:3] == ["B-PER", "I-PER"] and tags[4] == "B-LOC" and tags[6:] == ["O", "O"]


def test_tag_file_crlf_extra_columns(tmp_path: Path) -> None:
    path = tmp_path / "in.conll"
    path.write_bytes(SAMPLE.encode())
    code, out, _ = run(["tag", "--conll", str(path)])
    assert code == 0
    check_output(out)


def test_tag_stdin_tabs() -> None:
    code, out, _ = run(["tag", "--conll", "-"], SAMPLE.replace(" ", "\t"))
    assert code == 0
    check_output(out)


@pytest.mark.parametrize("content", [None, "", "\n\n"])
def test_tag_missing_or_empty(tmp_path: Path, content: str | None) -> None:
    path = tmp_path / "x.conll"
    if content is not None:
        path.write_text(content)
    code, out, err = run(["tag", "--conll", str(path)])
    assert code == 1 and out == ""
    assert err.startswith(f"warta: {path}: ") and len(err.strip().splitlines()) == 1


def test_tag_usage_error() -> None:
    code, _, _ = run(["tag"])
    assert code == 2
