"""Template contexts of the two plan documents: the general part and one annual plan."""

from __future__ import annotations

import datetime as dt
from typing import Any

from emocni_cli.actions.plan import next_step, require_general
from emocni_cli.documents.context import base_context, long_date, number, paragraphs, record_fields, text
from emocni_cli.documents.render import DocumentData
from emocni_cli.errors import NotFoundError
from emocni_cli.model.plan import SECTIONS, check_plan_year, period_text
from emocni_cli.model.statuses import TRAINING_CANCELLED
from emocni_cli.model.term import term_text
from emocni_cli.model.training import PlanTotals, Training
from emocni_cli.model.vocabularies import slugify
from emocni_cli.workspace.load import Workspace


def _plan_context(ws: Workspace, prepared: dt.date | None) -> dict[str, Any]:
    years = ws.settings.plan.years
    cel = ws.settings.wymagania.cel_uczestnikow
    return base_context(ws, prepared) | {
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


FILL_SECTIONS = (
    "uzupełnij sekcje: emocni plan set SEKCJA --file PLIK albo emocni plan edit (lista: emocni plan check)"
)


def _version(acc: Any, draft: bool, prepared: dt.date | None) -> str:
    """The state line under the title: accepted (and uploaded), or the version the animator is to
    accept, dated by --date, else by the day it was sent, else today; '' for a draft."""
    if acc.zaakceptowano:
        accepted = "Wersja zaakceptowana przez regionalnego animatora partnerstw dnia " + long_date(
            acc.zaakceptowano
        )
        uploaded = acc.wgrano_na_platforme
        return accepted + (f", wgrana na platformę e-Mocni dnia {long_date(uploaded)}" if uploaded else "")
    if draft:
        return ""
    day = prepared or acc.przekazano_animatorowi or dt.date.today()
    return f"Wersja do akceptacji animatora z dnia {long_date(day)}"


def general_plan(ws: Workspace, prepared: dt.date | None = None) -> DocumentData:
    """The general part; a draft while a section is missing or thin — the verdict of `plan check`
    (an accepted plan is final: the animator is the judge of its sections)."""
    plan = require_general(ws)
    acc = plan.akceptacja
    sections = {key: paragraphs(getattr(plan, key)) for key in SECTIONS}
    gaps = [] if acc.zaakceptowano else plan.section_gaps()
    missing = [f"sekcja „{gap.title}”: {gap.problem}" for gap in gaps]
    done = acc.zaakceptowano and acc.wgrano_na_platforme
    context = _plan_context(ws, prepared) | {
        "plan": sections,
        "wersja": _version(acc, bool(missing), prepared),
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
    fixes = [FILL_SECTIONS] if missing else [] if done else [next_step(plan)]
    return DocumentData(context, name, missing, _blank_basic_data(ws, general=True), fixes)


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


# field: (what the document says is missing, the option of `training edit` that fills it in)
_ESSENTIAL = {
    "termin": ("terminu", "--when"),
    "godziny": ("liczby godzin", "--hours"),
    "miejsce": ("miejsca", "--place"),
    "uczestnicy_plan": ("liczby uczestników", "--participants"),
}


def annual_plan(ws: Workspace, year: int, prepared: dt.date | None = None) -> DocumentData:
    """One annual plan; a draft while it is empty or a planned training lacks essential data. A
    training with sessions has their term and hours."""
    from emocni_cli.trainings.schedule import scheduled_plans

    check_plan_year(ws.settings.plan.years, year)
    plans = scheduled_plans(ws)
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
    fixes = [] if trainings else [f"dodaj szkolenie: emocni training add --year {year} --title …"]
    for nr, t in enumerate(trainings, start=1):
        lacking = [need for field, need in _ESSENTIAL.items() if getattr(t, field) is None]
        if lacking and t.status != TRAINING_CANCELLED:
            missing.append(f"szkolenie nr {nr} „{t.tytul}”: brak {', '.join(what for what, _ in lacking)}")
            fixes.append(f"emocni training edit {t.id} " + " ".join(f"{option} …" for _, option in lacking))
    context = _plan_context(ws, prepared) | {
        "rok": year,
        "przyjeto": long_date(ws.plan_adopted(year)),
        "szkolenia": [_training_row(nr, t, names) for nr, t in enumerate(trainings, start=1)],
        "razem": _totals(trainings),
    }
    name = f"plan-szczegolowy-{year}-{slugify(ws.settings.gmina.nazwa)}.docx"
    return DocumentData(context, name, missing, _blank_basic_data(ws, general=False), fixes)
