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
    revert(ctx, "undo", yes)
    output.info("Ponowić ją można poleceniem: emocni redo")


# what undo and redo say: the question, the answer no, the result
WORDS = {
    "undo": ("Cofnąć", "Nie cofnięto", "Cofnięto"),
    "redo": ("Ponowić", "Nie ponowiono", "Ponowiono"),
}


def revert(ctx: typer.Context, which: str, yes: bool) -> None:
    """Undo or redo one change, after saying which and asking in a terminal."""
    from emocni_cli.actions import undo as actions

    ask, declined, done = WORDS[which]
    folder = root(ctx)
    change = actions.next_undo(folder) if which == "undo" else actions.next_redo(folder)
    if change is None:
        raise nothing_to(which)
    if not output.confirmed(f"{ask} zmianę nr {change.number} ({describe(change)})?", yes):
        raise RefusedError(f"{declined} — pliki są bez zmian.")
    (actions.undo if which == "undo" else actions.redo)(folder, change.number)
    output.success(f"{done} zmianę nr {change.number}: {describe(change)}.")


def describe(change: Entry) -> str:
    """emocni partner add GOK, 01.12.2026 13:05 — partnerzy.toml"""
    from emocni_cli.model.values import format_date

    moment = change.moment()
    files = ", ".join(f.name for f in change.files)
    return f"{change.command}, {format_date(moment.date())} {moment:%H:%M} — {files}"
