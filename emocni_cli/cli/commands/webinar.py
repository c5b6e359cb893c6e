"""emocni webinar …: webinars of the series „Mocni w partnerstwie” and others."""

from __future__ import annotations

from typing import Any

import typer

from emocni_cli.cli import record_views as rc
from emocni_cli.cli.options import changes, opt_date, root
from emocni_cli.model.records import Webinar
from emocni_cli.workspace.load import WEBINARS

app = typer.Typer(help="Udział w webinariach (cykl „Mocni w partnerstwie”).", no_args_is_help=True)


def _options(
    recording: bool | None, series: bool | None, person: list[str] | None, notes: str | None
) -> dict[str, Any]:
    return changes(
        udzial=None if recording is None else ("nagranie" if recording else "na_zywo"),
        cykl=series,
        uczestnicy=person or None,
        notatki=notes,
    )


PERSON = typer.Option(None, "--person", help="Kto brał udział (można powtarzać).")


@app.command("add")
def add(
    ctx: typer.Context,
    title: str = typer.Argument(..., metavar="TYTUŁ", help="Tytuł webinarium."),
    date: str = typer.Option(..., "--date", "-d", help="Data udziału, np. 12.09.2018."),
    recording: bool = typer.Option(False, "--recording", help="Obejrzano nagranie (nie na żywo)."),
    not_series: bool = typer.Option(
        False, "--not-series", help="Webinarium spoza cyklu „Mocni w partnerstwie”."
    ),
    person: list[str] | None = PERSON,
    notes: str | None = typer.Option(None, "--notes", help="Notatki."),
    id_: str | None = typer.Option(None, "--id", help="Własny identyfikator (domyślnie z tytułu)."),
) -> None:
    """Zapisz udział w webinarium."""
    from emocni_cli.actions.records import add as add_record

    values = {"tytul": title, "data": opt_date(date), **_options(recording, not not_series, person, notes)}
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
    webinar_id: str = typer.Argument(..., metavar="ID", help="Identyfikator rekordu (zob. list)."),
    as_json: bool = rc.JSON_OPTION,
) -> None:
    """Pokaż dane webinarium."""
    rc.show_record(ctx, WEBINARS, webinar_id, as_json)


@app.command("edit")
def edit(
    ctx: typer.Context,
    webinar_id: str = typer.Argument(..., metavar="ID", help="Identyfikator rekordu (zob. list)."),
    title: str | None = typer.Option(None, "--title", help="Nowy tytuł."),
    date: str | None = typer.Option(None, "--date", "-d", help="Nowa data."),
    recording: bool | None = typer.Option(None, "--recording/--live", help="Nagranie albo udział na żywo."),
    series: bool | None = typer.Option(
        None, "--series/--not-series", help="Czy należy do cyklu „Mocni w partnerstwie”."
    ),
    person: list[str] | None = typer.Option(
        None, "--person", help="Zastępuje listę uczestników (można powtarzać)."
    ),
    notes: str | None = typer.Option(None, "--notes", help='Notatki ("" usuwa).'),
) -> None:
    """Zmień dane webinarium."""
    from emocni_cli.actions.records import update

    values = _options(recording, series, person, notes)
    if title is not None:
        values["tytul"] = title
    if date is not None:
        values["data"] = opt_date(date)
    rc.changed(WEBINARS, update(root(ctx), WEBINARS, webinar_id, values))


@app.command("remove")
def remove(
    ctx: typer.Context,
    webinar_id: str = typer.Argument(..., metavar="ID", help="Identyfikator rekordu (zob. list)."),
) -> None:
    """Usuń webinarium."""
    rc.remove_record(ctx, WEBINARS, webinar_id)
