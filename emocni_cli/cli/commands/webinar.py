"""emocni webinar …: webinars of the series „Mocni w partnerstwie” and others."""

from __future__ import annotations

from typing import Any

import typer

from emocni_cli.cli import record_views as rc
from emocni_cli.cli.options import YES_OPTION, FieldOption, FieldOptions, root
from emocni_cli.cli.reading import workspace_for_reading
from emocni_cli.model import vocabularies as vocab
from emocni_cli.model.records import Webinar
from emocni_cli.model.statuses import EVENT_HELD, EVENT_PLANNED
from emocni_cli.workspace.layout import WEBINARS

app = typer.Typer(help="Udział w webinariach (cykl „Mocni w partnerstwie”).", no_args_is_help=True)

STATUS_HELP = "Status: " + ", ".join(vocab.EVENT_STATUSES.labels) + " (odbyte = udział wzięty)."


OPTIONS = FieldOptions(
    Webinar,
    FieldOption("--title", "tytul", "Nowy tytuł."),
    FieldOption("--date", "data", "Data webinarium lub obejrzenia nagrania, np. 12.09.2018.", short="-d"),
    FieldOption("--status", "status", STATUS_HELP),
    FieldOption(
        "--recording",
        "udzial",
        "Obejrzano nagranie (nie na żywo).",
        type=bool,
        off="--live",
        value=lambda recording: "nagranie" if recording else "na_zywo",
    ),
    FieldOption(
        "--not-series",
        "cykl",
        "Webinarium spoza cyklu „Mocni w partnerstwie”.",
        type=bool,
        off="--series",
        value=lambda not_series: not not_series,
    ),
    FieldOption("--person", "uczestnicy", "Kto brał udział (można powtarzać).", type=list),
    FieldOption("--notes", "notatki", "Notatki."),
)


@app.command("add")
@OPTIONS(without=["--title", "--status"], required=["--date"])
def add(
    ctx: typer.Context,
    title: str = typer.Argument(..., metavar="TYTUŁ", help="Tytuł webinarium."),
    *,
    fields: dict[str, Any],
    held: bool = typer.Option(False, "--held", help="Webinarium już się odbyło i gmina wzięła w nim udział."),
    id_: str | None = typer.Option(None, "--id", help="Własny identyfikator (domyślnie z tytułu)."),
) -> None:
    """Dodaj webinarium: zaplanowane albo (z --held) takie, w którym udział już był."""
    from emocni_cli.actions.records import add as add_record

    values = {"tytul": title, **fields, "status": EVENT_HELD if held else EVENT_PLANNED}
    if id_:
        values["id"] = id_
    record = add_record(root(ctx), WEBINARS, values)
    rc.added(WEBINARS, record)
    rc.check_timing(WEBINARS, record, f"emocni webinar held {record.id}")


COLUMNS = rc.columns(Webinar, "id", "data", "tytul", "status", "udzial", "cykl")


@app.command("list")
def list_(ctx: typer.Context, as_json: bool = rc.JSON_OPTION) -> None:
    """Lista webinariów (od najstarszego)."""
    rc.list_records(ctx, WEBINARS, COLUMNS, as_json, sort=lambda w: w.data)


@app.command("show")
def show(
    ctx: typer.Context,
    webinar_id: str = rc.RECORD_ID,
    as_json: bool = rc.JSON_OPTION,
) -> None:
    """Pokaż dane webinarium."""
    rc.show_record(workspace_for_reading(ctx), WEBINARS, webinar_id, as_json)


@app.command("held")
@OPTIONS("--recording", "--date", "--person", "--notes")
def held(
    ctx: typer.Context,
    webinar_id: str = rc.RECORD_ID,
    *,
    fields: dict[str, Any],
) -> None:
    """Zapisz udział w webinarium (na żywo albo z --recording: obejrzenie nagrania, wtedy --date to
    dzień obejrzenia)."""
    from emocni_cli.actions.records import update

    rc.changed(WEBINARS, update(root(ctx), WEBINARS, webinar_id, {**fields, "status": EVENT_HELD}))


@app.command("edit")
@OPTIONS(switches=True)
def edit(
    ctx: typer.Context,
    webinar_id: str = rc.RECORD_ID,
    *,
    fields: dict[str, Any],
) -> None:
    """Zmień dane webinarium (podane opcje; "" usuwa wartość; --person zastępuje listę)."""
    from emocni_cli.actions.records import update

    rc.changed(WEBINARS, update(root(ctx), WEBINARS, webinar_id, fields))


@app.command("remove")
def remove(
    ctx: typer.Context,
    webinar_id: str = rc.RECORD_ID,
    yes: bool = YES_OPTION,
) -> None:
    """Usuń webinarium."""
    rc.remove_record(ctx, WEBINARS, webinar_id, yes)
