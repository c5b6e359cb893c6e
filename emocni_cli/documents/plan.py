"""Template contexts of the two plan documents: the general part and one annual plan."""

from __future__ import annotations

import datetime as dt
from typing import Any

from emocni_cli.actions.plan import require_general
from emocni_cli.documents.context import base_context, long_date, number, paragraphs, record_fields, text
from emocni_cli.documents.render import DocumentData
from emocni_cli.errors import NotFoundError
from emocni_cli.model.plan import SECTIONS, check_plan_year, period_text
from emocni_cli.model.statuses import TRAINING_CANCELLED
from emocni_cli.model.term import term_text
from emocni_cli.model.training import PlanTotals, Training
from emocni_cli.model.vocabularies import slugify
from emocni_cli.workspace.load import Workspace


def _plan_context(ws: Workspace, today: dt.date) -> dict[str, Any]:
    years = ws.settings.plan.years
    cel = ws.settings.wymagania.cel_uczestnikow
    return base_context(ws, today) | {
        "okres": period_text(years),
        "rok_poczatkowy": years[0],
        "rok_koncowy": years[-1],
        "cel_uczestnikow": number(cel),
    }


def _blank_basic_data(ws: Workspace, general: bool) -> list[str]:
    """Rows of the basic-data table that would print empty, each with where to fill it in."""
    s = ws.settings
    rows = [
        (s.gmina.powiat, "powiat — emocni config set gmina.powiat NAZWA"),
        (s.gmina.wojewodztwo, "województwo — emocni config set gmina.wojewodztwo NAZWA"),
        (s.partnerstwo.lider, "lider partnerstwa — emocni partnership edit --leader ID"),
    ]
    if general:
        rows += [
            (
                s.emocarz.email or s.emocarz.telefon,
                "kontakt do e-Mocarza — emocni config set emocarz.email ADRES",
            ),
            (
                s.partnerstwo.data_zawiazania,
                "data zawiązania partnerstwa — emocni partnership edit --founded DATA",
            ),
            (
                s.wymagania.cel_uczestnikow,
                "liczba mieszkańców do przeszkolenia — emocni config set wymagania.cel_uczestnikow LICZBA",
            ),
        ]
    return [where for value, where in rows if not value]


def general_plan(ws: Workspace, today: dt.date) -> DocumentData:
    """The general part; a draft while a section is missing or thin, or the animator has not
    accepted it (an accepted plan is final: the animator is the judge of its sections)."""
    plan = require_general(ws)
    acc = plan.akceptacja
    sections = {key: paragraphs(getattr(plan, key)) for key in SECTIONS}
    missing = (
        [] if acc.zaakceptowano else [f"sekcja „{gap.title}”: {gap.problem}" for gap in plan.section_gaps()]
    )
    if acc.zaakceptowano is None:
        missing.append(
            "plan nie został jeszcze zaakceptowany przez animatora"
            + (f" (przekazano {long_date(acc.przekazano_animatorowi)})" if acc.przekazano_animatorowi else "")
        )
    context = _plan_context(ws, today) | {
        "plan": sections,
        "sekcje": [
            {"numer": n, "klucz": key, "tytul": title, "akapity": sections[key]}
            for n, (key, title) in enumerate(SECTIONS.items(), start=1)
        ],
        "akceptacja": {
            "przekazano_animatorowi": long_date(acc.przekazano_animatorowi),
            "zaakceptowano": long_date(acc.zaakceptowano),
            "wgrano_na_platforme": long_date(acc.wgrano_na_platforme),
            "uwagi_animatora": paragraphs(acc.uwagi_animatora),
        },
    }
    years = ws.settings.plan.years
    name = f"plan-ogolny-{years[0]}-{years[-1]}-{slugify(ws.settings.gmina.nazwa)}.docx"
    return DocumentData(context, name, missing, _blank_basic_data(ws, general=True))


def format_termin(value: str | None) -> str:
    """A training's term in a document: the Polish way (term_text), empty when not planned yet."""
    return term_text(text(value))


def _training_row(nr: int, t: Training, partner_names: dict[str, str]) -> dict[str, Any]:
    return {
        "nr": nr,
        **record_fields(t),
        "termin": format_termin(t.termin),
        "partner": text(partner_names.get(t.partner or "", t.partner)),
        "odwolane": t.status == TRAINING_CANCELLED,
    }


def _totals(trainings: list[Training]) -> dict[str, str]:
    totals = PlanTotals.of(trainings)
    return {name: number(getattr(totals, name)) for name in PlanTotals.__dataclass_fields__}


_ESSENTIAL = {
    "termin": "terminu",
    "godziny": "liczby godzin",
    "miejsce": "miejsca",
    "uczestnicy_plan": "liczby uczestników",
}


def annual_plan(ws: Workspace, year: int, today: dt.date) -> DocumentData:
    """One annual plan; a draft while it is empty or a planned training lacks essential data."""
    check_plan_year(ws.settings.plan.years, year)
    plans = ws.annual_plans
    if year not in plans:
        existing = ", ".join(map(str, plans)) or "żadnych"
        raise NotFoundError(
            f"Nie ma planu rocznego na rok {year} (brak pliku plan-{year}.toml).",
            hint=f"dodaj szkolenie: emocni training add --year {year} --title …; "
            f"istniejące plany: {existing}",
        )
    trainings = plans[year]
    names = ws.partner_names
    missing = [] if trainings else ["plan nie zawiera jeszcze żadnego szkolenia"]
    for nr, t in enumerate(trainings, start=1):
        lacking = [what for field, what in _ESSENTIAL.items() if getattr(t, field) is None]
        if lacking and t.status != TRAINING_CANCELLED:
            missing.append(f"szkolenie nr {nr} „{t.tytul}”: brak {', '.join(lacking)}")
    context = _plan_context(ws, today) | {
        "rok": year,
        "szkolenia": [_training_row(nr, t, names) for nr, t in enumerate(trainings, start=1)],
        "razem": _totals(trainings),
    }
    name = f"plan-szczegolowy-{year}-{slugify(ws.settings.gmina.nazwa)}.docx"
    return DocumentData(context, name, missing, _blank_basic_data(ws, general=False))
