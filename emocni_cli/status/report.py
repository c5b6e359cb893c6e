"""What `emocni status` reports: the seven items, the consultation summary, warnings — and the
--json shape built from them (a contract for scripts: fixed keys stay, new keys are additions)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from emocni_cli.polish import STATE_LABELS

DONE = "done"
IN_PROGRESS = "in_progress"
TODO = "todo"


@dataclass
class Item:
    """One of the seven items: its state, what was counted, what is missing and what to do next."""

    number: int
    key: str
    title: str
    state: str  # DONE | IN_PROGRESS | TODO
    evidence: list[str] = field(default_factory=list)
    planned: list[str] = field(default_factory=list)  # future events: shown, never counted
    missing: list[str] = field(default_factory=list)
    next_step: str | None = None
    notes: list[str] = field(default_factory=list)  # remarks that never change the state (addition)

    @property
    def state_label(self) -> str:
        return STATE_LABELS[self.state]


@dataclass
class ConsultationSummary:
    """Visits and the remote-advice budget. Durations are whole minutes; the --json shape gives
    them as remote_minutes_* (numbers) beside the older remote_hours_* (decimal hours)."""

    visits_held: int
    visits_planned: int
    remote_minutes_used: int
    remote_minutes_planned: int
    remote_minutes_budget: int
    visits_extra: int = 0  # held visits numbered above 2: shown, not counted

    @property
    def remote_minutes_left(self) -> int:
        """Negative when the budget is overrun."""
        return self.remote_minutes_budget - self.remote_minutes_used

    def as_dict(self) -> dict[str, Any]:
        hours = {
            f"remote_hours_{k}": round(getattr(self, f"remote_minutes_{k}") / 60, 2)
            for k in ("used", "planned", "budget", "left")
        }
        return {
            **_flat(self),
            "remote_minutes_left": self.remote_minutes_left,
            **hours,
        }


@dataclass
class Report:
    gmina: str
    emocarz: str
    animator: str
    today: dt.date
    items: list[Item]
    consultations: ConsultationSummary
    warnings: list[str]

    @property
    def done(self) -> int:
        return sum(item.state == DONE for item in self.items)

    @property
    def total(self) -> int:
        return len(self.items)

    @property
    def complete(self) -> bool:
        return self.done == self.total

    @property
    def next_step(self) -> str | None:
        """The single most important next step: that of the first item not yet done."""
        return next((i.next_step for i in self.items if i.state != DONE and i.next_step), None)

    def as_dict(self) -> dict[str, Any]:
        """The --json shape (fixed keys first; extra keys are additions)."""
        return {
            "gmina": self.gmina,
            "today": self.today.isoformat(),
            "done": self.done,
            "total": self.total,
            "items": [{**_flat(item), "state_label": item.state_label} for item in self.items],
            "consultations": self.consultations.as_dict(),
            "warnings": self.warnings,
            "emocarz": self.emocarz,
            "animator": self.animator,
            "next_step": self.next_step,
        }


def _flat(record: Item | ConsultationSummary) -> dict[str, Any]:
    """dataclasses.asdict() of a dataclass of plain values and lists of them, without its deep
    copy of every string (a fifth of a 125-gmina summary's judging)."""
    return {name: list(value) if isinstance(value, list) else value for name, value in vars(record).items()}
