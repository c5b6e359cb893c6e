"""Items 5 and 6 of the checklist: the animator's two visits, and the remote advice against its
budget."""

from __future__ import annotations

from collections.abc import Sequence

from emocni_cli.model import vocabularies as vocab
from emocni_cli.model.records import COUNTED_VISITS, Consultation
from emocni_cli.model.values import format_date, format_minutes
from emocni_cli.status import sentences as say
from emocni_cli.status.events import Timeline, item
from emocni_cli.status.report import DONE, IN_PROGRESS, TODO, Item
from emocni_cli.workspace.load import Workspace


def minutes_of(consultations: Sequence[Consultation]) -> int:
    return sum(c.czas or 0 for c in consultations)


def remote_budget(ws: Workspace) -> int:
    """The remote-advice budget in minutes (the setting is in hours)."""
    return round(ws.settings.wymagania.budzet_zdalny_h * 60)


def overdue_consultations(t: Timeline, warnings: list[str]) -> None:
    for c in t.overdue:
        form = vocab.CONSULTATION_FORMS.label(c.forma)
        warnings.append(say.WR_CONSULTATION_OVERDUE.format(date=format_date(c.data), form=form, id=c.id))


def visits_item(t: Timeline, warnings: list[str]) -> Item:
    overdue_consultations(t, warnings)
    held = {c.wizyta_nr: c for c in t.held if c.wizyta_nr}
    planned = {c.wizyta_nr: c for c in t.planned if c.wizyta_nr}
    evidence = [say.visit_text(nr, held[nr], nr in COUNTED_VISITS) for nr in sorted(held)]
    shown_planned = [say.visit_text(nr, planned[nr], nr in COUNTED_VISITS) for nr in sorted(planned)]
    lacking = [nr for nr in COUNTED_VISITS if nr not in held]
    if not lacking:
        return item("wizyty", DONE, evidence=evidence, planned=shown_planned)
    nr = lacking[0]
    if t.overdue:
        step = say.NX_CONSULTATION_OVERDUE.format(date=format_date(t.overdue[0].data), id=t.overdue[0].id)
    elif nr in planned:
        step = say.NX_VISIT_PLANNED.format(nr=nr, date=format_date(planned[nr].data), id=planned[nr].id)
    else:
        step = say.NX_VISIT.format(nr=nr)
    return item(
        "wizyty",
        IN_PROGRESS if held or t.planned or t.overdue else TODO,
        evidence=evidence,
        planned=shown_planned,
        missing=[say.MS_VISIT.format(nr=n) for n in lacking],
        next_step=step,
    )


def remote_item(ws: Workspace, t: Timeline, warnings: list[str]) -> Item:
    overdue_consultations(t, warnings)
    budget = remote_budget(ws)
    used = minutes_of(t.held)
    for c in t.held:
        if not c.czas:
            form = vocab.CONSULTATION_FORMS.label(c.forma)
            warnings.append(say.WR_REMOTE_NO_TIME.format(date=format_date(c.data), form=form, id=c.id))
    if used > budget:
        warnings.append(
            say.WR_REMOTE_OVER.format(
                used=format_minutes(used), over=format_minutes(used - budget), budget=format_minutes(budget)
            )
        )
    hours_line = say.EV_REMOTE_HOURS.format(
        used=format_minutes(used), budget=format_minutes(budget), rest=say.remote_rest(budget - used)
    )
    evidence = [say.consultation_text(c) for c in t.held]
    planned = [say.consultation_text(c) for c in t.planned]
    if t.held:
        return item("doradztwo", DONE, evidence=[hours_line, *evidence], planned=planned)
    if t.overdue:
        step = say.NX_CONSULTATION_OVERDUE.format(date=format_date(t.overdue[0].data), id=t.overdue[0].id)
    elif t.planned:
        step = say.NX_REMOTE_PLANNED.format(date=format_date(t.planned[0].data), id=t.planned[0].id)
    else:
        step = say.NX_REMOTE
    return item(
        "doradztwo",
        IN_PROGRESS if t.planned or t.overdue else TODO,
        evidence=[hours_line],
        planned=planned,
        missing=[say.MS_REMOTE],
        next_step=step,
    )
