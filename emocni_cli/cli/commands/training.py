"""emocni training …: trainings of the annual plans (the detailed part of the plan)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path
from typing import Any

import typer

from emocni_cli.cli import csv_transfer as csv
from emocni_cli.cli import output
from emocni_cli.cli import record_views as rc
from emocni_cli.cli.document_output import FORCE_OPTION
from emocni_cli.cli.options import (
    TODAY_OPTION,
    YES_OPTION,
    FieldOption,
    FieldOptions,
    opt_date,
    opt_today,
    root,
)
from emocni_cli.cli.reading import refuse_if_left_out, workspace_for_reading
from emocni_cli.errors import InputError
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


def _plan_json(year: int, trainings: list[Training]) -> dict[str, Any]:
    return {
        "rok": year,
        "plik": training_kind(year).file,
        "szkolenia": [t.model_dump(mode="json", exclude_none=True) for t in trainings],
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

    Kolumna „osoby”: planowana liczba uczestników, a po szkoleniu „plan / faktycznie”."""
    ws = workspace_for_reading(ctx)
    if year is not None:
        check_plan_year(ws.settings.plan.years, year)
    plans = {year: ws.annual_plans.get(year, [])} if year is not None else ws.annual_plans
    if as_json:
        objects = [_plan_json(y, items) for y, items in plans.items()]
        output.emit_json(objects[0] if year is not None else objects)
        return
    if not plans:
        output.info(
            "Nie ma jeszcze planów rocznych. Dodaj szkolenie: emocni training add --year ROK --title …"
        )
    for y, items in plans.items():
        if not items:
            output.info(f"Plan na rok {y} nie ma szkoleń. Dodaj: emocni training add --year {y} --title …")
            continue
        output.table(
            [h for h, _ in COLUMNS], ([fn(t) for _, fn in COLUMNS] for t in items), title=f"Plan {y}"
        )
        output.out.print(f"Razem {y}: {_totals_line(PlanTotals.of(items))}", markup=False)


def _partner_name(ws: Workspace, training: Any) -> list[tuple[str, str]]:
    partner = ws.find(PARTNERS, training.partner) if training.partner else None
    return [("nazwa partnera", partner.nazwa)] if partner else []


@app.command("show")
def show(
    ctx: typer.Context,
    training_id: str = ID_ARG,
    year: int | None = YEAR_OF_ID,
    as_json: bool = rc.JSON_OPTION,
) -> None:
    """Pokaż wszystkie dane szkolenia."""
    from emocni_cli.actions.plan import locate

    ws = workspace_for_reading(ctx)
    if not any(t.id == training_id for items in ws.annual_plans.values() for t in items):
        annual = [item.file for item in ws.left_out if ANNUAL_FILE.match(item.file)]
        refuse_if_left_out(ws, training_id, annual)
    year = locate(ws, training_id, year)
    rc.show_record(ws, training_kind(year), training_id, as_json, extra=_partner_name)


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


# --- running a training: enrolment, resignation, attendance, progress (cli/people_views.py) ------

PEOPLE_ARG = typer.Argument(
    ...,
    metavar="UCZESTNIK",
    help='Numer (u-001) albo imię i nazwisko; kilka osób kolejno: u-001 "Anna Nowak".',
)
ON_DATE = typer.Option(None, "--date", "-d", help="Data, np. 20.02.2019 (domyślnie dziś).")


@app.command("enrol")
def enrol(
    ctx: typer.Context,
    training_id: str = ID_ARG,
    persons: list[str] = PEOPLE_ARG,
    reserve: bool = typer.Option(False, "--reserve", help="Na listę rezerwową, nawet gdy są wolne miejsca."),
    date: str | None = ON_DATE,
) -> None:
    """Zapisz uczestników na szkolenie (gdy brak miejsc — na listę rezerwową).

    Miejsc na liście głównej jest tyle, ile planowanych uczestników (training edit ID --participants N).

    Kolejne osoby trafiają na listę rezerwową; pierwsza z nich przejdzie na główną po rezygnacji."""
    from emocni_cli.actions.enrolments import enrol as enrol_people
    from emocni_cli.actions.enrolments import training_of
    from emocni_cli.cli import people_views as views

    done = enrol_people(root(ctx), training_id, persons, opt_date(date) or dt.date.today(), reserve)
    ws = rc.workspace(ctx)
    views.enrolled(ws, training_of(ws, training_id), done)


@app.command("resign")
def resign(
    ctx: typer.Context,
    training_id: str = ID_ARG,
    person: str = typer.Argument(..., metavar="UCZESTNIK", help="Numer (u-001) albo imię i nazwisko."),
    date: str | None = ON_DATE,
) -> None:
    """Zapisz rezygnację uczestnika ze szkolenia.

    Zwolnione miejsce na liście głównej dostaje pierwsza osoba z listy rezerwowej."""
    from emocni_cli.actions.enrolments import resign as resign_person
    from emocni_cli.actions.enrolments import training_of
    from emocni_cli.cli import people_views as views

    item, moved = resign_person(root(ctx), training_id, person, opt_date(date) or dt.date.today())
    ws = rc.workspace(ctx)
    training = training_of(ws, training_id)
    views.resigned(training, item, moved)
    output.info(views.seats_line(ws, training))


@app.command("attendance")
def attendance(
    ctx: typer.Context,
    training_id: str = ID_ARG,
    more: list[str] | None = typer.Argument(
        None,
        metavar="UCZESTNIK",
        help="Kolejne osoby do --present (albo do --absent, gdy podano tylko ją).",
    ),
    session: str = typer.Option(
        ..., "--session", "-s", help="Numer zajęć (1, 2…), ich data (05.03.2019) albo id (2019-01.1)."
    ),
    present: list[str] | None = typer.Option(
        None,
        "--present",
        "-p",
        help='Kto był: numer albo imię i nazwisko; kilka osób: "u-001, u-002" albo kolejno.',
    ),
    absent: list[str] | None = typer.Option(
        None, "--absent", help="Kogo jednak nie było (poprawka): usuwa zapisaną obecność."
    ),
    today: str | None = TODAY_OPTION,
) -> None:
    """Zapisz obecność na zajęciach, które już się odbyły (z podpisanej listy obecności).

    --present dopisuje obecnych, --absent usuwa obecność wpisaną przez pomyłkę.

    Obecność pozostałych osób zostaje bez zmian. Tylko dla osób z listy głównej szkolenia.

    Przykład: emocni training attendance 2019-01 --session 1 --present u-001 u-002 "Anna Nowak"
    """
    from emocni_cli.actions.enrolments import attendance as mark
    from emocni_cli.actions.enrolments import training_of
    from emocni_cli.cli import people_views as views

    here, away = list(present or []), list(absent or [])
    if more and here and away:
        raise InputError(
            f"Nie wiadomo, czy {', '.join(more)} to osoby obecne, czy nieobecne.",
            hint="przed każdą osobą napisz --present albo --absent",
        )
    (away if away and not here else here).extend(more or [])
    if not here and not away:
        raise InputError("Podaj, kto był na zajęciach: --present UCZESTNIK (albo --absent).")
    result = mark(root(ctx), training_id, session, here, away, opt_today(ctx, today))
    ws = rc.workspace(ctx)
    views.marked(ws, training_of(ws, training_id), result)


@app.command("progress")
def progress(
    ctx: typer.Context,
    training_id: str = ID_ARG,
    today: str | None = TODAY_OPTION,
    as_json: bool = rc.JSON_OPTION,
) -> None:
    """Obecność każdego uczestnika szkolenia: godziny, procent i czy ukończył.

    Ukończył, kto był na co najmniej wymagania.prog_ukonczenia (domyślnie 80) procent godzin.
    """
    from emocni_cli.actions.enrolments import training_of
    from emocni_cli.cli import people_views as views

    ws = workspace_for_reading(ctx, personal=True)
    views.progress(ws, training_of(ws, training_id), opt_today(ctx, today), as_json)
