"""Every command that writes a file where the person says (or under a default name) keeps one
rule: never onto a workspace's own file (not even with --force), never onto a device, FIFO or a
name Windows keeps for a device, and an existing file only with --force."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.cli_asserts import ok, refused
from tests.helpers import Cli

POSIX = pytest.mark.skipif(sys.platform == "win32", reason="FIFOs and /dev/null are POSIX")

# Every writing command, with the option that names its file.
WRITERS = [
    ("render-plan", "general", "-o"),
    ("calendar", "export", "-o"),
    ("partner", "export", "--csv"),
    ("training", "export", "--year", "2019", "--csv"),
]


def write_to(cli: Cli, writer: tuple[str, ...], target: Path | str, *extra: str):
    return cli(*writer, str(target), *extra)


@pytest.mark.parametrize("writer", WRITERS, ids=lambda w: " ".join(w[:2]))
@pytest.mark.parametrize("name", ["spotkania.toml", "emocni.toml", "plan-2019.toml", "PARTNERZY.TOML"])
def test_a_workspace_file_is_never_a_target_even_with_force(
    cli: Cli, plan_ws: Path, unchanged: Callable, writer: tuple[str, ...], name: str
) -> None:
    check = unchanged(plan_ws)
    message = refused(
        write_to(cli, writer, plan_ws / name, "--force"),
        1,
        "to plik danych przestrzeni roboczej",
        "także z --force",
    )
    assert name in message
    check()


def test_exported_template_may_not_replace_a_workspace_file(
    cli: Cli, plan_ws: Path, unchanged: Callable
) -> None:
    check = unchanged(plan_ws)
    refused(
        cli("template", "export", "general", str(plan_ws / "plan-ogolny.toml"), "--force"), 1, "plik danych"
    )
    check()


def test_the_history_folder_and_a_link_to_a_data_file_are_not_targets(
    cli: Cli, plan_ws: Path, unchanged: Callable
) -> None:
    (plan_ws / ".emocni").mkdir(exist_ok=True)
    link = plan_ws.parent / "link.toml"
    link.symlink_to(plan_ws / "spotkania.toml")
    check = unchanged(plan_ws)
    refused(cli("render-plan", "general", "-o", str(plan_ws / ".emocni" / "x.docx")), 1, "plik danych")
    refused(cli("calendar", "export", "-o", str(link), "--force"), 1, "plik danych")
    check()


@POSIX
@pytest.mark.parametrize("writer", WRITERS, ids=lambda w: " ".join(w[:2]))
def test_devices_and_fifos_are_refused(
    cli: Cli, plan_ws: Path, tmp_path: Path, unchanged: Callable, writer: tuple[str, ...]
) -> None:
    fifo = tmp_path / "potok"
    os.mkfifo(fifo)
    check = unchanged(plan_ws)
    refused(write_to(cli, writer, "/dev/null", "--force"), 1, "/dev/null: to urządzenie, potok albo gniazdo")
    refused(write_to(cli, writer, fifo, "--force"), 1, "potok: to urządzenie, potok albo gniazdo")
    assert Path("/dev/null").is_char_device() and fifo.is_fifo()
    check()


@pytest.mark.parametrize("name", ["NUL", "con.docx", "Com1.csv", "aux.ics"])
def test_names_windows_keeps_for_devices_are_refused(
    cli: Cli, plan_ws: Path, tmp_path: Path, name: str
) -> None:
    refused(cli("calendar", "export", "-o", str(tmp_path / name)), 1, "Windows rezerwuje dla urządzenia")
    assert not (tmp_path / name).exists()


@pytest.mark.parametrize("writer", WRITERS, ids=lambda w: " ".join(w[:2]))
def test_an_existing_file_needs_force(
    cli: Cli, plan_ws: Path, tmp_path: Path, writer: tuple[str, ...]
) -> None:
    target = tmp_path / "moje.txt"
    target.write_text("ważne notatki", encoding="utf-8")
    refused(write_to(cli, writer, target), 1, "już istnieje — nie nadpisuję go", "dodaj --force")
    assert target.read_text(encoding="utf-8") == "ważne notatki"
    ok(write_to(cli, writer, target, "--force"))
    assert target.read_text(encoding="utf-8", errors="replace") != "ważne notatki"


def test_calendar_export_replaces_only_a_calendar_it_made(cli: Cli, plan_ws: Path) -> None:
    ok(cli("calendar", "export"))
    ok(cli("calendar", "export"))  # its own generated file: replaced, as the help says
    own = plan_ws / "dokumenty" / "kalendarz.ics"
    assert own.read_bytes().startswith(b"BEGIN:VCALENDAR")
    other = plan_ws / "dokumenty" / "kalendarz-szkoly.ics"
    other.write_bytes(b"BEGIN:VCALENDAR\r\nPRODID:-//Szkola//PL\r\nEND:VCALENDAR\r\n")
    refused(cli("calendar", "export", "-o", str(other)), 1, "już istnieje", "--force")
    assert b"Szkola" in other.read_bytes()
