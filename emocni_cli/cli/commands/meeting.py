"""emocni meeting …: meetings of the partnership."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import typer

from emocni_cli.cli import record_views as rc
from emocni_cli.cli.document_output import FORCE_OPTION, OUTPUT_OPTION, TEMPLATE_OPTION, write_document
from emocni_cli.cli.options import changes, opt_date, parse_opt, root
from emocni_cli.model import vocabularies as vocab
from emocni_cli.model.statuses import EVENT_HELD, EVENT_PLANNED
from emocni_cli.model.values import parse_time
from emocni_cli.workspace.layout import MEETINGS

app = typer.Typer(help="Spotkania partnerstwa (w tym inicjujące).", no_args_is_help=True)

KIND_HELP = "Rodzaj: " + ", ".join(vocab.MEETING_KINDS.labels) + "."
STATUS_HELP = "Status: " + ", ".join(vocab.EVENT_STATUSES.labels) + "."


def _options(params: dict[str, Any]) -> dict[str, Any]:
    """The fields given by the command's options (click's ctx.params, by parameter name)."""
    kind, time, status = params.get("kind"), params.get("time"), params.get("status")
    return changes(
        rodzaj=None if kind is None else parse_opt(vocab.MEETING_KINDS.parse, kind, "--kind"),
        godzina=None if not time else parse_opt(parse_time, time, "--time"),
        miejsce=params.get("place"),
        tytul=params.get("title"),
        obecni=params.get("attendee") or None,
        liczba_osob=params.get("people"),
        porzadek=params.get("agenda") or None,
        notatki=params.get("notes"),
        decyzje=params.get("decision") or None,
        zadania=params.get("task") or None,
        lista_obecnosci=params.get("attendance_list"),
        protokol=params.get("minutes"),
        status=None if status is None else parse_opt(vocab.EVENT_STATUSES.parse, status, "--status"),
    )


ATTENDEE = typer.Option(None, "--attendee", "-a", help="Id partnera obecnego na spotkaniu (można powtarzać).")
PEOPLE = typer.Option(None, "--people", min=0, help="Liczba osób na spotkaniu.")
AGENDA = typer.Option(None, "--agenda", help="Punkt porządku spotkania (można powtarzać).")
DECISION = typer.Option(None, "--decision", help="Podjęta decyzja (można powtarzać).")
TASK = typer.Option(None, "--task", help="Zadanie do wykonania (można powtarzać).")
NOTES = typer.Option(None, "--notes", help="Notatka / protokół.")
ATT_LIST = typer.Option(False, "--attendance-list", help="Jest podpisana lista obecności.")
MINUTES = typer.Option(False, "--minutes", help="Sporządzono protokół / notatkę.")


@app.command("add")
def add(
    ctx: typer.Context,
    date: str = typer.Option(..., "--date", "-d", help="Data, np. 21.11.2017 lub 2017-11-21."),
    kind: str = typer.Option("robocze", "--kind", "-k", help=KIND_HELP),
    time: str | None = typer.Option(None, "--time", help="Godzina, np. 17:00."),
    place: str | None = typer.Option(None, "--place", help="Miejsce spotkania."),
    title: str | None = typer.Option(None, "--title", help="Krótki tytuł spotkania."),
    held: bool = typer.Option(False, "--held", help="Spotkanie już się odbyło."),
    attendee: list[str] | None = ATTENDEE,
    people: int | None = PEOPLE,
    agenda: list[str] | None = AGENDA,
    notes: str | None = NOTES,
    decision: list[str] | None = DECISION,
    task: list[str] | None = TASK,
    attendance_list: bool = ATT_LIST,
    minutes: bool = MINUTES,
    id_: str | None = typer.Option(None, "--id", help="Własny identyfikator (domyślnie data)."),
) -> None:
    """Dodaj spotkanie partnerstwa."""
    from emocni_cli.actions.records import add as add_record

    values = {
        "data": opt_date(date),
        **_options({**ctx.params, "status": EVENT_HELD if held else EVENT_PLANNED}),
    }
    if id_:
        values["id"] = id_
    record = add_record(root(ctx), MEETINGS, values)
    rc.added(MEETINGS, record)
    rc.check_timing(MEETINGS, record, f"emocni meeting held {record.id}")


COLUMNS = [
    rc.field("id", "id"),
    ("data", lambda m: f"{rc.shown(m, 'data')} {rc.shown(m, 'godzina')}".strip()),
    rc.field("rodzaj"),
    rc.field("status"),
    rc.field("miejsce"),
    rc.field("liczba_osob", "osób"),
]


@app.command("list")
def list_(ctx: typer.Context, as_json: bool = rc.JSON_OPTION) -> None:
    """Lista spotkań (od najstarszego)."""
    rc.list_records(ctx, MEETINGS, COLUMNS, as_json, sort=lambda m: (m.data, m.godzina or dt.time()))


@app.command("show")
def show(
    ctx: typer.Context,
    meeting_id: str = typer.Argument(..., metavar="ID", help="Identyfikator rekordu (zob. list)."),
    as_json: bool = rc.JSON_OPTION,
) -> None:
    """Pokaż wszystkie dane spotkania."""
    rc.show_record(ctx, MEETINGS, meeting_id, as_json)


@app.command("held")
def held(
    ctx: typer.Context,
    meeting_id: str = typer.Argument(..., metavar="ID", help="Identyfikator rekordu (zob. list)."),
    attendee: list[str] | None = ATTENDEE,
    people: int | None = PEOPLE,
    notes: str | None = NOTES,
    decision: list[str] | None = DECISION,
    attendance_list: bool = ATT_LIST,
) -> None:
    """Oznacz spotkanie jako odbyte (opcjonalnie z obecnymi, liczbą osób i notatką)."""
    from emocni_cli.actions.records import update

    values = _options({**ctx.params, "attendance_list": attendance_list or None, "status": EVENT_HELD})
    rc.changed(MEETINGS, update(root(ctx), MEETINGS, meeting_id, values))


@app.command("edit")
def edit(
    ctx: typer.Context,
    meeting_id: str = typer.Argument(..., metavar="ID", help="Identyfikator rekordu (zob. list)."),
    date: str | None = typer.Option(None, "--date", "-d", help="Nowa data."),
    kind: str | None = typer.Option(None, "--kind", "-k", help=KIND_HELP),
    status: str | None = typer.Option(None, "--status", help=STATUS_HELP),
    time: str | None = typer.Option(None, "--time", help='Godzina ("" usuwa).'),
    place: str | None = typer.Option(None, "--place", help='Miejsce ("" usuwa).'),
    title: str | None = typer.Option(None, "--title", help='Tytuł ("" usuwa).'),
    attendee: list[str] | None = typer.Option(
        None, "--attendee", "-a", help="Zastępuje listę obecnych partnerów (można powtarzać)."
    ),
    people: int | None = PEOPLE,
    agenda: list[str] | None = typer.Option(None, "--agenda", help="Zastępuje porządek spotkania."),
    notes: str | None = NOTES,
    decision: list[str] | None = typer.Option(None, "--decision", help="Zastępuje listę decyzji."),
    task: list[str] | None = typer.Option(None, "--task", help="Zastępuje listę zadań."),
    attendance_list: bool | None = typer.Option(
        None, "--attendance-list/--no-attendance-list", help="Czy jest podpisana lista obecności."
    ),
    minutes: bool | None = typer.Option(None, "--minutes/--no-minutes", help="Czy sporządzono protokół."),
) -> None:
    """Zmień dane spotkania (podane opcje; reszta pliku zostaje bez zmian)."""
    from emocni_cli.actions.records import update

    values = _options(ctx.params)
    if time == "":
        values["godzina"] = None
    if date is not None:
        values["data"] = opt_date(date)
    rc.changed(MEETINGS, update(root(ctx), MEETINGS, meeting_id, values))


@app.command("remove")
def remove(
    ctx: typer.Context,
    meeting_id: str = typer.Argument(..., metavar="ID", help="Identyfikator rekordu (zob. list)."),
) -> None:
    """Usuń spotkanie."""
    rc.remove_record(ctx, MEETINGS, meeting_id)


MEETING_ID = typer.Argument(..., metavar="ID", help="Identyfikator spotkania (zob. meeting list).")
DEFAULT_BLANK_ROWS = 5


@app.command("sheet")
def write_sheet(
    ctx: typer.Context,
    meeting_id: str = MEETING_ID,
    blank_rows: int = typer.Option(
        DEFAULT_BLANK_ROWS, "--blank-rows", min=0, max=200, help="Ile pustych wierszy dodać na końcu."
    ),
    out: Path | None = OUTPUT_OPTION,
    template: Path | None = TEMPLATE_OPTION,
    force: bool = FORCE_OPTION,
) -> None:
    """Lista obecności na spotkanie (.docx, A4): osoby kontaktowe partnerów i puste wiersze.

    Gdy spotkanie ma zapisanych obecnych partnerów, lista zawiera tylko ich; inaczej — wszystkich."""
    from emocni_cli.documents.paperwork import attendance_list
    from emocni_cli.documents.render import ATTENDANCE_LIST

    data = attendance_list(rc.workspace(ctx), meeting_id, blank_rows, dt.date.today())
    write_document(ctx, ATTENDANCE_LIST, data, out, template, force)


@app.command("minutes")
def write_minutes(
    ctx: typer.Context,
    meeting_id: str = MEETING_ID,
    out: Path | None = OUTPUT_OPTION,
    template: Path | None = TEMPLATE_OPTION,
    force: bool = FORCE_OPTION,
) -> None:
    """Protokół ze spotkania (.docx): obecni, porządek, przebieg, decyzje, zadania, podpis."""
    from emocni_cli.documents.paperwork import minutes
    from emocni_cli.documents.render import MINUTES

    data = minutes(rc.workspace(ctx), meeting_id, dt.date.today())
    write_document(ctx, MINUTES, data, out, template, force)
