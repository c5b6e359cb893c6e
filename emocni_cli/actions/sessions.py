"""A training's sessions (zajecia.toml) added one by one or as a series, changed and removed; each change
inside one editing() transaction, which validates the whole workspace before anything is written."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from emocni_cli.actions.plan import locate
from emocni_cli.actions.records import build
from emocni_cli.errors import InputError, RefusedError
from emocni_cli.model.training import Training
from emocni_cli.model.trainings import Session
from emocni_cli.model.values import format_date
from emocni_cli.polish import plural
from emocni_cli.trainings.attendance import sessions_of, training_hours
from emocni_cli.trainings.schedule import MAX_SERIES, find_session, next_ids, series_days
from emocni_cli.workspace.checks import hours_notice, session_notices
from emocni_cli.workspace.layout import ENROLMENTS, SESSIONS, training_kind
from emocni_cli.workspace.load import Workspace


@dataclass(frozen=True)
class AddedSessions:
    training: Training
    sessions: list[Session]
    notices: list[tuple[str, str]]  # (message, hint): what `check` will note about them


def _training(ws: Workspace, training_id: str) -> tuple[int, Training]:
    year = locate(ws, training_id)
    return year, next(t for t in ws.of(training_kind(year)) if t.id == training_id)


def _check_series(count: int, every: int) -> None:
    if not 1 <= count <= MAX_SERIES:
        raise InputError(
            f"Opcja --count: liczba zajęć musi być od 1 do {MAX_SERIES}, podano {count}.",
            hint="np. --count 4 doda czworo zajęć co tydzień",
        )
    if every < 1:
        raise InputError(
            f"Opcja --every: odstęp między zajęciami to co najmniej 1 dzień, podano {every}.",
            hint="np. --every 7 (co tydzień) albo --every 14 (co dwa tygodnie)",
        )


def add_sessions(
    root: Path, training_id: str, first: dt.date, values: dict[str, Any], count: int = 1, every: int = 7
) -> AddedSessions:
    """Add `count` sessions of a training, `every` days apart from `first`, all with the same
    time, hours, place and topic (`values`: fields of Session). A place equal to the training's
    is not repeated. Refused when the training already has a session that day at that time."""
    from emocni_cli.workspace.edits import editing, record_values

    _check_series(count, every)
    with editing(root) as tx:
        ws = tx.workspace
        year, training = _training(ws, training_id)
        existing = sessions_of(ws.sessions, training_id)
        if values.get("miejsce") and values["miejsce"] == training.miejsce:
            values = {k: v for k, v in values.items() if k != "miejsce"}
        days = series_days(first, count, every)
        added = [
            build(SESSIONS, {**values, "id": sid, "szkolenie": training_id, "data": day})
            for sid, day in zip(next_ids(training_id, ws.sessions, count), days, strict=True)
        ]
        for session in added:
            twin = next((s for s in existing if (s.data, s.godzina) == (session.data, session.godzina)), None)
            if twin is not None:
                at = f" o {values['godzina']}" if values.get("godzina") else ""
                raise RefusedError(
                    f"Szkolenie „{training_id}” ma już zajęcia {format_date(twin.data)}{at} "
                    f"(„{twin.id}”) — niczego nie dodano.",
                    hint=f"zajęcia tego szkolenia: emocni training session list {training_id}; "
                    "inne zajęcia tego dnia dodaj z inną godziną (--time)",
                )
            tx.append(SESSIONS, record_values(session))
    return AddedSessions(training, added, _notices(training, year, added, [*existing, *added]))


def _notices(
    training: Training, year: int, changed: list[Session], every: list[Session]
) -> list[tuple[str, str]]:
    """What `check` will note about the sessions just written, and about the training's hours."""
    notices = [(m, h) for s in changed for _, m, h in session_notices(s, training, year)]
    if hours := hours_notice(training, training_hours(training, every)):
        notices.append(hours[1:])
    return notices


def edit_session(
    root: Path, training_id: str, typed: str, changes: dict[str, Any]
) -> tuple[Session, list[tuple[str, str]]]:
    """Change fields of one session (by number, date or id) in place; returns it and the notices."""
    from emocni_cli.actions.records import update
    from emocni_cli.workspace.load import load

    ws = load(root)
    year, training = _training(ws, training_id)
    session = update(root, SESSIONS, find_session(ws.sessions, training_id, typed).id, changes)
    every = [session if s.id == session.id else s for s in sessions_of(ws.sessions, training_id)]
    return session, _notices(training, year, [session], every)


@dataclass(frozen=True)
class RemovedSession:
    session: Session
    attendance_dropped: int  # enrolments whose attendance named it (removed with --force)


def remove_session(root: Path, training_id: str, typed: str, force: bool = False) -> RemovedSession:
    """Remove one session (by number, date or id). When attendance was recorded for it, refused
    unless `force`, which also takes the session out of those attendance lists."""
    from emocni_cli.workspace.edits import editing

    with editing(root) as tx:
        ws = tx.workspace
        _training(ws, training_id)
        session = find_session(ws.sessions, training_id, typed)
        present = [e for e in ws.enrolments if session.id in e.obecnosc]
        if present and not force:
            raise RefusedError(
                f"Na zajęciach „{session.id}” ({format_date(session.data)}) zapisano obecność "
                f"{len(present)} {plural(len(present), 'osoby', 'osób', 'osób')} — niczego nie usunięto.",
                hint="jeśli zajęcia się nie odbyły, usuń je razem z tą obecnością: dodaj --force "
                "(godziny tych osób zmniejszą się); jeśli chcesz zmienić datę, zmień ją w pliku "
                f"{SESSIONS.file}",
            )
        for enrolment in present:
            kept = [sid for sid in enrolment.obecnosc if sid != session.id]
            tx.set_fields(ENROLMENTS, enrolment.id, {"obecnosc": kept})
        tx.remove(SESSIONS, session.id)
    return RemovedSession(session, len(present))
