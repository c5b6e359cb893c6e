"""emocni consultation …: the animator's visits and remote advice."""

from __future__ import annotations

from typing import Any

import typer

from emocni_cli.cli import record_views as rc
from emocni_cli.cli.options import YES_OPTION, FieldOption, FieldOptions, root
from emocni_cli.cli.reading import workspace_for_reading
from emocni_cli.model import vocabularies as vocab
from emocni_cli.model.records import MAX_VISIT, REMOTE_BARE_HOURS, Consultation
from emocni_cli.model.statuses import EVENT_HELD, EVENT_PLANNED
from emocni_cli.model.values import DURATION_HELP
from emocni_cli.workspace.layout import CONSULTATIONS

app = typer.Typer(
    help="Konsultacje z animatorem: dwie wizyty w gminie oraz doradztwo "
    "telefoniczne / online (budżet ok. 8 h).",
    no_args_is_help=True,
)

FORM_HELP = "Forma: wizyta, online, telefon."
STATUS_HELP = "Status: " + ", ".join(vocab.EVENT_STATUSES.labels) + "."


OPTIONS = FieldOptions(
    Consultation,
    FieldOption("--form", "forma", FORM_HELP, short="-f"),
    FieldOption("--date", "data", "Data, np. 06.03.2018.", short="-d"),
    FieldOption(
        "--visit",
        "wizyta_nr",
        f"Numer wizyty w gminie: 1 albo 2 (liczą się do minimum); kolejne wizyty: 3 … {MAX_VISIT}.",
        type=int,
        min=1,
        max=MAX_VISIT,
    ),
    # typed: a bare "20" is read with the form (telefon, online: refused as unclear; see Consultation)
    FieldOption(
        "--duration",
        "czas",
        f"Czas trwania, {DURATION_HELP}; sama liczba to godziny "
        f"(dla telefonu i online najwyżej {REMOTE_BARE_HOURS}, więcej wpisz z jednostką: 20 min).",
        typed=True,
    ),
    FieldOption("--status", "status", STATUS_HELP),
    FieldOption("--time", "godzina", "Godzina, np. 10:00."),
    FieldOption("--place", "miejsce", "Miejsce (dla wizyt)."),
    FieldOption("--topic", "temat", "Temat konsultacji."),
    FieldOption("--notes", "notatki", "Notatki."),
)


@app.command("add")
@OPTIONS(without=["--status"], required=["--form", "--date"])
def add(
    ctx: typer.Context,
    *,
    fields: dict[str, Any],
    held: bool = typer.Option(False, "--held", help="Konsultacja już się odbyła."),
    id_: str | None = typer.Option(None, "--id", help="Własny identyfikator."),
) -> None:
    """Dodaj konsultację (wizytę animatora albo poradę telefoniczną / online)."""
    from emocni_cli.actions.records import add as add_record

    values = {**fields, "status": EVENT_HELD if held else EVENT_PLANNED}
    if id_:
        values["id"] = id_
    record = add_record(root(ctx), CONSULTATIONS, values)
    rc.added(CONSULTATIONS, record)
    rc.check_timing(CONSULTATIONS, record, f"emocni consultation edit {record.id} --held")


COLUMNS = rc.columns(Consultation, "id", "data", "forma", "wizyta_nr", "czas", "status", "temat")


@app.command("list")
def list_(ctx: typer.Context, as_json: bool = rc.JSON_OPTION) -> None:
    """Lista konsultacji (od najstarszej)."""
    rc.list_records(ctx, CONSULTATIONS, COLUMNS, as_json, sort=lambda c: c.data, optional=["temat"])


@app.command("show")
def show(
    ctx: typer.Context,
    consultation_id: str = rc.RECORD_ID,
    as_json: bool = rc.JSON_OPTION,
) -> None:
    """Pokaż wszystkie dane konsultacji."""
    rc.show_record(workspace_for_reading(ctx), CONSULTATIONS, consultation_id, as_json)


@app.command("edit")
@OPTIONS()
def edit(
    ctx: typer.Context,
    consultation_id: str = rc.RECORD_ID,
    *,
    fields: dict[str, Any],
    held: bool = typer.Option(False, "--held", help="Oznacz jako odbytą."),
) -> None:
    """Zmień dane konsultacji (podane opcje; "" usuwa wartość)."""
    from emocni_cli.actions.records import update

    values = {**fields, "status": EVENT_HELD} if held else fields
    rc.changed(CONSULTATIONS, update(root(ctx), CONSULTATIONS, consultation_id, values))


@app.command("remove")
def remove(
    ctx: typer.Context,
    consultation_id: str = rc.RECORD_ID,
    yes: bool = YES_OPTION,
) -> None:
    """Usuń konsultację."""
    rc.remove_record(ctx, CONSULTATIONS, consultation_id, yes)
