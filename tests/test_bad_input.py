"""Bad input: each case gives ONE clear line naming the input and the problem, never a hang."""

from __future__ import annotations

import gzip
import json
import socket
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

from warta.cli import main
from warta.read import MAX_DOCUMENT_BYTES

GOOD = "Judul\n\nJakarta, KabarNusa.com - Paragraf berita yang cukup panjang untuk dibaca.\n"
BIG = MAX_DOCUMENT_BYTES + 30 * 1024 * 1024  # 50 MB


def write(name: str, data: bytes) -> Callable[[Path], str]:
    def make(tmp: Path) -> str:
        (tmp / name).write_bytes(data)
        return str(tmp / name)

    return make


def write_big_line(tmp: Path) -> str:
    """A 50 MB single line, written in chunks."""
    with (tmp / "line.txt").open("wb") as f:
        for _ in range(BIG // (1024 * 1024)):
            f.write(b"a" * 1024 * 1024)
    return str(tmp / "line.txt")


def write_big_jsonl_line(tmp: Path) -> str:
    with (tmp / "big.jsonl").open("wb") as f:
        f.write(b'{"text": "')
        for _ in range(BIG // (1024 * 1024)):
            f.write(b"a" * 1024 * 1024)
        f.write(b'"}\n')
    return f"{tmp / 'big.jsonl'}:1"


def unreachable_url(tmp: Path) -> str:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}/berita"


CASES: dict[str, tuple[Callable[[Path], str], str]] = {
    "empty file": (write("empty.txt", b""), "empty file"),
    "whitespace only": (write("blank.txt", b" \n\n\t\n"), "empty (no text)"),
    "NUL bytes": (write("bin.txt", b"Judul\x00\x01\x02 data"), "binary file (contains NUL bytes)"),
    "PNG named .txt": (write("foto.txt", b"\x89PNG\r\n\x1a\n" + b"\x00" * 20), "binary file (PNG"),
    "control characters": (write("ctl.txt", bytes(range(1, 9)) * 50), "binary file (mostly"),
    "50 MB single line": (write_big_line, "too large (50.0 MB; the limit is 20 MB"),
    "50 MB JSONL line": (write_big_jsonl_line, "too large (50.0 MB"),
    "invalid JSONL line": (
        lambda tmp: write("bad.jsonl", b"{oops\n")(tmp) + ":1",
        "invalid JSONL line: Expecting property name",
    ),
    "bad gzip": (write("x.html.gz", b"\x1f\x8bnot really gzip"), "not a valid gzip file"),
    "missing path": (lambda tmp: str(tmp / "nope.txt"), "no such file or directory"),
    "unreachable URL": (unreachable_url, "cannot connect"),
}


@pytest.mark.parametrize("case", list(CASES))
def test_one_clear_line(tmp_path: Path, case: str) -> None:
    make, problem = CASES[case]
    source = make(tmp_path)
    arg = source.rsplit(":", 1)[0] if source.endswith(":1") else source
    result = CliRunner().invoke(main, ["extract", "--no-nlp", arg])
    assert result.exit_code == 1, result.output
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1, lines
    assert lines[0].startswith(f"warta: {source}: {problem}"), lines[0]
    assert "Traceback" not in result.stderr


def test_batch_goes_on_past_bad_inputs(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    records = [
        json.dumps({"id": "ok", "text": GOOD}),
        "{bad",
        json.dumps({"id": "ok2", "text": GOOD}),
    ]
    (tmp_path / "x.jsonl.gz").write_bytes(gzip.compress("\n".join(records).encode()))
    args = ["extract", "--no-nlp", "--format", "jsonl", str(tmp_path), str(tmp_path / "nope.txt")]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0
    sources = [json.loads(line)["source"] for line in result.stdout.splitlines()]
    assert sources == [str(tmp_path / "good.txt"), "ok", "ok2"]
    assert result.stderr.splitlines() == [
        f"warta: {tmp_path / 'empty.txt'}: empty file",
        f"warta: {tmp_path / 'x.jsonl.gz'}:2: invalid JSONL line: "
        "Expecting property name enclosed in double quotes at column 2",
        f"warta: {tmp_path / 'nope.txt'}: no such file or directory",
    ]


def test_wrong_encoding_is_a_warning_not_an_error(tmp_path: Path) -> None:
    (tmp_path / "lama.txt").write_bytes(GOOD.replace("Judul", "Judul “Café”").encode("cp1252"))
    result = CliRunner().invoke(
        main, ["extract", "--no-nlp", "--format", "jsonl", str(tmp_path / "lama.txt")]
    )
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert "“Café”" in json.dumps(data, ensure_ascii=False)
    assert data["warnings"] and "decoded as cp1252" in data["warnings"][0]
    assert result.stderr.startswith(f"warta: {tmp_path / 'lama.txt'}: warning: not valid UTF-8")
