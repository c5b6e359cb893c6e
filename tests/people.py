"""A training that runs, for the tests of participants, enrolment and attendance: the 2019 plan
with one training of two seats and two three-hour sessions (zajecia.toml written as a person
would type it), and three residents who signed the declaration."""

from __future__ import annotations

from tests.builders import build
from tests.helpers import Cli

SESSIONS = """\
[[zajecia]]
id = "2019-01.1"
szkolenie = "2019-01"
data = 2019-03-05
godzina = "10:00"
godziny = 3

[[zajecia]]
id = "2019-01.2"
szkolenie = "2019-01"
data = 2019-03-12
godzina = "10:00"
godziny = 3
"""

ANNA = (
    "participant add 'Anna Nowak' --birth-year 1956 --consent 20.02.2019 --sex k --place Kamionka "
    "--disability"
)
JAN = "participant add 'Jan Kowalski' --birth-year 1970 --consent 20.02.2019 --sex m --contact '601 234 567'"
ZOFIA = "participant add 'Zofia Wiśniewska' --birth-year 1960 --consent 21.02.2019 --sex k"
PEOPLE = [ANNA, JAN, ZOFIA]  # u-001, u-002, u-003
NAMES = ["Anna Nowak", "Jan Kowalski", "Zofia Wiśniewska", "Wiśniewska", "Kowalski", "601 234 567"]


def running_training(cli: Cli, people: bool = True) -> Cli:
    """Training 2019-01 (6 h in two sessions, 2 seats) and, with people, its participants."""
    build(
        cli,
        [
            "training add --year 2019 --title 'Bankowość internetowa' --hours 6 --participants 2 "
            "--area finanse --when 'marzec 2019'",
        ],
    )
    (cli.folder / "zajecia.toml").write_text(SESSIONS, encoding="utf-8")
    return build(cli, PEOPLE if people else [])
