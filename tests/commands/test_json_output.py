"""--json: UTF-8 JSON with ISO dates and nothing else on stdout, for every command that has it."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.builders import GOK
from tests.cli_asserts import ok
from tests.helpers import Cli

FILLED = [
    f"{GOK} --joined 16.01.2018",
    "partnership edit --founded 16.01.2018 --leader gok",
    "meeting add --date 21.11.2017 --time 17:00 --held -a gok --notes 'Zażółć'",
    "consultation add --form telefon --date 14.05.2018 --duration 1h30m --held",
    "webinar add 'Plan bez tajemnic — część ogólna' --date 12.09.2018 --id plan",
]


JSON_COMMANDS = [
    ["partner", "list"],
    ["partner", "show", "gok"],
    ["meeting", "list"],
    ["meeting", "show", "2017-11-21"],
    ["consultation", "list"],
    ["consultation", "show", "telefon-2018-05-14"],
    ["webinar", "list"],
    ["webinar", "show", "plan"],
    ["partnership", "show"],
    ["check"],
]


def strings(value: Any) -> list[str]:
    if isinstance(value, dict):
        return [s for v in value.values() for s in strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in strings(v)]
    return [value] if isinstance(value, str) else []


@pytest.mark.parametrize("args", JSON_COMMANDS, ids=" ".join)
def test_json_is_utf8_with_iso_dates_and_nothing_else(filled: Cli, args: list[str]) -> None:
    result = ok(filled(*args, "--json"))
    text = result.stdout_bytes.decode("utf-8")
    data = json.loads(text)  # the whole of stdout is one JSON document
    assert "\\u" not in text  # Polish letters as themselves
    for value in strings(data):
        assert not re.fullmatch(r"\d{1,2}\.\d{2}\.\d{4}", value), value  # never the Polish display form


def test_json_values(filled: Cli) -> None:
    partner = json.loads(filled("partner", "show", "gok", "--json").stdout)
    assert partner["nazwa"] == "Gminny Ośrodek Kultury" and partner["data_przystapienia"] == "2018-01-16"
    meeting = json.loads(filled("meeting", "show", "2017-11-21", "--json").stdout)
    assert (meeting["data"], meeting["godzina"], meeting["notatki"]) == ("2017-11-21", "17:00", "Zażółć")
    consultation = json.loads(filled("consultation", "list", "--json").stdout)[0]
    assert (consultation["data"], consultation["czas"]) == ("2018-05-14", "1h30m")
    settings = json.loads(filled("partnership", "show", "--json").stdout)
    assert settings["partnerstwo"]["data_zawiazania"] == "2018-01-16"


@pytest.mark.slow
def test_json_is_utf8_even_when_the_console_is_not(filled: Cli) -> None:
    """A Windows console may use cp1250 or cp852; --json still writes UTF-8 bytes."""
    env = {**os.environ, "PYTHONIOENCODING": "cp852", "PYTHONUTF8": "0"}
    result = subprocess.run(
        [sys.executable, "-m", "emocni_cli", "-C", str(filled.folder), "webinar", "list", "--json"],
        capture_output=True,
        env=env,
        timeout=60,
        cwd=Path(filled.folder),
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout.decode("utf-8"))[0]["tytul"] == "Plan bez tajemnic — część ogólna"
