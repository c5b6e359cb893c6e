"""A training's sessions: their numbers, a series ("4 × 3 h, wtorki od 05.03.2019"), which
session a person means when they type 2, 12.03.2019 or 2019-01.2, and the term and hours a
training takes from its sessions when it has them (the plan's figures stay in the file)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

from emocni_cli.errors import InputError, NotFoundError
from emocni_cli.model.training import Training
from emocni_cli.model.trainings import Session
from emocni_cli.model.values import format_date, parse_date
from emocni_cli.trainings.attendance import sessions_of, training_hours
from emocni_cli.workspace.load import Workspace

MAX_SERIES = 100  # sessions added by one command


def series_days(first: dt.date, count: int, every: int) -> list[dt.date]:
    """The days of `count` sessions `every` days apart, from `first` (every=7: the same weekday)."""
    return [first + dt.timedelta(days=every * n) for n in range(count)]


def session_number(session: Session) -> int | None:
    """The number after the training's id: 2 for '2019-01.2' (None for an id written otherwise)."""
    m = re.fullmatch(rf"{re.escape(session.szkolenie)}\.(\d+)", session.id)
    return int(m[1]) if m else None


def next_ids(training_id: str, sessions: Iterable[Session], count: int) -> list[str]:
    """Ids of `count` new sessions of a training, numbered after the highest number in use."""
    taken = [n for s in sessions if s.szkolenie == training_id and (n := session_number(s)) is not None]
    start = max(taken, default=0) + 1
    return [f"{training_id}.{n}" for n in range(start, start + count)]


def find_session(sessions: list[Session], training_id: str, typed: str) -> Session:
    """The session of one training a person means: its number (2), its full id (2019-01.2) or
    its date (12.03.2019) when only one session is held that day."""
    typed = typed.strip()
    mine = sessions_of(sessions, training_id)
    wanted = f"{training_id}.{typed}" if typed.isdigit() else typed
    found = next((s for s in mine if s.id == wanted), None)
    if found is not None:
        return found
    listing = "emocni training session list " + training_id
    try:
        day = parse_date(typed) if not typed.isdigit() else None
    except ValueError:
        day = None
    if day is not None:
        that_day = [s for s in mine if s.data == day]
        if len(that_day) == 1:
            return that_day[0]
        if that_day:
            numbers = ", ".join(str(session_number(s) or s.id) for s in that_day)
            raise InputError(
                f"Szkolenie „{training_id}” ma {format_date(day)} kilka zajęć (nr {numbers}).",
                hint=f"podaj numer zajęć zamiast daty; lista: {listing}",
            )
    listed = "; ".join(f"{session_number(s) or s.id} — {format_date(s.data)}" for s in mine)
    raise NotFoundError(
        f"Szkolenie „{training_id}” nie ma zajęć „{typed}”"
        + (f" (są: {listed})." if mine else " — nie ma jeszcze żadnych zajęć."),
        hint="podaj numer, datę albo pełny identyfikator zajęć — lista: " + listing,
    )


def term_of(sessions: list[Session]) -> str:
    """The days of sessions as a plan's term writes them, and model/term.term_days reads them:
    '05.03.2019', '05–26.03.2019', '26.03.2019 – 09.04.2019'."""
    first, last = min(s.data for s in sessions), max(s.data for s in sessions)
    if first == last:
        return format_date(first)
    if (first.year, first.month) == (last.year, last.month):
        return f"{first:%d}–{format_date(last)}"
    return f"{format_date(first)} – {format_date(last)}"


def scheduled(training: Training, sessions: list[Session]) -> Training:
    """The training as its sessions have it: the term and hours of its sessions, when it has any."""
    if not sessions:
        return training
    return training.model_copy(
        update={"termin": term_of(sessions), "godziny": training_hours(training, sessions)}
    )


def by_training(sessions: Iterable[Session]) -> dict[str, list[Session]]:
    """Training id -> its sessions in the order they take place."""
    groups: dict[str, list[Session]] = {}
    for session in sessions:
        groups.setdefault(session.szkolenie, []).append(session)
    return {training_id: sessions_of(mine, training_id) for training_id, mine in groups.items()}


def scheduled_plans(ws: Workspace) -> dict[int, list[Training]]:
    """Every annual plan, each training with the term and hours of its sessions (see scheduled)."""
    sessions = by_training(ws.sessions)
    return {
        year: [scheduled(t, sessions.get(t.id, [])) for t in trainings]
        for year, trainings in ws.annual_plans.items()
    }
