"""emocni plan …: the general part of the training plan — the file init writes, setting sections,
what `plan check` calls too thin, the acceptance workflow and its order, editing in an editor."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
import tomllib
from collections.abc import Callable
from pathlib import Path

import pytest

from emocni_cli.model.plan import MIN_WORDS, SECTIONS
from tests.cli_asserts import flat, refused
from tests.helpers import EXAMPLE, Cli

PLAN = "plan-ogolny.toml"


def ok(cli: Cli, *args: str) -> str:
    result = cli(*args)
    assert result.exit_code == 0, result.output
    return result.stdout


def fill_all(cli: Cli) -> None:
    """Every section long enough to send (the indicators with numbers)."""
    cli("plan", "init")
    for key in SECTIONS:
        words = " ".join(f"słowo{n}" for n in range(MIN_WORDS[key]))
        ok(cli, "plan", "set", key, "--text", f"W 2018 r. {words}.")


def stored(folder: Path) -> dict:
    return tomllib.loads((folder / PLAN).read_text(encoding="utf-8"))


def test_init_writes_guidance_for_every_section_and_never_overwrites(
    cli: Cli, ws: Path, unchanged: Callable
) -> None:
    ok(cli, "plan", "init")
    text = (ws / PLAN).read_text(encoding="utf-8")
    for key, title in SECTIONS.items():
        assert f"# ─── {title} ───" in text
        assert f'{key} = """\n"""' in text
    assert "ankiety" in text and "wykluczeniem cyfrowym" in text and "bariery" in text
    assert "[akceptacja]" in text and "emocni plan mark accepted" in text
    check = unchanged(ws)
    again = cli("plan", "init")
    assert again.exit_code == 1
    assert "już istnieje" in again.output
    check()


def test_set_keeps_comments_and_stores_text_exactly(cli: Cli, ws: Path) -> None:
    ok(cli, "plan", "init")
    text = (
        'Ankieta „potrzeb” & <wyniki>: 112 ankiet.\nŚcieżka C:\\dane\\ankiety, cytat """ w tekście.'
        "\n\nDrugi akapit."
    )
    ok(cli, "plan", "set", "diagnoza", "--text", text)
    raw = (ws / PLAN).read_text(encoding="utf-8")
    assert "# ─── Diagnoza potrzeb ───" in raw
    assert 'diagnoza = """\nAnkieta „potrzeb” & <wyniki>: 112 ankiet.\n' in raw
    assert stored(ws)["diagnoza"] == text + "\n"
    shown = json.loads(ok(cli, "plan", "show", "--json"))
    assert shown["sekcje"][0] == {
        "sekcja": "diagnoza",
        "tytul": "Diagnoza potrzeb",
        "tekst": text,
        "slowa": 14,
    }


def test_set_from_file_with_bom_and_windows_line_ends(cli: Cli, ws: Path, tmp_path: Path) -> None:
    source = tmp_path / "rekomendacje.txt"
    source.write_bytes("\ufeffPierwsza linia.\r\nDruga linia — zażółć gęślą jaźń.\r\n".encode())
    ok(cli, "plan", "set", "Rekomendacje", "--file", str(source))  # the plan file is created on the way
    assert stored(ws)["rekomendacje"] == "Pierwsza linia.\nDruga linia — zażółć gęślą jaźń.\n"
    assert "# ─── Diagnoza potrzeb ───" in (ws / PLAN).read_text(encoding="utf-8")


def test_set_refuses_a_file_it_cannot_read(cli: Cli, ws: Path, tmp_path: Path, unchanged: Callable) -> None:
    ok(cli, "plan", "init")
    source = tmp_path / "cele.txt"
    source.write_bytes("Cele gminy: zażółć gęślą jaźń".encode("utf-16"))  # Notepad's "Unicode"
    check = unchanged(ws)
    result = cli("plan", "set", "cele", "--file", str(source))
    assert result.exit_code == 2
    assert "UTF-16" in result.output and "Kodowanie: UTF-8" in flat(result.output)
    for missing, said in ((tmp_path / "brak.txt", "Nie ma pliku"), (tmp_path, "To folder, a nie plik")):
        result = cli("plan", "set", "cele", "--file", str(missing))
        assert result.exit_code == 2 and said in result.output, result.output
        assert "No such file" not in result.output and "Is a directory" not in result.output
    check()


def test_set_names_the_valid_sections_for_an_unknown_one(cli: Cli, ws: Path, unchanged: Callable) -> None:
    ok(cli, "plan", "init")
    check = unchanged(ws)
    result = cli("plan", "set", "budzet", "--text", "coś")
    assert result.exit_code == 2
    assert "budzet" in result.output
    assert "grupy_docelowe" in result.output and "rekomendacje" in result.output
    assert cli("plan", "set", "cele").exit_code == 2  # neither --text nor --file
    typo = cli("plan", "set", "rekomendacjee", "--text", "coś")
    assert typo.exit_code == 2 and "może chodziło o „rekomendacje”?" in flat(typo.output)
    check()


def test_set_accepts_section_titles_and_clears_with_empty_text(cli: Cli, ws: Path) -> None:
    ok(cli, "plan", "set", "Grupy docelowe", "--text", "Seniorzy 65+")
    assert stored(ws)["grupy_docelowe"] == "Seniorzy 65+\n"
    ok(cli, "plan", "set", "grupy_docelowe", "--text", "")
    assert stored(ws)["grupy_docelowe"] == ""


def test_check_lists_missing_and_thin_sections(cli: Cli) -> None:
    ok(cli, "plan", "init")
    ok(cli, "plan", "set", "diagnoza", "--text", "Do uzupełnienia.")
    ok(cli, "plan", "set", "wskazniki", "--text", "Przeszkolimy wielu mieszkańców gminy w każdym roku planu.")
    result = cli("plan", "check", "--json")
    assert result.exit_code == 1
    report = json.loads(result.stdout)
    assert report["gotowy"] is False
    problems = {gap["sekcja"]: gap["problem"] for gap in report["braki"]}
    assert set(problems) == set(SECTIONS)
    assert problems["diagnoza"].startswith("za krótka: 2 słowa")
    assert "liczb" in problems["wskazniki"]
    assert problems["rekomendacje"] == "brak treści"
    table = cli("plan", "check")
    assert table.exit_code == 1
    assert "Rekomendacje" in table.stdout and "gotowa" in table.output


def test_check_passes_on_a_complete_plan(cli: Cli) -> None:
    fill_all(cli)
    result = cli("plan", "check", "--json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == {"gotowy": True, "braki": []}
    assert "emocni plan mark sent" in cli("plan", "check").output


def test_check_and_show_without_a_general_part(cli: Cli) -> None:
    for command in ("check", "show"):
        result = cli("plan", command)
        assert result.exit_code == 1
        assert "emocni plan init" in result.output


def test_every_reported_step_is_recorded_and_only_contradicting_dates_are_refused(
    cli: Cli, ws: Path, unchanged: Callable
) -> None:
    ok(cli, "plan", "init")
    # An empty plan in emocni can still be sent (it was written in the official form): advice only.
    sent = cli("plan", "mark", "sent", "--date", "15.06.2018")
    assert sent.exit_code == 0, sent.output
    assert "11 sekcji do uzupełnienia w emocni" in flat(sent.output)
    check_plan = cli("plan", "check")
    assert check_plan.exit_code == 1
    assert "nie jest jeszcze gotowa do wysłania: 11 sekcji do uzupełnienia." in flat(check_plan.output)

    check = unchanged(ws)
    early = cli("plan", "mark", "accepted", "--date", "2018-06-10")
    assert early.exit_code == 1
    assert "wcześniejsza" in early.output and "15.06.2018" in early.output
    check()

    ok(cli, "plan", "mark", "accepted", "--date", "20 czerwca 2018", "--remarks", "Bez uwag.")
    check = unchanged(ws)
    late = cli("plan", "mark", "sent", "--date", "2018-06-25")
    assert late.exit_code == 1 and "późniejsza" in late.output
    before = cli("plan", "mark", "uploaded", "--date", "2018-06-19")
    assert before.exit_code == 1 and "wcześniejsza" in before.output and "20.06.2018" in before.output
    check()

    ok(cli, "plan", "mark", "uploaded", "--date", "22.06.2018")
    acceptance = stored(ws)["akceptacja"]
    assert acceptance == {
        "przekazano_animatorowi": dt.date(2018, 6, 15),
        "zaakceptowano": dt.date(2018, 6, 20),
        "wgrano_na_platforme": dt.date(2018, 6, 22),
        "uwagi_animatora": "Bez uwag.",
    }
    assert "emocni plan mark accepted" in (ws / PLAN).read_text(encoding="utf-8")  # the comments stay
    shown = cli("plan", "show")
    assert "20.06.2018" in shown.stdout and "22.06.2018" in shown.stdout
    accepted_check = cli("plan", "check")  # accepted by the animator: the gaps are only a note
    assert accepted_check.exit_code == 0 and "zaakceptował" in flat(accepted_check.output)
    ok(cli, "check")


def test_upload_and_acceptance_without_earlier_steps_are_recorded(cli: Cli, ws: Path) -> None:
    ok(cli, "plan", "init")
    ok(cli, "plan", "set", "rekomendacje", "--text", "Rozwijać kursy " + "słowo " * 13)  # 15 of 25 words
    uploaded = cli("plan", "mark", "uploaded", "--date", "22.06.2018")
    assert uploaded.exit_code == 0, uploaded.output
    assert "mark accepted" in flat(uploaded.output)
    ok(cli, "check")
    accepted = cli("plan", "mark", "accepted", "--date", "20.06.2018")  # no "sent" date: fine
    assert accepted.exit_code == 0, accepted.output
    assert "nic więcej nie trzeba" in flat(accepted.output)
    assert stored(ws)["akceptacja"] == {
        "zaakceptowano": dt.date(2018, 6, 20),
        "wgrano_na_platforme": dt.date(2018, 6, 22),
    }
    ok(cli, "check")


def test_mark_defaults_to_today_and_refuses_the_future(cli: Cli, ws: Path, unchanged: Callable) -> None:
    fill_all(cli)
    check = unchanged(ws)
    future = cli("plan", "mark", "sent", "--date", (dt.date.today() + dt.timedelta(days=3)).isoformat())
    assert future.exit_code == 2 and "przyszłości" in future.output
    assert cli("plan", "mark", "wysłano-coś").exit_code == 2
    check()
    ok(cli, "plan", "mark", "sent")
    assert stored(ws)["akceptacja"]["przekazano_animatorowi"] == dt.date.today()


def test_changing_an_accepted_plan_warns(cli: Cli) -> None:
    fill_all(cli)
    ok(cli, "plan", "mark", "sent", "--date", "15.06.2018")
    ok(cli, "plan", "mark", "accepted", "--date", "20.06.2018")
    result = cli("plan", "set", "cele", "--text", "Nowe cele " + "słowo " * 20)
    assert result.exit_code == 0
    assert "zaakceptowana (20.06.2018)" in result.output


@pytest.mark.parametrize(
    ("dates", "message"),
    [
        ("przekazano_animatorowi = 2018-06-21\nzaakceptowano = 2018-06-20", "wcześniejsza"),
        ("zaakceptowano = 2018-06-20\nwgrano_na_platforme = 2018-06-19", "wcześniejsza"),
        ("przekazano_animatorowi = 2018-06-23\nwgrano_na_platforme = 2018-06-22", "wcześniejsza"),
    ],
)
def test_check_reports_acceptance_dates_out_of_order(cli: Cli, ws: Path, dates: str, message: str) -> None:
    ok(cli, "plan", "init")
    path = ws / PLAN
    path.write_text(path.read_text(encoding="utf-8") + dates + "\n", encoding="utf-8")
    result = cli("check")
    assert result.exit_code == 3
    assert "plan-ogolny.toml:" in result.output and message in result.output


def test_acceptance_without_a_recorded_sending_date_is_fine(cli: Cli, ws: Path) -> None:
    ok(cli, "plan", "init")
    path = ws / PLAN
    path.write_text(path.read_text(encoding="utf-8") + "zaakceptowano = 2018-06-20\n", encoding="utf-8")
    ok(cli, "check")


def test_edit_opens_the_editor_then_validates(cli: Cli, ws: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from emocni_cli.cli.commands import plan as plan_cli

    opened: list[Path] = []

    def editor(text: str) -> Callable[[Path], None]:
        def run(path: Path) -> None:
            opened.append(path)
            path.write_text(path.read_text(encoding="utf-8") + text, encoding="utf-8")

        return run

    monkeypatch.setattr(plan_cli, "open_in_editor", editor(""))
    result = cli("plan", "edit")  # no plan yet: it is created with the guidance first
    assert result.exit_code == 0, result.output
    assert opened == [ws / PLAN]
    assert "# ─── Cele ───" in (ws / PLAN).read_text(encoding="utf-8")

    contradiction = "zaakceptowano = 2018-06-23\nwgrano_na_platforme = 2018-06-22\n"
    monkeypatch.setattr(plan_cli, "open_in_editor", editor(contradiction))
    broken = cli("plan", "edit")
    assert broken.exit_code == 3
    assert "plan-ogolny.toml" in broken.output and "wcześniejsza" in broken.output


def test_editor_comes_from_the_environment(ws: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from emocni_cli.cli.commands.plan import open_in_editor
    from emocni_cli.errors import RefusedError

    target = ws / "notatka.txt"
    target.write_text("", encoding="utf-8")
    monkeypatch.delenv("VISUAL", raising=False)
    monkeypatch.setenv(
        "EDITOR", f"\"{sys.executable}\" -c \"import sys; open(sys.argv[1], 'w').write('ok')\""
    )
    open_in_editor(target)
    assert target.read_text(encoding="utf-8") == "ok"
    monkeypatch.setenv("VISUAL", f'"{sys.executable}" -c "raise SystemExit(4)"')
    with pytest.raises(RefusedError, match="kod 4"):
        open_in_editor(target)


def test_show_json_shape(cli: Cli) -> None:
    fill_all(cli)
    ok(cli, "plan", "mark", "sent", "--date", "15.06.2018")
    ok(cli, "training", "add", "--year", "2019", "--title", "Bankowość internetowa")
    shown = json.loads(ok(cli, "plan", "show", "--json"))
    assert set(shown) == {"okres", "sekcje", "braki", "akceptacja", "plany_roczne"}
    assert shown["okres"] == [2018, 2019, 2020]
    assert [s["sekcja"] for s in shown["sekcje"]] == list(SECTIONS)
    assert shown["akceptacja"] == {"przekazano_animatorowi": "2018-06-15"}
    assert shown["plany_roczne"] == {"2019": 1}
    assert shown["braki"] == []


def test_example_general_part_is_complete_and_accepted_in_order(tmp_path: Path) -> None:
    from emocni_cli.model.plan import GeneralPlan

    plan = GeneralPlan.model_validate(tomllib.loads((EXAMPLE / PLAN).read_text(encoding="utf-8")))
    assert plan.section_gaps() == []
    assert plan.akceptacja.order_problems() == []
    assert plan.akceptacja.zaakceptowano == dt.date(2018, 6, 20)
    assert plan.akceptacja.wgrano_na_platforme == dt.date(2018, 6, 22)
    assert "112" in (plan.diagnoza or "")


def test_read_only_plan_commands_do_not_import_tomlkit(cli: Cli, ws: Path) -> None:
    fill_all(cli)
    ok(cli, "training", "add", "--year", "2019", "--title", "Bankowość internetowa")
    for command in (
        ["plan", "show"],
        ["plan", "check"],
        ["training", "list"],
        ["training", "show", "2019-01"],
    ):
        code = (
            "import sys; from emocni_cli.cli.app import app; "
            f"code = app({['-C', str(ws), *command]!r}, standalone_mode=False); "
            "assert code == 0, code; "
            "heavy = [m for m in ('tomlkit', 'filelock', 'docx', 'docxtpl') if m in sys.modules]; "
            "assert not heavy, heavy"
        )
        result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ws)
        assert result.returncode == 0, (command, result.stderr)


def test_editing_an_accepted_plan_reminds_to_send_it_again(
    cli: Cli, ws: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from emocni_cli.cli.commands import plan as plan_cli

    fill_all(cli)
    ok(cli, "plan", "mark", "sent", "--date", "15.06.2018")
    ok(cli, "plan", "mark", "accepted", "--date", "20.06.2018")

    def comment_only(path: Path) -> None:
        path.write_text(path.read_text(encoding="utf-8") + "# tylko komentarz\n", encoding="utf-8")

    monkeypatch.setattr(plan_cli, "open_in_editor", comment_only)
    untouched = cli("plan", "edit")
    assert untouched.exit_code == 0, untouched.output
    assert "przekaż animatorowi ponownie" not in flat(untouched.output)

    def new_goal(path: Path) -> None:
        text = path.read_text(encoding="utf-8")
        path.write_text(text.replace('cele = """\n', 'cele = """\nNowy cel: kurs dla rolników.\n'), "utf-8")

    monkeypatch.setattr(plan_cli, "open_in_editor", new_goal)
    changed = cli("plan", "edit")
    assert changed.exit_code == 0, changed.output
    assert "była już zaakceptowana (20.06.2018) — zmienioną treść przekaż animatorowi ponownie" in flat(
        changed.output
    )


def test_editor_gets_the_path_as_one_argument_whatever_it_contains(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No shell runs: quotes, $(…), ; and ` in the workspace path cannot end or add a command."""
    from emocni_cli.cli.commands.plan import open_in_editor

    name = "gmina $(touch INJECTED) ; `touch INJECTED` 'x'"
    if os.name != "nt":  # Windows forbids " in names
        name += '" & touch INJECTED'
    folder = tmp_path / name
    folder.mkdir()
    target = folder / "plan-ogolny.toml"
    target.write_text("", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("VISUAL", raising=False)
    write_ok = "import sys; open(sys.argv[1], 'w').write('ok')"
    monkeypatch.setenv("EDITOR", f'"{sys.executable}" -c "{write_ok}"')
    open_in_editor(target)
    assert target.read_text(encoding="utf-8") == "ok"
    assert not list(tmp_path.rglob("INJECTED"))


@pytest.mark.parametrize(
    ("editor", "phrases"),
    [
        ("nie-ma-takiego --wait", ["Nie znaleziono programu edytora „nie-ma-takiego” (zmienna EDITOR)"]),
        ('"code --wait', ["niedomknięty cudzysłów", 'EDITOR="code --wait"']),
    ],
)  # fmt: skip
def test_editor_that_cannot_run_is_refused_in_polish(
    cli: Cli, ws: Path, monkeypatch: pytest.MonkeyPatch, unchanged: Callable, editor: str, phrases: list[str]
) -> None:
    ok(cli, "plan", "init")
    monkeypatch.delenv("VISUAL", raising=False)
    check = unchanged(ws)
    refused(cli("plan", "edit", env={"EDITOR": editor}), 1, *phrases)
    check()


def test_show_splits_paragraphs_as_the_document_does(cli: Cli) -> None:
    from emocni_cli.documents.context import paragraphs

    text = "Ankieta w bibliotece.\nDane GUS.\n- brak sprzętu,\n- obawa przed oszustwami."
    ok(cli, "plan", "init")
    ok(cli, "plan", "set", "diagnoza", "--text", text)
    shown = cli("plan", "show", env={"COLUMNS": "200"}).stdout
    section = shown.split("Diagnoza potrzeb", 1)[1].split("\n\n2. ", 1)[0].splitlines()[1:]
    assert [line.strip() for line in section] == [
        "Ankieta w bibliotece.",  # two lines typed as in Notepad: two paragraphs, as in the document
        "",
        "Dane GUS.",
        "",
        "– brak sprzętu,",
        "– obawa przed oszustwami.",
    ]
    assert [line for line in section if line.strip()] == ["   " + p for p in paragraphs(text)]


def test_a_plan_written_in_the_official_form_is_recorded_without_plan_init(cli: Cli, ws: Path) -> None:
    assert not (ws / PLAN).exists()
    accepted = cli("plan", "mark", "accepted", "--date", "20.06.2018")
    assert accepted.exit_code == 0, accepted.output
    ok(cli, "plan", "mark", "uploaded", "--date", "22.06.2018")
    assert "# ─── Cele ───" in (ws / PLAN).read_text(encoding="utf-8")  # created with the guidance
    entry = next(
        i
        for i in json.loads(ok(cli, "status", "--today", "2018-07-01", "--json"))["items"]
        if i["key"] == "plan_ogolny"
    )
    assert entry["state"] == "done" and entry["notes"]
