"""The participants of trainings: finding one by id or name, new ids, seats on a training's main
list, and the age group a forgotten person keeps. Pure functions: no files, no printing."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

from emocni_cli.errors import InputError, NotFoundError
from emocni_cli.model.statuses import MAIN_LIST, WAITING_LIST
from emocni_cli.model.training import Training
from emocni_cli.model.trainings import Enrolment, Participant
from emocni_cli.model.values import format_date
from emocni_cli.model.vocabularies import fold
from emocni_cli.trainings.attendance import age_group

ID_PREFIX = "u-"
_NUMBERED = re.compile(r"^u-(\d+)$")


def next_id(participants: Iterable[Participant], enrolments: Iterable[Enrolment]) -> str:
    """The next free "u-NNN": one above every number given so far, in the participants' file or
    in enrolments (so a number is never given twice, even after a record was deleted by hand)."""
    used = [p.id for p in participants] + [e.uczestnik for e in enrolments]
    numbers = [int(m[1]) for pid in used if (m := _NUMBERED.match(pid))]
    return f"{ID_PREFIX}{max(numbers, default=0) + 1:03d}"


def enrolment_id(training_id: str, participant_id: str) -> str:
    return f"{training_id}.{participant_id}"


def described(person: Participant) -> str:
    """'u-003 (Anna Nowak, ur. 1956, Kamionka)' — to tell two people of one name apart."""
    if person.forgotten:
        return f"{person.id} (dane usunięte {format_date(person.zapomniano)})"
    about = [person.imie_nazwisko or "", f"ur. {person.rok_urodzenia}", person.miejscowosc or ""]
    return f"{person.id} ({', '.join(a for a in about if a)})"


def find_participant(participants: list[Participant], typed: str) -> Participant:
    """The participant with this id, or the only one with this name (case and Polish letters
    aside); a name two people share, or one nobody has, is refused with what to type instead."""
    typed = typed.strip()
    by_id = next((p for p in participants if p.id == typed), None)
    if by_id is not None:
        return by_id
    key = fold(typed)
    named = [p for p in participants if p.imie_nazwisko and fold(p.imie_nazwisko) == key]
    if len(named) == 1:
        return named[0]
    if named:
        raise InputError(
            f"„{typed}” to imię i nazwisko kilku uczestników: {', '.join(map(described, named))}.",
            hint="podaj numer uczestnika zamiast imienia i nazwiska, np. " + named[0].id,
        )
    import difflib

    names = {p.imie_nazwisko: p for p in participants if p.imie_nazwisko}
    close = difflib.get_close_matches(typed, list(names), n=3, cutoff=0.6)
    guess = f"czy chodziło o: {', '.join(described(names[c]) for c in close)}? " if close else ""
    raise NotFoundError(
        f"Nie ma uczestnika „{typed}” (ani takiego numeru, ani imienia i nazwiska) w pliku uczestnicy.toml.",
        hint=guess + "lista: emocni participant list; nowa osoba: emocni participant add --help",
    )


def active(enrolment: Enrolment, day: dt.date | None = None) -> bool:
    """Still enrolled: no resignation, or one after the day."""
    return enrolment.rezygnacja is None or (day is not None and enrolment.rezygnacja > day)


def main_list(enrolments: Iterable[Enrolment], training_id: str) -> list[Enrolment]:
    """Who holds a seat: enrolled on the main list and not resigned."""
    return [e for e in enrolments if e.szkolenie == training_id and e.lista == MAIN_LIST and active(e)]


def waiting_list(enrolments: Iterable[Enrolment], training_id: str) -> list[Enrolment]:
    """Who waits for a seat, first come first served (the file's order among the same dates)."""
    waiting = [e for e in enrolments if e.szkolenie == training_id and e.lista == WAITING_LIST and active(e)]
    return sorted(waiting, key=lambda e: e.zapisano or dt.date.max)


def seats_left(training: Training, enrolments: Iterable[Enrolment]) -> int | None:
    """Free seats on the main list; None when the plan gives no number of participants."""
    if training.uczestnicy_plan is None:
        return None
    return max(training.uczestnicy_plan - len(main_list(enrolments, training.id)), 0)


def forgotten_values(person: Participant, first_year: int | None, day: dt.date) -> dict[str, object]:
    """The fields a forgotten person keeps, the age group worked out before the birth year goes:
    age in `first_year` (attendance.first_years), else in the year of their consent."""
    group = person.grupa_wiekowa
    if person.rok_urodzenia is not None:
        year = first_year or (person.zgoda or day).year
        group = age_group(year - person.rok_urodzenia)
    values: dict[str, object] = {"id": person.id, "zapomniano": day}
    if person.plec:
        values["plec"] = person.plec
    if person.niepelnosprawnosc:
        values["niepelnosprawnosc"] = True
    if group:
        values["grupa_wiekowa"] = group
    return values


def personal_words(person: Participant) -> list[str]:
    """The texts that identify a person, to be looked for in the change history."""
    words = [person.imie_nazwisko, person.kontakt]
    return [w for w in words if w and len(w.strip()) >= 3]
