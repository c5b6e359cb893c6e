"""When the file system says no — a file open in Word, a full disk, a folder where a file should
be — the message is Polish, names the file the person knows (not a temp file) and says what to do;
a change spanning several files is written whole or not at all."""

from __future__ import annotations

import errno
import os
from collections.abc import Callable
from pathlib import Path

import pytest

from emocni_cli.errors import EXIT_INVALID, EXIT_REFUSED, EXIT_USAGE
from tests.builders import FIRST_MEETING, GBP, GOK
from tests.cli_asserts import ok, refused
from tests.helpers import Cli

Unchanged = Callable[[Path], Callable[[], None]]


# partner gbp is the leader and was at a meeting: removing it with --force changes three files
FILLED = [GBP, GOK, FIRST_MEETING, "partnership edit --leader gbp"]


def unwrapped(message: str) -> str:
    """The message without the line breaks a long path gets in an 80-column console."""
    return "".join(message.split())


def fail_replace(monkeypatch: pytest.MonkeyPatch, call: int, error: OSError) -> list[str]:
    """Make the call-th os.replace fail as Windows does when the target is open in another
    program (the error names the temp file); returns the targets replaced before it."""
    real = os.replace
    seen: list[str] = []

    def replace(src: str, dst: str) -> None:
        seen.append(str(dst))
        if len(seen) == call:
            raise type(error)(error.errno, error.strerror, str(src), None, str(dst))
        real(src, dst)

    monkeypatch.setattr(os, "replace", replace)
    return seen


@pytest.mark.parametrize("call", [2, 3])
def test_a_change_to_several_files_that_fails_halfway_leaves_every_file_as_it_was(
    filled: Cli, unchanged: Unchanged, monkeypatch: pytest.MonkeyPatch, call: int
) -> None:
    check = unchanged(filled.folder)
    seen = fail_replace(monkeypatch, call, PermissionError(errno.EACCES, "Permission denied"))
    message = refused(filled("partner", "remove", "gbp", "--force"), EXIT_REFUSED, "Brak dostępu:")
    monkeypatch.undo()
    assert len({Path(p).name for p in seen[:call]}) == call  # the earlier files had been replaced
    assert ".tmp" not in message
    check()  # ...and got their old bytes back; no temp file is left behind
    ok(filled("check"))


def test_a_file_open_in_another_program_is_named_with_what_to_do(
    filled: Cli, unchanged: Unchanged, monkeypatch: pytest.MonkeyPatch
) -> None:
    check = unchanged(filled.folder)
    fail_replace(monkeypatch, 1, PermissionError(errno.EACCES, "Permission denied"))
    message = refused(
        filled("partner", "edit", "gok", "--notes", "sala na 40 osób"),
        EXIT_REFUSED,
        "Brak dostępu:",
        "jeśli plik jest otwarty w innym programie (np. w Wordzie albo Excelu), zamknij go",
    )
    assert f"{filled.folder / 'partnerzy.toml'}." in unwrapped(message)
    assert "Permission denied" not in message
    check()


@pytest.mark.parametrize(
    ("error", "phrases"),
    [
        (OSError(errno.ENOSPC, "No space left on device"), ["Brak miejsca na dysku:", "zwolnij miejsce"]),
        (OSError(errno.EROFS, "Read-only file system"), ["Dysk jest tylko do odczytu:", "skopiuj folder"]),
    ],
)
def test_a_full_or_read_only_disk_is_said_in_polish(
    filled: Cli, unchanged: Unchanged, monkeypatch: pytest.MonkeyPatch, error: OSError, phrases: list[str]
) -> None:
    check = unchanged(filled.folder)
    fail_replace(monkeypatch, 1, error)
    message = refused(filled("partner", "add", "OSP", "--type", "OSP"), EXIT_REFUSED, *phrases)
    assert f"{filled.folder / 'partnerzy.toml'}." in unwrapped(message)
    assert error.strerror not in message
    check()


@pytest.mark.parametrize("name", ["partnerzy.toml", "plan-2019.toml", "plan-ogolny.toml"])
def test_a_folder_where_a_workspace_file_should_be(filled: Cli, unchanged: Unchanged, name: str) -> None:
    path = filled.folder / name
    if path.exists():
        path.unlink()
    path.mkdir()
    check = unchanged(filled.folder)
    message = refused(
        filled("check"),
        EXIT_INVALID,
        f"{name}: nie można odczytać pliku: to folder, a nie plik",
        "w tym miejscu potrzebny jest plik",
    )
    assert "Is a directory" not in message
    check()


def test_a_file_where_the_documents_folder_should_be(filled: Cli, unchanged: Unchanged) -> None:
    ok(filled("plan", "init"))
    (filled.folder / "dokumenty").write_text("", encoding="utf-8")
    check = unchanged(filled.folder)
    message = refused(
        filled("render-plan", "general"),
        EXIT_REFUSED,
        "Już jest tam plik lub folder o tej nazwie:",
        "dokumenty",
        "zmień nazwę tego, co tam jest",
    )
    assert "File exists" not in message
    assert "()" not in message
    check()


def test_a_folder_given_for_a_csv_file(filled: Cli, unchanged: Unchanged, tmp_path: Path) -> None:
    check = unchanged(filled.folder)
    message = refused(
        filled("training", "import", "--year", "2019", "--csv", str(tmp_path)),
        EXIT_REFUSED,
        f"To folder, a nie plik: {tmp_path}.",
        "podaj ścieżkę do pliku",
    )
    assert "Is a directory" not in message
    check()


def test_a_folder_given_as_a_section_text_file(filled: Cli, unchanged: Unchanged, tmp_path: Path) -> None:
    check = unchanged(filled.folder)
    refused(filled("plan", "set", "diagnoza", "--file", str(tmp_path)), EXIT_USAGE, "To folder, a nie plik")
    check()


def test_waiting_for_the_lock_does_not_advise_deleting_it(
    filled: Cli, unchanged: Unchanged, monkeypatch: pytest.MonkeyPatch
) -> None:
    from filelock import FileLock

    from emocni_cli.workspace import files as storage

    monkeypatch.setattr(storage, "LOCK_TIMEOUT_S", 0.2)
    check = unchanged(filled.folder)
    with FileLock(str(filled.folder / storage.LOCK_NAME)):
        message = refused(filled("partner", "add", "OSP", "--type", "OSP"), EXIT_REFUSED, "spróbuj ponownie")
    assert "usuń" not in message
    assert storage.LOCK_NAME not in message
    check()
