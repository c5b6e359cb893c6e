"""The command line recorded with each change in the history (workspace/history.py): set by the
CLI for every run, with personal data kept out of it. It lives apart from the history, so that a
command that changes nothing does not import the history at all."""

from __future__ import annotations

_text = "emocni"


def describe(text: str) -> None:
    global _text
    _text = text


def redact(replacements: dict[str, str]) -> None:
    """Keep personal data out of the command recorded with this change: each text typed (a
    participant's name) is recorded as its replacement (their id)."""
    global _text
    for typed, instead in replacements.items():
        if typed.strip():  # "Anna Nowak" (quoted as typed with a space) becomes u-001
            _text = _text.replace(f'"{typed}"', instead).replace(typed, instead)


def withhold_arguments(note: str) -> None:
    """Record this change's command as its first words (emocni, group, verb) and a note: its
    arguments are personal data (participant add / edit)."""
    global _text
    _text = " ".join([*_text.split()[:3], note])


def text() -> str:
    return _text
