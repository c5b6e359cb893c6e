"""Polish wording: number agreement in the check verdict, Polish quotes in click's messages."""

from __future__ import annotations

import pytest
from typer._click import exceptions as click_exc

from emocni_cli.cli.boundary import _polish
from emocni_cli.cli.commands.check import found_errors


@pytest.mark.parametrize(
    ("n", "text"),
    [
        (1, "Znaleziono 1 błąd"),
        (2, "Znaleziono 2 błędy"),
        (4, "Znaleziono 4 błędy"),
        (5, "Znaleziono 5 błędów"),
        (12, "Znaleziono 12 błędów"),
        (22, "Znaleziono 22 błędy"),
        (25, "Znaleziono 25 błędów"),
    ],
)
def test_found_errors_agrees_with_the_number(n: int, text: str) -> None:
    assert found_errors(n) == text


def test_click_quotes_become_polish() -> None:
    message = _polish(click_exc.UsageError("No such command 'stats'.\nDid you mean 'status'?"))
    assert message == "Nie ma takiego polecenia „stats”.\nCzy chodziło o „status”?"


def test_an_apostrophe_inside_a_value_stays() -> None:
    message = _polish(click_exc.UsageError("Missing option '--o'brien'."))
    assert message == "Brak wymaganej opcji „--o'brien”."


def test_pydantic_choices_are_listed_in_polish() -> None:
    from emocni_cli.workspace.error_sentences import describe

    error = {"type": "literal_error", "ctx": {"expected": "'a', 'b' or 'c'"}, "input": "x", "msg": "…"}
    assert describe(error) == "niedozwolona wartość „x”; dozwolone: „a”, „b” albo „c”"
