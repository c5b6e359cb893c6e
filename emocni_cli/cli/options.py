"""Helpers shared by the command modules: the workspace of this invocation, option parsing, and
the one way from an option to a record field (FieldOption, FieldOptions)."""

from __future__ import annotations

import datetime as dt
import functools
import inspect
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import typer

from emocni_cli.errors import InputError
from emocni_cli.polish import quoted

if TYPE_CHECKING:
    from pydantic import BaseModel

T = TypeVar("T")


@dataclass
class State:
    workspace: Path | None = None
    # set when the command has shown a workspace read despite errors: once its output is
    # printed, the boundary ends it with the exit code of an invalid workspace
    read_invalid: bool = False
    command_line: tuple[str, ...] = ()

    def command_text(self) -> str:
        """The command as typed, for the history of this workspace (so without -C FOLDER):
        `emocni partner add "Gminny Ośrodek Kultury"`."""
        words, args = [], iter(self.command_line)
        for arg in args:
            if arg in ("-C", "--workspace"):
                next(args, None)
            elif not arg.startswith("--workspace="):
                words.append(f'"{arg}"' if not arg or " " in arg else arg)
        return " ".join(["emocni", *words])


def undecodable_refused(words: Sequence[str], run: Callable[[], T]) -> T:
    """Run the command line once every word of it (and every EMOCNI_ variable) is text. Bytes
    that are no UTF-8 (a terminal in another encoding) reach Python as lone surrogates, which
    could be neither printed nor written to a file: they are refused before anything runs."""
    import os
    import re

    given = [("w poleceniu", w) for w in words]
    given += [(f"zmiennej środowiskowej {k}", v) for k, v in os.environ.items() if k.startswith("EMOCNI_")]
    for where, word in given:
        if re.search("[\\udc80-\\udcff]", word):
            shown = word.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
            raise InputError(
                f"Wartość {quoted(shown)} {where} zawiera bajty, które nie są tekstem w UTF-8; "
                "nic nie zrobiono.",
                hint="wpisz tę wartość jeszcze raz; jeśli polskie litery się psują, ustaw w terminalu "
                "kodowanie UTF-8 (w Wierszu polecenia Windows: chcp 65001)",
            )
    return run()


def root(ctx: typer.Context) -> Path:
    """The workspace folder for this command (from -C, EMOCNI_WORKSPACE or searching upwards)."""
    from emocni_cli.workspace.layout import find_root

    state = ctx.find_object(State)
    folder = find_root(state.workspace if state else None)
    _finish_interrupted(folder)
    if state:
        from emocni_cli.workspace import recorded_command

        recorded_command.describe(state.command_text())
    return folder


def _finish_interrupted(folder: Path) -> None:
    """Roll back a change a crash left half-written, before this command reads anything."""
    from emocni_cli.workspace.layout import change_interrupted

    if not change_interrupted(folder):
        return
    from emocni_cli.cli import output
    from emocni_cli.workspace import history
    from emocni_cli.workspace.files import workspace_lock

    with workspace_lock(folder):  # a write still running finishes first, and closes its journal
        recovery = history.recover(folder)
    if recovery is None:
        return
    if recovery.restored:
        output.warning(
            f"poprzednie polecenie ({recovery.command}) przerwano w trakcie zapisu; przywrócono pliki "
            f"sprzed niego: {', '.join(recovery.restored)}"
        )
    if recovery.kept:
        output.warning(
            f"pliki {', '.join(recovery.kept)} zmieniono od tamtej pory, więc zostały bez zmian — "
            "sprawdź je: emocni check"
        )


YES_OPTION = typer.Option(
    False,
    "--yes",
    "-y",
    help="Nie pytaj o potwierdzenie (w skryptach, bez terminala, emocni i tak nie pyta).",
)


def parse_opt(parse: Callable[[Any], T], value: Any, option: str) -> T:
    """Run a core parser on an option value; a failure names the option in Polish (or, when it is
    not an option such as --date, names `option` as given, e.g. an environment variable)."""
    try:
        return parse(value)
    except ValueError as exc:
        where = f"Opcja {option}" if option.startswith("-") else option
        raise InputError(f"{where}: {exc}.") from None


def opt_date(value: str | None, option: str = "--date") -> dt.date | None:
    from emocni_cli.model.values import parse_typed_date

    return None if value is None else parse_opt(parse_typed_date, value, option)


def today_option(help: str) -> Any:
    """--today DATA (or EMOCNI_TODAY), read by opt_today(); `help` says what the day is for."""
    return typer.Option(None, "--today", envvar="EMOCNI_TODAY", metavar="DATA", help=help)


TODAY_OPTION = today_option("Dzień, według którego oceniać (domyślnie dzisiaj), np. 01.07.2018.")


def opt_today(ctx: typer.Context, value: str | None) -> dt.date:
    """The day of --today (or EMOCNI_TODAY, named as such when it is wrong); today by default."""
    from_env = getattr(ctx.get_parameter_source("today"), "name", "") == "ENVIRONMENT"
    given_as = "Zmienna środowiskowa EMOCNI_TODAY" if from_env else "--today"
    return opt_date(value, given_as) or dt.date.today()


# --- options that set record fields -----------------------------------------------------------


@dataclass(frozen=True)
class FieldOption:
    """A command-line option that sets one field of a record, declared once per record group and
    shared by its add and edit commands. The value is parsed by the model field itself."""

    flag: str  # "--joined"
    field: str  # the model field it sets, "data_przystapienia"
    help: str
    type: Any = str  # str, int, bool (a flag) or list (the option may be repeated)
    short: str | None = None  # "-t"
    off: str | None = None  # a flag's other side, offered by edit: "--no-minutes"
    min: int | None = None
    max: int | None = None
    value: Callable[[Any], Any] | None = None  # what the field gets, when not the option's value
    typed: bool = False  # the record gets the text as typed (its meaning depends on other fields)

    @property
    def name(self) -> str:
        """The command's parameter name: --attendance-list → attendance_list."""
        return self.flag.lstrip("-").replace("-", "_")

    def parameter(self, required: bool, switch: bool) -> inspect.Parameter:
        """The typer parameter; `switch` offers both sides of a flag (--minutes/--no-minutes)."""
        flag = f"{self.flag}/{self.off}" if switch and self.off else self.flag
        flags = [flag, *([self.short] if self.short else [])]
        limits = {k: v for k, v in (("min", self.min), ("max", self.max)) if v is not None}
        option = typer.Option(... if required else None, *flags, help=self.help, **limits)
        annotation = list[str] if self.type is list else self.type
        if not required:
            annotation = annotation | None
        return inspect.Parameter(
            self.name, inspect.Parameter.KEYWORD_ONLY, default=option, annotation=annotation
        )


class FieldOptions:
    """The field options of one record group. Used as a decorator, it puts them (or some) in
    place of the command's keyword-only parameter `fields`, which receives the fields given."""

    def __init__(self, model: type[BaseModel], *options: FieldOption) -> None:
        self.model = model
        self.options = {o.flag: o for o in options}

    def __call__(
        self,
        *flags: str,
        without: Sequence[str] = (),
        required: Sequence[str] = (),
        switches: bool = False,
    ) -> Callable[[Callable[..., T]], Callable[..., T]]:
        """Decorate a command with the options named by `flags` (all when none) but those `without`,
        some required; `switches` (for edit) offers flags with their other side."""
        chosen = [self.options[f] for f in flags or self.options if f not in without]

        def decorate(command: Callable[..., T]) -> Callable[..., T]:
            @functools.wraps(command)
            def run(*args: Any, **kwargs: Any) -> T:
                given = {option: kwargs.pop(option.name) for option in chosen}
                return command(*args, fields=self.fields(given), **kwargs)

            params = list(inspect.signature(command, eval_str=True).parameters.values())
            at = [p.name for p in params].index("fields")
            added = [o.parameter(o.flag in required, switches) for o in chosen]
            keyword = [p.replace(kind=inspect.Parameter.KEYWORD_ONLY) for p in params]
            run.__signature__ = inspect.Signature(keyword[:at] + added + keyword[at + 1 :])  # type: ignore[attr-defined]
            return run

        return decorate

    def fields(self, given: dict[FieldOption, Any]) -> dict[str, Any]:
        """The fields of the options given ("" clears an optional field), each value parsed as the model
        parses it; a value the model refuses is reported as the option typed: "Opcja --joined: …"."""
        from emocni_cli.workspace.error_sentences import field_value

        out: dict[str, Any] = {}
        for option, value in given.items():
            if value is None or value == []:
                continue
            if value == "" and not self.model.model_fields[option.field].is_required():
                out[option.field] = None  # a required field is refused as empty below
                continue
            value = option.value(value) if option.value else value
            try:
                stored = field_value(self.model, option.field, value)
            except ValueError as exc:
                raise InputError(f"Opcja {option.flag}: {exc}.") from None
            # the stored form ("1h30m", "17:00"), which the action validates again as it reads it;
            # or the text as typed, when the record reads it in the light of its other fields
            out[option.field] = value if option.typed else stored
        return out
