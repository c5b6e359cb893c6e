"""emocni calendar …: the partnership's events as an .ics file for Google, Outlook or Thunderbird."""

from __future__ import annotations

from pathlib import Path

import typer

from emocni_cli.cli import output
from emocni_cli.cli.document_output import FORCE_OPTION
from emocni_cli.cli.options import opt_date, root
from emocni_cli.polish import plural

app = typer.Typer(
    help="Kalendarz: spotkania, konsultacje, webinaria i szkolenia jako plik .ics.", no_args_is_help=True
)

DEFAULT_NAME = "kalendarz.ics"


@app.command("export")
def export(
    ctx: typer.Context,
    out: Path | None = typer.Option(
        None,
        "-o",
        "--output",
        metavar="PLIK",
        help=f"Plik .ics albo folder (domyślnie dokumenty/{DEFAULT_NAME} w folderze gminy). "
        "Kalendarz zapisany wcześniej przez emocni jest zastępowany — to plik generowany, nie edytuj go; "
        "inny istniejący plik tylko z --force.",
    ),
    force: bool = FORCE_OPTION,
    since: str | None = typer.Option(
        None, "--from", metavar="DATA", help="Tylko wydarzenia od tej daty, np. 01.01.2019."
    ),
) -> None:
    """Zapisz kalendarz partnerstwa (iCalendar, strefa Europe/Warsaw) do zaimportowania w kalendarzu.

    Każde wydarzenie ma stały identyfikator (UID).

    Dlatego ponowny import nowszego pliku aktualizuje wydarzenia zamiast je dublować."""
    from emocni_cli.documents.render import write_output
    from emocni_cli.exchange.calendar import export as export_calendar
    from emocni_cli.workspace.load import load

    folder = root(ctx)
    result = export_calendar(load(folder), opt_date(since, "--from"))
    for note in result.skipped:
        output.warning(note)
    target = write_output(folder, out, DEFAULT_NAME, result.data, force=force, replaceable=_exported_calendar)
    events = plural(result.events, "wydarzenie", "wydarzenia", "wydarzeń")
    output.success(f"Zapisano {result.events} {events} do pliku {target}.")


def _exported_calendar(path: Path) -> bool:
    """Whether an existing file is a calendar emocni exported (its PRODID is in the first lines):
    re-exporting replaces it without --force, as the help promises; any other file needs --force."""
    from emocni_cli.exchange.calendar import PRODID

    try:
        with path.open("rb") as file:
            head = file.read(4096)
    except OSError:
        return False
    return head.startswith(b"BEGIN:VCALENDAR") and f"PRODID:{PRODID}".encode() in head
