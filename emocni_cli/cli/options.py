"""Helpers shared by the command modules: the workspace of this invocation, option parsing."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import typer

from emocni_cli.errors import InputError

T = TypeVar("T")


@dataclass
class State:
    workspace: Path | None = None


def root(ctx: typer.Context) -> Path:
    """The workspace folder for this command (from -C, EMOCNI_WORKSPACE or searching upwards)."""
    from emocni_cli.workspace.layout import find_root

    state = ctx.find_object(State)
    return find_root(state.workspace if state else None)


def parse_opt(parse: Callable[[Any], T], value: Any, option: str) -> T:
    """Run a core parser on an option value; a failure names the option in Polish (or, when it is
    not an option such as --date, names `option` as given, e.g. an environment variable)."""
    try:
        return parse(value)
    except ValueError as exc:
        where = f"Opcja {option}" if option.startswith("-") else option
        raise InputError(f"{where}: {exc}.") from None


def opt_date(value: str | None, option: str = "--date") -> dt.date | None:
    from emocni_cli.model.values import parse_date

    return None if value is None else parse_opt(parse_date, value, option)


def changes(**values: Any) -> dict[str, Any]:
    """Only the options that were given; an empty string means 'clear this field'."""
    return {k: (None if v == "" else v) for k, v in values.items() if v is not None}
