"""emocni meeting …: meetings of the partnership."""

from __future__ import annotations

import datetime as dt
from typing import Any

import typer

from emocni_cli.cli import record_views as rc
from emocni_cli.cli.document_output import writes_document
from emocni_cli.cli.options import YES_OPTION, FieldOption, FieldOptions, root
from emocni_cli.cli.reading import workspace_for_reading
from emocni_cli.documents.render import ATTENDANCE_LIST, MINUTES, DocumentData
from emocni_cli.model import vocabularies as vocab
from emocni_cli.model.fields import label
from emocni_cli.model.records import Meeting
from emocni_cli.model.statuses import EVENT_HELD, EVENT_PLANNED
from emocni_cli.workspace.layout import MEETINGS

app = typer.Typer(help="Spotkania partnerstwa (w tym inicjujące).", no_args_is_help=True)

KIND_HELP = "Rodzaj: " + ", ".join(vocab.MEETING_KINDS.labels) + "."
STATUS_HELP = "Status: " + ", ".join(vocab.EVENT_STATUSES.labels) + "."


OPTIONS = FieldOptions(
    Meeting,
    FieldOption("--date", "data", "Data, np. 21.11.2017 lub 2017-11-21.", short="-d"),
    FieldOption("--kind", "rodzaj", KIND_HELP, short="-k"),
    FieldOption("--status", "status", STATUS_HELP),
    FieldOption("--time", "godzina", "Godzina, np. 17:00."),
    FieldOption("--place", "miejsce", "Miejsce spotkania."),
    FieldOption("--title", "tytul", "Krótki tytuł spotkania."),
    FieldOption(
        "--attendee", "obecni", "Id partnera obecnego na spotkaniu (można powtarzać).", type=list, short="-a"
    ),
    FieldOption(
        "--guest",
        "goscie",
        "Gość spoza partnerstwa: instytucja lub osoba (można powtarzać; w held i edit zastępuje listę), "
        'np. "Parafia św. Wawrzyńca".',
        type=list,
    ),
    FieldOption("--people", "liczba_osob", "Liczba osób na spotkaniu.", type=int, min=0),
    FieldOption("--chair", "prowadzacy", "Kto prowadził spotkanie (domyślnie e-Mocarz)."),
    FieldOption("--minute-taker", "protokolant", "Kto sporządził protokół (domyślnie e-Mocarz)."),
    FieldOption(
        "--minutes-number",
        "numer_protokolu",
        'Numer protokołu, np. "3/2018" (domyślnie kolejny numer odbytego spotkania w roku).',
    ),
    FieldOption("--agenda", "porzadek", "Punkt porządku spotkania (można powtarzać).", type=list),
    FieldOption("--notes", "notatki", "Notatka / protokół."),
    FieldOption("--decision", "decyzje", "Podjęta decyzja (można powtarzać).", type=list),
    FieldOption("--task", "zadania", "Zadanie do wykonania (można powtarzać).", type=list),
    FieldOption(
        "--attendance-list",
        "lista_obecnosci",
        "Jest podpisana lista obecności.",
        type=bool,
        off="--no-attendance-list",
    ),
    FieldOption("--minutes", "protokol", "Sporządzono protokół / notatkę.", type=bool, off="--no-minutes"),
)


@app.command("add")
@OPTIONS(without=["--status"], required=["--date"])
def add(
    ctx: typer.Context,
    *,
    fields: dict[str, Any],
    held: bool = typer.Option(False, "--held", help="Spotkanie już się odbyło."),
    id_: str | None = typer.Option(None, "--id", help="Własny identyfikator (domyślnie data)."),
) -> None:
    """Dodaj spotkanie partnerstwa."""
    from emocni_cli.actions.records import add as add_record

    values = {**fields, "status": EVENT_HELD if held else EVENT_PLANNED}
    if id_:
        values["id"] = id_
    record = add_record(root(ctx), MEETINGS, values)
    rc.added(MEETINGS, record)
    rc.check_timing(MEETINGS, record, f"emocni meeting held {record.id}")


COLUMNS = [
    *rc.columns(Meeting, "id"),
    (label(Meeting, "data"), lambda m: f"{rc.shown(m, 'data')} {rc.shown(m, 'godzina')}".strip()),
    *rc.columns(Meeting, "rodzaj", "status", "miejsce", "liczba_osob"),
]


@app.command("list")
def list_(ctx: typer.Context, as_json: bool = rc.JSON_OPTION) -> None:
    """Lista spotkań (od najstarszego)."""
    rc.list_records(ctx, MEETINGS, COLUMNS, as_json, sort=lambda m: (m.data, m.godzina or dt.time()))


@app.command("show")
def show(
    ctx: typer.Context,
    meeting_id: str = rc.RECORD_ID,
    as_json: bool = rc.JSON_OPTION,
) -> None:
    """Pokaż wszystkie dane spotkania."""
    rc.show_record(workspace_for_reading(ctx), MEETINGS, meeting_id, as_json)


@app.command("held")
@OPTIONS(
    "--attendee",
    "--guest",
    "--people",
    "--chair",
    "--minute-taker",
    "--notes",
    "--decision",
    "--attendance-list",
)
def held(
    ctx: typer.Context,
    meeting_id: str = rc.RECORD_ID,
    *,
    fields: dict[str, Any],
) -> None:
    """Oznacz spotkanie jako odbyte (opcjonalnie z obecnymi partnerami, gośćmi, liczbą osób i notatką)."""
    from emocni_cli.actions.records import update

    rc.changed(MEETINGS, update(root(ctx), MEETINGS, meeting_id, {**fields, "status": EVENT_HELD}))


@app.command("edit")
@OPTIONS(switches=True)
def edit(
    ctx: typer.Context,
    meeting_id: str = rc.RECORD_ID,
    *,
    fields: dict[str, Any],
) -> None:
    """Zmień dane spotkania (podane opcje; "" usuwa wartość; listy zastępują dotychczasowe; reszta
    pliku zostaje bez zmian)."""
    from emocni_cli.actions.records import update

    rc.changed(MEETINGS, update(root(ctx), MEETINGS, meeting_id, fields))


@app.command("remove")
def remove(
    ctx: typer.Context,
    meeting_id: str = rc.RECORD_ID,
    yes: bool = YES_OPTION,
) -> None:
    """Usuń spotkanie."""
    rc.remove_record(ctx, MEETINGS, meeting_id, yes)


MEETING_ID = typer.Argument(..., metavar="ID", help="Identyfikator spotkania (zob. meeting list).")
DEFAULT_BLANK_ROWS = 5


@app.command("sheet")
@writes_document(ATTENDANCE_LIST)
def write_sheet(
    ctx: typer.Context,
    meeting_id: str = MEETING_ID,
    blank_rows: int = typer.Option(
        DEFAULT_BLANK_ROWS, "--blank-rows", min=0, max=200, help="Ile pustych wierszy dodać na końcu."
    ),
) -> DocumentData:
    """Lista obecności na spotkanie (.docx, A4): osoby kontaktowe partnerów, goście i puste wiersze.

    Gdy spotkanie ma zapisanych obecnych partnerów, lista zawiera tylko ich; inaczej — wszystkich,
    którzy nie wystąpili z partnerstwa przed datą spotkania. Goście (--guest) mają własne wiersze."""
    from emocni_cli.documents.paperwork import attendance_list

    return attendance_list(rc.workspace(ctx), meeting_id, blank_rows)


@app.command(
    "minutes",
    help="Protokół ze spotkania (.docx): obecni partnerzy i goście, porządek, przebieg, decyzje, "
    "zadania, podpis.\n\n"
    "--date wpisuje datę sporządzenia protokołu przy podpisie protokolanta (nie wcześniejszą niż "
    "dzień spotkania); bez niej zostaje miejsce na datę wpisaną odręcznie.",
)
@writes_document(
    MINUTES,
    dated=True,
    date_help="Dzień sporządzenia protokołu, np. 12.04.2018 (nie wcześniej niż spotkanie).",
)
def write_minutes(
    ctx: typer.Context,
    prepared: dt.date | None,
    meeting_id: str = MEETING_ID,
) -> DocumentData:
    from emocni_cli.documents.paperwork import minutes

    return minutes(rc.workspace(ctx), meeting_id, prepared)
