"""Changing workspace files in place with tomlkit, so comments, blank lines and unknown keys
survive; every change is validated as a whole workspace before anything is written."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import Any

import tomlkit
from tomlkit.items import AoT, Comment, Item, Table
from tomlkit.toml_document import TOMLDocument

from emocni_cli.errors import InvalidWorkspaceError, RefusedError
from emocni_cli.workspace.files import (
    Source,
    bytes_or_none,
    leftover_temps,
    loads_toml,
    read_source,
    workspace_lock,
)
from emocni_cli.workspace.history import CHANGE, write_recorded
from emocni_cli.workspace.layout import RecordKind
from emocni_cli.workspace.load import Workspace, inspect, load
from emocni_cli.workspace.starter_files import initial_text

# A change made in place on a tomlkit item: a record's table, or a file's document
Change = Callable[[Any], None]


def toml_value(value: Any) -> Any:
    """A Python value as the tomlkit item people find most readable."""
    if isinstance(value, str) and "\n" in value:
        return tomlkit.string(value.strip("\n") + "\n", multiline=True)
    if isinstance(value, list) and value and sum(len(str(v)) for v in value) > 60:
        array = tomlkit.array()
        array.extend(value)
        return array.multiline(True)
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def stored_id(value: Any) -> str:
    """An id or partner reference as written in a file, read the way the models read it
    (a hand-typed `id = "gbp "` is the record gbp)."""
    return str(value).strip()


def is_empty(value: Any) -> bool:
    return value is None or value == "" or value == []


def record_values(record: Any) -> dict[str, Any]:
    """Stored form of a model: TOML-ready values, empty fields left out."""
    dumped = record.model_dump(mode="python")
    fields = type(record).model_fields
    out = {}
    for key, value in dumped.items():
        if isinstance(value, dt.datetime):
            value = value.date()
        if value is False and key in fields and fields[key].default is False:
            continue  # an unset yes/no flag adds only noise to a hand-edited file
        if not is_empty(value):
            out[key] = value
    return out


def _record_block(kind: RecordKind, values: dict[str, Any]) -> TOMLDocument:
    """One record as a tomlkit document holding one [[table]] item."""
    table = tomlkit.table()
    for key, value in values.items():
        table.add(key, toml_value(value))
    block = tomlkit.document()
    block.append(kind.table, tomlkit.aot())
    block[kind.table].append(table)
    return block


class Transaction:
    """Files opened for change during one locked edit of the workspace. Each is held as text or,
    once something needs it, as a tomlkit document (parsing a long file with tomlkit is slow, so
    adding or removing a whole record works on the text)."""

    def __init__(self, root: Path, workspace: Workspace) -> None:
        self.root = root
        self.workspace = workspace
        # FORGET: the change removes personal data, so no copy of the files before it is kept
        self.action = CHANGE
        self._sources: dict[str, Source] = {}
        self._texts: dict[str, str] = {}
        self._docs: dict[str, TOMLDocument] = {}
        # records appended to a file and not yet placed in its text: (kind, values, their block)
        self._appended: dict[str, list[tuple[RecordKind, dict[str, Any], str]]] = {}
        # changes of one record, or of the top-level keys (table None), not yet made in the text
        self._changes: dict[str, list[tuple[str | None, str, Change]]] = {}

    def _source(self, name: str) -> Source:
        if name not in self._sources:
            path = self.root / name
            if path.exists():
                self._sources[name] = read_source(path, name)
            else:
                self._sources[name] = Source(initial_text(name) + "\n")
            self._texts[name] = self._sources[name].text
        return self._sources[name]

    def text(self, name: str) -> str:
        self._source(name)
        if name in self._appended:
            self._place_appended(name)
        if name in self._changes:
            self._make_changes(name)
        return tomlkit.dumps(self._docs[name]) if name in self._docs else self._texts[name]

    def _set_text(self, name: str, text: str) -> None:
        self._texts[name] = text
        self._docs.pop(name, None)

    def document(self, name: str) -> TOMLDocument:
        if name not in self._docs:
            self._docs[name] = tomlkit.parse(self.text(name))
        return self._docs[name]

    def append(self, kind: RecordKind, values: dict[str, Any]) -> None:
        """Add a record; it is placed in the file's text when the text is next needed, together
        with the records appended after it."""
        self._source(kind.file)
        if kind.file in self._changes:  # in the order they were asked for
            self._make_changes(kind.file)
        self._appended.setdefault(kind.file, []).append(
            (kind, values, tomlkit.dumps(_record_block(kind, values)))
        )

    def _place_appended(self, name: str) -> None:
        from emocni_cli.workspace.record_lines import with_records

        appended = self._appended.pop(name)
        kind = appended[0][0]
        text = with_records(self.text(name), kind.table, [block for _, _, block in appended])
        if text is not None:
            self._set_text(name, text)
            return
        for kind, values, _ in appended:  # an unusual layout: let tomlkit place them
            self._append_with_tomlkit(kind, values)

    def _append_with_tomlkit(self, kind: RecordKind, values: dict[str, Any]) -> None:
        doc = self.document(kind.file)
        block = _record_block(kind, values)
        table = block[kind.table][0]
        if not tomlkit.dumps(doc).endswith("\n\n"):
            table.trivia.indent = "\n"
        aot = doc.get(kind.table)
        if aot is None:
            doc.append(kind.table, block[kind.table])
        elif isinstance(aot, AoT):
            aot.append(table)
        else:  # the records written as one inline array, partner = [{…}, {…}]: the new one too
            inline = tomlkit.inline_table()
            inline.update({key: toml_value(value) for key, value in values.items()})
            aot.append(inline)

    def change(self, name: str, table: str | None, record_id: str, change: Change) -> None:
        """Change one record's tomlkit table in place (with `table` None and `record_id` "", the
        file's top-level keys, given as a document). Made when the text is next needed, together
        with the changes asked for after it, on the changed records' own lines (record_lines), so
        a long file costs no whole-file tomlkit parse; tomlkit takes the whole file only when the
        result would not read back as expected."""
        self._source(name)
        if name in self._docs:
            change(self._target(name, table, record_id))
            return
        if name in self._appended:
            self._place_appended(name)
        self._changes.setdefault(name, []).append((table, record_id, change))

    def set_fields(self, kind: RecordKind, record_id: str, changes: dict[str, Any]) -> None:
        """set_fields() on one record, made on its own lines."""
        self.change(kind.file, kind.table, record_id, lambda table: set_fields(table, changes))

    def _target(self, name: str, table: str | None, record_id: str) -> Any:
        doc = self.document(name)
        if table is None:
            return doc
        return next(t for t in doc[table] if stored_id(t.get("id")) == record_id)

    def _make_changes(self, name: str) -> None:
        from emocni_cli.workspace.record_lines import with_changed_preamble, with_changed_records

        pending = self._changes.pop(name)
        text = self.text(name)
        tables = {table for table, _, _ in pending}
        result: str | None = None
        if len(tables) == 1:
            table = next(iter(tables))
            data = loads_toml(text)
            if table is None:
                result = with_changed_preamble(text, _all(c for _, _, c in pending), data)
            elif isinstance(data.get(table), list):
                ids = {stored_id(item.get("id")): i for i, item in enumerate(data[table])}
                by_index: dict[int, list[Change]] = {}
                for _, record_id, change in pending:
                    by_index.setdefault(ids.get(record_id, -1), []).append(change)
                if -1 not in by_index:
                    changes = {i: _all(c) for i, c in by_index.items()}
                    result = with_changed_records(text, table, changes, data)
        if result is not None:
            self._set_text(name, result)
            return
        for table, record_id, change in pending:  # an unusual layout: tomlkit on the whole file
            change(self._target(name, table, record_id))

    def remove(self, kind: RecordKind, record_id: str) -> None:
        from emocni_cli.workspace.record_lines import without_record

        current = self.text(kind.file)
        data = loads_toml(current)
        ids = [stored_id(item.get("id")) for item in data[kind.table]]
        index = ids.index(record_id)
        text = without_record(current, kind.table, index, data)
        if text is not None:
            self._set_text(kind.file, text)
            return
        doc = self.document(kind.file)  # an unusual layout: let tomlkit drop it
        if len(ids) == 1:
            del doc[kind.table]
        else:
            del doc[kind.table][index]

    def texts(self) -> dict[str, str]:
        return {name: self.text(name) for name in self._sources}

    def commit(self) -> None:
        texts = self.texts()
        result = inspect(self.root, texts, personal=self.workspace.personal)
        if result.problems:
            # line numbers in a changed file point into text that was never written: leave them out
            changed = {name for name, text in texts.items() if text != self._sources[name].text}
            raise InvalidWorkspaceError(
                [replace(p, line=None, column=None) if p.file in changed else p for p in result.problems],
                "Ta zmiana dałaby niepoprawną przestrzeń roboczą — nic nie zapisano.",
                hint="pliki są bez zmian: popraw wartości w poleceniu i uruchom je jeszcze raz",
            )
        changes: dict[Path, bytes | None] = {}
        for name, text in texts.items():
            path = self.root / name
            data = self._sources[name].encode(text)
            now = bytes_or_none(path)
            if now != self._sources[name].raw:
                raise changed_meanwhile(name, now is None)
            if now != data:
                changes[path] = data
        # recorded in the history first, then all files or none: no reference left to a removed partner
        write_recorded(self.root, changes, self.action)


def _all(changes: Iterable[Change]) -> Change:
    """One change that makes the given ones in order."""
    steps = list(changes)

    def run(target: Any) -> None:
        for step in steps:
            step(target)

    return run


def changed_meanwhile(name: str, deleted: bool) -> RefusedError:
    """A person saved (or deleted) the file while this command was changing it: writing now would
    silently drop what they did."""
    what = "usunięto" if deleted else "zmieniono"
    return RefusedError(
        f"Plik {name} {what} w innym programie w trakcie tego polecenia — nic nie zapisano, "
        "żeby nie stracić tamtej zmiany.",
        hint="zapisz i zamknij plik w edytorze, a potem uruchom polecenie jeszcze raz",
    )


def set_fields(table: Table, changes: dict[str, Any]) -> None:
    """Change keys in place (None removes a key); other keys and comments stay as they are."""
    for key, value in changes.items():
        if is_empty(value):
            if key in table:
                del table[key]
        elif key in table:
            table[key] = toml_value(value)
        else:
            _add_key(table, key, toml_value(value))


def _add_key(table: Table, key: str, value: Any) -> None:
    """A new key goes right after the table's last key, not after the comments that follow it:
    those usually describe the next table (tomlkit counts them as part of this one)."""
    body = table.value.body
    last = max((i for i, (k, _) in enumerate(body) if k is not None), default=-1)
    if last >= 0:  # indented like the keys written by hand above it (tabs in Notepad)
        value = value if isinstance(value, Item) else tomlkit.item(value)
        value.trivia.indent = body[last][1].trivia.indent
    if any(isinstance(item, Comment) for _, item in body[last + 1 :]):
        table.value._insert_at(last + 1, key, value)  # no public "insert at" in tomlkit
    else:
        table[key] = value


@contextmanager
def editing(root: Path, personal: bool = False) -> Iterator[Transaction]:
    """Lock, load (refusing an invalid workspace; with the participants' file when personal),
    yield a transaction, validate, write."""
    with workspace_lock(root):
        for temp in leftover_temps(root):  # under the lock no write is in flight: a crash left them
            temp.unlink(missing_ok=True)
        tx = Transaction(root, load(root, personal=personal))
        yield tx
        tx.commit()
