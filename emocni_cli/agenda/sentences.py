"""The Polish wording of `emocni agenda`: what each entry is, when, and the command that records
it; and the agenda as lines of text (with a style each) for the command to print."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from emocni_cli.exchange import calendar
from emocni_cli.model.statuses import EVENT_CANCELLED
from emocni_cli.model.term import month_text
from emocni_cli.model.values import MONTHS_GENITIVE, WEEKDAYS, format_date, format_date_long, format_time
from emocni_cli.polish import plural

if TYPE_CHECKING:
    from emocni_cli.agenda.upcoming import Agenda, Entry

ONLINE = "online"
SUMMARIES = {
    "meeting": calendar.meeting_summary,
    "consultation": calendar.consultation_summary,
    "webinar": calendar.webinar_summary,
    "training": calendar.training_summary,
}
STEP_WHAT = {
    "sent": "Przekazanie części ogólnej planu animatorowi",
    "accepted": "Akceptacja części ogólnej planu przez animatora",
    "uploaded": "Wgranie części ogólnej planu na platformę e-Mocni",
}
ADOPTION = "Przyjęcie planu szkoleń na {year} przez partnerstwo"
AFTER = {
    "meeting": "po spotkaniu zapisz",
    "consultation": "po konsultacji zapisz",
    "webinar": "po webinarium zapisz udział",
    "training": "po szkoleniu zapisz",
    "session": "po zajęciach zapisz obecność",
    "sent": "po przekazaniu zapisz",
    "accepted": "po akceptacji zapisz",
    "uploaded": "po wgraniu zapisz",
    "annual_plan": "po przyjęciu zapisz",
}

HEADER = "Co przed nami — gmina {gmina}"
PERIOD = "od {first} do {last} ({days})"
UPCOMING = "Nadchodzi:"
DUE = "Czas na to teraz (bez daty):"
OVERDUE = "Zaległe — data minęła, a status to nadal „planowane”:"
IF_HELD = {"webinar": "jeśli gmina wzięła udział, zapisz"}  # otherwise the default
IF_NOT = {"webinar": "jeśli udziału nie było"}
IF_HELD_DEFAULT = "jeśli doszło do skutku, zapisz"
IF_NOT_DEFAULT = "jeśli nie doszło do skutku"
PLACE = "miejsce"
TERM = "dokładny dzień do ustalenia (w planie jest tylko miesiąc)"
NEXT = "Najważniejszy następny krok: {step}"
NOTHING = "Do {last} nic nie jest zaplanowane i nic nie zalega."
NOTHING_NEXT = "Co warto zaplanować: {step}"
NOTHING_ALL_DONE = (
    "kolejne spotkanie partnerstwa (emocni meeting add --date DATA) albo szkolenie "
    '(emocni training add --year ROK --title "…")'
)


def what(kind: str, record: Any) -> str:
    return SUMMARIES[kind](record)


def record_command(kind: str, record_id: str, year: int | None = None, overdue: bool = False) -> str:
    """The command that records an event as held (a training as done) — with the day when it is past."""
    if kind == "consultation":
        return f"emocni consultation edit {record_id} --held"
    if kind == "training":
        year_opt = f" --year {year}" if year else ""
        date_opt = " --date DATA" if overdue else ""
        return f"emocni training done {record_id}{year_opt} --participants LICZBA{date_opt}"
    return f"emocni {kind} held {record_id}"  # the kinds are named as their command groups


def attendance_command(training_id: str, session: str) -> str:
    return f"emocni training attendance {training_id} --session {session} --present …"


def cancel_command(kind: str, record_id: str, year: int | None = None) -> str:
    year_opt = f" --year {year}" if year else ""
    return f"emocni {kind} edit {record_id}{year_opt} --status {EVENT_CANCELLED}"


def mark(step: str) -> str:
    return f"emocni plan mark {step}"


def adopt(year: int) -> str:
    return f"emocni plan adopt {year}"


def day_text(day: dt.date) -> str:
    """'wtorek, 8 grudnia 2026'."""
    return f"{WEEKDAYS[day.weekday()]}, {day.day} {MONTHS_GENITIVE[day.month - 1]} {day.year}"


def when(e: Entry) -> str:
    """The day (and time) of an entry, or its term: a month, or the first and last day."""
    assert e.first is not None
    if e.month_only:
        return month_text(e.first)
    if e.last and e.last != e.first:
        return f"{format_date(e.first)}–{format_date(e.last)}"
    return day_text(e.first) + (f", godz. {format_time(e.time)}" if e.time else "")


def _entry(e: Entry, overdue: bool) -> list[tuple[str, str]]:
    head = f"• {e.what}" if e.first is None else f"• {when(e)} — {e.what}"
    lines = [(head, "bold" if not overdue else "yellow")]
    if e.place:
        lines.append((f"    {PLACE}: {e.place}", ""))
    if e.month_only and not overdue:
        lines.append((f"    {TERM}", ""))
    if overdue:
        lines.append((f"    {IF_HELD.get(e.kind, IF_HELD_DEFAULT)}: {e.command}", ""))
        lines.append((f"    {IF_NOT.get(e.kind, IF_NOT_DEFAULT)}: {e.otherwise}", ""))
    else:
        after = AFTER[e.id if e.kind == "plan_step" else e.kind]
        lines.append((f"    {after}: {e.command}", ""))
    return lines


def lines(a: Agenda) -> list[tuple[str, str]]:
    """The agenda as (text, style) lines: the period, what is coming, what is due, what is overdue,
    and the most important next step — or, when there is nothing, what to plan."""
    days = f"{a.days} {plural(a.days, 'dzień', 'dni', 'dni')}"
    period = PERIOD.format(first=format_date_long(a.today), last=format_date_long(a.until), days=days)
    out = [(HEADER.format(gmina=a.gmina), "bold"), (period, "")]
    if a.empty:
        step = a.next_step or NOTHING_ALL_DONE
        nothing = NOTHING.format(last=format_date_long(a.until))
        return [*out, ("", ""), (nothing, "green"), (NOTHING_NEXT.format(step=step), "")]
    for title, entries, overdue in (
        (UPCOMING, a.upcoming, False),
        (DUE, a.due, False),
        (OVERDUE, a.overdue, True),
    ):
        if entries:
            out += [("", ""), (title, "bold cyan" if not overdue else "bold yellow")]
            for e in entries:
                out += _entry(e, overdue)
    if a.next_step:
        out += [("", ""), (NEXT.format(step=a.next_step), "")]
    return out
