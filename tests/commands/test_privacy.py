"""Privacy by design (RODO): no participant's name, contact or health data leaves through the
calendar, the CSV exports, status (text and --json), the agenda or the change history — and those
commands do not even read the participants' file (they work while it cannot be read)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli_asserts import ok
from tests.helpers import Cli
from tests.people import NAMES, running_training

SECRETS = [*NAMES, "Kamionka", "tłumacz PJM"]


@pytest.fixture
def trained(cli: Cli) -> Cli:
    """A training run from enrolment to attendance, by names typed as people type them."""
    running_training(cli)
    ok(cli("partner", "add", "Gminna Biblioteka Publiczna", "--type", "biblioteka", "--id", "gbp"))
    ok(cli("participant", "edit", "Anna Nowak", "--needs", "tłumacz PJM"))
    ok(cli("training", "enrol", "2019-01", "Anna Nowak", "Jan Kowalski", "Zofia Wiśniewska"))
    for session in ("1", "2"):
        ok(cli("training", "attendance", "2019-01", "-s", session, "-p", "Anna Nowak, Jan Kowalski"))
    ok(cli("training", "resign", "2019-01", "Jan Kowalski"))
    ok(cli("training", "done", "2019-01", "--participants", "2", "--date", "12.03.2019"))
    return cli


def outputs(cli: Cli, out: Path) -> dict[str, str]:
    """What every path that must stay free of personal data prints or writes."""
    runs = {
        "status": cli("status", "--today", "2019-12-31"),
        "status --json": cli("status", "--json", "--today", "2019-12-31"),
        "agenda": cli("agenda", "--today", "2019-03-01"),
        "agenda --json": cli("agenda", "--json", "--today", "2019-03-01"),
        "history": cli("history", "-n", "50"),
        "history --json": cli("history", "-n", "50", "--json"),
        "calendar": cli("calendar", "export", "-o", str(out / "kalendarz.ics"), "--force"),
        "training export": cli(
            "training", "export", "--year", "2019", "--csv", str(out / "s.csv"), "--force"
        ),
        "partner export": cli("partner", "export", "--csv", str(out / "p.csv"), "--force"),
    }
    texts = {name: ok(result).stdout + result.stderr for name, result in runs.items()}
    for written in ("kalendarz.ics", "s.csv", "p.csv"):
        texts[written] = (out / written).read_text(encoding="utf-8-sig")
    return texts


def test_no_personal_data_leaves_through_calendar_exports_status_agenda_or_history(
    trained: Cli, tmp_path: Path
) -> None:
    texts = outputs(trained, tmp_path)
    for name, text in texts.items():
        for secret in SECRETS:
            assert secret not in text, (name, secret)
    assert "u-001" in texts["history"]  # people are named by number there


def test_those_commands_do_not_read_the_participants_file(trained: Cli, tmp_path: Path) -> None:
    (trained.folder / "uczestnicy.toml").write_text("to nie jest [[ TOML", encoding="utf-8")
    outputs(trained, tmp_path)  # each one ends well


def test_the_example_gmina_shows_none_of_its_sixty_names(example: Path, tmp_path: Path) -> None:
    import tomllib

    people = tomllib.loads((example / "uczestnicy.toml").read_text(encoding="utf-8"))["uczestnik"]
    names = [p["imie_nazwisko"] for p in people if "imie_nazwisko" in p]
    assert len(names) >= 50
    for name, text in outputs(Cli(example), tmp_path).items():
        for secret in names:
            assert secret not in text, (name, secret)
