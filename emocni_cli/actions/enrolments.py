"""Enrolments (zapisy.toml): enrolling people in a training (the waiting list once its planned
number is reached), a resignation that lets the first waiting person move up, and attendance at
a session. People are typed by id or name; the history records their ids, never their names."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from emocni_cli.errors import InputError, RefusedError
from emocni_cli.model.statuses import MAIN_LIST, TRAINING_CANCELLED, WAITING_LIST
from emocni_cli.model.training import Training
from emocni_cli.model.trainings import Enrolment, Participant, Session
from emocni_cli.model.values import format_date
from emocni_cli.trainings import people
from emocni_cli.trainings.attendance import sessions_of
from emocni_cli.trainings.schedule import find_session
from emocni_cli.workspace.layout import ENROLMENTS, training_kind
from emocni_cli.workspace.load import Workspace


def training_of(ws: Workspace, training_id: str) -> Training:
    """The training of any annual plan with this id (NotFoundError naming the list otherwise)."""
    from emocni_cli.actions.plan import locate

    return ws.find(training_kind(locate(ws, training_id)), training_id)


def cancelled(training: Training, so: str) -> RefusedError:
    return RefusedError(
        f"Szkolenie {training.id} („{training.tytul}”) jest odwołane — {so}.",
        hint=f"jeśli odbyło się albo odbędzie jednak, zmień jego status: emocni training edit {training.id} "
        "--status planowane",
    )


def resolve(ws: Workspace, typed: list[str]) -> list[Participant]:
    """The people typed (ids or names, several in one value separated by commas), each once;
    the recorded command gets their ids instead of their names."""
    from emocni_cli.workspace import recorded_command

    words = [word.strip() for value in typed for word in value.split(",") if word.strip()]
    found = [(word, people.find_participant(ws.participants, word)) for word in words]
    recorded_command.redact({word: person.id for word, person in found if word != person.id})
    twice = sorted({p.id for _, p in found if sum(q.id == p.id for _, q in found) > 1})
    if twice:
        raise InputError(f"Ta sama osoba podana dwa razy: {', '.join(twice)}.", hint="podaj każdą osobę raz")
    return [person for _, person in found]


def _names(persons: list[Participant]) -> str:
    return ", ".join(people.described(p) for p in persons)


@dataclass(frozen=True)
class Enrolled:
    person: Participant
    enrolment: Enrolment


def enrol(root: Path, training_id: str, typed: list[str], day: dt.date, reserve: bool) -> list[Enrolled]:
    """Enrol people in a training: on its main list while seats are free (the plan's number of
    participants), then — or with reserve — on the waiting list."""
    from emocni_cli.actions.records import build
    from emocni_cli.workspace.edits import editing, record_values

    with editing(root, personal=True) as tx:
        ws = tx.workspace
        training = training_of(ws, training_id)
        if training.status == TRAINING_CANCELLED:
            raise cancelled(training, "nie można się na nie zapisać")
        chosen = resolve(ws, typed)
        forgotten = [p for p in chosen if p.forgotten]
        if forgotten:
            raise RefusedError(
                f"Dane tych osób usunięto, więc nie można ich zapisać: {_names(forgotten)}.",
                hint="osobę, która zapisuje się ponownie, dodaj jako nowego uczestnika: "
                "emocni participant add",
            )
        mine = {e.uczestnik: e for e in ws.enrolments if e.szkolenie == training.id}
        already = [p for p in chosen if p.id in mine]
        if already:
            raise RefusedError(
                f"Na szkolenie {training.id} są już zapisani: {_names(already)} — nic nie zapisano.",
                hint="pomiń ich w poleceniu; kto zrezygnował, ma datę rezygnacji w pliku zapisy.toml "
                f"(zobacz: emocni training progress {training.id})",
            )
        free = people.seats_left(training, ws.enrolments)
        out = []
        for person in chosen:
            main = not reserve and (free is None or free > 0)
            if main and free is not None:
                free -= 1
            values = {
                "id": people.enrolment_id(training.id, person.id),
                "szkolenie": training.id,
                "uczestnik": person.id,
                "zapisano": day,
                "lista": MAIN_LIST if main else WAITING_LIST,
            }
            enrolment = build(ENROLMENTS, values)
            tx.append(ENROLMENTS, record_values(enrolment))
            out.append(Enrolled(person, enrolment))
    return out


def _enrolment(ws: Workspace, training: Training, person: Participant) -> Enrolment:
    found = next((e for e in ws.enrolments if e.szkolenie == training.id and e.uczestnik == person.id), None)
    if found is None:
        raise RefusedError(
            f"{people.described(person)} nie jest zapisany(-a) na szkolenie {training.id}.",
            hint=f"zapisz: emocni training enrol {training.id} {person.id}",
        )
    return found


def resign(root: Path, training_id: str, typed: str, day: dt.date) -> tuple[Enrolled, Enrolled | None]:
    """Record a resignation; a seat it frees on the main list goes to the first person waiting.
    Returns the resignation and who moved up (if anyone)."""
    from emocni_cli.workspace.edits import editing

    with editing(root, personal=True) as tx:
        ws = tx.workspace
        training = training_of(ws, training_id)
        chosen = resolve(ws, [typed])
        if len(chosen) != 1:
            raise InputError(
                "Podaj jedną osobę, która rezygnuje.", hint="kolejne osoby: osobnymi poleceniami"
            )
        person = chosen[0]
        enrolment = _enrolment(ws, training, person)
        if enrolment.rezygnacja is not None:
            raise RefusedError(
                f"{people.described(person)} zrezygnował(-a) ze szkolenia {training.id} już "
                f"{format_date(enrolment.rezygnacja)}.",
                hint="datę rezygnacji można poprawić w pliku zapisy.toml",
            )
        tx.set_fields(ENROLMENTS, enrolment.id, {"rezygnacja": day})
        resigned = Enrolled(person, enrolment.model_copy(update={"rezygnacja": day}))
        moved = None
        waiting = people.waiting_list(ws.enrolments, training.id)
        if enrolment.lista == MAIN_LIST and waiting and people.seats_left(training, ws.enrolments) == 0:
            first = waiting[0]
            tx.set_fields(ENROLMENTS, first.id, {"lista": MAIN_LIST})
            who = next(p for p in ws.participants if p.id == first.uczestnik)
            moved = Enrolled(who, first.model_copy(update={"lista": MAIN_LIST}))
    return resigned, moved


@dataclass(frozen=True)
class Marked:
    session: Session
    added: list[Participant]  # marked present now
    removed: list[Participant]  # marked absent now (present before)
    as_before: list[Participant]  # already as asked


def attendance(
    root: Path, training_id: str, session: str, present: list[str], absent: list[str], today: dt.date
) -> Marked:
    """Mark people present at (or absent from) one held session of a training; everyone else's
    marks stay as they are. Only people on the main list, not resigned by that day."""
    from emocni_cli.workspace.edits import editing

    with editing(root, personal=True) as tx:
        ws = tx.workspace
        training = training_of(ws, training_id)
        held = find_session(ws.sessions, training.id, session)
        if held.data > today:
            raise RefusedError(
                f"Zajęcia {held.id} są {format_date(held.data)}, czyli w przyszłości — obecność zapisuje "
                "się po zajęciach, z podpisanej listy obecności.",
                hint="sprawdź numer zajęć (--session) albo datę zajęć w pliku zajecia.toml",
            )
        here, away = resolve(ws, present), resolve(ws, absent)
        both = [p for p in here if p.id in {q.id for q in away}]
        if both:
            raise InputError(f"Ta sama osoba jako obecna i nieobecna: {_names(both)}.")
        chosen = [(p, _enrolment(ws, training, p)) for p in [*here, *away]]
        _may_attend(training, held, chosen)
        marked = Marked(held, [], [], [])
        for person, enrolment in chosen:
            was = held.id in enrolment.obecnosc
            want = person in here
            if was == want:
                marked.as_before.append(person)
                continue
            if want:
                ids = [*enrolment.obecnosc, held.id]
                marked.added.append(person)
            else:
                ids = [sid for sid in enrolment.obecnosc if sid != held.id]
                marked.removed.append(person)
            order = {s.id: i for i, s in enumerate(sessions_of(ws.sessions, training.id))}
            ids.sort(key=lambda sid: order.get(sid, len(order)))
            tx.set_fields(ENROLMENTS, enrolment.id, {"obecnosc": ids})
    return marked


def _may_attend(training: Training, held: Session, chosen: list[tuple[Participant, Enrolment]]) -> None:
    """Attendance only for the main list, and not after a resignation."""
    waiting = [p for p, e in chosen if e.lista != MAIN_LIST]
    if waiting:
        raise RefusedError(
            f"Na liście rezerwowej szkolenia {training.id} (bez miejsca na zajęciach): {_names(waiting)}.",
            hint="gdy zwolni się miejsce, wpisz rezygnację zapisanej osoby: emocni training resign "
            f"{training.id} UCZESTNIK — pierwsza osoba z listy rezerwowej przejdzie na główną",
        )
    resigned = [p for p, e in chosen if not people.active(e, held.data)]
    if resigned:
        raise RefusedError(
            f"Zrezygnowali ze szkolenia {training.id} przed zajęciami {held.id}: {_names(resigned)}.",
            hint="jeśli rezygnację wpisano przez pomyłkę, usuń jej datę w pliku zapisy.toml",
        )
