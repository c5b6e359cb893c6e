"""What the participant, participants and training enrol/resign/attendance/progress commands
print: the participants table, a person's trainings, and each step of running a training."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from emocni_cli.cli import output
from emocni_cli.errors import RefusedError
from emocni_cli.model.statuses import WAITING_LIST
from emocni_cli.model.values import format_date, format_decimal, format_hours
from emocni_cli.model.vocabularies import AGE_GROUPS, ENROLMENT_LISTS
from emocni_cli.polish import NO, YES, plural
from emocni_cli.trainings.people import described, main_list, seats_left, waiting_list
from emocni_cli.workspace.layout import PARTICIPANTS

if TYPE_CHECKING:
    from emocni_cli.actions.enrolments import Enrolled, Marked
    from emocni_cli.model.training import Training
    from emocni_cli.model.trainings import Participant
    from emocni_cli.workspace.load import Workspace


def people_count(n: int) -> str:
    return f"{n} {plural(n, 'osoba', 'osoby', 'osób')}"


def sessions_count(n: int) -> str:
    return f"{n} {plural(n, 'zajęcia', 'zajęcia', 'zajęć')}"


def list_participants(ws: Workspace, as_json: bool) -> None:
    """The participants without health data or contact: enough to find and enrol someone."""
    counts: dict[str, int] = {}
    for enrolment in ws.enrolments:
        counts[enrolment.uczestnik] = counts.get(enrolment.uczestnik, 0) + 1
    items = ws.participants
    if as_json:
        keys = ("id", "imie_nazwisko", "rok_urodzenia", "miejscowosc", "zgoda", "zapomniano", "grupa_wiekowa")
        output.emit_json(
            [
                {
                    **p.model_dump(mode="json", include=set(keys), exclude_none=True),
                    "szkolenia": counts.get(p.id, 0),
                }
                for p in items
            ]
        )
        return
    if not items:
        if not any(item.file == PARTICIPANTS.file for item in ws.left_out):
            output.info(f"Brak uczestników w pliku {PARTICIPANTS.file}. Dodaj: emocni participant add --help")
        return
    rows = []
    for p in items:
        if p.forgotten:
            name = f"(dane usunięte {format_date(p.zapomniano)})"
            born = AGE_GROUPS.label(p.grupa_wiekowa) if p.grupa_wiekowa else ""
        else:
            name, born = p.imie_nazwisko or "", str(p.rok_urodzenia)
        rows.append([p.id, name, born, p.miejscowosc or "", format_date(p.zgoda), str(counts.get(p.id, 0))])
    headers = ["nr", "imię i nazwisko", "rok ur.", "miejscowość", "zgoda", "szkolenia"]
    output.table(headers, rows, optional=["miejscowość", "zgoda"])
    forgotten = sum(p.forgotten for p in items)
    note = f" (w tym z usuniętymi danymi: {forgotten})" if forgotten else ""
    output.info(f"Razem: {len(items)}{note}")


def enrolments_of(ws: Workspace, participant_id: str) -> str:
    """'2019-01 (lista główna, obecność na 3 z 4 zajęć), 2019-02 (lista rezerwowa)'."""
    parts = []
    for e in ws.enrolments:
        if e.uczestnik != participant_id:
            continue
        held = sum(s.szkolenie == e.szkolenie for s in ws.sessions)
        about = [ENROLMENT_LISTS.label(e.lista)]
        if held:
            about.append(f"obecność na {len(set(e.obecnosc))} z {held} zajęć")
        if e.rezygnacja:
            about.append(f"rezygnacja {format_date(e.rezygnacja)}")
        parts.append(f"{e.szkolenie} ({', '.join(about)})")
    return ", ".join(parts)


def confirm_forget(question: str) -> None:
    """Ask before personal data goes for good (only in a terminal; --yes skips it)."""
    output.info(
        "Każdej osobie zostaną tylko: numer, grupa wiekowa, płeć i niepełnosprawność (do liczb w "
        "raportach). Dane znikną też z historii zmian, więc tego NIE da się cofnąć poleceniem emocni undo."
    )
    if not output.confirmed(question, False):
        raise RefusedError(f"Nie usunięto danych — plik {PARTICIPANTS.file} jest bez zmian.")


def forgotten(persons: list[Participant], purged: int) -> None:
    if not persons:
        output.info("Nie ma danych do usunięcia: dane tych osób usunięto już wcześniej.")
    else:
        output.success(
            f"Usunięto dane osobowe — liczba osób: {len(persons)} ({', '.join(p.id for p in persons)}); "
            "zostały tylko numer, grupa wiekowa, płeć i niepełnosprawność."
        )
    if purged:
        output.info(f"Oczyszczono też historię zmian ({purged} {plural(purged, 'wpis', 'wpisy', 'wpisów')}).")
    output.info(
        "Tego nie da się cofnąć. Wydrukowane dokumenty (deklaracje, listy obecności, zaświadczenia) "
        "trzeba zniszczyć lub zanonimizować samodzielnie."
    )


def seats_line(ws: Workspace, training: Training) -> str:
    main, waiting = main_list(ws.enrolments, training.id), waiting_list(ws.enrolments, training.id)
    planned = f" z {training.uczestnicy_plan} miejsc" if training.uczestnicy_plan is not None else ""
    return f"Szkolenie {training.id}: lista główna {len(main)}{planned}, lista rezerwowa {len(waiting)}."


def enrolled(ws: Workspace, training: Training, done: list[Enrolled]) -> None:
    for item in done:
        where = ENROLMENT_LISTS.label(item.enrolment.lista)
        output.success(f"Zapisano {described(item.person)} na szkolenie {training.id} — {where}.")
    day = done[0].enrolment.zapisano if done else None
    if day is not None and training.done_by(day):
        output.warning(
            f"szkolenie {training.id} było już zrealizowane w dniu zapisu ({format_date(day)}) — "
            "jeśli to pomyłka, cofnij zapis: emocni undo; zapis z przeszłości: --date DATA"
        )
    if (
        any(item.enrolment.lista == WAITING_LIST for item in done)
        and seats_left(training, ws.enrolments) == 0
    ):
        output.info(
            "Lista główna jest pełna: gdy ktoś zrezygnuje (emocni training resign), pierwsza osoba "
            "z listy rezerwowej przejdzie na główną."
        )
    output.info(seats_line(ws, training))


def resigned(training: Training, item: Enrolled, moved: Enrolled | None) -> None:
    day = format_date(item.enrolment.rezygnacja)
    output.success(f"Zapisano rezygnację: {described(item.person)} ze szkolenia {training.id} ({day}).")
    if moved is not None:
        output.success(f"Z listy rezerwowej na główną przechodzi: {described(moved.person)}.")


def marked(ws: Workspace, training: Training, result: Marked) -> None:
    s = result.session
    what = f"Zajęcia {s.id} ({format_date(s.data)})"
    if result.added:
        output.success(f"{what}: obecni — {', '.join(described(p) for p in result.added)}.")
    if result.removed:
        output.success(f"{what}: nieobecni — {', '.join(described(p) for p in result.removed)}.")
    if result.as_before:
        output.info(f"Bez zmian (już tak zapisano): {', '.join(p.id for p in result.as_before)}.")
    present = sum(s.id in e.obecnosc for e in main_list(ws.enrolments, training.id))
    total = len(main_list(ws.enrolments, training.id))
    output.info(f"Na zajęciach {s.id} obecnych: {present} z {total} zapisanych na liście głównej.")


def progress(ws: Workspace, training: Training, day: dt.date, as_json: bool) -> None:
    """Per person on the main list: hours present as of the day, their share, completed or not."""
    from emocni_cli.trainings.attendance import trainings_progress

    item = next((t for t in trainings_progress(ws, day) if t.training.id == training.id), None)
    if item is None:
        from emocni_cli.actions.enrolments import cancelled

        raise cancelled(training, "nikt go nie ukończy")
    threshold = ws.settings.wymagania.prog_ukonczenia
    names = {p.id: p for p in ws.participants}
    if as_json:
        people = [
            {
                "uczestnik": p.enrolment.uczestnik,
                "godziny_obecnosci": p.hours_present,
                "procent": round(p.percent, 1),
                "ukonczone": p.completed,
                "rezygnacja": p.enrolment.rezygnacja,
            }
            for p in item.people
        ]
        output.emit_json(
            {
                "szkolenie": training.id,
                "dzien": day,
                "godziny": item.hours_total,
                "prog": threshold,
                "uczestnicy": people,
            }
        )
        return
    held = sum(s.data <= day for s in item.sessions)
    output.info(
        f"Szkolenie {training.id} „{training.tytul}”: {sessions_count(len(item.sessions))} (odbyte do "
        f"{format_date(day)}: {held}), razem {format_hours(item.hours_total)}; ukończenie od "
        f"{threshold}% godzin ({format_hours(item.hours_total * threshold / 100)})."
    )
    if not item.people:
        output.info(f"Nikt nie jest zapisany na listę główną. Zapisz: emocni training enrol {training.id} …")
        return
    rows = []
    for p in item.people:
        person = names.get(p.enrolment.uczestnik)
        name = (person.imie_nazwisko or "(dane usunięte)") if person else "?"
        note = f"rezygnacja {format_date(p.enrolment.rezygnacja)}" if p.enrolment.rezygnacja else ""
        rows.append(
            [
                p.enrolment.uczestnik,
                name,
                format_hours(p.hours_present),
                f"{format_decimal(round(p.percent, 1))}%",
                YES if p.completed else NO,
                note,
            ]
        )
    output.table(["nr", "imię i nazwisko", "obecność", "%", "ukończone", "uwagi"], rows, optional=["uwagi"])
    done = sum(p.completed for p in item.people)
    resigned = sum(p.enrolment.rezygnacja is not None for p in item.people)
    note = f" (rezygnacje: {resigned})" if resigned else ""
    output.info(f"Ukończyło: {people_count(done)} z {len(item.people)} zapisanych na listę główną{note}.")
    waiting = waiting_list(ws.enrolments, training.id)
    if waiting:
        output.info(f"Lista rezerwowa: {', '.join(e.uczestnik for e in waiting)}.")
