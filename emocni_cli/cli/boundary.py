"""The error boundary: the one place where an error becomes a Polish message and an exit code.

Commands and the core only raise (emocni_cli/errors.py documents the hierarchy and the codes);
`guarded()` runs the whole command line and hands whatever escapes to `report()`. Click's own
English is translated here; pydantic's English (a number option given a bad value) is
translated by `describe()` in workspace/error_sentences.py, the same sentences `check` uses."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import typer
from typer._click import exceptions as click_exc  # typer >= 0.29 vendors its own copy of click

from emocni_cli.cli import output
from emocni_cli.cli.options import State
from emocni_cli.errors import (
    EXIT_BUG,
    EXIT_INTERRUPTED,
    EXIT_INVALID,
    EXIT_REFUSED,
    FIX_AND_CHECK,
    EmocniError,
    InvalidWorkspaceError,
)
from emocni_cli.polish import ECHO_LIMIT, quoted

_CLICK_PL = [
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
# click quotes names and values as 'X'; Polish text uses „X” (an apostrophe inside a word stays)
_CLICK_QUOTED = re.compile(r"(?<!\w)'(.*?)'(?!\w)")
_LONG_WORD = re.compile(rf"(?<!\S)(?!„)\S{{{ECHO_LIMIT + 1},}}")
EXTRA_WORDS_HINT = 'wartość ze spacjami weź w cudzysłów, np. --date "12 marca 2018"; '
# what guarded() reports as the person's situation; anything else is a bug (crashed())
ERRORS = (EmocniError, click_exc.ClickException, typer.Abort, OSError)


def _polish(exc: click_exc.ClickException) -> str:
    """Click's message in Polish; a value that pydantic refused is described in its words."""
    if isinstance(exc, click_exc.BadParameter) and exc.__cause__ is not None:
        from pydantic import ValidationError  # typer validates typed values with pydantic

        from emocni_cli.workspace.error_sentences import describe

        if isinstance(exc.__cause__, ValidationError):
            exc.message = "; ".join(describe(error) for error in exc.__cause__.errors())
    message = exc.format_message()
    for en, pl in _CLICK_PL_PATTERNS:
        message = re.sub(en, pl, message)
    for en, pl in _CLICK_PL:
        message = message.replace(en, pl)
    message = _CLICK_QUOTED.sub(lambda m: quoted(m[1]), message)
    return _LONG_WORD.sub(lambda m: quoted(m[0]), message)  # an unknown option is not quoted


def report(exc: EmocniError | click_exc.ClickException | typer.Abort | OSError) -> int:
    """Print an error for a person and return the exit code."""
    if isinstance(exc, InvalidWorkspaceError):
        output.error(exc.message)
        output.problems(exc.problems)
        output.what_to_do(exc.hint or FIX_AND_CHECK)
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
        output.error(_polish(exc), hint)
        return exc.exit_code
    if isinstance(exc, click_exc.ClickException):
        output.error(_polish(exc))
        return exc.exit_code
    if isinstance(exc, typer.Abort):  # click's word for Ctrl+C (or end of input) at a question
        return interrupted()
    from emocni_cli.workspace.file_errors import sentence

    output.error(*sentence(exc))  # an OSError: the last kind guarded() passes here
    return EXIT_REFUSED


def guarded(run: Callable[[], Any], state: State | None = None) -> int:
    """Run the command line inside the boundary: its exit code, or the reported error's. Nothing
    escapes as a traceback: Ctrl+C is one line, a bug is one line and a log file. A command that
    has shown a workspace read despite errors (state.read_invalid, set by cli/reading.py) ends
    with EXIT_INVALID after its output, whatever its own result."""
    try:
        result = run()
    except ERRORS as exc:
        return report(exc)
    except KeyboardInterrupt:
        return interrupted()
    except Exception as exc:  # a bug in emocni: the person gets a sentence, the details go to a file
        return crashed(exc)
    if result == EXIT_INTERRUPTED:  # typer turns Ctrl+C inside a command into a silent Exit(130)
        return interrupted()
    if state is not None and state.read_invalid:
        return EXIT_INVALID
    return result if isinstance(result, int) else 0


def interrupted() -> int:
    output.err.print()  # Ctrl+C at a question leaves the cursor after it
    output.error("Przerwano (Ctrl+C).")
    return EXIT_INTERRUPTED


def crashed(exc: Exception) -> int:
    from emocni_cli.cli.crash_log import write_report

    log = write_report(exc)
    where = f"szczegóły są w pliku {log}" if log else "szczegółów nie udało się zapisać do pliku"
    output.error(
        f"Wewnętrzny błąd emocni ({type(exc).__name__}) — to błąd programu, nie Twój.",
        f"{where}; wyślij go autorom emocni razem z poleceniem, które uruchomiłeś. Twoje pliki są "
        "bezpieczne: emocni zapisuje zmianę w całości albo wcale (emocni check pokaże ich stan)",
    )
    return EXIT_BUG
