"""emocni partner …: the partners of the partnership."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import typer

from emocni_cli.cli import csv_transfer as csv
from emocni_cli.cli import record_views as rc
from emocni_cli.cli.document_output import FORCE_OPTION, writes_document
from emocni_cli.cli.options import YES_OPTION, FieldOption, FieldOptions, root
from emocni_cli.cli.reading import workspace_for_reading
from emocni_cli.documents.render import DECLARATION, DocumentData
from emocni_cli.model import vocabularies as vocab
from emocni_cli.model.records import Partner
from emocni_cli.workspace.layout import MEETINGS, PARTNERS
from emocni_cli.workspace.load import Workspace

app = typer.Typer(help="Partnerzy partnerstwa: dodawanie, lista, zmiany, usuwanie.", no_args_is_help=True)

KIND_HELP = (
    "Rodzaj: "
    + ", ".join(vocab.PARTNER_KINDS.labels)
    + " (można też: GOK, OSP, KGW, GOPS, UTW, z polskimi literami lub bez)."
)


OPTIONS = FieldOptions(
    Partner,
    FieldOption("--type", "rodzaj", KIND_HELP, short="-t"),
    FieldOption("--contact", "osoba_kontaktowa", "Osoba kontaktowa."),
    FieldOption("--email", "email", "Adres e-mail."),
    FieldOption("--phone", "telefon", "Telefon."),
    FieldOption("--address", "adres", "Adres."),
    FieldOption("--www", "www", "Strona internetowa."),
    FieldOption(
        "--representative",
        "reprezentant",
        'Kto reprezentuje partnera i podpisuje porozumienie lub deklarację, np. "Jan Kowalski".',
    ),
    FieldOption("--function", "funkcja", 'Funkcja reprezentanta, np. "dyrektor".'),
    FieldOption("--nip", "nip", "NIP (opcjonalnie)."),
    FieldOption("--regon", "regon", "REGON (opcjonalnie)."),
    FieldOption("--krs", "krs", "Numer KRS (opcjonalnie, dla stowarzyszeń i fundacji)."),
    FieldOption("--joined", "data_przystapienia", "Data przystąpienia, np. 16.01.2018."),
    FieldOption(
        "--left",
        "data_wystapienia",
        "Data wystąpienia z partnerstwa, np. 30.06.2019: od tej daty partner nie liczy się do "
        "członków, a jego spotkania, szkolenia i dokumenty zostają.",
    ),
    FieldOption(
        "--resource",
        "zasoby",
        'Co partner wnosi (można powtarzać; w edit zastępuje listę), np. "sala na 30 osób".',
        type=list,
        short="-r",
    ),
    FieldOption("--role", "rola", "Rola w partnerstwie."),
    FieldOption("--document", "dokument", 'Dokument przystąpienia, np. "deklaracja przystąpienia".'),
    FieldOption("--notes", "notatki", "Notatki."),
)


@app.command("add")
@OPTIONS(without=["--left"], required=["--type"])
def add(
    ctx: typer.Context,
    name: str = typer.Argument(
        ..., metavar="NAZWA", help='Pełna nazwa instytucji, np. "Gminny Ośrodek Kultury".'
    ),
    *,
    fields: dict[str, Any],
    id_: str | None = typer.Option(
        None,
        "--id",
        help="Własny identyfikator (domyślnie skrót z nazwy, np. kgw-wierzbianki, sp-olszyny, gops).",
    ),
) -> None:
    """Dodaj partnera (instytucji o tej samej nazwie nie da się dodać drugi raz)."""
    from emocni_cli.actions.records import add as add_record

    values = {"nazwa": name, **fields}
    if id_:
        values["id"] = id_
    rc.added(PARTNERS, add_record(root(ctx), PARTNERS, values))


COLUMNS = rc.columns(
    Partner, "id", "nazwa", "rodzaj", "osoba_kontaktowa", "data_przystapienia", "data_wystapienia"
)


@app.command("list")
def list_(ctx: typer.Context, as_json: bool = rc.JSON_OPTION) -> None:
    """Lista partnerów (kolumna „wystąpił” pokazuje, kto odszedł z partnerstwa)."""
    rc.list_records(ctx, PARTNERS, COLUMNS, as_json, optional=["kontakt", "wystąpił"])


def _meetings_of(ws: Workspace, partner: Any) -> list[tuple[str, str]]:
    attended = [m.id for m in ws.of(MEETINGS) if partner.id in m.obecni]
    return [("obecny na spotkaniach", ", ".join(attended))] if attended else []


@app.command("show")
def show(
    ctx: typer.Context,
    partner_id: str = rc.RECORD_ID,
    as_json: bool = rc.JSON_OPTION,
) -> None:
    """Pokaż wszystkie dane partnera."""
    rc.show_record(workspace_for_reading(ctx), PARTNERS, partner_id, as_json, extra=_meetings_of)


@app.command("edit")
@OPTIONS(switches=True)
def edit(
    ctx: typer.Context,
    partner_id: str = rc.RECORD_ID,
    name: str | None = typer.Option(None, "--name", help="Nowa nazwa."),
    *,
    fields: dict[str, Any],
) -> None:
    """Zmień dane partnera (podane opcje; "" usuwa wartość; pozostałe pola i komentarze zostają)."""
    from emocni_cli.actions.records import update

    values = fields if name is None else {"nazwa": name, **fields}
    rc.changed(PARTNERS, update(root(ctx), PARTNERS, partner_id, values))


@app.command("remove")
def remove(
    ctx: typer.Context,
    partner_id: str = rc.RECORD_ID,
    yes: bool = YES_OPTION,
    force: bool = typer.Option(
        False,
        "--force",
        help="Usuń mimo odwołań: usuwa też odwołania w spotkaniach i planach i wypisuje każde z nich.",
    ),
) -> None:
    """Usuń partnera wpisanego przez pomyłkę. Partnera, który odszedł, nie usuwaj: zapisz datę
    wystąpienia (partner edit ID --left DATA), a jego historia zostanie. Gdy wskazują go spotkania,
    plany lub ustawienia, polecenie odmawia (chyba że --force)."""
    rc.remove_record(ctx, PARTNERS, partner_id, yes, force)


@app.command(
    "declaration",
    help="Deklaracja przystąpienia jednego partnera do partnerstwa (.docx).\n\n"
    "Datowana dniem przystąpienia partnera (partner edit ID --joined); --date wpisuje inny dzień "
    "podpisania deklaracji.",
)
@writes_document(
    DECLARATION,
    dated=True,
    date_help="Dzień podpisania deklaracji, np. 10.04.2018 (domyślnie dzień przystąpienia).",
)
def write_declaration(
    ctx: typer.Context,
    prepared: dt.date | None,
    partner_id: str = typer.Argument(..., metavar="ID", help="Identyfikator partnera (zob. partner list)."),
) -> DocumentData:
    from emocni_cli.documents.paperwork import declaration

    return declaration(rc.workspace(ctx), partner_id, prepared)


@app.command(
    "export", help=csv.export_help("Zapisz partnerów do pliku CSV (Excel, LibreOffice Calc, Arkusze Google).")
)
def export(
    ctx: typer.Context, out: Path | None = csv.csv_out_option("partnerzy.csv"), force: bool = FORCE_OPTION
) -> None:
    csv.export_rows(ctx, None, out, "partnerzy.csv", force)


@app.command(
    "import",
    help=csv.import_help(
        "Wczytaj partnerów z pliku CSV: nowych dodaj, istniejących (to samo id) zmień tylko z --update."
    ),
)
def import_(
    ctx: typer.Context,
    path: Path = csv.CSV_IN_OPTION,
    dry_run: bool = csv.DRY_RUN_OPTION,
    update: bool = csv.UPDATE_OPTION,
) -> None:
    csv.import_rows(ctx, None, path, update, dry_run)
