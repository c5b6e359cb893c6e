"""The rich consoles behind cli/output.py's `out` and `err` (imported only when something is
printed through rich): every value reaches the terminal inert (emocni_cli/controls.py)."""

from __future__ import annotations

import os
from collections.abc import Iterator, Mapping
from typing import Any

from rich.console import Console
from rich.text import Span, Text

from emocni_cli.controls import visible


class _Environ(Mapping[str, str]):
    """os.environ as the consoles see it, read live: a COLUMNS of 0 (which rich would take as a
    width of nothing, and print nothing) is as if unset, so the real or default width applies.
    While the console is made, COLUMNS and LINES are hidden: rich would fix the size it finds then
    for good, and the console is made on first use — the size is read when printing instead."""

    def __init__(self) -> None:
        self.size_hidden = False

    def __getitem__(self, key: str) -> str:
        if self.size_hidden and key in ("COLUMNS", "LINES"):
            raise KeyError(key)
        value = os.environ[key]
        if key == "COLUMNS" and not (value.isdigit() and int(value) > 0):
            raise KeyError(key)
        return value

    def __iter__(self) -> Iterator[str]:
        return iter(os.environ)

    def __len__(self) -> int:
        return len(os.environ)


class _InertConsole(Console):
    """A console that never passes a control character, ESC sequence or bidi override on to the
    terminal: strings (markup, table cells) are cleaned before they are parsed, Text objects as
    they are printed."""

    def render_str(self, text: str, **kwargs: Any) -> Text:
        return super().render_str(visible(text), **kwargs)

    def print(self, *objects: Any, **kwargs: Any) -> None:
        super().print(*(_inert(o) if isinstance(o, Text) else o for o in objects), **kwargs)


def _inert(text: Text) -> Text:
    """The Text with its steering characters shown as codes, each piece keeping its style."""
    if visible(text.plain) == text.plain:
        return text
    pieces = []
    for piece in text.divide(range(1, len(text.plain))):
        shown = visible(piece.plain)
        pieces.append(Text(shown, piece.style, spans=[Span(0, len(shown), s.style) for s in piece.spans]))
    return text.blank_copy().join(pieces)


def inert_console(stderr: bool) -> Console:
    """The console of stdout or stderr, as cli/output.py uses them."""
    environ = _Environ()
    environ.size_hidden = True
    console = _InertConsole(stderr=stderr, highlight=False, soft_wrap=False, _environ=environ)
    environ.size_hidden = False
    return console
