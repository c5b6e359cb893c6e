"""One home per field: a field's Polish words are declared beside it on the model, read from here.

`about()` goes into the field's `Annotated[...]`; everything that names a field to a person — the
`show` and `list` tables, CSV headers, the comments of the starter files — asks these helpers, so
adding a field touches the model (and its CLI option), nothing else."""

from __future__ import annotations

import datetime as dt
import types
import typing
from typing import Any

from pydantic import BaseModel, Field


def about(
    label: str,
    *,
    comment: str | None = None,
    csv: str | None = None,
    column: str | None = None,
    **extra: Any,
) -> Any:
    """A field's Polish label (show), its one-line comment in the starter file (None: named with
    its neighbours on one line), its CSV header and its list-table header (both default to the
    label). `extra` rides along too (e.g. ref="partner")."""
    words = {"label": label, "comment": comment, "csv": csv or label, "column": column or label}
    return Field(json_schema_extra={**words, **extra})


def _words(model: type[BaseModel], name: str) -> dict[str, Any]:
    info = model.model_fields.get(name)
    extra = info.json_schema_extra if info is not None else None
    return extra if isinstance(extra, dict) else {}


def label(model: type[BaseModel], name: str) -> str:
    """The field's Polish name as `show` prints it; a key written by hand is shown as it is."""
    return _words(model, name).get("label", name)


def csv_header(model: type[BaseModel], name: str) -> str:
    return _words(model, name).get("csv", name)


def column_header(model: type[BaseModel], name: str) -> str:
    """The (often shorter) header of the field's column in `list` tables."""
    return _words(model, name).get("column", name)


def comment(model: type[BaseModel], name: str) -> str | None:
    return _words(model, name).get("comment")


def refers_to(model: type[BaseModel], name: str) -> str | None:
    """The kind of record a field names by id (about(..., ref="partner")), or None."""
    return _words(model, name).get("ref")


def _types(annotation: Any) -> set[Any]:
    """The plain types inside an annotation (unions and Annotated opened up)."""
    origin = typing.get_origin(annotation)
    if origin is typing.Annotated:
        return _types(typing.get_args(annotation)[0])
    if origin in (typing.Union, types.UnionType):
        return set().union(*(_types(arg) for arg in typing.get_args(annotation)))
    return {origin or annotation}


def value_form(model: type[BaseModel], name: str) -> str:
    """How a field's value is written for a person: "date", "list", "number" or "text"."""
    found = _types(model.model_fields[name].annotation) - {type(None)}
    if dt.date in found:
        return "date"
    if list in found:
        return "list"
    if found and found <= {int, float}:
        return "number"
    return "text"
