"""Polish command names: every group and subcommand answers to its Polish name (with or without
Polish letters), does exactly what its English twin does, and --help lists it."""

from __future__ import annotations

import shlex
from pathlib import Path

import pytest
import typer

from emocni_cli.cli.app import GROUPS, app
from emocni_cli.cli.polish_names import GROUP_NAMES
from emocni_cli.model.vocabularies import fold
from tests.cli_asserts import flat, ok, refused
from tests.helpers import Cli, snapshot

ROOT = typer.main.get_command(app)
_ASCII = str.maketrans("ąćęłńóśźżĄĆĘŁŃÓŚŹŻ", "acelnoszzACELNOSZZ")


def groups() -> dict[str, typer.core.TyperGroup | typer.core.TyperCommand]:
    return {name: ROOT.get_command(None, name) for name in GROUPS}  # type: ignore[attr-defined]


def twins() -> list[tuple[list[str], list[str]]]:
    """(English path, Polish path) of every command, each Polish name also without Polish letters."""
    pairs = []
    for name, command in groups().items():
        polish = ROOT.polish_names[name]  # type: ignore[attr-defined]
        pairs += [([name], [typed]) for p in polish for typed in {p, p.translate(_ASCII)} if typed != name]
        for sub, names in getattr(command, "polish_names", {}).items():
            pairs += [([name, sub], [polish[0], typed]) for p in names for typed in {p, p.translate(_ASCII)}]
    return pairs


def test_every_command_has_a_polish_name() -> None:
    """Fails for a group or subcommand added without a line in cli/polish_names.py."""
    assert set(GROUPS) <= set(GROUP_NAMES)
    for name, command in groups().items():
        assert ROOT.polish_names[name], name  # type: ignore[attr-defined]
        if isinstance(command, typer.core.TyperGroup):
            for sub in command.commands:
                assert command.polish_names.get(sub), f"{name} {sub}"  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "group",
    [ROOT, *(c for c in groups().values() if isinstance(c, typer.core.TyperGroup))],
    ids=lambda g: g.name,
)
def test_no_name_answers_for_two_commands(group: typer.core.TyperGroup) -> None:
    owner: dict[str, str] = {}
    for name in group.list_commands(None):  # type: ignore[arg-type]
        for word in {name, *group.polish_names[name]}:  # type: ignore[attr-defined]
            assert owner.setdefault(fold(word), name) == name, (word, name, owner[fold(word)])


def _body(help_text: str) -> str:
    """A help screen without its usage line (which repeats the words typed)."""
    return flat("\n".join(line for line in help_text.splitlines() if "Użycie:" not in line))


@pytest.mark.parametrize(("english", "polish"), twins(), ids=lambda p: " ".join(p))
def test_a_polish_name_shows_the_help_of_its_english_twin(
    cli: Cli, english: list[str], polish: list[str]
) -> None:
    theirs, ours = cli.raw(*english, "--help"), cli.raw(*polish, "--help")
    assert ours.exit_code == 0, ours.output
    assert f"Użycie: emocni {' '.join(polish)}" in ours.stdout
    assert _body(ours.stdout) == _body(theirs.stdout)


def test_help_lists_the_polish_names_beside_the_english_ones(cli: Cli) -> None:
    root = flat(cli.raw("--help").stdout)
    for shown in ("meeting (spotkanie)", "check (sprawdź)", "render-plan (dokument-planu)"):
        assert shown in root, shown
    assert "│ plan " in cli.raw("--help").stdout  # a Polish word already: listed once
    assert "można ją pisać bez polskich liter" in root
    meeting = flat(cli.raw("spotkanie", "--help").stdout)
    for shown in ("held (odbyte)", "remove (usuń)", "edit (zmień)", "sheet (lista-obecności)"):
        assert shown in meeting, shown
    assert "general (ogólny)" in flat(cli.raw("render-plan", "--help").stdout)
    assert "sent (przekazano)" in flat(cli.raw("plan", "mark", "--help").stdout)


def _init(folder: Path) -> Cli:
    args = ["--gmina", "Wierzbno Dolne", "--emocarz", "Marta Sobczak", "--animator", "Paweł Zieliński"]
    ok(Cli(folder).raw("init", str(folder), *args, "--start-year", "2018", "--no-input"))
    return Cli(folder)


# (English command, Polish command, the same arguments), run in turn in two new workspaces
SESSION = [
    ("partner add", "partner dodaj", "'Gminna Biblioteka Publiczna' --type GBP"),
    ("partner add", "Partnerzy Dodaj", "'OSP Kamionka' --type OSP --id osp"),
    ("partner edit", "partnerzy zmień", "osp --phone '600 100 200'"),
    ("meeting add", "spotkanie dodaj", "--date 2018-01-10"),
    ("meeting held", "spotkanie odbyte", "2018-01-10 -a osp --people 12"),
    ("meeting add", "spotkania dodaj", "--date 2018-02-01"),
    ("meeting remove", "spotkanie usun", "2018-02-01"),
    ("consultation add", "konsultacja dodaj", "--form telefon --date 14.05.2018 --duration 1h"),
    ("webinar add", "webinarium dodaj", "'Zarządzanie partnerstwem' --date 2018-03-01"),
    ("training add", "szkolenie dodaj", "--year 2019 --title 'Bankowość internetowa' --when 'marzec 2019'"),
    ("training done", "szkolenie zrealizowane", "2019-01 --participants 11 --date 2019-03-20"),
    ("plan init", "plan utwórz", ""),
    ("plan set", "plan ustaw", "diagnoza --text 'Ankieta wśród mieszkańców.'"),
    ("plan mark sent", "plan oznacz przekazano", "--date 2018-03-01"),
    ("plan mark accepted", "plan oznacz zaakceptowano", "--date 2018-03-10"),
    ("plan adopt", "plan przyjmij", "2019 --date 2018-12-01"),
    ("partnership edit", "partnerstwo zmien", "--leader osp"),
]


def test_polish_commands_write_exactly_what_the_english_ones_write(tmp_path: Path) -> None:
    english, polish = _init(tmp_path / "en"), _init(tmp_path / "pl")
    for theirs, ours, args in SESSION:
        expected, result = english(*shlex.split(f"{theirs} {args}")), polish(*shlex.split(f"{ours} {args}"))
        assert expected.exit_code == 0, (theirs, expected.output)
        assert result.exit_code == 0, (ours, result.output)
        assert snapshot(polish.folder, history=False) == snapshot(english.folder, history=False), ours
    for theirs, ours in [("check", "sprawdz"), ("status --today 2018-06-01", "stan --today 2018-06-01")]:
        assert flat(polish(*ours.split()).stdout) == flat(english(*theirs.split()).stdout), ours
    listed = ok(polish("spotkanie", "lista")).stdout
    assert "2018-01-10" in listed and "odbyte" in listed and "2018-02-01" not in listed


def test_documents_by_their_polish_names(plan_ws: Path, tmp_path: Path) -> None:
    cli = Cli(plan_ws)
    ok(cli("render-plan", "general", "-o", str(tmp_path / "en.docx")))
    for line in ("dokument-planu ogólny", "render-plan ogolny", "dokumenty-planu szczegolowy --year 2019"):
        result = ok(cli(*line.split(), "-o", str(tmp_path / f"{fold(line)}.docx")))
        assert "Zapisano:" in result.stderr
    assert (tmp_path / "dokument_planu_ogolny.docx").stat().st_size > 0
    ok(cli("szablon", "eksportuj", "protokół", str(tmp_path / "protokol.docx")))
    ok(cli("template", "export", "minutes", str(tmp_path / "minutes.docx")))
    assert (tmp_path / "protokol.docx").read_bytes() == (tmp_path / "minutes.docx").read_bytes()
    message = refused(cli("szablon", "eksportuj", "umowa", str(tmp_path)), 2, "Nieznany rodzaj szablonu")
    assert "minutes (protokół)" in message


@pytest.mark.parametrize(
    ("args", "suggested"),
    [
        (["spotkane", "lista"], "Czy chodziło o „spotkanie”"),
        (["spotkanie", "odbyt", "x"], "Czy chodziło o „odbyte”?"),
        (["partner", "dodja", "x"], "Czy chodziło o „dodaj”?"),
        (["szkolenia", "zrealizowano", "x"], "Czy chodziło o „zrealizowane”?"),
    ],
)
def test_a_typo_in_a_polish_name_gets_the_closest_one(cli: Cli, args: list[str], suggested: str) -> None:
    refused(cli(*args), 2, "Nie ma takiego polecenia", suggested)


def test_an_unknown_step_lists_the_polish_words_too(cli: Cli) -> None:
    ok(cli("plan", "utworz"))
    refused(cli("plan", "oznacz", "wysłałam"), 2, "Nieznany krok „wysłałam”", "sent (przekazano), accepted")
