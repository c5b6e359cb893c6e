"""Assertions about how a command ended, shared by the workspace tests."""

from __future__ import annotations

from typing import Any


def flat(text: str) -> str:
    """Text with every run of whitespace as one space: messages are wrapped to the console width."""
    return " ".join(text.split())


def refused(result: Any, code: int, *phrases: str) -> str:
    """The command ended with `code`, a Polish message and no traceback; returns its stderr, flat."""
    assert result.exit_code == code, (result.exit_code, result.output)
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert "Traceback" not in result.output
    message = flat(result.stderr)
    assert "Błąd" in message or "błąd" in message, message
    for phrase in phrases:
        assert flat(phrase) in message, (phrase, message)
    return message


def ok(result: Any) -> Any:
    assert result.exit_code == 0, result.output
    return result


def sh(cli: Any, line: str) -> Any:
    """Run a command written as a person types it: sh(cli, "partner add 'Urząd Gminy' --type UG")."""
    import shlex

    return cli(*shlex.split(line))
