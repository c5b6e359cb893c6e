"""emocni report: the indicators of the trainings as of a day — on screen, as JSON, as a CSV file
and as a .docx report for the animator or the wójt. Counts only; the participants' file is read
for the groups (age, sex, disability), and no name leaves it."""

from __future__ import annotations

import textwrap
from pathlib import Path

import typer

from emocni_cli.cli import output
from emocni_cli.cli.document_output import FORCE_OPTION, PDF_OPTION, TEMPLATE_OPTION, write_document
from emocni_cli.cli.options import TODAY_OPTION, opt_today, root
from emocni_cli.cli.reading import workspace_for_reading
from emocni_cli.errors import InputError
from emocni_cli.model.values import format_date_long
from emocni_cli.trainings import indicator_words as words
from emocni_cli.trainings.indicators import Indicators
from emocni_cli.typography import NBSP, glue

HELP = (
    "Wskaźniki szkoleń: przeszkoleni mieszkańcy wobec celu (każda osoba raz), w tym 60+, 50+, "
    "z niepełnosprawnościami, kobiety; godziny; podział na obszary, partnerów i miesiące.\n\n"
    "Liczy na wybrany dzień (--today). Przeszkolony mieszkaniec to osoba obecna na co najmniej 80% "
    "godzin choć jednego szkolenia (ustawienie wymagania.prog_ukonczenia); wiek 60+ i 50+ liczy się "
    "w roku pierwszych zajęć tej osoby. Szkolenia bez listy obecności dają tylko liczbę uczestnictw, "
    "nie osób. Raport zawiera same liczby, bez nazwisk.\n\n"
    "Z --csv albo --docx polecenie zapisuje pliki zamiast wypisywać raport na ekranie."
)
HEADER = "{title} — gmina {gmina}"
AS_OF = "Stan na dzień {date}"
WITHOUT_PDF = "Opcja --pdf dotyczy raportu .docx — podaj też --docx PLIK."
WITHOUT_DOCX = "Opcja --template dotyczy raportu .docx — podaj też --docx PLIK."

app = typer.Typer()


@app.command("report", help=HELP)
def report(
    ctx: typer.Context,
    today: str | None = TODAY_OPTION,
    as_json: bool = typer.Option(False, "--json", help="Wypisz wskaźniki jako jeden obiekt JSON."),
    csv: Path | None = typer.Option(
        None, "--csv", metavar="PLIK", help="Zapisz wskaźniki do pliku CSV (Excel, Calc) albo folderu."
    ),
    docx: Path | None = typer.Option(
        None,
        "--docx",
        metavar="PLIK",
        help="Zapisz raport dla animatora lub wójta do pliku .docx albo folderu.",
    ),
    template: Path | None = TEMPLATE_OPTION,
    force: bool = FORCE_OPTION,
    pdf: bool = PDF_OPTION,
) -> None:
    from emocni_cli.trainings.indicators import indicators

    if pdf and docx is None:
        raise InputError(WITHOUT_PDF, hint="np. emocni report --docx raport.docx --pdf")
    if template is not None and docx is None:
        raise InputError(WITHOUT_DOCX, hint="np. emocni report --docx raport.docx --template moj.docx")
    day = opt_today(ctx, today)
    ws = workspace_for_reading(ctx, personal=True)
    ind = indicators(ws, day)
    gmina = ws.settings.gmina.nazwa
    if as_json:
        problems = {
            "problems": [p.as_dict() for p in ws.problems],
            "left_out": [i.as_dict() for i in ws.left_out],
        }
        output.emit_json({**ind.as_dict(), **problems})
    if csv is not None:
        from emocni_cli.documents.render import write_output
        from emocni_cli.exchange.indicators_csv import indicators_csv

        name = f"wskazniki-{day.isoformat()}.csv"
        path = write_output(root(ctx), csv, name, indicators_csv(ind, gmina), force=force, option="--csv")
        output.success(f"Zapisano wskaźniki do pliku {path}.")
    if docx is not None:
        from emocni_cli.documents.indicators import report_data
        from emocni_cli.documents.render import INDICATORS

        write_document(ctx, INDICATORS, report_data(ws, ind), docx, template, force, pdf)
    if not as_json and csv is None and docx is None:
        show(ind, gmina)


def _wrapped(text: str, indent: int = 0, style: str = "") -> None:
    """One paragraph wrapped to the console with a hanging indent, no one-letter word at a line end."""
    first, rest = " " * indent, " " * (indent + 2)
    width = max(output.out.width, 40)
    lines = textwrap.wrap(
        glue(text), width, initial_indent=first, subsequent_indent=rest, break_on_hyphens=False
    )
    for line in lines:
        output.out.print(output.styled(line.replace(NBSP, " "), style))


def show(ind: Indicators, gmina: str) -> None:
    _wrapped(HEADER.format(title=words.TITLE, gmina=gmina), style="bold")
    _wrapped(AS_OF.format(date=format_date_long(ind.today)))
    output.out.print()
    for label, value in words.summary(ind):
        _wrapped(f"{label}: {value}", indent=2 if label.startswith("w tym") else 0)
    if not ind.target:
        _wrapped(words.SET_TARGET, indent=2)
    for note in (words.headcount_note(ind), words.no_data_note(ind)):
        if note:
            output.out.print()
            _wrapped(note, style="yellow")
    # the name last: it is the only column that may wrap, so the table fits 80 columns
    for breakdown in words.BREAKDOWNS:
        rows = words.rows_of(ind, breakdown)
        if rows:
            output.out.print()
            output.table(
                [*breakdown.columns, breakdown.first],
                [[*words.cells(row), row.label] for row in rows],
                title=breakdown.title,
            )
    output.out.print()
    _wrapped(words.LEGEND)
