"""The status words stored in files, and the rules that read an event's status against a day.

Events (meetings, consultations, webinars) are planned, held or cancelled — a webinar "held" is
one the e-Mocarz took part in, live or as a recording; a training of an annual plan is
planned, done ("zrealizowane") or cancelled. The Polish labels and typed aliases are in the
vocabularies (EVENT_STATUSES, TRAINING_STATUSES)."""

from __future__ import annotations

import datetime as dt
from typing import Protocol

EVENT_PLANNED = "planowane"
EVENT_HELD = "odbyte"
EVENT_CANCELLED = "odwolane"

TRAINING_PLANNED = "planowane"
TRAINING_DONE = "zrealizowane"
TRAINING_CANCELLED = "odwolane"

# the two lists of a training's enrolments (zapisy.toml, `lista`)
MAIN_LIST = "glowna"
WAITING_LIST = "rezerwowa"


class Event(Protocol):
    data: dt.date
    status: str


def held_by(event: Event, day: dt.date) -> bool:
    """Recorded as held and dated on or before the day: the only events that count as evidence."""
    return event.status == EVENT_HELD and event.data <= day


def overdue(event: Event, day: dt.date) -> bool:
    """Dated before the day but still planned: did it take place?"""
    return event.status == EVENT_PLANNED and event.data < day


def held_too_early(event: Event, day: dt.date) -> bool:
    """Recorded as held but dated after the day: probably a wrong date."""
    return event.status == EVENT_HELD and event.data > day
