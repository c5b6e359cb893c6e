"""Shared fixtures: a fresh workspace made by `emocni init`, and a CliRunner wrapper."""

from __future__ import annotations

import hashlib
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from emocni_cli.cli.app import app

REPO = Path(__file__).resolve().parents[1]
EXAMPLE = REPO / "examples" / "wierzbno-dolne"


class Cli:
    """Runs emocni in-process against one workspace folder (-C), like a user would type it."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.runner = CliRunner()

    def __call__(self, *args: str, input: str | None = None, env: dict | None = None):
        return self.runner.invoke(app, ["-C", str(self.folder), *args], input=input, env=env)

    def raw(self, *args: str, input: str | None = None, env: dict | None = None):
        """Without -C: for init and for testing workspace discovery."""
        return self.runner.invoke(app, list(args), input=input, env=env)


@pytest.fixture
def ws(tmp_path: Path) -> Path:
    """A new, empty workspace of the example gmina (plan years 2018–2020)."""
    folder = tmp_path / "gmina"
    result = Cli(folder).raw(
        "init",
        str(folder),
        "--gmina",
        "Wierzbno Dolne",
        "--emocarz",
        "Marta Sobczak",
        "--animator",
        "Paweł Zieliński",
        "--start-year",
        "2018",
        "--no-input",
    )
    assert result.exit_code == 0, result.output
    return folder


@pytest.fixture
def cli(ws: Path) -> Cli:
    return Cli(ws)


@pytest.fixture
def example(tmp_path: Path) -> Path:
    """A private copy of the shipped example workspace."""
    target = tmp_path / "wierzbno-dolne"
    shutil.copytree(EXAMPLE, target)
    return target


def snapshot(folder: Path) -> dict[str, str]:
    """sha256 of every file, to assert that a refused command wrote nothing."""
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and p.name != ".emocni.lock"
    }


@pytest.fixture
def unchanged() -> Callable[[Path], Callable[[], None]]:
    """unchanged(folder) -> check(); check() asserts every file is byte-identical to before."""

    def start(folder: Path) -> Callable[[], None]:
        before = snapshot(folder)

        def check() -> None:
            assert snapshot(folder) == before

        return check

    return start
