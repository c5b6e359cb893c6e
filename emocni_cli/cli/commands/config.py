"""emocni config …: the settings of emocni.toml by dotted key, in the spirit of git config."""

from __future__ import annotations

import typer

from emocni_cli.cli import output
from emocni_cli.cli import record_views as rc
from emocni_cli.cli.options import root

app = typer.Typer(
    help="Ustawienia przestrzeni roboczej (emocni.toml): lista, odczyt i zmiana, jak w git config.",
    no_args_is_help=True,
)

KEY = typer.Argument(
    ..., metavar="KLUCZ", help="Nazwa ustawienia, np. emocarz.email (lista: emocni config list)."
)


@app.command("list")
def list_settings(ctx: typer.Context, as_json: bool = rc.JSON_OPTION) -> None:
    """Pokaż wszystkie ustawienia z wartościami; nieustawione — z wartością domyślną, jeśli jest.

    Przykład: emocni config list"""
    from emocni_cli.actions.settings import keys, shown

    settings = rc.workspace(ctx).settings
    if as_json:
        output.emit_json({key.name: key.value(settings) if key.is_set(settings) else None for key in keys()})
        return
    rows = []
    for key in keys():
        if key.is_set(settings):
            value = shown(key.value(settings))
        elif key.default is not None:
            value = f"{shown(key.default)} (domyślnie)"
        else:
            value = "(nie ustawiono)"
        rows.append([key.name, value])
    output.table(["Ustawienie", "Wartość"], rows)


@app.command("get")
def get(ctx: typer.Context, key: str = KEY) -> None:
    """Wypisz wartość jednego ustawienia (samą wartość — wygodne w skryptach).

    Przykład: emocni config get emocarz.email

    Gdy ustawienie nie jest zapisane i nie ma wartości domyślnej, wypisuje tylko komunikat
    o błędzie i kończy się kodem 1."""
    from emocni_cli.actions.settings import find_key, not_set, shown

    found = find_key(key)
    settings = rc.workspace(ctx).settings
    if not found.is_set(settings) and found.default is None:
        raise not_set(found)
    output.data_line(shown(found.value(settings)))


@app.command("set")
def set_(
    ctx: typer.Context,
    key: str = KEY,
    value: str = typer.Argument(
        ..., metavar="WARTOŚĆ", help="Nowa wartość (tekst z odstępami w cudzysłowie)."
    ),
) -> None:
    """Zmień jedno ustawienie w emocni.toml; komentarze i pozostałe wiersze pliku zostają bez zmian.

    Wartość jest sprawdzana jak każda zmiana: liczby (12 500, 1,5), daty (16.01.2018), tekst.

    Przykłady:

    emocni config set emocarz.email marta.sobczak@gbp.pl

    emocni config set gmina.liczba_mieszkancow "6 240"

    emocni config set emocarz.instytucja "Gminna Biblioteka Publiczna\""""
    from emocni_cli.actions.settings import find_key, set_value, shown

    found = find_key(key)
    stored, note = set_value(root(ctx), found, value)
    if note:
        output.info(note)
    output.success(f"Zapisano {found.name} = {shown(stored)} (emocni.toml).")


@app.command("unset")
def unset(ctx: typer.Context, key: str = KEY) -> None:
    """Usuń ustawienie z emocni.toml (tylko nieobowiązkowe); odtąd obowiązuje wartość domyślna, jeśli jest.

    Przykład: emocni config unset animator.telefon"""
    from emocni_cli.actions.settings import find_key, shown, unset_value

    found = find_key(key)
    if not unset_value(root(ctx), found):
        output.info(f"Ustawienie {found.name} nie było zapisane w emocni.toml — nic nie zmieniono.")
        return
    default = f"; obowiązuje wartość domyślna: {shown(found.default)}" if found.default is not None else ""
    output.success(f"Usunięto {found.name} z emocni.toml{default}.")
