"""emocni calendar export: the .ics is read back with the icalendar library, as a calendar would."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import icalendar
import pytest

from emocni_cli.model.term import term_days
from tests.builders import build
from tests.cli_asserts import flat
from tests.helpers import Cli

PLAN_2019 = """\
[[szkolenie]]
id = "bankowosc"
tytul = "Bankowość internetowa i bezpieczne płatności"
obszar = "finanse"
termin = "marzec 2019"
miejsce = "Gminna Biblioteka Publiczna"

[[szkolenie]]
id = "rodzina"
tytul = "Wideorozmowy z wnukami"
obszar = "relacje"
termin = "2019-04"

[[szkolenie]]
id = "zdrowie"
tytul = "E-zdrowie"
termin = "12-14.05.2019"
status = "odwolane"

[[szkolenie]]
id = "foto"
tytul = "Fotografia smartfonem"
termin = "jesień 2019"
"""


@pytest.fixture
def events_ws(cli: Cli, ws: Path) -> Path:
    steps = [
        ("partner", "add", "Gminna Biblioteka Publiczna", "--type", "biblioteka", "--id", "gbp"),
        ("meeting", "add", "--date", "21.11.2017", "--kind", "inicjujace", "--time", "17:00",
         "--place", "Biblioteka, czytelnia", "--held", "-a", "gbp"),
        ("meeting", "add", "--date", "10.04.2018", "--title", "Diagnoza potrzeb"),
        ("consultation", "add", "--form", "wizyta", "--visit", "1", "--date", "06.03.2018",
         "--time", "10:00", "--duration", "4h", "--held"),
        ("consultation", "add", "--form", "telefon", "--date", "14.05.2018", "--duration", "1h"),
        ("webinar", "add", "Plan bez tajemnic", "--date", "12.09.2018"),
    ]  # fmt: skip
    build(cli, steps)
    (ws / "plan-2019.toml").write_text(PLAN_2019, encoding="utf-8")
    return ws


def export(cli: Cli, ws: Path, *extra: str) -> tuple[icalendar.Calendar, bytes, str]:
    target = ws / "k.ics"
    result = cli("calendar", "export", "-o", str(target), *extra)
    assert result.exit_code == 0, result.output
    data = target.read_bytes()
    return icalendar.Calendar.from_ical(data), data, flat(result.stderr)


def by_uid(cal: icalendar.Calendar) -> dict[str, icalendar.Event]:
    return {str(e["UID"]): e for e in cal.walk("VEVENT")}


def test_export_parses_and_holds_every_kind_of_event(cli: Cli, events_ws: Path) -> None:
    cal, data, stderr = export(cli, events_ws)
    assert b"\r\n" in data and b"\n" not in data.replace(b"\r\n", b"")
    assert str(cal["PRODID"]).startswith("-//emocni//")
    assert [str(z["TZID"]) for z in cal.walk("VTIMEZONE")] == ["Europe/Warsaw"]
    events = by_uid(cal)
    domain = "@wierzbno-dolne.emocni"
    assert set(events) == {
        f"spotkanie-2017-11-21{domain}",
        f"spotkanie-2018-04-10{domain}",
        f"konsultacja-wizyta-1{domain}",
        f"konsultacja-telefon-2018-05-14{domain}",
        f"webinarium-plan-bez-tajemnic{domain}",
        f"szkolenie-2019-bankowosc{domain}",
        f"szkolenie-2019-rodzina{domain}",
        f"szkolenie-2019-zdrowie{domain}",
    }
    # a training whose date cannot be understood is left out, and the user is told which one
    assert "foto" in stderr and "jesień 2019" in stderr

    meeting = events[f"spotkanie-2017-11-21{domain}"]
    start = meeting.decoded("DTSTART")
    assert start == dt.datetime(2017, 11, 21, 17, 0, tzinfo=start.tzinfo)
    assert start.utcoffset() == dt.timedelta(hours=1)  # CET in November
    assert meeting["DTSTART"].params["TZID"] == "Europe/Warsaw"
    assert str(meeting["SUMMARY"]) == "Spotkanie partnerstwa (inicjujące)"
    assert str(meeting["LOCATION"]) == "Biblioteka, czytelnia"
    assert "Gminna Biblioteka Publiczna" in str(meeting["DESCRIPTION"])

    visit = events[f"konsultacja-wizyta-1{domain}"]
    assert visit.decoded("DTEND") - visit.decoded("DTSTART") == dt.timedelta(hours=4)
    assert "Paweł Zieliński" in str(visit["DESCRIPTION"])

    # no time known: a whole-day event
    phone = events[f"konsultacja-telefon-2018-05-14{domain}"]
    assert phone.decoded("DTSTART") == dt.date(2018, 5, 14)
    assert phone.decoded("DTEND") == dt.date(2018, 5, 15)

    month = events[f"szkolenie-2019-bankowosc{domain}"]
    assert month.decoded("DTSTART") == dt.date(2019, 3, 1)
    assert "marzec 2019" in str(month["SUMMARY"])
    # a month typed as 2019-04 is named like one in the summary; the area by its catalogue name
    family = events[f"szkolenie-2019-rodzina{domain}"]
    assert str(family["SUMMARY"]) == "Szkolenie: Wideorozmowy z wnukami (termin: kwiecień 2019)"
    assert "Obszar: relacje z bliskimi" in str(family["DESCRIPTION"])
    days = events[f"szkolenie-2019-zdrowie{domain}"]
    assert (days.decoded("DTSTART"), days.decoded("DTEND")) == (dt.date(2019, 5, 12), dt.date(2019, 5, 15))
    assert str(days["STATUS"]) == "CANCELLED"


def test_uids_stay_the_same_across_exports_and_edits(cli: Cli, events_ws: Path) -> None:
    first, _, _ = export(cli, events_ws)
    assert cli("meeting", "edit", "2018-04-10", "--place", "GOK", "--time", "16:00").exit_code == 0
    second, _, _ = export(cli, events_ws)
    assert set(by_uid(first)) == set(by_uid(second))
    moved = by_uid(second)["spotkanie-2018-04-10@wierzbno-dolne.emocni"]
    assert str(moved["LOCATION"]) == "GOK"
    assert moved.decoded("DTSTART").hour == 16


def test_from_date_keeps_later_events_only(cli: Cli, events_ws: Path) -> None:
    cal, _, _ = export(cli, events_ws, "--from", "01.01.2019")
    assert sorted(by_uid(cal)) == [
        "szkolenie-2019-bankowosc@wierzbno-dolne.emocni",
        "szkolenie-2019-rodzina@wierzbno-dolne.emocni",
        "szkolenie-2019-zdrowie@wierzbno-dolne.emocni",
    ]


def test_default_file_goes_to_dokumenty(cli: Cli, events_ws: Path) -> None:
    result = cli("calendar", "export")
    assert result.exit_code == 0, result.output
    assert icalendar.Calendar.from_ical((events_ws / "dokumenty" / "kalendarz.ics").read_bytes())


def test_bad_from_date_is_refused(cli: Cli, events_ws: Path) -> None:
    result = cli("calendar", "export", "--from", "wczesną wiosną")
    assert result.exit_code == 2
    assert "--from" in result.stderr
    assert not (events_ws / "dokumenty").exists()


@pytest.mark.parametrize(
    ("termin", "first", "last", "month_only"),
    [
        ("2019-03", "2019-03-01", "2019-03-31", True),
        ("marzec 2019", "2019-03-01", "2019-03-31", True),
        ("03.2019", "2019-03-01", "2019-03-31", True),
        ("luty 2020", "2020-02-01", "2020-02-29", True),
        ("12.03.2019", "2019-03-12", "2019-03-12", False),
        ("12 marca 2019 r.", "2019-03-12", "2019-03-12", False),
        ("12–14.03.2019", "2019-03-12", "2019-03-14", False),
        ("5.03.2019 – 26.03.2019", "2019-03-05", "2019-03-26", False),
        ("od 5.03.2019 do 26.03.2019", "2019-03-05", "2019-03-26", False),
    ],
)
def test_training_dates_as_people_write_them(termin: str, first: str, last: str, month_only: bool) -> None:
    span = term_days(termin)
    assert span is not None
    assert (span.first.isoformat(), span.last.isoformat(), span.month_only) == (first, last, month_only)


@pytest.mark.parametrize("termin", ["jesień 2019", "2019-13", "po wakacjach", "26.03.2019 – 5.03.2019"])
def test_training_dates_not_understood(termin: str) -> None:
    assert term_days(termin) is None


def test_example_exports_every_record(example: Path) -> None:
    from emocni_cli.workspace.load import load

    cli = Cli(example)
    cal, _, stderr = export(cli, example)
    ws = load(example)
    # a training with sessions is its sessions, one event each
    with_sessions = {s.szkolenie for s in ws.sessions}
    trainings = sum(1 for items in ws.annual_plans.values() for t in items if t.id not in with_sessions)
    assert with_sessions and trainings  # the example has both kinds
    expected = len(ws.meetings) + len(ws.consultations) + len(ws.webinars) + trainings + len(ws.sessions)
    assert len(cal.walk("VEVENT")) == expected
    assert "pominięto" not in stderr
    summaries = {str(e["SUMMARY"]) for e in cal.walk("VEVENT")}
    assert "Spotkanie partnerstwa: Podpisanie porozumienia partnerskiego" in summaries


def test_a_later_export_is_a_newer_revision(example: Path) -> None:
    from emocni_cli.exchange.calendar import export as export_calendar
    from emocni_cli.workspace.load import load

    ws = load(example)
    first = icalendar.Calendar.from_ical(
        export_calendar(ws, now=dt.datetime(2019, 1, 5, 12, tzinfo=dt.UTC)).data
    )
    later = icalendar.Calendar.from_ical(
        export_calendar(ws, now=dt.datetime(2019, 1, 5, 13, tzinfo=dt.UTC)).data
    )
    revisions = {str(e["UID"]): int(e["SEQUENCE"]) for e in first.walk("VEVENT")}
    assert revisions
    for event in later.walk("VEVENT"):
        assert int(event["SEQUENCE"]) > revisions[str(event["UID"])]


def alarms(event: icalendar.Event) -> list[tuple[str, dt.timedelta, str]]:
    return [(str(a["ACTION"]), a.decoded("TRIGGER"), str(a["DESCRIPTION"])) for a in event.walk("VALARM")]


def test_planned_events_remind_a_week_and_a_day_before(cli: Cli, events_ws: Path) -> None:
    from emocni_cli.exchange.calendar import export as export_calendar
    from emocni_cli.workspace.load import load

    assert cli("consultation", "edit", "telefon-2018-05-14", "--time", "12:00").exit_code == 0
    ws = load(events_ws)
    cal = icalendar.Calendar.from_ical(
        export_calendar(ws, now=dt.datetime(2018, 3, 1, 12, tzinfo=dt.UTC)).data
    )
    events = by_uid(cal)
    domain = "@wierzbno-dolne.emocni"
    # an all-day event at 9:00 seven days and one day before
    assert alarms(events[f"spotkanie-2018-04-10{domain}"]) == [
        ("DISPLAY", -dt.timedelta(days=6, hours=15), "Za tydzień: Spotkanie partnerstwa: Diagnoza potrzeb"),
        ("DISPLAY", -dt.timedelta(hours=15), "Jutro: Spotkanie partnerstwa: Diagnoza potrzeb"),
    ]
    # an event at a time: at that time
    assert [t for _, t, _ in alarms(events[f"konsultacja-telefon-2018-05-14{domain}"])] == [
        -dt.timedelta(days=7),
        -dt.timedelta(days=1),
    ]
    assert len(alarms(events[f"webinarium-plan-bez-tajemnic{domain}"])) == 2
    assert len(alarms(events[f"szkolenie-2019-bankowosc{domain}"])) == 2
    # held, cancelled: no reminder
    assert alarms(events[f"spotkanie-2017-11-21{domain}"]) == []
    assert alarms(events[f"szkolenie-2019-zdrowie{domain}"]) == []
    # exported after the planned meeting: its day is past, nothing to remind of
    later = icalendar.Calendar.from_ical(
        export_calendar(ws, now=dt.datetime(2018, 4, 10, 6, tzinfo=dt.UTC)).data
    )
    assert alarms(by_uid(later)[f"spotkanie-2018-04-10{domain}"]) == []
    assert len(alarms(by_uid(later)[f"konsultacja-telefon-2018-05-14{domain}"])) == 2
