"""Writers in several processes at once: the lock serialises them, nothing is lost or broken."""

from __future__ import annotations

import json
import multiprocessing
from pathlib import Path

import pytest

from tests.cli_asserts import ok
from tests.helpers import Cli

WORKERS = 4
EACH = 20


def add_partners(folder: str, worker: int) -> list[int]:
    """One process adding its partners through the real command, one after another."""
    from emocni_cli.cli.app import app

    return [
        app(
            ["-C", folder, "partner", "add", f"Partner {worker}-{i}", "--type", "inna", "-r", f"zasób {i}"],
            standalone_mode=False,
        )
        for i in range(EACH)
    ]


@pytest.mark.slow
def test_four_processes_adding_twenty_partners_each(ws: Path) -> None:
    # spawn, as on Windows: each worker is a fresh interpreter
    with multiprocessing.get_context("spawn").Pool(WORKERS) as pool:
        codes = pool.starmap(add_partners, [(str(ws), w) for w in range(WORKERS)])
    assert codes == [[0] * EACH] * WORKERS

    cli = Cli(ws)
    partners = json.loads(ok(cli("partner", "list", "--json")).stdout)
    expected = {f"partner-{w}-{i}" for w in range(WORKERS) for i in range(EACH)}
    assert len(partners) == WORKERS * EACH
    assert {p["id"] for p in partners} == expected
    ok(cli("check"))
    text = (ws / "partnerzy.toml").read_text(encoding="utf-8")
    assert text.startswith("# Partnerzy gminnego partnerstwa")  # the commented header is still there
    assert not list(ws.glob("*.tmp")) and not list(ws.glob(".*.tmp"))  # no temporary files left behind
