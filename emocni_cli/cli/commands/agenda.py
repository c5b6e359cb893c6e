"""emocni agenda: what is coming up in the next days and what is overdue, with the command that
records each."""

from __future__ import annotations

import typer
from rich.text import Text

from emocni_cli.agenda.upcoming import DEFAULT_DAYS
from emocni_cli.cli import output
from emocni_cli.cli.options import TODAY_OPTION, opt_today, root

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
    from emocni_cli.workspace.load import load

    result = build(load(root(ctx)), opt_today(ctx, today), days)
    for note in result.notes:
        output.warning(note)
    if as_json:
        output.emit_json(result.as_dict())
        return
    for line, style in sentences.lines(result):
        output.out.print(Text(line, style), soft_wrap=True)
