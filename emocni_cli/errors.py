"""Every error a person can cause, and the exit code each one ends emocni with.

The core raises these and never prints; `emocni_cli/cli/boundary.py` is the one place that turns
them (and click's usage errors, Ctrl+C and file-system errors) into a Polish message on stderr
and an exit code.

    exception                  exit code  meaning
    EmocniError                    1       base: a message and an optional hint ("Co zrobić: …")
    ├── RefusedError               1       understood but refused (exists already, referenced, …)
    │   └── NotFoundError          1       no record with that id
    ├── InputError                 2       a value typed on the command line cannot be understood
    ├── NoWorkspaceError           1       no emocni.toml here or in a folder above
    ├── InvalidWorkspaceError      3       the workspace (or the change about to be written) does
    │                                      not validate; the boundary lists its every Problem
    └── ProblemsFoundError       3 or 1    `check` (3) or `plan check` (1) has listed what it
                                           found as its output; the boundary adds the verdict

Outside this hierarchy the boundary maps: click's usage errors -> 2 (EXIT_USAGE), Ctrl+C at any
moment -> 130 (EXIT_INTERRUPTED), OSError (disk full, no permission…) -> 1, and anything else — a
bug in emocni — -> 70 (EXIT_BUG): one Polish line on screen, the traceback in a log file.
`status --check` ends with 1 when an item is not done; that is a result, not an error.
A read-only command (status, list, show) that has shown what it could read of an invalid
workspace ends with 3 after its output (cli/reading.py sets State.read_invalid, the boundary reads
it).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

EXIT_REFUSED = 1
EXIT_USAGE = 2
EXIT_INVALID = 3
EXIT_BUG = 70  # EX_SOFTWARE of sysexits.h
EXIT_INTERRUPTED = 130  # 128 + SIGINT, what shells report for Ctrl+C

# The one wording of "fix it and check again", for every message that ends with it.
FIX_AND_CHECK = "popraw wskazane miejsca w edytorze tekstu i uruchom emocni check"


@dataclass(frozen=True)
class Problem:
    """One thing wrong with the workspace, located as precisely as we can."""

    file: str
    message: str
    line: int | None = None
    column: int | None = None
    record: str | None = None
    field: str | None = None
    hint: str | None = None

    def location(self) -> str:
        loc = self.file
        if self.line is not None:
            loc += f":{self.line}"
            if self.column is not None:
                loc += f":{self.column}"
        return loc

    def as_dict(self) -> dict[str, object]:
        return {
            "plik": self.file,
            "linia": self.line,
            "kolumna": self.column,
            "rekord": self.record,
            "pole": self.field,
            "problem": self.message,
            "co_zrobic": self.hint,
        }


class EmocniError(Exception):
    """Base of every error a user can cause; never shown as a traceback."""

    exit_code = EXIT_REFUSED

    def __init__(self, message: str, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint


class RefusedError(EmocniError):
    """The operation is understood but refused (exists already, referenced, out of order…)."""

    exit_code = EXIT_REFUSED


class NotFoundError(RefusedError):
    """A record with the given id does not exist."""


class InputError(EmocniError):
    """A value typed on the command line cannot be understood."""

    exit_code = EXIT_USAGE


class NoWorkspaceError(EmocniError):
    """No emocni.toml was found."""

    exit_code = EXIT_REFUSED


class InvalidWorkspaceError(EmocniError):
    """The workspace (or the change about to be written) does not validate."""

    exit_code = EXIT_INVALID

    def __init__(self, problems: list[Problem], message: str | None = None, hint: str | None = None) -> None:
        super().__init__(message or "Przestrzeń robocza zawiera błędy — nic nie zostało zapisane.", hint)
        self.problems = problems


class ProblemsFoundError(EmocniError):
    """A checking command found problems and has already listed them (its output); the boundary
    prints only the verdict and the hint. The exit code is the command's own: 3 for `check`
    (the workspace is invalid), 1 for `plan check` (the plan is not ready to send)."""

    def __init__(self, message: str, hint: str, exit_code: int) -> None:
        super().__init__(message, hint)
        self.exit_code = exit_code


def rel(path: Path, root: Path | None) -> str:
    """Path shown to the user: relative to the workspace when possible."""
    if root is not None:
        try:
            return str(path.relative_to(root))
        except ValueError:
            pass
    return str(path)
