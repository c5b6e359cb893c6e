"""emocni render-plan …: the documents of the three-year training plan (.docx)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import typer

from emocni_cli.cli.document_output import FORCE_OPTION, OUTPUT_OPTION, TEMPLATE_OPTION, write_document
from emocni_cli.cli.options import root
from emocni_cli.documents.render import DETAILED_PLAN, GENERAL_PLAN

app = typer.Typer(
    help="Dokumenty trzyletniego planu szkoleń (.docx): część ogólna i roczne plany szkoleń.",
    no_args_is_help=True,
)


@app.command("general")
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


@app.command("detailed")
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
