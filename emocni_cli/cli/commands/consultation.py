"""emocni consultation …: the animator's visits and remote advice."""

from __future__ import annotations

from typing import Any

import typer

from emocni_cli.cli import record_views as rc
from emocni_cli.cli.options import changes, opt_date, parse_opt, root
from emocni_cli.errors import InputError
from emocni_cli.model import vocabularies as vocab
from emocni_cli.model.records import Consultation
from emocni_cli.model.values import DURATION_HELP, format_duration, parse_duration, parse_time
from emocni_cli.workspace.load import CONSULTATIONS

app = typer.Typer(
    help="Konsultacje z animatorem: dwie wizyty w gminie oraz doradztwo "
    "telefoniczne / online (budżet ok. 8 h).",
    no_args_is_help=True,
)

FORM_HELP = "Forma: wizyta, online, telefon."
STATUS_HELP = "Status: " + ", ".join(vocab.EVENT_STATUSES.labels) + "."


def _options(
    form: str | None,
    visit: int | None,
    duration: str | None,
    time: str | None,
    place: str | None,
    topic: str | None,
    notes: str | None,
    status: str | None,
) -> dict[str, Any]:
    return changes(
        forma=None if form is None else parse_opt(vocab.CONSULTATION_FORMS.parse, form, "--form"),
        wizyta_nr=visit,
        # the model reads a bare number as hours: hand it the parsed minutes as "1h30m"
        czas=None if not duration else format_duration(parse_opt(parse_duration, duration, "--duration")),
        godzina=None if not time else parse_opt(parse_time, time, "--time"),
        miejsce=place,
        temat=topic,
        notatki=notes,
        status=None if status is None else parse_opt(vocab.EVENT_STATUSES.parse, status, "--status"),
    )


VISIT = typer.Option(None, "--visit", min=1, max=2, help="Numer wizyty w gminie: 1 albo 2.")
DURATION = typer.Option(None, "--duration", help=f"Czas trwania, {DURATION_HELP}.")


@app.command("add")
def add(
    ctx: typer.Context,
    form: str = typer.Option(..., "--form", "-f", help=FORM_HELP),
    date: str = typer.Option(..., "--date", "-d", help="Data, np. 06.03.2018."),
    visit: int | None = VISIT,
    duration: str | None = DURATION,
    held: bool = typer.Option(False, "--held", help="Konsultacja już się odbyła."),
    time: str | None = typer.Option(None, "--time", help="Godzina, np. 10:00."),
    place: str | None = typer.Option(None, "--place", help="Miejsce (dla wizyt)."),
    topic: str | None = typer.Option(None, "--topic", help="Temat konsultacji."),
    notes: str | None = typer.Option(None, "--notes", help="Notatki."),
    id_: str | None = typer.Option(None, "--id", help="Własny identyfikator."),
) -> None:
    """Dodaj konsultację (wizytę animatora albo poradę telefoniczną / online)."""
    from emocni_cli.actions.records import add as add_record

    values = {
        "data": opt_date(date),
        **_options(form, visit, duration, time, place, topic, notes, "odbyte" if held else "planowane"),
    }
    if values["forma"] == "wizyta" and visit is None:
        raise InputError("Dla wizyty w gminie podaj jej numer: --visit 1 albo --visit 2.")
    if id_:
        values["id"] = id_
    record = add_record(root(ctx), CONSULTATIONS, values)
    rc.added(CONSULTATIONS, record)
    rc.check_timing(CONSULTATIONS, record, held, f"emocni consultation edit {record.id} --held")


COLUMNS = rc.columns(Consultation, "id", "data", "forma", "wizyta_nr", "czas", "status", "temat")


@app.command("list")
def list_(ctx: typer.Context, as_json: bool = rc.JSON_OPTION) -> None:
    """Lista konsultacji (od najstarszej)."""
    rc.list_records(ctx, CONSULTATIONS, COLUMNS, as_json, sort=lambda c: c.data, optional=["temat"])


@app.command("show")
def show(
    ctx: typer.Context,
    consultation_id: str = typer.Argument(..., metavar="ID", help="Identyfikator rekordu (zob. list)."),
    as_json: bool = rc.JSON_OPTION,
) -> None:
    """Pokaż wszystkie dane konsultacji."""
    rc.show_record(ctx, CONSULTATIONS, consultation_id, as_json)


@app.command("edit")
def edit(
    ctx: typer.Context,
    consultation_id: str = typer.Argument(..., metavar="ID", help="Identyfikator rekordu (zob. list)."),
    form: str | None = typer.Option(None, "--form", "-f", help=FORM_HELP),
    date: str | None = typer.Option(None, "--date", "-d", help="Nowa data."),
    visit: int | None = VISIT,
    duration: str | None = DURATION,
    status: str | None = typer.Option(None, "--status", help=STATUS_HELP),
    held: bool = typer.Option(False, "--held", help="Oznacz jako odbytą."),
    time: str | None = typer.Option(None, "--time", help="Godzina."),
    place: str | None = typer.Option(None, "--place", help='Miejsce ("" usuwa).'),
    topic: str | None = typer.Option(None, "--topic", help='Temat ("" usuwa).'),
    notes: str | None = typer.Option(None, "--notes", help='Notatki ("" usuwa).'),
) -> None:
    """Zmień dane konsultacji."""
    from emocni_cli.actions.records import update

    values = _options(form, visit, duration, time, place, topic, notes, "odbyte" if held else status)
    if date is not None:
        values["data"] = opt_date(date)
    rc.changed(CONSULTATIONS, update(root(ctx), CONSULTATIONS, consultation_id, values))


@app.command("remove")
def remove(
    ctx: typer.Context,
    consultation_id: str = typer.Argument(..., metavar="ID", help="Identyfikator rekordu (zob. list)."),
) -> None:
    """Usuń konsultację."""
    rc.remove_record(ctx, CONSULTATIONS, consultation_id)
