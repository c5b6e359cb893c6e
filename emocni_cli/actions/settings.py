"""emocni.toml by dotted key, as `emocni config` reads and changes it: the keys the models know,
their values and defaults, a typed text turned into the field's value, and the change written
through editing() (the whole workspace validated, comments kept)."""

from __future__ import annotations

import datetime as dt
import difflib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from emocni_cli.actions.records import update_section
from emocni_cli.errors import InputError, RefusedError
from emocni_cli.model.fields import value_form
from emocni_cli.model.settings import NAME_PREFIXES, Settings, prefix_note
from emocni_cli.workspace.error_sentences import field_value
from emocni_cli.workspace.load import load

READ_ONLY = {"wersja_schematu"}  # emocni writes it, a person never needs to


@dataclass(frozen=True)
class Key:
    """One key of emocni.toml: `gmina.teryt` is the field teryt of the section gmina."""

    section: str | None  # None for a top-level key
    field: str
    model: type[BaseModel]

    @property
    def name(self) -> str:
        return f"{self.section}.{self.field}" if self.section else self.field

    @property
    def required(self) -> bool:
        return self.model.model_fields[self.field].is_required()

    @property
    def default(self) -> Any:
        """The value emocni uses while the key is not in the file (None: there is none)."""
        info = self.model.model_fields[self.field]
        return None if info.is_required() else info.get_default(call_default_factory=True)

    def value(self, settings: Settings) -> Any:
        section = getattr(settings, self.section) if self.section else settings
        return getattr(section, self.field)

    def is_set(self, settings: Settings) -> bool:
        """Whether the key is written in the file (a default fills in a key that is not)."""
        section = getattr(settings, self.section) if self.section else settings
        return self.field in section.model_fields_set


def keys() -> list[Key]:
    """Every key the models know, in the order of the file."""
    out = []
    for name, info in Settings.model_fields.items():
        model = info.annotation
        if isinstance(model, type) and issubclass(model, BaseModel):
            out.extend(Key(name, field, model) for field in model.model_fields)
        else:
            out.append(Key(None, name, Settings))
    return out


def find_key(text: str) -> Key:
    """The key a person typed; InputError with the close matches when there is no such key."""
    known = {key.name: key for key in keys()}
    typed = text.strip().lower()
    if typed in known:
        return known[typed]
    leaf = typed.rpartition(".")[2]
    close = difflib.get_close_matches(typed, known, n=3, cutoff=0.6)
    close += [name for name in known if leaf and leaf in name.rpartition(".")[2] and name not in close]
    maybe = f" Może chodziło o: {', '.join(close[:3])}?" if close else ""
    raise InputError(
        f"Nie ma ustawienia „{text}”.{maybe}",
        hint="wszystkie ustawienia i ich nazwy pokazuje: emocni config list",
    )


def shown(value: Any) -> str:
    """A value as `config get` prints it: the text of the file, dates as 2018-01-16."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.date):
        return value.isoformat()
    return "" if value is None else str(value)


def _writable(key: Key) -> None:
    if key.name in READ_ONLY:
        raise RefusedError(
            f"Ustawienia {key.name} nie zmienia się ręcznie — zapisuje je sam program emocni.",
            hint=f"zobacz jego wartość: emocni config get {key.name}",
        )


def parse(key: Key, text: str) -> Any:
    """The value a typed text stands for, as the file will hold it; InputError naming the key."""
    _writable(key)
    if not text.strip():
        hint = f"aby usunąć wartość: emocni config unset {key.name}"
        if key.required:
            hint = f'to ustawienie jest wymagane — podaj wartość, np. emocni config set {key.name} "…"'
        raise InputError(f"Pusta wartość ustawienia {key.name}.", hint=hint)
    if value_form(key.model, key.field) == "number":  # as Poles write them: 12 500, 1,5
        text = "".join(text.split()).replace(",", ".")
    try:
        return field_value(key.model, key.field, text)
    except ValueError as exc:
        raise InputError(f"Ustawienie {key.name}: {exc}.") from None


def set_value(root: Path, key: Key, text: str) -> tuple[Any, str | None]:
    """Write one key; returns the value written and a note when a leading word was taken off."""
    value = parse(key, text)
    assert key.section is not None  # the only top-level key is read-only
    update_section(root, key.section, {key.field: value})
    note = (
        prefix_note(key.field, text, value) if key.section == "gmina" and key.field in NAME_PREFIXES else None
    )
    return value, note


def not_set(key: Key) -> RefusedError:
    return RefusedError(
        f"Ustawienie {key.name} nie jest zapisane w emocni.toml i nie ma wartości domyślnej.",
        hint=f'ustaw je: emocni config set {key.name} "…"',
    )


def unset_value(root: Path, key: Key) -> bool:
    """Remove an optional key from the file; False when it was not there (nothing written)."""
    _writable(key)
    if key.required:
        raise RefusedError(
            f"Ustawienie {key.name} jest wymagane — nie można go usunąć.",
            hint=f'zmień jego wartość: emocni config set {key.name} "…"',
        )
    if not key.is_set(load(root).settings):
        return False
    assert key.section is not None
    update_section(root, key.section, {key.field: None})
    return True
