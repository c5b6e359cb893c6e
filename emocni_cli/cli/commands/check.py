"""emocni check: every problem of every file, at once."""

from __future__ import annotations

import typer

from emocni_cli.cli import output
from emocni_cli.cli.options import root
from emocni_cli.errors import EXIT_INVALID


def register(app: typer.Typer) -> None:
    @app.command("check")
    def check(
        ctx: typer.Context,
        as_json: bool = typer.Option(False, "--json", help="Wypisz wynik jako JSON."),
    ) -> None:
        """Sprawdź wszystkie pliki przestrzeni roboczej i wypisz wszystkie problemy naraz."""
        from emocni_cli.workspace.load import inspect

        folder = root(ctx)
        result = inspect(folder)
        if as_json:
            output.emit_json(
                {
                    "ok": not result.problems,
                    "bledy": [p.as_dict() for p in result.problems],
                    "uwagi": [p.as_dict() for p in result.notices],
                }
            )
        else:
            output.problems(result.problems)
            output.problems(result.notices, label="uwaga")
            if result.problems:
                output.error(
                    f"Znaleziono błędy: {len(result.problems)} ({folder}).",
                    "popraw wskazane miejsca w edytorze tekstu i uruchom emocni check",
                )
            else:
                output.success(f"Przestrzeń robocza jest poprawna ({folder}).")
        if result.problems:
            raise typer.Exit(EXIT_INVALID)
