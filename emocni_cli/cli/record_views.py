"""The list / show / remove behaviour shared by partner, meeting, consultation and webinar."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from functools import partial
from typing import TYPE_CHECKING, Any

import typer

from emocni_cli.cli import output
from emocni_cli.cli.options import root
from emocni_cli.cli.reading import refuse_if_left_out, workspace_for_reading
from emocni_cli.errors import RefusedError
from emocni_cli.model.field_types import minutes_fields, vocabulary_of
from emocni_cli.model.fields import column_header, label
from emocni_cli.model.statuses import held_too_early, overdue
from emocni_cli.model.values import format_date, format_decimal, format_minutes
from emocni_cli.polish import NO, YES
from emocni_cli.workspace.layout import RecordKind
from emocni_cli.workspace.load import Workspace, load

if TYPE_CHECKING:
    from pydantic import BaseModel

Column = tuple[str, Callable[[Any], str]]


def shown(record: Any, name: str) -> str:
    """A field's value as a person reads it: Polish dates, labels instead of codes."""
    value = getattr(record, name, None)
    if value is None or value == []:
        return ""
    voc = vocabulary_of(type(record), name)
    if voc is not None:
        return voc.label(value)
    if isinstance(value, bool):
        return YES if value else NO
    if isinstance(value, float):
        return format_decimal(value)
    if isinstance(value, dt.date):
        return format_date(value)
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    if isinstance(value, str):  # a text, as it is stored
        return value
    if name in minutes_fields(type(record)):
        return format_minutes(value)
    if name in type(record).model_fields:  # as the field writes itself: a time "17:00"
        value = record.model_dump(include={name})[name]
    return str(value)


def detail(record: Any, name: str) -> str:
    """Like shown(), but a list of two or more sentences (agenda, decisions…) one item a line."""
    value = getattr(record, name, None)
    if isinstance(value, list) and len(value) > 1 and any(" " in str(v) for v in value):
        return "\n".join(f"– {v}" for v in value)
    return shown(record, name)


def columns(model: type[BaseModel], *names: str) -> list[Column]:
    """Table columns of these fields, headed as the model declares (model.fields.column_header)."""
    return [(column_header(model, name), partial(shown, name=name)) for name in names]


def json_record(record: Any) -> dict[str, Any]:
    """A record for --json: its fields as in the file, and each duration also as whole minutes
    under NAME_min (e.g. "czas": "1h30m", "czas_min": 90) for scripts to add up."""
    data = record.model_dump(mode="json", exclude_none=True)
    for name in minutes_fields(type(record)):
        if getattr(record, name, None) is not None:
            data[f"{name}_min"] = getattr(record, name)
    return data


def workspace(ctx: typer.Context) -> Workspace:
    return load(root(ctx))


def list_records(
    ctx: typer.Context,
    kind: RecordKind,
    columns: Sequence[Column],
    as_json: bool,
    sort: Callable[[Any], Any] | None = None,
    optional: Sequence[str] = (),
) -> None:
    """The records as a table; `optional` columns give way in a narrow console (see output.table).
    Read despite errors: what validates is listed, the problems are printed above it."""
    ws = workspace_for_reading(ctx)
    items = sorted(ws.of(kind), key=sort) if sort else ws.of(kind)
    if as_json:
        output.emit_json([json_record(r) for r in items])
        return
    if not items:
        if not any(item.file == kind.file for item in ws.left_out):  # else: said above
            output.info(f"Brak rekordów w pliku {kind.file}. Dodaj: emocni {kind.key} add --help")
        return
    rows = ([fn(r) for _, fn in columns] for r in items)
    left_out = output.table([h for h, _ in columns], rows, optional=optional)
    output.info(f"Razem: {len(items)}")
    if left_out:
        names = ", ".join(left_out)
        output.info(f"Nie mieści się w oknie: {names} — poszerz okno albo zobacz: emocni {kind.key} show ID")


def show_record(
    ws: Workspace,
    kind: RecordKind,
    record_id: str,
    as_json: bool,
    extra: Callable[[Workspace, Any], list[tuple[str, str]]] | None = None,
) -> None:
    """One record of a workspace read for reading (cli/reading.py), or why it cannot be shown."""
    from emocni_cli.actions.records import get

    if ws.find(kind, record_id) is None:
        refuse_if_left_out(ws, record_id, [kind.file])
    record = get(ws, kind, record_id)
    if as_json:
        output.emit_json(json_record(record))
        return
    model = type(record)
    pairs = [(label(model, name), detail(record, name)) for name in model.model_fields]
    pairs += [(key, str(value)) for key, value in (record.model_extra or {}).items()]
    if extra:
        pairs += extra(ws, record)
    output.details(f"{kind.noun.capitalize()} {record.id} ({kind.file})", pairs)


def remove_record(
    ctx: typer.Context, kind: RecordKind, record_id: str, yes: bool, force: bool = False
) -> None:
    """Remove one record, after asking in a terminal (the id is checked first: no question about
    a record that is not there)."""
    from emocni_cli.actions.records import get, remove

    folder = root(ctx)
    if not yes and output.interactive():
        record = get(load(folder), kind, record_id)
        name = getattr(record, "nazwa", None) or getattr(record, "tytul", None)
        what = f"{kind.noun_acc} „{record_id}”" + (f" ({name})" if name and name != record_id else "")
        if not output.confirmed(f"Usunąć {what} z pliku {kind.file}?", yes):
            raise RefusedError(f"Nie usunięto — plik {kind.file} jest bez zmian.")
    dropped = remove(folder, kind, record_id, force=force)
    for ref in dropped:
        output.warning(f"usunięto odwołanie: {ref}")
    output.success(f"Usunięto {kind.noun_acc} „{record_id}” z pliku {kind.file}.")
    output.info("Jeśli to pomyłka, przywróć: emocni undo")


def added(kind: RecordKind, record: Any) -> None:
    output.success(f"Dodano {kind.noun_acc} „{record.id}” do pliku {kind.file}.")
    output.data_line(record.id)


_IF_HELD = {
    "meeting": "jeśli spotkanie się odbyło, zapisz to",
    "consultation": "jeśli konsultacja się odbyła, zapisz to",
    "webinar": "jeśli udział w webinarium był, zapisz go",
    "training": "jeśli szkolenie się odbyło, zapisz to",
}


def check_timing(kind: RecordKind, record: Any, mark_held: str) -> None:
    """Warn about an event whose status does not fit its date: past but planned (`mark_held` is
    the command that records it as held), or in the future but already held."""
    today = dt.date.today()
    if overdue(record, today):
        if_held = _IF_HELD[kind.key]
        output.warning(f"data jest w przeszłości, a status to „planowane” — {if_held}: {mark_held}")
    elif held_too_early(record, today):
        output.warning(
            f"data {format_date(record.data)} jest w przyszłości, a status to „odbyte” — sprawdź datę "
            f"(zmiana: emocni {kind.key} edit {record.id} --date …)"
        )


def changed(kind: RecordKind, record: Any) -> None:
    output.success(f"Zapisano zmiany: {kind.noun} „{record.id}” ({kind.file}).")


RECORD_ID = typer.Argument(..., metavar="ID", help="Identyfikator rekordu (zob. list).")
JSON_OPTION = typer.Option(False, "--json", help="Wypisz dane jako JSON (UTF-8, daty ISO).")
