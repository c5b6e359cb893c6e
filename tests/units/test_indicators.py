"""The pure pieces of the indicators: age groups, the year a person's age is taken in, month labels,
the Polish wording of the figures."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest

from emocni_cli.trainings.attendance import age_group, first_years
from emocni_cli.trainings.indicator_words import attendances_word, people_of_target, trainings_word
from emocni_cli.trainings.indicators import month_label
from emocni_cli.workspace.load import load
from tests.helpers import EXAMPLE


@pytest.mark.parametrize(
    ("age", "group"),
    [(17, "ponizej-18"), (18, "18-49"), (49, "18-49"), (50, "50-59"), (59, "50-59"), (60, "60+")],
)
def test_age_groups_at_their_boundaries(age: int, group: str) -> None:
    assert age_group(age) == group


def test_the_age_is_taken_in_the_year_of_the_first_session_attended_else_of_enrolment() -> None:
    from emocni_cli.model.trainings import Enrolment, Session

    ws = SimpleNamespace(  # just what first_years reads
        sessions=[
            Session(id="2018-01.1", szkolenie="2018-01", data=dt.date(2018, 12, 4), godziny=2),
            Session(id="2019-01.1", szkolenie="2019-01", data=dt.date(2019, 3, 5), godziny=2),
        ],
        enrolments=[
            Enrolment(id="a", szkolenie="2019-01", uczestnik="u-001", obecnosc=["2019-01.1"]),
            Enrolment(id="b", szkolenie="2018-01", uczestnik="u-001", obecnosc=["2018-01.1"]),
            Enrolment(id="c", szkolenie="2019-01", uczestnik="u-002", zapisano=dt.date(2018, 11, 30)),
            Enrolment(id="d", szkolenie="2019-01", uczestnik="u-003"),
        ],
    )

    # u-001: first present in 2018; u-002 never present: the year of enrolment; u-003: unknown
    assert first_years(ws) == {"u-001": 2018, "u-002": 2018}  # type: ignore[arg-type]


def test_polish_numbers_and_months() -> None:
    assert people_of_target(59, 240) == "59 z 240 (24,6%)"
    assert people_of_target(3, None) == "3 (cel nie jest ustawiony)"
    assert [trainings_word(n) for n in (1, 3, 5, 22)] == [
        "1 szkolenie",
        "3 szkolenia",
        "5 szkoleń",
        "22 szkolenia",
    ]
    assert [attendances_word(n) for n in (1, 2, 35)] == ["1 uczestnictwo", "2 uczestnictwa", "35 uczestnictw"]
    assert month_label("2019-03") == "marzec 2019"


def test_the_example_has_people_on_several_trainings_disabilities_and_one_who_did_not_complete() -> None:
    from emocni_cli.trainings.attendance import trainings_progress

    ws = load(EXAMPLE, personal=True)
    assert len(ws.participants) == 60
    per_person: dict[str, int] = {}
    for enrolment in ws.enrolments:
        if enrolment.lista == "glowna":
            per_person[enrolment.uczestnik] = per_person.get(enrolment.uczestnik, 0) + 1
    assert sorted(per_person.values()).count(1) < 60 and max(per_person.values()) == 3
    assert sum(p.niepelnosprawnosc for p in ws.participants) == 7
    assert any(e.lista == "rezerwowa" for e in ws.enrolments)
    done = {
        p.enrolment.uczestnik
        for t in trainings_progress(ws, dt.date(2019, 12, 31))
        for p in t.people
        if p.completed
    }
    assert set(per_person) - done == {"u-010"}  # Grażyna Jankowska: 6 of 12 hours of 2019-01
