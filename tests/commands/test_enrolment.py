"""Running a training as an e-Mocarz does: training enrol (the waiting list once the planned
seats are taken), resign (the first waiting person moves up), attendance per session (refused
for a future session or a person not enrolled) and progress (hours, %, completed)."""

from __future__ import annotations

import json
import tomllib
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.cli_asserts import flat, ok, refused, sh
from tests.helpers import Cli
from tests.people import running_training

AFTER = ("--today", "2019-03-20")


@pytest.fixture
def course(cli: Cli) -> Cli:
    return running_training(cli)


def enrolments(folder: Path) -> dict[str, dict]:
    data = tomllib.loads((folder / "zapisy.toml").read_text(encoding="utf-8"))
    return {e["uczestnik"]: e for e in data["zapis"]}


def test_enrol_fills_the_main_list_then_the_waiting_list(course: Cli) -> None:
    result = ok(
        course(
            "training", "enrol", "2019-01", "u-001", "jan kowalski", "Zofia Wisniewska", "-d", "25.02.2019"
        )
    )
    told = flat(result.stderr)
    assert "Zapisano u-003 (Zofia Wiśniewska, ur. 1960) na szkolenie 2019-01 — lista rezerwowa" in told
    assert "lista główna 2 z 2 miejsc, lista rezerwowa 1" in told
    found = enrolments(course.folder)
    assert {pid: e["lista"] for pid, e in found.items()} == {
        "u-001": "glowna",
        "u-002": "glowna",
        "u-003": "rezerwowa",
    }
    assert found["u-001"]["id"] == "2019-01.u-001" and str(found["u-001"]["zapisano"]) == "2019-02-25"
    # names typed are recorded as numbers
    assert json.loads(ok(course("history", "--json")).stdout)[0]["polecenie"] == (
        "emocni training enrol 2019-01 u-001 u-002 u-003 -d 25.02.2019"
    )


def test_reserve_puts_a_person_on_the_waiting_list_though_seats_are_free(course: Cli) -> None:
    ok(course("szkolenie", "zapisz", "2019-01", "u-001", "--reserve"))
    assert enrolments(course.folder)["u-001"]["lista"] == "rezerwowa"


def test_enrol_refuses_what_cannot_be_and_writes_nothing(
    course: Cli, unchanged: Callable[..., Callable[[], None]]
) -> None:
    ok(course("training", "enrol", "2019-01", "u-001"))
    same = unchanged(course.folder)
    refused(course("training", "enrol", "2019-01", "u-002", "u-001"), 1, "są już zapisani: u-001")
    refused(course("training", "enrol", "2019-01", "u-002", "u-002"), 2, "Ta sama osoba podana dwa razy")
    refused(course("training", "enrol", "2019-01", "Jan Kowalsky"), 1, "Nie ma uczestnika", "Jan Kowalski")
    refused(
        course("training", "enrol", "2019-09", "u-002"), 1, "Nie ma szkolenia o identyfikatorze „2019-09”"
    )
    same()
    ok(course("training", "edit", "2019-01", "--status", "odwolane"))
    refused(course("training", "enrol", "2019-01", "u-002"), 1, "jest odwołane")


def test_a_resignation_lets_the_first_waiting_person_move_up(course: Cli) -> None:
    ok(sh(course, "participant add 'Ewa Lis' --birth-year 1985 --consent 22.02.2019"))
    ok(course("training", "enrol", "2019-01", "u-001", "u-002", "-d", "20.02.2019"))
    ok(course("training", "enrol", "2019-01", "u-004", "-d", "23.02.2019"))
    ok(course("training", "enrol", "2019-01", "u-003", "-d", "22.02.2019"))
    result = ok(course("training", "resign", "2019-01", "Jan Kowalski", "--date", "01.03.2019"))
    assert "Z listy rezerwowej na główną przechodzi: u-003 (Zofia Wiśniewska" in flat(result.stderr)
    found = enrolments(course.folder)
    assert str(found["u-002"]["rezygnacja"]) == "2019-03-01"
    assert found["u-003"]["lista"] == "glowna" and found["u-004"]["lista"] == "rezerwowa"
    refused(course("training", "resign", "2019-01", "u-002"), 1, "zrezygnował(-a) ze szkolenia 2019-01 już")


def test_attendance_marks_several_people_at_once_and_absent_corrects(course: Cli) -> None:
    ok(course("training", "enrol", "2019-01", "u-001", "u-002"))
    marked = ok(
        course(
            "training",
            "attendance",
            "2019-01",
            "--session",
            "1",
            "--present",
            "u-001",
            "Jan Kowalski",
            *AFTER,
        )
    )
    assert "obecnych: 2 z 2 zapisanych" in flat(marked.stderr)
    ok(course("szkolenie", "obecnosc", "2019-01", "-s", "12.03.2019", "-p", "u-001, u-002", *AFTER))
    assert enrolments(course.folder)["u-002"]["obecnosc"] == ["2019-01.1", "2019-01.2"]
    fixed = ok(
        course("training", "attendance", "2019-01", "--session", "2019-01.1", "--absent", "u-002", *AFTER)
    )
    assert "nieobecni — u-002 (Jan Kowalski, ur. 1970)" in flat(fixed.stderr)
    assert enrolments(course.folder)["u-002"]["obecnosc"] == ["2019-01.2"]
    again = ok(course("training", "attendance", "2019-01", "--session", "2", "--present", "u-001", *AFTER))
    assert "Bez zmian (już tak zapisano): u-001" in flat(again.stderr)


def test_attendance_is_refused_for_a_future_session_or_a_person_not_enrolled(
    course: Cli, unchanged: Callable[..., Callable[[], None]]
) -> None:
    ok(course("training", "enrol", "2019-01", "u-001", "u-002", "u-003"))  # u-003 waits
    same = unchanged(course.folder)
    attend = ("training", "attendance", "2019-01")
    refused(course(*attend, "--session", "2", "-p", "u-001", "--today", "2019-03-06"), 1, "w przyszłości")
    message = refused(course(*attend, "--session", "1", "-p", "u-003", *AFTER), 1, "Na liście rezerwowej")
    assert "emocni training resign 2019-01" in message
    ok(sh(course, "participant add 'Ewa Lis' --birth-year 1985 --consent 22.02.2019"))
    same = unchanged(course.folder)
    refused(
        course(*attend, "-s", "1", "-p", "Ewa Lis", *AFTER), 1, "nie jest zapisany(-a) na szkolenie 2019-01"
    )
    refused(
        course(*attend, "-s", "3", "-p", "u-001", *AFTER),
        1,
        "nie ma zajęć „3”",
        "(są: 1 — 05.03.2019; 2 — 12.03.2019)",
    )
    refused(course(*attend, "-s", "1", *AFTER), 2, "--present")
    refused(course(*attend, "-s", "1", "-p", "u-001", "--absent", "u-001", *AFTER), 2, "obecna i nieobecna")
    same()


def test_attendance_after_a_resignation_is_refused(course: Cli) -> None:
    ok(course("training", "enrol", "2019-01", "u-001"))
    ok(course("training", "resign", "2019-01", "u-001", "--date", "01.03.2019"))
    refused(course("training", "attendance", "2019-01", "-s", "1", "-p", "u-001", *AFTER), 1, "Zrezygnowali")


def test_progress_shows_hours_share_and_completion_per_person(course: Cli) -> None:
    ok(course("training", "enrol", "2019-01", "u-001", "u-002"))
    ok(course("training", "attendance", "2019-01", "-s", "1", "-p", "u-001", "u-002", *AFTER))
    ok(course("training", "attendance", "2019-01", "-s", "2", "-p", "u-001", *AFTER))
    shown = flat(ok(course("training", "progress", "2019-01", *AFTER)).stdout)
    assert "│ u-001 │ Anna Nowak │ 6 h │ 100% │ tak │" in shown
    assert "│ u-002 │ Jan Kowalski │ 3 h │ 50% │ nie │" in shown
    told = flat(ok(course("training", "progress", "2019-01", *AFTER)).stderr)
    assert (
        "2 zajęcia" in told
        and "ukończenie od 80% godzin (4,8 h)" in told
        and "Ukończyło: 1 osoba z 2 zapisanych na listę główną." in told
    )
    # after the first session nobody has completed yet
    early = json.loads(
        ok(course("training", "progress", "2019-01", "--today", "2019-03-06", "--json")).stdout
    )
    assert [(p["uczestnik"], p["godziny_obecnosci"], p["ukonczone"]) for p in early["uczestnicy"]] == [
        ("u-001", 3, False),
        ("u-002", 3, False),
    ]
    assert "Anna" not in json.dumps(early)
    ok(course("config", "set", "wymagania.prog_ukonczenia", "50"))
    later = json.loads(ok(course("training", "progress", "2019-01", "--json", *AFTER)).stdout)
    assert [p["ukonczone"] for p in later["uczestnicy"]] == [True, True] and later["prog"] == 50


def test_enrolling_in_a_training_already_done_warns(course: Cli) -> None:
    ok(course("training", "done", "2019-01", "--participants", "2", "--date", "12.03.2019"))
    late = ok(course("training", "enrol", "2019-01", "u-001", "--date", "20.03.2019"))
    assert "było już zrealizowane w dniu zapisu (20.03.2019)" in flat(late.stderr)
    timely = ok(course("training", "enrol", "2019-01", "u-002", "--date", "20.02.2019"))
    assert "zrealizowane" not in timely.stderr


def test_progress_of_a_cancelled_training_says_so(course: Cli) -> None:
    ok(course("training", "enrol", "2019-01", "u-001"))
    ok(course("training", "edit", "2019-01", "--status", "odwolane"))
    refused(course("training", "progress", "2019-01"), 1, "jest odwołane")
