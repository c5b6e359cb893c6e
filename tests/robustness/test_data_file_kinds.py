"""Data files that are not plain files of their own: a read-only file is refused with a message,
a symlinked file is written through to the file it points to (and stays a link)."""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

import pytest

from emocni_cli.errors import EXIT_REFUSED
from emocni_cli.workspace import history
from tests.cli_asserts import ok, refused
from tests.helpers import Cli, snapshot


def test_a_read_only_data_file_is_refused_and_nothing_changes(example: Path) -> None:
    partners = example / "partnerzy.toml"
    partners.chmod(stat.S_IREAD)
    try:
        before = snapshot(example)
        message = refused(
            Cli(example)("partner", "edit", "gops", "--phone", "84 000 00 00"),
            EXIT_REFUSED,
            "tylko do odczytu",
        )
        assert "partnerzy.toml" in message and "nic nie zapisano" in message
        assert snapshot(example) == before and history.entries(example) == []
    finally:
        partners.chmod(stat.S_IREAD | stat.S_IWRITE)


@pytest.mark.skipif(sys.platform == "win32", reason="symlinks need extra rights on Windows")
def test_a_symlinked_data_file_is_written_through_to_its_target(example: Path, tmp_path: Path) -> None:
    shared = tmp_path / "wspolne" / "partnerzy.toml"
    shared.parent.mkdir()
    os.replace(example / "partnerzy.toml", shared)
    (example / "partnerzy.toml").symlink_to(shared)
    cli = Cli(example)
    ok(cli("partner", "edit", "gops", "--phone", "84 000 00 00"))
    assert (example / "partnerzy.toml").is_symlink()
    assert "84 000 00 00" in shared.read_text(encoding="utf-8")
    ok(cli("undo"))
    assert (example / "partnerzy.toml").is_symlink() and "84 000 00 00" not in shared.read_text(
        encoding="utf-8"
    )
