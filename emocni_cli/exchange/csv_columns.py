"""The columns of the CSV files: one a field, headed and written as the model declares it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from emocni_cli.documents.context import number
from emocni_cli.model.fields import csv_header, value_form
from emocni_cli.model.records import vocabulary_of
from emocni_cli.model.values import format_date
from emocni_cli.workspace.layout import PARTNERS, RecordKind, training_kind

LIST_SEPARATOR = " | "


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
