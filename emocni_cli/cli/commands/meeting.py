"""emocni meeting …: meetings of the partnership."""

from __future__ import annotations

import datetime as dt
from typing import Any

import typer

from emocni_cli.cli import record_views as rc
from emocni_cli.cli.options import changes, opt_date, parse_opt, root
from emocni_cli.model import vocabularies as vocab
from emocni_cli.model.fields import label
from emocni_cli.model.records import Meeting
from emocni_cli.model.values import parse_time
from emocni_cli.workspace.load import MEETINGS

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
        **_options({**ctx.params, "status": "odbyte" if held else "planowane"}),
    }
    if id_:
        values["id"] = id_
    record = add_record(root(ctx), MEETINGS, values)
    rc.added(MEETINGS, record)
    rc.check_timing(MEETINGS, record, held, f"emocni meeting held {record.id}")


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

    values = _options({**ctx.params, "attendance_list": attendance_list or None, "status": "odbyte"})
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
