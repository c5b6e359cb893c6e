"""Adding and removing a [[table]] record as lines of text, so the layout a person gave the file
stays: tomlkit counts the comments and blank lines after a record's last key as part of that
record, though they usually describe what follows — it would drop them with the record and put a
new record after them. Every result is checked to hold exactly the expected data; None means
"unusual layout, let tomlkit do it"."""

from __future__ import annotations

from typing import Any

from emocni_cli.workspace.error_sentences import Locator
from emocni_cli.workspace.files import toml_reader


def _is_trivia(line: str) -> bool:
    stripped = line.strip()
    return not stripped or stripped.startswith("#")


def _spans(text: str, table: str) -> tuple[list[str], list[tuple[int, int]]]:
    """The lines, and (first line, line after the last key) of each [[table]] record."""
    lines = text.split("\n")
    headers = Locator(text).headers  # in file order: a record ends where the next header begins
    spans = []
    for k, (i, name, is_item) in enumerate(headers):
        if is_item and name == table:
            end = headers[k + 1][0] if k + 1 < len(headers) else len(lines)
            spans.append((i, _last_key_end(lines, i, end)))
    return lines, spans


def _last_key_end(lines: list[str], start: int, end: int) -> int:
    while end > start + 1 and _is_trivia(lines[end - 1]):
        end -= 1
    return end


def _data(text: str) -> dict[str, Any] | None:
    toml = toml_reader()
    try:
        return toml.loads(text)
    except toml.TOMLDecodeError:
        return None


def _checked(result: str, expected: dict[str, Any] | None) -> str | None:
    return result if expected is not None and _data(result) == expected else None


def without_record(text: str, table: str, index: int) -> str | None:
    """The text without the index-th record (and the blank lines that separated it from what came
    before); the comments after its last key stay where they are."""
    lines, spans = _spans(text, table)
    expected = _data(text)
    if index >= len(spans) or expected is None:
        return None
    start, end = spans[index]
    while start > 0 and not lines[start - 1].strip():
        start -= 1
    del expected[table][index]
    if not expected[table]:
        del expected[table]
    return _checked("\n".join(lines[:start] + lines[end:]), expected)


def with_records(text: str, table: str, blocks: list[str]) -> str | None:
    """The text with new records (`blocks`, each a whole "[[table]]" block, in order) right after
    the last key of the last record, or at the end of the file when there is none yet. Only the
    lines from the last record on change, so only they are checked: on their own they must hold
    what they held plus the new records. All at once, so that a CSV import of thousands of rows
    builds the file once, not once per row."""
    lines, spans = _spans(text, table)
    new = _data("\n".join(blocks))
    if new is None or len(new.get(table, [])) != len(blocks):
        return None
    added = [line for block in blocks for line in ("", *block.strip("\n").split("\n"))]
    if not spans:
        expected = _data(text)
        if expected is None:
            return None
        expected.setdefault(table, []).extend(new[table])
        return _checked(text.rstrip("\n") + "\n" + "\n".join(added) + "\n", expected)
    start, end = spans[-1]
    expected = _data("\n".join(lines[start:]))
    if expected is None:
        return None
    expected.setdefault(table, []).extend(new[table])
    tail = [*lines[start:end], *added, *lines[end:]]
    if _checked("\n".join(tail), expected) is None:
        return None
    return "\n".join([*lines[:start], *tail])
