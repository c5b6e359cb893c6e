"""emocni partnership …: the partnership itself (name, founding date, document, leader)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import typer

from emocni_cli.cli import output
from emocni_cli.cli import record_views as rc
from emocni_cli.cli.document_output import FORCE_OPTION, OUTPUT_OPTION, TEMPLATE_OPTION, write_document
from emocni_cli.cli.options import changes, opt_date, root
from emocni_cli.model.values import format_date
from emocni_cli.workspace.layout import PARTNERS

app = typer.Typer(
    help="Partnerstwo: dane podstawowe (nazwa, data zawiązania, dokument, lider).", no_args_is_help=True
)


@app.command("show")
def show(ctx: typer.Context, as_json: bool = rc.JSON_OPTION) -> None:
    """Pokaż dane gminy, partnerstwa, e-Mocarza i animatora."""
    ws = rc.workspace(ctx)
    s = ws.settings
    if as_json:
        output.emit_json(s.model_dump(mode="json", exclude_none=True))
        return
    g, p = s.gmina, s.partnerstwo
    leader = ws.find(PARTNERS, p.lider) if p.lider else None
    output.details(
        f"Gmina {g.nazwa}",
        [
            ("TERYT", g.teryt or ""),
            ("powiat", g.powiat or ""),
            ("województwo", g.wojewodztwo or ""),
            ("liczba mieszkańców", str(g.liczba_mieszkancow or "")),
            ("typ", g.typ or ""),
        ],
    )
    output.details(
        "Partnerstwo",
        [
            ("nazwa", p.nazwa or ""),
            ("data zawiązania", format_date(p.data_zawiazania)),
            ("dokument", p.dokument or ""),
            ("lider", f"{leader.nazwa} ({leader.id})" if leader else ""),
            ("partnerów", str(len(ws.partners))),
            ("okres planu", "–".join(str(y) for y in s.plan.years[::2])),
        ],
    )
    output.details(
        "Osoby",
        [
            (
                "e-Mocarz",
                ", ".join(
                    x
                    for x in (
                        s.emocarz.imie_nazwisko,
                        s.emocarz.instytucja,
                        s.emocarz.email,
                        s.emocarz.telefon,
                    )
                    if x
                ),
            ),
            (
                "animator",
                ", ".join(x for x in (s.animator.imie_nazwisko, s.animator.email, s.animator.telefon) if x),
            ),
        ],
    )


@app.command("edit")
def edit(
    ctx: typer.Context,
    founded: str | None = typer.Option(
        None, "--founded", help="Data zawiązania partnerstwa, np. 16.01.2018."
    ),
    name: str | None = typer.Option(None, "--name", help="Nazwa partnerstwa."),
    document: str | None = typer.Option(
        None, "--document", help='Dokument zawiązania, np. "porozumienie partnerskie".'
    ),
    leader: str | None = typer.Option(None, "--leader", help="Id partnera-lidera."),
) -> None:
    """Zmień dane partnerstwa (\"\" usuwa wartość)."""
    from emocni_cli.actions.records import update_section

    values = changes(
        nazwa=name,
        dokument=document,
        lider=leader,
        data_zawiazania=opt_date(founded, "--founded") if founded else founded,
    )
    update_section(root(ctx), "partnerstwo", values)
    output.success("Zapisano dane partnerstwa (emocni.toml).")


@app.command("agreement")
def write_agreement(
    ctx: typer.Context,
    out: Path | None = OUTPUT_OPTION,
    template: Path | None = TEMPLATE_OPTION,
    force: bool = FORCE_OPTION,
) -> None:
    """Porozumienie partnerskie (.docx): strony, cel, lider, role i zasoby, tabela podpisów."""
    from emocni_cli.documents.paperwork import agreement
    from emocni_cli.documents.render import AGREEMENT

    write_document(ctx, AGREEMENT, agreement(rc.workspace(ctx), dt.date.today()), out, template, force)
