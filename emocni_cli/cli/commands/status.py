"""emocni status: where the partnership stands against the seven-item minimum, and what to do next."""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from typing import TYPE_CHECKING

import typer

from emocni_cli.cli import output
from emocni_cli.cli.options import TODAY_OPTION, opt_today
from emocni_cli.cli.reading import workspace_for_reading
from emocni_cli.controls import visible
from emocni_cli.errors import InputError
from emocni_cli.model.values import format_date_long, format_minutes
from emocni_cli.polish import STATE_LABELS
from emocni_cli.status.report import DONE, IN_PROGRESS, TODO, Item, Report
from emocni_cli.status.sentences import remote_rest

if TYPE_CHECKING:
    from rich.text import Text

    from emocni_cli.trainings.attendance import Trained
    from emocni_cli.workspace.load import Workspace

EXIT_NOT_DONE = 1
INDENT = 5  # under the title, after "✔ 1. "
LINES_SHOWN = 6  # per list of one item; the rest is summarised (the full lists are in --json)
WARNINGS_SHOWN = 12
NO_BULLET = ("", "")

MARKS = {DONE: ("✔", "green"), IN_PROGRESS: ("◐", "yellow"), TODO: ("✘", "red")}

HEADER = "Wariant minimum — gmina {gmina}"
PEOPLE = "e-Mocarz: {emocarz} · animator: {animator}"
AS_OF = "Stan na dzień {date}"
PLANNED = "zaplanowane: "
MISSING = "brakuje: "
NOTE = "uwaga: "
NEXT = "co dalej: "
MORE = "… i jeszcze {n} (pełna lista: emocni status --json)"
PROGRESS = "Postęp: {done}/{total}"
CONSULTATIONS = "Konsultacje: wizyty {visits} z 2{extra} · doradztwo zdalne {used} z {budget} ({rest})"
EXTRA_VISITS = " (i dodatkowe: {n})"
TRAINED = "Przeszkoleni mieszkańcy: {people}"
HEADCOUNTS = " · ponadto {attendances} w szkoleniach bez listy obecności (to nie liczba osób)"
WARNINGS = "Uwagi ({n}):"
NO_WARNINGS = "Uwagi: brak."
SHORT_PROGRESS = "Wariant minimum, gmina {gmina} — zrobione punkty: {done} z {total}"
SHORT_ALL_DONE = "wszystkie punkty są zrobione; co nadchodzi, pokaże: emocni agenda"
SHORT_AND_JSON = "Opcji --short nie można łączyć z --json."
SHORT_AND_JSON_HINT = "użyj jednej z nich; --json zawsze podaje pełny stan, a następny krok w polu next_step"
INCOMPLETE = (
    "wynik może być niepełny, bo pominięto rekordy z błędami: {names}. Popraw je (emocni check) "
    "i sprawdź stan ponownie."
)
INEXACT = (
    "przestrzeń robocza zawiera błędy (wypisane wyżej), więc wynik może być nieścisły. Popraw je "
    "(emocni check) i sprawdź stan ponownie."
)


app = typer.Typer()


@app.command("status")
def status(
    ctx: typer.Context,
    today: str | None = TODAY_OPTION,
    as_json: bool = typer.Option(False, "--json", help="Wypisz wynik jako jeden obiekt JSON."),
    check: bool = typer.Option(
        False, "--check", help="Zakończ kodem 1, jeśli któryś punkt nie jest zrobiony (dla skryptów)."
    ),
    short: bool = typer.Option(
        False, "--short", help="Tylko dwie linie: postęp i najważniejszy następny krok."
    ),
) -> None:
    """Stan wariantu minimum: siedem punktów, dowody, braki i następny krok."""
    from emocni_cli.status.rules import judge
    from emocni_cli.trainings.attendance import trained

    if short and as_json:
        raise InputError(SHORT_AND_JSON, hint=SHORT_AND_JSON_HINT)
    day = opt_today(ctx, today)
    ws = workspace_for_reading(ctx)
    report = judge(ws, day)
    people = trained(ws, day)  # counts from the enrolments only: the participants are never read
    if as_json:
        from emocni_cli.status.as_json import status_object

        output.emit_json(status_object(ws, report, people.as_dict()))
    elif short:
        show_short(report)
    else:
        show(report, people, _incomplete(ws))
    if check and not report.complete:
        raise typer.Exit(EXIT_NOT_DONE)


def show_short(report: Report) -> None:
    """The progress line and the single most important next step."""
    progress = SHORT_PROGRESS.format(gmina=report.gmina, done=report.done, total=report.total)
    output.out.print(output.styled(progress))
    output.out.print(output.styled(NEXT.capitalize() + (report.next_step or SHORT_ALL_DONE)), soft_wrap=True)


def _incomplete(ws: Workspace) -> str | None:
    """The note that a workspace read despite errors may give an incomplete or wrong result."""
    if ws.left_out:
        names = ", ".join(item.describe() for item in ws.left_out)
        return INCOMPLETE.format(names=names)
    return INEXACT if ws.problems else None


def show(report: Report, people: Trained, incomplete: str | None = None) -> None:
    from rich.text import Text

    lines = [
        *_line(0, NO_BULLET, "", (HEADER.format(gmina=report.gmina), "bold")),
        *_line(0, NO_BULLET, PEOPLE.format(emocarz=report.emocarz, animator=report.animator)),
        *_line(0, NO_BULLET, AS_OF.format(date=format_date_long(report.today))),
    ]
    if incomplete:
        lines += _line(0, ("!", "bold yellow"), incomplete, (NOTE, "bold yellow"))
    for item in report.items:
        lines += [Text(), *_item(item)]
    counts = " · ".join(
        f"{STATE_LABELS[s]}: {sum(i.state == s for i in report.items)}" for s in (DONE, IN_PROGRESS, TODO)
    )
    lines += [
        Text(),
        *_line(0, NO_BULLET, f" ({counts})", (PROGRESS.format(done=report.done, total=report.total), "bold")),
    ]
    c = report.consultations
    left = c.remote_minutes_left
    consultations = CONSULTATIONS.format(
        visits=c.visits_held,
        extra=EXTRA_VISITS.format(n=c.visits_extra) if c.visits_extra else "",
        used=format_minutes(c.remote_minutes_used),
        budget=format_minutes(c.remote_minutes_budget),
        rest=remote_rest(left),
    )
    lines += _line(0, NO_BULLET, "", (consultations, "" if left >= 0 else "red"))
    lines += _line(0, NO_BULLET, _trained_line(people))
    if not report.warnings:
        lines += _line(0, NO_BULLET, NO_WARNINGS)
    else:
        lines += _line(0, NO_BULLET, "", (WARNINGS.format(n=len(report.warnings)), "bold yellow"))
        for warning in _capped(report.warnings, WARNINGS_SHOWN):
            lines += _line(2, ("!", "yellow"), warning)
    output.out.print(Text("\n").join(lines))  # one print: rich's cost is per call


def _trained_line(people: Trained) -> str:
    from emocni_cli.trainings.indicator_words import attendances_word, people_of_target

    line = TRAINED.format(people=people_of_target(people.people, people.target))
    if people.headcount_attendances:
        line += HEADCOUNTS.format(attendances=attendances_word(people.headcount_attendances))
    return line


def _line(indent: int, bullet: tuple[str, str], text: str, label: tuple[str, str] = ("", "")) -> list[Text]:
    """One line wrapped with a hanging indent; the bullet and the label (text, style) start it."""
    from rich.text import Text

    from emocni_cli.typography import NBSP, glue  # here: --json needs no typography

    lead = indent + len(bullet[0]) + (1 if bullet[0] else 0)
    width = max(output.out.width - lead, 20)
    label = (visible(label[0]), label[1])  # the header's label holds the gmina's name
    lines = textwrap.wrap(glue(label[0] + visible(text)), width, break_on_hyphens=False) or [""]
    shown = []
    for number, line in enumerate(lines):
        line = line.replace(NBSP, " ")
        if number == 0:
            body = Text.assemble((line[: len(label[0])], label[1]), line[len(label[0]) :])
            shown.append(Text.assemble(" " * indent, bullet, " " if bullet[0] else "", body))
        else:
            shown.append(Text(" " * lead + line))
    return shown


def _capped(lines: Sequence[str], most: int = LINES_SHOWN) -> list[str]:
    return output.capped(lines, most, MORE)


def _item(item: Item) -> list[Text]:
    from rich.text import Text

    mark, colour = MARKS[item.state]
    lines = [
        Text.assemble(
            (f"{mark} {item.number}. ", f"bold {colour}"),
            (item.title, "bold"),
            (" — ", ""),
            (item.state_label, colour),
        )
    ]
    for line in _capped(item.evidence):
        lines += _line(INDENT, ("•", ""), line)
    for line in _capped(item.planned):
        lines += _line(INDENT, ("○", "cyan"), line, (PLANNED, "cyan"))
    for line in _capped(item.missing):
        lines += _line(INDENT, ("–", colour), line, (MISSING, colour))
    for line in _capped(item.notes):
        lines += _line(INDENT, ("!", "yellow"), line, (NOTE, "yellow"))
    if item.next_step:
        lines += _line(INDENT, ("→", "bold"), item.next_step, (NEXT, "bold"))
    return lines
