"""emocni training session …: the sessions (zajęcia) of a training, one by one or as a series."""

from __future__ import annotations

from typing import Any

import typer

from emocni_cli.cli import output
from emocni_cli.cli import record_views as rc
from emocni_cli.cli.options import YES_OPTION, FieldOption, FieldOptions, root
from emocni_cli.cli.reading import workspace_for_reading
from emocni_cli.errors import RefusedError
from emocni_cli.model.trainings import Session
from emocni_cli.model.values import format_date, format_hours
from emocni_cli.polish import plural
from emocni_cli.workspace.layout import SESSIONS

app = typer.Typer(
    help="Zajęcia szkolenia: daty, godziny i liczba godzin; termin i godziny szkolenia wynikają z zajęć.",
    no_args_is_help=True,
)

TRAINING_ARG = typer.Argument(..., metavar="SZKOLENIE", help="Identyfikator szkolenia, np. 2019-01.")
SESSION_ARG = typer.Argument(
    ..., metavar="ZAJĘCIA", help="Numer zajęć (np. 2), ich data (12.03.2019) albo pełny id (2019-01.2)."
)

OPTIONS = FieldOptions(
    Session,
    FieldOption("--date", "data", "Data (pierwszych) zajęć, np. 05.03.2019.", short="-d"),
    FieldOption("--time", "godzina", "Godzina rozpoczęcia, np. 10:00."),
    FieldOption("--hours", "godziny", "Ile godzin trwają zajęcia, np. 3 albo 1,5."),
    FieldOption("--place", "miejsce", "Miejsce, jeśli inne niż miejsce szkolenia w planie."),
    FieldOption("--topic", "temat", "Temat zajęć."),
    FieldOption("--notes", "notatki", "Notatki."),
)


WEEKDAYS_SHORT = ("pon.", "wt.", "śr.", "czw.", "pt.", "sob.", "niedz.")


def _day(session: Session) -> str:
    return f"{WEEKDAYS_SHORT[session.data.weekday()]} {format_date(session.data)}"


@app.command("add")
@OPTIONS(required=["--date", "--hours"])
def add(
    ctx: typer.Context,
    training_id: str = TRAINING_ARG,
    *,
    fields: dict[str, Any],
    count: int = typer.Option(
        1, "--count", "-n", help="Ile zajęć dodać naraz (seria), np. --count 4: czworo zajęć co tydzień."
    ),
    every: int = typer.Option(
        7, "--every", help="Co ile dni kolejne zajęcia serii (domyślnie 7: ten sam dzień tygodnia)."
    ),
) -> None:
    """Dodaj zajęcia szkolenia — jedne albo serię.

    Seria 4 × 3 h we wtorki od 05.03.2019: --date 05.03.2019 --time 10:00 --hours 3 --count 4.

    Wypisuje identyfikatory nowych zajęć (np. 2019-01.1); numer po kropce to numer zajęć w innych poleceniach.
    """
    from emocni_cli.actions.sessions import add_sessions

    first = fields.pop("data")
    result = add_sessions(root(ctx), training_id, first, fields, count, every)
    days = ", ".join(format_date(s.data) for s in result.sessions)
    n = len(result.sessions)
    output.success(
        f"Dodano zajęcia szkolenia „{training_id}” ({result.training.tytul}) do pliku {SESSIONS.file}"
        f" — {n} {plural(n, 'termin', 'terminy', 'terminów')}: {days}."
    )
    for message, hint in result.notices:
        output.warning(f"{message} — {hint}")
    for session in result.sessions:
        output.data_line(session.id)


@app.command("list")
def list_(ctx: typer.Context, training_id: str = TRAINING_ARG, as_json: bool = rc.JSON_OPTION) -> None:
    """Zajęcia szkolenia w kolejności dat, z liczbą obecnych i sumą godzin."""
    from emocni_cli.actions.plan import locate
    from emocni_cli.trainings.attendance import sessions_of, training_hours
    from emocni_cli.trainings.schedule import session_number, term_of
    from emocni_cli.workspace.layout import training_kind

    ws = workspace_for_reading(ctx)
    year = locate(ws, training_id)
    training = ws.find(training_kind(year), training_id)
    sessions = sessions_of(ws.sessions, training_id)
    present = {s.id: sum(s.id in e.obecnosc for e in ws.enrolments) for s in sessions}
    if as_json:
        output.emit_json(
            [rc.json_record(s) | {"nr": session_number(s), "obecni": present[s.id]} for s in sessions]
        )
        return
    if not sessions:
        output.info(
            f"Szkolenie „{training_id}” nie ma jeszcze zajęć. Dodaj: emocni training session add "
            f"{training_id} --date DATA --time GODZINA --hours LICZBA"
        )
        return
    rows = (
        [
            str(session_number(s) or s.id),
            _day(s),
            rc.shown(s, "godzina"),
            rc.shown(s, "godziny"),
            s.miejsce or "",
            s.temat or "",
            str(present[s.id]),
        ]
        for s in sessions
    )
    headers = ["nr", "data", "godzina", "godz.", "miejsce", "temat", "obecni"]
    output.table(headers, rows, title=f"Zajęcia szkolenia {training_id}: {training.tytul}")
    total = training_hours(training, sessions)
    line = f"Razem: zajęć {len(sessions)} · godziny: {format_hours(total)} · termin: {term_of(sessions)}"
    if training.godziny is not None and training.godziny != total:
        line += f" (w planie {format_hours(training.godziny)}; liczy się suma zajęć)"
    output.out.print(line, markup=False)


@app.command("edit")
@OPTIONS()
def edit(
    ctx: typer.Context, training_id: str = TRAINING_ARG, session: str = SESSION_ARG, *, fields: dict[str, Any]
) -> None:
    """Zmień zajęcia szkolenia, np. przenieś je na inny dzień.

    Zmienia tylko podane opcje ("" usuwa wartość); pozostałe pola i komentarze zostają."""
    from emocni_cli.actions.sessions import edit_session

    record, notices = edit_session(root(ctx), training_id, session, fields)
    for message, hint in notices:
        output.warning(f"{message} — {hint}")
    output.success(f"Zapisano zmiany: zajęcia „{record.id}” ({format_date(record.data)}, {SESSIONS.file}).")


@app.command("remove")
def remove(
    ctx: typer.Context,
    training_id: str = TRAINING_ARG,
    session: str = SESSION_ARG,
    force: bool = typer.Option(
        False, "--force", help="Usuń także wtedy, gdy zapisano na nich obecność (znika z list obecności)."
    ),
    yes: bool = YES_OPTION,
) -> None:
    """Usuń zajęcia szkolenia; zajęcia z zapisaną obecnością — tylko z opcją --force."""
    from emocni_cli.actions.sessions import remove_session
    from emocni_cli.trainings.schedule import find_session
    from emocni_cli.workspace.load import load

    folder = root(ctx)
    if not yes and output.interactive():
        found = find_session(load(folder).sessions, training_id, session)
        if not output.confirmed(f"Usunąć zajęcia „{found.id}” ({format_date(found.data)})?", yes):
            raise RefusedError(f"Nie usunięto — plik {SESSIONS.file} jest bez zmian.")
    removed = remove_session(folder, training_id, session, force)
    if removed.attendance_dropped:
        n = removed.attendance_dropped
        output.warning(f"usunięto te zajęcia z obecności {n} {plural(n, 'osoby', 'osób', 'osób')}")
    output.success(
        f"Usunięto zajęcia „{removed.session.id}” ({format_date(removed.session.data)}) "
        f"z pliku {SESSIONS.file}."
    )
    output.info("Jeśli to pomyłka, przywróć: emocni undo")
