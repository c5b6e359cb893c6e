"""The seven-item minimum (wariant minimum) judged from the workspace records on a given day.

Pure functions: a Workspace and a date in, a Report out. Nothing here prints or knows the CLI.
Only events recorded as held (status "odbyte") and dated on or before the day count as evidence;
later ones are shown as planned, and a past event still marked planned is a warning, never evidence.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from emocni_cli.model import vocabularies as vocab
from emocni_cli.model.plan import SECTIONS
from emocni_cli.model.records import COUNTED_VISITS
from emocni_cli.model.statuses import TRAINING_CANCELLED
from emocni_cli.model.term import term_text
from emocni_cli.model.values import format_date
from emocni_cli.polish import plural
from emocni_cli.status import sentences as say
from emocni_cli.status.consultations import minutes_of, remote_budget, remote_item, visits_item
from emocni_cli.status.events import item, split
from emocni_cli.status.report import DONE, IN_PROGRESS, TODO, ConsultationSummary, Item, Report
from emocni_cli.trainings.schedule import scheduled_plans
from emocni_cli.workspace.load import Workspace

NEXT_YEAR_WARNING_MONTH = 10  # from October fewer than 3 months of the year are left


def judge(ws: Workspace, today: dt.date) -> Report:
    """The seven items as they stand on `today`."""
    warnings: list[str] = []
    visits_t = split((c for c in ws.consultations if c.forma == "wizyta"), today)
    remote_t = split((c for c in ws.consultations if c.forma != "wizyta"), today)
    items = [
        _partnership(ws, today, warnings),
        _meetings(ws, today, warnings),
        _general_plan(ws, today, warnings),
        _annual_plans(ws, today, warnings),
        visits_item(visits_t, warnings),
        remote_item(ws, remote_t, warnings),
        _webinars(ws, today, warnings),
    ]
    summary = ConsultationSummary(
        visits_held=len({c.wizyta_nr for c in visits_t.held if c.wizyta_nr in COUNTED_VISITS}),
        visits_planned=len({c.wizyta_nr for c in visits_t.planned if c.wizyta_nr in COUNTED_VISITS}),
        remote_minutes_used=minutes_of(remote_t.held),
        remote_minutes_planned=minutes_of(remote_t.planned),
        remote_minutes_budget=remote_budget(ws),
        visits_extra=len([c for c in visits_t.held if (c.wizyta_nr or 0) not in COUNTED_VISITS]),
    )
    s = ws.settings
    return Report(
        s.gmina.nazwa, s.emocarz.imie_nazwisko, s.animator.imie_nazwisko, today, items, summary, warnings
    )


# --- helpers ---------------------------------------------------------------------------------


# --- the seven items -------------------------------------------------------------------------


def _partnership(ws: Workspace, today: dt.date, warnings: list[str]) -> Item:
    p = ws.settings.partnerstwo
    need = ws.settings.wymagania.min_partnerow
    dated = sorted((x for x in ws.partners if x.data_przystapienia), key=lambda x: x.data_przystapienia)
    joined = [x for x in dated if x.member_on(today)]  # members today: joined and not left
    left = [x for x in dated if x.data_przystapienia <= today and x.left_by(today)]
    future = [x for x in dated if x.data_przystapienia > today]
    undated = [x for x in ws.partners if not x.data_przystapienia]
    for x in undated:
        warnings.append(say.WR_UNDATED.format(name=x.nazwa, id=x.id))

    founded = p.data_zawiazania is not None and p.data_zawiazania <= today
    evidence, planned, missing = [], [], []
    if founded:
        document = f" ({p.dokument})" if p.dokument else ""
        evidence.append(say.EV_FOUNDED.format(date=format_date(p.data_zawiazania), document=document))
    elif p.data_zawiazania:
        planned.append(say.PL_FOUNDED.format(date=format_date(p.data_zawiazania)))
        missing.append(say.MS_FOUNDED_LATER.format(date=format_date(p.data_zawiazania)))
    else:
        missing.append(say.MS_FOUNDED)
    if joined:
        names = say.names_list([x.nazwa for x in joined])
        evidence.append(say.EV_JOINED.format(n=len(joined), need=need, names=names))
    if left:
        gone = say.names_list([f"{x.nazwa} ({format_date(x.data_wystapienia)})" for x in left])
        evidence.append(say.EV_LEFT.format(names=gone))
    by_date: dict[dt.date, list[str]] = {}
    for x in future:
        by_date.setdefault(x.data_przystapienia, []).append(x.nazwa)
    planned += [say.PL_JOINS.format(date=format_date(d), names=say.names_list(n)) for d, n in by_date.items()]
    short = need - len(joined)
    if short > 0:
        missing.append(say.MS_PARTNERS.format(n=short, have=len(joined), need=need))

    if not missing:
        return item("partnerstwo", DONE, evidence=evidence, planned=planned)
    if not ws.partners:
        step = say.NX_NO_PARTNERS
    elif short > 0 and undated:
        step = say.NX_UNDATED.format(name=undated[0].nazwa, id=undated[0].id)
    elif short > 0 and len(future) >= short:
        step = say.NX_WAIT_JOINS.format(date=format_date(future[short - 1].data_przystapienia))
    elif short > 0:
        noun = plural(short, "partnera", "partnerów", "partnerów")
        step = say.NX_MORE_PARTNERS.format(n=short, noun=noun, them="go" if short == 1 else "ich")
    elif p.data_zawiazania:
        step = say.NX_WAIT_FOUNDED.format(date=format_date(p.data_zawiazania))
    else:
        step = say.NX_FOUNDED
    state = IN_PROGRESS if ws.partners or p.data_zawiazania else TODO
    return item("partnerstwo", state, evidence=evidence, planned=planned, missing=missing, next_step=step)


def _meetings(ws: Workspace, today: dt.date, warnings: list[str]) -> Item:
    need = ws.settings.wymagania.min_spotkan
    t = split(ws.meetings, today)
    for m in t.overdue:
        kind = vocab.MEETING_KINDS.label(m.rodzaj)
        warnings.append(say.WR_MEETING_OVERDUE.format(date=format_date(m.data), kind=kind, id=m.id))
    for m in t.held:
        gaps = []
        if not m.obecni and not m.goscie and not m.liczba_osob:
            gaps.append(say.MEETING_GAPS["attendees"])
        if not (m.notatki or "").strip():
            gaps.append(say.MEETING_GAPS["notes"])
        if gaps:
            what = " ani ".join(g[0] for g in gaps)
            opts = " ".join(g[1] for g in gaps)
            warnings.append(
                say.WR_MEETING_RECORD.format(date=format_date(m.data), what=what, id=m.id, opts=opts)
            )

    initiating = any(m.rodzaj == "inicjujace" for m in t.held)
    missing = [] if initiating else [say.MS_INITIATING]
    short = need - len(t.held)
    if short > 0:
        missing.append(say.MS_MEETINGS.format(n=short, have=len(t.held), need=need))
    evidence = [say.meeting_text(m) for m in t.held]
    planned = [say.meeting_text(m) for m in t.planned]
    if not missing:
        return item("spotkania", DONE, evidence=evidence, planned=planned)

    planned_init = next((m for m in t.planned if m.rodzaj == "inicjujace"), None)
    if t.overdue:
        step = say.NX_MEETING_OVERDUE.format(date=format_date(t.overdue[0].data), id=t.overdue[0].id)
    elif not initiating and planned_init:
        step = say.NX_INITIATING_PLANNED.format(date=format_date(planned_init.data), id=planned_init.id)
    elif not initiating:
        step = say.NX_INITIATING
    elif t.planned:
        step = say.NX_MEETING_PLANNED.format(date=format_date(t.planned[0].data), id=t.planned[0].id)
    else:
        step = say.NX_MEETING
    recorded = t.held or t.planned or t.overdue
    return item(
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
        return item("plan_ogolny", TODO, missing=[say.MS_NO_PLAN], next_step=say.NX_PLAN_INIT)
    a = plan.akceptacja

    def on_record(day: dt.date | None) -> dt.date | None:
        return day if day is not None and day <= today else None

    sent, accepted, uploaded = (
        on_record(a.przekazano_animatorowi),
        on_record(a.zaakceptowano),
        on_record(a.wgrano_na_platforme),
    )
    # The animator judges the content: emocni's word minimums (plan.section_gaps) are advice.
    # Before the plan is sent, empty sections are what is missing; short ones, and any gap once the
    # plan has gone to the animator, are a note that never withholds done.
    gaps = plan.section_gaps()
    ready = len(SECTIONS) - len(gaps)
    evidence = [say.EV_SECTIONS.format(have=ready, total=len(SECTIONS))] if ready else []
    for label, day in ((say.EV_SENT, sent), (say.EV_ACCEPTED, accepted), (say.EV_UPLOADED, uploaded)):
        if day:
            evidence.append(label.format(date=format_date(day)))
    before_sending = not (sent or accepted or uploaded)
    empty = [g for g in gaps if g.empty] if before_sending else []
    noted = [g for g in gaps if g not in empty]
    notes = [say.NT_SECTIONS.format(titles=", ".join(g.title for g in noted))] if noted else []
    if accepted and not uploaded:
        warnings.append(say.WR_NOT_UPLOADED.format(date=format_date(accepted)))
    if accepted and uploaded:
        return item("plan_ogolny", DONE, evidence=evidence, notes=notes)

    missing = []
    if empty:
        missing.append(say.MS_SECTIONS.format(titles=", ".join(g.title for g in empty)))
    if before_sending:
        missing.append(say.MS_SENT)
    if not accepted:
        missing.append(say.MS_ACCEPTED)
    if not uploaded:
        missing.append(say.MS_UPLOADED)
    if before_sending and gaps:
        step = say.NX_SECTIONS.format(title=gaps[0].title, problem=gaps[0].problem, key=gaps[0].key)
    elif before_sending:
        step = say.NX_SEND
    elif not accepted:
        step = say.NX_ACCEPT
    else:
        step = say.NX_UPLOAD
    started = evidence or any(plan.text(key) for key in SECTIONS)
    return item(
        "plan_ogolny",
        IN_PROGRESS if started else TODO,
        evidence=evidence,
        missing=missing,
        next_step=step,
        notes=notes,
    )


def _annual_plans(ws: Workspace, today: dt.date, warnings: list[str]) -> Item:
    """Cancelled trainings count nowhere; a training counts as done only from the day it was done,
    and a plan only from the day it was adopted (judging an earlier day ignores later facts); a plan
    never adopted is written, not yet the partnership's plan."""
    years = ws.settings.plan.years
    # Before the plan period the first year's plan is what is due; after it, all three.
    due = [y for y in years if y <= max(today.year, years[0])]
    counted: dict[int, list[Any]] = {}
    evidence, planned, notes = [], [], []
    waiting: dict[int, dt.date] = {}
    unadopted: list[int] = []
    cancelled_only: list[int] = []
    for year, trainings in scheduled_plans(ws).items():  # a training's term from its sessions
        active = [t for t in trainings if t.status != TRAINING_CANCELLED]
        for t in active:
            if t.overdue(today):
                warnings.append(
                    say.WR_TRAINING_OVERDUE.format(
                        title=say.quoted(t.tytul), term=term_text(t.termin), id=t.id
                    )
                )
        if not active:
            if trainings:
                cancelled_only.append(year)
            continue
        done = [t for t in active if t.done_by(today)]
        assumed = [t.id for t in done if t.done_on()[1]]
        if assumed:
            notes.append(say.NT_DONE_UNDATED.format(ids=", ".join(assumed)))
        extra = say.EV_ANNUAL_DONE.format(done=len(done)) if done else ""
        noun = plural(len(active), "szkolenie", "szkolenia", "szkoleń")
        text = say.EV_ANNUAL.format(year=year, n=len(active), noun=noun, extra=extra)
        adopted = ws.plan_adopted(year)
        if adopted is not None and adopted > today:  # written, but adopted only later: not evidence yet
            planned.append(say.PL_ANNUAL_ADOPTION.format(text=text, date=format_date(adopted)))
            waiting[year] = adopted
            continue
        if adopted is None:  # written, but never adopted by the partnership: not evidence
            planned.append(say.PL_ANNUAL_UNADOPTED.format(text=text))
            unadopted.append(year)
            continue
        counted[year] = active
        evidence.append(text + say.EV_ANNUAL_ADOPTED.format(date=format_date(adopted)))
    lacking = [y for y in due if not counted.get(y)]
    next_year = today.year + 1
    if today.month >= NEXT_YEAR_WARNING_MONTH and next_year in years and not ws.annual_plans.get(next_year):
        warnings.append(say.WR_NEXT_YEAR.format(year=next_year))
    if not lacking:
        return item("plany_roczne", DONE, evidence=evidence, planned=planned, notes=notes)
    first = lacking[0]
    if first in waiting:
        step = say.NX_ANNUAL_ADOPTION.format(year=first, date=format_date(waiting[first]))
    elif first in unadopted:
        step = say.NX_ANNUAL_UNADOPTED.format(year=first)
    else:
        step = say.NX_ANNUAL.format(year=first)

    def missing_of(year: int) -> str:
        if year in waiting:
            return say.MS_ANNUAL_ADOPTION.format(year=year, date=format_date(waiting[year]))
        if year in unadopted:
            return say.MS_ANNUAL_UNADOPTED.format(year=year)
        if year in cancelled_only:
            return say.MS_ANNUAL_CANCELLED.format(year=year)
        return say.MS_ANNUAL.format(year=year)

    return item(
        "plany_roczne",
        IN_PROGRESS if ws.annual_plans else TODO,
        evidence=evidence,
        planned=planned,
        missing=[missing_of(y) for y in lacking],
        next_step=step,
        notes=notes,
    )


def _webinars(ws: Workspace, today: dt.date, warnings: list[str]) -> Item:
    """Only webinars of the series recorded as attended (status "odbyte") count, like meetings."""
    need = ws.settings.wymagania.min_webinariow
    t = split((w for w in ws.webinars if w.cykl), today)
    for w in split(ws.webinars, today).overdue:
        warnings.append(
            say.WR_WEBINAR_OVERDUE.format(date=format_date(w.data), title=say.quoted(w.tytul), id=w.id)
        )
    evidence = [say.webinar_text(w) for w in t.held]
    planned = [say.webinar_text(w) for w in t.planned]
    short = need - len(t.held)
    if short <= 0:
        return item("webinaria", DONE, evidence=evidence, planned=planned)
    if t.overdue:
        w = t.overdue[0]
        step = say.NX_WEBINAR_OVERDUE.format(title=say.quoted(w.tytul), date=format_date(w.data), id=w.id)
    elif t.planned:
        w = t.planned[0]
        step = say.NX_WEBINAR_PLANNED.format(title=say.quoted(w.tytul), date=format_date(w.data), id=w.id)
    else:
        step = say.NX_WEBINAR
    return item(
        "webinaria",
        IN_PROGRESS if t.held else TODO,  # a webinar only planned is not yet a step taken
        evidence=evidence,
        planned=planned,
        missing=[say.MS_WEBINARS.format(n=short, have=len(t.held), need=need)],
        next_step=step,
    )
