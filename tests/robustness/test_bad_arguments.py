"""Bytes in an argument that are no UTF-8 (a terminal in another encoding; on POSIX Python keeps
them as lone surrogates) are refused before anything runs: a Polish usage message, exit 2,
nothing written, no UnicodeEncodeError."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from emocni_cli.errors import EXIT_USAGE
from tests.builders import GBP, build
from tests.helpers import Cli

Unchanged = Callable[[Path], Callable[[], None]]


def run(folder: Path, *args: bytes, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[bytes]:
    environment = {**os.environ, "PYTHONIOENCODING": "utf-8", **(env or {})}
    command = [sys.executable.encode(), b"-m", b"emocni_cli", b"-C", os.fsencode(folder), *args]
    return subprocess.run(command, env=environment, capture_output=True, timeout=60)


@pytest.mark.skipif(sys.platform == "win32", reason="Windows hands programs text, never raw bytes")
@pytest.mark.parametrize(
    "args",
    [
        [b"partner", b"edit", b"\xff", b"--role", b"sala"],
        [b"partner", b"add", b"Biblioteka \xb1", b"--type", b"biblioteka"],
        [b"partner", b"show", b"gb\xe6p"],
        [b"meeting", b"add", b"--date", b"2018-01-10", b"--place", b"\xc5\x82\xff"],
    ],
)
def test_undecodable_bytes_in_an_argument_are_refused(
    cli: Cli, unchanged: Unchanged, args: list[bytes]
) -> None:
    build(cli, [GBP])
    check = unchanged(cli.folder)
    result = run(cli.folder, *args)
    stderr = result.stderr.decode("utf-8")
    assert result.returncode == EXIT_USAGE, stderr
    assert "Traceback" not in stderr and "UnicodeEncodeError" not in stderr
    assert "zawiera bajty, które nie są tekstem w UTF-8" in " ".join(stderr.split())
    check()


@pytest.mark.skipif(sys.platform == "win32", reason="Windows hands programs text, never raw bytes")
def test_undecodable_bytes_in_an_emocni_variable_are_refused(cli: Cli) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "emocni_cli", "-C", str(cli.folder), "status"],
        env={**os.environb, b"EMOCNI_TODAY": b"2018-\xff"},  # type: ignore[dict-item]
        capture_output=True,
        timeout=60,
    )
    stderr = " ".join(result.stderr.decode("utf-8").split())
    assert result.returncode == EXIT_USAGE, stderr
    assert "zmiennej środowiskowej EMOCNI_TODAY zawiera bajty" in stderr
