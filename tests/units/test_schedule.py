"""trainings/schedule.py: a series' days, session numbers, which session a person means, and the
term a training takes from its sessions (which the plan's term reader must read back)."""

from __future__ import annotations

import datetime as dt

import pytest

from emocni_cli.errors import InputError, NotFoundError
from emocni_cli.model.term import term_days
from emocni_cli.model.training import Training
from emocni_cli.model.trainings import Session
from emocni_cli.trainings.schedule import find_session, next_ids, scheduled, series_days, term_of


def session(sid: str, day: str, hours: float = 3, training: str = "2019-01") -> Session:
    return Session(id=sid, szkolenie=training, data=day, godziny=hours)


def test_a_weekly_series_keeps_the_weekday() -> None:
    days = series_days(dt.date(2019, 3, 5), 4, 7)
    assert days[-1] == dt.date(2019, 3, 26) and {d.weekday() for d in days} == {1}
    assert series_days(dt.date(2019, 3, 29), 2, 14) == [dt.date(2019, 3, 29), dt.date(2019, 4, 12)]


def test_new_numbers_follow_the_highest_of_that_training() -> None:
    existing = [session("2019-01.1", "2019-03-05"), session("2019-01.4", "2019-03-12")]
    existing.append(session("2019-02.9", "2019-03-12", training="2019-02"))
    existing.append(session("wlasne", "2019-03-19"))  # written by hand: no number
    assert next_ids("2019-01", existing, 2) == ["2019-01.5", "2019-01.6"]
    assert next_ids("2019-03", existing, 1) == ["2019-03.1"]


@pytest.mark.parametrize(
    ("days", "term"),
    [
        (["2019-03-05"], "05.03.2019"),
        (["2019-03-26", "2019-03-05", "2019-03-12"], "05–26.03.2019"),
        (["2019-03-26", "2019-04-09"], "26.03.2019 – 09.04.2019"),
        (["2019-12-17", "2020-01-07"], "17.12.2019 – 07.01.2020"),
    ],
)
def test_the_term_of_sessions_reads_back_as_their_days(days: list[str], term: str) -> None:
    items = [session(f"2019-01.{n}", d) for n, d in enumerate(days, 1)]
    assert term_of(items) == term
    read = term_days(term)
    assert read is not None and (read.first, read.last) == (
        min(s.data for s in items),
        max(s.data for s in items),
    )


def test_a_training_with_sessions_has_their_term_and_hours_and_one_without_keeps_its_own() -> None:
    plan = Training(id="2019-01", tytul="E-urząd", termin="marzec 2019", godziny=12)
    assert scheduled(plan, []) is plan
    derived = scheduled(plan, [session("2019-01.1", "2019-03-05", 1.5), session("2019-01.2", "2019-03-12")])
    assert (derived.termin, derived.godziny) == ("05–12.03.2019", 4.5)
    assert (plan.termin, plan.godziny) == ("marzec 2019", 12)


def test_a_session_is_found_by_number_id_or_date() -> None:
    items = [session("2019-01.1", "2019-03-05"), session("2019-01.2", "2019-03-12")]
    assert find_session(items, "2019-01", "2").id == "2019-01.2"
    assert find_session(items, "2019-01", " 2019-01.1 ").id == "2019-01.1"
    assert find_session(items, "2019-01", "12.03.2019").id == "2019-01.2"
    assert find_session(items, "2019-01", "2019-03-05").id == "2019-01.1"
    with pytest.raises(NotFoundError, match="nie ma zajęć „3”"):
        find_session(items, "2019-01", "3")
    with pytest.raises(NotFoundError, match="nie ma zajęć „2”"):
        find_session(items, "2019-02", "2")  # another training's numbers are not this one's
    items.append(session("2019-01.3", "2019-03-12"))
    with pytest.raises(InputError, match=r"kilka zajęć \(nr 2, 3\)"):
        find_session(items, "2019-01", "12.03.2019")
