"""emocni status on the example gmina, Wierzbno Dolne: the story of the DOMAIN.md timeline, told at
several dates (initiating meeting 21.11.2017, agreement 16.01.2018, visit 1 06.03.2018, remote advice
14.05 and 05.06.2018, general part accepted 20.06 and uploaded 22.06.2018, webinars 12.09.2018 and
14.02.2019, visit 2 20.11.2018, the pilot 2018 plan and the 2019 annual plan)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.cli_asserts import flat
from tests.helpers import Cli


def judged(folder: Path, today: str) -> dict:
    result = Cli(folder)("status", "--today", today, "--json")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def states(data: dict) -> dict[str, str]:
    return {i["key"]: i["state"] for i in data["items"]}


def entry(data: dict, key: str) -> dict:
    return next(i for i in data["items"] if i["key"] == key)


def test_december_2017_only_the_initiating_meeting_has_happened(example: Path) -> None:
    data = judged(example, "2017-12-01")
    s = states(data)
    assert data["done"] == 0
    # the annual plans are written but adopted only on 10.04.2018 and 23.10.2018 (przyjeto = …)
    assert s["plany_roczne"] == "in_progress" and entry(data, "plany_roczne")["evidence"] == []
    assert any("do przyjęcia 10.04.2018" in p for p in entry(data, "plany_roczne")["planned"])
    assert s["partnerstwo"] == "in_progress"  # partners declared; they join on 16.01.2018
    assert entry(data, "partnerstwo")["evidence"] == []
    assert any("16.01.2018" in p for p in entry(data, "partnerstwo")["planned"])
    meetings = entry(data, "spotkania")
    assert s["spotkania"] == "in_progress"
    assert len(meetings["evidence"]) == 1 and "21.11.2017" in meetings["evidence"][0]
    assert any("16.01.2018" in p for p in meetings["planned"])
    assert s["plan_ogolny"] == "in_progress"  # not yet accepted nor uploaded
    assert not any("20.06.2018" in e for e in entry(data, "plan_ogolny")["evidence"])
    assert s["wizyty"] == "in_progress"  # visit 1 scheduled for 06.03.2018
    assert entry(data, "wizyty")["evidence"] == []
    assert s["doradztwo"] == "in_progress"
    assert s["webinaria"] == "todo"
    assert data["consultations"]["visits_held"] == 0
    assert data["consultations"]["remote_hours_used"] == 0


def test_june_2018_accepted_but_not_yet_uploaded(example: Path) -> None:
    data = judged(example, "2018-06-21")
    assert states(data)["plan_ogolny"] == "in_progress"
    assert any("20.06.2018" in w for w in data["warnings"])


def test_july_2018_partnership_meetings_plan_and_remote_advice_done(example: Path) -> None:
    data = judged(example, "2018-07-01")
    s = states(data)
    assert s["plany_roczne"] == "done"  # the 2018 plan, adopted 10.04.2018; 2019's is still to come
    assert any("plan 2019" in p and "23.10.2018" in p for p in entry(data, "plany_roczne")["planned"])
    assert s["partnerstwo"] == "done"
    assert s["spotkania"] == "done"
    assert len(entry(data, "spotkania")["evidence"]) == 3  # 21.11.2017, 16.01.2018, 10.04.2018
    assert s["plan_ogolny"] == "done"
    assert any("22.06.2018" in e for e in entry(data, "plan_ogolny")["evidence"])
    assert s["wizyty"] == "in_progress"
    assert any("20.11.2018" in p for p in entry(data, "wizyty")["planned"])
    assert s["doradztwo"] == "done"
    assert s["webinaria"] == "todo"
    assert data["consultations"]["visits_held"] == 1
    assert data["consultations"]["remote_hours_used"] == 2.5
    assert data["warnings"] == []


def test_march_2019_everything_in_the_timeline_is_counted(example: Path) -> None:
    data = judged(example, "2019-03-01")
    assert data["done"] == 7 and all(state == "done" for state in states(data).values())
    plans = entry(data, "plany_roczne")["evidence"]
    assert any("plan 2018: 3 szkolenia" in e for e in plans), plans
    assert any("plan 2019: 6 szkoleń" in e for e in plans), plans
    assert len(entry(data, "webinaria")["evidence"]) == 2
    assert data["consultations"]["visits_held"] == 2
    assert data["consultations"]["remote_hours_used"] == 2.5


def test_example_text_report_at_80_columns(example: Path, unchanged) -> None:
    check = unchanged(example)
    result = Cli(example)("status", "--today", "2018-07-01", env={"NO_COLOR": "1", "COLUMNS": "80"})
    assert result.exit_code == 0, result.output
    assert "Stan na dzień 1 lipca 2018 r." in result.stdout
    summary = "Konsultacje: wizyty 1 z 2 · doradztwo zdalne 2 h 30 min z 8 h (zostało 5 h 30 min)"
    assert summary in flat(result.stdout)
    assert all(len(line) <= 80 for line in result.stdout.splitlines())
    check()


def test_status_imports_nothing_heavy(example: Path) -> None:
    code = (
        "import sys; from emocni_cli.cli.app import app; "
        f"code = app({['-C', str(example), 'status', '--today', '2019-03-01']!r}, standalone_mode=False); "
        "assert code == 0, code; "
        "heavy = [m for m in ('tomlkit', 'filelock', 'docx', 'docxtpl', 'jinja2') if m in sys.modules]; "
        "assert not heavy, heavy"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_the_example_judged_at_several_days_counts_only_what_was_true_then(example: Path) -> None:
    """Issue 9.6: trainings done later, plans adopted later do not leak into an earlier day."""
    for day, done_2018 in (("2018-07-01", None), ("2018-12-01", 2), ("2019-03-01", 3)):
        annual = entry(judged(example, day), "plany_roczne")
        line = next(e for e in annual["evidence"] if e.startswith("plan 2018"))
        assert ("zrealizowane" not in line) if done_2018 is None else f"zrealizowane: {done_2018}" in line
        assert not annual["notes"]
    annual = entry(judged(example, "2017-12-01"), "plany_roczne")
    assert annual["missing"] == ["przyjęcie planu 2018 (zapisane na 10.04.2018)"]


def test_short_status_when_everything_is_done(example: Path) -> None:
    result = Cli(example)("status", "--short", "--today", "2019-03-01")
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == [
        "Wariant minimum, gmina Wierzbno Dolne — zrobione punkty: 7 z 7",
        "Co dalej: wszystkie punkty są zrobione; co nadchodzi, pokaże: emocni agenda",
    ]
