"""The values the training papers are filled with: terms, hours, the session a person names."""

from __future__ import annotations

import datetime as dt

import pytest

from emocni_cli.documents.trainings import blank_rows_for, days_text, hours_genitive

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


@pytest.mark.parametrize(
    ("people", "blank"), [(0, 3), (12, 3), (13, 3), (14, 2), (15, 1), (16, 0), (17, 3), (40, 3)]
)
def test_blank_rows_keep_a_list_that_fits_on_one_page(people: int, blank: int) -> None:
    assert blank_rows_for(people) == blank
