"""Help and usage messages in Polish, for every command there is."""

from __future__ import annotations

import inspect
import re
from pathlib import Path

import pytest
import typer

from emocni_cli.cli.app import GROUPS, app
from tests.cli_asserts import flat, refused
from tests.helpers import Cli


def command_paths() -> list[list[str]]:
    """Every command of the real tree, the lazily loaded groups included."""

    def walk(command: typer.core.TyperGroup | object, path: list[str]) -> list[list[str]]:
        found = [path]
        if isinstance(command, typer.core.TyperGroup):
            for name in command.list_commands(None):  # type: ignore[arg-type]
                found += walk(command.get_command(None, name), [*path, name])  # type: ignore[arg-type]
        return found

    return walk(typer.main.get_command(app), [])


def test_the_tree_has_every_command() -> None:
    paths = {" ".join(p) for p in command_paths()}
    assert len(paths) > 60
    for name in ("partner import", "training export", "meeting sheet", "partnership agreement", "check"):
        assert name in paths, name


def test_listed_one_line_helps_are_the_real_ones() -> None:
    """`emocni --help` shows GROUPS' one-line helps without importing the groups: they must be
    what each group (or single command) says of itself."""
    root = typer.main.get_command(app)
    assert list(GROUPS) == root.list_commands(None)  # type: ignore[arg-type]
    for name, listed in GROUPS.items():
        real = root.get_command(None, name)  # type: ignore[arg-type]
        first_paragraph = inspect.cleandoc(real.short_help or real.help or "").split("\n\n")[0]
        assert listed == first_paragraph, name


ENGLISH = ["Show this message", "Usage:", "[OPTIONS]", "COMMAND [ARGS]", "<bool>", "<str>", "<int>", "<path>"]


@pytest.mark.parametrize("path", command_paths(), ids=lambda p: " ".join(p) or "emocni")
def test_help_is_polish(cli: Cli, path: list[str]) -> None:
    result = cli.raw(*path, "--help")
    assert result.exit_code == 0, result.output
    text = result.stdout
    assert "Użycie: emocni" in text
    assert "Pokaż tę pomoc i zakończ." in flat(re.sub("[│╭╮╰╯─]", " ", text))  # may wrap in its box
    for word in ENGLISH:
        assert word not in text, (word, text)
    usage = flat(text.split("Użycie:", 1)[1].split("\n\n", 1)[0])
    assert not re.search(r"[{}]", usage), usage  # no {NAZWA}-style placeholders


def test_partner_add_help_names_values_in_polish(cli: Cli) -> None:
    text = flat(cli.raw("partner", "add", "--help").stdout)
    assert "Użycie: emocni partner add [OPCJE] NAZWA" in text
    for shown in ("--type -t RODZAJ", "--joined DATA", "--resource -r TEKST", "--email E-MAIL"):
        assert shown in text, shown
    text = flat(cli.raw("consultation", "add", "--help").stdout)
    assert "--duration CZAS" in text and "--visit NR" in text and "--date -d DATA" in text


def test_missing_argument_shows_polish_usage(cli: Cli) -> None:
    result = cli.raw("partner", "add")
    message = refused(result, 2, "Brak wymaganego argumentu „NAZWA”", "pomoc: emocni partner add --help")
    assert "Użycie: emocni partner add [OPCJE] NAZWA" in message


def test_no_command_shows_the_help_without_an_empty_error(cli: Cli) -> None:
    result = cli.raw()
    assert result.exit_code == 2
    assert "Użycie: emocni [OPCJE] POLECENIE [ARGUMENTY]..." in result.stdout
    assert "Błąd" not in result.output
    group = cli.raw("partner")
    assert group.exit_code == 2 and "Błąd" not in group.output and "Polecenia" in group.stdout


@pytest.mark.parametrize(
    ("args", "phrases"),
    [
        (["meeting", "add", "--date", "2018-01-01", "--people", "dużo"], ["oczekiwano liczby całkowitej"]),
        (["meeting", "add", "--date", "2018-01-01", "--people", "-3"], ["musi być co najmniej 0, jest „-3”"]),
        (["consultation", "add", "--form", "wizyta", "--date", "2018-01-01", "--visit", "10"], ["najwyżej"]),
        (["partner", "list", "--jsn"], ["Nieznana opcja: --jsn", "możliwe opcje: --json"]),
        (["partner", "lst"], ["Nie ma takiego polecenia „lst”", "Czy chodziło o „list”?"]),
        (["partner", "list", "-C", "."], ["Nieznana opcja: -C", "opcję -C podaj zaraz po słowie emocni"]),
        (
            ["partner", "add", "Urząd Gminy", "--type", "UG", "--joined", "12", "III", "2018"],
            ["Nieoczekiwane dodatkowe słowa w poleceniu: III 2018", "wartość ze spacjami weź w cudzysłów"],
        ),
    ],
)
def test_usage_errors_are_polish(cli: Cli, args: list[str], phrases: list[str]) -> None:
    message = refused(cli(*args), 2, *phrases)
    assert "Input should" not in message and "Possible options" not in message
    assert "'" not in message  # click's 'X' quoting becomes Polish „X”


def test_a_file_given_for_a_folder_is_explained_in_polish(cli: Cli, tmp_path: Path) -> None:
    notes = tmp_path / "notatki.txt"
    notes.write_text("", encoding="utf-8")
    for args in (["-C", str(notes), "check"], ["init", str(notes), "--no-input"]):
        message = refused(cli.raw(*args), 2, f"„{notes}” to plik, a trzeba podać folder")
        assert "is a file" not in message and "env var" not in message


def test_version(cli: Cli) -> None:
    from emocni_cli import __version__

    result = cli.raw("--version")
    assert result.exit_code == 0 and result.stdout == f"emocni {__version__}\n"
