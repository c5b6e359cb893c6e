"""Paperwork attached to existing groups: CSV export/import of partners and trainings, and the
documents of the partnership (attendance list, minutes, agreement, declaration)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import typer

from emocni_cli.cli import output
from emocni_cli.cli import record_views as rc
from emocni_cli.cli.options import root
from emocni_cli.polish import plural

FORCE = typer.Option(False, "--force", help="Zastąp istniejący plik.")
DRY_RUN = typer.Option(False, "--dry-run", help="Tylko pokaż, co by się zmieniło — niczego nie zapisuj.")
UPDATE = typer.Option(
    False, "--update", help="Zmieniaj istniejące rekordy (o tym samym id); bez tej opcji wolno tylko dodawać."
)
CSV_IN = typer.Option(
    ..., "--csv", metavar="PLIK", help="Plik CSV (średniki lub przecinki, UTF-8 lub Excel)."
)


def _csv_out(name: str) -> typer.Option:
    return typer.Option(
        None, "--csv", metavar="PLIK", help=f"Plik CSV albo folder (domyślnie dokumenty/{name})."
    )


MEETING_ID = typer.Argument(..., metavar="ID", help="Identyfikator spotkania (zob. meeting list).")
DEFAULT_BLANK_ROWS = 5
YEAR = typer.Option(..., "--year", "-y", help="Rok planu, np. 2019.")


def _export(ctx: typer.Context, year: int | None, out: Path | None, name: str, force: bool) -> None:
    from emocni_cli.documents.render import write_output
    from emocni_cli.exchange.spreadsheet import export_csv
    from emocni_cli.workspace.load import load

    folder = root(ctx)
    data, rows = export_csv(load(folder), year)
    target = write_output(folder, out, name, data, force=force, option="--csv")
    output.success(
        f"Zapisano {rows} {plural(rows, 'wiersz', 'wiersze', 'wierszy')} i nagłówek do pliku {target}."
    )


def _import(ctx: typer.Context, year: int | None, path: Path, update: bool, dry_run: bool) -> None:
    from emocni_cli.exchange.spreadsheet import import_csv

    plan = import_csv(root(ctx), path, year=year, update=update, dry_run=dry_run)
    for note in plan.notes:
        output.warning(note)
    rows = []
    for change in plan.changes:
        if change.action == "add":
            rows.append([str(change.row), change.id, "nowy", ""])
        elif change.action == "update":
            details = "; ".join(f"{h}: „{a}” → „{b}”" for h, a, b in change.fields)
            rows.append([str(change.row), change.id, "zmiana", details])
    if rows:
        output.table(["wiersz", "id", "co", "szczegóły"], rows)
    counts = f"nowe: {plan.count('add')}, zmienione: {plan.count('update')}, bez zmian: {plan.count('same')}"
    if dry_run:
        output.info(f"Podgląd (--dry-run), nic nie zapisano — {counts}.")
    else:
        output.success(f"Zaimportowano {plan.file} do pliku {plan.target} — {counts}.")


def register(
    partner_app: typer.Typer,
    training_app: typer.Typer,
    meeting_app: typer.Typer,
    partnership_app: typer.Typer,
) -> None:
    """Attach the commands of this module to the groups that own their records."""
    from emocni_cli.cli.commands.render import FORCE_OPTION, OUTPUT_OPTION, TEMPLATE_OPTION, write_document

    @meeting_app.command("sheet")
    def meeting_sheet(
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

    @meeting_app.command("minutes")
    def meeting_minutes(
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

    @partnership_app.command("agreement")
    def partnership_agreement(
        ctx: typer.Context,
        out: Path | None = OUTPUT_OPTION,
        template: Path | None = TEMPLATE_OPTION,
        force: bool = FORCE_OPTION,
    ) -> None:
        """Porozumienie partnerskie (.docx): strony, cel, lider, role i zasoby, tabela podpisów."""
        from emocni_cli.documents.paperwork import agreement
        from emocni_cli.documents.render import AGREEMENT

        write_document(ctx, AGREEMENT, agreement(rc.workspace(ctx), dt.date.today()), out, template, force)

    @partner_app.command("declaration")
    def partner_declaration(
        ctx: typer.Context,
        partner_id: str = typer.Argument(
            ..., metavar="ID", help="Identyfikator partnera (zob. partner list)."
        ),
        out: Path | None = OUTPUT_OPTION,
        template: Path | None = TEMPLATE_OPTION,
        force: bool = FORCE_OPTION,
    ) -> None:
        """Deklaracja przystąpienia jednego partnera do partnerstwa (.docx)."""
        from emocni_cli.documents.paperwork import declaration
        from emocni_cli.documents.render import DECLARATION

        data = declaration(rc.workspace(ctx), partner_id, dt.date.today())
        write_document(ctx, DECLARATION, data, out, template, force)

    @partner_app.command("export")
    def partner_export(
        ctx: typer.Context, out: Path | None = _csv_out("partnerzy.csv"), force: bool = FORCE
    ) -> None:
        """Zapisz partnerów do pliku CSV (Excel, LibreOffice Calc, Arkusze Google)."""
        _export(ctx, None, out, "partnerzy.csv", force)

    @partner_app.command("import")
    def partner_import(
        ctx: typer.Context, path: Path = CSV_IN, dry_run: bool = DRY_RUN, update: bool = UPDATE
    ) -> None:
        """Wczytaj partnerów z pliku CSV: nowych dodaj, istniejących (to samo id) zmień tylko z --update.

        Najpierw sprawdzany jest każdy wiersz; jeśli choć jeden ma błąd, nic nie zostaje zapisane.
        Pusta komórka czyści pole; kolumn, których w pliku nie ma, import nie zmienia."""
        _import(ctx, None, path, update, dry_run)

    @training_app.command("export")
    def training_export(
        ctx: typer.Context,
        year: int = YEAR,
        out: Path | None = _csv_out("szkolenia-ROK.csv"),
        force: bool = FORCE,
    ) -> None:
        """Zapisz szkolenia planu rocznego do pliku CSV (pusty plan daje wzór z nagłówkiem)."""
        _export(ctx, year, out, f"szkolenia-{year}.csv", force)

    @training_app.command("import")
    def training_import(
        ctx: typer.Context,
        year: int = YEAR,
        path: Path = CSV_IN,
        dry_run: bool = DRY_RUN,
        update: bool = UPDATE,
    ) -> None:
        """Wczytaj szkolenia planu rocznego z pliku CSV: nowe dodaj, istniejące zmień tylko z --update.

        Najpierw sprawdzany jest każdy wiersz; jeśli choć jeden ma błąd, nic nie zostaje zapisane.
        Pusta komórka czyści pole; kolumn, których w pliku nie ma, import nie zmienia."""
        _import(ctx, year, path, update, dry_run)
