"""What the minutes and the attendance list say about one meeting beyond its record: its number
among the year's held meetings, the partners absent, the tasks split into who, what and by when,
the next meeting, whether the data-protection clause applies and whether the partnership existed."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from emocni_cli.documents.context import long_date, text
from emocni_cli.model.records import Meeting
from emocni_cli.model.statuses import EVENT_HELD, EVENT_PLANNED
from emocni_cli.model.values import format_time
from emocni_cli.workspace.load import Workspace

GDPR_FROM = dt.date(2018, 5, 25)  # the day the GDPR (RODO) applies from
_DASH = re.compile(r"\s+[—–-]\s+")
_BY = re.compile(
    r"^(?P<what>.*?)[,]?\s+do\s+(?P<when>\d{1,2}[.\-/]\d{1,2}[.\-/]\d{2,4}(?:\s*r\.)?|\d{4}-\d{2}-\d{2})$"
)


def _order(m: Meeting) -> tuple[dt.date, dt.time]:
    return (m.data, m.godzina or dt.time())


def minutes_number(ws: Workspace, m: Meeting) -> str:
    """ "3/2018": as recorded, else the meeting's place among the held meetings of its year; ''
    for a meeting not yet held (its number is not known)."""
    if m.numer_protokolu:
        return text(m.numer_protokolu)
    if m.status != EVENT_HELD:
        return ""
    held = sorted(
        (x for x in ws.meetings if x.status == EVENT_HELD and x.data.year == m.data.year), key=_order
    )
    return f"{[x.id for x in held].index(m.id) + 1}/{m.data.year}"


def absent(ws: Workspace, m: Meeting) -> list[str]:
    """The partners who were members on the meeting's day and are not recorded as present; none
    while nobody is recorded as present (then nothing is known)."""
    if not m.obecni:
        return []
    return [text(p.nazwa) for p in ws.partners if p.member_on(m.data) and p.id not in m.obecni]


def task(line: str) -> dict[str, str]:
    """A task as who, what and by when: "kto — co — do kiedy", or the older "kto: co do 15.02.2018";
    what cannot be split stays whole under "co"."""
    parts = _DASH.split(line, maxsplit=2)
    if len(parts) == 3:
        when = re.sub(r"^do\s+", "", parts[2])
        return {"kto": parts[0], "co": parts[1], "termin": when}
    who, sep, rest = line.partition(": ")
    if not sep:
        who, rest = "", line
    by = _BY.match(rest)
    if by:
        return {"kto": who, "co": by["what"], "termin": by["when"]}
    return {"kto": who, "co": rest, "termin": ""}


def next_meeting(ws: Workspace, m: Meeting) -> str:
    """The date (and time, place) of the first planned meeting after this one; '' when none is."""
    later = sorted(
        (x for x in ws.meetings if x.status == EVENT_PLANNED and _order(x) > _order(m)), key=_order
    )
    if not later:
        return ""
    n = later[0]
    when = long_date(n.data) + (f", godz. {format_time(n.godzina)}" if n.godzina else "")
    return when + (f", {text(n.miejsce)}" if n.miejsce else "")


def facts(ws: Workspace, m: Meeting) -> dict[str, Any]:
    """The minutes' and attendance list's own placeholders (templates/README.md)."""
    leader = text(ws.settings.emocarz.imie_nazwisko)
    founded = ws.settings.partnerstwo.data_zawiazania
    tasks = [text(item) for item in m.zadania if text(item)]
    return {
        "numer": minutes_number(ws, m),
        "nieobecni": absent(ws, m),
        "prowadzacy": text(m.prowadzacy) or leader,
        "protokolant": text(m.protokolant) or leader,
        "zadania_tabela": [task(item) | {"lp": n} for n, item in enumerate(tasks, start=1)],
        "nastepne_spotkanie": next_meeting(ws, m),
        "rodo": m.data >= GDPR_FROM,
        # before the founding date the institutions present are not partners yet
        "przed_zawiazaniem": founded is not None and m.data < founded,
    }
