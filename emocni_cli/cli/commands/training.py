"""emocni training …: trainings of the annual plans (the detailed part of the plan)."""

from __future__ import annotations

import dataclasses
from collections import Counter
from pathlib import Path
from typing import Any

import typer

from emocni_cli.cli import csv_transfer as csv
from emocni_cli.cli import output
from emocni_cli.cli import record_views as rc
from emocni_cli.cli.commands.training_run import app as running_app
from emocni_cli.cli.commands.training_session import app as session_app
from emocni_cli.cli.document_output import FORCE_OPTION
from emocni_cli.cli.options import (
    YES_OPTION,
    FieldOption,
    FieldOptions,
    opt_date,
    root,
)
from emocni_cli.cli.reading import refuse_if_left_out, workspace_for_reading
from emocni_cli.model.plan import check_plan_year
from emocni_cli.model.training import PlanTotals, Training
from emocni_cli.model.values import format_date, format_hours
from emocni_cli.model.vocabularies import TRAINING_AREAS, TRAINING_FORMS, TRAINING_STATUSES
from emocni_cli.workspace.layout import ANNUAL_FILE, PARTNERS, training_kind
from emocni_cli.workspace.load import Workspace

app = typer.Typer(
    help="Roczne plany szkoleń (część szczegółowa planu): szkolenia na każdy rok okresu planu.",
    no_args_is_help=True,
)
app.add_typer(session_app, name="session")
app.add_typer(running_app)  # enrol, resign, attendance, progress, sheet, certificates

AREA_HELP = (
    "Obszar z „Ramowego katalogu kompetencji cyfrowych”: "
    + ", ".join(TRAINING_AREAS.labels)
    + " — albo własny temat (dowolny tekst)."
)
FORM_HELP = "Forma: " + ", ".join(TRAINING_FORMS.labels) + "."
STATUS_HELP = "Status: " + ", ".join(TRAINING_STATUSES.labels) + "."
ID_ARG = typer.Argument(..., metavar="ID", help="Identyfikator szkolenia, np. 2019-01 (zob. list).")
YEAR_OF_ID = typer.Option(
    None, "--year", "-y", help="Rok planu (domyślnie: plan, w którym jest szkolenie o tym ID)."
)


OPTIONS = FieldOptions(
    Training,
    FieldOption("--title", "tytul", "Tytuł lub temat szkolenia.", short="-t"),
    FieldOption("--area", "obszar", AREA_HELP),
    FieldOption("--group", "grupa_docelowa", 'Grupa docelowa, np. "dorośli 50+".'),
    FieldOption("--form", "forma", FORM_HELP),
    FieldOption("--hours", "godziny", "Liczba godzin, np. 12 albo 1,5."),
    FieldOption("--when", "termin", 'Termin: miesiąc albo daty, np. "marzec 2019", "12–14.03.2019".'),
    FieldOption("--place", "miejsce", "Miejsce szkolenia."),
    FieldOption("--partner", "partner", "Id partnera-organizatora (emocni partner list)."),
    FieldOption("--trainer", "trener", "Trener (imię i nazwisko)."),
    FieldOption("--participants", "uczestnicy_plan", "Planowana liczba uczestników.", type=int, min=0),
    FieldOption("--recruitment", "rekrutacja", "Rekrutacja: kto i jak zbiera zgłoszenia."),
    FieldOption(
        "--accessibility", "dostepnosc", 'Potrzeby dostępności, np. "tłumacz PJM", "sala na parterze".'
    ),
    FieldOption("--notes", "notatki", "Notatki."),
    FieldOption("--status", "status", STATUS_HELP),
    FieldOption("--actual", "uczestnicy_faktycznie", "Faktyczna liczba uczestników.", type=int, min=0),
    FieldOption("--done-on", "zrealizowano", "Data zakończenia szkolenia (zob. emocni training done)."),
)


@app.command("add")
@OPTIONS(without=["--status", "--actual", "--done-on"], required=["--title"])
def add(
    ctx: typer.Context,
    year: int = typer.Option(..., "--year", "-y", help="Rok planu, np. 2019 (musi być w okresie planu)."),
    *,
    fields: dict[str, Any],
    id_: str | None = typer.Option(
        None, "--id", help="Własny identyfikator (domyślnie ROK-NR, np. 2019-01)."
    ),
) -> None:
    """Dodaj szkolenie do planu rocznego (plik plan-ROK.toml powstanie, jeśli go nie ma).

    Szkolenie o tym samym tytule i terminie w tym roku jest dodawane z ostrzeżeniem."""
    from emocni_cli.actions.plan import add_training

    values = {**fields, "id": id_} if id_ else fields
    record, twin = add_training(root(ctx), year, values)
    rc.added(training_kind(year), record)
    if twin:
        output.warning(
            f"w planie {year} jest już szkolenie „{record.tytul}” w tym samym terminie ({twin}) — "
            f"jeśli to pomyłka, usuń nowe: emocni training remove {record.id}"
        )


def _participants(t: Training) -> str:
    planned = "" if t.uczestnicy_plan is None else str(t.uczestnicy_plan)
    if t.uczestnicy_faktycznie is None:
        return planned
    return f"{planned or '—'} / {t.uczestnicy_faktycznie}"


COLUMNS = [
    *rc.columns(Training, "id", "tytul", "termin", "godziny"),
    ("osoby", _participants),
    *rc.columns(Training, "status"),
]


def _totals_line(totals: PlanTotals) -> str:
    return (
        f"szkolenia: {totals.szkolenia} · godziny: {format_hours(totals.godziny)} · "
        f"uczestnicy planowani: {totals.uczestnicy_plan} · "
        f"zrealizowane: {totals.zrealizowane} · uczestnicy faktycznie: {totals.uczestnicy_faktycznie} · "
        f"odwołane: {totals.odwolane}"
    )


def _plan_json(year: int, trainings: list[Training], sessions: Counter[str]) -> dict[str, Any]:
    """One plan for --json; a training with sessions has their term and hours, and their number."""
    return {
        "rok": year,
        "plik": training_kind(year).file,
        "szkolenia": [
            t.model_dump(mode="json", exclude_none=True)
            | ({"zajecia": sessions[t.id]} if sessions[t.id] else {})
            for t in trainings
        ],
        "razem": dataclasses.asdict(PlanTotals.of(trainings)),
    }


@app.command("list")
def list_(
    ctx: typer.Context,
    year: int | None = typer.Option(
        None, "--year", "-y", help="Rok planu (domyślnie: wszystkie plany roczne)."
    ),
    as_json: bool = rc.JSON_OPTION,
) -> None:
    """Lista szkoleń planu rocznego z podsumowaniem (szkolenia, godziny, uczestnicy).

    Kolumna „osoby”: planowana liczba uczestników, a po szkoleniu „plan / faktycznie”. Termin
    i godziny szkolenia, które ma zajęcia, wynikają z jego zajęć (emocni training session list)."""
    from emocni_cli.trainings.schedule import scheduled_plans

    ws = workspace_for_reading(ctx)
    if year is not None:
        check_plan_year(ws.settings.plan.years, year)
    every = scheduled_plans(ws)
    plans = {year: every.get(year, [])} if year is not None else every
    if as_json:
        counts = Counter(s.szkolenie for s in ws.sessions)
        objects = [_plan_json(y, items, counts) for y, items in plans.items()]
        output.emit_json(objects[0] if year is not None else objects)
        return
    if not plans:
        output.info(
            "Nie ma jeszcze planów rocznych. Dodaj szkolenie: emocni training add --year ROK --title …"
        )
    with_sessions = {s.szkolenie for s in ws.sessions}
    for y, items in plans.items():
        if not items:
            output.info(f"Plan na rok {y} nie ma szkoleń. Dodaj: emocni training add --year {y} --title …")
            continue
        output.table(
            [h for h, _ in COLUMNS], ([fn(t) for _, fn in COLUMNS] for t in items), title=f"Plan {y}"
        )
        output.out.print(f"Razem {y}: {_totals_line(PlanTotals.of(items))}", markup=False)
        if ids := [t.id for t in items if t.id in with_sessions]:
            output.info(f"Termin i godziny według zajęć: {', '.join(ids)} (emocni training session list ID).")


def _derived(ws: Workspace, training: Any) -> list[tuple[str, str]]:
    """The partner's name, and the term and hours the training's sessions give it."""
    from emocni_cli.trainings.attendance import sessions_of, training_hours
    from emocni_cli.trainings.schedule import term_of

    partner = ws.find(PARTNERS, training.partner) if training.partner else None
    pairs = [("nazwa partnera", partner.nazwa)] if partner else []
    sessions = sessions_of(ws.sessions, training.id)
    if sessions:
        pairs += [
            ("zajęcia", f"{len(sessions)} (emocni training session list {training.id})"),
            ("termin według zajęć", term_of(sessions)),
            ("godziny według zajęć", format_hours(training_hours(training, sessions))),
        ]
    return pairs


@app.command("show")
def show(
    ctx: typer.Context,
    training_id: str = ID_ARG,
    year: int | None = YEAR_OF_ID,
    as_json: bool = rc.JSON_OPTION,
) -> None:
    """Pokaż wszystkie dane szkolenia (a gdy ma zajęcia — także termin i godziny według zajęć)."""
    from emocni_cli.actions.plan import locate

    ws = workspace_for_reading(ctx)
    if not any(t.id == training_id for items in ws.annual_plans.values() for t in items):
        annual = [item.file for item in ws.left_out if ANNUAL_FILE.match(item.file)]
        refuse_if_left_out(ws, training_id, annual)
    year = locate(ws, training_id, year)
    rc.show_record(ws, training_kind(year), training_id, as_json, extra=_derived)


@app.command("edit")
@OPTIONS()
def edit(
    ctx: typer.Context,
    training_id: str = ID_ARG,
    year: int | None = YEAR_OF_ID,
    *,
    fields: dict[str, Any],
) -> None:
    """Zmień dane szkolenia (podane opcje; "" usuwa wartość; pozostałe pola i komentarze zostają)."""
    from emocni_cli.actions.plan import update_training

    plan_year, record = update_training(root(ctx), training_id, year, fields)
    rc.changed(training_kind(plan_year), record)


@app.command("done")
def done(
    ctx: typer.Context,
    training_id: str = ID_ARG,
    participants: int = typer.Option(
        ..., "--participants", min=0, help="Ilu uczestników faktycznie wzięło udział."
    ),
    year: int | None = YEAR_OF_ID,
    date: str | None = typer.Option(
        None, "--date", "-d", help="Data zakończenia szkolenia, np. 28.03.2019 (domyślnie dziś)."
    ),
) -> None:
    """Oznacz szkolenie jako zrealizowane (z datą, od której status je liczy) i zapisz faktyczną
    liczbę uczestników."""
    from emocni_cli.actions.plan import training_done

    _, record = training_done(root(ctx), training_id, year, participants, opt_date(date))
    output.success(
        f"Szkolenie „{record.id}” ({record.tytul}) zrealizowane {format_date(record.zrealizowano)}, "
        f"liczba uczestników: {participants}."
    )


@app.command("remove")
def remove(
    ctx: typer.Context, training_id: str = ID_ARG, year: int | None = YEAR_OF_ID, yes: bool = YES_OPTION
) -> None:
    """Usuń szkolenie z planu rocznego."""
    from emocni_cli.actions.plan import locate

    year = locate(rc.workspace(ctx), training_id, year)
    rc.remove_record(ctx, training_kind(year), training_id, yes)


YEAR_OF_PLAN = typer.Option(..., "--year", "-y", help="Rok planu, np. 2019.")


@app.command(
    "export",
    help=csv.export_help("Zapisz szkolenia planu rocznego do pliku CSV (pusty plan daje wzór z nagłówkiem)."),
)
def export(
    ctx: typer.Context,
    year: int = YEAR_OF_PLAN,
    out: Path | None = csv.csv_out_option("szkolenia-ROK.csv"),
    force: bool = FORCE_OPTION,
) -> None:
    csv.export_rows(ctx, year, out, f"szkolenia-{year}.csv", force)


@app.command(
    "import",
    help=csv.import_help(
        "Wczytaj szkolenia planu rocznego z pliku CSV: nowe dodaj, istniejące zmień tylko z --update."
    ),
)
def import_(
    ctx: typer.Context,
    year: int = YEAR_OF_PLAN,
    path: Path = csv.CSV_IN_OPTION,
    dry_run: bool = csv.DRY_RUN_OPTION,
    update: bool = csv.UPDATE_OPTION,
) -> None:
    csv.import_rows(ctx, year, path, update, dry_run)
