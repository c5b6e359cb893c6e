"""Checks that span records or files, run on the records that are valid by themselves."""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING

from emocni_cli.errors import Problem
from emocni_cli.model.fields import refers_to
from emocni_cli.model.plan import GENERAL_FILE, GeneralPlan
from emocni_cli.model.records import MAX_VISIT, Consultation, Meeting, Partner, Record
from emocni_cli.model.settings import Settings
from emocni_cli.model.statuses import EVENT_CANCELLED, TRAINING_CANCELLED, TRAINING_DONE
from emocni_cli.model.training import Training
from emocni_cli.model.trainings import Session
from emocni_cli.model.values import format_date, format_hours
from emocni_cli.model.vocabularies import TRAINING_STATUSES, fold
from emocni_cli.workspace.layout import (
    ANNUAL_FILE,
    CONFIG_FILE,
    CONSULTATIONS,
    ENROLMENTS,
    MEETINGS,
    PARTICIPANTS,
    PARTNERS,
    SESSIONS,
    RecordKind,
)

if TYPE_CHECKING:
    from emocni_cli.workspace.load import Reader


def name_key(name: str) -> str:
    """What two names of one institution or training share: case, Polish letters, spaces and
    punctuation aside ("Gminny  Ośrodek Kultury" and "gminny osrodek kultury")."""
    return fold(name)


def same_name(a: str, b: str) -> bool:
    return name_key(a) == name_key(b)


def partner_named(partners: Iterable[Partner], name: str | None, other_than: str | None = None) -> str | None:
    """The id of the partner with this name (see same_name), if there is one besides `other_than`."""
    return next((p.id for p in partners if name and p.id != other_than and same_name(p.nazwa, name)), None)


def training_twin(trainings: Iterable[Training], title: str, term: str | None) -> str | None:
    """The id of a training of the same plan year with the same title and term, if any."""
    from emocni_cli.model.term import same_term

    return next((t.id for t in trainings if same_name(t.tytul, title) and same_term(t.termin, term)), None)


def check_plans(
    records: dict[str, list[Record]],
    settings: Settings | None,
    general: GeneralPlan | None,
    reader: Reader,
    kinds: list[RecordKind],
) -> None:
    """Annual plans only for years of the plan period, trainings dated in their plan's year,
    and the acceptance of the general part recorded in order."""
    from emocni_cli.model.plan import period_text
    from emocni_cli.model.term import other_years

    for kind in kinds:
        m = ANNUAL_FILE.match(kind.file)
        if m is None:
            continue
        year = int(m[1])
        if settings is not None and year not in settings.plan.years:
            reader.error(
                kind.file,
                f"plan roczny na rok {year} jest poza okresem planu {period_text(settings.plan.years)}",
                hint="okres planu ustala [plan] rok_poczatkowy w emocni.toml — popraw go albo przenieś "
                "szkolenia do planu roku z okresu planu",
            )
        for index, training in reader.indexed(records, kind.file):
            assert isinstance(training, Training)
            if other_years(training.termin, year):
                reader.notices.append(
                    Problem(
                        kind.file,
                        f"termin „{training.termin}” wskazuje inny rok niż {year}",
                        line=reader.record_line(kind, index, "termin"),
                        record=training.id,
                        field="termin",
                        hint="popraw termin albo przenieś szkolenie do planu właściwego roku",
                    )
                )
            if training.zrealizowano is not None and training.status != TRAINING_DONE:
                reader.notices.append(
                    Problem(
                        kind.file,
                        f"zapisano datę realizacji ({format_date(training.zrealizowano)}), ale status "
                        f"szkolenia to „{TRAINING_STATUSES.label(training.status)}”",
                        line=reader.record_line(kind, index, "zrealizowano"),
                        record=training.id,
                        field="zrealizowano",
                        hint=f"jeśli szkolenie się odbyło: emocni training done {training.id} "
                        "--participants LICZBA --date DATA; jeśli nie, usuń datę zrealizowano z pliku",
                    )
                )
    _check_sessions(records, reader, kinds)
    if general is not None:
        loc = reader.locators[GENERAL_FILE]
        for key, message in general.akceptacja.order_problems():
            reader.error(
                GENERAL_FILE,
                message,
                loc.table("akceptacja", key),
                field=f"akceptacja.{key}",
                hint="kolejność: przekazano_animatorowi, potem zaakceptowano, potem wgrano_na_platforme",
            )


def cross_checks(
    records: dict[str, list[Record]], settings: Settings | None, reader: Reader, kinds: list[RecordKind]
) -> None:
    """Problems that span records: duplicate ids, dangling partner references.
    Runs on the records that are valid by themselves, so `check` reports everything at once."""

    def located(kind: RecordKind) -> Iterator[tuple[Callable[[str], int | None], Record]]:
        for index, record in reader.indexed(records, kind.file):
            yield (lambda key, i=index: reader.record_line(kind, i, key)), record

    for kind in kinds:
        counts = Counter(r.id for r in records.get(kind.file, []))
        for line_of, record in located(kind):
            if counts[record.id] > 1:
                reader.error(
                    kind.file,
                    f"identyfikator „{record.id}” powtarza się",
                    line_of("id"),
                    record=record.id,
                    field="id",
                    hint="każdy rekord w pliku musi mieć inny id — zmień jeden z nich",
                )
    if any(p.file == PARTNERS.file for p in reader.problems):
        return  # partner ids are not all known: references cannot be judged
    partner_ids = {p.id for p in records.get(PARTNERS.file, [])}
    for kind in kinds:
        for line_of, record in located(kind):
            for fname, ids in partner_refs(record).items():
                for pid in ids:
                    if pid not in partner_ids:
                        reader.error(
                            kind.file,
                            f"odwołanie do nieistniejącego partnera „{pid}”",
                            line_of(fname),
                            record=record.id,
                            field=fname,
                            hint="popraw id (lista partnerów: emocni partner list) "
                            "albo najpierw dodaj partnera",
                        )
    _check_attendance_after_leaving(records, reader)
    leader = settings.partnerstwo.lider if settings else None
    if leader and leader not in partner_ids:
        reader.error(
            CONFIG_FILE,
            f"lider partnerstwa „{leader}” nie jest na liście partnerów",
            reader.locators[CONFIG_FILE].table("partnerstwo", "lider"),
            field="partnerstwo.lider",
            hint="podaj id partnera z emocni partner list",
        )


def _check_attendance_after_leaving(records: dict[str, list[Record]], reader: Reader) -> None:
    """A notice, never an error: a partner recorded as present at a meeting held on or after the
    day it left (perhaps it came as a guest, perhaps a date is wrong)."""
    left = {
        p.id: p.data_wystapienia
        for p in records.get(PARTNERS.file, [])
        if isinstance(p, Partner) and p.data_wystapienia
    }
    if not left:
        return
    for index, m in reader.indexed(records, MEETINGS.file):
        assert isinstance(m, Meeting)
        for pid in m.obecni:
            if pid in left and left[pid] <= m.data:
                reader.notices.append(
                    Problem(
                        MEETINGS.file,
                        f"partner „{pid}” jest wśród obecnych na spotkaniu {m.data:%d.%m.%Y}, "
                        f"choć wystąpił z partnerstwa {left[pid]:%d.%m.%Y}",
                        line=reader.record_line(MEETINGS, index, "obecni"),
                        record=m.id,
                        field="obecni",
                        hint=f"jeśli był gościem, zapisz go tak: emocni meeting edit {m.id} "
                        '--guest "Nazwa" (a w --attendee go pomiń); inaczej sprawdź datę wystąpienia: '
                        f"emocni partner show {pid}",
                    )
                )


@functools.cache
def _partner_ref_fields(model: type[Record]) -> tuple[str, ...]:
    """Names of the fields that name partners by id."""
    return tuple(name for name in model.model_fields if refers_to(model, name) == "partner")


def partner_refs(record: Record) -> dict[str, list[str]]:
    """Partner ids a record names, by field."""
    out: dict[str, list[str]] = {}
    for fname in _partner_ref_fields(type(record)):
        value = getattr(record, fname)
        if value:
            out[fname] = list(value) if isinstance(value, list) else [value]
    return out


def check_visits(records: dict[str, list[Record]], reader: Reader) -> None:
    """A visit number only on a visit, and each number (1, 2, and 3… of further visits) on one
    visit that is not cancelled; a repeated number is refused with the next free one as the hint.
    (That a visit has a number at all is checked by the Consultation model itself.)"""
    seen: dict[int, str] = {}
    taken = {
        c.wizyta_nr
        for _, c in reader.indexed(records, CONSULTATIONS.file)
        if isinstance(c, Consultation) and c.wizyta_nr is not None and c.status != EVENT_CANCELLED
    }
    for index, c in reader.indexed(records, CONSULTATIONS.file):
        assert isinstance(c, Consultation)

        # Looked up only for a record in error: a lookup scans the file, so doing it for every
        # record made loading quadratic in the number of consultations.
        def line(i: int = index) -> int | None:
            return reader.record_line(CONSULTATIONS, i, "wizyta_nr")

        if c.wizyta_nr is not None and c.forma != "wizyta":
            reader.error(
                CONSULTATIONS.file,
                "numer wizyty (wizyta_nr) dotyczy tylko formy „wizyta”",
                line(),
                record=c.id,
                field="wizyta_nr",
                hint="usuń wizyta_nr albo zmień formę na wizyta",
            )
        if c.wizyta_nr is not None and c.status != EVENT_CANCELLED:
            if c.wizyta_nr in seen:
                free = next(n for n in range(c.wizyta_nr + 1, MAX_VISIT + 2) if n not in taken)
                taken.add(free)
                reader.error(
                    CONSULTATIONS.file,
                    f"wizyta nr {c.wizyta_nr} jest już zapisana jako „{seen[c.wizyta_nr]}”",
                    line(),
                    record=c.id,
                    field="wizyta_nr",
                    hint=f"jeśli to kolejna wizyta, nadaj jej numer {free} (wizyta_nr = {free}, w poleceniu: "
                    f"--visit {free}); do minimum liczą się wizyty 1 i 2, dalsze są pokazywane jako "
                    'dodatkowe. Odwołaną wizytę oznacz status = "odwolane"',
                )
            seen[c.wizyta_nr] = c.id


# --- sessions (zajecia.toml) ---------------------------------------------------------------------

Notice = tuple[str, str, str]  # field, message, hint


def session_notices(session: Session, training: Training, year: int) -> list[Notice]:
    """What is odd, never wrong, about one session of a training of the plan of `year`: a day
    outside that year, a training that is cancelled. Shared by `check` and `training session add`."""
    found = []
    if session.data.year != year:
        found.append(
            (
                "data",
                f"zajęcia {format_date(session.data)} szkolenia „{training.id}” są poza rokiem "
                f"jego planu ({year})",
                "sprawdź datę zajęć albo przenieś szkolenie do planu właściwego roku",
            )
        )
    if training.status == TRAINING_CANCELLED:
        found.append(
            (
                "szkolenie",
                f"szkolenie „{training.id}” jest odwołane, a ma zajęcia {format_date(session.data)}",
                f"jeśli jednak się odbywa: emocni training edit {training.id} --status planowane; "
                f"jeśli nie, usuń zajęcia: emocni training session remove {training.id} {session.id}",
            )
        )
    return found


def hours_notice(training: Training, session_hours: float) -> Notice | None:
    """The plan's declared hours differ from the sum of the training's sessions: the sessions
    count, the plan's figure is only noted."""
    if training.godziny is None or abs(training.godziny - session_hours) < 1e-9:
        return None
    return (
        "godziny",
        f"szkolenie „{training.id}” ma w planie {format_hours(training.godziny)}, a jego zajęcia "
        f"trwają razem {format_hours(session_hours)} (liczy się suma zajęć)",
        f"jeśli plan się zmienił, popraw go: emocni training edit {training.id} --hours "
        f"{format_hours(session_hours).removesuffix(' h')}",
    )


def _check_sessions(records: dict[str, list[Record]], reader: Reader, kinds: list[RecordKind]) -> None:
    """Each session names a training of an annual plan (an error otherwise, judged only when every
    annual plan was read); a session outside its plan's year or of a cancelled training, and a
    plan's hours that differ from its sessions' sum are notices."""
    trainings: dict[str, tuple[RecordKind, int, Training, int]] = {}  # id -> where, which, year
    for kind in kinds:
        if m := ANNUAL_FILE.match(kind.file):
            for index, training in reader.indexed(records, kind.file):
                assert isinstance(training, Training)
                trainings.setdefault(training.id, (kind, index, training, int(m[1])))
    plans_read = not any(ANNUAL_FILE.match(p.file) for p in reader.problems)
    hours: dict[str, float] = {}
    for index, session in reader.indexed(records, SESSIONS.file):
        assert isinstance(session, Session)

        def line(key: str, i: int = index) -> int | None:
            return reader.record_line(SESSIONS, i, key)

        if session.szkolenie not in trainings:
            if plans_read:
                reader.error(
                    SESSIONS.file,
                    f"zajęcia „{session.id}” należą do nieistniejącego szkolenia „{session.szkolenie}”",
                    line("szkolenie"),
                    record=session.id,
                    field="szkolenie",
                    hint="popraw id szkolenia (lista: emocni training list) albo usuń te zajęcia",
                )
            continue
        _, _, training, year = trainings[session.szkolenie]
        hours[training.id] = hours.get(training.id, 0) + session.godziny
        for fname, message, hint in session_notices(session, training, year):
            reader.notices.append(
                Problem(SESSIONS.file, message, line=line(fname), record=session.id, field=fname, hint=hint)
            )
    for training_id, total in hours.items():
        kind, index, training, _ = trainings[training_id]
        if notice := hours_notice(training, total):
            fname, message, hint = notice
            reader.notices.append(
                Problem(
                    kind.file,
                    message,
                    line=reader.record_line(kind, index, fname),
                    record=training_id,
                    field=fname,
                    hint=hint,
                )
            )


def check_enrolments(records: dict[str, list[Record]], reader: Reader, kinds: list[RecordKind]) -> None:
    """Each enrolment names a training of a plan, sessions of that training and — when the
    participants are read — a participant; one person is enrolled in one training once. A file
    with errors of its own is not judged against (its ids are not all known)."""
    from emocni_cli.model.trainings import Enrolment

    broken = {p.file for p in reader.problems}
    annual = [k.file for k in kinds if ANNUAL_FILE.match(k.file)]
    trainings = None if broken & set(annual) else {t.id for f in annual for t in records.get(f, [])}
    sessions = None if SESSIONS.file in broken else {s.id: s for s in records.get(SESSIONS.file, [])}
    known_people = PARTICIPANTS in kinds and PARTICIPANTS.file not in broken
    people = {p.id for p in records.get(PARTICIPANTS.file, [])} if known_people else None
    seen: dict[tuple[str, str], str] = {}
    for index, e in reader.indexed(records, ENROLMENTS.file):
        assert isinstance(e, Enrolment)

        def error(message: str, key: str, hint: str, e: Enrolment = e, i: int = index) -> None:
            line = reader.record_line(ENROLMENTS, i, key)
            reader.error(ENROLMENTS.file, message, line, record=e.id, field=key, hint=hint)

        if trainings is not None and e.szkolenie not in trainings:
            error(
                f"szkolenia „{e.szkolenie}” nie ma w żadnym planie rocznym",
                "szkolenie",
                "popraw id szkolenia (lista: emocni training list) albo usuń ten zapis",
            )
        if people is not None and e.uczestnik not in people:
            error(
                f"uczestnika „{e.uczestnik}” nie ma w pliku {PARTICIPANTS.file}",
                "uczestnik",
                "popraw numer uczestnika (lista: emocni participant list) albo usuń ten zapis",
            )
        if (e.szkolenie, e.uczestnik) in seen:
            error(
                f"uczestnik „{e.uczestnik}” jest już zapisany na szkolenie „{e.szkolenie}” "
                f"(zapis „{seen[e.szkolenie, e.uczestnik]}”)",
                "uczestnik",
                "usuń jeden z dwóch zapisów",
            )
        seen.setdefault((e.szkolenie, e.uczestnik), e.id)
        for sid in e.obecnosc if sessions is not None else ():
            if sid not in sessions:
                error(
                    f"obecność na zajęciach „{sid}”, których nie ma w pliku {SESSIONS.file}",
                    "obecnosc",
                    f"popraw id zajęć (zajęcia: emocni training session list {e.szkolenie})",
                )
            elif sessions[sid].szkolenie != e.szkolenie:
                error(
                    f"obecność na zajęciach „{sid}” innego szkolenia ({sessions[sid].szkolenie})",
                    "obecnosc",
                    f"na tej liście mogą być tylko zajęcia szkolenia {e.szkolenie}",
                )
