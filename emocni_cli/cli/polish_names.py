"""Polish names of the commands: every command group and subcommand also answers to them, with
or without Polish letters and in any case (`spotkanie odbyte`, `partner usun`), and `--help` lists
the first of them beside the English name.

The names of groups are known without importing any group (the root resolves `emocni spotkanie`
to `meeting` and loads only that module); a subcommand takes its name from VERBS, or, if it writes
a document, from its document kind (documents/render.py), so `render-plan ogolny` and
`template export ogolny` speak of the same thing (and then from VERBS too, `szkolenie
lista-obecności`). A new group: one line in GROUP_NAMES; a new verb: one line in VERBS.
tests/commands/test_polish_names.py fails for a command without one."""

from __future__ import annotations

import copy
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from difflib import get_close_matches

from typer import _click
from typer._click import exceptions as click_exc
from typer.core import TyperGroup

from emocni_cli.model.vocabularies import fold

# English group (GROUPS in cli/app.py) -> its Polish names; the first is the one --help shows.
# A group whose English name is Polish too lists it, so that every group has a Polish name.
GROUP_NAMES: dict[str, tuple[str, ...]] = {
    "init": ("utwórz",),
    "check": ("sprawdź",),
    "status": ("stan",),
    "partnership": ("partnerstwo",),
    "partner": ("partner", "partnerzy"),
    "meeting": ("spotkanie", "spotkania"),
    "consultation": ("konsultacja", "konsultacje"),
    "webinar": ("webinarium", "webinaria"),
    "plan": ("plan",),
    "training": ("szkolenie", "szkolenia"),
    "report": ("raport",),
    "participant": ("uczestnik",),
    "participants": ("uczestnicy",),
    "calendar": ("kalendarz",),
    "render-plan": ("dokument-planu", "dokumenty-planu"),
    "template": ("szablon", "szablony"),
    "config": ("ustawienia",),
    "agenda": ("terminarz",),
    "pack": ("paczka",),
    "summary": ("zestawienie",),
    "history": ("historia",),
    "undo": ("cofnij",),
    "redo": ("ponów",),
}

# English subcommand -> its Polish names, the same in every group: the neuter past participles
# agree with spotkanie, webinarium and szkolenie.
VERBS: dict[str, tuple[str, ...]] = {
    "add": ("dodaj",),
    "list": ("lista",),
    "show": ("pokaż",),
    "edit": ("zmień", "edytuj"),
    "remove": ("usuń",),
    "held": ("odbyte",),
    "done": ("zrealizowane",),
    "import": ("importuj", "wczytaj"),
    "export": ("eksportuj",),
    "init": ("utwórz",),
    "check": ("sprawdź",),
    "set": ("ustaw",),
    "mark": ("oznacz",),
    "adopt": ("przyjmij",),
    "session": ("zajęcia",),  # emocni training session: a group of its own
    # a document's command answers to its kind's name first (`szkolenie lista-obecności-szkolenia`)
    "sheet": ("lista-obecności",),
    # running a training and its participants
    "enrol": ("zapisz",),
    "resign": ("wypisz", "rezygnacja"),
    "attendance": ("obecność",),
    "progress": ("postępy",),
    "forget": ("zapomnij",),
    "anonymise": ("anonimizuj",),
    # emocni config
    "get": ("pokaż",),
    "unset": ("usuń",),
}


def subcommand_names(name: str, command: _click.Command) -> tuple[str, ...]:
    """The Polish names of one subcommand: its verb's, or its document kind's."""
    kind = getattr(command.callback, "document_kind", None)  # set by cli/document_output.py
    verbs = VERBS.get(name, ())
    return (kind.polish, *verbs) if kind is not None else verbs


def english(typed: str, names: Mapping[str, tuple[str, ...]]) -> str:
    """The English name of what a person typed (English or Polish, any case, with or without
    Polish letters); unknown words come back as typed."""
    if typed in names:
        return typed
    key = fold(typed)
    for name, polish in names.items():
        if key == fold(name) or any(key == fold(p) for p in polish):
            return name
    return typed


def shown(name: str, polish: Iterable[str]) -> str:
    """How --help lists a command: 'remove (usuń)', or just 'plan'."""
    first = next((p for p in polish if p != name), None)
    return f"{name} ({first})" if first else name


def suggest(exc: click_exc.UsageError, typo: str, names: Mapping[str, tuple[str, ...]]) -> None:
    """Add "Did you mean …" (translated by cli/boundary.py): the closest English or Polish name,
    one for each command."""
    every = {fold(n): (n, name) for name, polish in names.items() for n in (name, *polish)}
    closest: dict[str, str] = {}  # command -> its closest name, best first
    for key in get_close_matches(fold(typo), list(every)):
        closest.setdefault(every[key][1], every[key][0])
    matches = list(closest.values())
    if matches:
        exc.message = f"{exc.message.rstrip('.')}. Did you mean {', '.join(map(repr, matches))}?"


class PolishNamed(TyperGroup):
    """A group whose commands answer to their Polish names too (`polish_names`), listed by
    --help as 'add (dodaj)'; a typo gets the closest name in either language."""

    polish_names: Mapping[str, tuple[str, ...]]  # English name -> Polish names
    _listing = False  # True while --help lists the commands

    @contextmanager
    def listing(self) -> Iterator[None]:
        self._listing = True
        try:
            yield
        finally:
            self._listing = False

    def get_command(self, ctx: _click.Context, cmd_name: str) -> _click.Command | None:
        name = english(cmd_name, self.polish_names)
        command = super().get_command(ctx, name)
        if command is None or not self._listing:
            return command
        listed = copy.copy(command)
        listed.name = shown(name, self.polish_names.get(name, ()))
        return listed

    def format_help(self, ctx: _click.Context, formatter: _click.HelpFormatter) -> None:
        with self.listing():
            super().format_help(ctx, formatter)

    def resolve_command(
        self, ctx: _click.Context, args: list[str]
    ) -> tuple[str | None, _click.Command | None, list[str]]:
        try:
            return self._click_resolve_command(ctx, args)
        except click_exc.UsageError as exc:
            if args:
                suggest(exc, args[0], self.polish_names)
            raise


def name_in_polish(command: _click.Command) -> None:
    """Let the subcommands of a group (as cli/app.py loads it), and of the groups within it (training
    session), answer to their Polish names."""
    if isinstance(command, TyperGroup):
        command.__class__ = PolishNamed
        command.polish_names = {name: subcommand_names(name, sub) for name, sub in command.commands.items()}
        for sub in command.commands.values():
            name_in_polish(sub)
