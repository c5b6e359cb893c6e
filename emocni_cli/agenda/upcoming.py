"""What is coming up in the next days, what is due now and what is overdue, from the workspace
records as they stand on one day.

Pure: a Workspace and a day in, an Agenda out; nothing here prints or knows the CLI. The events are
sorted as `status` sorts them (status/events.split: an event recorded later than the day is still to
come on that day), the trainings by their term, and every entry carries the command that records
it and the calendar export's UID. The Polish wording is in agenda/sentences.py."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import asdict, dataclass, field
from typing import Any

from emocni_cli.agenda import sentences as say
from emocni_cli.exchange.calendar import domain_of, session_summary, term_unread, uid
from emocni_cli.model.plan import STEPS
from emocni_cli.model.statuses import TRAINING_CANCELLED, TRAINING_PLANNED
from emocni_cli.model.term import term_days
from emocni_cli.model.training import Training
from emocni_cli.model.trainings import Session
from emocni_cli.status.events import split
from emocni_cli.status.report import Report
from emocni_cli.status.rules import judge
from emocni_cli.trainings.schedule import by_training, scheduled_plans, session_number
from emocni_cli.workspace.load import Workspace

DEFAULT_DAYS = 30


@dataclass(frozen=True)
class Entry:
    """One thing on the agenda. `first` is None for a step whose time has come but has no date."""

    kind: str  # meeting | consultation | webinar | training | session | plan_step | annual_plan
    id: str
    what: str
    first: dt.date | None
    last: dt.date | None = None  # the last day of a term ("marzec 2019": 31.03.2019)
    month_only: bool = False
    time: dt.time | None = None
    place: str | None = None
    command: str = ""  # records it when it happens (or happened)
    otherwise: str | None = None  # overdue: how to record that it did not take place
    uid: str | None = None  # the event's UID in the calendar export

    def as_dict(self) -> dict[str, Any]:
        out = asdict(self)
        out["first"] = self.first.isoformat() if self.first else None
        out["last"] = self.last.isoformat() if self.last else None
        out["time"] = self.time.isoformat(timespec="minutes") if self.time else None
        return out


@dataclass
class Agenda:
    gmina: str
    today: dt.date
    days: int
    upcoming: list[Entry] = field(default_factory=list)
    due: list[Entry] = field(default_factory=list)  # no date, but its time has come
    overdue: list[Entry] = field(default_factory=list)
    next_step: str | None = None  # the most important next step of `emocni status`
    notes: list[str] = field(default_factory=list)  # trainings left out: no term emocni can read

    @property
    def until(self) -> dt.date:
        return self.today + dt.timedelta(days=self.days)

    @property
    def empty(self) -> bool:
        return not (self.upcoming or self.due or self.overdue)

    def as_dict(self) -> dict[str, Any]:
        """The --json shape (English keys, ISO dates, as `status --json`)."""
        return {
            "gmina": self.gmina,
            "today": self.today.isoformat(),
            "until": self.until.isoformat(),
            "days": self.days,
            "upcoming": [e.as_dict() for e in self.upcoming],
            "due": [e.as_dict() for e in self.due],
            "overdue": [e.as_dict() for e in self.overdue],
            "next_step": self.next_step,
            "notes": self.notes,
        }


def agenda(ws: Workspace, today: dt.date, days: int = DEFAULT_DAYS, report: Report | None = None) -> Agenda:
    """The agenda of `days` days from `today` (both ends included); `report`: status judged on the
    same day already, for its next step."""
    a = Agenda(ws.settings.gmina.nazwa, today, days, next_step=(report or judge(ws, today)).next_step)
    domain = domain_of(ws)
    for kind, records in (
        ("meeting", ws.meetings),
        ("consultation", ws.consultations),
        ("webinar", ws.webinars),
    ):
        timeline = split(records, today)
        for r in timeline.planned:
            if r.data <= a.until:
                a.upcoming.append(_event(kind, r, uid(domain, kind, r.id)))
        for r in timeline.overdue:
            a.overdue.append(_event(kind, r, uid(domain, kind, r.id), overdue=True))
    _trainings(ws, a, domain)
    _plan_steps(ws, a)
    a.upcoming.sort(key=_when)
    a.overdue.sort(key=_when)
    return a


PLAN_KINDS = ("plan_step", "annual_plan")


def _when(e: Entry) -> tuple[dt.date, bool, dt.time, str]:
    """By day; on one day the events (by time) before the plan steps they may bring."""
    return (e.first or dt.date.min, e.kind in PLAN_KINDS, e.time or dt.time(), e.id)


def _event(kind: str, r: Any, event_uid: str, overdue: bool = False) -> Entry:
    return Entry(
        kind,
        r.id,
        say.what(kind, r),
        r.data,
        r.data,
        time=getattr(r, "godzina", None),
        place=r.miejsce if kind != "webinar" else say.ONLINE,
        command=say.record_command(kind, r.id, overdue=overdue),
        otherwise=say.cancel_command(kind, r.id) if overdue else None,
        uid=event_uid,
    )


def _trainings(ws: Workspace, a: Agenda, domain: str) -> None:
    """Trainings not cancelled and not yet done on the day whose term meets the agenda's days — a
    training with sessions as its sessions in those days — and those overdue (Training.overdue:
    for one with sessions, still planned after the last). A planned training whose term emocni
    cannot read is a note."""
    plans = scheduled_plans(ws)  # a training with sessions: the days of its sessions
    sessions = by_training(ws.sessions)
    ids = Counter(t.id for trainings in plans.values() for t in trainings)
    for year, trainings in plans.items():
        for t in trainings:
            days = term_days(t.termin) if t.termin else None
            if t.status == TRAINING_PLANNED and days is None:
                a.notes.append(term_unread(year, t))
            if t.status == TRAINING_CANCELLED or days is None or t.done_by(a.today):
                continue
            overdue = t.overdue(a.today)
            if not overdue and t.id in sessions:
                _sessions(a, t, sessions[t.id], domain)
                continue
            if not overdue and not (days.last >= a.today and days.first <= a.until):
                continue
            year_opt = year if ids[t.id] > 1 else None  # the id alone does not say which plan
            entry = Entry(
                "training",
                t.id,
                say.what("training", t),
                days.first,
                days.last,
                days.month_only,
                place=t.miejsce,
                command=say.record_command("training", t.id, year_opt, overdue=overdue),
                otherwise=say.cancel_command("training", t.id, year_opt) if overdue else None,
                uid=uid(domain, "training", f"{year}-{t.id}"),
            )
            (a.overdue if overdue else a.upcoming).append(entry)


def _sessions(a: Agenda, t: Training, sessions: list[Session], domain: str) -> None:
    for nr, s in enumerate(sessions, 1):
        if a.today <= s.data <= a.until:
            a.upcoming.append(
                Entry(
                    "session",
                    s.id,
                    session_summary(t, nr, len(sessions)),
                    s.data,
                    s.data,
                    time=s.godzina,
                    place=s.miejsce or t.miejsce,
                    command=say.attendance_command(t.id, str(session_number(s) or s.id)),
                    uid=uid(domain, "session", s.id),
                )
            )


def _plan_steps(ws: Workspace, a: Agenda) -> None:
    """The acceptance steps of the general part and the adoption of annual plans: dated within the
    agenda's days (a date recorded later than the day is still to come then), or due now — the step
    after the last one recorded, and an annual plan with trainings not yet adopted."""
    plan = ws.general_plan
    if plan is not None:
        recorded = [i for i, s in enumerate(STEPS) if (d := plan.akceptacja.date_of(s)) and d <= a.today]
        for index, step in enumerate(STEPS):
            day = plan.akceptacja.date_of(step)
            entry = Entry(
                "plan_step", step.key, say.STEP_WHAT[step.key], day, day, command=say.mark(step.key)
            )
            if day is not None and a.today < day <= a.until:
                a.upcoming.append(entry)
            elif day is None and recorded and index == max(recorded) + 1:
                a.due.append(entry)
    for year, trainings in ws.annual_plans.items():
        if all(t.status == TRAINING_CANCELLED for t in trainings):
            continue
        day = ws.plan_adopted(year)
        entry = Entry(
            "annual_plan", str(year), say.ADOPTION.format(year=year), day, day, command=say.adopt(year)
        )
        if day is not None and a.today < day <= a.until:
            a.upcoming.append(entry)
        elif day is None and year <= a.today.year + 1:
            a.due.append(entry)
