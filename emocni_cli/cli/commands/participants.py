"""emocni participants …: what is done to every participant at once (after the project)."""

from __future__ import annotations

import datetime as dt

import typer

from emocni_cli.cli import output
from emocni_cli.cli import people_views as views
from emocni_cli.cli.options import YES_OPTION, root

app = typer.Typer(
    help="Wszyscy uczestnicy naraz: anonimizacja danych osobowych po zakończeniu projektu.",
    no_args_is_help=True,
)


@app.command("anonymise")
def anonymise(ctx: typer.Context, yes: bool = YES_OPTION) -> None:
    """Usuń dane osobowe wszystkich uczestników (po projekcie); tego nie da się cofnąć.

    Zostają numery, grupy wiekowe, płeć i niepełnosprawność: liczby w raportach się nie zmienią.

    Dane znikają też z historii zmian, dlatego emocni undo ich nie przywróci.

    W terminalu emocni najpierw pyta (--yes: bez pytania)."""
    from emocni_cli.actions.participants import find, forget

    folder = root(ctx)
    if not yes and output.interactive():
        count = len(find(folder, None))
        views.confirm_forget(f"Usunąć dane osobowe wszystkich uczestników ({count})?")
    views.forgotten(*forget(folder, None, dt.date.today()))
