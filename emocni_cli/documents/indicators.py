"""The context of the indicators report (raport-wskaznikow.docx): for the animator or the wójt,
counts only — no participant's name or data ever reaches it."""

from __future__ import annotations

from typing import Any

from emocni_cli.documents.context import base_context, long_date, number, text
from emocni_cli.documents.render import DocumentData
from emocni_cli.model.vocabularies import slugify
from emocni_cli.trainings.indicator_words import (
    BREAKDOWNS,
    LEGEND,
    Breakdown,
    cells,
    headcount_note,
    no_data_note,
    rows_of,
    summary,
)
from emocni_cli.trainings.indicators import Indicators
from emocni_cli.workspace.load import Workspace

INCOMPLETE = "część plików zawiera błędy, więc liczby mogą być niepełne"


def _table(ind: Indicators, breakdown: Breakdown) -> dict[str, Any]:
    return {
        "tytul": breakdown.title,
        "kolumny": [breakdown.first, *breakdown.columns],
        "wiersze": [[text(row.label), *cells(row)] for row in rows_of(ind, breakdown)],
    }


def report_data(ws: Workspace, ind: Indicators) -> DocumentData:
    g = ind.groups
    notes = [note for note in (headcount_note(ind), no_data_note(ind)) if note]
    context = base_context(ws) | {
        "stan_na": long_date(ind.today),
        "wskazniki": [{"nazwa": label, "wartosc": value} for label, value in summary(ind)],
        "przeszkoleni": ind.people_trained,
        "cel": number(ind.target),
        "w_wieku_60_plus": g.age_60_plus,
        "w_wieku_50_plus": g.age_50_plus,
        "z_niepelnosprawnoscia": g.with_disability,
        "kobiety": g.women,
        "godziny": number(ind.hours_delivered),
        "prog_ukonczenia": ind.threshold,
        "uwagi": notes,
        "objasnienie": LEGEND,
        "tabele": [_table(ind, breakdown) for breakdown in BREAKDOWNS],
    }
    name = f"raport-wskaznikow-{ind.today.isoformat()}-{slugify(ws.settings.gmina.nazwa)}.docx"
    if not ws.problems:
        return DocumentData(context, name)
    # read despite errors (cli/reading.py): what was left out is missing from the counts too
    return DocumentData(context, name, [INCOMPLETE], fixes=["popraw błędy w plikach: emocni check"])
