"""emocni agenda: what is coming up and what is overdue on the example gmina, Wierzbno Dolne, at
several days of its timeline (--today, EMOCNI_TODAY), with --days, --json, and an empty agenda."""

from __future__ import annotations

import json
import re
from pathlib import Path

import icalendar
import pytest

from tests.cli_asserts import flat, ok, refused
from tests.helpers import Cli


def agenda(folder: Path, *args: str, env: dict | None = None) -> str:
    return flat(ok(Cli(folder)("agenda", *args, env=env)).stdout)


def as_json(folder: Path, *args: str) -> dict:
    return json.loads(ok(Cli(folder)("agenda", "--json", *args)).stdout)


@pytest.fixture
def planned(example: Path) -> Path:
    """The example as it was before its 2019 trainings took place: all of them still planned."""
    path = example / "plan-2019.toml"
    text = re.sub(r"(?m)^(zrealizowano|uczestnicy_faktycznie) = .*\n", "", path.read_text(encoding="utf-8"))
    path.write_text(text.replace('status = "zrealizowane"', 'status = "planowane"'), encoding="utf-8")
    return example


def test_march_2018_the_first_visit_is_coming_with_the_command_that_records_it(example: Path) -> None:
    text = agenda(example, "--today", "2018-03-01")
    assert "od 1 marca 2018 r. do 31 marca 2018 r. (30 dni)" in text
    assert "wtorek, 6 marca 2018, godz. 10:00 — Wizyta konsultacyjna animatora nr 1" in text
    assert "miejsce: Gminna Biblioteka Publiczna" in text
    assert "po konsultacji zapisz: emocni consultation edit wizyta-1 --held" in text
    assert "10 kwietnia" not in text  # beyond 30 days
    assert "Zaległe" not in text
    assert "Najważniejszy następny krok: Przekaż część ogólną animatorowi" in text


def test_more_days_bring_the_april_meeting_and_the_adoption_it_brings(example: Path) -> None:
    text = agenda(example, "--today", "2018-03-01", "--days", "60")
    meeting = (
        "wtorek, 10 kwietnia 2018, godz. 16:00 — Spotkanie partnerstwa: Diagnoza potrzeb — wyniki ankiety"
    )
    adoption = "wtorek, 10 kwietnia 2018 — Przyjęcie planu szkoleń na 2018 przez partnerstwo"
    assert text.index("6 marca 2018") < text.index(meeting) < text.index(adoption)
    assert "po spotkaniu zapisz: emocni meeting held 2018-04-10" in text
    assert "po przyjęciu zapisz: emocni plan adopt 2018" in text


def test_november_2018_trainings_of_the_month_and_the_second_visit(example: Path) -> None:
    text = agenda(example, "--today", "2018-11-01")
    november = "listopad 2018 — Szkolenie: Bezpieczny smartfon"
    visit = "wtorek, 20 listopada 2018, godz. 10:00 — Wizyta konsultacyjna animatora nr 2"
    december = "grudzień 2018 — Szkolenie: E-urząd bez tajemnic"
    assert text.index(november) < text.index(visit) < text.index(december)
    assert "po szkoleniu zapisz: emocni training done 2018-02 --participants LICZBA" in text
    assert "dokładny dzień do ustalenia" in text
    assert "emocni consultation edit wizyta-2 --held" in text


def test_february_2019_the_webinar_and_the_march_training(example: Path) -> None:
    text = agenda(example, "--today", "2019-02-01")
    assert "czwartek, 14 lutego 2019 — Webinarium: Webinarium wprowadzające" in text
    assert "po webinarium zapisz udział: emocni webinar held webinarium-wprowadzajace" in text
    assert "marzec 2019 — Szkolenie: Bankowość internetowa" in text
    assert "kwiecień 2019" not in text


def test_overdue_events_and_trainings_say_how_to_record_or_cancel_them(planned: Path) -> None:
    ok(Cli(planned)("meeting", "add", "--date", "2019-04-02", "--title", "Przegląd szkoleń"))
    ok(Cli(planned)("webinar", "add", "Promocja szkoleń", "--date", "2019-04-10"))
    text = agenda(planned, "--today", "2019-05-20", "--days", "7")
    upcoming, overdue = text.split("Zaległe — data minęła, a status to nadal „planowane”:")
    assert "maj 2019 — Szkolenie: Zdrowie w sieci" in upcoming
    assert overdue.index("marzec 2019 — Szkolenie: Bankowość") < overdue.index("wtorek, 2 kwietnia 2019")
    assert (
        "jeśli doszło do skutku, zapisz: emocni training done 2019-01 --participants LICZBA --date DATA"
        in overdue
    )
    assert "jeśli nie doszło do skutku: emocni training edit 2019-01 --status odwolane" in overdue
    assert "jeśli doszło do skutku, zapisz: emocni meeting held 2019-04-02" in overdue
    assert "jeśli nie doszło do skutku: emocni meeting edit 2019-04-02 --status odwolane" in overdue
    assert "jeśli gmina wzięła udział, zapisz: emocni webinar held promocja-szkolen" in overdue
    assert "jeśli udziału nie było: emocni webinar edit promocja-szkolen --status odwolane" in overdue
    assert "Bankowość" not in upcoming


def test_steps_whose_time_has_come_have_no_date(example: Path) -> None:
    """Sent to the animator but not yet accepted; an annual plan with trainings never adopted."""
    for name, line in (
        ("plan-ogolny.toml", "zaakceptowano = 2018-06-20"),
        ("plan-ogolny.toml", "wgrano_na_platforme = 2018-06-22"),
        ("plan-2019.toml", "przyjeto = 2018-10-23"),
    ):
        path = example / name
        text, count = re.subn(rf"(?m)^{line}\n", "", path.read_text(encoding="utf-8"))
        assert count == 1
        path.write_text(text, encoding="utf-8")
    out = agenda(example, "--today", "2018-07-01")
    due = out.split("Czas na to teraz (bez daty):")[1]
    assert (
        "• Akceptacja części ogólnej planu przez animatora po akceptacji zapisz: emocni plan mark accepted"
        in due
    )
    assert "Wgranie" not in due  # acceptance comes first
    assert "Przyjęcie planu szkoleń na 2019" in due and "emocni plan adopt 2019" in due
    data = as_json(example, "--today", "2018-07-01")
    assert [(e["kind"], e["id"], e["first"]) for e in data["due"]] == [
        ("plan_step", "accepted", None),
        ("annual_plan", "2019", None),
    ]


def test_emocni_today_sets_the_day_and_a_wrong_one_is_named(example: Path) -> None:
    assert "6 marca 2018" in agenda(example, env={"EMOCNI_TODAY": "1 marca 2018"})
    refused(
        Cli(example)("agenda", env={"EMOCNI_TODAY": "30.02.2018"}), 2, "Zmienna środowiskowa EMOCNI_TODAY"
    )
    refused(Cli(example)("agenda", "--today", "31.02.2018"), 2, "--today")


def test_days_must_be_positive(example: Path) -> None:
    result = Cli(example)("agenda", "--days", "0")
    assert result.exit_code == 2 and "--days" in result.output and "Traceback" not in result.output


def test_an_empty_agenda_says_so_and_suggests_what_to_plan(cli: Cli) -> None:
    text = flat(ok(cli("agenda", "--today", "2018-01-10")).stdout)
    assert "Do 9 lutego 2018 r. nic nie jest zaplanowane i nic nie zalega." in text
    assert (
        'Co warto zaplanować: Zapisz instytucje, które przystąpiły do partnerstwa: emocni partner add "Nazwa"'
        in text
    )


def test_json_has_stable_keys_iso_dates_and_the_calendar_uids(example: Path, unchanged) -> None:
    check = unchanged(example)
    data = as_json(example, "--today", "2018-11-01")
    check()  # read-only
    assert list(data) == [
        "gmina",
        "today",
        "until",
        "days",
        "upcoming",
        "due",
        "overdue",
        "next_step",
        "notes",
    ]
    assert (data["today"], data["until"], data["days"]) == ("2018-11-01", "2018-12-01", 30)
    visit = next(e for e in data["upcoming"] if e["kind"] == "consultation")
    assert visit == {
        "kind": "consultation",
        "id": "wizyta-2",
        "what": visit["what"],
        "first": "2018-11-20",
        "last": "2018-11-20",
        "month_only": False,
        "time": "10:00",
        "place": "Gminny Ośrodek Kultury",
        "command": "emocni consultation edit wizyta-2 --held",
        "otherwise": None,
        "uid": "konsultacja-wizyta-2@wierzbno-dolne.emocni",
    }
    training = next(e for e in data["upcoming"] if e["kind"] == "training")
    assert (training["first"], training["last"], training["month_only"]) == ("2018-11-01", "2018-11-30", True)
    ok(Cli(example)("calendar", "export", "-o", str(example / "k.ics")))
    calendar = icalendar.Calendar.from_ical((example / "k.ics").read_bytes())
    uids = {str(e["UID"]) for e in calendar.walk("VEVENT")}
    assert {e["uid"] for e in data["upcoming"]} <= uids


@pytest.mark.parametrize("key", ["command", "otherwise"])
def test_the_commands_shown_record_what_they_say(planned: Path, key: str) -> None:
    """Every overdue entry's command (held, or cancelled), run as typed, takes it off the agenda."""
    cli = Cli(planned)
    ok(cli("meeting", "add", "--date", "2019-04-02"))
    ok(cli("consultation", "add", "--form", "online", "--date", "2019-04-03", "--duration", "1h"))
    ok(cli("webinar", "add", "Promocja szkoleń", "--date", "2019-04-10"))
    overdue = as_json(planned, "--today", "2019-05-20")["overdue"]
    assert {e["kind"] for e in overdue} == {"meeting", "consultation", "webinar", "training"}
    for entry in overdue:
        words = entry[key].replace("LICZBA", "12").replace("DATA", "30.04.2019").split()
        assert words[0] == "emocni"
        ok(cli(*words[1:]))
    assert as_json(planned, "--today", "2019-05-20")["overdue"] == []


def test_nothing_ahead_and_every_item_done_suggests_the_next_meeting_or_training(example: Path) -> None:
    text = agenda(example, "--today", "2019-02-20", "--days", "5")
    assert "Do 25 lutego 2019 r. nic nie jest zaplanowane i nic nie zalega." in text
    assert "Co warto zaplanować: kolejne spotkanie partnerstwa (emocni meeting add --date DATA)" in text


def test_a_training_without_a_readable_term_is_named_not_lost(planned: Path) -> None:
    path = planned / "plan-2019.toml"
    path.write_text(
        path.read_text(encoding="utf-8").replace('termin = "maj 2019"', 'termin = "wiosna 2019"'),
        encoding="utf-8",
    )
    result = ok(Cli(planned)("agenda", "--today", "2019-05-01"))
    assert "Szkolenie: Zdrowie w sieci" not in result.stdout
    message = flat(result.stderr)
    assert (
        "Uwaga: pominięto szkolenie „2019-03” (plan-2019.toml): nie rozumiem terminu „wiosna 2019”" in message
    )
    assert "wpisz np. 2019-03, marzec 2019 albo 12.03.2019" in message


def test_a_training_term_of_days_is_shown_as_its_days(example: Path) -> None:
    path = example / "plan-2019.toml"
    text = path.read_text(encoding="utf-8")
    text = text.replace('termin = "marzec 2019"', 'termin = "12–14.03.2019"')
    path.write_text(text.replace('termin = "kwiecień 2019"', 'termin = "15.04.2019"'), encoding="utf-8")
    shown = agenda(example, "--today", "2019-03-01", "--days", "60")
    assert "12.03.2019–14.03.2019 — Szkolenie: Bankowość" in shown
    assert "poniedziałek, 15 kwietnia 2019 — Szkolenie: Profil zaufany" in shown
    assert "dokładny dzień do ustalenia" not in shown
