"""emocni agenda: what is coming up in the next days and what is overdue, with the command that
records each."""

from __future__ import annotations

import typer

from emocni_cli.agenda.upcoming import DEFAULT_DAYS
from emocni_cli.cli import output
from emocni_cli.cli.options import TODAY_OPTION, opt_today
from emocni_cli.cli.reading import workspace_for_reading

app = typer.Typer()


@app.command("agenda")
def agenda(
    ctx: typer.Context,
    days: int = typer.Option(
        DEFAULT_DAYS, "--days", "-n", min=1, max=3660, metavar="DNI", help="Ile dni naprzód pokazać."
    ),
    today: str | None = TODAY_OPTION,
    as_json: bool = typer.Option(False, "--json", help="Wypisz wynik jako jeden obiekt JSON."),
) -> None:
    """Co przed nami: najbliższe spotkania, konsultacje, webinaria, szkolenia, kroki planu i zaległości.

    Przy każdej pozycji jest polecenie, którym zapiszesz, że się odbyła."""
    from emocni_cli.agenda import sentences
    from emocni_cli.agenda.upcoming import agenda as build

    day = opt_today(ctx, today)  # a bad --today is refused before the workspace is read
    result = build(workspace_for_reading(ctx), day, days)
    for note in result.notes:
        output.warning(note)
    if as_json:
        output.emit_json(result.as_dict())
        return
    for line, style in sentences.lines(result):
        output.out.print(output.styled(line, style), soft_wrap=True)
