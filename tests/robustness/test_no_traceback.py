"""Whatever happens — a bug, Ctrl+C during start-up or at a question, stdout closed or gone —
the person sees one Polish line, never a traceback."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from emocni_cli.cli.commands import partner as partner_commands
from emocni_cli.errors import EXIT_BUG, EXIT_INTERRUPTED
from tests.cli_asserts import flat
from tests.helpers import REPO, Cli


def test_a_bug_is_one_polish_line_and_the_details_go_to_a_log_file(
    example: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise ZeroDivisionError("division by zero")

    monkeypatch.setattr(partner_commands.rc, "list_records", broken)
    result = Cli(example)("partner", "list", env={"XDG_STATE_HOME": str(tmp_path / "stan")})
    assert result.exit_code == EXIT_BUG
    message = flat(result.stderr)
    assert "Wewnętrzny błąd emocni (ZeroDivisionError)" in message and "Traceback" not in result.output
    log = tmp_path / "stan" / "emocni" / "bledy.log"
    assert str(log) in "".join(result.stderr.split())  # the path, wrapped to the console's width
    details = log.read_text(encoding="utf-8")
    assert "Traceback" in details and "ZeroDivisionError" in details


def test_ctrl_c_inside_a_command_is_one_line_and_exit_130(
    example: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def interrupted(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(partner_commands.rc, "list_records", interrupted)
    result = Cli(example)("partner", "list")
    assert result.exit_code == EXIT_INTERRUPTED
    assert flat(result.stderr) == "Błąd: Przerwano (Ctrl+C)."


def run_python(code: str, *args: str, **kwargs: object) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code), *args], cwd=REPO, capture_output=True, **kwargs
    )


def test_ctrl_c_during_start_up_is_one_line_and_exit_130() -> None:
    started = run_python(
        """
        import builtins
        real = builtins.__import__
        def importing(name, *args, **kwargs):
            if name == "emocni_cli.cli.app":
                raise KeyboardInterrupt  # as if Ctrl+C came while the modules load
            return real(name, *args, **kwargs)
        builtins.__import__ = importing
        from emocni_cli.cli.entry import main
        main()
        """,
        "status",
    )
    assert started.returncode == EXIT_INTERRUPTED
    assert started.stderr.decode("utf-8").strip() == "Błąd: Przerwano (Ctrl+C)."


ENTRY = "from emocni_cli.cli.entry import main; main()"


def test_stdout_closed_at_start_is_refused_in_polish(example: Path) -> None:
    result = run_python(
        "import os, sys; os.close(1); sys.stdout = None; " + ENTRY, "-C", str(example), "status", "--json"
    )
    assert result.returncode == 1
    assert "Standardowe wyjście jest zamknięte" in result.stderr.decode("utf-8")


@pytest.mark.skipif(sys.platform == "win32", reason="a closed pipe is reported differently on Windows")
def test_a_reader_that_goes_away_ends_quietly(example: Path) -> None:
    process = subprocess.Popen(
        [sys.executable, "-c", ENTRY, "-C", str(example), "partner", "list", "--json"],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdout is not None and process.stderr is not None
    process.stdout.close()
    errors = process.stderr.read().decode("utf-8")
    process.wait()
    assert "Traceback" not in errors and "Exception ignored" not in errors
