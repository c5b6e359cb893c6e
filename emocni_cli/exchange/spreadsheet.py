"""Partners and a year's trainings as CSV files for Excel / LibreOffice Calc, and back.

Export writes UTF-8 with a BOM (so Excel shows Polish letters), semicolons (what Polish Excel
expects), Polish headers and Polish dates, and an apostrophe before any cell a spreadsheet would
run as a formula. Import reads what Excel saves (semicolons or commas, UTF-8 with or without BOM,
or Windows-1250), takes exactly that apostrophe off again, checks every row before anything is
written, and changes the workspace through one locked, validated transaction, so comments in
the files survive."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from pathlib import Path

from emocni_cli.exchange.csv_columns import cell, columns_of, kind_of, neutralised
from emocni_cli.exchange.csv_import import ImportPlan, plan_import
from emocni_cli.exchange.csv_reading import read_csv
from emocni_cli.model.plan import check_plan_year
from emocni_cli.workspace.load import Workspace


def export_csv(ws: Workspace, year: int | None = None) -> tuple[bytes, int]:
    """Partners (or one year's trainings) as UTF-8 with BOM, semicolons and CRLF: the CSV that
    Polish Excel opens with a double click. Returns the bytes and the number of rows."""
    kind = kind_of(year)
    if year is not None:
        check_plan_year(ws.settings.plan.years, year)
    columns = columns_of(kind)
    rows = ([cell(record, c) for c in columns] for record in ws.of(kind))
    return csv_bytes([c.header for c in columns], rows), len(ws.of(kind))


def csv_bytes(header: Sequence[str], rows: Iterable[Sequence[str]]) -> bytes:
    """A table as the CSV Polish Excel opens with a double click: UTF-8 with BOM, semicolons,
    CRLF, every cell a spreadsheet would run as a formula neutralised."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow([neutralised(text) for text in row])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def import_csv(
    root: Path, path: Path, *, year: int | None = None, update: bool = False, dry_run: bool = False
) -> ImportPlan:
    """Read, check and (unless dry_run) apply a CSV file of partners (year None) or of the
    trainings of one annual plan, in one locked, validated transaction."""
    from emocni_cli.workspace.edits import editing
    from emocni_cli.workspace.load import load

    kind = kind_of(year)
    table, notes = read_csv(path, columns_of(kind))
    if dry_run:
        plan = plan_import(load(root), kind, table, update, year)
    else:
        with editing(root) as tx:
            plan = plan_import(tx.workspace, kind, table, update, year)
            # the additions first, as text; then the updates, on one tomlkit document (taking
            # turns, each would turn the whole file into a document and back: slow for many rows)
            for change in plan.changes:
                if change.action == "add":
                    tx.append(kind, change.values)
            for change in plan.changes:
                if change.action == "update":
                    tx.set_fields(kind, change.id, change.values)
    plan.notes = notes + plan.notes
    return plan
