"""What `emocni status` reports: the seven items, the consultation summary, warnings — and the
--json shape built from them (a contract for scripts: fixed keys stay, new keys are additions)."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field
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
    visits_held: int
    visits_planned: int
    remote_hours_used: float
    remote_hours_planned: float
    remote_hours_budget: float

    @property
    def remote_hours_left(self) -> float:
        """Negative when the budget is overrun."""
        return round(self.remote_hours_budget - self.remote_hours_used, 2)


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

    def as_dict(self) -> dict[str, Any]:
        """The --json shape (fixed keys first; extra keys are additions)."""
        return {
            "gmina": self.gmina,
            "today": self.today.isoformat(),
            "done": self.done,
            "total": self.total,
            "items": [{**asdict(item), "state_label": item.state_label} for item in self.items],
            "consultations": {
                **asdict(self.consultations),
                "remote_hours_left": self.consultations.remote_hours_left,
            },
            "warnings": self.warnings,
            "emocarz": self.emocarz,
            "animator": self.animator,
        }
