"""emocni training enrol|resign|attendance|progress|sheet|certificates: running a training —
its participants' enrolment and attendance, and the papers of a training that happens (the
commands join the `training` group; what they print is in cli/people_views.py)."""

from __future__ import annotations

import datetime as dt

import typer

from emocni_cli.cli import output
from emocni_cli.cli import record_views as rc
from emocni_cli.cli.document_output import writes_document
from emocni_cli.cli.options import TODAY_OPTION, opt_date, opt_today, root
from emocni_cli.cli.reading import workspace_for_reading
from emocni_cli.documents.render import CERTIFICATES, TRAINING_ATTENDANCE, DocumentData
from emocni_cli.errors import InputError
from emocni_cli.polish import plural
from emocni_cli.workspace.load import load

app = typer.Typer()

TRAINING_ARG = typer.Argument(..., metavar="SZKOLENIE", help="Identyfikator szkolenia, np. 2019-01.")


@app.command("sheet")
@writes_document(TRAINING_ATTENDANCE)
def write_sheet(
    ctx: typer.Context,
    training_id: str = TRAINING_ARG,
    session: str | None = typer.Option(
        None,
        "--session",
        "-s",
        metavar="NR",
        help="Lista jednych zajęć: ich numer (np. 2), data albo pełny identyfikator (np. 2019-01.2).",
    ),
    blank_rows: int | None = typer.Option(
        None,
        "--blank-rows",
        min=0,
        max=200,
        help="Ile pustych wierszy dodać na końcu listy (domyślnie 3, mniej, gdy dzięki temu lista "
        "zmieści się na jednej stronie).",
    ),
) -> DocumentData:
    """Lista obecności na szkoleniu (.docx, A4 poziomo): uczestnicy z listy głównej i puste wiersze.

    Bez --session: tabela z kolumną podpisów dla każdych zajęć (po 6 zajęć na stronie).
    Z --session: lista jednych zajęć na jednej stronie.
    Lista ma klauzulę RODO, nazwę projektu, numer umowy i miejsce na podpis prowadzącego."""
    from emocni_cli.documents.trainings import attendance_sheet

    return attendance_sheet(load(root(ctx), personal=True), training_id, session, blank_rows)


@app.command("certificates")
@writes_document(
    CERTIFICATES,
    dated=True,
    date_help="Data wydania zaświadczeń, np. 26.03.2019: obecność liczy się do tego dnia "
    "(bez --date: do dziś, a datę wydania wpiszesz ręcznie).",
)
def write_certificates(
    ctx: typer.Context, training_id: str = TRAINING_ARG, prepared: dt.date | None = None
) -> DocumentData:
    """Zaświadczenia ukończenia szkolenia (.docx): jeden plik, strona dla każdej osoby, która je ukończyła.

    Ukończył, kto był obecny na co najmniej 80% godzin (próg: wymagania.prog_ukonczenia).
    -o może wskazać plik albo folder."""
    from emocni_cli.documents.trainings import certificates

    data, forgotten = certificates(load(root(ctx), personal=True), training_id, prepared)
    if forgotten:
        who = (
            "1 osoba, która ukończyła szkolenie, ale jej dane osobowe usunięto"
            if forgotten == 1
            else f"{forgotten} {plural(forgotten, 'osoba', 'osoby', 'osób')}, które ukończyły szkolenie, "
            "ale ich dane osobowe usunięto"
        )
        output.info(f"Bez zaświadczenia: {who} (participant forget).")
    return data


PEOPLE_ARG = typer.Argument(
    ...,
    metavar="UCZESTNIK",
    help='Numer (u-001) albo imię i nazwisko; kilka osób kolejno: u-001 "Anna Nowak".',
)
ON_DATE = typer.Option(None, "--date", "-d", help="Data, np. 20.02.2019 (domyślnie dziś).")


@app.command("enrol")
def enrol(
    ctx: typer.Context,
    training_id: str = TRAINING_ARG,
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
    training_id: str = TRAINING_ARG,
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
    training_id: str = TRAINING_ARG,
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
    training_id: str = TRAINING_ARG,
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
