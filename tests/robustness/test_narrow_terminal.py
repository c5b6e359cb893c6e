"""Lists in a narrow console keep every id whole and leave nothing out silently; a COLUMNS of 0
or of no number is the default width, never an empty screen."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from tests.builders import GBP
from tests.cli_asserts import flat, ok
from tests.helpers import Cli

LONG_ID = "gminny-osrodek-kultury-w-wierzbnie"
FILLED = [
    GBP,
    f"partner add 'Gminny Ośrodek Kultury' --type GOK --id {LONG_ID} --contact 'Anna Nowak' "
    "--joined 2018-01-16",
]


@pytest.mark.parametrize("width", ["20", "30", "12"])
def test_a_narrow_console_shows_each_partner_as_a_block_with_its_id_whole(filled: Cli, width: str) -> None:
    result = ok(filled("partner", "list", env={"COLUMNS": width, "NO_COLOR": "1"}))
    lines = result.stdout.splitlines()
    assert LONG_ID in lines and "gbp" in lines  # each id on a line of its own, not cut
    shown = flat(result.stdout)
    for value in ("Anna Nowak", "16.01.2018", "Ośrodek", "biblioteka"):
        assert value in shown
    assert "Nie mieści się w oknie" not in result.stderr  # nothing was left out


def test_a_console_wide_enough_keeps_the_table(filled: Cli) -> None:
    result = ok(filled("partner", "list", env={"COLUMNS": "160", "NO_COLOR": "1"}))
    assert "┃ id" in result.stdout


@pytest.mark.parametrize("columns", ["0", "abc", "-5", ""])
def test_a_width_of_zero_or_no_number_is_the_default_width(filled: Cli, columns: str) -> None:
    env = {**os.environ, "COLUMNS": columns, "NO_COLOR": "1", "PYTHONIOENCODING": "utf-8"}
    result = subprocess.run(
        [sys.executable, "-m", "emocni_cli", "-C", str(filled.folder), "partner", "list"],
        env=env,
        capture_output=True,
        timeout=60,
    )
    stdout = result.stdout.decode("utf-8")
    assert result.returncode == 0, result.stderr.decode("utf-8")
    assert LONG_ID in stdout and "┃ id" in stdout  # the table, at the default width of 80
