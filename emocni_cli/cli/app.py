"""The root command, global options and the single place where errors become messages."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import typer
from typer._click import exceptions as click_exc  # typer >= 0.29 vendors its own copy of click
from typer.core import TyperGroup

from emocni_cli import __version__
from emocni_cli.cli import output
from emocni_cli.cli.options import State
from emocni_cli.cli.polish_help import localize
from emocni_cli.errors import EXIT_REFUSED, EXIT_USAGE, EmocniError, InvalidWorkspaceError

_CLICK_PL = [
    # pydantic's words, as Typer passes them on for a number option given a bad value
    ("Input should be a valid integer, unable to parse string as an integer", "oczekiwano liczby całkowitej"),
    ("Input should be a valid integer", "oczekiwano liczby całkowitej"),
    ("Input should be a valid number, unable to parse string as a number", "oczekiwano liczby"),
    ("Input should be a valid number", "oczekiwano liczby"),
    ("Input should be greater than or equal to", "musi wynosić co najmniej"),
    ("Input should be less than or equal to", "może wynosić najwyżej"),
    ("Input should be greater than", "musi być większa niż"),
    ("Input should be less than", "musi być mniejsza niż"),
    ("Possible options:", "możliwe opcje:"),
    ("Missing option", "Brak wymaganej opcji"),
    ("Missing argument", "Brak wymaganego argumentu"),
    ("Missing parameter", "Brak wymaganego parametru"),
    ("No such option", "Nieznana opcja"),
    ("No such command", "Nie ma takiego polecenia"),
    ("Invalid value for", "Niepoprawna wartość dla"),
    ("requires an argument", "wymaga podania wartości"),
    ("Option", "Opcja"),
    ("is not a valid integer", "nie jest liczbą całkowitą"),
    ("is not a valid float", "nie jest liczbą"),
    ("is not one of", "nie jest jedną z wartości"),
    ("is not in the range", "jest poza zakresem"),
    ("Did you mean", "Czy chodziło o"),
    ("does not exist", "nie istnieje"),
]


_CLICK_PL_PATTERNS = [
    # a value with spaces typed without quotes: --joined 12 III 2018
    (r"Got unexpected extra argument(?:s|\(s\))? \((.*)\)", r"Nieoczekiwane dodatkowe słowa w poleceniu: \1"),
    (r"(?:dir|file|path) ('.*?') is a file\.", r"\1 to plik, a trzeba podać folder."),
    (r"(?:dir|file|path) ('.*?') is a directory\.", r"\1 to folder, a trzeba podać plik."),
    (r"(?:dir|file|path) ('.*?') does not exist\.", r"\1 nie istnieje."),
    (r"\(env var: ", "(zmienna środowiskowa: "),
]
EXTRA_WORDS_HINT = 'wartość ze spacjami weź w cudzysłów, np. --date "12 marca 2018"; '


def _polish(message: str) -> str:
    import re

    for en, pl in _CLICK_PL_PATTERNS:
        message = re.sub(en, pl, message)
    for en, pl in _CLICK_PL:
        message = message.replace(en, pl)
    return message


def report(exc: EmocniError | click_exc.ClickException | typer.Abort | OSError) -> int:
    """Print an error for a person and return the exit code. The only error boundary."""
    if isinstance(exc, InvalidWorkspaceError):
        output.error(exc.message)
        output.problems(exc.problems)
        output.info(exc.hint or "Popraw te miejsca w edytorze tekstu i sprawdź: emocni check")
        return exc.exit_code
    if isinstance(exc, EmocniError):
        output.error(exc.message, exc.hint)
        return exc.exit_code
    if isinstance(exc, click_exc.NoArgsIsHelpError):
        return exc.exit_code  # the help has just been printed; there is nothing else to say
    if isinstance(exc, click_exc.UsageError):
        ctx = exc.ctx
        if ctx is not None:
            output.err.print(ctx.get_usage(), markup=False)
        hint = f"pomoc: {ctx.command_path if ctx else 'emocni'} --help"
        if "unexpected extra argument" in exc.message:
            hint = EXTRA_WORDS_HINT + hint
        if isinstance(exc, click_exc.NoSuchOption) and exc.option_name in ("-C", "--workspace"):
            hint = "opcję -C podaj zaraz po słowie emocni, np.: emocni -C FOLDER partner list"
        output.error(_polish(exc.format_message()), hint)
        return exc.exit_code
    if isinstance(exc, click_exc.ClickException):
        output.error(_polish(exc.format_message()))
        return exc.exit_code
    if isinstance(exc, typer.Abort):
        output.err.print()  # Ctrl+C at a question leaves the cursor after it
        output.error("Przerwano.")
        return EXIT_REFUSED
    from emocni_cli.workspace.file_errors import sentence

    output.error(*sentence(exc))  # an OSError: the last kind EmocniGroup.main passes here
    return EXIT_REFUSED


class EmocniGroup(TyperGroup):
    """Runs every command inside the error boundary, for the real CLI and CliRunner alike."""

    def main(
        self,
        args: Any = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        **extra: Any,
    ) -> Any:
        localize(self)
        try:
            result = super().main(args, prog_name or "emocni", complete_var, standalone_mode=False, **extra)
            code = result if isinstance(result, int) else 0
        except (EmocniError, click_exc.ClickException, typer.Abort, OSError) as exc:
            code = report(exc)
        if standalone_mode:
            sys.exit(code)
        return code


app = typer.Typer(
    cls=EmocniGroup,
    name="emocni",
    help="emocni — narzędzie e-Mocarza: rejestr gminnego partnerstwa na rzecz edukacji "
    "cyfrowej, status wariantu minimum i dokumenty planu szkoleń.",
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
    ctx.obj = State(workspace=workspace)


def _register() -> None:
    from emocni_cli.cli.commands import (
        calendar,
        check,
        consultation,
        init,
        meeting,
        paperwork,
        partner,
        partnership,
        plan,
        render,
        status,
        training,
        webinar,
    )

    init.register(app)
    check.register(app)
    status.register(app)
    app.add_typer(partnership.app, name="partnership")
    app.add_typer(partner.app, name="partner")
    app.add_typer(meeting.app, name="meeting")
    app.add_typer(consultation.app, name="consultation")
    app.add_typer(webinar.app, name="webinar")
    app.add_typer(plan.app, name="plan")
    app.add_typer(training.app, name="training")
    app.add_typer(calendar.app, name="calendar")
    paperwork.register(partner.app, training.app, meeting.app, partnership.app)
    app.add_typer(render.plan_app, name="render-plan")
    app.add_typer(render.template_app, name="template")


_register()


def main() -> None:
    output.tolerate_console_encoding()
    app()


__all__ = ["EXIT_USAGE", "app", "main"]
