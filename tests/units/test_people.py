"""The pure rules of participants: numbers, age groups, the year age is counted in, seats, and
naming a session by number, date or id."""

from __future__ import annotations

import datetime as dt

import pytest

from emocni_cli.errors import InputError, NotFoundError
from emocni_cli.model.trainings import Enrolment, Participant, Session
from emocni_cli.trainings.attendance import find_session
from emocni_cli.trainings.people import age_group, counted_year, next_id

D = dt.date


def person(pid: str, **more: object) -> Participant:
    values = {"id": pid, "imie_nazwisko": "Anna Nowak", "rok_urodzenia": 1956, "zgoda": D(2019, 2, 20)}
    return Participant.model_validate({**values, **more})


def enrolment(pid: str, training: str = "2019-01", **more: object) -> Enrolment:
    return Enrolment.model_validate(
        {"id": f"{training}.{pid}", "szkolenie": training, "uczestnik": pid, **more}
    )


def session(sid: str, day: dt.date) -> Session:
    return Session.model_validate({"id": sid, "szkolenie": sid.rsplit(".", 1)[0], "data": day, "godziny": 3})


def test_the_next_number_is_above_every_number_in_participants_and_enrolments() -> None:
    assert next_id([], []) == "u-001"
    assert next_id([person("u-001"), person("u-007")], []) == "u-008"
    assert next_id([person("u-001")], [enrolment("u-012")]) == "u-013"  # u-012 deleted by hand
    assert next_id([person("u-999"), person("gosc")], []) == "u-1000"


@pytest.mark.parametrize(
    ("born", "year", "group"),
    [
        (1959, 2019, "60+"),
        (1960, 2019, "50-59"),
        (1969, 2019, "50-59"),
        (1970, 2019, "18-49"),
        (2002, 2019, "ponizej-18"),
    ],
)
def test_age_groups_by_the_age_reached_in_the_year(born: int, year: int, group: str) -> None:
    assert age_group(born, year) == group


def test_age_is_counted_in_the_year_of_the_first_session_attended_else_of_enrolment() -> None:
    sessions = [session("2019-01.1", D(2019, 12, 3)), session("2020-02.1", D(2020, 1, 14))]
    attended = [
        enrolment("u-001", obecnosc=["2020-02.1"]),
        enrolment("u-001", "2019-01", zapisano=D(2019, 11, 2)),
    ]
    assert counted_year(person("u-001"), attended, sessions) == 2020
    assert counted_year(person("u-001"), [enrolment("u-001", zapisano=D(2018, 12, 30))], sessions) == 2018
    assert counted_year(person("u-001"), [], sessions) == 2019  # the consent's year


def test_a_session_is_named_by_number_date_or_id() -> None:
    sessions = [
        session("2019-01.1", D(2019, 3, 5)),
        session("2019-01.2", D(2019, 3, 12)),
        session("2019-02.1", D(2019, 3, 5)),
    ]
    assert find_session(sessions, "2019-01", "2").id == "2019-01.2"
    assert find_session(sessions, "2019-01", "05.03.2019").id == "2019-01.1"
    assert find_session(sessions, "2019-01", "2019-01.1").id == "2019-01.1"
    with pytest.raises(NotFoundError, match=r"nie ma zajęć „2019-02\.1”"):
        find_session(sessions, "2019-01", "2019-02.1")
    twice = [*sessions, session("2019-01.3", D(2019, 3, 5))]
    with pytest.raises(InputError, match="kilka zajęć"):
        find_session(twice, "2019-01", "5.03.2019")
