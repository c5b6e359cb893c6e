"""The root command: its global options and the one list of command groups, loaded lazily."""

from __future__ import annotations

import functools
import importlib
import sys
from pathlib import Path
from types import MappingProxyType
from typing import Any

import typer
from typer import _click as click  # typer >= 0.29 vendors its own copy of click
from typer.core import TyperCommand

from emocni_cli import __version__
from emocni_cli.cli import (
    no_plugins,  # noqa: F401  (before any validator is built)
    output,
)
from emocni_cli.cli.boundary import guarded
from emocni_cli.cli.options import State, undecodable_refused
from emocni_cli.cli.polish_help import localize
from emocni_cli.cli.polish_names import GROUP_NAMES, PolishNamed, english, name_in_polish, shown
from emocni_cli.errors import EXIT_USAGE

# Every command group, in the order of `emocni --help`, with the one-line help that `--help`
# lists without importing the group (tests/test_help.py keeps it equal to the group's own). The
# group NAME lives in emocni_cli/cli/commands/NAME.py ("-" as "_"), which holds every subcommand
# of the group and exposes it as `app`. Its Polish names are in cli/polish_names.py.
GROUPS: dict[str, str] = {
    "init": "Utwórz przestrzeń roboczą gminy (pliki TOML z opisem każdego pola).",
    "check": "Sprawdź wszystkie pliki przestrzeni roboczej i wypisz wszystkie problemy naraz.",
    "status": "Stan wariantu minimum: siedem punktów, dowody, braki i następny krok.",
    "agenda": "Co przed nami: najbliższe spotkania, konsultacje, webinaria, szkolenia, kroki planu "
    "i zaległości.",
    "partnership": "Partnerstwo: dane podstawowe (nazwa, data zawiązania, dokument, lider).",
    "partner": "Partnerzy partnerstwa: dodawanie, lista, zmiany, usuwanie.",
    "meeting": "Spotkania partnerstwa (w tym inicjujące).",
    "consultation": "Konsultacje z animatorem: dwie wizyty w gminie oraz doradztwo telefoniczne / online "
    "(budżet ok. 8 h).",
    "webinar": "Udział w webinariach (cykl „Mocni w partnerstwie”).",
    "plan": "Trzyletni plan szkoleń: część ogólna (sekcje, sprawdzenie, akceptacja animatora) i przyjęcie "
    "planów rocznych.",
    "training": "Roczne plany szkoleń (część szczegółowa planu): szkolenia na każdy rok okresu planu.",
    "report": "Wskaźniki szkoleń: przeszkoleni mieszkańcy wobec celu (każda osoba raz), w tym 60+, 50+, "
    "z niepełnosprawnościami, kobiety; godziny; podział na obszary, partnerów i miesiące.",
    "participant": "Uczestnicy szkoleń (dane osobowe, osobny plik uczestnicy.toml): dodawanie, lista, "
    "zmiany, usunięcie danych, deklaracja uczestnictwa do wydruku.",
    "participants": "Wszyscy uczestnicy naraz: anonimizacja danych osobowych po zakończeniu projektu.",
    "calendar": "Kalendarz: spotkania, konsultacje, webinaria i szkolenia jako plik .ics.",
    "render-plan": "Dokumenty trzyletniego planu szkoleń (.docx): część ogólna i roczne plany szkoleń.",
    "config": "Ustawienia przestrzeni roboczej (emocni.toml): lista, odczyt i zmiana, jak w git config.",
    "template": "Szablony dokumentów: wzory do własnych zmian w Wordzie.",
    "pack": "Paczka dla animatora: pliki gminy w jednym pliku .zip, bez danych osobowych uczestników "
    "szkoleń.",
    "summary": "Zestawienie dla animatora: wiele gmin naraz z folderów i paczek .zip (terminal, JSON, "
    "CSV, HTML).",
    "history": "Historia zmian: kiedy, jakim poleceniem i w których plikach (ostatnie 50 zmian).",
    "undo": "Cofnij ostatnią zmianę zapisaną przez emocni (kolejne wywołania cofają kolejne zmiany).",
    "redo": "Ponów zmianę cofniętą poleceniem emocni undo (możliwe, dopóki nie zapisano nowej zmiany).",
}


def load_group(name: str) -> click.Command:
    """Import the module of one group and build its command (a group, or a single command)."""
    module = importlib.import_module(f"emocni_cli.cli.commands.{name.replace('-', '_')}")
    group = typer.main.get_group(module.app)
    # a module whose only command bears the group's name is that command (init, check, status)
    command = group.commands[name] if list(group.commands) == [name] else group
    command.name = name
    localize(command)
    name_in_polish(command)
    return command


class EmocniGroup(PolishNamed):
    """The root: lists the groups of GROUPS, resolves their English or Polish names, imports a
    group's module only when it is invoked, and runs every command inside the error boundary,
    for the real CLI and CliRunner alike."""

    polish_names = MappingProxyType({name: GROUP_NAMES.get(name, ()) for name in GROUPS})

    def list_commands(self, ctx: click.Context) -> list[str]:
        return list(GROUPS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        name = english(cmd_name, self.polish_names)
        if name not in GROUPS:
            return None
        if self._listing:  # --help lists the one-line helps of GROUPS, importing nothing
            return TyperCommand(shown(name, self.polish_names[name]), help=GROUPS[name])
        if name not in self.commands:
            self.commands[name] = load_group(name)
        return self.commands[name]

    def main(
        self,
        args: Any = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        **extra: Any,
    ) -> Any:
        localize(self)
        state = State(command_line=tuple(sys.argv[1:] if args is None else args))
        run = functools.partial(
            super().main, args, prog_name or "emocni", complete_var, standalone_mode=False, obj=state, **extra
        )
        code = guarded(functools.partial(undecodable_refused, state.command_line, run), state)
        if standalone_mode:
            sys.exit(code)
        return code


app = typer.Typer(
    cls=EmocniGroup,
    name="emocni",
    help="emocni — narzędzie e-Mocarza: rejestr gminnego partnerstwa na rzecz edukacji "
    "cyfrowej, status wariantu minimum i dokumenty planu szkoleń.",
    epilog="Każde polecenie ma też polską nazwę (w nawiasie); można ją pisać bez polskich liter, "
    "np. emocni spotkanie usun 2018-01-10.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode="rich",
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(value: bool) -> None:
    if value:
        output.out.print(f"emocni {__version__}")
        raise typer.Exit()


@app.callback()
def main_callback(
    ctx: typer.Context,
    workspace: Path | None = typer.Option(
        None,
        "-C",
        "--workspace",
        envvar="EMOCNI_WORKSPACE",
        metavar="FOLDER",
        help="Folder przestrzeni roboczej (domyślnie: szukany w górę od bieżącego folderu).",
        file_okay=False,
    ),
    version: bool = typer.Option(
        False, "--version", callback=_version, is_eager=True, help="Pokaż wersję i zakończ."
    ),
) -> None:
    """emocni — narzędzie e-Mocarza."""
    ctx.ensure_object(State).workspace = workspace


def main() -> None:
    output.tolerate_console_encoding()
    app()


__all__ = ["EXIT_USAGE", "app", "main"]
