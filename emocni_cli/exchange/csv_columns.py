"""The columns of the CSV files: one a field, headed and written as the model declares it."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from emocni_cli.documents.context import number
from emocni_cli.model.field_types import vocabulary_of
from emocni_cli.model.fields import csv_header, value_form
from emocni_cli.model.values import format_date
from emocni_cli.workspace.layout import PARTNERS, RecordKind, training_kind

LIST_SEPARATOR = " | "
# A cell that Excel or Calc would run as a formula (=HYPERLINK(…), @SUM(…), +1+1, -2) or that
# starts with TAB or CR; also one that merely looks neutralised already ('=…), so that the
# apostrophe import removes is always one that export added.
_FORMULA = re.compile(r"'*[=+\-@\t\r]")


@dataclass(frozen=True)
class Column:
    key: str  # field of the model, also accepted as a header
    header: str  # Polish header written on export
    kind: str = "text"  # text, choice, date, list, number


def columns_of(kind: RecordKind) -> tuple[Column, ...]:
    """Every field of the record kind, in model order (model.fields: csv_header, value_form)."""
    model = kind.model
    return tuple(
        Column(
            name, csv_header(model, name), "choice" if vocabulary_of(model, name) else value_form(model, name)
        )
        for name in model.model_fields
    )


def kind_of(year: int | None) -> RecordKind:
    """Partners (no year) or the trainings of the annual plan of that year."""
    return PARTNERS if year is None else training_kind(year)


def cell(record: Any, column: Column) -> str:
    value = getattr(record, column.key, None)
    if value is None or value == []:
        return ""
    if column.kind == "choice":
        voc = vocabulary_of(type(record), column.key)
        return voc.label(value) if voc else str(value)
    if column.kind == "date" and isinstance(value, dt.date):
        return format_date(value)
    if column.kind == "list":
        return LIST_SEPARATOR.join(value)
    if column.kind == "number":
        return number(value)
    return str(value)


def neutralised(text: str) -> str:
    """A cell as export writes it: with an apostrophe in front when a spreadsheet would take it for
    a formula, as OWASP recommends against CSV injection ("+48 84 …" gets one too)."""
    return "'" + text if _FORMULA.match(text) else text


def restored(text: str) -> str:
    """A cell as import reads it: exactly the apostrophe neutralised() added taken off again."""
    return text[1:] if text.startswith("'") and _FORMULA.match(text) else text
