"""``warta extract``: formats, options, exit codes, per-document errors, Ctrl-C."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from warta.cli import main
from warta.pipeline import Reader

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
ARTICLE = (
    "Scroll untuk membaca artikel\n\n"
    "Bus Listrik Mulai Beroperasi di Makassar\n\n"
    "Penulis: Andi Nurhaliza\n\n"
    "Senin, 3 Juni 2024, 08:30 WITA\n\n"
    "Makassar, KabarNusa.com - Pemerintah Kota Makassar mulai mengoperasikan bus listrik rute "
    "bandara pada Senin. Delapan bus melayani rute itu setiap 15 menit sepanjang hari.\n\n"
    "Baca Juga: Makassar Uji Coba Bus Listrik\n\n"
    '"Kami ingin warga meninggalkan kendaraan pribadi," kata Wali Kota Rahmat Daeng Situju.\n'
)


def run(*args: str, stdin: str | None = None) -> Result:
    return CliRunner().invoke(main, ["extract", *args], input=stdin)


@pytest.fixture
def article(tmp_path: Path) -> str:
    path = tmp_path / "bus.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return str(path)


def test_default_is_jsonl_when_piped(article: str) -> None:
    result = run("--no-nlp", article)
    assert result.exit_code == 0, result.output
    [line] = result.stdout.splitlines()
    data = json.loads(line)
    assert data["source"] == article
    for key in ("title", "subtitle", "outlet", "authors", "editors", "published", "dateline"):
        assert key in data
    for key in ("agencies", "cited_media", "captions", "related", "language", "body"):
        assert key in data
    assert isinstance(data["paragraphs"], list) and isinstance(data["removed"], list)
    assert "lines" not in data


def test_json_is_one_array(article: str) -> None:
    result = run("--no-nlp", "--format", "json", article, article)
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert [d["source"] for d in data] == [article, article]


def test_json_with_no_document_is_an_empty_array(tmp_path: Path) -> None:
    result = run("--format", "json", str(tmp_path / "nope.txt"))
    assert (result.exit_code, json.loads(result.stdout)) == (1, [])


@pytest.mark.parametrize("fmt", ["md", "text"])
def test_readable_views(article: str, fmt: str) -> None:
    plain = run("--no-nlp", "--format", fmt, article)
    shown = run("--no-nlp", "--format", fmt, "--show-removed", article)
    assert plain.exit_code == shown.exit_code == 0
    assert "Delapan bus melayani rute itu" in plain.stdout
    assert "Removed lines" not in plain.stdout
    assert "Removed lines" in shown.stdout
    assert "Scroll untuk membaca artikel" in shown.stdout
    assert "Scroll untuk membaca artikel" not in plain.stdout


def test_lines_option(article: str) -> None:
    data = json.loads(run("--no-nlp", "--lines", article).stdout)
    texts = [line["text"] for line in data["lines"]]
    assert "Scroll untuk membaca artikel" in texts
    assert all(set(line) == {"text", "role", "line"} for line in data["lines"])
    assert "Lines" in run("--no-nlp", "--lines", "--format", "md", article).stdout


def test_options_reach_the_reader(article: str, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[Reader] = []
    original = Reader.read

    def spy(self: Reader, doc: object) -> object:
        seen.append(self)
        return original(self, doc)  # type: ignore[arg-type]

    monkeypatch.setattr(Reader, "read", spy)
    args = ("--no-nlp", "--summary", "2", "--reference-time", "2024-06-03T12:00+08:00", article)
    assert run(*args).exit_code == 0
    reader = seen[0]
    assert (reader.nlp, reader.summary_sentences) == (False, 2)
    assert reader.reference_time is not None and reader.reference_time.isoformat() == (
        "2024-06-03T12:00:00+08:00"
    )


@pytest.mark.parametrize(
    "args",
    [
        ["--reference-time", "kemarin"],
        ["--format", "xml"],
        ["--summary", "-1"],
        [],
    ],
)
def test_usage_errors_exit_2(article: str, args: list[str]) -> None:
    result = run(*args, *([article] if args else []))
    assert result.exit_code == 2
    assert "Traceback" not in result.output


def test_stdin(article: str) -> None:
    result = run("--no-nlp", "-", stdin=ARTICLE)
    assert result.exit_code == 0
    assert json.loads(result.stdout)["source"] == "-"
    jsonl = json.dumps({"id": "rec-1", "text": ARTICLE}) + "\n"
    assert json.loads(run("--no-nlp", "-", stdin=jsonl).stdout)["source"] == "rec-1"


def test_exit_1_when_nothing_succeeded(tmp_path: Path) -> None:
    result = run(str(tmp_path / "a.txt"), str(tmp_path / "b.txt"))
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"warta: {tmp_path / 'a.txt'}: no such file or directory",
        f"warta: {tmp_path / 'b.txt'}: no such file or directory",
    ]


def test_unexpected_error_is_one_line_and_the_batch_goes_on(
    article: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    broken = tmp_path / "broken.txt"
    broken.write_text(ARTICLE, encoding="utf-8")
    original = Reader.read

    def flaky(self: Reader, doc: object) -> object:
        if getattr(doc, "source", "") == str(broken):
            raise ValueError("kaboom")
        return original(self, doc)  # type: ignore[arg-type]

    monkeypatch.setattr(Reader, "read", flaky)
    result = run("--no-nlp", str(broken), article)
    assert result.exit_code == 0
    assert [json.loads(x)["source"] for x in result.stdout.splitlines()] == [article]
    assert result.stderr == f"warta: {broken}: internal error (ValueError: kaboom)\n"


def test_ctrl_c_exits_130(article: str, monkeypatch: pytest.MonkeyPatch) -> None:
    def interrupt(self: Reader, doc: object) -> object:
        raise KeyboardInterrupt

    monkeypatch.setattr(Reader, "read", interrupt)
    result = run("--no-nlp", article)
    assert result.exit_code == 130
    assert result.stderr.strip() == "warta: interrupted"


def test_help_has_examples() -> None:
    result = CliRunner().invoke(main, ["extract", "--help"])
    assert result.exit_code == 0
    assert "Examples:" in result.output and "warta extract examples/" in result.output
    for option in ("--format", "--show-removed", "--no-nlp", "--summary", "--reference-time"):
        assert option in result.output


def test_examples_directory_reads_every_document() -> None:
    result = run("--no-nlp", str(EXAMPLES))
    assert result.exit_code == 0, result.stderr
    sources = [json.loads(line)["source"] for line in result.stdout.splitlines()]
    assert len(sources) == 7
    assert "pantau-harga-2024-0815-cabai" in sources
