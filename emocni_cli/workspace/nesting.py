"""A limit on how deeply values nest, the same for every read and every edit.

tomli gives up (RecursionError) past 400 levels of nested inline arrays and tables, tomlkit (the
editing parser) past 100: a file between the two would pass `check` and then crash `edit`. No
record is nested more than a few levels, so anything deeper than MAX_NESTING is refused at read,
before either limit is reached."""

from __future__ import annotations

import re
from typing import Any

from emocni_cli.errors import Problem

MAX_NESTING = 20  # containers inside the file's top table; a record with a list is 3
_TOKEN = re.compile(r'"""|\'\'\'|\\.|["\'#\[\]{}\n]')
_CLOSING = {'"': '"', "'": "'", '"""': '"""', "'''": "'''"}


def nested_too_deep(data: Any, limit: int = MAX_NESTING) -> bool:
    """True when a table or list in `data` (as tomli returns it) sits more than `limit`
    containers deep (no recursion: the depth itself is what is in question)."""
    stack: list[tuple[Any, int]] = [(data, 0)]
    while stack:
        value, depth = stack.pop()
        if depth > limit:
            return True
        for child in value.values() if type(value) is dict else value:  # a loop: a record at a time
            kind = type(child)
            if kind is dict or kind is list:  # what tomli and rtoml make of tables and arrays
                stack.append((child, depth + 1))
    return False


def deepest_line(text: str) -> int | None:
    """The line (1-based) where brackets outside strings and comments first reach their deepest
    nesting; None when no line opens a bracket."""
    line, depth, deepest, found = 1, 0, 0, None
    quote: str | None = None
    comment = False
    for m in _TOKEN.finditer(text):
        token = m[0]
        if token == "\n":
            line += 1
            comment = False
            if quote in {'"', "'"}:
                quote = None  # a one-line string never spans lines; tomli reports it
            continue
        if token.startswith("\\"):
            if quote in {'"', '"""'}:
                continue  # an escaped character of a basic string
            token = token[1:]  # a backslash is only itself elsewhere (a Windows path in '…')
        if comment:
            continue
        if quote is not None:
            if token == _CLOSING[quote]:
                quote = None
        elif token in _CLOSING:
            quote = token
        elif token == "#":
            comment = True
        elif token in "[{":
            depth += 1
            if depth > deepest:
                deepest, found = depth, line
        elif token in "]}":
            depth = max(depth - 1, 0)
    return found


def too_deep(text: str, shown_name: str) -> Problem:
    return Problem(
        shown_name,
        f"wartości zagnieżdżone głębiej niż {MAX_NESTING} poziomów (nawiasy [ ] lub {{ }} jeden w "
        "drugim) — żaden zapis emocni tak nie wygląda, to pomyłka albo uszkodzony plik",
        line=deepest_line(text),
        hint="usuń nadmiarowe nawiasy w tej linii (albo przywróć plik z kopii)",
    )
