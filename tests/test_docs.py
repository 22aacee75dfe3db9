"""README.md documents every ``warta`` command, and every command it shows exists.

The command list is read from the CLI itself, so a new command fails this test until README
mentions it (as sqlite-utils does).
"""

from __future__ import annotations

import re
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from warta.cli import main

README = Path(__file__).resolve().parents[1] / "README.md"
# Shell examples only: in Python blocks "from warta import ..." is not a command.
FENCE = re.compile(r"^```(\w*)\n(.*?)^```", re.S | re.M)
# "warta <command>" at a word start (also ".venv/bin/warta extract"), not "warta.read".
COMMAND_USE = re.compile(r"(?:^|[\s/|(&;`])warta ([a-z][a-z0-9-]*)", re.M)


def commands() -> list[str]:
    ctx = click.Context(main)
    return sorted(main.list_commands(ctx))


def readme() -> str:
    return README.read_text(encoding="utf-8")


def shell_blocks() -> list[str]:
    return [body for lang, body in FENCE.findall(readme()) if lang != "python"]


def test_help_lists_the_commands() -> None:
    result = CliRunner().invoke(main, ["--help"])
    assert result.exit_code == 0
    for name in commands():
        assert re.search(rf"^\s+{name}\s", result.output, re.M), name


@pytest.mark.parametrize("name", commands())
def test_command_is_documented(name: str) -> None:
    assert f"warta {name}" in readme(), f"README.md does not mention `warta {name}`"


def test_readme_commands_exist() -> None:
    used = {m for block in shell_blocks() for m in COMMAND_USE.findall(block)}
    assert used, "README.md shows no warta command"
    assert used <= set(commands()), f"README.md uses unknown commands: {used - set(commands())}"


def test_readme_extract_examples_parse() -> None:
    """The options shown with `warta extract` are real options of the command."""
    extract = main.get_command(click.Context(main), "extract")
    assert extract is not None
    known = {opt for param in extract.params for opt in getattr(param, "opts", [])}
    shown = set(re.findall(r"warta extract[^\n#]*?(--[a-z-]+)", readme()))
    for block in shell_blocks():
        for line in block.splitlines():
            if "warta extract" in line:
                shown |= set(re.findall(r"(--[a-z-]+)", line.split("#")[0]))
    assert shown and shown <= known, shown - known
