"""emocni redo: bring back the change the newest undo reverted."""

from __future__ import annotations

import typer

from emocni_cli.cli import output
from emocni_cli.cli.commands.undo import describe
from emocni_cli.cli.options import YES_OPTION, root
from emocni_cli.errors import RefusedError
from emocni_cli.workspace.history import nothing_to

app = typer.Typer()


@app.command("redo")
def redo(ctx: typer.Context, yes: bool = YES_OPTION) -> None:
    """Ponów zmianę cofniętą poleceniem emocni undo (możliwe, dopóki nie zapisano nowej zmiany)."""
    from emocni_cli.actions import undo as actions

    folder = root(ctx)
    change = actions.next_redo(folder)
    if change is None:
        raise nothing_to("redo")
    if not output.confirmed(f"Ponowić zmianę nr {change.number} ({describe(change)})?", yes):
        raise RefusedError("Nie ponowiono — pliki są bez zmian.")
    actions.redo(folder, change.number)
    output.success(f"Ponowiono zmianę nr {change.number}: {describe(change)}.")
