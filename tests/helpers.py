"""What every kind of test uses: where the repository is, emocni run in-process, a folder's digest."""

from __future__ import annotations

import hashlib
from pathlib import Path

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


def snapshot(folder: Path, history: bool = True) -> dict[str, str]:
    """sha256 of every file, to assert that a refused command wrote nothing (`history=False`:
    the data files only, without emocni's change history in .emocni/)."""
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
        and p.name != ".emocni.lock"
        and (history or ".emocni" not in p.relative_to(folder).parts)
    }
