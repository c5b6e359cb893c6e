"""Long lists stay quick and readable: a table of hundreds of rows is laid out as plain text in
the same look (rich's table costs ~0.5 ms a row), and lists of problems a command prints before
its output stop after the first ones, saying how many more there are."""

from __future__ import annotations

from pathlib import Path

from emocni_cli.cli.output import MANY_ROWS
from tests.cli_asserts import flat, ok
from tests.helpers import Cli

FILLED: list[str] = []
COUNT = MANY_ROWS + 50


def partners(ws: Path, count: int, kind: str = "biblioteka") -> None:
    with (ws / "partnerzy.toml").open("a", encoding="utf-8") as file:
        for i in range(count):
            name = f"Gminna Biblioteka Publiczna w Wierzbnie, filia nr {i}"
            file.write(f'\n[[partner]]\nid = "p{i}"\nnazwa = "{name}"\nrodzaj = "{kind}"\n')


def test_a_long_partner_list_shows_every_partner_in_the_table_look(ws: Path) -> None:
    partners(ws, COUNT)
    result = ok(Cli(ws)("partner", "list", env={"COLUMNS": "80", "NO_COLOR": "1"}))
    lines = result.stdout.splitlines()
    assert lines[0].startswith("┏━") and lines[1].startswith("┃ id") and lines[-1].startswith("└─")
    assert all(len(line) == len(lines[0]) <= 80 for line in lines)
    ids = [line.split("│")[1].strip() for line in lines[3:-1]]
    assert [i for i in ids if i] == [f"p{i}" for i in range(COUNT)]
    assert "filia nr 7" in flat(" ".join(line.split("│")[2] for line in lines[3:-1]))
    assert f"Razem: {COUNT}" in result.stderr


def test_problems_before_a_list_stop_after_twenty_and_say_how_many_more(ws: Path) -> None:
    partners(ws, 30, kind="planeta")  # a kind that is none: 30 problems, 30 partners left out
    result = Cli(ws)("partner", "list", env={"COLUMNS": "200"})
    assert result.exit_code == 3
    stderr = flat(result.stderr)
    assert stderr.count("planeta") == 19
    assert "… i jeszcze 11 (wszystkie: emocni check)" in stderr
    assert flat(Cli(ws)("check", env={"COLUMNS": "200"}).stderr).count("planeta") == 30  # check: all


def test_what_a_draft_lacks_stops_after_twenty_lines_and_says_how_many_more(ws: Path) -> None:
    trainings = "".join(
        f'\n[[szkolenie]]\nid = "2019-{i:02d}"\ntytul = "Szkolenie {i}"\n' for i in range(1, 31)
    )
    (ws / "plan-2019.toml").write_text(trainings, encoding="utf-8")
    result = ok(Cli(ws)("render-plan", "detailed", "--year", "2019", env={"COLUMNS": "200"}))
    stderr = flat(result.stderr)
    assert stderr.count("brak terminu") == 19 and stderr.count("emocni training edit") == 19
    assert stderr.count("… i jeszcze 11") == 2  # what is missing, and what to do about it
