"""Values stay what they were: a date in a file is a date (dziś/wczoraj/jutro only when typed),
counts and hours have sensible bounds, a name of invisible characters is no name, a message
repeats at most 80 characters of what was given; each refusal in Polish, nothing written."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path

import pytest

from emocni_cli.errors import EXIT_INVALID, EXIT_USAGE
from tests.builders import GBP, PHONE_CALL
from tests.cli_asserts import flat, ok, refused
from tests.helpers import Cli

Unchanged = Callable[[Path], Callable[[], None]]

FILLED = [GBP, PHONE_CALL, "training add --year 2019 --title Bankowość --hours 12 --id b"]
THIRTY_DIGITS = "1" * 30


def replace_in(path: Path, old: str, new: str) -> int:
    """Replace one line's text by hand; returns the line number of the new text's last line."""
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path.read_text(encoding="utf-8").split("\n").index(new.split("\n")[-1]) + 1


@pytest.mark.parametrize("word", ["wczoraj", "dziś", "jutro", "dzisiaj"])
def test_a_relative_day_in_a_file_is_refused_with_its_line(
    filled: Cli, unchanged: Unchanged, word: str
) -> None:
    line = replace_in(filled.folder / "konsultacje.toml", "data = 2018-05-14", f'data = "{word}"')
    check = unchanged(filled.folder)
    for args in (["check"], ["consultation", "list"]):
        refused(
            filled(*args), EXIT_INVALID, f"konsultacje.toml:{line}", f"„{word}” co dzień znaczyłoby inną datę"
        )
    check()


def test_a_relative_day_typed_is_stored_as_the_date_it_names(filled: Cli) -> None:
    ok(filled("webinar", "add", "Cyberbezpieczeństwo", "--date", "wczoraj", "--id", "w1"))
    yesterday = dt.date.today() - dt.timedelta(days=1)
    assert f"data = {yesterday.isoformat()}" in (filled.folder / "webinaria.toml").read_text(encoding="utf-8")
    ok(filled("config", "set", "partnerstwo.data_zawiazania", "dziś"))
    assert f"data_zawiazania = {dt.date.today().isoformat()}" in (filled.folder / "emocni.toml").read_text(
        encoding="utf-8"
    )
    ok(filled("check"))


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["training", "edit", "b", "--participants", THIRTY_DIGITS],
            "Opcja --participants: wartość może wynosić najwyżej 100 000",
        ),
        (["training", "edit", "b", "--hours", "1001"], "Opcja --hours: wartość może wynosić najwyżej 1000"),
        (
            ["training", "edit", "b", "--hours", THIRTY_DIGITS],
            "Opcja --hours: wartość może wynosić najwyżej 1000",
        ),
        (["config", "set", "gmina.liczba_mieszkancow", "0"], "wartość musi być co najmniej 1"),
        (["config", "set", "gmina.liczba_mieszkancow", THIRTY_DIGITS], "najwyżej 10 000 000"),
        (["config", "set", "wymagania.min_spotkan", "5000"], "najwyżej 1000"),
        (["config", "set", "wymagania.budzet_zdalny_h", "1001"], "najwyżej 1000"),
    ],
)
def test_a_number_out_of_bounds_typed_is_refused(
    filled: Cli, unchanged: Unchanged, args: list[str], message: str
) -> None:
    check = unchanged(filled.folder)
    refused(filled(*args), EXIT_USAGE, message)
    check()


@pytest.mark.parametrize(
    ("file", "old", "new", "message"),
    [
        ("plan-2019.toml", "godziny = 12", f"godziny = {THIRTY_DIGITS}", "najwyżej 1000"),
        ("plan-2019.toml", "godziny = 12", "godziny = 12\nuczestnicy_plan = 100001", "najwyżej 100 000"),
        ("emocni.toml", "min_partnerow = 3", f"min_partnerow = {THIRTY_DIGITS}", "najwyżej 1000"),
    ],
)
def test_a_number_out_of_bounds_in_a_file_is_refused_with_its_line(
    filled: Cli, unchanged: Unchanged, file: str, old: str, new: str, message: str
) -> None:
    line = replace_in(filled.folder / file, old, new)
    check = unchanged(filled.folder)
    refused(filled("check"), EXIT_INVALID, f"{file}:{line}", message)
    check()


@pytest.mark.parametrize("name", ["\u200b\u200b", " \u00a0\u2060 ", "\ufeff", "\u200e\u3000"])
def test_a_name_of_invisible_characters_only_is_refused(filled: Cli, unchanged: Unchanged, name: str) -> None:
    check = unchanged(filled.folder)
    refused(
        filled("partner", "add", name, "--type", "OSP", "--id", "osp"),
        EXIT_USAGE,
        "nazwa: pole nie może być puste",
    )
    check()
    line = replace_in(
        filled.folder / "partnerzy.toml", 'nazwa = "Gminna Biblioteka Publiczna"', f'nazwa = "{name}"'
    )
    refused(filled("check"), EXIT_INVALID, f"partnerzy.toml:{line}", "pole nie może być puste")


def test_invisible_characters_inside_a_name_are_dropped(filled: Cli) -> None:
    ok(filled("partner", "add", "Ochotnicza\u200b Straż\u2060 Pożarna", "--type", "OSP", "--id", "osp"))
    assert 'nazwa = "Ochotnicza Straż Pożarna"' in (filled.folder / "partnerzy.toml").read_text(
        encoding="utf-8"
    )


@pytest.mark.parametrize(
    "args",
    [
        ["partner", "add", "OSP", "--type", "x" * 10_000],
        ["partner", "edit", "gbp", "--email", "x" * 10_000],
        ["partner", "show", "x" * 10_000],
        ["meeting", "add", "--date", "x" * 10_000],
        ["x" * 10_000],
        ["partner", "list", "--" + "x" * 9_998],
    ],
)
def test_a_long_value_is_cut_in_the_message(filled: Cli, unchanged: Unchanged, args: list[str]) -> None:
    check = unchanged(filled.folder)
    message = refused(filled(*args), 1 if "show" in args else EXIT_USAGE)
    assert "…” (10 000 znaków)" in message
    assert 75 <= message.count("x") < 90  # about 80 repeated; the console may wrap them
    check()


def test_a_long_value_in_a_file_is_cut_in_the_message(filled: Cli) -> None:
    replace_in(filled.folder / "konsultacje.toml", "data = 2018-05-14", f'data = "{"9" * 5000}"')
    message = refused(filled("check"), EXIT_INVALID, "(5000 znaków)")
    assert len(message) < 2000


@pytest.mark.parametrize("value", ["[1, 2]", "{ a = 1 }", "true", "12"])
def test_a_term_that_is_no_text_is_an_error_not_a_crash(
    filled: Cli, unchanged: Unchanged, value: str
) -> None:
    line = replace_in(filled.folder / "plan-2019.toml", "godziny = 12", f"godziny = 12\ntermin = {value}")
    check = unchanged(filled.folder)
    message = refused(filled("check"), EXIT_INVALID, f"plan-2019.toml:{line}", "pole „termin”")
    assert "Input should" not in flat(message)
    check()


def test_an_optional_text_or_list_item_of_invisible_characters_is_left_out(filled: Cli) -> None:
    invisible = ["--contact", "\u200b", "--resource", "\u2060"]
    ok(filled("partner", "edit", "gbp", *invisible, "--resource", "rzutnik"))
    shown = json.loads(ok(filled("partner", "show", "gbp", "--json")).stdout)
    assert shown.get("osoba_kontaktowa") is None
    assert shown["zasoby"] == ["rzutnik"]
