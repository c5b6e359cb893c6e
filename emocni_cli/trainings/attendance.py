"""Who attended how much: a training's sessions and hours, each enrolment's hours present, its
share of the training and whether it is completed — all as of a day — and the unique people
trained. Ids only: nothing here needs the participants' personal data."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from emocni_cli.model.statuses import TRAINING_CANCELLED
from emocni_cli.model.training import Training
from emocni_cli.model.trainings import Enrolment, Session
from emocni_cli.workspace.load import Workspace


def sessions_of(sessions: Iterable[Session], training_id: str) -> list[Session]:
    """The sessions of one training in the order they take place."""
    mine = [s for s in sessions if s.szkolenie == training_id]
    return sorted(mine, key=lambda s: (s.data, s.godzina or dt.time(0), s.id))


def training_hours(training: Training, sessions: list[Session]) -> float:
    """A training's hours: the sum of its sessions when it has them, else the plan's figure."""
    if sessions:
        return sum(s.godziny for s in sessions)
    return training.godziny or 0


@dataclass(frozen=True)
class Progress:
    """One enrolment as of a day: hours present of the training's hours."""

    enrolment: Enrolment
    hours_present: float
    hours_total: float
    threshold: int  # percent

    @property
    def percent(self) -> float:
        return 100 * self.hours_present / self.hours_total if self.hours_total else 0.0

    @property
    def completed(self) -> bool:
        """Present for at least the threshold's share of all the training's hours (a training
        still running is not completed before enough of it has passed)."""
        return self.hours_total > 0 and self.percent >= self.threshold - 1e-9


def progress(
    enrolment: Enrolment, sessions: list[Session], hours_total: float, threshold: int, day: dt.date
) -> Progress:
    """Hours present at the training's sessions held on or before the day."""
    held = {s.id: s.godziny for s in sessions if s.data <= day}
    present = sum(held.get(session_id, 0) for session_id in set(enrolment.obecnosc))
    return Progress(enrolment, present, hours_total, threshold)


@dataclass(frozen=True)
class TrainingProgress:
    training: Training
    sessions: list[Session]
    hours_total: float
    people: list[Progress]  # the main list's enrolments, in the file's order


def trainings_progress(workspace: Workspace, day: dt.date) -> list[TrainingProgress]:
    """Every training that is not cancelled, with its enrolled people's progress as of the day."""
    threshold = workspace.settings.wymagania.prog_ukonczenia
    by_training: dict[str, list[Enrolment]] = {}
    for enrolment in workspace.enrolments:
        if enrolment.lista == "glowna":
            by_training.setdefault(enrolment.szkolenie, []).append(enrolment)
    out = []
    for trainings in workspace.annual_plans.values():
        for training in trainings:
            if training.status == TRAINING_CANCELLED:
                continue
            sessions = sessions_of(workspace.sessions, training.id)
            total = training_hours(training, sessions)
            people = [progress(e, sessions, total, threshold, day) for e in by_training.get(training.id, [])]
            out.append(TrainingProgress(training, sessions, total, people))
    return out


@dataclass(frozen=True)
class Trained:
    """Residents trained as of a day: unique people who completed at least one training, and
    the head-counts of done trainings that have no attendance recorded (attendances, not people)."""

    people: int
    target: int | None
    headcount_attendances: int

    def as_dict(self) -> dict[str, int | None]:
        return {
            "people_trained": self.people,
            "target": self.target,
            "headcount_attendances": self.headcount_attendances,
        }


def trained(workspace: Workspace, day: dt.date) -> Trained:
    completed: set[str] = set()
    headcounts = 0
    for item in trainings_progress(workspace, day):
        completed |= {p.enrolment.uczestnik for p in item.people if p.completed}
        attended = any(p.enrolment.obecnosc for p in item.people)
        if not attended and item.training.done_by(day):
            headcounts += item.training.uczestnicy_faktycznie or 0
    return Trained(len(completed), workspace.settings.wymagania.cel_uczestnikow, headcounts)


def find_session(sessions: list[Session], training_id: str, typed: str) -> Session:
    """One session of a training as a person names it: its number ("2", the part after the
    dot), its full id ("2019-01.2") or its date ("05.03.2019", when only one session is that day)."""
    from emocni_cli.errors import InputError, NotFoundError
    from emocni_cli.model.values import format_date, parse_typed_date

    mine = sessions_of(sessions, training_id)
    typed = typed.strip()
    wanted = f"{training_id}.{typed}" if typed.isdigit() else typed
    found = [s for s in mine if s.id == wanted]
    if not found and not typed.isdigit():
        try:
            day = parse_typed_date(typed)
        except ValueError:
            day = None
        found = [s for s in mine if s.data == day]
    if len(found) == 1:
        return found[0]
    listed = ", ".join(f"{s.id.rsplit('.', 1)[-1]} ({format_date(s.data)})" for s in mine)
    if found:
        raise InputError(
            f"Dnia {typed} szkolenie {training_id} ma kilka zajęć: {listed}.",
            hint="podaj numer zajęć, np. --session " + found[0].id.rsplit(".", 1)[-1],
        )
    add = f"emocni training session add {training_id} --date DATA --time GG:MM --hours H"
    raise NotFoundError(
        f"Szkolenie {training_id} nie ma zajęć „{typed}”.",
        hint=f"zajęcia tego szkolenia: {listed}"
        if mine
        else f"szkolenie nie ma jeszcze zajęć — dodaj je: {add}",
    )
