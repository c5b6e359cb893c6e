"""The pure rules of participants: numbers, what a forgotten person keeps, seats."""

from __future__ import annotations

import datetime as dt

from emocni_cli.model.trainings import Enrolment, Participant, Session
from emocni_cli.trainings.people import forgotten_values, next_id

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


def test_a_forgotten_person_keeps_the_age_group_of_the_year_counted() -> None:
    anna = person("u-001", plec="k", niepelnosprawnosc=True)  # born 1956, consent 2019
    kept = forgotten_values(anna, 2016, D(2026, 12, 1))  # 60 in the year of the first session
    assert kept == {
        "id": "u-001",
        "zapomniano": D(2026, 12, 1),
        "plec": "k",
        "niepelnosprawnosc": True,
        "grupa_wiekowa": "60+",
    }
    assert forgotten_values(anna, 2015, D(2026, 12, 1))["grupa_wiekowa"] == "50-59"
    assert forgotten_values(anna, None, D(2026, 12, 1))["grupa_wiekowa"] == "60+"  # consent's year
