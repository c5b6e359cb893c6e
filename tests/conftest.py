"""The fixtures every test may ask for: workspaces (empty, filled, with plans, the example), emocni
run in-process against one, and a check that a refused command wrote nothing."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.builders import build, write_plans
from tests.helpers import EXAMPLE, Cli, snapshot


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
def filled(cli: Cli, request: pytest.FixtureRequest) -> Cli:
    """The workspace after the steps its test module lists in FILLED (see tests/builders.py)."""
    return build(cli, request.module.FILLED)


@pytest.fixture
def plan_ws(ws: Path) -> Path:
    """The example gmina with partners, a complete accepted general part and the 2019 plan."""
    return write_plans(ws)


@pytest.fixture
def example(tmp_path: Path) -> Path:
    """A private copy of the shipped example workspace."""
    target = tmp_path / "wierzbno-dolne"
    shutil.copytree(EXAMPLE, target)
    return target


@pytest.fixture
def unchanged() -> Callable[..., Callable[[], None]]:
    """unchanged(folder) -> check(); check() asserts every file is byte-identical to before
    (`history=False`: every data file, whatever the change history recorded meanwhile)."""

    def start(folder: Path, history: bool = True) -> Callable[[], None]:
        before = snapshot(folder, history)

        def check() -> None:
            assert snapshot(folder, history) == before

        return check

    return start
