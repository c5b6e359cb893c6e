"""The seven-item minimum (wariant minimum) judged from the workspace records on a given day.

Pure functions: a Workspace and a date in, a Report out. Nothing here prints or knows the CLI.
Only events recorded as held (status "odbyte") and dated on or before the day count as evidence;
later ones are shown as planned, and a past event still marked planned is a warning, never evidence.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

from emocni_cli.model import vocabularies as vocab
from emocni_cli.model.plan import SECTIONS
from emocni_cli.model.records import Consultation, Meeting, Webinar
from emocni_cli.model.values import format_date, format_hours
from emocni_cli.polish import STATE_LABELS, plural
from emocni_cli.workspace.load import Workspace

DONE = "done"
IN_PROGRESS = "in_progress"
TODO = "todo"

TITLES: dict[str, str] = {
    "partnerstwo": "Powołanie partnerstwa",
    "spotkania": "Spotkania partnerstwa (w tym inicjujące)",
    "plan_ogolny": "Część ogólna planu (z rekomendacjami)",
    "plany_roczne": "Część szczegółowa (roczne plany)",
    "wizyty": "Dwa spotkania konsultacyjne z animatorem",
    "doradztwo": "Doradztwo online / telefoniczne",
    "webinaria": "Udział w webinariach „Mocni w partnerstwie”",
}

NAMES_SHOWN = 10  # partner names listed in one evidence line before "… i jeszcze N"
NEXT_YEAR_WARNING_MONTH = 10  # from October fewer than 3 months of the year are left

# --- Polish sentences ------------------------------------------------------------------------

# 1. partnership
EV_FOUNDED = "partnerstwo zawiązane {date}{document}"
EV_JOINED = "partnerzy, którzy przystąpili: {n} (wymagane: {need}) — {names}"
PL_FOUNDED = "zawiązanie partnerstwa {date}"
PL_JOINS = "przystąpienie {date}: {names}"
MS_FOUNDED = "data zawiązania partnerstwa"
MS_FOUNDED_LATER = "zawiązanie partnerstwa (zapisane na {date})"
MS_PARTNERS = "partnerzy: {have} z wymaganych {need} — potrzeba jeszcze {n}"
NX_NO_PARTNERS = (
    "Zapisz instytucje, które przystąpiły do partnerstwa: "
    'emocni partner add "Nazwa" --type biblioteka --joined DATA'
)
NX_UNDATED = "Uzupełnij datę przystąpienia partnera „{name}”: emocni partner edit {id} --joined DATA"
NX_WAIT_JOINS = "Doprowadź do przystąpienia partnerów zaplanowanego na {date} i sprawdź, czy data się zgadza."
NX_MORE_PARTNERS = (
    'Pozyskaj jeszcze {n} {noun} i zapisz ich: emocni partner add "Nazwa" --type RODZAJ --joined DATA'
)
NX_WAIT_FOUNDED = "Doprowadź do zawiązania partnerstwa {date} i sprawdź, czy data się zgadza."
NX_FOUNDED = (
    "Wpisz datę zawiązania partnerstwa (np. podpisania porozumienia): emocni partnership edit --founded DATA"
)
WR_UNDATED = (
    "Partner „{name}” nie ma daty przystąpienia, więc nie liczy się do minimum — "
    "uzupełnij: emocni partner edit {id} --joined DATA"
)

# 2. meetings
MS_INITIATING = "odbyte spotkanie inicjujące"
MS_MEETINGS = "odbyte spotkania: {have} z wymaganych {need} — potrzeba jeszcze {n}"
NX_INITIATING_PLANNED = "Przeprowadź spotkanie inicjujące {date}, a potem zapisz: emocni meeting held {id}"
NX_INITIATING = (
    "Zaplanuj spotkanie inicjujące i zaproś lokalne instytucje: "
    "emocni meeting add --date DATA --kind inicjujace"
)
NX_MEETING_PLANNED = "Przeprowadź zaplanowane spotkanie {date}, a potem zapisz: emocni meeting held {id}"
NX_MEETING = "Zaplanuj kolejne spotkanie partnerstwa: emocni meeting add --date DATA --kind robocze"
NX_MEETING_OVERDUE = "Jeśli spotkanie {date} się odbyło, zapisz to: emocni meeting held {id}"
WR_MEETING_OVERDUE = (
    "Spotkanie {date} ({kind}) ma datę w przeszłości i status „planowane” — czy to spotkanie się "
    "odbyło? Jeśli tak: emocni meeting held {id}; jeśli nie: emocni meeting edit {id} --status odwolane"
)
WR_MEETING_RECORD = (
    "Odbyte spotkanie {date}: nie zapisano {what} — uzupełnij: emocni meeting edit {id} {opts}"
)
MEETING_GAPS = {
    "attendees": ("obecnych", "--attendee ID_PARTNERA --people LICZBA"),
    "notes": ("notatki", '--notes "…"'),
}

# 3. general part of the plan
EV_SECTIONS = "sekcje gotowe: {have} z {total}"
EV_SENT = "przekazano animatorowi {date}"
EV_ACCEPTED = "zaakceptowano {date}"
EV_UPLOADED = "wgrano na platformę e-Mocni {date}"
MS_NO_PLAN = "plik plan-ogolny.toml (część ogólna planu)"
MS_SECTIONS = "sekcje do uzupełnienia: {titles} (szczegóły: emocni plan check)"
MS_ACCEPTED = "data akceptacji przez animatora"
MS_UPLOADED = "data wgrania na platformę e-Mocni"
NX_PLAN_INIT = "Rozpocznij część ogólną planu: emocni plan init, potem uzupełnij sekcje (emocni plan set …)"
NX_SECTIONS = 'Uzupełnij sekcję „{title}” ({problem}): emocni plan set {key} --file PLIK (albo --text "…")'
NX_SEND = "Przekaż część ogólną animatorowi do akceptacji i zapisz: emocni plan mark sent --date DATA"
NX_ACCEPT = "Po akceptacji animatora zapisz jej datę: emocni plan mark accepted --date DATA"
NX_UPLOAD = "Wgraj część ogólną na platformę e-Mocni i zapisz: emocni plan mark uploaded --date DATA"
WR_NOT_UPLOADED = (
    "Część ogólna planu została zaakceptowana {date}, ale nie jest zapisane wgranie na platformę "
    "e-Mocni — wgraj ją i zapisz: emocni plan mark uploaded --date DATA"
)

# 4. annual plans
EV_ANNUAL = "plan {year}: {n} {noun}{extra}"
EV_ANNUAL_DONE = ", zrealizowane: {done}"
EV_ANNUAL_ADOPTED = " (przyjęty {date})"
PL_ANNUAL_ADOPTION = "{text} — do przyjęcia {date}"
NX_ANNUAL_ADOPTION = (
    "Przyjmij plan na {year} na spotkaniu partnerstwa ({date}), a potem zapisz: emocni plan adopt {year}"
)
MS_ANNUAL = "plan roczny {year} (plik plan-{year}.toml) z co najmniej jednym szkoleniem"
NX_ANNUAL = 'Dodaj szkolenia do planu na {year}: emocni training add --year {year} --title "…"'
WR_NEXT_YEAR = (
    "Do końca roku zostały mniej niż 3 miesiące, a nie ma planu rocznego na {year} — "
    'dodaj szkolenia: emocni training add --year {year} --title "…"'
)

# 5. consultation visits
EV_VISIT = "wizyta {nr}: {what}"
MS_VISIT = "wizyta {nr} w gminie (ok. 4 h)"
NX_VISIT = (
    "Umów z animatorem termin wizyty {nr} i zapisz: "
    "emocni consultation add --form wizyta --visit {nr} --date DATA --duration 4h"
)
NX_VISIT_PLANNED = "Przeprowadź wizytę {nr} ({date}), a potem zapisz: emocni consultation edit {id} --held"
NX_CONSULTATION_OVERDUE = (
    "Jeśli konsultacja {date} się odbyła, zapisz to: emocni consultation edit {id} --held"
)
WR_CONSULTATION_OVERDUE = (
    "Konsultacja {date} ({form}) ma datę w przeszłości i status „planowane” — czy to spotkanie się "
    "odbyło? Jeśli tak: emocni consultation edit {id} --held; jeśli nie: "
    "emocni consultation edit {id} --status odwolane"
)
WR_VISIT_NUMBER = (
    "Wizyta w gminie {date} nie ma numeru (1 albo 2), więc nie jest liczona — "
    "popraw: emocni consultation edit {id} --visit NUMER"
)

# 6. remote advice
EV_REMOTE_HOURS = "wykorzystano {used} z {budget} ({rest})"
REST_LEFT = "zostało {hours}"
REST_OVER = "przekroczono o {hours}"
MS_REMOTE = "co najmniej jedna odbyta konsultacja telefoniczna lub online"
NX_REMOTE = (
    "Umów z animatorem konsultację telefoniczną lub online i zapisz ją: "
    "emocni consultation add --form telefon --date DATA --duration 1h --held"
)
NX_REMOTE_PLANNED = "Odbądź konsultację {date}, a potem zapisz: emocni consultation edit {id} --held"
WR_REMOTE_OVER = (
    "Doradztwo telefoniczne / online: wykorzystano {used}, o {over} więcej niż budżet {budget} — "
    "uzgodnij dalsze konsultacje z animatorem"
)
WR_REMOTE_NO_TIME = (
    "Konsultacja {date} ({form}) nie ma czasu trwania, więc nie jest wliczona do budżetu — "
    "uzupełnij: emocni consultation edit {id} --duration 1h"
)

# 7. webinars
MS_WEBINARS = "webinaria cyklu: {have} z wymaganych {need} — potrzeba jeszcze {n}"
NX_WEBINAR = (
    "Weź udział w kolejnym webinarium „Mocni w partnerstwie” (zapowiedzi na stronie projektu; "
    'nagranie też się liczy) i zapisz: emocni webinar add "Tytuł" --date DATA'
)
NX_WEBINAR_PLANNED = (
    "Weź udział w webinarium {title} ({date}); jeśli się nie uda, usuń wpis: emocni webinar remove {id}"
)


# --- the report ------------------------------------------------------------------------------


@dataclass
class Item:
    """One of the seven items: its state, what was counted, what is missing and what to do next."""

    number: int
    key: str
    title: str
    state: str  # DONE | IN_PROGRESS | TODO
    evidence: list[str] = field(default_factory=list)
    planned: list[str] = field(default_factory=list)  # future events: shown, never counted
    missing: list[str] = field(default_factory=list)
    next_step: str | None = None

    @property
    def state_label(self) -> str:
        return STATE_LABELS[self.state]


@dataclass
class ConsultationSummary:
    visits_held: int
    visits_planned: int
    remote_hours_used: float
    remote_hours_planned: float
    remote_hours_budget: float

    @property
    def remote_hours_left(self) -> float:
        """Negative when the budget is overrun."""
        return round(self.remote_hours_budget - self.remote_hours_used, 2)


@dataclass
class Report:
    gmina: str
    emocarz: str
    animator: str
    today: dt.date
    items: list[Item]
    consultations: ConsultationSummary
    warnings: list[str]

    @property
    def done(self) -> int:
        return sum(item.state == DONE for item in self.items)

    @property
    def total(self) -> int:
        return len(self.items)

    @property
    def complete(self) -> bool:
        return self.done == self.total

    def as_dict(self) -> dict[str, Any]:
        """The --json shape (fixed keys first; extra keys are additions)."""
        return {
            "gmina": self.gmina,
            "today": self.today.isoformat(),
            "done": self.done,
            "total": self.total,
            "items": [{**asdict(item), "state_label": item.state_label} for item in self.items],
            "consultations": {
                **asdict(self.consultations),
                "remote_hours_left": self.consultations.remote_hours_left,
            },
            "warnings": self.warnings,
            "emocarz": self.emocarz,
            "animator": self.animator,
        }


def judge(ws: Workspace, today: dt.date) -> Report:
    """The seven items as they stand on `today`."""
    warnings: list[str] = []
    visits_t = _split((c for c in ws.consultations if c.forma == "wizyta"), today)
    remote_t = _split((c for c in ws.consultations if c.forma != "wizyta"), today)
    items = [
        _partnership(ws, today, warnings),
        _meetings(ws, today, warnings),
        _general_plan(ws, today, warnings),
        _annual_plans(ws, today, warnings),
        _visits(visits_t, warnings),
        _remote(ws, remote_t, warnings),
        _webinars(ws, today),
    ]
    budget = ws.settings.wymagania.budzet_zdalny_h
    summary = ConsultationSummary(
        visits_held=len({c.wizyta_nr for c in visits_t.held if c.wizyta_nr}),
        visits_planned=len({c.wizyta_nr for c in visits_t.planned if c.wizyta_nr}),
        remote_hours_used=_hours(remote_t.held),
        remote_hours_planned=_hours(remote_t.planned),
        remote_hours_budget=budget,
    )
    s = ws.settings
    return Report(
        s.gmina.nazwa, s.emocarz.imie_nazwisko, s.animator.imie_nazwisko, today, items, summary, warnings
    )


# --- helpers ---------------------------------------------------------------------------------


@dataclass
class Timeline:
    """Events (meetings or consultations) sorted into held, planned and overdue on one day."""

    held: list[Any]
    planned: list[Any]
    overdue: list[Any]  # dated before the day and still "planowane"


def _split(events: Iterable[Meeting | Consultation], today: dt.date) -> Timeline:
    t = Timeline([], [], [])
    for e in sorted(events, key=lambda e: (e.data, e.godzina or dt.time())):
        if e.status == "odwolane":
            continue
        if e.status == "odbyte" and e.data <= today:
            t.held.append(e)
        elif e.data < today:
            t.overdue.append(e)
        else:
            t.planned.append(e)
    return t


def _hours(consultations: Sequence[Consultation]) -> float:
    return round(float(sum(c.hours for c in consultations)), 2)


def _names(names: Sequence[str]) -> str:
    shown = ", ".join(names[:NAMES_SHOWN])
    if len(names) > NAMES_SHOWN:
        shown += f" … i jeszcze {len(names) - NAMES_SHOWN}"
    return shown


def _join(*parts: str | None) -> str:
    return " · ".join(p for p in parts if p)


def _meeting_text(m: Meeting) -> str:
    people = f"{m.liczba_osob} {plural(m.liczba_osob, 'osoba', 'osoby', 'osób')}" if m.liczba_osob else None
    return _join(format_date(m.data), vocab.MEETING_KINDS.label(m.rodzaj), m.tytul, m.miejsce, people)


def _consultation_text(c: Consultation) -> str:
    label = vocab.CONSULTATION_FORMS.label(c.forma) if c.forma != "wizyta" else None
    return _join(format_date(c.data), label, format_hours(c.hours) if c.czas else None, c.miejsce, c.temat)


def _item(key: str, state: str, **kw: Any) -> Item:
    return Item(list(TITLES).index(key) + 1, key, TITLES[key], state, **kw)


# --- the seven items -------------------------------------------------------------------------


def _partnership(ws: Workspace, today: dt.date, warnings: list[str]) -> Item:
    p = ws.settings.partnerstwo
    need = ws.settings.wymagania.min_partnerow
    dated = sorted((x for x in ws.partners if x.data_przystapienia), key=lambda x: x.data_przystapienia)
    joined = [x for x in dated if x.data_przystapienia <= today]
    future = [x for x in dated if x.data_przystapienia > today]
    undated = [x for x in ws.partners if not x.data_przystapienia]
    for x in undated:
        warnings.append(WR_UNDATED.format(name=x.nazwa, id=x.id))

    founded = p.data_zawiazania is not None and p.data_zawiazania <= today
    evidence, planned, missing = [], [], []
    if founded:
        document = f" ({p.dokument})" if p.dokument else ""
        evidence.append(EV_FOUNDED.format(date=format_date(p.data_zawiazania), document=document))
    elif p.data_zawiazania:
        planned.append(PL_FOUNDED.format(date=format_date(p.data_zawiazania)))
        missing.append(MS_FOUNDED_LATER.format(date=format_date(p.data_zawiazania)))
    else:
        missing.append(MS_FOUNDED)
    if joined:
        names = _names([x.nazwa for x in joined])
        evidence.append(EV_JOINED.format(n=len(joined), need=need, names=names))
    by_date: dict[dt.date, list[str]] = {}
    for x in future:
        by_date.setdefault(x.data_przystapienia, []).append(x.nazwa)
    planned += [PL_JOINS.format(date=format_date(d), names=_names(n)) for d, n in by_date.items()]
    short = need - len(joined)
    if short > 0:
        missing.append(MS_PARTNERS.format(n=short, have=len(joined), need=need))

    if not missing:
        return _item("partnerstwo", DONE, evidence=evidence, planned=planned)
    if not ws.partners:
        step = NX_NO_PARTNERS
    elif short > 0 and undated:
        step = NX_UNDATED.format(name=undated[0].nazwa, id=undated[0].id)
    elif short > 0 and len(future) >= short:
        step = NX_WAIT_JOINS.format(date=format_date(future[short - 1].data_przystapienia))
    elif short > 0:
        step = NX_MORE_PARTNERS.format(n=short, noun=plural(short, "partnera", "partnerów", "partnerów"))
    elif p.data_zawiazania:
        step = NX_WAIT_FOUNDED.format(date=format_date(p.data_zawiazania))
    else:
        step = NX_FOUNDED
    state = IN_PROGRESS if ws.partners or p.data_zawiazania else TODO
    return _item("partnerstwo", state, evidence=evidence, planned=planned, missing=missing, next_step=step)


def _meetings(ws: Workspace, today: dt.date, warnings: list[str]) -> Item:
    need = ws.settings.wymagania.min_spotkan
    t = _split(ws.meetings, today)
    for m in t.overdue:
        kind = vocab.MEETING_KINDS.label(m.rodzaj)
        warnings.append(WR_MEETING_OVERDUE.format(date=format_date(m.data), kind=kind, id=m.id))
    for m in t.held:
        gaps = []
        if not m.obecni and not m.liczba_osob:
            gaps.append(MEETING_GAPS["attendees"])
        if not (m.notatki or "").strip():
            gaps.append(MEETING_GAPS["notes"])
        if gaps:
            what = " ani ".join(g[0] for g in gaps)
            opts = " ".join(g[1] for g in gaps)
            warnings.append(WR_MEETING_RECORD.format(date=format_date(m.data), what=what, id=m.id, opts=opts))

    initiating = any(m.rodzaj == "inicjujace" for m in t.held)
    missing = [] if initiating else [MS_INITIATING]
    short = need - len(t.held)
    if short > 0:
        missing.append(MS_MEETINGS.format(n=short, have=len(t.held), need=need))
    evidence = [_meeting_text(m) for m in t.held]
    planned = [_meeting_text(m) for m in t.planned]
    if not missing:
        return _item("spotkania", DONE, evidence=evidence, planned=planned)

    planned_init = next((m for m in t.planned if m.rodzaj == "inicjujace"), None)
    if t.overdue:
        step = NX_MEETING_OVERDUE.format(date=format_date(t.overdue[0].data), id=t.overdue[0].id)
    elif not initiating and planned_init:
        step = NX_INITIATING_PLANNED.format(date=format_date(planned_init.data), id=planned_init.id)
    elif not initiating:
        step = NX_INITIATING
    elif t.planned:
        step = NX_MEETING_PLANNED.format(date=format_date(t.planned[0].data), id=t.planned[0].id)
    else:
        step = NX_MEETING
    recorded = t.held or t.planned or t.overdue
    return _item(
        "spotkania",
        IN_PROGRESS if recorded else TODO,
        evidence=evidence,
        planned=planned,
        missing=missing,
        next_step=step,
    )


def _general_plan(ws: Workspace, today: dt.date, warnings: list[str]) -> Item:
    plan = ws.general_plan
    if plan is None:
        return _item("plan_ogolny", TODO, missing=[MS_NO_PLAN], next_step=NX_PLAN_INIT)
    a = plan.akceptacja

    def on_record(day: dt.date | None) -> dt.date | None:
        return day if day is not None and day <= today else None

    sent, accepted, uploaded = (
        on_record(a.przekazano_animatorowi),
        on_record(a.zaakceptowano),
        on_record(a.wgrano_na_platforme),
    )
    # A section counts as filled in when it is ready to send: the same rule `emocni plan check`
    # and `emocni plan mark sent` apply (empty or too thin sections are gaps).
    gaps = plan.section_gaps()
    ready = len(SECTIONS) - len(gaps)
    evidence = [EV_SECTIONS.format(have=ready, total=len(SECTIONS))] if ready else []
    for label, day in ((EV_SENT, sent), (EV_ACCEPTED, accepted), (EV_UPLOADED, uploaded)):
        if day:
            evidence.append(label.format(date=format_date(day)))
    missing = []
    if gaps:
        missing.append(MS_SECTIONS.format(titles=", ".join(g.title for g in gaps)))
    if not accepted:
        missing.append(MS_ACCEPTED)
    if not uploaded:
        missing.append(MS_UPLOADED)
    if accepted and not uploaded:
        warnings.append(WR_NOT_UPLOADED.format(date=format_date(accepted)))
    if not missing:
        return _item("plan_ogolny", DONE, evidence=evidence)

    if gaps:
        step = NX_SECTIONS.format(title=gaps[0].title, problem=gaps[0].problem, key=gaps[0].key)
    elif not accepted and not sent:
        step = NX_SEND
    elif not accepted:
        step = NX_ACCEPT
    else:
        step = NX_UPLOAD
    started = evidence or any(plan.text(key) for key in SECTIONS)
    return _item(
        "plan_ogolny",
        IN_PROGRESS if started else TODO,
        evidence=evidence,
        missing=missing,
        next_step=step,
    )


def _annual_plans(ws: Workspace, today: dt.date, warnings: list[str]) -> Item:
    years = ws.settings.plan.years
    # Before the plan period the first year's plan is what is due; after it, all three.
    due = [y for y in years if y <= max(today.year, years[0])]
    counted: dict[int, list[Any]] = {}
    evidence, planned = [], []
    waiting: dict[int, dt.date] = {}
    for year, trainings in ws.annual_plans.items():
        if not trainings:
            continue
        done = sum(t.status == "zrealizowane" for t in trainings)
        extra = EV_ANNUAL_DONE.format(done=done) if done else ""
        noun = plural(len(trainings), "szkolenie", "szkolenia", "szkoleń")
        text = EV_ANNUAL.format(year=year, n=len(trainings), noun=noun, extra=extra)
        adopted = ws.plan_adopted(year)
        if adopted is not None and adopted > today:  # written, but adopted only later: not evidence yet
            planned.append(PL_ANNUAL_ADOPTION.format(text=text, date=format_date(adopted)))
            waiting[year] = adopted
            continue
        counted[year] = trainings
        evidence.append(text + (EV_ANNUAL_ADOPTED.format(date=format_date(adopted)) if adopted else ""))
    lacking = [y for y in due if not counted.get(y)]
    next_year = today.year + 1
    if today.month >= NEXT_YEAR_WARNING_MONTH and next_year in years and not ws.annual_plans.get(next_year):
        warnings.append(WR_NEXT_YEAR.format(year=next_year))
    if not lacking:
        return _item("plany_roczne", DONE, evidence=evidence, planned=planned)
    first = lacking[0]
    if first in waiting:
        step = NX_ANNUAL_ADOPTION.format(year=first, date=format_date(waiting[first]))
    else:
        step = NX_ANNUAL.format(year=first)
    return _item(
        "plany_roczne",
        IN_PROGRESS if ws.annual_plans else TODO,
        evidence=evidence,
        planned=planned,
        missing=[MS_ANNUAL.format(year=y) for y in lacking],
        next_step=step,
    )


def _overdue_consultations(t: Timeline, warnings: list[str]) -> None:
    for c in t.overdue:
        form = vocab.CONSULTATION_FORMS.label(c.forma)
        warnings.append(WR_CONSULTATION_OVERDUE.format(date=format_date(c.data), form=form, id=c.id))


def _visits(t: Timeline, warnings: list[str]) -> Item:
    _overdue_consultations(t, warnings)
    for c in t.held:
        if not c.wizyta_nr:
            warnings.append(WR_VISIT_NUMBER.format(date=format_date(c.data), id=c.id))
    held = {c.wizyta_nr: c for c in t.held if c.wizyta_nr}
    planned = {c.wizyta_nr: c for c in t.planned if c.wizyta_nr}
    evidence = [EV_VISIT.format(nr=nr, what=_consultation_text(held[nr])) for nr in sorted(held)]
    shown_planned = [EV_VISIT.format(nr=nr, what=_consultation_text(planned[nr])) for nr in sorted(planned)]
    lacking = [nr for nr in (1, 2) if nr not in held]
    if not lacking:
        return _item("wizyty", DONE, evidence=evidence, planned=shown_planned)
    nr = lacking[0]
    if t.overdue:
        step = NX_CONSULTATION_OVERDUE.format(date=format_date(t.overdue[0].data), id=t.overdue[0].id)
    elif nr in planned:
        step = NX_VISIT_PLANNED.format(nr=nr, date=format_date(planned[nr].data), id=planned[nr].id)
    else:
        step = NX_VISIT.format(nr=nr)
    return _item(
        "wizyty",
        IN_PROGRESS if held or t.planned or t.overdue else TODO,
        evidence=evidence,
        planned=shown_planned,
        missing=[MS_VISIT.format(nr=n) for n in lacking],
        next_step=step,
    )


def remote_rest(left: float) -> str:
    """What is left of the remote-advice budget: 'zostało 3 h', or 'przekroczono o 1,5 h'."""
    return (REST_LEFT if left >= 0 else REST_OVER).format(hours=format_hours(abs(left)))


def _remote(ws: Workspace, t: Timeline, warnings: list[str]) -> Item:
    _overdue_consultations(t, warnings)
    budget = ws.settings.wymagania.budzet_zdalny_h
    used = _hours(t.held)
    for c in t.held:
        if not c.czas:
            form = vocab.CONSULTATION_FORMS.label(c.forma)
            warnings.append(WR_REMOTE_NO_TIME.format(date=format_date(c.data), form=form, id=c.id))
    if used > budget:
        warnings.append(
            WR_REMOTE_OVER.format(
                used=format_hours(used), over=format_hours(used - budget), budget=format_hours(budget)
            )
        )
    hours_line = EV_REMOTE_HOURS.format(
        used=format_hours(used), budget=format_hours(budget), rest=remote_rest(budget - used)
    )
    evidence = [_consultation_text(c) for c in t.held]
    planned = [_consultation_text(c) for c in t.planned]
    if t.held:
        return _item("doradztwo", DONE, evidence=[hours_line, *evidence], planned=planned)
    if t.overdue:
        step = NX_CONSULTATION_OVERDUE.format(date=format_date(t.overdue[0].data), id=t.overdue[0].id)
    elif t.planned:
        step = NX_REMOTE_PLANNED.format(date=format_date(t.planned[0].data), id=t.planned[0].id)
    else:
        step = NX_REMOTE
    return _item(
        "doradztwo",
        IN_PROGRESS if t.planned or t.overdue else TODO,
        evidence=[hours_line],
        planned=planned,
        missing=[MS_REMOTE],
        next_step=step,
    )


def _quoted(title: str) -> str:
    return title if "„" in title else f"„{title}”"  # no quotes inside quotes


def _webinar_text(w: Webinar) -> str:
    return _join(format_date(w.data), _quoted(w.tytul), vocab.WEBINAR_PARTICIPATION.label(w.udzial))


def _webinars(ws: Workspace, today: dt.date) -> Item:
    need = ws.settings.wymagania.min_webinariow
    series = sorted((w for w in ws.webinars if w.cykl), key=lambda w: w.data)
    attended = [w for w in series if w.data <= today]
    coming = [w for w in series if w.data > today]
    evidence = [_webinar_text(w) for w in attended]
    planned = [_webinar_text(w) for w in coming]
    short = need - len(attended)
    if short <= 0:
        return _item("webinaria", DONE, evidence=evidence, planned=planned)
    if coming:
        w = coming[0]
        step = NX_WEBINAR_PLANNED.format(title=_quoted(w.tytul), date=format_date(w.data), id=w.id)
    else:
        step = NX_WEBINAR
    return _item(
        "webinaria",
        IN_PROGRESS if attended else TODO,
        evidence=evidence,
        planned=planned,
        missing=[MS_WEBINARS.format(n=short, have=len(attended), need=need)],
        next_step=step,
    )
