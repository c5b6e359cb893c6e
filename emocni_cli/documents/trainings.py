"""Template contexts of the papers of a training as it happens: the attendance list (one page per
session, or one grid with a signature column per session), the certificates of completion (one
page per person who completed) and the participant's declaration with the data-protection clause.

Only these documents (and the commands that record people) read the participants' file; the
names go into the document and nowhere else."""

from __future__ import annotations

import datetime as dt
from typing import Any

from emocni_cli.actions.plan import locate
from emocni_cli.actions.records import get
from emocni_cli.documents.context import base_context, long_date, number, record_fields, text
from emocni_cli.documents.render import DocumentData
from emocni_cli.errors import RefusedError
from emocni_cli.model.statuses import MAIN_LIST
from emocni_cli.model.term import term_text
from emocni_cli.model.training import Training
from emocni_cli.model.trainings import Enrolment, Participant, Session
from emocni_cli.model.values import MONTHS_GENITIVE, WEEKDAYS, format_date, format_time
from emocni_cli.model.vocabularies import fold
from emocni_cli.trainings.attendance import (
    main_lists,
    sessions_of,
    training_hours,
    training_progress,
)
from emocni_cli.trainings.schedule import find_session, session_number
from emocni_cli.workspace.layout import PARTNERS, training_kind
from emocni_cli.workspace.load import Workspace

SESSIONS_PER_PAGE = 6  # signature columns of one page of the grid (A4 landscape)


def hours_genitive(hours: float) -> str:
    """'12 godzin', '1,5 godziny', '3 godzin' — after „w wymiarze”."""
    word = "godziny" if hours == 1 or hours != int(hours) else "godzin"
    return f"{number(hours)} {word}"


def days_text(first: dt.date, last: dt.date) -> str:
    """'5 marca 2019 r.', '5–26 marca 2019 r.', '26 lutego – 5 marca 2019 r.'."""
    if first == last:
        return long_date(first)
    if (first.year, first.month) == (last.year, last.month):
        return f"{first.day}–{long_date(last)}"
    if first.year == last.year:
        return f"{first.day} {MONTHS_GENITIVE[first.month - 1]} – {long_date(last)}"
    return f"{long_date(first)} – {long_date(last)}"


def _training(ws: Workspace, training_id: str) -> Training:
    return get(ws, training_kind(locate(ws, training_id)), training_id)


def _session(t: Training, s: Session) -> dict[str, Any]:
    hours = number(s.godziny) + " h"
    return {
        "id": s.id,
        "nr": str(session_number(s) or s.id),
        "naglowek": f"Zajęcia {session_number(s) or s.id}",
        "data": long_date(s.data),
        "data_krotka": format_date(s.data),
        "dzien_tygodnia": WEEKDAYS[s.data.weekday()],
        "godzina": format_time(s.godzina),
        "godziny": number(s.godziny),
        "czas": f"godz. {format_time(s.godzina)}, {hours}" if s.godzina else hours,
        "miejsce": text(s.miejsce) or text(t.miejsce),
        "temat": text(s.temat),
    }


_SPARE_COLUMN = {
    "id": "",
    "nr": "",
    "naglowek": "Zajęcia",
    "data": "",
    "data_krotka": "",
    "dzien_tygodnia": "",
    "godzina": "",
    "godziny": "",
    "czas": "data: ……………",
    "miejsce": "",
    "temat": "",
}


def _training_context(ws: Workspace, t: Training, sessions: list[Session]) -> dict[str, Any]:
    """The training's fields as document text, its term and hours as its sessions give them."""
    partner = ws.find(PARTNERS, t.partner) if t.partner else None
    hours = training_hours(t, sessions)
    if sessions:
        first, last = sessions[0].data, sessions[-1].data
        term = days_text(first, last)
        when = f"{'w dniu' if first == last else 'w dniach'} {term}"
    else:
        term = term_text(text(t.termin))
        when = f"w terminie: {term}" if term else ""
    return record_fields(t) | {
        "termin": term,
        "kiedy": when,
        "godziny": number(hours) if hours else "",
        "godziny_slownie": hours_genitive(hours) if hours else "",
        "organizator": text(partner.nazwa) if partner else "",
        "liczba_zajec": len(sessions),
        "zajecia": [_session(t, s) for s in sessions],
    }


def _administrator(ws: Workspace) -> str:
    """Who the data-protection clause names as the controller of the participants' data."""
    s = ws.settings
    leader = ws.partner_names.get(s.partnerstwo.lider or "", "")
    return text(s.emocarz.instytucja) or text(leader) or "lider partnerstwa"


def _surname_order(p: Participant) -> tuple[str, str]:
    """Alphabetical by surname (the last word of the name), as a list to sign is searched."""
    name = text(p.imie_nazwisko)
    return (fold(name.rsplit(" ", 1)[-1]), fold(name))


def _enrolled(ws: Workspace, training_id: str) -> list[tuple[Enrolment, Participant]]:
    """The main list of a training: each enrolment with its participant (whose data is kept)."""
    people = {p.id: p for p in ws.participants}
    pairs = [
        (e, people[e.uczestnik])
        for e in ws.enrolments
        if e.szkolenie == training_id and e.lista == MAIN_LIST and e.uczestnik in people
    ]
    kept = [(e, p) for e, p in pairs if not p.forgotten]
    return sorted(kept, key=lambda pair: _surname_order(pair[1]))


def _pages(t: Training, sessions: list[Session], chosen: Session | None) -> list[dict[str, Any]]:
    """One page for the chosen session, else the grid: sessions by SESSIONS_PER_PAGE per page, the
    last page's spare columns left for a session added by hand (a training without sessions yet
    gets one page of spare columns)."""
    if chosen is not None:
        one = _session(t, chosen)
        return [{"jedne": True, "sesja": one, "zajecia": [one], "od": chosen.data}]
    chunks = [sessions[i : i + SESSIONS_PER_PAGE] for i in range(0, len(sessions), SESSIONS_PER_PAGE)]
    pages = []
    for chunk in chunks or [[]]:
        columns = [_session(t, s) for s in chunk]
        columns += [dict(_SPARE_COLUMN)] * (SESSIONS_PER_PAGE - len(columns))
        start = chunk[0].data if chunk else None
        pages.append({"jedne": False, "sesja": dict(_SPARE_COLUMN), "zajecia": columns, "od": start})
    return pages


BLANK_ROWS = 3  # for whoever comes without being on the list
ROWS_ON_A_PAGE = 16  # people and blank rows that fit on one page with the trainer's row and the clause


def blank_rows_for(people: int) -> int:
    """Three blank rows, fewer when that keeps a list that would fit on one page on one page."""
    if people > ROWS_ON_A_PAGE:
        return BLANK_ROWS
    return min(BLANK_ROWS, ROWS_ON_A_PAGE - people)


def attendance_sheet(
    ws: Workspace, training_id: str, session: str | None, blank_rows: int | None
) -> DocumentData:
    """The training's attendance list: its main list by surname (without those who resigned before
    the page's first session), blank rows for whoever else comes (by default blank_rows_for), the
    trainer's signature."""
    t = _training(ws, training_id)
    sessions = sessions_of(ws.sessions, t.id)
    chosen = find_session(ws.sessions, t.id, session) if session is not None else None
    pages = []
    enrolled = _enrolled(ws, t.id)
    for page in _pages(t, sessions, chosen):
        start = page.pop("od")
        people = [p for e, p in enrolled if e.rezygnacja is None or start is None or e.rezygnacja > start]
        blank = blank_rows_for(len(people)) if blank_rows is None else blank_rows
        rows = [text(p.imie_nazwisko) for p in people] + [""] * blank
        table = [{"lp": n, "imie_nazwisko": name} for n, name in enumerate(rows, start=1)]
        pages.append(page | {"wiersze": table})
    context = base_context(ws) | {
        "szkolenie": _training_context(ws, t, sessions),
        "strony": pages,
        "administrator": _administrator(ws),
    }
    suffix = f"-{session_number(chosen) or chosen.id}" if chosen is not None else ""
    return DocumentData(context, f"lista-obecnosci-szkolenie-{t.id}{suffix}.docx")


def _addressed(p: Participant) -> dict[str, str]:
    """How a certificate speaks of its holder: 'Pani', 'ukończyła' — or both forms when the
    person's sex is not recorded."""
    if p.plec == "k":
        return {"zwrot": "Pani", "ukonczyl": "ukończyła", "obecny": "obecna"}
    if p.plec == "m":
        return {"zwrot": "Pan", "ukonczyl": "ukończył", "obecny": "obecny"}
    return {"zwrot": "", "ukonczyl": "ukończył(a)", "obecny": "obecny(-a)"}


def certificates(ws: Workspace, training_id: str, prepared: dt.date | None) -> tuple[DocumentData, int]:
    """One certificate page per person on the main list who completed the training as of the
    date of issue (or today), numbered "2019-01/1"…; a draft while sessions are still to come.
    Returns the data and how many who completed are left out because their data was forgotten."""
    t = _training(ws, training_id)
    day = prepared or dt.date.today()
    threshold = ws.settings.wymagania.prog_ukonczenia
    people = {p.id: p for p in ws.participants}
    enrolled = main_lists(ws).get(t.id, [])
    item = training_progress(ws, t, enrolled, day)
    sessions = item.sessions
    holders, forgotten = [], 0
    for result in (p for p in item.people if p.completed):
        person = people.get(result.enrolment.uczestnik)  # an unknown id is an error `emocni check` reports
        if person is not None and person.forgotten:
            forgotten += 1
        elif person is not None:
            holders.append((person, result))
    holders.sort(key=lambda pair: _surname_order(pair[0]))
    if not holders:
        raise _nobody_completed(t, sessions, len(enrolled), threshold, day)
    pages = [
        {
            "numer": f"{t.id}/{n}",
            "imie_nazwisko": text(p.imie_nazwisko),
            "godziny_obecnosci": number(result.hours_present),
            "procent": number(round(result.percent)),
        }
        | _addressed(p)
        for n, (p, result) in enumerate(holders, start=1)
    ]
    missing, fixes = [], []
    later = [s for s in sessions if s.data > day]
    if later:
        missing.append(f"szkolenie jeszcze trwa: ostatnie zajęcia {long_date(later[-1].data)}")
        fixes.append(
            f"wydaj zaświadczenia po ostatnich zajęciach: emocni training certificates {t.id} "
            f"--date {format_date(later[-1].data)}"
        )
    context = base_context(ws, prepared) | {
        "szkolenie": _training_context(ws, t, sessions),
        "zaswiadczenia": pages,
        "prog_ukonczenia": str(threshold),
    }
    return DocumentData(context, f"zaswiadczenia-{t.id}.docx", missing, fixes=fixes), forgotten


def _nobody_completed(
    t: Training, sessions: list[Session], enrolled: int, threshold: int, day: dt.date
) -> RefusedError:
    if not sessions:
        return RefusedError(
            f"Szkolenie „{t.id}” nie ma zapisanych zajęć, więc nikt go jeszcze nie ukończył.",
            hint=f"dodaj zajęcia: emocni training session add {t.id} --date DATA --time GG:MM --hours H",
        )
    if not enrolled:
        return RefusedError(
            f"Nikt nie jest zapisany na szkolenie „{t.id}” (lista główna), więc nie ma komu wydać "
            "zaświadczenia.",
            hint=f"zapisz uczestników: emocni training enrol {t.id} UCZESTNIK…",
        )
    return RefusedError(
        f"Nikt z {enrolled} osób zapisanych na szkolenie „{t.id}” nie był do {format_date(day)} obecny "
        f"na co najmniej {threshold}% godzin szkolenia, więc nie ma zaświadczeń do wydania.",
        hint=f"zapisz obecność: emocni training attendance {t.id} --session NR --present UCZESTNIK…; "
        f"postępy: emocni training progress {t.id}",
    )


# what the declaration says of the training (blank lines to fill in without --training)
_FORM_TRAINING = ("id", "tytul", "termin", "miejsce", "organizator", "godziny")


def participant_form(ws: Workspace, training_id: str | None) -> DocumentData:
    """The participant's declaration to print and sign: blank fields for the person, the training
    filled in when given, the consent to health data and the full data-protection clause."""
    training = dict.fromkeys(_FORM_TRAINING, "")
    name = "deklaracja-uczestnictwa.docx"
    if training_id is not None:
        t = _training(ws, training_id)
        whole = _training_context(ws, t, sessions_of(ws.sessions, t.id))
        training = {key: whole[key] for key in _FORM_TRAINING}
        name = f"deklaracja-uczestnictwa-{t.id}.docx"
    context = base_context(ws) | {"szkolenie": training, "administrator": _administrator(ws)}
    return DocumentData(context, name)
