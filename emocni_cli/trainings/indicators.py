"""The indicators of the trainings as of a day: unique people trained against the target and, of
them, 60+, 50+, people with disabilities and women; hours delivered; trainings and people by
catalogue area, organising partner, month and plan year; planned against done. Head-counts of
trainings without attendance are kept apart: they count attendances, not people.

The participants' data (birth year, sex, disability) is read here only to count groups: nothing
but numbers leaves this module."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from emocni_cli.model.field_types import vocabulary_of
from emocni_cli.model.statuses import TRAINING_CANCELLED
from emocni_cli.model.training import Training
from emocni_cli.model.trainings import Participant
from emocni_cli.model.values import MONTHS_NOMINATIVE
from emocni_cli.trainings.attendance import (
    Progress,
    TrainingProgress,
    age_group,
    completed_by,
    first_years,
    headcount,
    trainings_progress,
)
from emocni_cli.workspace.load import Workspace

NO_AREA = "bez obszaru"
NO_PARTNER = "bez partnera"


@dataclass(frozen=True)
class Delivery:
    """One training that is not cancelled, as of the day."""

    item: TrainingProgress
    done: bool  # recorded as done on or before the day
    hours: float  # delivered: its sessions held by the day, or its hours once done (no sessions)
    hours_by_month: dict[str, float]  # "2019-03" -> hours of the sessions held in that month
    people: frozenset[str]  # who completed it
    headcount: int  # a done training's head-count when no attendance was recorded
    month: str | None  # "2019-03": when it was done (or its last session held), if at all

    @property
    def training(self) -> Training:
        return self.item.training


def _month(day: dt.date) -> str:
    return f"{day.year}-{day.month:02d}"


def delivery(item: TrainingProgress, day: dt.date) -> Delivery:
    held = [s for s in item.sessions if s.data <= day]
    done = item.training.done_by(day)
    by_month: dict[str, float] = {}
    for session in held:
        by_month[_month(session.data)] = by_month.get(_month(session.data), 0) + session.godziny
    done_on, _ = item.training.done_on()
    if done and done_on is not None:
        month: str | None = _month(done_on)
    else:
        month = _month(held[-1].data) if held else None
    hours = sum(by_month.values()) if item.sessions else (item.hours_total if done else 0)
    if not item.sessions and done and month:
        by_month = {month: hours}
    people = frozenset(completed_by(item))
    return Delivery(item, done, hours, by_month, people, headcount(item, day), month)


@dataclass
class Row:
    """One line of a breakdown: trainings planned and done, hours, unique people trained and the
    head-count attendances of trainings without attendance lists."""

    key: str
    label: str
    trainings: int = 0
    done: int = 0
    hours: float = 0
    people: set[str] = field(default_factory=set)
    new_people: int | None = None  # by month: people trained for the first time that month
    attendances: int = 0

    def as_dict(self) -> dict[str, Any]:
        out = {
            "key": self.key,
            "label": self.label,
            "trainings": self.trainings,
            "done": self.done,
            "hours_delivered": self.hours,
            "people_trained": len(self.people),
            "headcount_attendances": self.attendances,
        }
        if self.new_people is not None:
            out["new_people"] = self.new_people
        return out


def _rows(
    deliveries: Iterable[Delivery],
    key: Callable[[Training], str | None],
    label: Callable[[str], str],
    empty: str,
) -> list[Row]:
    rows: dict[str, Row] = {}
    for d in deliveries:
        k = key(d.training) or ""
        row = rows.setdefault(k, Row(k, label(k) if k else empty))
        row.trainings += 1
        row.done += d.done
        row.hours += d.hours
        row.people |= d.people
        row.attendances += d.headcount
    return sorted(rows.values(), key=lambda r: (r.key == "", -r.trainings, r.label))


def month_label(key: str) -> str:
    """'2019-03' -> 'marzec 2019'."""
    year, month = key.split("-")
    return f"{MONTHS_NOMINATIVE[int(month) - 1]} {year}"


def _by_month(deliveries: list[Delivery]) -> list[Row]:
    """Per month: trainings done, hours of the sessions held, people who completed a training
    that ended that month, and of them those trained for the first time."""
    rows: dict[str, Row] = {}
    for d in deliveries:
        for month, hours in d.hours_by_month.items():
            rows.setdefault(month, Row(month, month_label(month))).hours += hours
        if d.month is None:
            continue
        row = rows.setdefault(d.month, Row(d.month, month_label(d.month)))
        row.trainings += 1
        row.done += d.done
        row.people |= d.people
        row.attendances += d.headcount
    seen: set[str] = set()
    ordered = [rows[k] for k in sorted(rows)]
    for row in ordered:
        row.new_people = len(row.people - seen)
        seen |= row.people
    return ordered


@dataclass(frozen=True)
class Groups:
    """The people trained by the groups the project reports."""

    age_60_plus: int = 0
    age_50_59: int = 0
    age_18_49: int = 0
    age_under_18: int = 0
    age_unknown: int = 0
    women: int = 0
    men: int = 0
    sex_unknown: int = 0
    with_disability: int = 0
    no_data: int = 0  # enrolled ids with no participant record (removed by hand)

    @property
    def age_50_plus(self) -> int:
        return self.age_60_plus + self.age_50_59


def groups(people: Iterable[str], participants: list[Participant], years: dict[str, int]) -> Groups:
    by_id = {p.id: p for p in participants}
    ages = {"60+": 0, "50-59": 0, "18-49": 0, "ponizej-18": 0, None: 0}
    sexes = {"k": 0, "m": 0, None: 0}
    disability = no_data = 0
    for person in people:
        record = by_id.get(person)
        if record is None:
            no_data += 1
            continue
        year = years.get(person)
        if record.rok_urodzenia is not None and year is not None:
            ages[age_group(year - record.rok_urodzenia)] += 1
        else:
            ages[record.grupa_wiekowa] += 1
        sexes[record.plec] += 1
        disability += record.niepelnosprawnosc
    return Groups(
        age_60_plus=ages["60+"],
        age_50_59=ages["50-59"],
        age_18_49=ages["18-49"],
        age_under_18=ages["ponizej-18"],
        age_unknown=ages[None] + no_data,
        women=sexes["k"],
        men=sexes["m"],
        sex_unknown=sexes[None] + no_data,
        with_disability=disability,
        no_data=no_data,
    )


@dataclass(frozen=True)
class Indicators:
    today: dt.date
    target: int | None
    threshold: int  # percent of a training's hours that completes it
    people: frozenset[str]  # unique participant ids who completed at least one training
    groups: Groups
    completions: int  # people × trainings completed (one person on two trainings: 2)
    enrolled: int  # unique people on the main lists of trainings that are not cancelled
    hours_delivered: float
    headcount_attendances: int
    headcount_trainings: int
    trainings_planned: int  # not cancelled, in every annual plan
    trainings_done: int
    trainings_cancelled: int
    participants_planned: int  # the plans' uczestnicy_plan, trainings not cancelled
    by_area: list[Row]
    by_partner: list[Row]
    by_month: list[Row]
    by_year: list[Row]

    @property
    def people_trained(self) -> int:
        return len(self.people)

    @property
    def target_percent(self) -> float | None:
        return 100 * self.people_trained / self.target if self.target else None

    def as_dict(self) -> dict[str, Any]:
        """The --json shape (counts only, never a participant's id or data)."""
        g = self.groups
        return {
            "today": self.today.isoformat(),
            "people_trained": self.people_trained,
            "target": self.target,
            "target_percent": None if self.target_percent is None else round(self.target_percent, 1),
            "age_60_plus": g.age_60_plus,
            "age_50_plus": g.age_50_plus,
            "age_18_49": g.age_18_49,
            "age_under_18": g.age_under_18,
            "age_unknown": g.age_unknown,
            "with_disability": g.with_disability,
            "women": g.women,
            "men": g.men,
            "sex_unknown": g.sex_unknown,
            "hours_delivered": self.hours_delivered,
            "completions": self.completions,
            "enrolled": self.enrolled,
            "completion_threshold_percent": self.threshold,
            "headcount_attendances": self.headcount_attendances,
            "headcount_trainings": self.headcount_trainings,
            "trainings": {
                "planned": self.trainings_planned,
                "done": self.trainings_done,
                "cancelled": self.trainings_cancelled,
                "participants_planned": self.participants_planned,
            },
            "by_area": [r.as_dict() for r in self.by_area],
            "by_partner": [r.as_dict() for r in self.by_partner],
            "by_month": [r.as_dict() for r in self.by_month],
            "by_year": [r.as_dict() for r in self.by_year],
        }


def _by(progress: Progress, day: dt.date) -> bool:
    """Enrolled on or before the day (an enrolment without its date counts from any day)."""
    return progress.enrolment.zapisano is None or progress.enrolment.zapisano <= day


def indicators(workspace: Workspace, day: dt.date) -> Indicators:
    """Every indicator as of the day; the workspace must be read with its participants."""
    deliveries = [delivery(item, day) for item in trainings_progress(workspace, day)]
    people = frozenset().union(*(d.people for d in deliveries))
    every = [t for plan in workspace.annual_plans.values() for t in plan]
    area_labels = vocabulary_of(Training, "obszar")
    partners = workspace.partner_names
    year_of = {t.id: str(year) for year, plan in workspace.annual_plans.items() for t in plan}
    headcounts = [d.headcount for d in deliveries if d.headcount]
    return Indicators(
        today=day,
        target=workspace.settings.wymagania.cel_uczestnikow,
        threshold=workspace.settings.wymagania.prog_ukonczenia,
        people=people,
        groups=groups(people, workspace.participants, first_years(workspace)),
        completions=sum(len(d.people) for d in deliveries),
        enrolled=len({p.enrolment.uczestnik for d in deliveries for p in d.item.people if _by(p, day)}),
        hours_delivered=sum(d.hours for d in deliveries),
        headcount_attendances=sum(headcounts),
        headcount_trainings=len(headcounts),
        trainings_planned=len(deliveries),
        trainings_done=sum(d.done for d in deliveries),
        trainings_cancelled=sum(t.status == TRAINING_CANCELLED for t in every),
        participants_planned=sum(d.training.uczestnicy_plan or 0 for d in deliveries),
        by_area=_rows(deliveries, lambda t: t.obszar, area_labels.label if area_labels else str, NO_AREA),
        by_partner=_rows(deliveries, lambda t: t.partner, lambda k: partners.get(k, k), NO_PARTNER),
        by_month=_by_month(deliveries),
        by_year=sorted(_rows(deliveries, lambda t: year_of[t.id], str, ""), key=lambda r: r.key),
    )
