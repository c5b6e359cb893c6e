"""The row of one gmina in the animator's summary: its `status --json` object and the columns
derived from it (marks, visits, remote hours, the next event, the plan's acceptance, people
trained), what needs the animator's attention, and the date of the data. Pure: no printing."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from emocni_cli.model.plan import STEPS
from emocni_cli.model.records import COUNTED_VISITS
from emocni_cli.model.values import format_date, format_minutes
from emocni_cli.model.vocabularies import fold
from emocni_cli.polish import errors_count, plural
from emocni_cli.workspace.load import Workspace

FOLDER = "folder"
PACK = "pack"
EVENT_KINDS = ("meeting", "consultation", "webinar", "training", "session")
AHEAD_DAYS = 3 * 366  # how far ahead the next event is looked for

PLAN_STATES = {
    "none": "nieprzekazany",
    "sent": "czeka na akceptację",
    "accepted": "zaakceptowany, do wgrania",
    "uploaded": "wgrany na platformę",
}
WAITING = "plan czeka na akceptację (przekazany {date})"
VISITS_TO_AGREE = "do uzgodnienia: {n} {noun}"
OVERRUN = "przekroczony budżet doradztwa zdalnego o {over}"
DATA_ERRORS = "{errors} w plikach gminy — e-Mocarz sprawdzi je poleceniem emocni check"


@dataclass
class Row:
    """One gmina, or one source that could not be read (`error` set, `status` None)."""

    source: Path
    kind: str  # FOLDER | PACK
    data_date: dt.date | None = None  # a pack's date, a folder's last change
    gmina: str | None = None
    error: str | None = None
    hint: str | None = None
    status: dict[str, Any] | None = None
    next_event: dict[str, Any] | None = None
    plan: str = "none"  # a key of PLAN_STATES
    next_visit: dt.date | None = None
    attention: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # duplicates left out, …
    identity: str | None = None  # what tells two sources of the same gmina
    created: str = ""  # a pack's creation time, to order two packs of one day

    @property
    def marks(self) -> list[str]:
        return [item["state"] for item in self.status["items"]] if self.status else []

    def error_text(self) -> str:
        """The error as one text: what is wrong and what to do."""
        return f"{self.error} Co zrobić: {self.hint}." if self.hint else str(self.error)

    def as_dict(self) -> dict[str, Any]:
        """One element of `summary --json` "gminas"."""
        out: dict[str, Any] = {
            "gmina": self.gmina,
            "source": str(self.source),
            "kind": self.kind,
            "error": None if self.error is None else self.error_text(),
            "status": self.status,
            "data_date": self.data_date.isoformat() if self.data_date else None,
            "notes": self.notes,
        }
        if self.status is None:
            return out
        s, c = self.status, self.status["consultations"]
        return {
            **out,
            "marks": self.marks,
            "done": s["done"],
            "total": s["total"],
            "visits_held": c["visits_held"],
            "visits_required": len(COUNTED_VISITS),
            "next_visit": self.next_visit.isoformat() if self.next_visit else None,
            "remote_minutes_used": c["remote_minutes_used"],
            "remote_minutes_budget": c["remote_minutes_budget"],
            "remote_minutes_left": c["remote_minutes_left"],
            "next_event": self.next_event,
            "plan": self.plan,
            "plan_label": PLAN_STATES[self.plan],
            "people_trained": s["trained"]["people_trained"],
            "target": s["trained"]["target"],
            "attention": self.attention,
        }


def identity(ws: Workspace) -> str:
    """Two sources are the same gmina when their TERYT codes match, else their name and powiat."""
    g = ws.settings.gmina
    return f"teryt:{g.teryt}" if g.teryt else f"nazwa:{fold(g.nazwa)}|{fold(g.powiat or '')}"


def gmina_row(row: Row, ws: Workspace, day: dt.date, trained: dict[str, Any] | None = None) -> Row:
    """Fill the row of a workspace judged on `day` (`trained`: a pack's figure)."""
    from emocni_cli.agenda.upcoming import agenda
    from emocni_cli.status.as_json import status_object
    from emocni_cli.status.rules import judge

    report = judge(ws, day)
    row.gmina, row.identity = ws.settings.gmina.nazwa, identity(ws)
    row.status = status_object(ws, report, trained)
    upcoming = [e for e in agenda(ws, day, AHEAD_DAYS, report).upcoming if e.kind in EVENT_KINDS]
    if upcoming:
        first = upcoming[0]
        row.next_event = {"kind": first.kind, "date": first.first.isoformat(), "what": first.what}
    visits = sorted(e.first for e in upcoming if e.kind == "consultation" and e.id.startswith("wizyta"))
    row.next_visit = visits[0] if visits else None
    _plan_state(row, ws, day)
    c = report.consultations
    lacking = len(COUNTED_VISITS) - c.visits_held - c.visits_planned
    if lacking > 0:
        row.attention.append(
            VISITS_TO_AGREE.format(n=lacking, noun=plural(lacking, "wizyta", "wizyty", "wizyt"))
        )
    if c.remote_minutes_left < 0:
        row.attention.append(OVERRUN.format(over=format_minutes(-c.remote_minutes_left)))
    if ws.problems:
        row.attention.append(DATA_ERRORS.format(errors=errors_count(len(ws.problems))))
    return row


def _plan_state(row: Row, ws: Workspace, day: dt.date) -> None:
    """The last acceptance step of the general part recorded on or before the day."""
    if ws.general_plan is None:
        return
    acceptance = ws.general_plan.akceptacja
    for step in STEPS:
        date = acceptance.date_of(step)
        if date is not None and date <= day:
            row.plan = step.key
    sent = acceptance.date_of(STEPS[0])
    if row.plan == STEPS[0].key and sent is not None:
        row.attention.insert(0, WAITING.format(date=format_date(sent)))
