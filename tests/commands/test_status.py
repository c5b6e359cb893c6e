"""emocni status: each item of the seven-item minimum moving todo → in_progress → done as a user
records things, judged by --today; thresholds, warnings, the JSON shape and the exit codes."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest

from emocni_cli.model.plan import SECTIONS
from tests.helpers import Cli

SECTION_KEYS = list(SECTIONS)
# Long enough for every section to count as ready (emocni plan check), with numbers for the indicators.
SECTION_TEXT = " ".join(
    ["W 2018 r. ankietę wypełniło 112 mieszkańców gminy; wyniki omówiono z partnerami."] * 5
)
ACCEPTED_AND_UPLOADED = {
    "przekazano_animatorowi": "2018-06-10",
    "zaakceptowano": "2018-06-20",
    "wgrano_na_platforme": "2018-06-22",
}
KEYS = ["partnerstwo", "spotkania", "plan_ogolny", "plany_roczne", "wizyty", "doradztwo", "webinaria"]


def run(cli: Cli, *args: str) -> None:
    result = cli(*args)
    assert result.exit_code == 0, result.output


def partners(cli: Cli, joined: str, *names: str) -> None:
    for name in names:
        run(cli, "partner", "add", name, "--type", "inna", "--joined", joined)


def report(cli: Cli, today: str, *extra: str) -> dict:
    result = cli("status", "--today", today, "--json", *extra)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def item(cli: Cli, today: str, key: str) -> dict:
    return next(i for i in report(cli, today)["items"] if i["key"] == key)


def state(cli: Cli, today: str, key: str) -> str:
    return item(cli, today, key)["state"]


def set_requirement(folder: Path, key: str, value: object) -> None:
    config = folder / "emocni.toml"
    text, count = re.subn(rf"(?m)^{key} = .*$", f"{key} = {value}", config.read_text(encoding="utf-8"))
    assert count == 1
    config.write_text(text, encoding="utf-8")


def general_plan(folder: Path, sections: list[str], **dates: str) -> None:
    lines = [f'{key} = """{SECTION_TEXT}"""' for key in sections]
    lines.append("[akceptacja]")
    lines += [f"{field} = {day}" for field, day in dates.items()]
    (folder / "plan-ogolny.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")


def annual_plan(folder: Path, year: int, trainings: int = 1, adopted: str | None = "10-23") -> None:
    """A plan of `year` adopted on `adopted` (month-day) of the year before, or never (None)."""
    head = f"przyjeto = {year - 1}-{adopted}\n\n" if adopted else ""
    blocks = [
        f'[[szkolenie]]\nid = "s{n}"\ntytul = "Bankowość internetowa {n}"\ngodziny = 12\n'
        for n in range(1, trainings + 1)
    ]
    (folder / f"plan-{year}.toml").write_text(head + "\n".join(blocks), encoding="utf-8")


def complete(cli: Cli) -> None:
    """Everything the minimum asks for, held by the end of 2018 (plan years 2018–2020)."""
    run(cli, "partnership", "edit", "--founded", "16.01.2018")
    partners(cli, "16.01.2018", "Gminna Biblioteka Publiczna", "Urząd Gminy", "Gminny Ośrodek Kultury")
    for day, kind in (("21.11.2017", "inicjujace"), ("10.04.2018", "robocze")):
        run(cli, "meeting", "add", "--date", day, "--kind", kind, "--held", "--people", "14", "--notes", "…")
    run(cli, "consultation", "add", "--form", "wizyta", "--visit", "1", "--date", "06.03.2018", "--held")
    run(cli, "consultation", "add", "--form", "wizyta", "--visit", "2", "--date", "20.11.2018", "--held")
    run(cli, "consultation", "add", "--form", "telefon", "--date", "14.05.2018", "--duration", "1h", "--held")
    run(cli, "webinar", "add", "Wprowadzenie do cyklu", "--date", "12.09.2018", "--held")
    run(cli, "webinar", "add", "Plan bez tajemnic", "--date", "14.02.2019", "--recording", "--held")
    general_plan(cli.folder, SECTION_KEYS, **ACCEPTED_AND_UPLOADED)
    annual_plan(cli.folder, 2018)
    annual_plan(cli.folder, 2019, trainings=6)


# --- the report as a whole -------------------------------------------------------------------


def test_new_workspace_has_everything_to_do_in_the_fixed_json_shape(cli: Cli) -> None:
    data = report(cli, "2018-02-01")
    assert data["gmina"] == "Wierzbno Dolne"
    assert data["today"] == "2018-02-01"
    assert (data["done"], data["total"]) == (0, 7)
    assert [i["number"] for i in data["items"]] == list(range(1, 8))
    assert [i["key"] for i in data["items"]] == KEYS
    for entry in data["items"]:
        assert entry["state"] == "todo"
        assert isinstance(entry["title"], str) and entry["title"]
        assert isinstance(entry["evidence"], list)
        assert entry["missing"] and all(isinstance(m, str) for m in entry["missing"])
        assert isinstance(entry["next_step"], str) and entry["next_step"]
    assert data["consultations"] == {
        **data["consultations"],
        "visits_held": 0,
        "remote_hours_used": 0,
        "remote_hours_budget": 8,
    }
    hours = {k: v for k, v in data["consultations"].items() if k.startswith("remote_hours")}
    assert all(isinstance(v, float) for v in hours.values()), hours  # 0.0, not 0: one type for scripts
    assert isinstance(data["warnings"], list)


def test_complete_workspace_is_seven_of_seven_and_check_passes(cli: Cli) -> None:
    complete(cli)
    data = report(cli, "2019-03-01")
    assert [(i["key"], i["state"]) for i in data["items"]] == [(k, "done") for k in KEYS]
    assert data["done"] == 7
    assert all(i["next_step"] is None and not i["missing"] for i in data["items"])
    assert data["warnings"] == []
    assert cli("status", "--today", "2019-03-01", "--check").exit_code == 0


def test_check_exits_1_while_anything_is_not_done(cli: Cli) -> None:
    complete(cli)
    result = cli("status", "--today", "2018-12-01", "--check")
    assert result.exit_code == 1
    assert "Postęp: 6/7" in result.stdout  # the report is still printed, for cron mails
    assert cli("status", "--today", "2018-12-01").exit_code == 0


def test_invalid_workspace_exits_3_with_the_file_and_line(cli: Cli) -> None:
    (cli.folder / "spotkania.toml").write_text(
        '[[spotkanie]]\nid = "a"\ndata = 2018-13-45\n', encoding="utf-8"
    )
    result = cli("status", "--today", "2018-02-01")
    assert result.exit_code == 3
    assert "spotkania.toml" in result.output
    assert "Traceback" not in result.output


def test_bad_today_is_refused_with_exit_2(cli: Cli) -> None:
    result = cli("status", "--today", "31.02.2018")
    assert result.exit_code == 2
    assert "--today" in result.output


def test_emocni_today_environment_variable_sets_the_day(cli: Cli) -> None:
    result = cli("status", "--json", env={"EMOCNI_TODAY": "12 marca 2018"})
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["today"] == "2018-03-12"
    bad = cli("status", env={"EMOCNI_TODAY": "30.02.2018"})
    assert bad.exit_code == 2
    # the person set a variable, not an option: the message names what they typed
    assert "Zmienna środowiskowa EMOCNI_TODAY: nie ma takiego dnia" in " ".join(bad.stderr.split())
    assert "--today" not in bad.stderr


def test_status_writes_nothing(cli: Cli, unchanged) -> None:
    complete(cli)
    check = unchanged(cli.folder)
    assert cli("status", "--today", "2018-07-01").exit_code == 0
    assert cli("status", "--json").exit_code == 0
    check()


# --- 1. partnership --------------------------------------------------------------------------


def test_partnership_todo_in_progress_done(cli: Cli) -> None:
    assert state(cli, "2018-02-01", "partnerstwo") == "todo"
    run(cli, "partner", "add", "Gminna Biblioteka Publiczna", "--type", "gbp", "--joined", "16.01.2018")
    entry = item(cli, "2018-02-01", "partnerstwo")
    assert entry["state"] == "in_progress"
    assert any("Gminna Biblioteka Publiczna" in e for e in entry["evidence"])
    assert any("data zawiązania" in m for m in entry["missing"])
    run(cli, "partner", "add", "Urząd Gminy", "--type", "ug", "--joined", "16.01.2018")
    run(cli, "partner", "add", "GOPS", "--type", "gops", "--joined", "16.01.2018")
    assert state(cli, "2018-02-01", "partnerstwo") == "in_progress"  # founding date still missing
    run(cli, "partnership", "edit", "--founded", "16.01.2018")
    entry = item(cli, "2018-02-01", "partnerstwo")
    assert entry["state"] == "done"
    assert any("16.01.2018" in e for e in entry["evidence"])


def test_partners_joining_later_are_planned_not_counted(cli: Cli) -> None:
    run(cli, "partnership", "edit", "--founded", "16.01.2018")
    partners(cli, "16.01.2018", "Instytucja A", "Instytucja B", "Instytucja C")
    entry = item(cli, "2017-12-01", "partnerstwo")
    assert entry["state"] == "in_progress"
    assert entry["evidence"] == []
    assert any("16.01.2018" in p for p in entry["planned"])
    assert state(cli, "2018-01-16", "partnerstwo") == "done"


def test_founding_date_after_today_is_not_counted(cli: Cli) -> None:
    run(cli, "partnership", "edit", "--founded", "16.01.2018")
    partners(cli, "10.01.2018", "Instytucja A", "Instytucja B", "Instytucja C")
    entry = item(cli, "2018-01-12", "partnerstwo")
    assert entry["state"] == "in_progress"
    assert any("16.01.2018" in p for p in entry["planned"])
    assert "16.01.2018" in entry["next_step"]


def test_partner_without_join_date_is_a_warning_and_not_counted(cli: Cli) -> None:
    run(cli, "partnership", "edit", "--founded", "16.01.2018")
    partners(cli, "16.01.2018", "Instytucja A", "Instytucja B")
    run(cli, "partner", "add", "Klub Seniora", "--type", "utw")
    data = report(cli, "2018-03-01")
    assert data["items"][0]["state"] == "in_progress"
    assert any("Klub Seniora" in w and "daty przystąpienia" in w for w in data["warnings"])
    assert "klub-seniora --joined" in data["items"][0]["next_step"]


def test_min_partnerow_threshold_comes_from_settings(cli: Cli) -> None:
    run(cli, "partnership", "edit", "--founded", "16.01.2018")
    partners(cli, "16.01.2018", "Instytucja A")
    assert state(cli, "2018-03-01", "partnerstwo") == "in_progress"
    set_requirement(cli.folder, "min_partnerow", 1)
    assert state(cli, "2018-03-01", "partnerstwo") == "done"


# --- 2. meetings -----------------------------------------------------------------------------


def test_meetings_todo_in_progress_done(cli: Cli) -> None:
    assert state(cli, "2017-11-01", "spotkania") == "todo"
    run(cli, "meeting", "add", "--date", "21.11.2017", "--kind", "inicjujace")
    entry = item(cli, "2017-11-01", "spotkania")
    assert entry["state"] == "in_progress"  # planned: shown, not counted
    assert entry["evidence"] == [] and entry["planned"]
    assert "2017-11-21" in entry["next_step"]
    run(cli, "meeting", "held", "2017-11-21", "--people", "14")
    entry = item(cli, "2017-12-01", "spotkania")
    assert entry["state"] == "in_progress"
    assert len(entry["evidence"]) == 1 and "inicjujące" in entry["evidence"][0]
    run(cli, "meeting", "add", "--date", "16.01.2018", "--kind", "podpisanie_porozumienia", "--held")
    assert state(cli, "2017-12-01", "spotkania") == "in_progress"  # held on paper, but not yet
    assert state(cli, "2018-01-16", "spotkania") == "done"


def test_two_meetings_without_an_initiating_one_are_not_enough(cli: Cli) -> None:
    run(cli, "meeting", "add", "--date", "10.04.2018", "--held")
    run(cli, "meeting", "add", "--date", "23.10.2018", "--kind", "planistyczne", "--held")
    entry = item(cli, "2018-12-01", "spotkania")
    assert entry["state"] == "in_progress"
    assert any("inicjujące" in m for m in entry["missing"])


def test_past_meeting_still_planned_is_a_warning_not_evidence(cli: Cli) -> None:
    run(cli, "meeting", "add", "--date", "21.11.2017", "--kind", "inicjujace", "--held")
    run(cli, "meeting", "add", "--date", "10.04.2018")
    data = report(cli, "2018-06-01")
    entry = data["items"][1]
    assert entry["state"] == "in_progress"
    assert len(entry["evidence"]) == 1
    assert not any("10.04.2018" in e for e in entry["evidence"] + entry["planned"])
    assert any("10.04.2018" in w and "czy to spotkanie się odbyło?" in w for w in data["warnings"])
    assert "emocni meeting held 2018-04-10" in entry["next_step"]


def test_cancelled_meeting_does_not_count(cli: Cli) -> None:
    run(cli, "meeting", "add", "--date", "21.11.2017", "--kind", "inicjujace", "--held")
    run(cli, "meeting", "add", "--date", "10.04.2018")
    run(cli, "meeting", "edit", "2018-04-10", "--status", "odwolane")
    data = report(cli, "2018-06-01")
    assert data["items"][1]["state"] == "in_progress"
    assert not any("10.04.2018" in w for w in data["warnings"])


def test_held_meeting_without_attendees_or_notes_is_a_warning(cli: Cli) -> None:
    run(cli, "meeting", "add", "--date", "21.11.2017", "--kind", "inicjujace", "--held")
    warnings = report(cli, "2018-01-01")["warnings"]
    assert any("21.11.2017" in w and "obecnych" in w and "notatki" in w for w in warnings)
    run(cli, "meeting", "edit", "2017-11-21", "--people", "14", "--notes", "Prezentacja projektu")
    assert not any("21.11.2017" in w for w in report(cli, "2018-01-01")["warnings"])


def test_min_spotkan_threshold_comes_from_settings(cli: Cli) -> None:
    run(cli, "meeting", "add", "--date", "21.11.2017", "--kind", "inicjujace", "--held")
    run(cli, "meeting", "add", "--date", "16.01.2018", "--held")
    assert state(cli, "2018-02-01", "spotkania") == "done"
    set_requirement(cli.folder, "min_spotkan", 3)
    entry = item(cli, "2018-02-01", "spotkania")
    assert entry["state"] == "in_progress"
    assert any("2 z wymaganych 3" in m for m in entry["missing"])


# --- 3. general part of the plan -------------------------------------------------------------


def test_general_plan_steps(cli: Cli) -> None:
    assert state(cli, "2018-06-30", "plan_ogolny") == "todo"
    general_plan(cli.folder, SECTION_KEYS[:-1])
    entry = item(cli, "2018-06-30", "plan_ogolny")
    assert entry["state"] == "in_progress"
    assert any("Rekomendacje" in m for m in entry["missing"])
    assert any("akceptacji" in m for m in entry["missing"])
    assert "rekomendacje" in entry["next_step"]

    general_plan(cli.folder, SECTION_KEYS, przekazano_animatorowi="2018-06-10")
    entry = item(cli, "2018-06-30", "plan_ogolny")
    assert entry["state"] == "in_progress"
    assert "mark accepted" in entry["next_step"]

    general_plan(cli.folder, SECTION_KEYS, przekazano_animatorowi="2018-06-10", zaakceptowano="2018-06-20")
    data = report(cli, "2018-06-30")
    assert data["items"][2]["state"] == "in_progress"
    missing = data["items"][2]["missing"]
    assert len(missing) == 1 and "wgrania" in missing[0]
    assert any("zaakceptowana 20.06.2018" in w and "wgran" in w for w in data["warnings"])

    general_plan(cli.folder, SECTION_KEYS, **ACCEPTED_AND_UPLOADED)
    entry = item(cli, "2018-06-30", "plan_ogolny")
    assert entry["state"] == "done"
    assert any("22.06.2018" in e for e in entry["evidence"])


def test_general_plan_dates_after_today_do_not_count(cli: Cli) -> None:
    general_plan(cli.folder, SECTION_KEYS, **ACCEPTED_AND_UPLOADED)
    entry = item(cli, "2018-06-21", "plan_ogolny")
    assert entry["state"] == "in_progress"
    assert not any("22.06.2018" in e for e in entry["evidence"])
    assert state(cli, "2018-06-22", "plan_ogolny") == "done"


def test_a_short_section_is_a_note_and_never_withholds_done(cli: Cli) -> None:
    general_plan(cli.folder, SECTION_KEYS, **ACCEPTED_AND_UPLOADED)
    path = cli.folder / "plan-ogolny.toml"
    text = path.read_text(encoding="utf-8").replace(
        f'diagnoza = """{SECTION_TEXT}"""', 'diagnoza = "do uzupełnienia"'
    )
    path.write_text(text, encoding="utf-8")
    entry = item(cli, "2018-07-01", "plan_ogolny")
    assert entry["state"] == "done"
    assert entry["missing"] == [] and entry["next_step"] is None
    assert any("Diagnoza potrzeb" in n and "rada" in n for n in entry["notes"])
    shown = cli("status", "--today", "2018-07-01")
    assert "uwaga: w emocni puste lub krótkie sekcje: Diagnoza potrzeb" in " ".join(shown.stdout.split())


def test_an_accepted_and_uploaded_plan_is_done_with_empty_sections(cli: Cli) -> None:
    (cli.folder / "plan-ogolny.toml").write_text(
        "[akceptacja]\nzaakceptowano = 2018-06-20\nwgrano_na_platforme = 2018-06-22\n", encoding="utf-8"
    )
    assert state(cli, "2018-06-21", "plan_ogolny") == "in_progress"
    assert "mark uploaded" in item(cli, "2018-06-21", "plan_ogolny")["next_step"]
    entry = item(cli, "2018-06-22", "plan_ogolny")
    assert entry["state"] == "done" and entry["notes"]


def test_before_sending_the_empty_sections_are_missing_and_short_ones_a_note(cli: Cli) -> None:
    general_plan(cli.folder, SECTION_KEYS[:-1])
    path = cli.folder / "plan-ogolny.toml"
    text = path.read_text(encoding="utf-8").replace(
        f'diagnoza = """{SECTION_TEXT}"""', 'diagnoza = "do uzupełnienia"'
    )
    path.write_text(text, encoding="utf-8")
    entry = item(cli, "2018-06-30", "plan_ogolny")
    assert entry["state"] == "in_progress"
    assert any("puste sekcje: Rekomendacje" in m for m in entry["missing"])
    assert not any("Diagnoza" in m for m in entry["missing"])
    assert any("Diagnoza potrzeb" in n for n in entry["notes"])
    assert "plan mark sent" in entry["next_step"]
    general_plan(cli.folder, SECTION_KEYS[:-1], przekazano_animatorowi="2018-06-10")
    entry = item(cli, "2018-06-30", "plan_ogolny")
    assert not any("sekcje" in m for m in entry["missing"]) and "mark accepted" in entry["next_step"]


def test_an_empty_general_plan_file_is_still_todo(cli: Cli) -> None:
    (cli.folder / "plan-ogolny.toml").write_text("# część ogólna\n", encoding="utf-8")
    entry = item(cli, "2018-06-30", "plan_ogolny")
    assert entry["state"] == "todo"
    assert "diagnoza" in entry["next_step"]


# --- 4. annual plans -------------------------------------------------------------------------


def test_annual_plans_before_during_and_after_the_plan_period(cli: Cli) -> None:
    # Plan years 2018–2020. Before the period, the first year's plan is what is due.
    assert state(cli, "2017-10-01", "plany_roczne") == "todo"
    annual_plan(cli.folder, 2018)  # adopted 23.10.2017
    assert state(cli, "2017-10-01", "plany_roczne") == "in_progress"
    assert state(cli, "2017-11-01", "plany_roczne") == "done"
    assert state(cli, "2018-07-01", "plany_roczne") == "done"
    entry = item(cli, "2019-03-01", "plany_roczne")
    assert entry["state"] == "in_progress"
    assert any("2019" in m for m in entry["missing"])
    assert "--year 2019" in entry["next_step"]
    annual_plan(cli.folder, 2019, trainings=6)
    entry = item(cli, "2019-03-01", "plany_roczne")
    assert entry["state"] == "done"
    assert any("plan 2019: 6 szkoleń" in e for e in entry["evidence"])
    # After the period, all three years are due.
    assert state(cli, "2021-03-01", "plany_roczne") == "in_progress"
    annual_plan(cli.folder, 2020)
    assert state(cli, "2021-03-01", "plany_roczne") == "done"


def test_a_missing_earlier_year_keeps_annual_plans_in_progress(cli: Cli) -> None:
    annual_plan(cli.folder, 2019)
    entry = item(cli, "2019-03-01", "plany_roczne")
    assert entry["state"] == "in_progress"
    assert any("2018" in m for m in entry["missing"])


def test_an_annual_plan_without_trainings_does_not_count(cli: Cli) -> None:
    (cli.folder / "plan-2018.toml").write_text("# plan roczny\n", encoding="utf-8")
    assert state(cli, "2018-03-01", "plany_roczne") == "in_progress"


def test_no_plan_for_next_year_late_in_the_year_is_a_warning(cli: Cli) -> None:
    annual_plan(cli.folder, 2018)
    assert not any("2019" in w for w in report(cli, "2018-09-30")["warnings"])
    assert any("planu rocznego na 2019" in w for w in report(cli, "2018-10-15")["warnings"])
    annual_plan(cli.folder, 2019)
    assert not any("2019" in w for w in report(cli, "2018-10-15")["warnings"])


# --- 5. consultation visits ------------------------------------------------------------------


def test_visits_todo_in_progress_done(cli: Cli) -> None:
    assert state(cli, "2018-01-01", "wizyty") == "todo"
    run(cli, "consultation", "add", "--form", "wizyta", "--visit", "1", "--date", "06.03.2018")
    entry = item(cli, "2018-01-01", "wizyty")
    assert entry["state"] == "in_progress"  # scheduled
    assert entry["evidence"] == [] and entry["planned"]
    run(cli, "consultation", "edit", "wizyta-1", "--held", "--duration", "4h")
    data = report(cli, "2018-04-01")
    assert data["items"][4]["state"] == "in_progress"
    assert data["consultations"]["visits_held"] == 1
    assert any("wizyta 2" in m for m in data["items"][4]["missing"])
    run(cli, "consultation", "add", "--form", "wizyta", "--visit", "2", "--date", "20.11.2018", "--held")
    assert state(cli, "2018-11-19", "wizyty") == "in_progress"
    data = report(cli, "2018-11-20")
    assert data["items"][4]["state"] == "done"
    assert data["consultations"]["visits_held"] == 2


def test_a_third_visit_is_shown_as_extra_and_not_counted(cli: Cli) -> None:
    run(cli, "consultation", "add", "--form", "wizyta", "--visit", "1", "--date", "06.03.2018", "--held")
    run(cli, "consultation", "add", "--form", "wizyta", "--visit", "3", "--date", "20.11.2018", "--held")
    data = report(cli, "2018-12-01")
    entry = data["items"][4]
    assert entry["state"] == "in_progress"  # visit 3 does not stand in for visit 2
    assert any("wizyta 3 (dodatkowa, nie liczy się do minimum)" in e for e in entry["evidence"])
    assert any("wizyta 2" in m for m in entry["missing"])
    assert (data["consultations"]["visits_held"], data["consultations"]["visits_extra"]) == (1, 1)
    run(cli, "consultation", "add", "--form", "wizyta", "--visit", "2", "--date", "01.06.2018", "--held")
    assert state(cli, "2018-12-01", "wizyty") == "done"
    text = cli("status", "--today", "2018-12-01", env={"COLUMNS": "200"}).stdout
    assert "Konsultacje: wizyty 2 z 2 (i dodatkowe: 1)" in text


def test_a_second_visit_2_is_refused_with_the_next_free_number(cli: Cli, unchanged) -> None:
    for nr, day in (("1", "06.03.2018"), ("2", "20.11.2018")):
        run(cli, "consultation", "add", "--form", "wizyta", "--visit", nr, "--date", day, "--held")
    check = unchanged(cli.folder)
    result = cli("consultation", "add", "--form", "wizyta", "--visit", "2", "--date", "10.01.2019")
    assert result.exit_code == 3
    message = " ".join(result.stderr.split())
    assert "wizyta nr 2 jest już zapisana jako „wizyta-2”" in message and "--visit 3" in message
    check()
    run(cli, "consultation", "add", "--form", "wizyta", "--visit", "3", "--date", "10.01.2019")
    listed = json.loads(cli("consultation", "list", "--json").stdout)
    assert [c["wizyta_nr"] for c in listed] == [1, 2, 3]


def test_past_visit_still_planned_is_a_warning(cli: Cli) -> None:
    run(cli, "consultation", "add", "--form", "wizyta", "--visit", "1", "--date", "06.03.2018")
    data = report(cli, "2018-04-01")
    assert data["consultations"]["visits_held"] == 0
    assert any("06.03.2018" in w and "czy ta konsultacja się odbyła?" in w for w in data["warnings"])
    assert "consultation edit wizyta-1 --held" in data["items"][4]["next_step"]


# --- 6. remote advice ------------------------------------------------------------------------


def test_remote_advice_hours_against_the_budget(cli: Cli) -> None:
    assert state(cli, "2018-05-01", "doradztwo") == "todo"
    run(cli, "consultation", "add", "--form", "telefon", "--date", "14.05.2018", "--duration", "1h")
    assert state(cli, "2018-05-01", "doradztwo") == "in_progress"
    run(cli, "consultation", "edit", "telefon-2018-05-14", "--held")
    run(
        cli, "consultation", "add", "--form", "online", "--date", "05.06.2018", "--duration", "1,5h", "--held"
    )
    data = report(cli, "2018-07-01")
    assert data["items"][5]["state"] == "done"
    assert data["consultations"]["remote_hours_used"] == 2.5
    assert data["consultations"]["remote_hours_budget"] == 8
    assert any("2 h 30 min z 8 h" in e and "zostało 5 h 30 min" in e for e in data["items"][5]["evidence"])
    assert data["consultations"]["remote_minutes_used"] == 150
    assert data["consultations"]["remote_minutes_left"] == 330
    assert not any("budżet" in w for w in data["warnings"])
    assert report(cli, "2018-06-01")["consultations"]["remote_hours_used"] == 1


def test_remote_hours_over_budget_is_a_warning(cli: Cli) -> None:
    run(cli, "consultation", "add", "--form", "online", "--date", "05.06.2018", "--duration", "6h", "--held")
    run(cli, "consultation", "add", "--form", "telefon", "--date", "07.06.2018", "--duration", "3h", "--held")
    data = report(cli, "2018-07-01")
    assert data["consultations"]["remote_hours_used"] == 9
    assert any("o 1 h więcej niż budżet 8 h" in w for w in data["warnings"])
    set_requirement(cli.folder, "budzet_zdalny_h", 10)
    data = report(cli, "2018-07-01")
    assert data["consultations"]["remote_hours_budget"] == 10
    assert not any("budżet" in w for w in data["warnings"])


def test_guests_are_a_record_of_who_came_to_a_meeting(cli: Cli) -> None:
    """At the initiating meeting nobody is a partner yet: its guests are who came."""
    run(
        cli, "meeting", "add", "--date", "21.11.2017", "--kind", "inicjujace", "--held", "--notes", "Projekt."
    )
    assert any("nie zapisano obecnych" in w for w in report(cli, "2017-12-01")["warnings"])
    run(cli, "meeting", "edit", "2017-11-21", "--guest", "Parafia św. Wawrzyńca")
    assert not any("nie zapisano obecnych" in w for w in report(cli, "2017-12-01")["warnings"])


def test_a_partner_counts_as_a_member_only_between_joining_and_leaving(cli: Cli) -> None:
    run(cli, "partnership", "edit", "--founded", "16.01.2018")
    partners(cli, "16.01.2018", "Biblioteka", "Szkoła", "GOK")
    run(cli, "partner", "edit", "gok", "--left", "30.06.2018")
    assert state(cli, "2018-06-29", "partnerstwo") == "done"
    entry = item(cli, "2018-06-30", "partnerstwo")  # leaving on a day ends membership that day
    assert entry["state"] == "in_progress"
    assert any("GOK (30.06.2018)" in e for e in entry["evidence"])
    assert any("2 z wymaganych 3" in m for m in entry["missing"])
    assert not any("GOK" in e for e in item(cli, "2018-06-01", "partnerstwo")["evidence"] if "wystąpili" in e)


# --- 7. webinars -----------------------------------------------------------------------------


def test_webinars_todo_in_progress_done(cli: Cli) -> None:
    run(cli, "webinar", "add", "Wprowadzenie do cyklu", "--date", "12.09.2018")
    assert state(cli, "2018-09-01", "webinaria") == "todo"  # still to come: planned, not attended
    assert item(cli, "2018-09-01", "webinaria")["planned"]
    run(cli, "webinar", "held", "wprowadzenie-do-cyklu")
    assert state(cli, "2018-09-12", "webinaria") == "in_progress"
    run(cli, "webinar", "add", "Spoza cyklu", "--date", "01.10.2018", "--not-series", "--held")
    assert state(cli, "2018-12-01", "webinaria") == "in_progress"
    run(cli, "webinar", "add", "Plan bez tajemnic", "--date", "14.02.2019", "--recording", "--held")
    entry = item(cli, "2019-03-01", "webinaria")
    assert entry["state"] == "done"
    assert len(entry["evidence"]) == 2
    assert any("nagranie" in e for e in entry["evidence"])
    set_requirement(cli.folder, "min_webinariow", 3)
    assert state(cli, "2019-03-01", "webinaria") == "in_progress"


def test_past_webinar_never_marked_attended_is_a_warning_not_evidence(cli: Cli) -> None:
    run(cli, "webinar", "add", "Plan bez tajemnic", "--date", "12.09.2018")
    run(cli, "webinar", "add", "Spoza cyklu", "--date", "01.10.2018", "--not-series")
    data = report(cli, "2018-12-01")
    entry = next(i for i in data["items"] if i["key"] == "webinaria")
    assert entry["state"] == "todo"
    assert not entry["evidence"]
    assert "emocni webinar held plan-bez-tajemnic" in entry["next_step"]
    asked = [w for w in data["warnings"] if "czy to webinarium się odbyło" in w]
    assert len(asked) == 2  # a webinar outside the series is asked about too
    assert any("12.09.2018" in w and "emocni webinar held plan-bez-tajemnic" in w for w in asked)
    run(cli, "webinar", "held", "plan-bez-tajemnic", "--recording", "--date", "20.09.2018")
    data = report(cli, "2018-12-01")
    entry = next(i for i in data["items"] if i["key"] == "webinaria")
    assert entry["state"] == "in_progress"
    assert any("20.09.2018" in e and "nagranie" in e for e in entry["evidence"])
    assert not any("plan-bez-tajemnic" in w for w in data["warnings"])
    run(cli, "webinar", "edit", "spoza-cyklu", "--status", "odwolane")
    assert not any("czy to webinarium" in w for w in report(cli, "2018-12-01")["warnings"])


def test_webinar_file_without_status_reads_as_planned(cli: Cli) -> None:
    """A webinaria.toml written before webinars had a status stays valid: each is planned."""
    (cli.folder / "webinaria.toml").write_text(
        '[[webinarium]]\nid = "w1"\ntytul = "Plan bez tajemnic"\ndata = 2018-09-12\n', encoding="utf-8"
    )
    assert cli("check").exit_code == 0
    data = report(cli, "2018-12-01")
    assert next(i for i in data["items"] if i["key"] == "webinaria")["state"] == "todo"
    assert any("emocni webinar held w1" in w for w in data["warnings"])
    shown = cli("webinar", "show", "w1", "--json")
    assert json.loads(shown.stdout)["status"] == "planowane"


# --- the text a person reads -----------------------------------------------------------------


def test_text_report_reads_well_in_80_columns_without_colour(cli: Cli) -> None:
    complete(cli)
    run(cli, "meeting", "add", "--date", "15.12.2018", "--place", "Gminny Ośrodek Kultury, sala widowiskowa")
    result = cli("status", "--today", "2018-12-01", env={"NO_COLOR": "1", "COLUMNS": "80"})
    assert result.exit_code == 0, result.output
    text = result.stdout
    assert "\x1b[" not in text
    assert "Wierzbno Dolne" in text and "Marta Sobczak" in text and "Paweł Zieliński" in text
    assert "1 grudnia 2018 r." in text
    for number, title in enumerate(
        [
            "Powołanie partnerstwa",
            "Spotkania partnerstwa (w tym inicjujące)",
            "Część ogólna planu (z rekomendacjami)",
            "Część szczegółowa (roczne plany)",
            "Dwa spotkania konsultacyjne z animatorem",
            "Doradztwo online / telefoniczne",
            "Udział w webinariach „Mocni w partnerstwie”",
        ],
        start=1,
    ):
        assert f"{number}. {title}" in text
    assert "zrobione" in text and "w toku" in text  # the state in words, not only a colour
    assert "zaplanowane: 15.12.2018" in text
    assert "Postęp: 6/7" in text
    assert "Konsultacje: wizyty 2 z 2" in text and "1 h z 8 h (zostało 7 h)" in text
    assert all(len(line) <= 80 for line in text.splitlines())
    assert all(line == line.rstrip() for line in text.splitlines())


def test_long_lists_are_shortened_in_text_but_complete_in_json(cli: Cli) -> None:
    lines = [
        f'[[spotkanie]]\nid = "s{n}"\ndata = 2018-{n:02d}-01\nstatus = "odbyte"\nliczba_osob = 5\n'
        'notatki = "ok"\n'
        for n in range(1, 13)
    ]
    (cli.folder / "spotkania.toml").write_text("\n".join(lines), encoding="utf-8")
    text = cli("status", "--today", "2019-01-01").stdout
    assert "… i jeszcze 7" in text
    assert len(item(cli, "2019-01-01", "spotkania")["evidence"]) == 12


@pytest.mark.parametrize("n, form", [(1, "spotkanie"), (2, "spotkania"), (5, "spotkań"), (22, "spotkania")])
def test_polish_plural(n: int, form: str) -> None:
    from emocni_cli.polish import plural

    assert plural(n, "spotkanie", "spotkania", "spotkań") == form


# --- the truth as of the judged day (issue 9.6) ----------------------------------------------


def test_cancelled_trainings_are_counted_nowhere(cli: Cli) -> None:
    for title in ("A", "B", "C", "D"):
        run(cli, "training", "add", "--year", "2018", "--title", title, "--when", "marzec 2018")
    run(cli, "training", "edit", "2018-04", "--status", "odwolane")
    run(cli, "plan", "adopt", "2018", "--date", "10.01.2018")
    entry = item(cli, "2018-02-01", "plany_roczne")
    assert entry["evidence"] == ["plan 2018: 3 szkolenia (przyjęty 10.01.2018)"]
    for n in (1, 2, 3):
        run(cli, "training", "edit", f"2018-0{n}", "--status", "odwolane")
    entry = item(cli, "2018-02-01", "plany_roczne")
    assert entry["state"] == "in_progress"
    assert entry["missing"] == [
        "plan 2018: wszystkie szkolenia są odwołane — potrzebne co najmniej jedno nieodwołane"
    ]


def test_a_training_counts_as_done_only_from_the_day_it_was_done(cli: Cli) -> None:
    run(cli, "training", "add", "--year", "2018", "--title", "Bankowość", "--when", "marzec 2018")
    run(cli, "plan", "adopt", "2018", "--date", "10.01.2018")
    run(cli, "training", "done", "2018-01", "--participants", "11", "--date", "28.03.2018")
    assert "zrealizowano = 2018-03-28" in (cli.folder / "plan-2018.toml").read_text(encoding="utf-8")
    adopted = " (przyjęty 10.01.2018)"
    assert item(cli, "2018-03-27", "plany_roczne")["evidence"] == ["plan 2018: 1 szkolenie" + adopted]
    assert item(cli, "2018-03-28", "plany_roczne")["evidence"] == [
        "plan 2018: 1 szkolenie, zrealizowane: 1" + adopted
    ]


def test_an_old_done_training_without_a_date_counts_from_its_term_end_with_a_note(cli: Cli) -> None:
    (cli.folder / "plan-2018.toml").write_text(
        'przyjeto = 2018-04-10\n[[szkolenie]]\nid = "s1"\ntytul = "Bankowość"\ntermin = "październik 2018"\n'
        'status = "zrealizowane"\n',
        encoding="utf-8",
    )
    early = item(cli, "2018-07-01", "plany_roczne")
    assert early["evidence"] == ["plan 2018: 1 szkolenie (przyjęty 10.04.2018)"] and early["notes"] == []
    late = item(cli, "2018-11-01", "plany_roczne")
    assert late["evidence"] == ["plan 2018: 1 szkolenie, zrealizowane: 1 (przyjęty 10.04.2018)"]
    assert any("s1" in n and "od końca terminu" in n for n in late["notes"])


def test_a_plan_adopted_later_is_named_as_the_missing_adoption(cli: Cli) -> None:
    annual_plan(cli.folder, 2018, adopted=None)
    path = cli.folder / "plan-2018.toml"
    path.write_text("przyjeto = 2018-04-10\n" + path.read_text(encoding="utf-8"), encoding="utf-8")
    entry = item(cli, "2018-03-01", "plany_roczne")
    assert entry["missing"] == ["przyjęcie planu 2018 (zapisane na 10.04.2018)"]
    assert not any("plik" in m for m in entry["missing"])
    assert state(cli, "2018-04-10", "plany_roczne") == "done"


def test_a_plan_never_adopted_is_not_the_partnerships_plan_yet(cli: Cli) -> None:
    annual_plan(cli.folder, 2018, adopted=None)
    entry = item(cli, "2018-03-01", "plany_roczne")
    assert entry["state"] == "in_progress" and entry["evidence"] == []
    assert entry["planned"] == ["plan 2018: 1 szkolenie — do przyjęcia przez partnerstwo"]
    assert entry["missing"] == ["przyjęcie planu 2018 przez partnerstwo"]
    assert "emocni plan adopt 2018 --date DATA" in entry["next_step"]


def test_a_training_past_its_term_and_still_planned_is_a_warning(cli: Cli) -> None:
    run(cli, "training", "add", "--year", "2018", "--title", "Bankowość", "--when", "marzec 2018")
    assert not any("szkolenie" in w for w in report(cli, "2018-03-31")["warnings"])
    warnings = report(cli, "2018-04-01")["warnings"]
    assert any("czy to szkolenie się odbyło?" in w and "training done 2018-01" in w for w in warnings)
    assert any("(termin: marzec 2018)" in w for w in warnings)


def test_training_done_refuses_a_future_date_and_writes_nothing(cli: Cli) -> None:
    run(cli, "training", "add", "--year", "2018", "--title", "Bankowość")
    before = (cli.folder / "plan-2018.toml").read_bytes()
    future = (dt.date.today() + dt.timedelta(days=3)).isoformat()
    result = cli("training", "done", "2018-01", "--participants", "3", "--date", future)
    assert result.exit_code == 2 and "przyszłości" in result.output
    assert (cli.folder / "plan-2018.toml").read_bytes() == before


def test_short_is_the_progress_line_and_the_most_important_next_step(cli: Cli) -> None:
    partners(cli, "2018-01-16", "Biblioteka", "GOK", "GOPS")
    result = cli("status", "--short", "--today", "2018-02-01")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0] == "Wariant minimum, gmina Wierzbno Dolne — zrobione punkty: 0 z 7"
    full = report(cli, "2018-02-01")
    assert full["next_step"] == next(i["next_step"] for i in full["items"] if i["state"] != "done")
    assert lines[1:] == ["Co dalej: " + full["next_step"]]


def test_short_does_not_go_with_json(cli: Cli) -> None:
    result = cli("status", "--short", "--json")
    assert result.exit_code == 2
    assert "Opcji --short nie można łączyć z --json" in " ".join(result.stderr.split())
    assert result.stdout == ""
