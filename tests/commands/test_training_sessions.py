"""emocni training session …: sessions added one by one or as a series, listed, removed (not while
attendance refers to them, unless --force), checked; and a training's term and hours following
from its sessions in training list/show, the plan's totals, status, agenda, the calendar and the
detailed plan document."""

from __future__ import annotations

import datetime as dt
import json
import tomllib
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.builders import GBP
from tests.cli_asserts import flat, ok, refused, sh
from tests.helpers import Cli

BANKING = (
    "training add -y 2019 -t 'Bankowość internetowa' --hours 12 --when 'marzec 2019' "
    "--place 'Gminna Biblioteka Publiczna' --partner gbp --participants 12"
)
SERIES = "training session add 2019-01 --date 05.03.2019 --time 10:00 --hours 3 --count 4"
FILLED = [GBP, BANKING]


def sessions(folder: Path) -> list[dict]:
    return tomllib.loads((folder / "zajecia.toml").read_text(encoding="utf-8")).get("zajecia", [])


def enrol_by_hand(folder: Path, attended: list[str]) -> None:
    """One participant and their enrolment with attendance, as a hand edit (or `training enrol`
    and `training attendance`) leaves them."""
    (folder / "uczestnicy.toml").write_text(
        '[[uczestnik]]\nid = "u-001"\nimie_nazwisko = "Anna Nowak"\nrok_urodzenia = 1955\n'
        "zgoda = 2019-02-20\n",
        encoding="utf-8",
    )
    listed = ", ".join(f'"{a}"' for a in attended)
    (folder / "zapisy.toml").write_text(
        '[[zapis]]\nid = "2019-01.u-001"\nszkolenie = "2019-01"\nuczestnik = "u-001"\n'
        f"# obecność wpisana z listy podpisów\nobecnosc = [{listed}]\n",
        encoding="utf-8",
    )


def test_a_series_of_four_tuesdays_is_numbered_and_written_with_a_commented_header(filled: Cli) -> None:
    added = ok(sh(filled, SERIES))
    assert added.stdout.split() == ["2019-01.1", "2019-01.2", "2019-01.3", "2019-01.4"]
    assert "05.03.2019, 12.03.2019, 19.03.2019, 26.03.2019" in flat(added.stderr)
    text = (filled.folder / "zajecia.toml").read_text(encoding="utf-8")
    assert text.startswith("# Zajęcia szkoleń z planów rocznych")
    assert sessions(filled.folder)[1] == {
        "id": "2019-01.2",
        "szkolenie": "2019-01",
        "data": dt.date(2019, 3, 12),
        "godzina": "10:00",
        "godziny": 3,
    }
    # the next one gets the next number, a fortnightly series its days
    more = ok(sh(filled, "szkolenie zajecia dodaj 2019-01 -d 2.04.2019 --hours 1,5 --count 2 --every 14"))
    assert more.stdout.split() == ["2019-01.5", "2019-01.6"]
    assert [s["data"].isoformat() for s in sessions(filled.folder)[4:]] == ["2019-04-02", "2019-04-16"]
    assert sessions(filled.folder)[5]["godziny"] == 1.5


def test_the_list_shows_the_sessions_by_date_with_their_sum(filled: Cli) -> None:
    add = "training session add 2019-01 --time 10:00 --hours 4"
    ok(sh(filled, f"{add} --date 19.03.2019 --topic 'Przelewy'"))
    ok(sh(filled, f"{add} --date 12.03.2019 --place 'Świetlica'"))
    listed = ok(filled("training", "session", "list", "2019-01")).stdout
    assert listed.index("12.03.2019") < listed.index("19.03.2019")  # by date, whatever the numbers
    assert "wt. 12.03.2019" in listed and "Świetlica" in listed and "Przelewy" in listed
    total = "zajęć 2 · godziny: 8 h · termin: 12–19.03.2019 (w planie 12 h; liczy się suma zajęć)"
    assert total in flat(listed)
    data = json.loads(ok(filled("szkolenie", "zajęcia", "lista", "2019-01", "--json")).stdout)
    assert [(s["nr"], s["data"], s["obecni"]) for s in data] == [(2, "2019-03-12", 0), (1, "2019-03-19", 0)]


def test_a_place_equal_to_the_trainings_is_not_repeated(filled: Cli) -> None:
    ok(
        sh(
            filled,
            "training session add 2019-01 -d 05.03.2019 --hours 3 --place 'Gminna Biblioteka Publiczna'",
        )
    )
    assert "miejsce" not in sessions(filled.folder)[0]


def test_the_training_takes_its_term_and_hours_from_its_sessions(filled: Cli) -> None:
    ok(sh(filled, "training session add 2019-01 --date 26.03.2019 --time 10:00 --hours 3 --count 3"))
    listed = flat(ok(filled("training", "list", "--year", "2019")).output)
    assert "26.03.2019" in listed and "09.04.2019" in listed and "godziny: 9 h" in listed
    assert "Termin i godziny według zajęć: 2019-01" in listed
    plan = json.loads(ok(filled("training", "list", "-y", "2019", "--json")).stdout)
    first = plan["szkolenia"][0]
    assert (first["termin"], first["godziny"], first["zajecia"]) == ("26.03.2019 – 09.04.2019", 9, 3)
    assert plan["razem"]["godziny"] == 9
    shown = flat(ok(filled("training", "show", "2019-01")).stdout)
    # what the file says stays visible beside what the sessions say
    assert "termin: marzec 2019" in shown and "termin według zajęć: 26.03.2019 – 09.04.2019" in shown
    assert "godziny według zajęć: 9 h" in shown
    assert "marzec 2019" in (filled.folder / "plan-2019.toml").read_text(encoding="utf-8")


def test_odd_sessions_are_added_with_a_warning_and_noted_by_check(filled: Cli) -> None:
    outside = ok(sh(filled, "training session add 2019-01 --date 10.01.2020 --hours 12"))
    assert "poza rokiem jego planu (2019)" in flat(outside.stderr)
    ok(sh(filled, "training edit 2019-01 --status odwolane"))
    cancelled = ok(sh(filled, "training session add 2019-01 --date 12.03.2019 --hours 2"))
    assert "szkolenie „2019-01” jest odwołane" in flat(cancelled.stderr)
    assert "ma w planie 12 h, a jego zajęcia trwają razem 14 h" in flat(cancelled.stderr)
    checked = flat(ok(filled("check")).output)
    assert "uwaga zajecia.toml:" in checked and "poza rokiem jego planu" in checked
    assert "uwaga plan-2019.toml:" in checked and "emocni training edit 2019-01 --hours 14" in checked


def test_bad_values_are_refused_naming_the_option_and_nothing_is_written(
    filled: Cli, unchanged: Callable[..., Callable[[], None]]
) -> None:
    check = unchanged(filled.folder)
    refused(sh(filled, "training session add 2019-01 --date 05.03.2019 --hours 3 --time 25:00"), 2, "--time")
    refused(sh(filled, "training session add 2019-01 --date 35.03.2019 --hours 3"), 2, "--date")
    refused(sh(filled, "training session add 2019-01 --date 05.03.2019 --hours zero"), 2, "--hours")
    refused(sh(filled, "training session add 2019-01 --date 05.03.2019 --hours 3 --count 0"), 2, "--count")
    refused(sh(filled, "training session add 2019-01 --date 05.03.2019 --hours 3 --every 0"), 2, "--every")
    refused(sh(filled, "training session add 2019-09 --date 05.03.2019 --hours 3"), 1, "2019-09")
    check()


def test_a_second_session_at_the_same_time_is_refused(
    filled: Cli, unchanged: Callable[..., Callable[[], None]]
) -> None:
    ok(sh(filled, "training session add 2019-01 --date 12.03.2019 --time 10:00 --hours 3"))
    check = unchanged(filled.folder)
    refused(sh(filled, SERIES), 1, "ma już zajęcia 12.03.2019 o 10:00 („2019-01.1”)")
    check()
    ok(sh(filled, "training session add 2019-01 --date 12.03.2019 --time 14:00 --hours 3"))


def test_remove_by_number_date_or_id(filled: Cli) -> None:
    ok(sh(filled, SERIES))
    ok(filled("training", "session", "remove", "2019-01", "2"))
    ok(filled("szkolenie", "zajęcia", "usuń", "2019-01", "19.03.2019"))
    ok(filled("training", "session", "remove", "2019-01", "2019-01.4"))
    assert [s["id"] for s in sessions(filled.folder)] == ["2019-01.1"]
    missing = refused(filled("training", "session", "remove", "2019-01", "7"), 1, "nie ma zajęć „7”")
    assert "(są: 1 — 05.03.2019)" in missing
    ok(filled("undo", "--yes"))
    assert len(sessions(filled.folder)) == 2


def test_two_sessions_on_one_day_need_the_number(filled: Cli) -> None:
    ok(sh(filled, "training session add 2019-01 --date 12.03.2019 --time 10:00 --hours 2"))
    ok(sh(filled, "training session add 2019-01 --date 12.03.2019 --time 13:00 --hours 2"))
    refused(filled("training", "session", "remove", "2019-01", "12.03.2019"), 2, "kilka zajęć (nr 1, 2)")


def test_a_session_with_attendance_is_kept_unless_forced(
    filled: Cli, unchanged: Callable[..., Callable[[], None]]
) -> None:
    ok(sh(filled, SERIES))
    enrol_by_hand(filled.folder, ["2019-01.1", "2019-01.2"])
    check = unchanged(filled.folder)
    refused(
        filled("training", "session", "remove", "2019-01", "2"), 1, "zapisano obecność 1 osoby", "--force"
    )
    check()
    ok(filled("training", "session", "remove", "2019-01", "2", "--force"))
    zapisy = (filled.folder / "zapisy.toml").read_text(encoding="utf-8")
    assert 'obecnosc = ["2019-01.1"]' in zapisy and "# obecność wpisana z listy podpisów" in zapisy
    assert "Anna Nowak" not in (filled.folder / "zajecia.toml").read_text(encoding="utf-8")


def test_check_refuses_a_session_of_an_unknown_training(filled: Cli) -> None:
    (filled.folder / "zajecia.toml").write_text(
        '# zajęcia\n\n[[zajecia]]\nid = "2019-07.1"\nszkolenie = "2019-07"\ndata = 2019-03-05\ngodziny = 3\n',
        encoding="utf-8",
    )
    refused(
        filled("check"), 3, "zajecia.toml:5", "nieistniejącego szkolenia „2019-07”", "emocni training list"
    )


def test_status_agenda_and_calendar_follow_the_sessions(filled: Cli, tmp_path: Path) -> None:
    ok(sh(filled, SERIES))
    # still planned after its last session (26.03), before the end of its term in the plan (marzec)
    status = flat(ok(filled("status", "--today", "2019-03-28")).stdout)
    assert "(termin: 05–26.03.2019) ma termin w przeszłości" in status
    assert "ma termin w przeszłości" not in flat(ok(filled("status", "--today", "2019-03-20")).stdout)
    agenda = json.loads(ok(filled("agenda", "--today", "2019-03-10", "--json")).stdout)
    coming = [e for e in agenda["upcoming"] if e["kind"] in ("training", "session")]
    assert [(e["kind"], e["first"], e["time"]) for e in coming] == [
        ("session", f"2019-03-{day}", "10:00") for day in (12, 19, 26)
    ]
    assert coming[0]["what"] == "Szkolenie: Bankowość internetowa (zajęcia 2 z 4)"
    assert coming[0]["command"] == "emocni training attendance 2019-01 --session 2 --present …"
    late = json.loads(ok(filled("agenda", "--today", "2019-03-28", "--json")).stdout)["overdue"]
    assert [(e["kind"], e["first"], e["last"]) for e in late] == [("training", "2019-03-05", "2019-03-26")]
    out = tmp_path / "kalendarz.ics"
    ok(filled("calendar", "export", "-o", str(out)))
    ics = out.read_text(encoding="utf-8").replace("\r\n ", "")
    assert ics.count("BEGIN:VEVENT") == 4 and "UID:szkolenie-" not in ics
    assert "UID:zajecia-2019-01.3@wierzbno-dolne.emocni" in ics
    assert (
        "DTSTART;TZID=Europe/Warsaw:20190319T100000" in ics
        and "DTEND;TZID=Europe/Warsaw:20190319T130000" in ics
    )
    assert "SUMMARY:Szkolenie: Bankowość internetowa (zajęcia 3 z 4)" in ics


def test_the_detailed_plan_has_the_sessions_term_and_hours(filled: Cli, tmp_path: Path) -> None:
    from tests.documents import texts

    ok(sh(filled, "training session add 2019-01 --date 05.03.2019 --time 10:00 --hours 2 --count 3"))
    out = tmp_path / "plan.docx"
    ok(filled("render-plan", "detailed", "--year", "2019", "-o", str(out)))
    cells = texts(out)
    assert "05–19.03.2019" in cells and "6" in cells and "12" not in cells[: cells.index("05–19.03.2019")]


def test_a_training_with_sessions_is_not_removed(
    filled: Cli, unchanged: Callable[..., Callable[[], None]]
) -> None:
    ok(sh(filled, "training session add 2019-01 --date 05.03.2019 --hours 3"))
    check = unchanged(filled.folder)
    refused(
        filled("training", "remove", "2019-01", "--yes"), 1, "ma zapisane zajęcia (1", "--status odwolane"
    )
    check()
    ok(filled("training", "session", "remove", "2019-01", "1"))
    ok(filled("training", "remove", "2019-01", "--yes"))


@pytest.mark.slow
def test_reading_sessions_stays_light(filled: Cli) -> None:
    from tests.release.test_fast_start import imported

    ok(sh(filled, SERIES))
    for args in (["training", "session", "list", "2019-01"], ["training", "list"], ["status"], ["agenda"]):
        report = imported(args, filled.folder)
        assert report["code"] == 0 and report["heavy"] == [], args


def test_the_calendar_of_the_example_names_no_participant(example: Path, tmp_path: Path) -> None:
    people = tomllib.loads((example / "uczestnicy.toml").read_text(encoding="utf-8"))["uczestnik"]
    out = tmp_path / "kalendarz.ics"
    ok(Cli(example)("calendar", "export", "-o", str(out)))
    ics = out.read_text(encoding="utf-8").replace("\r\n ", "")
    assert "UID:zajecia-2019-01.1@" in ics
    names = [p["imie_nazwisko"] for p in people if "imie_nazwisko" in p]
    assert len(names) > 50
    for name in names:
        assert name not in ics, name


def test_a_session_is_moved_in_place_keeping_comments(
    filled: Cli, unchanged: Callable[..., Callable[[], None]]
) -> None:
    ok(sh(filled, SERIES))
    path = filled.folder / "zajecia.toml"
    path.write_text(
        path.read_text(encoding="utf-8").replace('id = "2019-01.2"', '# przeniesione?\nid = "2019-01.2"'),
        encoding="utf-8",
    )
    moved = ok(
        sh(filled, "szkolenie zajecia zmien 2019-01 2 --date 13.03.2019 --place 'Świetlica' --hours 4")
    )
    assert "2019-01.2" in moved.stderr and "ma w planie 12 h, a jego zajęcia trwają razem 13 h" in flat(
        moved.stderr
    )
    second = sessions(filled.folder)[1]
    assert (second["data"], second["miejsce"], second["godziny"]) == (dt.date(2019, 3, 13), "Świetlica", 4)
    assert "# przeniesione?" in path.read_text(encoding="utf-8")
    check = unchanged(filled.folder)
    refused(sh(filled, "training session edit 2019-01 2 --time 26:00"), 2, "--time")
    refused(sh(filled, "training session edit 2019-01 9 --hours 2"), 1, "nie ma zajęć „9”")
    check()


def test_a_broken_plan_file_does_not_make_its_sessions_orphans(filled: Cli) -> None:
    ok(sh(filled, SERIES))
    plan = filled.folder / "plan-2019.toml"
    plan.write_text(
        plan.read_text(encoding="utf-8").replace('tytul = "', 'tytul = "Bez końca', 1)[:-1] + "\n"
    )
    plan.write_text(plan.read_text(encoding="utf-8") + 'notatki = "niedomknięte\n', encoding="utf-8")
    message = refused(filled("check"), 3, "plan-2019.toml")
    assert "nieistniejącego szkolenia" not in message
