"""The workspace as an iCalendar file (RFC 5545): meetings, the animator's consultations, webinars
and planned trainings (one event per session for a training that has sessions), each with a
stable UID so that importing a newer export updates events instead of duplicating them. Text
values lose the control characters RFC 5545 forbids in TEXT."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from emocni_cli.controls import without_controls
from emocni_cli.model import vocabularies as vocab
from emocni_cli.model.records import Consultation, Meeting, Webinar
from emocni_cli.model.statuses import EVENT_CANCELLED, EVENT_PLANNED, TRAINING_CANCELLED, TRAINING_PLANNED
from emocni_cli.model.term import month_text, term_days
from emocni_cli.model.training import Training
from emocni_cli.model.trainings import Session
from emocni_cli.model.values import format_hours, format_minutes
from emocni_cli.model.vocabularies import TRAINING_AREAS, TRAINING_FORMS, TRAINING_STATUSES
from emocni_cli.trainings.schedule import by_training, scheduled
from emocni_cli.workspace.load import Workspace

TIMEZONE = "Europe/Warsaw"
PRODID = "-//emocni//Kalendarz partnerstwa e-Mocni//PL"
PROJECT_START = dt.datetime(2016, 12, 1, tzinfo=dt.UTC)
# A meeting has a start time but no recorded end: calendars need one, so it is assumed.
MEETING_HOURS = 2
# A consultation with a time but no recorded duration: the usual length of each form.
CONSULTATION_HOURS = {"wizyta": 4, "online": 1, "telefon": 1}
# Reminders of a planned event (ALARMS): a week and a day before. An event at a time is reminded at
# that time; an all-day one at 9:00, as its start is midnight.
ALARMS = ((7, "Za tydzień"), (1, "Jutro"))
ALL_DAY_ALARM_HOUR = 9


@dataclass(frozen=True)
class Span:
    """When an event happens: a start and end time, or whole days (end inclusive)."""

    first: dt.date
    last: dt.date
    start: dt.time | None = None
    minutes: int | None = None
    month_only: bool = False


@dataclass(frozen=True)
class Entry:
    """One calendar event before it becomes iCalendar text."""

    uid: str
    summary: str
    span: Span
    description: str = ""
    location: str | None = None
    cancelled: bool = False
    planned: bool = False  # still to happen: reminded by alarms, if after the day of the export


@dataclass
class CalendarExport:
    data: bytes
    events: int
    skipped: list[str] = field(default_factory=list)


def _lines(*pairs: tuple[str, Any]) -> str:
    return "\n".join(f"{label}: {value}" for label, value in pairs if value not in (None, "", []))


def _numbered(title: str, items: list[str]) -> str:
    if not items:
        return ""
    return title + ":\n" + "\n".join(f"{i}. {item}" for i, item in enumerate(items, 1))


def _joined(*parts: str) -> str:
    return "\n\n".join(p for p in parts if p)


def domain_of(ws: Workspace) -> str:
    return f"{vocab.slugify(ws.settings.gmina.nazwa)}.emocni"


# The first word of each kind's UID.
UID_KINDS = {
    "meeting": "spotkanie",
    "consultation": "konsultacja",
    "webinar": "webinarium",
    "training": "szkolenie",
    "session": "zajecia",
}


def uid(domain: str, kind: str, key: str) -> str:
    """The stable UID of an event: 'spotkanie-2018-04-10@wierzbno-dolne.emocni'. `kind` is a key of
    UID_KINDS; a training's key is 'YEAR-ID', a session's its id ('2019-01.2')."""
    return f"{UID_KINDS[kind]}-{key}@{domain}"


def meeting_summary(m: Meeting) -> str:
    if m.tytul:  # "Spotkanie inicjujące partnerstwo" says it all; "Diagnoza potrzeb" does not
        return m.tytul if "spotkanie" in vocab.fold(m.tytul) else f"Spotkanie partnerstwa: {m.tytul}"
    return f"Spotkanie partnerstwa ({vocab.MEETING_KINDS.label(m.rodzaj)})"


def consultation_summary(c: Consultation) -> str:
    if c.forma == "wizyta":
        summary = "Wizyta konsultacyjna animatora" + (f" nr {c.wizyta_nr}" if c.wizyta_nr else "")
    else:
        summary = f"Doradztwo animatora ({vocab.CONSULTATION_FORMS.label(c.forma)})"
    return f"{summary}: {c.temat}" if c.temat else summary


def webinar_summary(w: Webinar) -> str:
    return f"Webinarium: {w.tytul}"


def training_summary(t: Training) -> str:
    return f"Szkolenie: {t.tytul}"


def session_summary(t: Training, nr: int, of: int) -> str:
    """'Szkolenie: E-urząd (zajęcia 2 z 4)': the sessions counted in the order they take place."""
    return f"{training_summary(t)} (zajęcia {nr} z {of})"


def _meeting(ws: Workspace, m: Meeting, domain: str) -> Entry:
    kind = vocab.MEETING_KINDS.label(m.rodzaj)
    summary = meeting_summary(m)
    names = ws.partner_names
    description = _joined(
        _lines(
            ("Rodzaj spotkania", kind),
            ("Status", vocab.EVENT_STATUSES.label(m.status)),
            ("Liczba osób", m.liczba_osob),
        ),
        _numbered("Porządek spotkania", m.porzadek),
        _numbered("Obecni partnerzy", [names.get(pid, pid) for pid in m.obecni]),
        _numbered("Goście", m.goscie),
    )
    minutes = MEETING_HOURS * 60 if m.godzina else None
    return Entry(
        uid(domain, "meeting", m.id),
        summary,
        Span(m.data, m.data, m.godzina, minutes),
        description,
        m.miejsce,
        m.status == EVENT_CANCELLED,
        m.status == EVENT_PLANNED,
    )


def _consultation(ws: Workspace, c: Consultation, domain: str) -> Entry:
    summary = consultation_summary(c)
    minutes = (c.czas or CONSULTATION_HOURS[c.forma] * 60) if c.godzina else None
    description = _joined(
        _lines(
            ("Forma", vocab.CONSULTATION_FORMS.label(c.forma)),
            ("Animator", ws.settings.animator.imie_nazwisko),
            ("Czas trwania", format_minutes(c.czas) if c.czas else None),
            ("Status", vocab.EVENT_STATUSES.label(c.status)),
        ),
        c.notatki or "",
    )
    return Entry(
        uid(domain, "consultation", c.id),
        summary,
        Span(c.data, c.data, c.godzina, minutes),
        description,
        c.miejsce,
        c.status == EVENT_CANCELLED,
        c.status == EVENT_PLANNED,
    )


def _webinar(w: Webinar, domain: str) -> Entry:
    description = _joined(
        _lines(
            ("Cykl", "„Mocni w partnerstwie”" if w.cykl else "spoza cyklu „Mocni w partnerstwie”"),
            ("Status", vocab.EVENT_STATUSES.label(w.status)),
            ("Udział", vocab.WEBINAR_PARTICIPATION.label(w.udzial)),
            ("Uczestnicy", ", ".join(w.uczestnicy)),
        ),
        w.notatki or "",
    )
    return Entry(
        uid(domain, "webinar", w.id),
        webinar_summary(w),
        Span(w.data, w.data),
        description,
        "online",
        w.status == EVENT_CANCELLED,
        w.status == EVENT_PLANNED,
    )


def _training_lines(ws: Workspace, year: int, t: Training, term_label: str = "Termin w planie") -> str:
    partner = ws.partner_names.get(t.partner or "", t.partner)
    return _lines(
        ("Plan szkoleń na rok", year),
        (term_label, t.termin),
        ("Obszar", TRAINING_AREAS.label(t.obszar) if t.obszar else None),
        ("Grupa docelowa", t.grupa_docelowa),
        ("Forma", TRAINING_FORMS.label(t.forma)),
        ("Liczba godzin", format_hours(t.godziny) if t.godziny else None),
        ("Partner organizujący", partner),
        ("Trener", t.trener),
        ("Planowana liczba uczestników", t.uczestnicy_plan),
        ("Status", TRAINING_STATUSES.label(t.status)),
    )


def _training(ws: Workspace, year: int, t: Training, span: Span, domain: str) -> Entry:
    summary = training_summary(t)
    if span.month_only:  # "2019-03", "03.2019" and "marzec 2019" all read as "marzec 2019"
        summary += f" (termin: {month_text(span.first)})"
    description = _joined(
        _training_lines(ws, year, t),
        "Dokładna data do ustalenia — w kalendarzu pierwszy dzień miesiąca." if span.month_only else "",
    )
    return Entry(
        uid(domain, "training", f"{year}-{t.id}"),
        summary,
        span,
        description,
        t.miejsce,
        t.status == TRAINING_CANCELLED,
        t.status == TRAINING_PLANNED,
    )


def _sessions(ws: Workspace, year: int, t: Training, sessions: list[Session], domain: str) -> list[Entry]:
    """One event per session of a training (`t` with the term and hours of its sessions): no
    attendance and nothing about the participants, only the training's own data."""
    found = []
    for nr, s in enumerate(sessions, 1):
        span = Span(s.data, s.data, s.godzina, round(s.godziny * 60) if s.godzina else None)
        description = _joined(
            _lines(("Zajęcia", f"{nr} z {len(sessions)}"), ("Temat zajęć", s.temat)),
            _training_lines(ws, year, t, "Termin zajęć"),
        )
        found.append(
            Entry(
                uid(domain, "session", s.id),
                session_summary(t, nr, len(sessions)),
                span,
                description,
                s.miejsce or t.miejsce,
                t.status == TRAINING_CANCELLED,
                t.status == TRAINING_PLANNED,
            )
        )
    return found


def term_unread(year: int, t: Training) -> str:
    """Why a training is left out: its term is missing or not understood (Polish, with the fix)."""
    why = f"nie rozumiem terminu „{t.termin}”" if t.termin else "brak terminu"
    return (
        f"pominięto szkolenie „{t.id}” (plan-{year}.toml): {why} — wpisz np. 2019-03, marzec 2019 "
        "albo 12.03.2019"
    )


def entries(ws: Workspace) -> tuple[list[Entry], list[str]]:
    """Every event of the workspace, and a Polish note for each training left out."""
    domain = domain_of(ws)
    found = [_meeting(ws, m, domain) for m in ws.meetings]
    found += [_consultation(ws, c, domain) for c in ws.consultations]
    found += [_webinar(w, domain) for w in ws.webinars]
    skipped = []
    sessions = by_training(ws.sessions)
    for year, trainings in ws.annual_plans.items():
        for t in trainings:
            if t.id in sessions:
                found += _sessions(ws, year, scheduled(t, sessions[t.id]), sessions[t.id], domain)
                continue
            days = term_days(t.termin) if t.termin else None
            if days is None:
                skipped.append(term_unread(year, t))
                continue
            span = Span(days.first, days.last, month_only=days.month_only)
            found.append(_training(ws, year, t, span, domain))
    found.sort(key=lambda e: (e.span.first, e.span.start or dt.time(), e.uid))
    return found, skipped


def _sequence(stamp: dt.datetime) -> int:
    """Minutes since the project began: higher in every later export, so a calendar that compares
    revisions (SEQUENCE) takes a re-imported event as newer and updates it."""
    return int((stamp - PROJECT_START).total_seconds() // 60)


def _event(entry: Entry, stamp: dt.datetime, zone: Any) -> Any:
    import icalendar

    event = icalendar.Event()
    event.add("uid", entry.uid)
    event.add("dtstamp", stamp)
    event.add("sequence", _sequence(stamp))
    span = entry.span
    if span.start is not None and span.minutes:
        begin = dt.datetime.combine(span.first, span.start, tzinfo=zone)
        event.add("dtstart", begin)
        event.add("dtend", begin + dt.timedelta(minutes=span.minutes))
    else:
        last = span.first if span.month_only else span.last  # a month: a reminder on its first day
        event.add("dtstart", span.first)
        event.add("dtend", last + dt.timedelta(days=1))
        event.add("transp", "TRANSPARENT")  # an all-day note does not make the person busy
    event.add("summary", without_controls(entry.summary))
    if entry.description:
        event.add("description", without_controls(entry.description))
    if entry.location:
        event.add("location", without_controls(entry.location))
    event.add("status", "CANCELLED" if entry.cancelled else "CONFIRMED")
    if entry.planned and span.first > stamp.astimezone(zone).date():
        for alarm in _alarms(entry, timed=span.start is not None and bool(span.minutes)):
            event.add_component(alarm)
    return event


def _alarms(entry: Entry, timed: bool) -> list[Any]:
    """VALARMs a week and a day before a planned event (held and past events need none)."""
    import icalendar

    alarms = []
    for days, when in ALARMS:
        alarm = icalendar.Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", without_controls(f"{when}: {entry.summary}"))
        before = dt.timedelta(days=days) - (
            dt.timedelta() if timed else dt.timedelta(hours=ALL_DAY_ALARM_HOUR)
        )
        alarm.add("trigger", -before)
        alarms.append(alarm)
    return alarms


def _warsaw() -> Any:
    """VTIMEZONE of Europe/Warsaw with the EU rules since 1996 (last Sunday of March / October,
    01:00 UTC), as Thunderbird and Google write it; valid for every year of the project and after."""
    import icalendar

    zone = icalendar.Timezone()
    zone.add("tzid", TIMEZONE)
    for part, name, offsets, onset, month in (
        (icalendar.TimezoneDaylight(), "CEST", (1, 2), dt.datetime(1996, 3, 31, 2), 3),
        (icalendar.TimezoneStandard(), "CET", (2, 1), dt.datetime(1996, 10, 27, 3), 10),
    ):
        part.add("tzname", name)
        part.add("tzoffsetfrom", dt.timedelta(hours=offsets[0]))
        part.add("tzoffsetto", dt.timedelta(hours=offsets[1]))
        part.add("dtstart", onset)
        part.add("rrule", {"freq": "yearly", "bymonth": month, "byday": "-1su"})
        zone.add_component(part)
    return zone


def export(ws: Workspace, since: dt.date | None = None, now: dt.datetime | None = None) -> CalendarExport:
    """The .ics bytes of every event ending on or after `since` (all when None)."""
    from zoneinfo import ZoneInfo

    import icalendar

    zone = ZoneInfo(TIMEZONE)
    stamp = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC).replace(microsecond=0)
    found, skipped = entries(ws)
    chosen = [e for e in found if since is None or e.span.last >= since]
    cal = icalendar.Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", without_controls(f"e-Mocni — gmina {ws.settings.gmina.nazwa}"))
    cal.add("x-wr-timezone", TIMEZONE)
    cal.add_component(_warsaw())  # before the events that refer to it, as older Outlooks expect
    for entry in chosen:
        cal.add_component(_event(entry, stamp, zone))
    return CalendarExport(cal.to_ical(), len(chosen), skipped)
