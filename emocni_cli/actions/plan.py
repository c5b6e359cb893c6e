"""Operations on the three-year training plan: the general part (sections and the acceptance
workflow) and the trainings of the annual plans. Every write goes through editing(), so comments
survive and the whole workspace is validated first; tomlkit is imported only where it writes."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from emocni_cli.errors import InputError, NotFoundError, RefusedError
from emocni_cli.model.plan import (
    GENERAL_FILE,
    SECTION_NAMES,
    SECTIONS,
    STEP_CHOICES,
    STEP_NAMES,
    STEPS,
    GeneralPlan,
    Step,
    check_plan_year,
)
from emocni_cli.model.statuses import TRAINING_DONE
from emocni_cli.model.term import other_years
from emocni_cli.model.training import Training
from emocni_cli.model.values import format_date
from emocni_cli.model.vocabularies import fold
from emocni_cli.workspace.layout import training_kind
from emocni_cli.workspace.load import Workspace, load

# --- the general part --------------------------------------------------------------------------


def section_key(name: str) -> str:
    """The section key for what a person typed ("diagnoza", "Grupy docelowe", "promocja")."""
    try:
        return SECTION_NAMES.parse(name)
    except ValueError as exc:
        import difflib

        message = str(exc)
        close = difflib.get_close_matches(fold(name), list(SECTIONS), n=1, cutoff=0.7)
        hint = "np. emocni plan set diagnoza --file diagnoza.txt"
        if close:
            hint = f"może chodziło o „{close[0]}”? — emocni plan set {close[0]} --file PLIK"
        raise InputError(f"{message[0].upper()}{message[1:]}.", hint=hint) from None


def init_general(root: Path) -> Path:
    """Write plan-ogolny.toml with guidance comments; never overwrite an existing one."""
    from emocni_cli.workspace.edits import editing

    path = root / GENERAL_FILE
    if path.exists():
        raise RefusedError(
            f"Plik {GENERAL_FILE} już istnieje — niczego nie nadpisano.",
            hint="zobacz go: emocni plan show; zmień: emocni plan set SEKCJA … albo emocni plan edit",
        )
    with editing(root) as tx:
        tx.document(GENERAL_FILE)
    return path


def _multiline(text: str) -> Any:
    """A TOML multi-line string that starts on the line after the opening quotes, as a person
    would write it in Notepad (tomlkit alone would put the first line right after them)."""
    import tomlkit

    body = text.replace("\r\n", "\n").strip("\n")
    inner = tomlkit.string(body + "\n", multiline=True).as_string()[3:-3] if body.strip() else ""
    return tomlkit.parse(f'v = """\n{inner}"""\n')["v"]


@dataclass(frozen=True)
class SectionChange:
    key: str
    plan: GeneralPlan
    accepted_on: dt.date | None  # the plan had been accepted before this change


def set_section(root: Path, name: str, text: str) -> SectionChange:
    """Replace the text of one section in place (the file is created from the template if missing)."""
    from emocni_cli.workspace.edits import editing

    key = section_key(name)
    with editing(root) as tx:
        before = tx.workspace.general_plan
        doc = tx.document(GENERAL_FILE)
        if key in doc:
            doc[key] = _multiline(text)
        else:
            doc.add(key, _multiline(text))
    plan = load(root).general_plan
    assert plan is not None
    return SectionChange(key, plan, before.akceptacja.zaakceptowano if before else None)


def require_general(ws: Workspace) -> GeneralPlan:
    if ws.general_plan is None:
        raise RefusedError(
            f"Nie ma jeszcze części ogólnej planu (brak pliku {GENERAL_FILE}).",
            hint="utwórz ją poleceniem: emocni plan init",
        )
    return ws.general_plan


@dataclass(frozen=True)
class Marked:
    step: Step
    date: dt.date
    previous: dt.date | None  # the date this step had before, when it was marked again


def step_of(name: str) -> Step:
    try:
        key = STEP_NAMES.parse(name)
    except ValueError as exc:
        raise InputError(f"Nieznany krok „{name}”.", hint=f"dozwolone: {STEP_CHOICES}") from exc
    return next(s for s in STEPS if s.key == key)


def _check_order(plan: GeneralPlan, step: Step, day: dt.date) -> None:
    """Refuse only a date that contradicts another recorded step (uploaded before accepted,
    accepted before sent). A step recorded without the one before it is a fact, not an error."""
    problem = plan.akceptacja.contradiction(step, day)
    if problem:
        raise RefusedError(
            f"{problem[0].upper()}{problem[1:]}.",
            hint="sprawdź datę; kolejność: przekazano animatorowi → zaakceptowano → wgrano na platformę",
        )


def _recorded_day(day: dt.date | None, today: dt.date | None, what: str) -> dt.date:
    """The date of something that has happened: today by default, never in the future."""
    today = today or dt.date.today()
    day = day or today
    if day > today:
        raise InputError(
            f"Data {format_date(day)} jest w przyszłości — zapisz {what}, gdy już nastąpi.",
            hint="pomiń --date, aby użyć dzisiejszej daty",
        )
    return day


def mark(
    root: Path, name: str, day: dt.date | None, remarks: str | None = None, today: dt.date | None = None
) -> Marked:
    """Record one step of the acceptance workflow (sent → accepted → uploaded) as the person
    reports it; refused only for a future date or one that contradicts another recorded step."""
    from emocni_cli.workspace.edits import editing, toml_value

    step = step_of(name)
    day = _recorded_day(day, today, "ten krok")
    with editing(root) as tx:
        # A plan written in the official form has no sections here: its steps are recorded all the
        # same (plan-ogolny.toml is created from the template when missing).
        plan = tx.workspace.general_plan or GeneralPlan()
        _check_order(plan, step, day)
        doc = tx.document(GENERAL_FILE)
        if "akceptacja" not in doc:
            import tomlkit

            doc.add("akceptacja", tomlkit.table())
        table = doc["akceptacja"]
        table[step.field] = day
        if remarks is not None:
            if remarks.strip():
                table["uwagi_animatora"] = _multiline(remarks) if "\n" in remarks else toml_value(remarks)
            elif "uwagi_animatora" in table:
                del table["uwagi_animatora"]
    previous = plan.akceptacja.date_of(step)
    return Marked(step, day, previous if previous != day else None)


def next_step(plan: GeneralPlan) -> str:
    """What the e-Mocarz should do next with the general part, in Polish."""
    acc = plan.akceptacja
    if all(acc.date_of(step) is None for step in STEPS):
        if plan.section_gaps():
            return (
                "uzupełnij sekcje wskazane przez: emocni plan check (albo, jeśli plan powstał "
                "w oficjalnej formatce, przekaż go animatorowi i zapisz to: emocni plan mark sent)"
            )
        return "wyślij plan animatorowi i zapisz to: emocni plan mark sent"
    if acc.zaakceptowano is None:
        return "po akceptacji animatora zapisz ją: emocni plan mark accepted --date DATA"
    if acc.wgrano_na_platforme is None:
        return "wgraj plan na platformę e-Mocni i zapisz to: emocni plan mark uploaded"
    return "część ogólna jest zaakceptowana i wgrana na platformę — nic więcej nie trzeba"


# --- the annual plans --------------------------------------------------------------------------


def adopt_annual(root: Path, year: int, day: dt.date | None, today: dt.date | None = None) -> dt.date:
    """Record the date the partnership adopted the annual plan of that year (przyjeto = …)."""
    from emocni_cli.workspace.edits import editing
    from emocni_cli.workspace.layout import ADOPTED_KEY

    day = _recorded_day(day, today, "przyjęcie planu")
    with editing(root) as tx:
        check_plan_year(tx.workspace.settings.plan.years, year)
        kind = training_kind(year)
        if not tx.workspace.of(kind):
            raise RefusedError(
                f"Plan na rok {year} nie ma jeszcze żadnego szkolenia ({kind.file}).",
                hint=f"najpierw dodaj szkolenia: emocni training add --year {year} --title …",
            )

        def adopted(doc: Any) -> None:
            doc[ADOPTED_KEY] = day

        tx.change(kind.file, None, "", adopted)
    return day


def next_training_id(year: int, trainings: list[Training]) -> str:
    """'2019-01', '2019-02', …: numbered within the year, after the highest number in use."""
    numbers = [int(m[1]) for t in trainings if (m := re.fullmatch(rf"{year}-(\d+)", t.id))]
    return f"{year}-{max(numbers, default=0) + 1:02d}"


def _check_termin(termin: str | None, year: int) -> None:
    other = other_years(termin, year)
    if other:
        raise InputError(
            f"Termin „{termin}” nie pasuje do planu na rok {year}.",
            hint=f"szkolenie z roku {other[0]} dodaj do planu tego roku: --year {other[0]}",
        )


def add_training(root: Path, year: int, values: dict[str, Any]) -> tuple[Training, str | None]:
    """Add a training to plan-ROK.toml (created with its commented header when missing). Returns
    it and the id of a training of that year with the same title and term, if any (a warning:
    the same training may run twice, e.g. for two groups)."""
    from emocni_cli.actions.records import add
    from emocni_cli.workspace.checks import training_twin

    ws = load(root)
    check_plan_year(ws.settings.plan.years, year)
    _check_termin(values.get("termin"), year)
    kind = training_kind(year)
    twin = training_twin(ws.of(kind), values.get("tytul") or "", values.get("termin"))
    if not values.get("id"):
        values = {**values, "id": next_training_id(year, ws.of(kind))}
    return add(root, kind, values), twin


def locate(ws: Workspace, training_id: str, year: int | None = None) -> int:
    """The plan year holding this training; with year given, only that plan is searched."""
    from emocni_cli.actions.records import get

    if year is not None:
        check_plan_year(ws.settings.plan.years, year)
        get(ws, training_kind(year), training_id)
        return year
    found = [y for y, items in ws.annual_plans.items() if any(t.id == training_id for t in items)]
    if len(found) > 1:
        raise InputError(
            f"Szkolenie „{training_id}” jest w planach kilku lat: {', '.join(map(str, found))}.",
            hint=f"wskaż rok, np. --year {found[0]}",
        )
    if not found:
        raise NotFoundError(
            f"Nie ma szkolenia o identyfikatorze „{training_id}” w żadnym planie rocznym.",
            hint="lista szkoleń: emocni training list",
        )
    return found[0]


def update_training(
    root: Path, training_id: str, year: int | None, changes: dict[str, Any]
) -> tuple[int, Training]:
    """Change fields of one training; returns its plan year and the changed training."""
    from emocni_cli.actions.records import update

    year = locate(load(root), training_id, year)
    if changes.get("termin"):
        _check_termin(changes["termin"], year)
    return year, update(root, training_kind(year), training_id, changes)


def training_done(
    root: Path,
    training_id: str,
    year: int | None,
    participants: int,
    day: dt.date | None = None,
    today: dt.date | None = None,
) -> tuple[int, Training]:
    """Mark a training as done on a day (today by default, never in the future), with the number
    of people who actually took part; status judges it done only from that day."""
    day = _recorded_day(day, today, "realizację szkolenia")
    changes = {"status": TRAINING_DONE, "zrealizowano": day, "uczestnicy_faktycznie": participants}
    return update_training(root, training_id, year, changes)
