"""emocni webinar …: webinars of the series „Mocni w partnerstwie” and others."""

from __future__ import annotations

from typing import Any

import typer

from emocni_cli.cli import record_views as rc
from emocni_cli.cli.options import FieldOption, FieldOptions, root
from emocni_cli.model.records import Webinar
from emocni_cli.workspace.layout import WEBINARS

app = typer.Typer(help="Udział w webinariach (cykl „Mocni w partnerstwie”).", no_args_is_help=True)


OPTIONS = FieldOptions(
    Webinar,
    FieldOption("--title", "tytul", "Nowy tytuł."),
    FieldOption("--date", "data", "Data udziału, np. 12.09.2018.", short="-d"),
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
@OPTIONS(without=["--title"], required=["--date"])
def add(
    ctx: typer.Context,
    title: str = typer.Argument(..., metavar="TYTUŁ", help="Tytuł webinarium."),
    *,
    fields: dict[str, Any],
    id_: str | None = typer.Option(None, "--id", help="Własny identyfikator (domyślnie z tytułu)."),
) -> None:
    """Zapisz udział w webinarium."""
    from emocni_cli.actions.records import add as add_record

    values = {"tytul": title, **fields}
    if id_:
        values["id"] = id_
    rc.added(WEBINARS, add_record(root(ctx), WEBINARS, values))


COLUMNS = rc.columns(Webinar, "id", "data", "tytul", "udzial", "cykl")


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
    rc.show_record(ctx, WEBINARS, webinar_id, as_json)


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
) -> None:
    """Usuń webinarium."""
    rc.remove_record(ctx, WEBINARS, webinar_id)
