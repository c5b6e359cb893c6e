"""Turning pydantic errors into Polish sentences, and finding the line a record or key is on."""

from __future__ import annotations

import difflib
import functools
import re
from typing import Any

from pydantic import BaseModel, ValidationError

from emocni_cli.errors import InputError
from emocni_cli.model.values import format_decimal
from emocni_cli.polish import grouped, quoted

_HEADER_AOT = re.compile(r"^\s*\[\[\s*([A-Za-z0-9_.-]+)\s*\]\]")
_HEADER_TABLE = re.compile(r"^\s*\[\s*([A-Za-z0-9_.-]+)\s*\]")
_KEY = re.compile(r"^\s*([A-Za-z0-9_-]+)\s*=")


class Locator:
    """Line numbers (1-based) of tables, records and keys in a TOML text, found by scanning."""

    def __init__(self, text: str) -> None:
        self.text = text  # scanned only when a problem needs a line number

    @functools.cached_property
    def lines(self) -> list[str]:
        return self.text.split("\n")

    @functools.cached_property
    def headers(self) -> list[tuple[int, str, bool]]:
        """(line index, name, is array item) of every [table] and [[array]] header."""
        found = []
        for i, line in enumerate(self.lines):
            if m := _HEADER_AOT.match(line):
                found.append((i, m[1], True))
            elif m := _HEADER_TABLE.match(line):
                found.append((i, m[1], False))
        return found

    def _span(self, start: int) -> range:
        following = [i for i, _, _ in self.headers if i > start]
        return range(start + 1, following[0] if following else len(self.lines))

    def _key_in(self, span: range, key: str) -> int | None:
        for i in span:
            m = _KEY.match(self.lines[i])
            if m and m[1] == key:
                return i + 1
        return None

    def record(self, table: str, index: int, key: str | None = None) -> int | None:
        items = [i for i, name, aot in self.headers if aot and name == table]
        if index >= len(items):
            return None
        start = items[index]
        if key is not None:
            return self._key_in(self._span(start), key) or start + 1
        return start + 1

    def table(self, table: str | None, key: str | None = None) -> int | None:
        if table is None:
            first = self.headers[0][0] if self.headers else len(self.lines)
            return self._key_in(range(first), key) if key else None
        for i, name, aot in self.headers:
            if name == table and not aot:
                if key is not None:
                    return self._key_in(self._span(i), key) or i + 1
                return i + 1
        return None


def field_name(loc: tuple[Any, ...]) -> str:
    """A pydantic error location as the dotted key a person sees: ("animator", "email") ->
    animator.email; list positions are left out."""
    return ".".join(str(p) for p in loc if not isinstance(p, int))


def number(value: Any) -> str:
    """A bound as Poles write it: 100 000, 1,5."""
    if isinstance(value, float):
        return format_decimal(value)
    return grouped(value) if isinstance(value, int) and not isinstance(value, bool) else str(value)


def describe(error: dict[str, Any]) -> str:
    """One pydantic error dict as a Polish sentence."""
    kind = error["type"]
    ctx = error.get("ctx") or {}
    value = error.get("input")
    shown = quoted(value) if not isinstance(value, dict | list) else "ta wartość"
    if kind == "missing":
        return "brak wymaganego pola"
    if kind in {"value_error", "assertion_error"}:
        return str(ctx.get("error", error["msg"]))
    if kind.startswith("int_"):
        return f"oczekiwano liczby całkowitej, jest {shown}"
    if kind == "finite_number":
        return f"oczekiwano zwykłej liczby (np. 8 albo 1.5), a nie nieskończoności ani nan, jest {shown}"
    if kind.startswith("float_"):
        return f"oczekiwano liczby (np. 8 albo 1.5), jest {shown}"
    if kind.startswith("bool_"):
        return f"oczekiwano true albo false (bez cudzysłowu), jest {shown}"
    if kind == "string_type":
        return f"oczekiwano tekstu w cudzysłowie, jest {shown}"
    if kind == "list_type":
        return f'oczekiwano listy, np. ["pierwszy", "drugi"], jest {shown}'
    if kind.startswith("date_") or kind.startswith("datetime_"):
        return f"oczekiwano daty (np. 2018-03-12), jest {shown}"
    if kind.startswith("time_"):
        return f'oczekiwano godziny (np. "17:00"), jest {shown}'
    if kind in {"model_type", "dict_type", "model_attributes_type"}:
        return f"oczekiwano tabeli z polami, jest {shown}"
    if kind == "greater_than_equal":
        return f"wartość musi być co najmniej {number(ctx.get('ge'))}, jest {shown}"
    if kind == "greater_than":
        return f"wartość musi być większa niż {number(ctx.get('gt'))}, jest {shown}"
    if kind == "less_than_equal":
        return f"wartość może wynosić najwyżej {number(ctx.get('le'))}, jest {shown}"
    if kind == "less_than":
        return f"wartość musi być mniejsza niż {number(ctx.get('lt'))}, jest {shown}"
    if kind in {"literal_error", "enum"}:
        # pydantic lists them in English: 'a', 'b' or 'c'
        expected = re.sub(r"'([^']*)'", r"„\1”", str(ctx.get("expected", ""))).replace(" or ", " albo ")
        return f"niedozwolona wartość {shown}; dozwolone: {expected}"
    if kind in {"string_too_short", "too_short"}:
        return "pole nie może być puste"
    if kind in {"string_too_long", "too_long"}:
        return f"za długa wartość {shown} (najwyżej {number(ctx.get('max_length'))})"
    if kind == "recursion_loop":
        return "wartość zagnieżdżona zbyt głęboko"
    # pydantic's own sentence is English: a person gets the value and the field, in Polish
    return f"niepoprawna wartość {shown}"


def field_errors(exc: ValidationError) -> list[tuple[tuple[Any, ...], str]]:
    """(location, Polish message) for every error of a ValidationError."""
    return [(tuple(err["loc"]), describe(err)) for err in exc.errors()]


def field_value(model: type[BaseModel], field: str, value: Any) -> Any:
    """A typed value as the model field reads and stores it ("1h30m", a date; 'wczoraj', which a
    file may not hold, is the day it names); ValueError with the Polish sentence when the field
    refuses it."""
    from emocni_cli.model.fields import value_form
    from emocni_cli.model.values import relative_date

    if (day := relative_date(value)) is not None and value_form(model, field) == "date":
        value = day
    record = model.model_construct()
    try:
        model.__pydantic_validator__.validate_assignment(record, field, value)
    except ValidationError as exc:
        raise ValueError(field_errors(exc)[0][1]) from None
    return record.model_dump(include={field})[field]


def invalid_input(exc: ValidationError) -> InputError:
    """Values typed in a command that do not make a valid record: every field with its problem."""
    details = "; ".join(f"{field_name(loc)}: {msg}" for loc, msg in field_errors(exc))
    return InputError(f"Niepoprawne dane: {details}.")


def unknown_keys(model: BaseModel) -> list[tuple[str, str]]:
    """Extra keys that look like typos of real fields: (key, suggested field)."""
    extras = model.__pydantic_extra__  # what model_extra returns, without a property call a record
    if not extras:
        return []
    fields = list(type(model).model_fields)
    out = []
    for key in extras:
        close = difflib.get_close_matches(key, fields, n=1, cutoff=0.8)
        if close:
            out.append((key, close[0]))
    return out
