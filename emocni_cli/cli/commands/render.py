"""emocni render-plan … and emocni template …: documents from templates.

The options and `write_document` here serve every command that renders a .docx."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import typer

from emocni_cli.cli import output
from emocni_cli.cli.options import root
from emocni_cli.documents import render as documents
from emocni_cli.documents.render import DETAILED_PLAN, GENERAL_PLAN, KINDS, DocumentData, DocumentKind
from emocni_cli.errors import InputError

OUTPUT_OPTION = typer.Option(
    None,
    "-o",
    "--output",
    metavar="PLIK",
    help="Gdzie zapisać dokument (plik .docx albo folder). Domyślnie: folder dokumenty/ w przestrzeni.",
)
TEMPLATE_OPTION = typer.Option(
    None,
    "--template",
    metavar="PLIK",
    help="Własny szablon .docx zamiast domyślnego (wzór: emocni template export).",
)
FORCE_OPTION = typer.Option(False, "--force", help="Zastąp istniejący plik.")


def _listed(heading: str, items: list[str]) -> None:
    output.warning(heading)
    for item in items:
        output.info(f"  – {item}")


def write_document(
    ctx: typer.Context,
    kind: DocumentKind,
    data: DocumentData,
    out: Path | None,
    template: Path | None,
    force: bool,
) -> None:
    """Render, write, print the path (stdout) and, for a draft, what is missing (stderr)."""
    path = documents.render(kind, data, root(ctx), output=out, template=template, force=force)
    if data.draft:
        _listed(f"to WERSJA ROBOCZA dokumentu „{kind.title}” — brakuje:", data.missing)
    if data.blank:
        _listed("puste pola w danych podstawowych — uzupełnij je i utwórz dokument ponownie:", data.blank)
    output.success(f"Zapisano: {kind.title}{' — wersja robocza' if data.draft else ''}.")
    output.out.print(str(path), markup=False, highlight=False, soft_wrap=True)


plan_app = typer.Typer(
    help="Dokumenty trzyletniego planu szkoleń (.docx): część ogólna i roczne plany szkoleń.",
    no_args_is_help=True,
)


@plan_app.command("general")
def general(
    ctx: typer.Context,
    out: Path | None = OUTPUT_OPTION,
    template: Path | None = TEMPLATE_OPTION,
    force: bool = FORCE_OPTION,
) -> None:
    """Część ogólna planu (z rekomendacjami) — do wysłania animatorowi i wgrania na platformę."""
    from emocni_cli.documents.plan import general_plan
    from emocni_cli.workspace.load import load

    data = general_plan(load(root(ctx)), dt.date.today())
    write_document(ctx, GENERAL_PLAN, data, out, template, force)


@plan_app.command("detailed")
def detailed(
    ctx: typer.Context,
    year: int = typer.Option(..., "--year", "-y", metavar="ROK", help="Rok planu, np. 2019."),
    out: Path | None = OUTPUT_OPTION,
    template: Path | None = TEMPLATE_OPTION,
    force: bool = FORCE_OPTION,
) -> None:
    """Roczny plan szkoleń (część szczegółowa) — tabela szkoleń z podsumowaniem."""
    from emocni_cli.documents.plan import annual_plan
    from emocni_cli.workspace.load import load

    data = annual_plan(load(root(ctx)), year, dt.date.today())
    write_document(ctx, DETAILED_PLAN, data, out, template, force)


template_app = typer.Typer(
    help="Szablony dokumentów: wzory do własnych zmian w Wordzie.", no_args_is_help=True
)


def _kind_help() -> str:
    return "Który szablon: " + "; ".join(f"{k.key} — {k.title}" for k in KINDS.values()) + "."


@template_app.command("export")
def export(
    kind: str = typer.Argument(..., metavar="RODZAJ", help=_kind_help()),
    dest: Path = typer.Argument(..., metavar="PLIK", help="Gdzie zapisać szablon (.docx albo folder)."),
    force: bool = FORCE_OPTION,
) -> None:
    """Zapisz domyślny szablon dokumentu do pliku, aby go zmienić w Wordzie lub LibreOffice.

    Zmieniony szablon podaj potem opcją --template, np.
    emocni render-plan general --template moj-plan.docx"""
    if kind not in KINDS:
        raise InputError(f"Nieznany rodzaj szablonu „{kind}”.", hint=f"dozwolone: {', '.join(KINDS)}")
    path = documents.export_template(KINDS[kind], dest, force)
    output.success(f"Zapisano szablon: {KINDS[kind].title}.")
    output.info(f"Pola, których może używać, opisuje plik {documents.fields_doc()}")
    output.out.print(str(path), markup=False, highlight=False, soft_wrap=True)
