"""Values nested deeper than any record is — past tomlkit's limit (100) or tomli's (400) — are
refused at read by every command, `check` and `edit` alike, with the file and line; never a
RecursionError or a tomlkit crash, and nothing is written."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from emocni_cli.errors import EXIT_INVALID
from emocni_cli.workspace.nesting import MAX_NESTING, deepest_line, nested_too_deep
from tests.builders import GBP
from tests.cli_asserts import ok, refused
from tests.helpers import Cli

Unchanged = Callable[[Path], Callable[[], None]]

FILLED = [GBP]

PAYLOADS = {
    "401 inline tables": "{a = " * 401 + "1" + "}" * 401,
    "150 arrays": "[" * 150 + "1" + "]" * 150,
    "21 arrays": "[" * (MAX_NESTING + 1) + "1" + "]" * (MAX_NESTING + 1),
}
COMMANDS = [["check"], ["partner", "list"], ["partner", "edit", "gbp", "--role", "sala"]]


def add_to_partner(folder: Path, line: str) -> int:
    """Write `line` by hand into the first partner's block; returns its line number."""
    path = folder / "partnerzy.toml"
    lines = path.read_text(encoding="utf-8").split("\n")
    at = lines.index("[[partner]]") + 1
    path.write_text("\n".join([*lines[:at], line, *lines[at:]]), encoding="utf-8")
    return at + 1


@pytest.mark.parametrize("payload", PAYLOADS.values(), ids=PAYLOADS.keys())
@pytest.mark.parametrize("command", COMMANDS, ids=[" ".join(c) for c in COMMANDS])
def test_a_value_nested_too_deep_is_refused_with_its_line(
    filled: Cli, unchanged: Unchanged, payload: str, command: list[str]
) -> None:
    line = add_to_partner(filled.folder, f"bagaz = {payload}")
    check = unchanged(filled.folder)
    refused(filled(*command), EXIT_INVALID, f"partnerzy.toml:{line}", "zagnieżdżone głębiej niż 20 poziomów")
    check()


def test_records_nested_as_usual_are_read(filled: Cli) -> None:
    add_to_partner(filled.folder, "bagaz = " + "[" * 10 + "1" + "]" * 10)
    ok(filled("check"))


def test_the_deepest_line_ignores_brackets_in_strings_and_comments() -> None:
    text = "a = \"[[[[\" # {{{{\nb = 'C:\\' \nc = [[1]]\n"
    assert deepest_line(text) == 3
    assert not nested_too_deep({"a": [[1]] * 3})
    assert nested_too_deep({"a": [[[1]]]}, limit=2)
