"""The console script's first code. It imports nothing heavy before it can catch Ctrl+C, so an
interrupt during start-up ends with one Polish line (exit 130), not a traceback; and output cut
short (a closed pipe, `emocni … | head`) ends quietly."""

from __future__ import annotations

import os
import sys


def main() -> None:
    if sys.stdout is None:  # started with stdout closed (`emocni status >&-`): nowhere to answer
        if sys.stderr is not None:
            sys.stderr.write(
                "Błąd: Standardowe wyjście jest zamknięte — emocni nie ma gdzie wypisać wyniku; "
                "nic nie zrobiono.\n"
            )
        sys.exit(1)
    try:
        from emocni_cli.cli.app import main as run

        run()
    except KeyboardInterrupt:  # before the boundary of app.main was in place
        from emocni_cli.errors import EXIT_INTERRUPTED

        sys.stderr.write("\nBłąd: Przerwano (Ctrl+C).\n")
        sys.exit(EXIT_INTERRUPTED)
    except BrokenPipeError:
        _quiet_stdout()
        sys.exit(1)
    finally:
        _flush_or_quiet()


def _flush_or_quiet() -> None:
    """Flush now, so that a reader that went away is not reported by the interpreter at exit."""
    try:
        if sys.stdout is not None:
            sys.stdout.flush()
    except (BrokenPipeError, OSError, ValueError):
        _quiet_stdout()


def _quiet_stdout() -> None:
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, AttributeError, ValueError):
        pass
