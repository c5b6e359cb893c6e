"""The options and the two steps shared by `partner export|import` and `training export|import`:
records to a CSV file and back."""

from __future__ import annotations

from pathlib import Path

import typer

from emocni_cli.cli import output
from emocni_cli.cli.options import root
from emocni_cli.polish import plural

DRY_RUN_OPTION = typer.Option(
    False, "--dry-run", help="Tylko pokaż, co by się zmieniło — niczego nie zapisuj."
)
UPDATE_OPTION = typer.Option(
    False, "--update", help="Zmieniaj istniejące rekordy (o tym samym id); bez tej opcji wolno tylko dodawać."
)
CSV_IN_OPTION = typer.Option(
    ..., "--csv", metavar="PLIK", help="Plik CSV (średniki lub przecinki, UTF-8 lub Excel)."
)


def export_help(what: str) -> str:
    """The help of an export: what it writes, then how it keeps a spreadsheet from running a cell."""
    return (
        f"{what}\n\nKomórka zaczynająca się od = + - @ (także telefon +48…) dostaje na początku apostrof ', "
        "żeby arkusz nie wykonał jej jako formuły; import zdejmuje ten apostrof."
    )


def import_help(what: str) -> str:
    """The help of an import: what it reads, then the rules every import keeps."""
    return (
        f"{what}\n\nNajpierw sprawdzany jest każdy wiersz; jeśli choć jeden ma błąd, nic nie zostaje "
        "zapisane.\nPusta komórka czyści pole; kolumn, których w pliku nie ma, import nie zmienia."
    )


def csv_out_option(name: str) -> typer.Option:
    """--csv of an export, naming the file written when it is not given."""
    return typer.Option(
        None, "--csv", metavar="PLIK", help=f"Plik CSV albo folder (domyślnie dokumenty/{name})."
    )


def export_rows(ctx: typer.Context, year: int | None, out: Path | None, name: str, force: bool) -> None:
    """Write the partners (year None) or the trainings of one annual plan to a CSV file."""
    from emocni_cli.documents.render import write_output
    from emocni_cli.exchange.spreadsheet import export_csv
    from emocni_cli.workspace.load import load

    folder = root(ctx)
    data, rows = export_csv(load(folder), year)
    target = write_output(folder, out, name, data, force=force, option="--csv")
    output.success(
        f"Zapisano {rows} {plural(rows, 'wiersz', 'wiersze', 'wierszy')} i nagłówek do pliku {target}."
    )


# rows of the table of changes an import prints; a longer list is summed up (a table of thousands
# of rows tells a person nothing and took a quarter of the time of a large import)
ROWS_SHOWN = 200


def import_rows(ctx: typer.Context, year: int | None, path: Path, update: bool, dry_run: bool) -> None:
    """Read a CSV file of partners (year None) or trainings and show (or apply) what it changes."""
    from emocni_cli.exchange.spreadsheet import import_csv

    plan = import_csv(root(ctx), path, year=year, update=update, dry_run=dry_run)
    for note in plan.notes:
        output.warning(note)
    rows = []
    for change in plan.changes:
        if change.action == "add":
            rows.append([str(change.row), change.id, "dodanie", ""])
        elif change.action == "update":
            details = "; ".join(f"{h}: „{a}” → „{b}”" for h, a, b in change.fields)
            rows.append([str(change.row), change.id, "zmiana", details])
    if rows:
        output.table(["wiersz", "id", "co", "szczegóły"], rows[:ROWS_SHOWN])
    if len(rows) > ROWS_SHOWN:
        rest = len(rows) - ROWS_SHOWN
        changes = plural(rest, "zmiana", "zmiany", "zmian")
        output.info(f"… i jeszcze {rest} {changes} w kolejnych wierszach pliku.")
    counts = f"nowe: {plan.count('add')}, zmienione: {plan.count('update')}, bez zmian: {plan.count('same')}"
    if dry_run:
        output.info(f"Podgląd (--dry-run), nic nie zapisano — {counts}.")
    else:
        output.success(f"Zaimportowano {plan.file} do pliku {plan.target} — {counts}.")
