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
            while end > i + 1 and _is_trivia(lines[end - 1]):
                end -= 1
            spans.append((i, end))
    return lines, spans


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


def with_record(text: str, table: str, record_text: str) -> str | None:
    """The text with a new record (`record_text`, a whole "[[table]]" block) right after the last
    key of the last record, or at the end of the file when there is none yet."""
    lines, spans = _spans(text, table)
    expected, new = _data(text), _data(record_text)
    if expected is None or new is None:
        return None
    expected.setdefault(table, []).extend(new[table])
    block = record_text.strip("\n").split("\n")
    if spans:
        end = spans[-1][1]
        result = "\n".join([*lines[:end], "", *block, *lines[end:]])
    else:
        result = text.rstrip("\n") + "\n\n" + "\n".join(block) + "\n"
    return _checked(result, expected)
