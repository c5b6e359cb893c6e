"""What the items of the checklist are built from: events sorted into held, planned and overdue on
one day, and an Item made from its key."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from emocni_cli.model.records import Consultation, Meeting, Webinar
from emocni_cli.model.statuses import EVENT_CANCELLED, held_by, overdue
from emocni_cli.status import sentences as say
from emocni_cli.status.report import Item


@dataclass
class Timeline:
    """Events (meetings, consultations or webinars) sorted into held, planned and overdue on one day."""

    held: list[Any]
    planned: list[Any]
    overdue: list[Any]  # past but still planned (statuses.overdue)


def split(events: Iterable[Meeting | Consultation | Webinar], today: dt.date) -> Timeline:
    t = Timeline([], [], [])
    for e in sorted(events, key=lambda e: (e.data, getattr(e, "godzina", None) or dt.time())):
        if e.status == EVENT_CANCELLED:
            continue
        if held_by(e, today):
            t.held.append(e)
        elif overdue(e, today):
            t.overdue.append(e)
        else:
            t.planned.append(e)
    return t


def item(key: str, state: str, **kw: Any) -> Item:
    return Item(list(say.TITLES).index(key) + 1, key, say.TITLES[key], state, **kw)
