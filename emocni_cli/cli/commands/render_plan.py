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


@app.command(
    "general",
    help="Część ogólna planu (z rekomendacjami) — do wysłania animatorowi i wgrania na platformę.\n\n"
    "Kompletna, a jeszcze niezaakceptowana część ogólna to „wersja do akceptacji animatora z dnia …”: "
    "z datą podaną w --date, inaczej z datą przekazania animatorowi (plan mark sent), a gdy i tej "
    "nie ma — z dzisiejszą. Zaakceptowana podaje daty akceptacji i wgrania na platformę.",
)
@writes_document(GENERAL_PLAN, dated=True)
def general(ctx: typer.Context, prepared: dt.date | None) -> DocumentData:
    from emocni_cli.documents.plan import general_plan
    from emocni_cli.workspace.load import load

    return general_plan(load(root(ctx)), prepared)


@app.command(
    "detailed",
    help="Roczny plan szkoleń (część szczegółowa) — tabela szkoleń z podsumowaniem.\n\n"
    "Pod tytułem: data przyjęcia planu przez partnerstwo (plan adopt) albo „do przyjęcia przez "
    "partnerstwo”; --date wpisuje datę sporządzenia przy podpisie e-Mocarza (bez niej zostaje "
    "miejsce na datę wpisaną odręcznie).",
)
@writes_document(DETAILED_PLAN, dated=True)
def detailed(
    ctx: typer.Context,
    prepared: dt.date | None,
    year: int = typer.Option(..., "--year", "-y", metavar="ROK", help="Rok planu, np. 2019."),
) -> DocumentData:
    from emocni_cli.documents.plan import annual_plan
    from emocni_cli.workspace.load import load

    return annual_plan(load(root(ctx)), year, prepared)
