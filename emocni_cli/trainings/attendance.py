"""Who attended how much: a training's sessions and hours, each enrolment's hours present, its
share of the training and whether it is completed — all as of a day — and the unique people
trained. Ids only: nothing here needs the participants' personal data."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from emocni_cli.model.statuses import MAIN_LIST, TRAINING_CANCELLED
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


def training_progress(
    workspace: Workspace, training: Training, enrolled: list[Enrolment], day: dt.date
) -> TrainingProgress:
    """One training with the progress of its main list's `enrolled` as of the day."""
    sessions = sessions_of(workspace.sessions, training.id)
    total = training_hours(training, sessions)
    threshold = workspace.settings.wymagania.prog_ukonczenia
    return TrainingProgress(
        training, sessions, total, [progress(e, sessions, total, threshold, day) for e in enrolled]
    )


def main_lists(workspace: Workspace) -> dict[str, list[Enrolment]]:
    """Training id -> the enrolments on its main list, in the file's order (resignations too:
    what they attended counts)."""
    by_training: dict[str, list[Enrolment]] = {}
    for enrolment in workspace.enrolments:
        if enrolment.lista == MAIN_LIST:
            by_training.setdefault(enrolment.szkolenie, []).append(enrolment)
    return by_training


def trainings_progress(workspace: Workspace, day: dt.date) -> list[TrainingProgress]:
    """Every training that is not cancelled, with its enrolled people's progress as of the day."""
    enrolled = main_lists(workspace)
    return [
        training_progress(workspace, training, enrolled.get(training.id, []), day)
        for trainings in workspace.annual_plans.values()
        for training in trainings
        if training.status != TRAINING_CANCELLED
    ]


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


def completed_by(item: TrainingProgress) -> set[str]:
    """The participant ids of one training's main list who completed it."""
    return {p.enrolment.uczestnik for p in item.people if p.completed}


def headcount(item: TrainingProgress, day: dt.date) -> int:
    """A done training's recorded head-count when nobody's attendance was recorded (attendances,
    not people: one person on two such trainings is in both), else 0."""
    attended = any(p.enrolment.obecnosc for p in item.people)
    if attended or not item.training.done_by(day):
        return 0
    return item.training.uczestnicy_faktycznie or 0


def trained(workspace: Workspace, day: dt.date) -> Trained:
    completed: set[str] = set()
    headcounts = 0
    for item in trainings_progress(workspace, day):
        completed |= completed_by(item)
        headcounts += headcount(item, day)
    return Trained(len(completed), workspace.settings.wymagania.cel_uczestnikow, headcounts)


def first_years(workspace: Workspace) -> dict[str, int]:
    """Participant id -> the year of their first attended session (else of their first enrolment):
    the year their age group is taken in."""
    session_days = {s.id: s.data for s in workspace.sessions}
    attended: dict[str, dt.date] = {}
    enrolled: dict[str, dt.date] = {}
    for enrolment in workspace.enrolments:
        days = [session_days[i] for i in enrolment.obecnosc if i in session_days]
        person = enrolment.uczestnik
        if days:
            attended[person] = min([*days, attended.get(person, days[0])])
        if enrolment.zapisano is not None:
            enrolled[person] = min(enrolment.zapisano, enrolled.get(person, enrolment.zapisano))
    return {person: day.year for person, day in (enrolled | attended).items()}


def age_group(age: int) -> str:
    """The key of vocabularies.AGE_GROUPS for an age in years."""
    if age >= 60:
        return "60+"
    if age >= 50:
        return "50-59"
    return "18-49" if age >= 18 else "ponizej-18"
