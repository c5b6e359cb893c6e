"""The floor of the stack: the least a Typer + pydantic + tomli (+ rich for tables) command line
does for the kind of work `emocni status` / `partner list` do, and nothing more. The benchmarks
time it beside emocni; emocni's commands should come close to it.

Usage:  python benchmarks/floor_app.py --help
        python benchmarks/floor_app.py list FOLDER [--json]   # partnerzy.toml as a table or JSON
        python benchmarks/floor_app.py status FOLDER [--json] # every file read, validated, counted
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import tomli
import typer
from pydantic import BaseModel, ConfigDict

app = typer.Typer(add_completion=False, rich_markup_mode="rich")


class Record(BaseModel):
    model_config = ConfigDict(extra="allow", defer_build=True)
    id: str
    nazwa: str | None = None
    rodzaj: str | None = None
    data: dt.date | None = None
    data_przystapienia: dt.date | None = None


def records(folder: Path, name: str) -> list[Record]:
    data = tomli.loads((folder / name).read_text(encoding="utf-8"))
    return [
        Record.model_validate(item) for items in data.values() if isinstance(items, list) for item in items
    ]


@app.command("list")
def list_records(folder: Path, as_json: bool = typer.Option(False, "--json")) -> None:
    """The partners, as a table or as JSON."""
    partners = records(folder, "partnerzy.toml")
    if as_json:
        print(json.dumps([p.model_dump(mode="json") for p in partners], ensure_ascii=False, indent=2))
        return
    from rich.console import Console
    from rich.table import Table

    table = Table()
    for column in ("id", "nazwa", "rodzaj", "od"):
        table.add_column(column)
    for p in partners:
        table.add_row(p.id, p.nazwa or "", p.rodzaj or "", str(p.data_przystapienia or ""))
    Console().print(table)


@app.command()
def status(folder: Path, as_json: bool = typer.Option(False, "--json")) -> None:
    """Every file read and validated; the records counted."""
    counts = {path.name: len(records(folder, path.name)) for path in sorted(folder.glob("*.toml"))}
    if as_json:
        print(json.dumps(counts, indent=2))
        return
    from rich.console import Console

    console = Console()
    for name, n in counts.items():
        console.print(f"[bold]{name}[/]: {n}")


if __name__ == "__main__":
    app()
