"""Adding and removing a [[table]] record as lines of text, so the layout a person gave the file
stays: tomlkit counts the comments and blank lines after a record's last key as part of that
record, though they usually describe what follows — it would drop them with the record and put a
new record after them. Every result is checked to hold exactly the expected data; None means
"unusual layout, let tomlkit do it"."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from emocni_cli.workspace.error_sentences import Locator
from emocni_cli.workspace.files import loads_toml


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
    try:
        return loads_toml(text)
    except ValueError:  # not TOML (tomli's TOMLDecodeError), or a number too long to read
        return None


def _checked(result: str, expected: dict[str, Any] | None) -> str | None:
    return result if expected is not None and _data(result) == expected else None


def without_record(text: str, table: str, index: int, data: dict[str, Any]) -> str | None:
    """The text without the index-th record (and the blank lines that separated it from what came
    before); the comments after its last key stay where they are. `data` is what the text holds
    (read with the TOML reader; changed here)."""
    lines, spans = _spans(text, table)
    if index >= len(spans):
        return None
    start, end = spans[index]
    while start > 0 and not lines[start - 1].strip():
        start -= 1
    del data[table][index]
    if not data[table]:
        del data[table]
    return _checked("\n".join(lines[:start] + lines[end:]), data)


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


def _offsets(lines: list[str]) -> list[int]:
    """The offset in the text of the start of each line (and one past the end)."""
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line) + 1)
    return offsets


def _whole_records(text: str, table: str) -> list[tuple[int, int]]:
    """(start, end) offsets of each [[table]] record with everything tomlkit counts as its own:
    from its header to the next header that is not one of its sub-tables, or to the end."""
    lines = text.split("\n")
    headers = Locator(text).headers
    offsets = _offsets(lines)
    spans = []
    for k, (i, name, is_item) in enumerate(headers):
        if is_item and name == table:
            after = k + 1  # its own sub-tables ([partner.adres]) are part of it
            while after < len(headers) and headers[after][1].startswith(f"{table}."):
                after += 1
            end = offsets[headers[after][0]] if after < len(headers) else len(text)
            spans.append((offsets[i], min(end, len(text))))
    return spans


def _tomlkit_block(text: str) -> Any:
    """Some lines of a file as a tomlkit document; None when they are no TOML by themselves (a
    header-like line inside a multi-line string cut them in the wrong place)."""
    import tomlkit
    from tomlkit.exceptions import TOMLKitError

    try:
        return tomlkit.parse(text)
    except TOMLKitError:
        return None


def with_changed_records(
    text: str, table: str, changes: Mapping[int, Callable[[Any], None]], data: dict[str, Any]
) -> str | None:
    """The text with records changed in place: each change (by the record's index in the file)
    runs on a tomlkit table parsed from that record's own lines, which are put back where they
    were, so tomlkit's cost grows with the record, not the file. `data` is what the text holds
    (read with the TOML reader; changed here): the result must read back as it, with only the
    changed records different."""
    import tomlkit

    spans = _whole_records(text, table)
    if not changes or max(changes) >= len(spans):
        return None
    pieces, done = [], 0
    for index in sorted(changes):
        start, end = spans[index]
        block = _tomlkit_block(text[start:end])
        records = block.get(table) if block is not None else None
        if not isinstance(records, list) or len(records) != 1 or len(block) != 1:
            return None
        changes[index](records[0])
        changed = tomlkit.dumps(block)
        new = _data(changed)
        if new is None or list(new) != [table] or len(new[table]) != 1:
            return None
        data[table][index] = new[table][0]
        pieces += [text[done:start], changed]
        done = end
    return _checked("".join([*pieces, text[done:]]), data)


def with_changed_preamble(text: str, change: Callable[[Any], None], data: dict[str, Any]) -> str | None:
    """The text with its top-level keys (the lines before the first table header) changed by
    `change`, run on a tomlkit document of those lines only; `data` as in with_changed_records."""
    import tomlkit

    headers = Locator(text).headers
    end = _offsets(text.split("\n"))[headers[0][0]] if headers else len(text)
    block = _tomlkit_block(text[:end])
    before = _data(text[:end])
    if block is None or before is None:
        return None
    change(block)
    changed = tomlkit.dumps(block)
    new = _data(changed)
    if new is None:
        return None
    for key in before:
        del data[key]
    data.update(new)
    return _checked(changed + text[end:], data)
