"""emocni participant … and participants anonymise, as an e-Mocarz types them: the new person's
number, the refusal without a consent date, list / show / edit, and forgetting (RODO) in the
file and in the change history, which is not undoable."""

from __future__ import annotations

import json
import tomllib
from collections.abc import Callable
from pathlib import Path

import pytest

from emocni_cli.cli import output
from tests.cli_asserts import flat, ok, refused, sh
from tests.helpers import Cli
from tests.people import ANNA, JAN, NAMES, running_training


def people_in(folder: Path) -> list[dict]:
    return tomllib.loads((folder / "uczestnicy.toml").read_text(encoding="utf-8"))["uczestnik"]


def everything_under(folder: Path) -> str:
    """Every file of the workspace, the change history included, as one text."""
    return "\n".join(
        p.read_text(encoding="utf-8", errors="replace") for p in folder.rglob("*") if p.is_file()
    )


def test_add_prints_the_new_number_and_keeps_the_person_in_their_own_file(cli: Cli) -> None:
    assert ok(sh(cli, ANNA)).stdout == "u-001\n"
    assert ok(sh(cli, JAN)).stdout == "u-002\n"
    anna, jan = people_in(cli.folder)
    assert anna == {
        "id": "u-001",
        "imie_nazwisko": "Anna Nowak",
        "rok_urodzenia": 1956,
        "plec": "k",
        "miejscowosc": "Kamionka",
        "niepelnosprawnosc": True,
        "zgoda": anna["zgoda"],
    }
    assert str(anna["zgoda"]) == "2019-02-20" and jan["kontakt"] == "601 234 567"
    assert "DANE OSOBOWE" in (cli.folder / "uczestnicy.toml").read_text(encoding="utf-8")


def test_a_person_without_consent_or_with_a_future_consent_is_not_stored(
    cli: Cli, unchanged: Callable[..., Callable[[], None]]
) -> None:
    same = unchanged(cli.folder)
    refused(cli("participant", "add", "Anna Nowak", "--birth-year", "1956"), 2, "--consent")
    refused(
        cli("participant", "add", "Anna Nowak", "--birth-year", "1956", "--consent", "01.01.2099"),
        2,
        "data zgody 01.01.2099 jest w przyszłości",
    )
    refused(cli("participant", "add", "Anna Nowak", "--birth-year", "1856", "--consent", "1.2.2019"), 2)
    same()


def test_an_enrolment_of_a_person_deleted_by_hand_is_an_error_for_check(cli: Cli) -> None:
    ok(sh(cli, ANNA))
    ok(sh(cli, JAN))
    running_training(cli, people=False)
    ok(cli("training", "enrol", "2019-01", "u-002"))
    text = (cli.folder / "uczestnicy.toml").read_text(encoding="utf-8")
    (cli.folder / "uczestnicy.toml").write_text(text[: text.index('[[uczestnik]]\nid = "u-002"')], "utf-8")
    message = refused(cli("check"), 3, "zapisy.toml", "uczestnika „u-002” nie ma w pliku uczestnicy.toml")
    assert "emocni participant list" in message
    ok(cli("status"))  # status never reads the participants: the hand edit does not stop it


def test_the_next_number_is_one_above_every_number_given(cli: Cli) -> None:
    ok(sh(cli, ANNA))
    ok(sh(cli, JAN))
    ok(cli("participant", "forget", "u-002", "--yes"))
    assert ok(
        cli("participant", "add", "Ewa Lis", "--birth-year", "1980", "--consent", "1.3.2019")
    ).stdout == ("u-003\n")


def test_list_shows_no_health_data_and_show_shows_everything(cli: Cli) -> None:
    running_training(cli)
    ok(cli("training", "enrol", "2019-01", "u-001"))
    listed = flat(ok(cli("participant", "list")).stdout)
    assert "Anna Nowak" in listed and "1956" in listed and "Kamionka" in listed
    assert "601 234 567" not in listed and "tak" not in listed
    rows = json.loads(ok(cli("participant", "list", "--json")).stdout)
    assert rows[0] == {
        "id": "u-001",
        "imie_nazwisko": "Anna Nowak",
        "rok_urodzenia": 1956,
        "miejscowosc": "Kamionka",
        "zgoda": "2019-02-20",
        "szkolenia": 1,
    }
    shown = flat(ok(cli("participant", "show", "anna nowak")).stdout)
    assert "niepełnosprawność: tak" in shown
    assert "szkolenia: 2019-01 (lista główna, obecność na 0 z 2 zajęć)" in shown
    assert json.loads(ok(cli("uczestnik", "pokaz", "u-002", "--json")).stdout)["kontakt"] == "601 234 567"


def test_two_people_of_one_name_are_told_apart_by_number(cli: Cli) -> None:
    ok(sh(cli, ANNA))
    added = ok(cli("participant", "add", "Anna Nowak", "--birth-year", "1990", "--consent", "1.3.2019"))
    assert "tak samo nazywa się już: u-001 (Anna Nowak, ur. 1956, Kamionka)" in flat(added.stderr)
    message = refused(cli("participant", "show", "Anna Nowak"), 2, "kilku uczestników", "u-002")
    assert "podaj numer uczestnika" in message
    refused(cli("participant", "show", "Ana Nowak"), 1, "Nie ma uczestnika „Ana Nowak”", "czy chodziło o")


def test_edit_changes_the_fields_given_and_the_history_keeps_no_personal_data(cli: Cli) -> None:
    ok(sh(cli, JAN))
    ok(cli("participant", "edit", "Jan Kowalski", "--place", "Olszyny", "--contact", ""))
    (jan,) = people_in(cli.folder)
    assert jan["miejscowosc"] == "Olszyny" and "kontakt" not in jan
    history = ok(cli("history", "--json")).stdout
    assert "Kowalski" not in history and "Olszyny" not in history and "601" not in history
    assert "emocni participant edit u-001" in history
    ok(cli("undo", "--yes"))
    assert people_in(cli.folder)[0]["kontakt"] == "601 234 567"


def test_forget_leaves_only_what_the_counts_need_everywhere_and_cannot_be_undone(cli: Cli) -> None:
    running_training(cli)
    ok(cli("training", "enrol", "2019-01", "u-001", "Jan Kowalski", "--date", "25.02.2019"))
    ok(cli("training", "attendance", "2019-01", "--session", "1", "--present", "u-001", "u-002"))
    ok(cli("participant", "edit", "u-002", "--notes", "Jan Kowalski prosi o duży ekran"))
    assert "Kowalski" in everything_under(cli.folder / ".emocni")  # the copies undo would restore
    result = ok(cli("participant", "forget", "Jan Kowalski", "--yes"))
    assert "Tego nie da się cofnąć" in flat(result.stderr)
    jan = people_in(cli.folder)[1]
    # 49 in 2019, the year of his first session
    assert jan == {"id": "u-002", "plec": "m", "grupa_wiekowa": "18-49", "zapomniano": jan["zapomniano"]}
    everything = everything_under(cli.folder)
    for word in ("Kowalski", "601 234 567", "rok_urodzenia = 1970"):
        assert word not in everything, word
    assert "Anna Nowak" in (cli.folder / "uczestnicy.toml").read_text(encoding="utf-8")
    newest = json.loads(ok(cli("history", "--json")).stdout)[0]
    assert newest["rodzaj"] == "forget" and newest["polecenie"] == "emocni participant forget u-002 --yes"
    refused(cli("undo", "--yes"), 1, "później usunięto dane osobowe", "tego nie da się cofnąć")
    assert "(dane usunięte" in ok(cli("participant", "list")).stdout


def test_forget_asks_in_a_terminal_and_no_keeps_everything(
    cli: Cli, monkeypatch: pytest.MonkeyPatch, unchanged: Callable[..., Callable[[], None]]
) -> None:
    ok(sh(cli, ANNA))
    monkeypatch.setattr(output, "interactive", lambda: True)
    same = unchanged(cli.folder)
    result = refused(cli("participant", "forget", "u-001", input="n\n"), 1, "Nie usunięto danych")
    assert "NIE da się cofnąć" in flat(result)
    assert "u-001 (Anna Nowak, ur. 1956, Kamionka)" in flat(result)
    same()
    ok(cli("participant", "forget", "u-001", input="t\n"))
    assert "imie_nazwisko" not in people_in(cli.folder)[0]


def test_anonymise_forgets_everybody_and_the_counts_stay(cli: Cli) -> None:
    from emocni_cli.trainings.attendance import trained
    from emocni_cli.workspace.load import load

    running_training(cli)
    ok(cli("training", "enrol", "2019-01", "u-001", "u-002"))
    for session in ("1", "2"):
        ok(cli("training", "attendance", "2019-01", "--session", session, "--present", "u-001, u-002"))
    day = __import__("datetime").date(2019, 12, 31)
    before = trained(load(cli.folder), day)
    result = ok(cli("uczestnicy", "anonimizuj", "--yes"))
    assert "liczba osób: 3 (u-001, u-002, u-003)" in flat(result.stderr)
    assert trained(load(cli.folder), day) == before and before.people == 2
    assert all(
        set(p) <= {"id", "plec", "niepelnosprawnosc", "grupa_wiekowa", "zapomniano"}
        for p in people_in(cli.folder)
    )
    assert [p.get("grupa_wiekowa") for p in people_in(cli.folder)] == ["60+", "18-49", "50-59"]
    for name in NAMES:
        assert name not in everything_under(cli.folder), name
    assert "usunięto już wcześniej" in flat(ok(cli("participants", "anonymise", "--yes")).stderr)


def test_edit_refuses_a_future_consent_and_a_forgotten_person(
    cli: Cli, unchanged: Callable[..., Callable[[], None]]
) -> None:
    ok(sh(cli, ANNA))
    ok(sh(cli, JAN))
    ok(cli("participant", "forget", "u-002", "--yes"))
    same = unchanged(cli.folder)
    refused(cli("participant", "edit", "u-001", "--consent", "31.12.2099"), 2, "w przyszłości")
    refused(cli("participant", "edit", "u-001", "--name", ""), 2, "imie_nazwisko")
    refused(cli("participant", "edit", "u-002", "--place", "Olszyny"), 1, "Dane uczestnika u-002 usunięto")
    refused(cli("participant", "edit", "u-001"), 2, "Nie podano żadnej zmiany")
    same()
