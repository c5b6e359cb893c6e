"""Forgetting people (RODO): a participant's record reduced to what the indicators count, in the
participants' file and in every copy of it the change history keeps, and the commands recorded
there that name them. The forget itself is recorded without copies (history.FORGET)."""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from tomlkit.items import Comment, Table

from emocni_cli.model.vocabularies import fold
from emocni_cli.workspace import history
from emocni_cli.workspace.layout import PARTICIPANTS

WITHHELD = "(dane osobowe usunięte)"


def forget_table(table: Table, kept: dict[str, Any], words: Iterable[str]) -> None:
    """Leave only `kept` in one [[uczestnik]] table: every other key goes (unknown ones too: they
    may hold personal data), and so does a comment line naming the person."""
    from emocni_cli.workspace.edits import set_fields

    keys = [str(key) for key in table]
    set_fields(table, {key: None for key in keys if key not in kept})
    set_fields(table, kept)
    folded = [fold(w) for w in words if w]
    body = table.value.body
    for index in reversed(range(len(body))):
        item = body[index][1]
        if isinstance(item, Comment) and any(w in fold(item.as_string()) for w in folded):
            del body[index]


def forget_in_text(text: str, people: dict[str, tuple[dict[str, Any], list[str]]]) -> str:
    """The participants' file with each person (id -> kept fields, words naming them) forgotten.
    A copy that is no valid TOML keeps its layout, with the words naming them cut out."""
    import tomlkit
    from tomlkit.exceptions import TOMLKitError

    try:
        doc = tomlkit.parse(text)
    except TOMLKitError:
        for _, words in people.values():
            text = _without_words(text, words)
        return text
    tables = doc.get(PARTICIPANTS.table)
    for table in tables if isinstance(tables, list) else []:
        found = people.get(str(table.get("id", "")).strip())
        if found is not None and isinstance(table, Table):
            forget_table(table, *found)
    text = tomlkit.dumps(doc)
    for _, words in people.values():  # the same name in a record of someone else's notes
        text = _without_words(text, words)
    return text


def _without_words(text: str, words: Iterable[str]) -> str:
    import re

    for word in words:
        text = re.sub(re.escape(word), "(usunięto)", text, flags=re.IGNORECASE)
    return text


def purge_history(root: Path, people: dict[str, tuple[dict[str, Any], list[str]]]) -> int:
    """Forget these people in the change history: every kept copy of the participants' file and
    every recorded command naming them. Returns how many entries were changed."""
    from emocni_cli.workspace.files import UnreadableFile, atomic_write, decode

    words = [fold(w) for _, named in people.values() for w in named]
    changed = 0
    for entry in history.entries(root):
        touched = False
        copy = entry.folder / history.BEFORE_DIR / PARTICIPANTS.file
        if copy.is_file():
            data = copy.read_bytes()
            try:
                source = decode(data, PARTICIPANTS.file)
                new = source.encode(forget_in_text(source.text, people))
            except UnreadableFile:  # not UTF-8: nothing can be kept of it safely
                new = b""
            if new != data:
                atomic_write(copy, new)
                touched = True
        if any(w in fold(entry.command) for w in words):
            description_file = entry.folder / history.ENTRY_FILE
            description = json.loads(description_file.read_text(encoding="utf-8"))
            description["command"] = " ".join([*entry.command.split()[:3], WITHHELD])
            text = json.dumps(description, ensure_ascii=False, indent=1)
            atomic_write(description_file, text.encode("utf-8"))
            touched = True
        changed += touched
    return changed
