"""emocni check: every problem of every file, at once."""

from __future__ import annotations

import typer

from emocni_cli.cli import output
from emocni_cli.cli.options import root
from emocni_cli.errors import EXIT_INVALID, FIX_AND_CHECK, ProblemsFoundError
from emocni_cli.polish import found_errors

app = typer.Typer()


@app.command("check")
def check(
    ctx: typer.Context,
    as_json: bool = typer.Option(False, "--json", help="Wypisz wynik jako JSON."),
) -> None:
    """Sprawdź wszystkie pliki przestrzeni roboczej i wypisz wszystkie problemy naraz."""
    from emocni_cli.workspace.files import leftover_notices
    from emocni_cli.workspace.load import inspect

    folder = root(ctx)
    result = inspect(folder, personal=True)  # check reads every file, the participants too
    result.notices.extend(leftover_notices(folder))
    if as_json:
        output.emit_json(
            {
                "ok": not result.problems,
                "bledy": [p.as_dict() for p in result.problems],
                "uwagi": [p.as_dict() for p in result.notices],
            }
        )
        if result.problems:
            raise typer.Exit(EXIT_INVALID)  # the JSON itself says what is wrong
        return
    output.problems(result.problems)
    output.problems(result.notices, label="uwaga")
    if result.problems:
        raise ProblemsFoundError(
            f"{found_errors(len(result.problems))} ({folder}).", FIX_AND_CHECK, EXIT_INVALID
        )
    output.success(f"Przestrzeń robocza jest poprawna ({folder}).")
