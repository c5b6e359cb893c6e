"""emocni plan adopt: the date an annual plan was adopted, and how status counts the plan."""

from __future__ import annotations

import json
from pathlib import Path

from tests.helpers import Cli


def status_item(cli: Cli, today: str) -> dict:
    result = cli("status", "--today", today, "--json")
    assert result.exit_code == 0, result.output
    return next(i for i in json.loads(result.stdout)["items"] if i["key"] == "plany_roczne")


def test_adopted_plan_counts_from_its_adoption_date(cli: Cli, ws: Path) -> None:
    assert cli("training", "add", "--year", "2018", "--title", "Bankowość internetowa").exit_code == 0
    unadopted = status_item(cli, "2018-05-01")  # written, never adopted: not the partnership's plan yet
    assert unadopted["state"] == "in_progress" and unadopted["evidence"] == []
    assert unadopted["missing"] == ["przyjęcie planu 2018 przez partnerstwo"]
    assert "emocni plan adopt 2018" in unadopted["next_step"]

    result = cli("plan", "adopt", "2018", "--date", "20 kwietnia 2018")
    assert result.exit_code == 0, result.output
    assert "przyjeto = 2018-04-20" in (ws / "plan-2018.toml").read_text(encoding="utf-8")
    assert cli("check").exit_code == 0

    before = status_item(cli, "2018-04-19")
    assert before["state"] == "in_progress" and before["evidence"] == []
    assert any("do przyjęcia 20.04.2018" in p for p in before["planned"])
    assert "emocni plan adopt 2018" in before["next_step"]
    after = status_item(cli, "2018-04-20")
    assert after["state"] == "done" and after["evidence"] == ["plan 2018: 1 szkolenie (przyjęty 20.04.2018)"]


def test_adoption_refusals_write_nothing(cli: Cli, ws: Path, unchanged) -> None:
    check = unchanged(ws)
    no_plan = cli("plan", "adopt", "2019", "--date", "2018-10-23")
    assert no_plan.exit_code == 1 and "nie ma jeszcze żadnego szkolenia" in no_plan.output
    outside = cli("plan", "adopt", "2025")
    assert outside.exit_code == 2 and "poza okresem planu" in outside.output
    future = cli("plan", "adopt", "2019", "--date", "2099-01-01")
    assert future.exit_code == 2 and "w przyszłości" in future.output
    assert "Traceback" not in no_plan.output + outside.output + future.output
    check()


def test_a_bad_adoption_date_in_the_file_is_located(cli: Cli, ws: Path) -> None:
    assert cli("training", "add", "--year", "2018", "--title", "Kurs").exit_code == 0
    plan = ws / "plan-2018.toml"
    plan.write_text('przyjeto = "wczoraj wieczorem"\n' + plan.read_text(encoding="utf-8"), encoding="utf-8")
    result = cli("check")
    assert result.exit_code == 3
    assert "plan-2018.toml:1" in result.output and "przyjeto" in result.output
