"""Input as people type it: dates, durations and kinds in every accepted form, and the list of
valid values when a kind is unknown."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from emocni_cli.model import vocabularies as vocab
from emocni_cli.model.values import (
    format_date,
    format_date_long,
    format_minutes,
    parse_date,
    parse_duration,
    parse_time,
)
from tests.cli_asserts import ok, refused, sh
from tests.helpers import Cli


@pytest.mark.parametrize(
    "typed", ["2018-03-12", "12.03.2018", "12 marca 2018", "12 marca 2018 r.", "12 III 2018", "12-03-2018"]
)
def test_dates_in_every_form(typed: str) -> None:
    assert parse_date(typed) == dt.date(2018, 3, 12)


@pytest.mark.parametrize("typed", ["31 lutego 2018", "2018-13-01", "12.03.18", "marzec", "jutro o 5"])
def test_impossible_or_unclear_dates_are_rejected_in_polish(typed: str) -> None:
    with pytest.raises(ValueError, match=r"nie ma takiego dnia|nie rozumiem daty"):
        parse_date(typed)


@pytest.mark.parametrize("typed", ["17:30", "17.30", "godz. 17:30", "godzina 17.30", "Godz.17:30"])
def test_times_as_written_in_polish(typed: str) -> None:
    assert parse_time(typed) == dt.time(17, 30)


def test_dates_are_shown_the_polish_way() -> None:
    assert format_date(dt.date(2018, 3, 12)) == "12.03.2018"
    assert format_date_long(dt.date(2018, 3, 12)) == "12 marca 2018 r."


@pytest.mark.parametrize(
    ("typed", "minutes"),
    [("4h", 240), ("90m", 90), ("1h30m", 90), ("1,5h", 90), ("1.5h", 90), ("1:30", 90), ("2 godziny", 120)],
)
def test_durations_in_every_form(typed: str, minutes: int) -> None:
    assert parse_duration(typed) == minutes


@pytest.mark.parametrize(
    ("typed", "minutes"),
    [
        ("pół godziny", 30),
        ("półtorej godziny", 90),
        ("półtora godziny", 90),
        ("godzina", 60),
        ("godzinę", 60),
        ("2 godziny", 120),
        ("5 godzin", 300),
        ("3 i pół godziny", 210),
        ("45 minut", 45),
        ("20 min", 20),
        ("1:15", 75),
        ("2 godziny 15 minut", 135),
        ("2 godz. i 15 min", 135),
        ("1 h 30 min", 90),
        ("2 h 35 min", 155),
    ],
)
def test_durations_as_people_say_them(typed: str, minutes: int) -> None:
    assert parse_duration(typed) == minutes


@pytest.mark.parametrize(
    ("minutes", "shown"), [(20, "20 min"), (60, "1 h"), (90, "1 h 30 min"), (155, "2 h 35 min"), (480, "8 h")]
)
def test_durations_are_shown_in_hours_and_minutes(minutes: int, shown: str) -> None:
    assert format_minutes(minutes) == shown
    assert parse_duration(shown) == minutes  # what is shown can be typed back


@pytest.mark.parametrize("typed", ["2x", "0h", "-1h", "30h", "godzina trochę", "pół minuty", "1:75", "0:60"])
def test_bad_durations_are_rejected(typed: str) -> None:
    with pytest.raises(ValueError):
        parse_duration(typed)


@pytest.mark.parametrize(
    ("typed", "kind"),
    [
        ("GOK", "dom_kultury"),
        ("dom kultury", "dom_kultury"),
        ("OSP", "osp"),
        ("ochotnicza straż pożarna", "osp"),
        ("KGW", "kgw"),
        ("koło gospodyń wiejskich", "kgw"),
        ("GOPS", "ops"),
        ("ośrodek pomocy społecznej", "ops"),
        ("UTW", "klub_seniora"),
        ("klub seniora", "klub_seniora"),
        ("szkoła", "szkola"),
        ("szkola", "szkola"),
        ("Świetlica", "swietlica"),
        ("swietlica", "swietlica"),
        ("urząd gminy", "urzad_gminy"),
        ("URZAD GMINY", "urzad_gminy"),
    ],
)
def test_partner_kinds_with_or_without_polish_letters_and_abbreviations(typed: str, kind: str) -> None:
    assert vocab.PARTNER_KINDS.parse(typed) == kind


@pytest.mark.parametrize(
    ("vocabulary", "typed", "value"),
    [
        (vocab.MEETING_KINDS, "inicjujące", "inicjujace"),
        (vocab.MEETING_KINDS, "inicjujace", "inicjujace"),
        (vocab.MEETING_KINDS, "podpisanie porozumienia", "podpisanie_porozumienia"),
        (vocab.MEETING_KINDS, "podsumowujące", "podsumowujace"),
        (vocab.EVENT_STATUSES, "odwołane", "odwolane"),
        (vocab.CONSULTATION_FORMS, "Telefon", "telefon"),
        (vocab.WEBINAR_PARTICIPATION, "na żywo", "na_zywo"),
    ],
)
def test_other_kinds_with_or_without_polish_letters(
    vocabulary: vocab.Vocabulary, typed: str, value: str
) -> None:
    assert vocabulary.parse(typed) == value


def test_cli_accepts_every_form_and_stores_canonical_values(cli: Cli) -> None:
    ok(cli("partner", "add", "Gminny Ośrodek Kultury", "--type", "GOK", "--joined", "16 stycznia 2018"))
    ok(cli("partner", "add", "Klub Seniora", "--type", "UTW", "--joined", "16.01.2018"))
    ok(cli("partner", "add", "OSP Kamionka", "--type", "osp", "--joined", "2018-01-16"))
    ok(cli("meeting", "add", "--date", "21 listopada 2017", "--kind", "inicjujące", "--held"))
    ok(sh(cli, "consultation add --form telefon --date 14.05.2018 --duration 1h30m --held"))
    ok(cli("consultation", "add", "--form", "online", "--date", "2018-06-05", "--duration", "1,5h", "--held"))
    ok(sh(cli, "consultation add --form wizyta --visit 1 --date '6 marca 2018' --duration 4h"))
    ok(cli("consultation", "add", "--form", "wideo", "--date", "2018-06-06", "--duration", "90m"))

    partners = json.loads(cli("partner", "list", "--json").stdout)
    assert [(p["rodzaj"], p["data_przystapienia"]) for p in partners] == [
        ("dom_kultury", "2018-01-16"),
        ("klub_seniora", "2018-01-16"),
        ("osp", "2018-01-16"),
    ]
    meeting = json.loads(cli("meeting", "list", "--json").stdout)[0]
    assert (meeting["data"], meeting["rodzaj"], meeting["status"]) == ("2017-11-21", "inicjujace", "odbyte")
    consultations = json.loads(cli("consultation", "list", "--json").stdout)
    assert [(c["forma"], c["czas"]) for c in consultations] == [
        ("wizyta", "4h"),
        ("telefon", "1h30m"),
        ("online", "1h30m"),
        ("online", "1h30m"),
    ]
    # stored in the file the way a person would write it
    text = (cli.folder / "konsultacje.toml").read_text(encoding="utf-8")
    assert 'czas = "1h30m"' in text and 'czas = "4h"' in text and "data = 2018-03-06" in text


def test_cli_shows_dates_the_polish_way(cli: Cli) -> None:
    ok(cli("meeting", "add", "--date", "2017-11-21", "--kind", "inicjujace", "--held", "--time", "17:00"))
    listed = cli("meeting", "list")
    assert "21.11.2017 17:00" in listed.stdout
    assert "2017-11-21" in listed.stdout  # the id, which people type in other commands
    assert "data: 21.11.2017" in cli("meeting", "show", "2017-11-21").stdout


@pytest.mark.parametrize(
    ("args", "unknown", "valid"),
    [
        (
            ["partner", "add", "Coś", "--type", "szkółka"],
            "Opcja --type: nieznany rodzaj partnera „szkółka”",
            "szkola, przedszkole, swietlica, dom_kultury",
        ),
        (
            ["meeting", "add", "--date", "2018-01-01", "--kind", "zebranie"],
            "Opcja --kind: nieznany rodzaj spotkania „zebranie”",
            "inicjujace, podpisanie",
        ),
        (
            ["consultation", "add", "--form", "list", "--date", "2018-01-01"],
            "Opcja --form: nieznana forma konsultacji „list”",
            "wizyta, online, telefon",
        ),
        (
            ["meeting", "edit", "x", "--status", "może"],
            "Opcja --status: nieznany status „może”",
            "planowane, odbyte, odwolane",
        ),
    ],
)
def test_unknown_kind_lists_the_valid_ones(cli: Cli, args: list[str], unknown: str, valid: str) -> None:
    refused(cli(*args), 2, unknown, valid)


def test_unknown_kind_in_a_file_lists_the_valid_ones(cli: Cli) -> None:
    (cli.folder / "partnerzy.toml").write_text(
        '[[partner]]\nid = "x"\nnazwa = "X"\nrodzaj = "sklep"\n', encoding="utf-8"
    )
    refused(cli("check"), 3, "partnerzy.toml:4", "nieznany rodzaj partnera „sklep”", "dozwolone: szkola")
