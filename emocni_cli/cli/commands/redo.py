"""emocni redo: bring back the change the newest undo reverted."""

from __future__ import annotations

import typer

from emocni_cli.cli.commands.undo import revert
from emocni_cli.cli.options import YES_OPTION

app = typer.Typer()


@app.command("redo")
def redo(ctx: typer.Context, yes: bool = YES_OPTION) -> None:
    """Ponów zmianę cofniętą poleceniem emocni undo (możliwe, dopóki nie zapisano nowej zmiany)."""
    revert(ctx, "redo", yes)
