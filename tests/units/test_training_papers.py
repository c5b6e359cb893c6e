"""The values the training papers are filled with: terms, hours, the session a person names."""

from __future__ import annotations

import datetime as dt

import pytest

from emocni_cli.documents.trainings import days_text, hours_genitive
from emocni_cli.errors import InputError, NotFoundError
from emocni_cli.model.trainings import Session
from emocni_cli.trainings.attendance import find_session

D = dt.date


@pytest.mark.parametrize(
    ("first", "last", "shown"),
    [
        (D(2019, 3, 5), D(2019, 3, 5), "5 marca 2019 r."),
        (D(2019, 3, 5), D(2019, 3, 26), "5–26 marca 2019 r."),
        (D(2019, 2, 26), D(2019, 3, 5), "26 lutego – 5 marca 2019 r."),
        (D(2019, 12, 10), D(2020, 1, 14), "10 grudnia 2019 r. – 14 stycznia 2020 r."),
    ],
)
def test_the_days_of_a_training(first: dt.date, last: dt.date, shown: str) -> None:
    assert days_text(first, last) == shown


@pytest.mark.parametrize(
    ("hours", "shown"),
    [(1, "1 godziny"), (1.5, "1,5 godziny"), (3, "3 godzin"), (12, "12 godzin"), (22, "22 godzin")],
)
def test_hours_after_w_wymiarze(hours: float, shown: str) -> None:
    assert hours_genitive(hours) == shown


def _session(number: int, day: dt.date, training: str = "2019-01") -> Session:
    return Session(id=f"{training}.{number}", szkolenie=training, data=day, godziny=3)


SESSIONS = [
    _session(2, D(2019, 3, 12)),
    _session(1, D(2019, 3, 5)),
    _session(3, D(2019, 3, 12)),
    _session(1, D(2019, 3, 5), training="2019-02"),
]


@pytest.mark.parametrize("typed", ["1", " 1 ", "2019-01.1", "05.03.2019", "2019-03-05"])
def test_a_session_by_number_id_or_date(typed: str) -> None:
    assert find_session(SESSIONS, "2019-01", typed).id == "2019-01.1"


def test_a_day_with_two_sessions_asks_for_the_number() -> None:
    with pytest.raises(InputError) as caught:
        find_session(SESSIONS, "2019-01", "12.03.2019")
    assert "nr 2, 3" in caught.value.message


def test_a_session_of_another_training_is_not_found() -> None:
    with pytest.raises(NotFoundError) as caught:
        find_session(SESSIONS, "2019-01", "2019-02.1")
    assert "(są: 1 — 05.03.2019; 2 — 12.03.2019; 3 — 12.03.2019)" in caught.value.message
    with pytest.raises(NotFoundError, match="nie ma jeszcze żadnych zajęć"):
        find_session(SESSIONS, "2019-05", "1")
