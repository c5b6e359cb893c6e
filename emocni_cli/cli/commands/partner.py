"""emocni partner …: the partners of the partnership."""

from __future__ import annotations

from typing import Any

import typer

from emocni_cli.cli import record_views as rc
from emocni_cli.cli.options import changes, opt_date, parse_opt, root
from emocni_cli.model import vocabularies as vocab
from emocni_cli.model.records import Partner
from emocni_cli.workspace.load import MEETINGS, PARTNERS, Workspace

app = typer.Typer(help="Partnerzy partnerstwa: dodawanie, lista, zmiany, usuwanie.", no_args_is_help=True)

KIND_HELP = (
    "Rodzaj: "
    + ", ".join(vocab.PARTNER_KINDS.labels)
    + " (można też: GOK, OSP, KGW, GOPS, UTW, z polskimi literami lub bez)."
)


def _fields(params: dict[str, Any]) -> dict[str, Any]:
    """The fields given by the command's options (click's ctx.params, by parameter name)."""
    kind, joined = params.get("type_"), params.get("joined")
    return changes(
        rodzaj=None if kind is None else parse_opt(vocab.PARTNER_KINDS.parse, kind, "--type"),
        osoba_kontaktowa=params.get("contact"),
        email=params.get("email"),
        telefon=params.get("phone"),
        adres=params.get("address"),
        www=params.get("www"),
        data_przystapienia=opt_date(joined, "--joined") if joined else joined,
        zasoby=params.get("resource") or None,
        rola=params.get("role"),
        dokument=params.get("document"),
        notatki=params.get("notes"),
    )


@app.command("add")
def add(
    ctx: typer.Context,
    name: str = typer.Argument(
        ..., metavar="NAZWA", help='Pełna nazwa instytucji, np. "Gminny Ośrodek Kultury".'
    ),
    type_: str = typer.Option(..., "--type", "-t", help=KIND_HELP),
    id_: str | None = typer.Option(None, "--id", help="Własny identyfikator (domyślnie z nazwy)."),
    contact: str | None = typer.Option(None, "--contact", help="Osoba kontaktowa."),
    email: str | None = typer.Option(None, "--email", help="Adres e-mail."),
    phone: str | None = typer.Option(None, "--phone", help="Telefon."),
    address: str | None = typer.Option(None, "--address", help="Adres."),
    www: str | None = typer.Option(None, "--www", help="Strona internetowa."),
    joined: str | None = typer.Option(None, "--joined", help="Data przystąpienia, np. 16.01.2018."),
    resource: list[str] | None = typer.Option(
        None, "--resource", "-r", help='Co partner wnosi (można powtarzać), np. "sala na 30 osób".'
    ),
    role: str | None = typer.Option(None, "--role", help="Rola w partnerstwie."),
    document: str | None = typer.Option(
        None, "--document", help='Dokument przystąpienia, np. "deklaracja przystąpienia".'
    ),
    notes: str | None = typer.Option(None, "--notes", help="Notatki."),
) -> None:
    """Dodaj partnera."""
    from emocni_cli.actions.records import add as add_record

    values = {
        "nazwa": name,
        **_fields(ctx.params),
    }
    if id_:
        values["id"] = id_
    rc.added(PARTNERS, add_record(root(ctx), PARTNERS, values))


COLUMNS = rc.columns(Partner, "id", "nazwa", "rodzaj", "osoba_kontaktowa", "data_przystapienia")


@app.command("list")
def list_(ctx: typer.Context, as_json: bool = rc.JSON_OPTION) -> None:
    """Lista partnerów."""
    rc.list_records(ctx, PARTNERS, COLUMNS, as_json, optional=["kontakt"])


def _meetings_of(ws: Workspace, partner: Any) -> list[tuple[str, str]]:
    attended = [m.id for m in ws.of(MEETINGS) if partner.id in m.obecni]
    return [("obecny na spotkaniach", ", ".join(attended))] if attended else []


@app.command("show")
def show(
    ctx: typer.Context,
    partner_id: str = typer.Argument(..., metavar="ID", help="Identyfikator rekordu (zob. list)."),
    as_json: bool = rc.JSON_OPTION,
) -> None:
    """Pokaż wszystkie dane partnera."""
    rc.show_record(ctx, PARTNERS, partner_id, as_json, extra=_meetings_of)


@app.command("edit")
def edit(
    ctx: typer.Context,
    partner_id: str = typer.Argument(..., metavar="ID", help="Identyfikator rekordu (zob. list)."),
    name: str | None = typer.Option(None, "--name", help="Nowa nazwa."),
    type_: str | None = typer.Option(None, "--type", "-t", help=KIND_HELP),
    contact: str | None = typer.Option(None, "--contact", help='Osoba kontaktowa ("" usuwa).'),
    email: str | None = typer.Option(None, "--email", help='E-mail ("" usuwa).'),
    phone: str | None = typer.Option(None, "--phone", help='Telefon ("" usuwa).'),
    address: str | None = typer.Option(None, "--address", help='Adres ("" usuwa).'),
    www: str | None = typer.Option(None, "--www", help='Strona internetowa ("" usuwa).'),
    joined: str | None = typer.Option(None, "--joined", help='Data przystąpienia ("" usuwa).'),
    resource: list[str] | None = typer.Option(
        None, "--resource", "-r", help="Zastępuje listę zasobów (można powtarzać)."
    ),
    role: str | None = typer.Option(None, "--role", help='Rola ("" usuwa).'),
    document: str | None = typer.Option(None, "--document", help="Dokument przystąpienia."),
    notes: str | None = typer.Option(None, "--notes", help='Notatki ("" usuwa).'),
) -> None:
    """Zmień dane partnera (podane opcje; pozostałe pola i komentarze zostają)."""
    from emocni_cli.actions.records import update

    values = _fields(ctx.params)
    if name is not None:
        values["nazwa"] = name
    rc.changed(PARTNERS, update(root(ctx), PARTNERS, partner_id, values))


@app.command("remove")
def remove(
    ctx: typer.Context,
    partner_id: str = typer.Argument(..., metavar="ID", help="Identyfikator rekordu (zob. list)."),
    force: bool = typer.Option(
        False, "--force", help="Usuń mimo odwołań (usuwa też odwołania w spotkaniach i planach)."
    ),
) -> None:
    """Usuń partnera (odmawia, gdy wskazują go spotkania lub plany — chyba że --force)."""
    rc.remove_record(ctx, PARTNERS, partner_id, force)
