"""emocni check: every problem of every file at once, each with file:line, record, field and a
hint; silent about nothing, exit 0 when clean."""

from __future__ import annotations

import json

from tests.cli_asserts import flat, ok, refused
from tests.helpers import Cli

PARTNERS = """\
[[partner]]
id = "gbp"
nazwa = "Gminna Biblioteka Publiczna"
rodzaj = "biblioteka"

[[partner]]
id = "gok"
nazwa = "Gminny Ośrodek Kultury"
rodzaj = "teatr"
email = "gok(at)gmina.pl"

[[partner]]
id = "gbp"
nazwa = "Druga biblioteka"
rodzaj = "biblioteka"
osoba_kontkatowa = "Ktoś"
"""

MEETINGS = """\
[[spotkanie]]
id = "2017-11-21"
data = 2017-11-21
rodzaj = "inicjujace"
status = "odbyte"
obecni = ["gbp", "wojt"]

[[spotkanie]]
id = "2018-01-16"
liczba_osob = -2
"""

CONSULTATIONS = """\
[[konsultacja]]
id = "wizyta-1"
data = 2018-03-06
forma = "wizyta"
wizyta_nr = 1
czas = "4 godziny i trochę"

[[konsultacja]]
id = "telefon"
data = 2018-05-14
forma = "telefon"
wizyta_nr = 2
"""


def write_problems(cli: Cli) -> None:
    (cli.folder / "partnerzy.toml").write_text(PARTNERS, encoding="utf-8")
    (cli.folder / "spotkania.toml").write_text(MEETINGS, encoding="utf-8")
    (cli.folder / "konsultacje.toml").write_text(CONSULTATIONS, encoding="utf-8")
    (cli.folder / "webinaria.toml").write_text('[[webinarium]\nid = "w"\n', encoding="utf-8")


def test_check_reports_every_problem_at_once_with_file_and_line(cli: Cli) -> None:
    write_problems(cli)
    message = refused(cli("check"), 3)
    expected = [
        "partnerzy.toml:9 (rekord „gok”, pole „rodzaj”): nieznany rodzaj partnera „teatr”; dozwolone: szkola",
        "partnerzy.toml:10 (rekord „gok”, pole „email”): „gok(at)gmina.pl” nie wygląda na adres e-mail",
        "partnerzy.toml:13 (rekord „gbp”, pole „id”): identyfikator „gbp” powtarza się",
        "spotkania.toml:8 (rekord „2018-01-16”, pole „data”): brak wymaganego pola",
        "spotkania.toml:10 (rekord „2018-01-16”, pole „liczba_osob”): wartość musi być co najmniej 0",
        "konsultacje.toml:6 (rekord „wizyta-1”, pole „czas”): nie rozumiem czasu trwania",
        "konsultacje.toml:12 (rekord „telefon”, pole „wizyta_nr”): numer wizyty (wizyta_nr) dotyczy tylko",
        "webinaria.toml:1:13: błąd składni TOML: nagłówek rekordu musi kończyć się „]]”",
    ]
    for line in expected:
        assert line in message, (line, message)
    assert "partnerzy.toml:16 (rekord „gbp”, pole „osoba_kontkatowa”)" in message  # a notice, not an error
    assert "Znaleziono 9 błędów" in message  # the duplicate id counts once per record


def test_a_reference_is_checked_even_when_other_files_have_problems(cli: Cli) -> None:
    (cli.folder / "partnerzy.toml").write_text(PARTNERS.split("\n\n")[0] + "\n", encoding="utf-8")
    (cli.folder / "spotkania.toml").write_text(MEETINGS, encoding="utf-8")
    message = refused(cli("check"), 3)
    assert (
        "spotkania.toml:6 (rekord „2017-11-21”, pole „obecni”): odwołanie do nieistniejącego partnera „wojt”"
        in (message)
    )
    assert "spotkania.toml:10" in message


def test_a_hand_written_visit_without_a_number_is_reported(cli: Cli) -> None:
    visit = '[[konsultacja]]\nid = "wizyta"\ndata = 2018-03-06\nforma = "wizyta"\nstatus = "odbyte"\n'
    (cli.folder / "konsultacje.toml").write_text(visit, encoding="utf-8")
    where = "konsultacje.toml:1 (rekord „wizyta”, pole „wizyta_nr”)"
    refused(cli("check"), 3, f"{where}: wizyta w gminie musi mieć numer (1 albo 2; kolejne wizyty: 3, 4…)")
    refused(cli("status"), 3, "wizyta w gminie musi mieć numer")  # never judged as if it counted


def test_check_json_lists_problems_and_notices(cli: Cli) -> None:
    write_problems(cli)
    result = cli("check", "--json")
    assert result.exit_code == 3
    report = json.loads(result.stdout)
    assert report["ok"] is False
    assert {"plik": "partnerzy.toml", "linia": 9, "rekord": "gok", "pole": "rodzaj"}.items() <= report[
        "bledy"
    ][0].items()
    assert any(n["pole"] == "osoba_kontkatowa" for n in report["uwagi"])
    assert all(
        set(p) == {"plik", "linia", "kolumna", "rekord", "pole", "problem", "co_zrobic"}
        for p in report["bledy"]
    )


def test_a_clean_workspace_passes(cli: Cli) -> None:
    result = ok(cli("check"))
    assert "Przestrzeń robocza jest poprawna" in flat(result.stderr)
    assert result.stdout == ""
    assert json.loads(ok(cli("check", "--json")).stdout) == {"ok": True, "bledy": [], "uwagi": []}


def test_an_unknown_section_is_a_notice_and_stays(cli: Cli) -> None:
    path = cli.folder / "webinaria.toml"
    path.write_text(path.read_text(encoding="utf-8") + '\n[moje]\nuwaga = "x"\n', encoding="utf-8")
    result = ok(cli("check"))
    assert "nieznana sekcja lub klucz „moje”" in flat(result.stderr)
    ok(cli("webinar", "add", "Plan bez tajemnic", "--date", "2018-09-12"))
    assert '[moje]\nuwaga = "x"' in path.read_text(encoding="utf-8")


def test_an_invalid_workspace_ends_with_the_one_wording_of_what_to_do(cli: Cli) -> None:
    from emocni_cli.errors import FIX_AND_CHECK

    write_problems(cli)
    message = flat(cli("check").stderr)
    verdict = message.rindex("Błąd: Znaleziono 9 błędów")
    assert message[verdict:].endswith(f"Co zrobić: {FIX_AND_CHECK}")
    assert "Błąd" not in cli("check", "--json").stderr  # the JSON itself says what is wrong
    refused_by_load = refused(
        cli("partner", "add", "Nowa Biblioteka", "--type", "biblioteka"), 3, "zawiera 9 błędów"
    )
    assert refused_by_load.endswith(f"Co zrobić: {FIX_AND_CHECK}")  # the same words, from the boundary


def test_commands_leave_error_messages_to_the_boundary() -> None:
    """Only cli/boundary.py prints "Błąd:"; a command raises (emocni_cli/errors.py)."""
    from pathlib import Path

    import emocni_cli.cli.commands as commands

    printing = [
        path.name
        for path in Path(commands.__file__).parent.glob("*.py")
        if "output.error(" in path.read_text("utf-8")
    ]
    assert printing == []
