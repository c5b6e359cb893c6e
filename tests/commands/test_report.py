"""emocni report: the indicators of the trainings as of a day — unique people trained against the
target and their groups, hours, breakdowns, head-count trainings said to be attendances — on
screen, as JSON, CSV and a .docx; and the one line `status` gains. A small workspace whose counts
are worked out by hand below, and the example gmina at two dates."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from tests.cli_asserts import flat, ok, refused
from tests.documents import needs_office, texts, to_pdf
from tests.helpers import Cli

# Four trainings of 2019: 2019-01 (4 h, done 12.03) and 2019-02 (4 h, not marked done) with
# sessions and attendance; 2019-03 done with a head-count of 9 and no attendance; 2019-04 cancelled.
FILLED = [
    "training add --year 2019 --title Bankowość --area finanse --hours 4 --participants 3",
    "training add --year 2019 --title Zdrowie --area zdrowie --hours 4 --participants 3",
    "training add --year 2019 --title 'E-urząd' --area sprawy_codzienne --hours 3 --participants 10",
    "training add --year 2019 --title Odwołane --area finanse --hours 2 --participants 8",
    "training done 2019-01 --participants 3 --date 2019-03-12",
    "training done 2019-03 --participants 9 --date 2019-05-10",
    "training edit 2019-04 --status odwolane",
]
SESSIONS = """
[[zajecia]]
id = "2019-01.1"
szkolenie = "2019-01"
data = 2019-03-05
godziny = 2

[[zajecia]]
id = "2019-01.2"
szkolenie = "2019-01"
data = 2019-03-12
godziny = 2

[[zajecia]]
id = "2019-02.1"
szkolenie = "2019-02"
data = 2019-04-02
godziny = 2

[[zajecia]]
id = "2019-02.2"
szkolenie = "2019-02"
data = 2019-04-09
godziny = 2
"""
# u-001 completes both trainings (one person, two completions), u-002 one, u-003 only half of
# 2019-01 (50% < 80%: not trained), u-004 was forgotten (only her groups remain).
PEOPLE = {
    "u-001": 'imie_nazwisko = "Anna Testowa"\nrok_urodzenia = 1959\nplec = "k"\nzgoda = 2019-02-01',
    "u-002": 'imie_nazwisko = "Jan Próbny"\nrok_urodzenia = 1969\nplec = "m"\nniepelnosprawnosc = true\n'
    "zgoda = 2019-02-01",
    "u-003": 'imie_nazwisko = "Ewa Połowiczna"\nrok_urodzenia = 1990\nplec = "k"\nzgoda = 2019-02-01',
    "u-004": 'zapomniano = 2019-12-01\ngrupa_wiekowa = "60+"\nplec = "k"',
}
ENROLMENTS = [
    ("2019-01", "u-001", ["2019-01.1", "2019-01.2"]),
    ("2019-01", "u-002", ["2019-01.1", "2019-01.2"]),
    ("2019-01", "u-003", ["2019-01.1"]),
    ("2019-02", "u-001", ["2019-02.1", "2019-02.2"]),
    ("2019-02", "u-004", ["2019-02.1", "2019-02.2"]),
]
NAMES = ("Anna Testowa", "Jan Próbny", "Ewa Połowiczna")


def _write(folder: Path) -> None:
    (folder / "zajecia.toml").write_text(SESSIONS, encoding="utf-8")
    people = "\n".join(f'[[uczestnik]]\nid = "{pid}"\n{body}\n' for pid, body in PEOPLE.items())
    (folder / "uczestnicy.toml").write_text(people, encoding="utf-8")
    enrolments = "\n".join(
        f'[[zapis]]\nid = "{t}.{p}"\nszkolenie = "{t}"\nuczestnik = "{p}"\nzapisano = 2019-02-20\n'
        f"obecnosc = {json.dumps(present)}\n"
        for t, p, present in ENROLMENTS
    )
    (folder / "zapisy.toml").write_text(enrolments, encoding="utf-8")


@pytest.fixture
def trainings(filled: Cli) -> Cli:
    _write(filled.folder)
    return filled


def report(cli: Cli, *args: str) -> dict:
    return json.loads(ok(cli("report", "--json", *args)).stdout)


def test_people_are_counted_once_and_only_when_they_completed(trainings: Cli) -> None:
    data = report(trainings, "--today", "2019-12-31")
    assert data["people_trained"] == 3  # u-001 (two trainings), u-002, u-004; not u-003 (50%)
    assert data["completions"] == 4  # u-001 twice
    assert data["enrolled"] == 4
    assert data["target"] is None
    # groups of the people trained: age in the year of their first session (Anna, born 1959: 60
    # in 2019; Jan, born 1969: 50), the forgotten person by the age group kept for her
    assert (data["age_60_plus"], data["age_50_plus"], data["age_18_49"]) == (2, 3, 0)
    assert (data["women"], data["men"], data["with_disability"]) == (2, 1, 1)
    # hours: 2019-01's and 2019-02's sessions, 2019-03 done without sessions (its plan's 3 h);
    # the cancelled training counts nowhere but in "cancelled"
    assert data["hours_delivered"] == 11
    assert data["trainings"] == {"planned": 3, "done": 2, "cancelled": 1, "participants_planned": 16}
    assert (data["headcount_attendances"], data["headcount_trainings"]) == (9, 1)


def test_as_of_a_day_only_what_had_happened_counts(trainings: Cli) -> None:
    march = report(trainings, "--today", "2019-03-31")
    assert march["people_trained"] == 2 and march["hours_delivered"] == 4
    assert march["headcount_attendances"] == 0  # 2019-03 is done only on 10.05.2019
    assert march["trainings"]["done"] == 1
    # halfway through 2019-02: Anna and the forgotten person were at 2 of its 4 hours
    april = report(trainings, "--today", "2019-04-05")
    assert april["people_trained"] == 2 and april["hours_delivered"] == 6
    assert report(trainings, "--today", "2019-01-01")["people_trained"] == 0


def test_breakdowns_by_area_partner_month_and_year(trainings: Cli) -> None:
    data = report(trainings, "--today", "2019-12-31")
    areas = {row["key"]: row for row in data["by_area"]}
    assert set(areas) == {"finanse", "zdrowie", "sprawy_codzienne"}
    assert areas["finanse"] == {
        "key": "finanse",
        "label": "finanse",
        "trainings": 1,  # the cancelled one is not counted
        "done": 1,
        "hours_delivered": 4,
        "people_trained": 2,
        "headcount_attendances": 0,
    }
    assert areas["sprawy_codzienne"]["headcount_attendances"] == 9
    assert [r["label"] for r in data["by_partner"]] == ["bez partnera"]
    months = {row["key"]: row for row in data["by_month"]}
    assert list(months) == ["2019-03", "2019-04", "2019-05"]
    assert (months["2019-03"]["people_trained"], months["2019-03"]["new_people"]) == (2, 2)
    # 2019-02 is not marked done; it ends with its last session held, in April: Anna again, and u-004
    assert (months["2019-04"]["people_trained"], months["2019-04"]["new_people"]) == (2, 1)
    assert months["2019-05"]["headcount_attendances"] == 9
    assert sum(m["new_people"] for m in data["by_month"]) == data["people_trained"]
    assert [(r["key"], r["trainings"]) for r in data["by_year"]] == [("2019", 3)]


def test_the_screen_says_what_head_counts_are_and_how_to_set_the_target(trainings: Cli) -> None:
    result = ok(trainings("report", "--today", "2019-12-31", env={"COLUMNS": "80", "NO_COLOR": "1"}))
    text = flat(result.stdout)
    assert "Wskaźniki szkoleń — gmina Wierzbno Dolne" in text
    assert "Stan na dzień 31 grudnia 2019 r." in text
    assert "Przeszkoleni mieszkańcy (każda osoba liczona raz): 3 (cel nie jest ustawiony)" in text
    assert "ustaw cel: emocni config set wymagania.cel_uczestnikow LICZBA" in text
    assert "w tym w wieku 60+: 2" in text and "w tym osoby z niepełnosprawnościami: 1" in text
    assert "1 szkolenie bez listy obecności" in text and "razem 9 uczestnictw" in text
    assert "To liczba obecności, nie osób" in text
    assert "Według obszaru katalogu kompetencji cyfrowych" in text
    assert all(len(line) <= 80 for line in result.stdout.splitlines())
    assert not any(name in result.output for name in NAMES)
    ok(trainings("config", "set", "wymagania.cel_uczestnikow", "12"))
    again = flat(ok(trainings("report", "--today", "2019-12-31")).stdout)
    assert "Przeszkoleni mieszkańcy (każda osoba liczona raz): 3 z 12 (25%)" in again
    assert report(trainings, "--today", "2019-12-31")["target_percent"] == 25


def test_csv_for_a_spreadsheet(trainings: Cli, tmp_path: Path) -> None:
    target = tmp_path / "wskazniki.csv"
    result = ok(trainings("report", "--today", "2019-12-31", "--csv", str(target)))
    data = target.read_bytes()
    assert data.startswith("\ufeff".encode())
    assert b"\r\n" in data
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))
    assert rows[0] == ["Wskaźniki szkoleń — gmina Wierzbno Dolne", "stan na 31.12.2019"]
    assert ["Przeszkoleni mieszkańcy (każda osoba liczona raz)", "3 (cel nie jest ustawiony)"] in rows
    assert ["w tym kobiety", "2"] in rows
    assert ["obszar", "szkolenia", "zrealizowane", "godziny", "osoby", "bez listy"] in rows
    assert ["finanse", "1", "1", "4", "2", "0"] in rows
    assert "wskazniki.csv" in flat(result.stderr) and result.stdout == ""
    assert not any(name in data.decode("utf-8-sig") for name in NAMES)
    refused(trainings("report", "--csv", str(target)), 1, "już istnieje", "--force")
    ok(trainings("report", "--csv", str(target), "--force"))


def test_a_docx_report_for_the_wojt(trainings: Cli, tmp_path: Path) -> None:
    result = ok(trainings("report", "--today", "2019-12-31", "--docx", str(tmp_path / "raport.docx")))
    assert str(tmp_path / "raport.docx") in result.stdout
    shown = flat(" ".join(texts(tmp_path / "raport.docx")))
    assert "Wskaźniki szkoleń" in shown and "stan na dzień 31 grudnia 2019 r." in shown
    assert "Przeszkoleni mieszkańcy (każda osoba liczona raz) 3 (cel nie jest ustawiony)" in shown
    assert "Według partnera organizującego szkolenie" in shown
    assert "To liczba obecności, nie osób" in shown
    assert "POPC.03.01.00-00-0013/16-00" in shown
    assert not any(name in shown for name in NAMES)


@needs_office
def test_the_docx_of_the_example_opens_in_libreoffice(example: Path, tmp_path: Path) -> None:
    target = tmp_path / "raport.docx"
    ok(Cli(example)("report", "--today", "2019-12-31", "--docx", str(target)))
    info, text = to_pdf(target, tmp_path)
    assert "Pages: 2" in flat(info)
    assert "59 z 240" in text and "Marta Sobczak" in text


def test_options_of_the_docx_need_the_docx(trainings: Cli, unchanged) -> None:
    check = unchanged(trainings.folder)
    refused(trainings("report", "--pdf"), 2, "--pdf", "--docx")
    refused(trainings("report", "--template", "moj.docx"), 2, "--template", "--docx")
    refused(trainings("report", "--today", "31.02.2019"), 2, "--today")
    check()


def test_a_broken_participants_file_is_named_and_the_rest_still_counted(trainings: Cli) -> None:
    path = trainings.folder / "uczestnicy.toml"
    path.write_text(path.read_text(encoding="utf-8").replace('plec = "m"', 'plec = "x"'), encoding="utf-8")
    result = trainings("report", "--json", "--today", "2019-12-31")
    assert result.exit_code == 3
    data = json.loads(result.stdout)
    assert data["people_trained"] == 3 and data["sex_unknown"] == 1  # Jan is left out, still trained
    assert "uczestnicy.toml" in flat(result.stderr)
    assert [(item["plik"], item["rekord"]) for item in data["left_out"]] == [("uczestnicy.toml", "u-002")]
    # the document says it may be incomplete (a draft) and the terminal says how to fix it
    docx = trainings.folder.parent / "raport.docx"
    result = trainings("report", "--today", "2019-12-31", "--docx", str(docx))
    assert result.exit_code == 3
    assert "emocni check" in flat(result.stderr)
    assert "WERSJA ROBOCZA" in " ".join(texts(docx))
    assert "liczby mogą być niepełne" in " ".join(texts(docx))


def test_status_gains_one_line_and_never_reads_the_participants(trainings: Cli) -> None:
    # a participants file that cannot even be read does not trouble status: it never opens it
    (trainings.folder / "uczestnicy.toml").write_text("to nie jest TOML [[", encoding="utf-8")
    ok(trainings("config", "set", "wymagania.cel_uczestnikow", "12"))
    data = json.loads(ok(trainings("status", "--json", "--today", "2019-12-31")).stdout)
    assert data["trained"] == {"people_trained": 3, "target": 12, "headcount_attendances": 9}
    assert data["problems"] == []
    text = flat(ok(trainings("status", "--today", "2019-12-31")).stdout)
    assert (
        "Przeszkoleni mieszkańcy: 3 z 12 (25%) · ponadto 9 uczestnictw w szkoleniach bez listy "
        "obecności (to nie liczba osób)" in text
    )


def test_the_polish_name_of_the_command(trainings: Cli) -> None:
    assert (
        json.loads(ok(trainings("raport", "--json", "--today", "2019-12-31")).stdout)["people_trained"] == 3
    )


def test_without_trainings_everything_is_zero(cli: Cli) -> None:
    data = report(cli)
    assert data["people_trained"] == 0 and data["hours_delivered"] == 0 and data["by_area"] == []
    assert "Przeszkoleni mieszkańcy (każda osoba liczona raz): 0" in flat(ok(cli("report")).stdout)


# --- the example gmina: the figures of the closing note of issue 14 ---------------------------


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        # by 30.06.2019: the three 2019 trainings of spring; Grażyna (u-010, 50%) did not complete
        ("2019-06-30", (31, 15, 22, 5, 19, 48, 6)),
        # by the end of 2019: 60 people enrolled, 59 trained, 67 completions (a few on two or three)
        ("2019-12-31", (59, 32, 41, 7, 36, 68, 9)),
    ],
)
def test_the_example_at_two_dates(example: Path, day: str, expected: tuple) -> None:
    data = report(Cli(example), "--today", day)
    keys = ("people_trained", "age_60_plus", "age_50_plus", "with_disability", "women", "hours_delivered")
    assert (*(data[k] for k in keys), data["trainings"]["done"]) == expected
    assert data["target"] == 240
    assert data["headcount_attendances"] == 35  # the three trainings of 2018: 11 + 14 + 10
    if day == "2019-12-31":
        assert (data["completions"], data["enrolled"]) == (67, 60)


def test_no_name_of_the_example_leaves_through_the_report(example: Path, tmp_path: Path) -> None:
    names = [
        line.split('"')[1]
        for line in (example / "uczestnicy.toml").read_text(encoding="utf-8").splitlines()
        if line.startswith("imie_nazwisko")
    ]
    assert len(names) == 60
    cli = Cli(example)
    shown = ok(cli("report", "--today", "2019-12-31")).output + ok(cli("report", "--json")).output
    ok(cli("report", "--csv", str(tmp_path / "w.csv"), "--docx", str(tmp_path / "r.docx")))
    shown += (tmp_path / "w.csv").read_text(encoding="utf-8-sig") + " ".join(texts(tmp_path / "r.docx"))
    assert not [name for name in names if name in shown]
