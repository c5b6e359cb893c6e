"""emocni history: the changes emocni has recorded, newest first."""

from __future__ import annotations

import typer

from emocni_cli.cli import output
from emocni_cli.cli.options import root

app = typer.Typer()

_ACTIONS = {
    "change": "",
    "undo": "cofnięcie zmiany nr {}",
    "redo": "ponowienie zmiany nr {}",
    "forget": "usunięcie danych osobowych — nie do cofnięcia",
}


@app.command("history")
def history(
    ctx: typer.Context,
    limit: int = typer.Option(10, "-n", "--limit", min=1, help="Ile ostatnich zmian pokazać."),
    as_json: bool = typer.Option(False, "--json", help="Wypisz historię jako JSON."),
) -> None:
    """Historia zmian: kiedy, jakim poleceniem i w których plikach (ostatnie 50 zmian).

    Każdą zmianę można cofnąć poleceniem emocni undo (po kolei, od najnowszej), a cofnięcie —
    ponowić poleceniem emocni redo. Historia jest w ukrytym folderze .emocni/historia."""
    from emocni_cli.model.values import format_date
    from emocni_cli.workspace.history import entries, stacks

    folder = root(ctx)
    found = entries(folder)
    state = stacks(found)
    undone = state.undone_numbers
    next_undo = state.done[-1].number if state.done else None
    shown = list(reversed(found))[:limit]
    if as_json:
        output.emit_json(
            [
                {
                    "nr": e.number,
                    "kiedy": e.when,
                    "polecenie": e.command,
                    "rodzaj": e.action,
                    "dotyczy_zmiany": e.target,
                    "pliki": [f.name for f in e.files],
                    "cofnieta": e.number in undone,
                }
                for e in shown
            ]
        )
        return
    if not found:
        output.info(
            "Historia jest pusta: emocni nie zapisało jeszcze żadnej zmiany w tej przestrzeni roboczej."
        )
        return
    rows = []
    for e in shown:
        moment = e.moment()
        note = _ACTIONS[e.action].format(e.target)
        if e.number in undone:
            note = "cofnięta"
        elif e.number == next_undo:
            note = "następna do cofnięcia"
        rows.append(
            [
                str(e.number),
                f"{format_date(moment.date())} {moment:%H:%M}",
                e.command,
                ", ".join(f.name for f in e.files),
                note,
            ]
        )
    output.table(["Nr", "Kiedy", "Polecenie", "Pliki", "Uwagi"], rows, optional=["Uwagi", "Pliki"])
    if len(found) > limit:
        output.info(
            f"Pokazano {limit} najnowszych z {len(found)} — wszystkie: emocni history -n {len(found)}"
        )
