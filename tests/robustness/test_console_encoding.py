"""Output read by scripts and files: redirected on Polish Windows it is in cp1250 (ANSI) or cp852
(OEM), not UTF-8 — every command still works, keeps the Polish letters and writes the marks it
cannot encode in plain ASCII; the value printed for a script is one whole line."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli_asserts import ok
from tests.helpers import Cli


def run(args: list[str], encoding: str, cwd: Path) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "PYTHONIOENCODING": encoding, "EMOCNI_TODAY": "2019-01-15", "COLUMNS": "100"}
    env.pop("PYTHONUTF8", None)
    return subprocess.run(
        [sys.executable, "-m", "emocni_cli", *args], cwd=cwd, env=env, capture_output=True, timeout=60
    )


@pytest.mark.slow
@pytest.mark.parametrize("encoding", ["cp1250", "cp852"])
@pytest.mark.parametrize(
    ("args", "shown"),
    [
        (["status"], "+ 1. Powołanie partnerstwa"),
        (["partner", "list"], "Ośrodek"),
        (["partnership", "show"], "Wierzbno Dolne"),
        (["plan", "show"], "Diagnoza"),
        (["--help"], "narzędzie e-Mocarza"),
    ],
)
def test_a_non_utf8_console_gets_the_output_in_its_code_page(
    example: Path, encoding: str, args: list[str], shown: str
) -> None:
    result = run(args, encoding, example)
    stderr = result.stderr.decode(encoding)
    assert result.returncode == 0, stderr
    assert "Traceback" not in stderr
    assert shown in result.stdout.decode(encoding)


@pytest.mark.slow
@pytest.mark.parametrize("encoding", ["cp1250", "cp852"])
def test_messages_on_stderr_in_a_non_utf8_console(example: Path, encoding: str) -> None:
    result = run(["check"], encoding, example)
    assert result.returncode == 0
    assert result.stderr.decode(encoding).startswith("+ Przestrzeń robocza jest poprawna")


def test_the_id_of_a_new_record_is_one_line_however_long(cli: Cli) -> None:
    long_id = (
        "gminna-biblioteka-publiczna-w-wierzbnie-dolnym-filia-w-kamionce-czytelnia-dla-dzieci-i-mlodziezy"
    )
    result = ok(
        cli("partner", "add", "Filia", "--type", "biblioteka", "--id", long_id, env={"COLUMNS": "80"})
    )
    assert result.stdout == long_id + "\n"
