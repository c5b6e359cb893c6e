"""emocni render-plan …: the documents of the three-year training plan (.docx)."""

from __future__ import annotations

import datetime as dt

import typer

from emocni_cli.cli.document_output import writes_document
from emocni_cli.cli.options import root
from emocni_cli.documents.render import DETAILED_PLAN, GENERAL_PLAN, DocumentData

app = typer.Typer(
    help="Dokumenty trzyletniego planu szkoleń (.docx): część ogólna i roczne plany szkoleń.",
    no_args_is_help=True,
)


@app.command("general")
@writes_document(GENERAL_PLAN)
def general(ctx: typer.Context) -> DocumentData:
    """Część ogólna planu (z rekomendacjami) — do wysłania animatorowi i wgrania na platformę."""
    from emocni_cli.documents.plan import general_plan
    from emocni_cli.workspace.load import load

    return general_plan(load(root(ctx)), dt.date.today())


@app.command("detailed")
@writes_document(DETAILED_PLAN)
def detailed(
    ctx: typer.Context,
    year: int = typer.Option(..., "--year", "-y", metavar="ROK", help="Rok planu, np. 2019."),
) -> DocumentData:
    """Roczny plan szkoleń (część szczegółowa) — tabela szkoleń z podsumowaniem."""
    from emocni_cli.documents.plan import annual_plan
    from emocni_cli.workspace.load import load

    return annual_plan(load(root(ctx)), year, dt.date.today())
