"""One slip in a hand edit does not hide the rest: read-only commands show every record that
validates, print the problems first (as check does), name what they left out, and exit 3; writes
keep refusing."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from emocni_cli.errors import EXIT_INVALID
from tests.cli_asserts import flat, ok, refused
from tests.helpers import Cli

GOK = "gminny-osrodek-kultury"
TODAY = ("--today", "2019-03-01")
LEFT_OUT_GOK = f"pominięto: partner „{GOK}” (partnerzy.toml)"


def edit(folder: Path, name: str, old: str, new: str, after: str = "") -> None:
    """A hand edit: replace the first `old` (after the text `after`) in a file, whatever its line
    endings and byte order mark."""
    path = folder / name
    data = path.read_bytes()
    start = data.index(after.encode())
    at = data.index(old.encode(), start)
    path.write_bytes(data[:at] + new.encode() + data[at + len(old.encode()) :])


def bad_kind_of_gok(folder: Path) -> None:
    edit(folder, "partnerzy.toml", 'rodzaj = "dom_kultury"', 'rodzaj = "teatr"', after=f'id = "{GOK}"')


def line_of(folder: Path, name: str, text: str) -> int:
    lines = (folder / name).read_bytes().decode("utf-8-sig").splitlines()
    return next(number for number, line in enumerate(lines, start=1) if text in line)


def partial(result) -> tuple[str, str]:
    """stdout and flat stderr of a read that ended as a read despite errors."""
    assert result.exit_code == EXIT_INVALID, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert "Traceback" not in result.output
    return result.stdout, flat(result.stderr)


def test_partner_list_shows_the_other_partners_and_the_problem(example: Path) -> None:
    bad_kind_of_gok(example)
    stdout, stderr = partial(Cli(example)("partner", "list"))
    assert "gops" in stdout and "osp-kamionka" in stdout
    assert GOK not in stdout
    line = line_of(example, "partnerzy.toml", 'rodzaj = "teatr"')
    problem = f"błąd partnerzy.toml:{line} (rekord „{GOK}”, pole „rodzaj”): nieznany rodzaj partnera „teatr”"
    assert stderr.startswith(problem)  # the problems come first, worded as check words them
    assert f"Znaleziono 1 błąd; {LEFT_OUT_GOK}; pokazuję resztę" in stderr
    assert stderr.index(problem) < stderr.index("emocni check")


def test_the_problem_is_located_in_a_windows_file_too(example: Path) -> None:
    path = example / "partnerzy.toml"
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes().replace(b"\n", b"\r\n"))
    bad_kind_of_gok(example)
    line = line_of(example, "partnerzy.toml", 'rodzaj = "teatr"')
    stdout, stderr = partial(Cli(example)("partner", "list"))
    assert f"partnerzy.toml:{line} (rekord „{GOK}”" in stderr
    assert "gops" in stdout


def test_list_json_holds_the_records_read_and_ends_with_3(example: Path) -> None:
    bad_kind_of_gok(example)
    stdout, stderr = partial(Cli(example)("partner", "list", "--json"))
    ids = [p["id"] for p in json.loads(stdout)]
    assert "gops" in ids and GOK not in ids
    assert LEFT_OUT_GOK in stderr


def test_a_meeting_attended_by_a_left_out_partner_stays_without_more_noise(example: Path) -> None:
    bad_kind_of_gok(example)
    assert GOK in (example / "spotkania.toml").read_text(encoding="utf-8")  # it attended meetings
    stdout, stderr = partial(Cli(example)("meeting", "list"))
    assert "2018-04-10" in stdout
    assert stderr.count("błąd ") == 1  # no dangling reference reported for the left-out partner
    assert "nieistniejącego" not in stderr


def test_status_shows_the_items_with_a_note_that_they_may_be_incomplete(example: Path) -> None:
    bad_kind_of_gok(example)
    stdout, stderr = partial(Cli(example)("status", *TODAY))
    assert "wynik może być niepełny, bo pominięto rekordy z błędami" in flat(stdout)
    assert f"partner „{GOK}” (partnerzy.toml)" in flat(stdout)
    for number in range(1, 8):
        assert f" {number}. " in stdout
    assert "nieznany rodzaj partnera „teatr”" in stderr


def test_status_check_of_a_partial_read_ends_with_3(example: Path) -> None:
    bad_kind_of_gok(example)
    stdout, _ = partial(Cli(example)("status", "--check", *TODAY))
    assert "Powołanie partnerstwa" in stdout


def test_status_json_carries_the_problems_and_what_was_left_out(example: Path) -> None:
    cli = Cli(example)
    valid = json.loads(ok(cli("status", "--json", *TODAY)).stdout)
    assert valid["problems"] == [] and valid["left_out"] == []
    bad_kind_of_gok(example)
    stdout, _ = partial(cli("status", "--json", *TODAY))
    data = json.loads(stdout)
    assert len(data["items"]) == 7
    assert [(p["plik"], p["rekord"], p["pole"]) for p in data["problems"]] == [
        ("partnerzy.toml", GOK, "rodzaj")
    ]
    assert data["problems"][0]["linia"] == line_of(example, "partnerzy.toml", 'rodzaj = "teatr"')
    assert data["left_out"] == [{"plik": "partnerzy.toml", "rekord": GOK, "numer": None}]


def test_a_syntax_error_in_the_meetings_leaves_out_that_file_only(example: Path) -> None:
    edit(example, "spotkania.toml", 'id = "2018-04-10"', 'id = "2018-04-10')
    line = line_of(example, "spotkania.toml", 'id = "2018-04-10')
    cli = Cli(example)
    stdout, stderr = partial(cli("status", *TODAY))
    assert f"błąd spotkania.toml:{line}" in stderr
    assert "pominięto: cały plik spotkania.toml" in stderr
    assert "pominięto rekordy z błędami: cały plik spotkania.toml" in flat(stdout)
    assert "✔ 1. Powołanie partnerstwa — zrobione" in stdout  # judged from the partners
    stdout, stderr = partial(cli("meeting", "list"))
    assert "Brak rekordów" not in stderr  # the file is not empty: it cannot be read
    stdout, stderr = partial(cli("partner", "list"))
    assert GOK in stdout


def test_a_record_without_an_id_is_named_by_its_place_in_the_file(example: Path) -> None:
    edit(example, "partnerzy.toml", 'id = "gops"', "# id skasowane przez pomyłkę")
    _, stderr = partial(Cli(example)("partner", "list"))
    assert "pominięto: partner nr 4 (partnerzy.toml)" in stderr


def test_show_of_a_broken_record_says_it_is_broken_and_why(example: Path) -> None:
    bad_kind_of_gok(example)
    cli = Cli(example)
    message = refused(
        cli("partner", "show", GOK), EXIT_INVALID, f"Rekord „{GOK}” z pliku partnerzy.toml zawiera błędy"
    )
    assert "nieznany rodzaj partnera „teatr”" in message
    stdout, _ = partial(cli("partner", "show", "gops"))
    assert "Gminny Ośrodek Pomocy Społecznej" in stdout


def test_show_of_a_record_in_a_file_that_cannot_be_read(example: Path) -> None:
    edit(example, "spotkania.toml", 'id = "2018-04-10"', 'id = "2018-04-10')
    refused(
        Cli(example)("meeting", "show", "2018-04-10"),
        EXIT_INVALID,
        "Nie da się odczytać pliku spotkania.toml",
        "czy jest w nim rekord „2018-04-10”",
    )


def test_a_broken_training_is_left_out_of_the_plan_and_of_show(example: Path) -> None:
    edit(example, "plan-2019.toml", "godziny = 8", 'godziny = "dużo"', after='id = "2019-02"')
    cli = Cli(example)
    stdout, stderr = partial(cli("training", "list", "--year", "2019"))
    assert "2019-01" in stdout and "2019-02" not in stdout
    assert "pominięto: szkolenie „2019-02” (plan-2019.toml)" in stderr
    refused(cli("training", "show", "2019-02"), EXIT_INVALID, "Rekord „2019-02” z pliku plan-2019.toml")
    partial(cli("training", "show", "2019-01"))


def test_plan_show_of_a_broken_general_part(example: Path) -> None:
    edit(example, "plan-ogolny.toml", "[akceptacja]", "[akceptacja]\nzaakceptowano = 12")
    refused(Cli(example)("plan", "show"), EXIT_INVALID, "Części ogólnej planu nie da się pokazać")


def test_writes_still_refuse_while_anything_is_invalid(
    example: Path, unchanged: Callable[[Path], Callable[[], None]]
) -> None:
    bad_kind_of_gok(example)
    cli = Cli(example)
    check = unchanged(example)
    refused(cli("partner", "add", "Parafia św. Jana", "--type", "parafia"), EXIT_INVALID, "zawiera 1 błąd")
    refused(cli("partner", "edit", "gops", "--phone", "84 555 00 00"), EXIT_INVALID, "nieznany rodzaj")
    check()


def test_a_broken_settings_file_still_refuses_every_read(example: Path) -> None:
    edit(example, "emocni.toml", "[gmina]", "[gmina")
    refused(Cli(example)("partner", "list"), EXIT_INVALID, "emocni.toml:")


def test_a_problem_between_records_leaves_nothing_out_but_still_ends_with_3(example: Path) -> None:
    edit(example, "partnerzy.toml", 'id = "gops"', f'id = "{GOK}"')  # two partners with one id
    cli = Cli(example)
    stdout, stderr = partial(cli("partner", "list"))
    assert "identyfikator „gminny-osrodek-kultury” powtarza się" in stderr
    assert "Znaleziono 2 błędy, ale każdy rekord dało się odczytać — pokazuję wszystko" in stderr
    assert stdout.count(GOK) == 2  # both are listed
    stdout, _ = partial(cli("status", *TODAY))
    assert "zawiera błędy (wypisane wyżej), więc wynik może być nieścisły" in flat(stdout)


def test_agenda_reads_what_it_can_and_ends_with_3(example: Path) -> None:
    partners = example / "partnerzy.toml"
    partners.write_text(
        partners.read_text(encoding="utf-8").replace(
            "\ndata_przystapienia = 2018-01-16", "\ndata_przystapienia = 2018-13-16", 1
        ),
        encoding="utf-8",
    )
    result = Cli(example)("agenda", "--today", "2018-11-01")
    assert result.exit_code == 3, result.output
    assert "Wizyta konsultacyjna animatora nr 2" in result.stdout
    assert "pominięto" in " ".join(result.stderr.split())
