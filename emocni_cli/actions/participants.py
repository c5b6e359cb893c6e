"""Participants (personal data, uczestnicy.toml): adding, changing, and forgetting one person or
everybody. Each runs in one editing() transaction that reads the participants' file; the history
records these commands without the personal data typed in them."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from emocni_cli.errors import InputError, RefusedError
from emocni_cli.model.trainings import Participant
from emocni_cli.model.values import format_date
from emocni_cli.model.vocabularies import fold
from emocni_cli.trainings import people
from emocni_cli.trainings.attendance import first_years
from emocni_cli.workspace.layout import PARTICIPANTS

WITHHELD_NOTE = "… (dane osobowe pominięte)"


def _consent_not_future(consent: Any, today: dt.date) -> None:
    if isinstance(consent, dt.date) and consent > today:
        raise InputError(
            f"Opcja --consent: data zgody {format_date(consent)} jest w przyszłości.",
            hint="podaj dzień, w którym uczestnik podpisał deklarację z klauzulą RODO "
            "(zapisz go dopiero po podpisaniu)",
        )


def namesakes(participants: list[Participant], person: Participant) -> list[Participant]:
    """Other people of the same name (two residents may share one: a warning, not a refusal)."""
    key = fold(person.imie_nazwisko or "")
    return [p for p in participants if p.id != person.id and p.imie_nazwisko and fold(p.imie_nazwisko) == key]


def add(root: Path, values: dict[str, Any], today: dt.date) -> tuple[Participant, list[Participant]]:
    """A new participant with the next free number; returns it and the namesakes already there."""
    from emocni_cli.actions.records import build
    from emocni_cli.workspace.edits import editing, record_values
    from emocni_cli.workspace.recorded_command import withhold_arguments

    _consent_not_future(values.get("zgoda"), today)
    with editing(root, personal=True) as tx:
        ws = tx.workspace
        person = build(PARTICIPANTS, {**values, "id": people.next_id(ws.participants, ws.enrolments)})
        tx.append(PARTICIPANTS, record_values(person))
        withhold_arguments(f"{person.id} {WITHHELD_NOTE}")
    return person, namesakes(ws.participants, person)


def update(root: Path, typed: str, changes: dict[str, Any], today: dt.date) -> Participant:
    """Change some fields of one participant in place ("" given: the field goes)."""
    from emocni_cli.actions.records import build
    from emocni_cli.workspace.edits import editing
    from emocni_cli.workspace.recorded_command import withhold_arguments

    if not changes:
        raise InputError("Nie podano żadnej zmiany.", hint="zobacz opcje: emocni participant edit --help")
    _consent_not_future(changes.get("zgoda"), today)
    with editing(root, personal=True) as tx:
        current = people.find_participant(tx.workspace.participants, typed)
        if current.forgotten:
            raise RefusedError(
                f"Dane uczestnika {current.id} usunięto {format_date(current.zapomniano)} — nie ma "
                "czego zmieniać.",
                hint="nową zgodę tej osoby zapisz jako nowego uczestnika: emocni participant add",
            )
        merged = {**current.model_dump(exclude_none=True), **changes}
        person = build(PARTICIPANTS, {k: v for k, v in merged.items() if v is not None})
        stored = person.model_dump(mode="python", include=set(changes))
        tx.set_fields(
            PARTICIPANTS,
            current.id,
            {k: (stored.get(k) if changes[k] is not None else None) for k in changes},
        )
        withhold_arguments(f"{person.id} {WITHHELD_NOTE}")
    return person


def find(root: Path, typed: list[str] | None) -> list[Participant]:
    """The participants typed (None: all not yet forgotten), for the question before forgetting them."""
    from emocni_cli.workspace.load import load

    everybody = load(root, personal=True).participants
    if typed is None:
        return [p for p in everybody if not p.forgotten]
    return [people.find_participant(everybody, t) for t in typed]


def forget(root: Path, typed: list[str] | None, today: dt.date) -> tuple[list[Participant], int]:
    """Remove the personal data of the people typed (None: of everybody not yet forgotten), in
    the participants' file and in the change history. Their ids, age groups, sex and disability
    stay for the counts. Not undoable: the history keeps no copy of what was removed. Returns the
    people forgotten now and how many history entries were cleaned."""
    from emocni_cli.workspace import recorded_command
    from emocni_cli.workspace.edits import editing
    from emocni_cli.workspace.forgetting import forget_table, purge_history
    from emocni_cli.workspace.history import FORGET

    with editing(root, personal=True) as tx:
        ws = tx.workspace
        if typed is None:
            chosen = [p for p in ws.participants if not p.forgotten]
        else:
            resolved = [(t, people.find_participant(ws.participants, t)) for t in typed]
            recorded_command.redact({t: p.id for t, p in resolved if t != p.id})
            chosen = list({p.id: p for _, p in resolved}.values())
        todo: dict[str, tuple[dict[str, Any], list[str]]] = {}
        years = first_years(ws)
        for person in chosen:
            kept = people.forgotten_values(person, years.get(person.id), person.zapomniano or today)
            todo[person.id] = (kept, people.personal_words(person))
            forgotten = todo[person.id]
            tx.change(
                PARTICIPANTS.file,
                PARTICIPANTS.table,
                person.id,
                lambda table, forgotten=forgotten: forget_table(table, *forgotten),
            )
        tx.action = FORGET
        # under the lock, before the forget is written: a crash after it leaves no copy behind
        purged = purge_history(root, todo)
    return [p for p in chosen if not p.forgotten], purged
