"""The workspace of a read-only command (status, list, show, agenda): read despite errors.

One slip in a hand edit must not hide everything else: the records that validate are shown, the
problems are printed first (as `emocni check` prints them) with one line naming what was left
out, and the command ends with EXIT_INVALID once its output is printed (the boundary reads
State.read_invalid). Writes keep refusing while anything is invalid (workspace/edits.py)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

import typer

from emocni_cli.cli import output
from emocni_cli.cli.options import State, root
from emocni_cli.errors import EXIT_INVALID, FIX_AND_CHECK, ProblemsFoundError
from emocni_cli.polish import found_errors

if TYPE_CHECKING:
    from emocni_cli.workspace.load import LeftOut, Workspace

CHECK = "emocni check"
PROBLEMS_SHOWN = 20  # before the output of a read-only command; `check` lists them all


def workspace_for_reading(ctx: typer.Context, personal: bool = False) -> Workspace:
    """Every record that validates by itself (the participants' too when personal). When
    something is wrong, its problems and what was left out are printed first and the command will
    end with exit code 3; when emocni.toml itself cannot be read there is nothing to show, and
    that is an InvalidWorkspaceError as for writes."""
    from emocni_cli.workspace.load import inspect

    result = inspect(root(ctx), personal=personal)
    ws = result.readable
    if ws is None:
        raise result.refusal()
    if ws.problems:
        output.problems(ws.problems, most=PROBLEMS_SHOWN, more=f"{output.MORE} (wszystkie: {CHECK})")
        output.info(left_out_line(len(ws.problems), ws.left_out))
        ctx.ensure_object(State).read_invalid = True
    return ws


def left_out_line(problems: int, left_out: Iterable[LeftOut]) -> str:
    """The line under the problems: how many, what is not shown, and where to see and fix them."""
    found = found_errors(problems)
    names = ", ".join(item.describe() for item in left_out)
    if not names:
        return f"{found}, ale każdy rekord dało się odczytać — pokazuję wszystko; popraw je: {CHECK}"
    return f"{found}; pominięto: {names}; pokazuję resztę — zobacz i popraw: {CHECK}"


def refuse_if_left_out(ws: Workspace, record_id: str, files: Iterable[str]) -> None:
    """For `show ID` of a record that is not among those read: when it was left out (it is itself
    broken, or its file cannot be read), say so — its problems are printed above — exit code 3."""
    files = set(files)
    for item in ws.left_out:
        if item.file not in files:
            continue
        if item.record == record_id:
            message = (
                f"Rekord „{record_id}” z pliku {item.file} zawiera błędy (wypisane wyżej), więc nie da "
                "się go pokazać."
            )
        elif item.record is None and item.position is None:
            message = (
                f"Nie da się odczytać pliku {item.file} (błąd wypisany wyżej), więc nie wiadomo, czy "
                f"jest w nim rekord „{record_id}”."
            )
        else:
            continue
        raise ProblemsFoundError(message, FIX_AND_CHECK, EXIT_INVALID)
