"""Values no real record has — infinite or endless numbers, dates centuries away, empty names — are
refused with a Polish message (exit 2 when typed, exit 3 from a file), never a traceback, and
nothing is written."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from emocni_cli.errors import EXIT_INVALID, EXIT_USAGE
from tests.builders import GBP, PHONE_CALL
from tests.cli_asserts import refused
from tests.helpers import Cli

Unchanged = Callable[[Path], Callable[[], None]]


FILLED = [GBP, PHONE_CALL, "training add --year 2019 --title Bankowość --hours 12 --id b"]


def replace_in(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


@pytest.mark.parametrize(
    ("duration", "message"),
    [
        ("inf", "nie rozumiem czasu trwania „inf”"),
        ("nan", "nie rozumiem czasu trwania „nan”"),
        ("9" * 400 + "h", "przekracza dobę"),
        ("9" * 5000 + "h", "przekracza dobę"),
        ("9" * 5000 + "m", "przekracza dobę"),
        ("9" * 5000 + ":00", "przekracza dobę"),
    ],
)
def test_an_endless_duration_typed_is_refused(
    filled: Cli, unchanged: Unchanged, duration: str, message: str
) -> None:
    check = unchanged(filled.folder)
    args = ["consultation", "add", "--form", "online", "--date", "2018-06-01", "--duration", duration]
    refused(filled(*args), EXIT_USAGE, "Opcja --duration:", message)
    check()


@pytest.mark.parametrize("hours", ["inf", "-inf", "nan", "Infinity", "1e400"])
def test_endless_hours_typed_are_refused(filled: Cli, unchanged: Unchanged, hours: str) -> None:
    check = unchanged(filled.folder)
    refused(
        filled("training", "add", "--year", "2019", "--title", "X", "--hours", hours),
        EXIT_USAGE,
        f"Opcja --hours: nie rozumiem liczby godzin „{hours}”",
    )
    check()


@pytest.mark.parametrize(
    ("file", "old", "new", "message"),
    [
        ("konsultacje.toml", 'czas = "1h"', "czas = inf", "pole „czas”): czas trwania „inf” przekracza dobę"),
        ("konsultacje.toml", 'czas = "1h"', "czas = nan", "pole „czas”): nie rozumiem czasu trwania „nan”"),
        ("konsultacje.toml", 'czas = "1h"', "czas = -inf", "czas trwania musi być dodatni"),
        ("konsultacje.toml", 'czas = "1h"', "czas = " + "9" * 5000, "liczba ma tysiące cyfr"),
        ("plan-2019.toml", "godziny = 12", "godziny = inf", "pole „godziny”): nie rozumiem liczby godzin"),
        ("emocni.toml", "budzet_zdalny_h = 8", "budzet_zdalny_h = inf", "a nie nieskończoności ani nan"),
        ("emocni.toml", "budzet_zdalny_h = 8", "budzet_zdalny_h = nan", "a nie nieskończoności ani nan"),
        ("emocni.toml", "min_partnerow = 3", "min_partnerow = 1e400", "a nie nieskończoności ani nan"),
    ],
)
def test_an_endless_number_in_a_file_is_located_by_every_command(
    filled: Cli, unchanged: Unchanged, file: str, old: str, new: str, message: str
) -> None:
    path = filled.folder / file
    replace_in(path, old, new)
    line = path.read_text(encoding="utf-8").splitlines().index(new) + 1
    check = unchanged(filled.folder)
    for args in (["check"], ["status"], ["partner", "add", "OSP", "--type", "OSP"]):
        message_shown = refused(filled(*args), EXIT_INVALID, f"{file}:{line}", message)
        assert "Input should" not in message_shown
    check()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["meeting", "add", "--date", "31.12.9999", "--time", "23:00"], "Opcja --date: data 31.12.9999"),
        (["webinar", "add", "W", "--date", "0001-01-01"], "Opcja --date: data 01.01.0001"),
        (["partner", "add", "X", "--type", "inna", "--joined", "0001-01-01"], "Opcja --joined"),
        (["partnership", "edit", "--founded", "12 marca 1899"], "Opcja --founded: data 12.03.1899"),
        (["status", "--today", "01.01.2101"], "Opcja --today: data 01.01.2101"),
        (["training", "add", "--year", "2019", "--title", "X", "--when", "9999-12"], "rok 9999 w „9999-12”"),
    ],
)
def test_a_date_centuries_away_is_refused_when_typed(
    filled: Cli, unchanged: Unchanged, args: list[str], message: str
) -> None:
    check = unchanged(filled.folder)
    refused(filled(*args), EXIT_USAGE, message, "poza zakresem lat 2000–2100 — sprawdź rok")
    check()


@pytest.mark.parametrize(
    ("file", "old", "new", "message"),
    [
        ("konsultacje.toml", "data = 2018-05-14", "data = 9999-12-31", "pole „data”): data 31.12.9999"),
        ("plan-2019.toml", 'tytul = "Bankowość"', 'tytul = "Bankowość"\ntermin = "9999-12"', "rok 9999"),
    ],
)
def test_a_date_centuries_away_in_a_file_is_an_error_and_the_calendar_is_not_made(
    filled: Cli, unchanged: Unchanged, tmp_path: Path, file: str, old: str, new: str, message: str
) -> None:
    path = filled.folder / file
    replace_in(path, old, new)
    line = path.read_text(encoding="utf-8").splitlines().index(new.splitlines()[-1]) + 1
    check = unchanged(filled.folder)
    refused(filled("check"), EXIT_INVALID, f"{file}:{line}", message, "poza zakresem lat 2000–2100")
    ics = tmp_path / "kalendarz.ics"
    refused(filled("calendar", "export", "-o", str(ics)), EXIT_INVALID, message)
    assert not ics.exists()
    check()


@pytest.mark.parametrize(
    ("args", "field"),
    [
        (["partner", "add", "", "--type", "GOK"], "nazwa"),
        (["partner", "add", "   ", "--type", "GOK"], "nazwa"),
        (["partner", "edit", "gbp", "--name", " "], "nazwa"),
        (["webinar", "add", "", "--date", "2018-09-12"], "tytul"),
        # a field set by an option is named by the option
        (["training", "add", "--year", "2019", "--title", ""], "Opcja --title"),
        (["training", "edit", "b", "--title", "  "], "Opcja --title"),
    ],
)
def test_an_empty_name_or_title_is_a_typing_mistake_not_a_file_problem(
    filled: Cli, unchanged: Unchanged, args: list[str], field: str
) -> None:
    check = unchanged(filled.folder)
    message = refused(filled(*args), EXIT_USAGE, f"{field}: pole nie może być puste")
    assert "w edytorze tekstu" not in message
    check()


def test_an_empty_name_in_a_file_is_located(filled: Cli, unchanged: Unchanged) -> None:
    path = filled.folder / "partnerzy.toml"
    replace_in(path, 'nazwa = "Gminna Biblioteka Publiczna"', 'nazwa = ""')
    line = path.read_text(encoding="utf-8").splitlines().index('nazwa = ""') + 1
    check = unchanged(filled.folder)
    refused(filled("check"), EXIT_INVALID, f"partnerzy.toml:{line}", "pole „nazwa”): pole nie może być puste")
    check()


def test_a_plan_cannot_start_so_late_that_its_years_are_out_of_range(tmp_path: Path) -> None:
    args = ["init", str(tmp_path / "g"), "--gmina", "G", "--emocarz", "E", "--animator", "A", "--no-input"]
    refused(Cli(tmp_path).raw(*args, "--start-year", "2099"), EXIT_USAGE, "--start-year", "najwyżej 2098")
    assert not (tmp_path / "g").exists()
