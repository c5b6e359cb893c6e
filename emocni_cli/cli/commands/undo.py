"""emocni undo: put the files back as they were before the newest change."""

from __future__ import annotations

import typer

from emocni_cli.cli import output
from emocni_cli.cli.options import YES_OPTION, root
from emocni_cli.errors import RefusedError
from emocni_cli.workspace.history import Entry, nothing_to

app = typer.Typer()


@app.command("undo")
def undo(ctx: typer.Context, yes: bool = YES_OPTION) -> None:
    """Cofnij ostatnią zmianę zapisaną przez emocni (kolejne wywołania cofają kolejne zmiany).

    Pliki wracają dokładnie do stanu sprzed zmiany. Jeśli któryś z nich zmieniono później
    ręcznie, emocni odmawia i mówi który. Cofnięcie można ponowić: emocni redo.
    Listę zmian pokazuje emocni history."""
    from emocni_cli.actions import undo as actions

    folder = root(ctx)
    change = actions.next_undo(folder)
    if change is None:
        raise nothing_to("undo")
    if not output.confirmed(f"Cofnąć zmianę nr {change.number} ({describe(change)})?", yes):
        raise RefusedError("Nie cofnięto — pliki są bez zmian.")
    actions.undo(folder, change.number)
    output.success(f"Cofnięto zmianę nr {change.number}: {describe(change)}.")
    output.info("Ponowić ją można poleceniem: emocni redo")


def describe(change: Entry) -> str:
    """emocni partner add GOK, 01.12.2026 13:05 — partnerzy.toml"""
    from emocni_cli.model.values import format_date

    moment = change.moment()
    files = ", ".join(f.name for f in change.files)
    return f"{change.command}, {format_date(moment.date())} {moment:%H:%M} — {files}"
