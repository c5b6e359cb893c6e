"""emocni partnership …: the partnership itself (name, founding date, document, leader)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

import typer

from emocni_cli.cli import output
from emocni_cli.cli import record_views as rc
from emocni_cli.cli.document_output import writes_document
from emocni_cli.cli.options import FieldOption, FieldOptions, root
from emocni_cli.cli.reading import workspace_for_reading
from emocni_cli.documents.render import AGREEMENT, DocumentData
from emocni_cli.model.fields import label
from emocni_cli.model.settings import Partnerstwo
from emocni_cli.workspace.layout import PARTNERS

if TYPE_CHECKING:
    from pydantic import BaseModel

app = typer.Typer(
    help="Partnerstwo: dane podstawowe (nazwa, data zawiązania, dokument, lider).", no_args_is_help=True
)


def _pairs(section: BaseModel, *names: str) -> list[tuple[str, str]]:
    return [(label(type(section), name), rc.shown(section, name)) for name in names]


def _partner_count(ws: Any) -> str:
    """How many partners are recorded, and how many of them have left by today."""
    left = sum(p.left_by(dt.date.today()) for p in ws.partners)
    return f"{len(ws.partners)} (w tym wystąpili: {left})" if left else str(len(ws.partners))


@app.command("show")
def show(ctx: typer.Context, as_json: bool = rc.JSON_OPTION) -> None:
    """Pokaż dane gminy, partnerstwa, e-Mocarza i animatora."""
    ws = workspace_for_reading(ctx)
    s = ws.settings
    if as_json:
        output.emit_json(s.model_dump(mode="json", exclude_none=True))
        return
    g, p = s.gmina, s.partnerstwo
    leader = ws.find(PARTNERS, p.lider) if p.lider else None
    output.details(
        f"Gmina {g.nazwa}", _pairs(g, "teryt", "powiat", "wojewodztwo", "liczba_mieszkancow", "typ")
    )
    output.details(
        "Partnerstwo",
        [
            *_pairs(p, "nazwa", "data_zawiazania", "miejsce_zawarcia", "dokument"),
            (label(Partnerstwo, "lider"), f"{leader.nazwa} ({leader.id})" if leader else ""),
            ("partnerów", _partner_count(ws)),
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


OPTIONS = FieldOptions(
    Partnerstwo,
    # in this order new keys are written to [partnerstwo]
    FieldOption("--name", "nazwa", "Nazwa partnerstwa."),
    FieldOption("--document", "dokument", 'Dokument zawiązania, np. "porozumienie partnerskie".'),
    FieldOption("--leader", "lider", "Id partnera-lidera."),
    FieldOption("--founded", "data_zawiazania", "Data zawiązania partnerstwa, np. 16.01.2018."),
    FieldOption(
        "--place",
        "miejsce_zawarcia",
        'Miejscowość, w której zawarto porozumienie (domyślnie nazwa gminy), np. "Wierzbno Dolne".',
    ),
)


@app.command("edit")
@OPTIONS()
def edit(ctx: typer.Context, *, fields: dict[str, Any]) -> None:
    """Zmień dane partnerstwa (\"\" usuwa wartość)."""
    from emocni_cli.actions.records import update_section

    update_section(root(ctx), "partnerstwo", fields)
    output.success("Zapisano dane partnerstwa (emocni.toml).")


@app.command(
    "agreement",
    help="Porozumienie partnerskie (.docx): strony, cel, lider, role i zasoby, tabela podpisów.\n\n"
    "Porozumienie jest datowane dniem zawiązania partnerstwa (partnership edit --founded); --date "
    "podaje ten dzień, dopóki nie jest zapisany. Stronami są partnerzy, którzy przystąpili do tego dnia.",
)
@writes_document(
    AGREEMENT,
    dated=True,
    date_help="Dzień zawarcia porozumienia, np. 16.01.2018 — gdy data zawiązania nie jest zapisana.",
)
def write_agreement(ctx: typer.Context, prepared: dt.date | None) -> DocumentData:
    from emocni_cli.documents.paperwork import agreement

    return agreement(rc.workspace(ctx), prepared)
