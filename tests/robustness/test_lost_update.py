"""A person saves a file in Notepad while emocni is changing it: emocni writes nothing rather
than drop what they saved (the check runs under the lock, just before the files are replaced)."""

from __future__ import annotations

from pathlib import Path

import pytest

from emocni_cli.errors import EXIT_REFUSED
from emocni_cli.workspace import edits
from tests.cli_asserts import ok, refused
from tests.helpers import Cli, snapshot

NOTE = "# dopisane w Notatniku w trakcie zapisu\n"


def during_validation(monkeypatch: pytest.MonkeyPatch, act) -> None:
    """Run `act` while the command validates its change: after reading, before writing."""
    real = edits.inspect

    def slow_inspect(*args, **kwargs):
        act()
        return real(*args, **kwargs)

    monkeypatch.setattr(edits, "inspect", slow_inspect)


def test_a_comment_saved_meanwhile_survives_and_nothing_is_written(
    example: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    partners = example / "partnerzy.toml"

    def save_in_notepad() -> None:
        partners.write_bytes(partners.read_bytes() + NOTE.encode("utf-8"))

    during_validation(monkeypatch, save_in_notepad)
    result = Cli(example)("partner", "add", "Parafia św. Józefa", "--type", "parafia")
    refused(result, EXIT_REFUSED, "partnerzy.toml", "zmieniono w innym programie", "nic nie zapisano")
    text = partners.read_text(encoding="utf-8")
    assert text.endswith(NOTE) and "Parafia" not in text
    assert not (example / ".emocni").exists()  # nothing recorded either


def test_a_file_deleted_meanwhile_does_not_come_back(example: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    webinars = example / "webinaria.toml"
    during_validation(monkeypatch, webinars.unlink)
    result = Cli(example)("webinar", "edit", "plan-bez-tajemnic", "--notes", "nowa notatka")
    refused(result, EXIT_REFUSED, "webinaria.toml", "usunięto w innym programie")
    assert not webinars.exists()


def test_an_edit_of_another_file_meanwhile_is_no_conflict(
    example: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    meetings = example / "spotkania.toml"
    during_validation(monkeypatch, lambda: meetings.write_bytes(meetings.read_bytes() + NOTE.encode()))
    before = snapshot(example, history=False)
    ok(Cli(example)("partner", "edit", "gops", "--phone", "84 000 00 00"))
    after = snapshot(example, history=False)
    assert after["spotkania.toml"] != before["spotkania.toml"] and meetings.read_text(
        encoding="utf-8"
    ).endswith(NOTE)
