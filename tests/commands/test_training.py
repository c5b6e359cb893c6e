"""emocni training …: trainings of the annual plans — ids, the commented new file, the plan period,
catalogue areas, totals, done/edit/remove, and the shipped 2019 plan of the example gmina."""

from __future__ import annotations

import json
import tomllib
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.helpers import EXAMPLE, Cli

EXAMPLE_PARTNERS = {
    "gminna-biblioteka-publiczna": "biblioteka",
    "urzad-gminy": "urzad_gminy",
    "osp-kamionka": "osp",
    "szkola-podstawowa-w-olszynach": "szkola",
    "kgw-wierzbianki": "kgw",
    "klub-seniora-zlota-jesien": "klub_seniora",
    "stowarzyszenie-kamionka": "stowarzyszenie",
}


def ok(cli: Cli, *args: str) -> str:
    result = cli(*args)
    assert result.exit_code == 0, result.output
    return result.stdout


def trainings(folder: Path, year: int) -> list[dict]:
    return tomllib.loads((folder / f"plan-{year}.toml").read_text(encoding="utf-8"))["szkolenie"]


@pytest.fixture
def with_partners(cli: Cli) -> Cli:
    for pid, kind in EXAMPLE_PARTNERS.items():
        ok(cli, "partner", "add", pid.replace("-", " ").title(), "--id", pid, "--type", kind)
    return cli


def test_add_numbers_trainings_within_the_year_in_a_commented_file(with_partners: Cli, ws: Path) -> None:
    cli = with_partners
    added = ok(
        cli, "training", "add", "--year", "2019", "--title", "Bankowość internetowa i bezpieczne płatności",
        "--area", "Finanse", "--group", "dorośli 50+", "--form", "stacjonarna", "--hours", "12",
        "--when", "marzec 2019", "--place", "Gminna Biblioteka Publiczna", "--partner", "kgw-wierzbianki",
        "--trainer", "Krzysztof Wróbel", "--participants", "12", "--recruitment", "KGW",
        "--accessibility", "tłumacz PJM",
    )  # fmt: skip
    assert added.strip() == "2019-01"
    assert ok(cli, "training", "add", "-y", "2019", "-t", "E-urząd").strip() == "2019-02"
    assert ok(cli, "training", "add", "-y", "2020", "-t", "E-zdrowie").strip() == "2020-01"
    text = (ws / "plan-2019.toml").read_text(encoding="utf-8")
    assert text.startswith("# Roczny plan szkoleń na rok 2019")
    assert "uczestnicy_faktycznie  ilu uczestników" in text and "zaangażowanie obywatelskie" in text
    first = trainings(ws, 2019)[0]
    assert first == {
        "id": "2019-01",
        "tytul": "Bankowość internetowa i bezpieczne płatności",
        "obszar": "finanse",
        "grupa_docelowa": "dorośli 50+",
        "forma": "stacjonarne",
        "godziny": 12,
        "termin": "marzec 2019",
        "miejsce": "Gminna Biblioteka Publiczna",
        "partner": "kgw-wierzbianki",
        "trener": "Krzysztof Wróbel",
        "uczestnicy_plan": 12,
        "rekrutacja": "KGW",
        "dostepnosc": "tłumacz PJM",
        "status": "planowane",
    }


def test_numbering_continues_after_the_highest_number(cli: Cli, ws: Path) -> None:
    for title in ("A", "B", "C"):
        ok(cli, "training", "add", "--year", "2019", "--title", title)
    ok(cli, "training", "remove", "2019-02")
    assert ok(cli, "training", "add", "--year", "2019", "--title", "D").strip() == "2019-04"
    assert (
        ok(cli, "training", "add", "--year", "2019", "--title", "E", "--id", "bankowosc").strip()
        == "bankowosc"
    )


def test_the_same_title_and_term_in_a_year_warns_and_is_still_added(cli: Cli, ws: Path) -> None:
    ok(cli, "training", "add", "--year", "2019", "--title", "Bankowość internetowa", "--when", "marzec 2019")
    result = cli(
        "training", "add", "--year", "2019", "--title", "bankowość  internetowa", "--when", "2019-03"
    )
    assert result.exit_code == 0, result.output
    warning = " ".join(result.stderr.split())
    assert "jest już szkolenie" in warning and "(2019-01)" in warning and "training remove 2019-02" in warning
    assert [t["id"] for t in trainings(ws, 2019)] == ["2019-01", "2019-02"]
    other = cli("training", "add", "--year", "2019", "--title", "Bankowość internetowa", "--when", "maj 2019")
    assert other.exit_code == 0 and "jest już szkolenie" not in other.stderr  # another term: no warning


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("Praca i rozwój zawodowy", "praca"),
        ("zaangazowanie obywatelskie", "zaangazowanie"),
        ("relacje z bliskimi", "relacje"),
        ("Bezpieczeństwo w sieci", "Bezpieczeństwo w sieci"),
    ],
)
def test_areas_from_the_catalogue_are_normalised_and_own_themes_kept(
    cli: Cli, ws: Path, typed: str, stored: str
) -> None:
    ok(cli, "training", "add", "--year", "2019", "--title", "Szkolenie", "--area", typed)
    assert trainings(ws, 2019)[0]["obszar"] == stored


def test_a_year_outside_the_plan_period_is_refused(cli: Cli, ws: Path, unchanged: Callable) -> None:
    check = unchanged(ws)
    for args in (
        ("add", "--year", "2021", "--title", "Za późno"),
        ("list", "--year", "2017"),
        ("show", "2021-01", "--year", "2021"),
    ):
        result = cli("training", *args)
        assert result.exit_code == 2, args
        assert "poza okresem planu 2018–2020" in result.output
    assert not (ws / "plan-2021.toml").exists()
    check()


def test_bad_input_writes_nothing(with_partners: Cli, ws: Path, unchanged: Callable) -> None:
    cli = with_partners
    ok(cli, "training", "add", "--year", "2019", "--title", "Bankowość")
    check = unchanged(ws)
    cases = {
        ("--partner", "gok"): "kgw-wierzbianki",  # the valid partner ids are listed
        ("--hours", "dwanaście"): "liczby godzin",
        ("--form", "korespondencyjne"): "stacjonarne, online, mieszane",
        ("--when", "marzec 2020"): "nie pasuje do planu na rok 2019",
    }
    for (option, value), message in cases.items():
        result = cli("training", "add", "--year", "2019", "--title", "X", option, value)
        assert result.exit_code == 2, (option, result.output)
        assert message in result.output
    assert cli("training", "edit", "2019-01", "--when", "maj 2018").exit_code == 2
    assert cli("training", "done", "2019-07", "--participants", "3").exit_code == 1
    check()


def test_list_json_has_the_trainings_and_totals(cli: Cli) -> None:
    ok(cli, "training", "add", "-y", "2019", "-t", "A", "--hours", "12", "--participants", "12")
    ok(cli, "training", "add", "-y", "2019", "-t", "B", "--hours", "1,5", "--participants", "10")
    ok(cli, "training", "add", "-y", "2019", "-t", "C", "--hours", "6", "--participants", "8")
    ok(cli, "training", "done", "2019-01", "--participants", "11")
    ok(cli, "training", "edit", "2019-03", "--status", "odwołane")
    listed = json.loads(ok(cli, "training", "list", "--year", "2019", "--json"))
    assert listed["rok"] == 2019 and listed["plik"] == "plan-2019.toml"
    assert [t["id"] for t in listed["szkolenia"]] == ["2019-01", "2019-02", "2019-03"]
    assert listed["szkolenia"][0]["status"] == "zrealizowane"
    assert listed["szkolenia"][0]["uczestnicy_faktycznie"] == 11
    assert listed["szkolenia"][1]["godziny"] == 1.5
    assert listed["razem"] == {
        "szkolenia": 2,
        "zrealizowane": 1,
        "odwolane": 1,
        "godziny": 13.5,
        "uczestnicy_plan": 22,
        "uczestnicy_faktycznie": 11,
    }
    every = json.loads(ok(cli, "training", "list", "--json"))
    assert [plan["rok"] for plan in every] == [2019]
    table = cli("training", "list", "--year", "2019")
    assert "12 / 11" in table.stdout
    assert "szkolenia: 2 · godziny: 13,5 h · uczestnicy planowani: 22" in table.stdout
    # hours the Polish way in the table and the details too, not 1.5
    assert "│ 1,5 " in table.stdout and "1.5" not in table.stdout
    shown = ok(cli, "training", "show", "2019-02")
    assert "liczba godzin: 1,5" in shown and "1.5" not in shown


def test_list_of_an_empty_year_in_the_period(cli: Cli) -> None:
    listed = json.loads(ok(cli, "training", "list", "--year", "2020", "--json"))
    assert listed["szkolenia"] == [] and listed["razem"]["szkolenia"] == 0
    assert "nie ma szkoleń" in cli("training", "list", "--year", "2020").output


def test_edit_done_and_remove_keep_comments(with_partners: Cli, ws: Path) -> None:
    cli = with_partners
    ok(cli, "training", "add", "-y", "2019", "-t", "Bankowość", "--place", "biblioteka", "--notes", "stare")
    ok(cli, "training", "add", "-y", "2019", "-t", "E-urząd")
    path = ws / "plan-2019.toml"
    path.write_text(
        path.read_text(encoding="utf-8").replace('tytul = "E-urząd"', 'tytul = "E-urząd"  # z sołtysami'),
        encoding="utf-8",
    )
    ok(cli, "training", "edit", "2019-01", "--hours", "12", "--partner", "kgw-wierzbianki", "--notes", "")
    ok(cli, "training", "done", "2019-02", "--participants", "9")
    first, second = trainings(ws, 2019)
    assert first["godziny"] == 12 and first["partner"] == "kgw-wierzbianki" and "notatki" not in first
    assert first["miejsce"] == "biblioteka"
    assert second["status"] == "zrealizowane" and second["uczestnicy_faktycznie"] == 9
    text = path.read_text(encoding="utf-8")
    assert "# z sołtysami" in text and text.startswith("# Roczny plan szkoleń na rok 2019")
    shown = ok(cli, "training", "show", "2019-01")
    assert "Kgw Wierzbianki" in shown and "liczba godzin: 12" in shown
    ok(cli, "training", "remove", "2019-01")
    assert [t["id"] for t in trainings(ws, 2019)] == ["2019-02"]
    assert "# z sołtysami" in path.read_text(encoding="utf-8")


def test_an_id_in_two_plans_needs_the_year(cli: Cli, ws: Path) -> None:
    ok(cli, "training", "add", "-y", "2019", "-t", "A", "--id", "bankowosc")
    ok(cli, "training", "add", "-y", "2020", "-t", "B", "--id", "bankowosc")
    ambiguous = cli("training", "show", "bankowosc")
    assert ambiguous.exit_code == 2 and "--year" in ambiguous.output
    ok(cli, "training", "done", "bankowosc", "--year", "2020", "--participants", "5")
    assert trainings(ws, 2020)[0]["uczestnicy_faktycznie"] == 5
    assert "uczestnicy_faktycznie" not in trainings(ws, 2019)[0]


def test_the_example_workspace_has_a_complete_plan(example: Path) -> None:
    cli = Cli(example)
    assert cli("check").exit_code == 0
    assert cli("plan", "check").exit_code == 0
    listed = json.loads(ok(cli, "training", "list", "--year", "2019", "--json"))
    assert len(listed["szkolenia"]) == 6
    banking = listed["szkolenia"][0]
    assert banking["tytul"] == "Bankowość internetowa i bezpieczne płatności"
    assert (banking["obszar"], banking["grupa_docelowa"]) == ("finanse", "dorośli 50+")
    # its term and hours as its six sessions have them ("marzec 2019" in the file)
    assert (banking["godziny"], banking["termin"], banking["zajecia"]) == (12, "05–21.03.2019", 6)
    assert banking["uczestnicy_plan"] == 12
    assert (banking["partner"], banking["trener"]) == ("kgw-wierzbianki", "Krzysztof Wróbel")
    assert "Biblioteka" in banking["miejsce"]
    assert listed["razem"]["godziny"] == 48


def test_the_example_annual_plan_starts_with_the_header_emocni_writes() -> None:
    from emocni_cli.workspace.plan_starter_files import annual_header

    assert (EXAMPLE / "plan-2019.toml").read_text(encoding="utf-8").startswith(annual_header(2019))


def test_done_records_the_date_and_check_notes_a_date_without_the_status(cli: Cli) -> None:
    ok(cli, "training", "add", "-y", "2019", "-t", "A", "--when", "marzec 2019")
    done = cli("training", "done", "2019-01", "--participants", "11", "--date", "28.03.2019")
    assert done.exit_code == 0 and "zrealizowane 28.03.2019" in " ".join(done.output.split())
    listed = json.loads(ok(cli, "training", "list", "--year", "2019", "--json"))
    assert listed["szkolenia"][0]["zrealizowano"] == "2019-03-28"
    ok(cli, "training", "edit", "2019-01", "--status", "planowane")
    checked = cli("check")
    assert checked.exit_code == 0
    assert "zapisano datę realizacji (28.03.2019), ale status szkolenia to „planowane”" in " ".join(
        checked.output.split()
    )
