"""zapisy.toml and uczestnicy.toml edited by hand: every enrolment that names an unknown training,
session or participant, a session of another training or a second enrolment of one person is an
error `check` reports with its file and line; a participant without consent is refused."""

from __future__ import annotations

from tests.cli_asserts import ok, refused
from tests.helpers import Cli
from tests.people import running_training

ENROLMENTS = """\
[[zapis]]
id = "2019-01.u-001"
szkolenie = "2019-01"
uczestnik = "u-001"
obecnosc = ["2019-01.1", "2019-01.7"]

[[zapis]]
id = "2019-01.u-001-bis"
szkolenie = "2019-01"
uczestnik = "u-001"

[[zapis]]
id = "2019-05.u-002"
szkolenie = "2019-05"
uczestnik = "u-002"

[[zapis]]
id = "2019-01.u-009"
szkolenie = "2019-01"
uczestnik = "u-009"
obecnosc = ["2019-02.1"]
"""

OTHER_SESSION = """
[[zajecia]]
id = "2019-02.1"
szkolenie = "2019-02"
data = 2019-04-02
godziny = 2
"""


def test_check_reports_every_wrong_reference_in_enrolments_with_its_line(cli: Cli) -> None:
    running_training(cli)
    ok(cli("training", "add", "--year", "2019", "--title", "Rozmowy wideo", "--hours", "2"))
    with (cli.folder / "zajecia.toml").open("a", encoding="utf-8") as fh:
        fh.write(OTHER_SESSION)
    (cli.folder / "zapisy.toml").write_text(ENROLMENTS, encoding="utf-8")
    message = refused(cli("check"), 3)
    for line, phrase in [
        (5, "obecność na zajęciach „2019-01.7”, których nie ma w pliku zajecia.toml"),
        (10, "uczestnik „u-001” jest już zapisany na szkolenie „2019-01” (zapis „2019-01.u-001”)"),
        (14, "szkolenia „2019-05” nie ma w żadnym planie rocznym"),
        (20, "uczestnika „u-009” nie ma w pliku uczestnicy.toml"),
        (21, "obecność na zajęciach „2019-02.1” innego szkolenia (2019-02)"),
    ]:
        assert f"zapisy.toml:{line} " in message and phrase in message, phrase
    assert "Znaleziono 5 błędów" in message


def test_a_hand_written_participant_without_consent_is_an_error(cli: Cli) -> None:
    (cli.folder / "uczestnicy.toml").write_text(
        '[[uczestnik]]\nid = "u-001"\nimie_nazwisko = "Anna Nowak"\nrok_urodzenia = 1956\n', encoding="utf-8"
    )
    refused(cli("check"), 3, "uczestnicy.toml", "brak daty zgody")
    refused(cli("participant", "list"), 3)
    ok(cli("status"))  # the participants' file is not status's to read


def test_a_forgotten_person_needs_no_consent_and_cannot_be_enrolled_again(cli: Cli) -> None:
    running_training(cli, people=False)
    (cli.folder / "uczestnicy.toml").write_text(
        '[[uczestnik]]\nid = "u-001"\nzapomniano = 2020-01-10\ngrupa_wiekowa = "60+"\n', encoding="utf-8"
    )
    ok(cli("check"))
    refused(cli("training", "enrol", "2019-01", "u-001"), 1, "Dane tych osób usunięto")
