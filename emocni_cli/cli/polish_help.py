"""Help screens and usage lines in Polish, on top of what Typer prints in English.

Typer builds a fresh command tree for every run; `localize()` walks it before parsing (the root
at the start, each command group as cli/app.py loads it) and gives every command a Polish context
class (click's extension point), which sets the usage prefix, the help option's text and the
option metavars of the commands that are run, and the [OPTIONS] / COMMAND placeholders."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import typer
from typer import _click
from typer.core import TyperArgument, TyperGroup, TyperOption

HELP_TEXT = "Pokaż tę pomoc i zakończ."
OPTIONS_METAVAR = "[OPCJE]"
SUBCOMMAND_METAVAR = "POLECENIE [ARGUMENTY]..."
_TYPE_METAVARS: dict[Any, str] = {str: "TEKST", int: "LICZBA", float: "LICZBA", Path: "FOLDER"}
# By option name, so that every command (also ones added later) names the same value the same way.
_NAMED_METAVARS = {
    "--date": "DATA",
    "--joined": "DATA",
    "--left": "DATA",
    "--founded": "DATA",
    "--time": "GODZINA",
    "--duration": "CZAS",
    "--type": "RODZAJ",
    "--kind": "RODZAJ",
    "--form": "FORMA",
    "--status": "STATUS",
    "--id": "ID",
    "--attendee": "ID",
    "--leader": "ID",
    "--email": "E-MAIL",
    "--phone": "TELEFON",
    "--year": "ROK",
    "--start-year": "ROK",
    "--visit": "NR",
    "--contact": "OSOBA",
    "--person": "OSOBA",
    "--guest": "GOŚĆ",
    "--name": "NAZWA",
    "--teryt": "KOD",
}


class PolishFormatter(_click.HelpFormatter):
    def write_usage(self, prog: str, args: str = "", prefix: str | None = None) -> None:
        super().write_usage(prog, args, "Użycie: " if prefix is None else prefix)


def _polish_panels() -> None:
    """Titles and labels of Typer's help panels. Set only when a help screen is shown: importing
    typer.rich_utils costs more than a read-only command does."""
    import typer.rich_utils as ru

    ru.OPTIONS_PANEL_TITLE = "Opcje"
    ru.ARGUMENTS_PANEL_TITLE = "Argumenty"
    ru.COMMANDS_PANEL_TITLE = "Polecenia"
    ru.ERRORS_PANEL_TITLE = "Błąd"
    ru.REQUIRED_LONG_STRING = "[wymagane]"
    ru.DEFAULT_STRING = "[domyślnie: {}]"
    ru.ENVVAR_STRING = "[zmienna środowiskowa: {}]"
    ru.ABORTED_TEXT = "Przerwano."


class PolishContext(typer.Context):
    """The context of every command: Polish usage line, help option and metavars. Only the
    commands actually run get a context, so only they pay for this."""

    formatter_class = PolishFormatter

    def __init__(self, command: _click.Command, *args: Any, **kwargs: Any) -> None:
        super().__init__(command, *args, **kwargs)
        help_option = command.get_help_option(self)  # created once per command and cached by it
        if help_option is not None:
            help_option.help = HELP_TEXT
            help_option.metavar = ""
        for param in command.params:
            if isinstance(param, TyperOption) and param.metavar is None:
                param.metavar = _metavar(param)
            elif type(param) is TyperArgument:
                param.__class__ = _PolishArgument

    def get_help(self) -> str:
        _polish_panels()
        return super().get_help()


class _PolishArgument(TyperArgument):
    """An argument shown as NAZWA (required) or [FOLDER] (optional), without a type column."""

    def display_type_rich(self, ctx: _click.Context) -> str | None:
        return None

    def _usage_display_name(self) -> str:
        name = self.display_name_raw if self.required else f"[{self.display_name_raw}]"
        return name + ("..." if self.nargs != 1 else "")


def _metavar(option: TyperOption) -> str:
    """'' for a flag (it takes no value), else a Polish word for the kind of value."""
    if option.is_flag:
        return ""
    named = next((_NAMED_METAVARS[o] for o in option.opts if o in _NAMED_METAVARS), None)
    if named:
        return named
    annotation = option.type_descriptor.annotation
    element = getattr(annotation, "__args__", (annotation,))[0]  # list[str] -> str
    return _TYPE_METAVARS.get(element, "WARTOŚĆ")


def localize(command: _click.Command) -> None:
    """Make one command (and everything under it) print its help and usage in Polish."""
    command.context_class = PolishContext
    if command.options_metavar == "[OPTIONS]":
        command.options_metavar = OPTIONS_METAVAR
    if isinstance(command, TyperGroup):
        command.subcommand_metavar = SUBCOMMAND_METAVAR
        for sub in command.commands.values():
            localize(sub)
