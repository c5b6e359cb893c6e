"""emocni history, undo and redo: every write recorded first, undone byte for byte, hand edits
never overwritten, a write cut short by a crash rolled back by the next command."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest

from emocni_cli.cli import output
from emocni_cli.errors import EXIT_REFUSED
from emocni_cli.workspace import history
from emocni_cli.workspace.layout import change_interrupted
from tests.cli_asserts import flat, ok, refused
from tests.helpers import REPO, Cli, snapshot

CSV_ROWS = "nazwa;rodzaj\nParafia św. Józefa;parafia\nFirma Komputerowa Bit;firma\n"

# one command of each kind of write, as a person types it on the example workspace
WRITES = {
    "add": ["partner", "add", "Parafia św. Józefa", "--type", "parafia"],
    "edit": ["partner", "edit", "gops", "--phone", "84 000 00 00"],
    "remove --force": ["partner", "remove", "gminny-osrodek-kultury", "--force"],
    "meeting held": ["meeting", "held", "2017-11-21", "--guest", "Jan Kowalski"],
    "plan mark": ["plan", "mark", "przekazano", "--date", "2018-06-14"],
    "config set": ["config", "set", "gmina.liczba_mieszkancow", "7 100"],
    "config unset": ["config", "unset", "animator.telefon"],
    "training add (new annual plan file)": [
        "training", "add", "--year", "2020", "--title", "Smartfon na co dzień", "--area", "komunikacja",
        "--group", "seniorzy", "--hours", "8", "--when", "2020-03",
    ],
}  # fmt: skip


def data(folder: Path) -> dict[str, str]:
    return snapshot(folder, history=False)


@pytest.mark.parametrize("args", list(WRITES.values()), ids=list(WRITES))
def test_undo_after_each_kind_of_write_restores_every_file_byte_for_byte(
    example: Path, args: list[str]
) -> None:
    cli = Cli(example)
    before = data(example)
    ok(cli(*args))
    after = data(example)
    assert after != before
    result = ok(cli("undo"))
    assert "Cofnięto zmianę nr 1" in flat(result.stderr)
    assert data(example) == before
    ok(cli("redo"))
    assert data(example) == after
    ok(cli("check"))


def test_undo_after_a_csv_import(example: Path, tmp_path: Path) -> None:
    cli = Cli(example)
    rows = tmp_path / "nowi.csv"
    rows.write_bytes(CSV_ROWS.replace("\n", "\r\n").encode("cp1250"))
    before = data(example)
    ok(cli("partner", "import", "--csv", str(rows)))
    assert data(example) != before
    ok(cli("undo"))
    assert data(example) == before


def test_undo_steps_back_one_change_at_a_time_and_redo_steps_forward(example: Path) -> None:
    cli = Cli(example)
    states = [data(example)]
    for phone in ("84 000 00 01", "84 000 00 02", "84 000 00 03"):
        ok(cli("partner", "edit", "gops", "--phone", phone))
        states.append(data(example))
    for state in reversed(states[:-1]):
        ok(cli("undo"))
        assert data(example) == state
    refused(cli("undo"), EXIT_REFUSED, "Nie ma zmiany do cofnięcia")
    for state in states[1:]:
        ok(cli("redo"))
        assert data(example) == state
    refused(cli("redo"), EXIT_REFUSED, "Nie ma cofniętej zmiany do ponowienia")


def test_a_new_change_after_an_undo_ends_what_redo_can_bring_back(example: Path) -> None:
    cli = Cli(example)
    ok(cli("partner", "edit", "gops", "--phone", "84 000 00 01"))
    ok(cli("undo"))
    ok(cli("partner", "edit", "gops", "--phone", "84 000 00 02"))
    refused(cli("redo"), EXIT_REFUSED, "Nie ma cofniętej zmiany")
    ok(cli("undo"))  # undoes the newest change, then nothing older is in force
    refused(cli("undo"), EXIT_REFUSED, "Nie ma zmiany do cofnięcia")


def test_undo_never_destroys_a_hand_edit_made_after_the_change(example: Path) -> None:
    cli = Cli(example)
    ok(cli("partner", "edit", "gops", "--phone", "84 000 00 00"))
    partners = example / "partnerzy.toml"
    partners.write_text(partners.read_text(encoding="utf-8") + "# dopisane w Notatniku\n", encoding="utf-8")
    kept = snapshot(example)
    message = refused(cli("undo"), EXIT_REFUSED, "partnerzy.toml", "zmienił się", "nic nie zmieniono")
    assert ".emocni/historia/000001/przed" in message.replace("\\", "/")
    assert snapshot(example) == kept


def test_history_lists_when_which_command_and_which_files(example: Path) -> None:
    cli = Cli(example)
    assert "Historia jest pusta" in flat(ok(cli("history")).stderr)
    ok(cli("partner", "remove", "gminny-osrodek-kultury", "--force"))
    ok(cli("partner", "edit", "gops", "--phone", "84 000 00 00"))
    ok(cli("undo"))
    entries = json.loads(ok(cli("history", "--json")).stdout)
    assert [e["nr"] for e in entries] == [3, 2, 1]
    assert entries[0] | {"kiedy": None} == {
        "nr": 3,
        "kiedy": None,
        "polecenie": "emocni undo",
        "rodzaj": "undo",
        "dotyczy_zmiany": 2,
        "pliki": ["partnerzy.toml"],
        "cofnieta": False,
    }
    assert entries[1]["polecenie"] == 'emocni partner edit gops --phone "84 000 00 00"'
    assert entries[1]["cofnieta"] is True
    assert sorted(entries[2]["pliki"]) == ["partnerzy.toml", "plan-2018.toml", "spotkania.toml"]
    table = ok(cli("history")).stdout
    assert "cofnięta" in table and "następna" in table and "--force" in table


def test_the_history_keeps_the_last_changes_only(example: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(history, "KEEP", 3)
    cli = Cli(example)
    for n in range(5):
        ok(cli("partner", "edit", "gops", "--phone", f"84 000 00 0{n}"))
    assert [e.number for e in history.entries(example)] == [3, 4, 5]
    for _ in range(3):  # an undo takes no place of a change
        ok(cli("undo"))
    assert [e.number for e in history.entries(example)] == [3, 4, 5, 6, 7, 8]
    message = refused(cli("undo"), EXIT_REFUSED, "Nie ma zmiany do cofnięcia")
    assert "emocni history" in message


def test_check_ignores_the_history_folder(example: Path) -> None:
    cli = Cli(example)
    ok(cli("partner", "edit", "gops", "--phone", "84 000 00 00"))
    assert (example / ".emocni" / "historia").is_dir()
    assert json.loads(ok(cli("check", "--json")).stdout)["ok"] is True


def test_a_refused_write_records_nothing(example: Path, unchanged: Callable[..., Callable[[], None]]) -> None:
    check = unchanged(example)
    refused(Cli(example)("partner", "add", "OSP", "--type", "nieznany"), 2)
    check()
    assert history.entries(example) == []


@pytest.fixture
def at_keyboard(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(output, "interactive", lambda: True)


@pytest.mark.usefixtures("at_keyboard")
def test_remove_asks_in_a_terminal_and_no_keeps_the_file(
    example: Path, unchanged: Callable[..., Callable[[], None]]
) -> None:
    check = unchanged(example)
    result = Cli(example)("webinar", "remove", "plan-bez-tajemnic", input="n\n")
    assert "Usunąć webinarium „plan-bez-tajemnic”" in flat(result.output)
    refused(result, EXIT_REFUSED, "Nie usunięto")
    check()


@pytest.mark.usefixtures("at_keyboard")
def test_remove_and_undo_go_ahead_on_yes_or_with_yes(example: Path) -> None:
    cli = Cli(example)
    before = data(example)
    result = ok(cli("partner", "remove", "stowarzyszenie-kamionka", "--force", input="t\n"))
    assert "Usunąć partnera „stowarzyszenie-kamionka” (Stowarzyszenie" in flat(result.output)
    assert "emocni undo" in flat(result.stderr)
    ok(cli("undo", "--yes"))
    assert data(example) == before


@pytest.mark.usefixtures("at_keyboard")
def test_undo_asks_what_it_will_undo(example: Path) -> None:
    cli = Cli(example)
    ok(cli("partner", "edit", "gops", "--phone", "84 000 00 00"))
    edited = data(example)
    result = cli("undo", input="\n")  # Enter means no
    assert "Cofnąć zmianę nr 1 (emocni" in flat(result.output) and "partnerzy.toml" in flat(result.output)
    refused(result, EXIT_REFUSED, "Nie cofnięto")
    assert data(example) == edited


CRASH_AFTER_FIRST_RENAME = """
import os, sys
from emocni_cli.cli.app import app
real, calls = os.replace, []
def dying_replace(src, dst):
    real(src, dst)
    if str(dst).endswith(".toml"):
        calls.append(dst)
        if len(calls) == 1:
            os._exit(9)  # killed between the renames of one change
os.replace = dying_replace
app(sys.argv[1:])
"""


def test_a_change_cut_short_between_files_is_rolled_back_by_the_next_command(example: Path) -> None:
    before = data(example)
    script = textwrap.dedent(CRASH_AFTER_FIRST_RENAME)
    args = ["-C", str(example), "partner", "remove", "gminny-osrodek-kultury", "--force"]
    killed = subprocess.run([sys.executable, "-c", script, *args], cwd=REPO, capture_output=True)
    assert killed.returncode == 9
    assert data(example) != before  # one file of three replaced
    assert change_interrupted(example)
    result = Cli(example)("partner", "list")  # a read
    assert result.exit_code == 0, result.output
    message = flat(result.stderr)
    assert "przerwano w trakcie zapisu" in message and "partner remove gminny-osrodek-kultury" in message
    assert data(example) == before
    assert not change_interrupted(example) and history.entries(example) == []
    ok(Cli(example)("check"))


def test_temp_files_a_crash_left_are_named_by_check_and_removed_by_the_next_write(example: Path) -> None:
    leftover = example / ".partnerzy.toml.k2j4h1.tmp"
    leftover.write_text("[[partner]]\nid = 'kopia'\n", encoding="utf-8")
    notices = json.loads(ok(Cli(example)("check", "--json")).stdout)["uwagi"]
    assert [(n["plik"], "przerwanym zapisie" in n["problem"]) for n in notices] == [(leftover.name, True)]
    ok(Cli(example)("partner", "edit", "gops", "--phone", "84 000 00 00"))
    assert not leftover.exists()
