"""The small exception hierarchy of the core; the CLI maps it to messages and exit codes."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

EXIT_REFUSED = 1
EXIT_USAGE = 2
EXIT_INVALID = 3


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


def rel(path: Path, root: Path | None) -> str:
    """Path shown to the user: relative to the workspace when possible."""
    if root is not None:
        try:
            return str(path.relative_to(root))
        except ValueError:
            pass
    return str(path)
