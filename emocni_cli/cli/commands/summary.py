"""emocni summary PATH…: the animator's view of many gminas at once, from folders and packs."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import typer

from emocni_cli.cli import output
from emocni_cli.cli.document_output import FORCE_OPTION
from emocni_cli.cli.options import State, opt_today, today_option

if TYPE_CHECKING:
    from emocni_cli.summary.gather import Summary

HELP = "Zestawienie dla animatora: wiele gmin naraz z folderów i paczek .zip (terminal, JSON, CSV, HTML)."
HEADER = "Zestawienie gmin — stan na dzień {date} (paczki: na dzień ich utworzenia)"
UNREADABLE = "Nie udało się odczytać źródeł: {n} (opis w kolumnie „Wymaga uwagi”)."
SAVED = "Zapisano {what} {path}."
CSV_NAME, HTML_NAME = "zestawienie-gmin.csv", "zestawienie-gmin.html"

app = typer.Typer(help=HELP)


@app.command("summary")
def summary(
    ctx: typer.Context,
    paths: list[Path] = typer.Argument(
        ...,
        metavar="ŚCIEŻKA",
        help="Folder gminy, folder z folderami gmin lub paczkami (szukane do dwóch poziomów niżej) "
        "albo paczka .zip z polecenia emocni pack.",
        show_default=False,
    ),
    today: str | None = today_option(
        "Dzień oceny folderów gmin (domyślnie dzisiaj); paczka jest oceniana na dzień, w którym ją utworzono."
    ),
    as_json: bool = typer.Option(False, "--json", help="Wypisz zestawienie jako jeden obiekt JSON."),
    csv_file: Path | None = typer.Option(
        None, "--csv", metavar="PLIK", help=f"Zapisz też plik CSV dla Excela (w folderze: {CSV_NAME})."
    ),
    html_file: Path | None = typer.Option(
        None,
        "--html",
        metavar="PLIK",
        help=f"Zapisz też stronę HTML do otwarcia w przeglądarce (w folderze: {HTML_NAME}).",
    ),
    force: bool = FORCE_OPTION,
) -> None:
    """Zestawienie dla animatora: wiele gmin naraz z folderów i paczek .zip (terminal, JSON, CSV, HTML).

    Jeden wiersz na gminę: siedem punktów, postęp, to, co wymaga uwagi, wizyty, doradztwo zdalne, \
najbliższe wydarzenie, część ogólna planu, przeszkoleni i data danych.

    Gdy ta sama gmina jest w kilku miejscach (folder, starsze paczki), pokazane są najnowsze dane.

    Niczego nie zmienia w folderach ani paczkach; plik, którego nie da się odczytać, jest jednym \
wierszem z opisem błędu."""
    from emocni_cli.documents.destination import destination
    from emocni_cli.summary.gather import summarise

    day = opt_today(ctx, today)
    targets = [
        (destination(path, name, force, elsewhere=option), make, what)
        for path, name, option, make, what in (
            (csv_file, CSV_NAME, "opcją --csv", _csv, "plik CSV"),
            (html_file, HTML_NAME, "opcją --html", _html, "stronę"),
        )
        if path is not None
    ]
    result = summarise(paths, day)
    if as_json:
        output.emit_json(result.as_dict())
    else:
        _grid(result)
    if targets:
        from emocni_cli.workspace.files import atomic_write

        for target, make, what in targets:
            atomic_write(target, make(result))
            output.success(SAVED.format(what=what, path=target))
    if result.errors:
        output.warning(UNREADABLE.format(n=result.errors))
        ctx.ensure_object(State).read_invalid = True


def _grid(result: Summary) -> None:
    from emocni_cli.model.values import format_date
    from emocni_cli.summary import cells

    output.out.print(output.styled(HEADER.format(date=format_date(result.today)), "bold"))
    output.out.print(
        output.styled(
            f"{cells.LEGEND} · punkty: " + ", ".join(f"{n} {t}" for n, t in enumerate(cells.ITEM_SHORT, 1))
        )
    )
    rows = [cells.cells(row) for row in result.rows]
    optional = (cells.DATE, cells.PLAN, cells.NEXT, cells.REMOTE)
    left_out = output.table(list(cells.COLUMNS), rows, optional=optional)
    if left_out:
        output.info(
            f"Okno jest za wąskie na kolumny: {', '.join(left_out)} — pełne dane: --json, --csv, --html."
        )


def _csv(result: Summary) -> bytes:
    from emocni_cli.exchange.spreadsheet import csv_bytes
    from emocni_cli.summary import cells

    header = [
        cells.GMINA,
        "Źródło",
        *(f"{n}. {t}" for n, t in enumerate(cells.ITEM_SHORT, 1)),
        *cells.COLUMNS[2:],
    ]
    rows = (
        [cells.gmina(r), str(r.source), *(cells.item_states(r) or [""] * 7), *cells.cells(r)[2:]]
        for r in result.rows
    )
    return csv_bytes(header, rows)


def _html(result: Summary) -> bytes:
    from emocni_cli.summary.html import page

    return page(result)
