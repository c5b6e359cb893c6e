"""The animator's view across gminas: find the workspaces and packs under the paths given, load
and judge each inside this one process, and keep one row per gmina (the newest data wins).

A source that cannot be read is one row with its error, never the end of the run. Nothing here
writes: folders are read as `status` reads them, packs from memory (workspace/load.inspect with
the pack's files as overrides of a folder that does not exist)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from emocni_cli.errors import EmocniError
from emocni_cli.model.values import format_date
from emocni_cli.summary.pack import is_pack_name, packed, read_pack
from emocni_cli.summary.rows import FOLDER, PACK, Row, gmina_row
from emocni_cli.workspace.layout import CONFIG_FILE, ENROLMENTS

NOT_FOUND = "{path}: nie ma takiego pliku ani folderu."
NOTHING_HERE = "W folderze {path} (ani jeden i dwa poziomy niżej) nie ma folderu gminy ani paczki .zip."
NOT_A_SOURCE = "{path}: to nie jest folder gminy ani paczka emocni (.zip)."
PATH_HINT = "podaj folder gminy (z plikiem emocni.toml), folder z folderami gmin albo paczkę .zip"
BROKEN = "Nie da się odczytać pliku {file}: {message}."
BROKEN_HINT = "e-Mocarz tej gminy sprawdzi pliki poleceniem emocni check"
KEPT_NEWER = "są też starsze dane tej gminy, pominięte: {others}"
CHANGED = "pliki inne niż przy tworzeniu paczki (zmienione, dodane lub brakujące): {files}"
SOURCE_KIND = {FOLDER: "folder", PACK: "paczka"}


@dataclass(frozen=True)
class Summary:
    today: dt.date
    rows: list[Row]

    @property
    def errors(self) -> int:
        return sum(row.error is not None for row in self.rows)

    def as_dict(self) -> dict[str, object]:
        """The --json shape: {"today": …, "gminas": [row, …]}."""
        return {"today": self.today.isoformat(), "gminas": [row.as_dict() for row in self.rows]}


def _is_workspace(folder: Path) -> bool:
    return (folder / CONFIG_FILE).is_file()


def _below(folder: Path, depth: int) -> Iterable[tuple[Path, str]]:
    """Workspaces and packs one and two levels below folder (hidden folders skipped)."""
    try:
        children = sorted(folder.iterdir())
    except OSError:
        return
    for child in children:
        if child.name.startswith("."):
            continue
        if child.is_dir():
            if _is_workspace(child):
                yield child, FOLDER
            elif depth > 1:
                yield from _below(child, depth - 1)
        elif is_pack_name(child) and child.is_file():
            yield child, PACK


def find_sources(paths: Sequence[Path]) -> list[Row]:
    """An empty row for each workspace or pack found under the paths (once each), and an error
    row for a path that holds none."""
    rows: list[Row] = []
    seen: set[Path] = set()

    def add(path: Path, kind: str) -> None:
        if (key := path.resolve()) not in seen:
            seen.add(key)
            rows.append(Row(path, kind))

    for path in paths:
        if path.is_dir():
            if _is_workspace(path):
                add(path, FOLDER)
                continue
            found = list(_below(path, 2))
            for found_path, kind in found:
                add(found_path, kind)
            if not found:
                rows.append(Row(path, FOLDER, error=NOTHING_HERE.format(path=path), hint=PATH_HINT))
        elif path.is_file() and is_pack_name(path):
            add(path, PACK)
        elif path.is_file():
            rows.append(Row(path, PACK, error=NOT_A_SOURCE.format(path=path), hint=PATH_HINT))
        else:
            rows.append(Row(path, FOLDER, error=NOT_FOUND.format(path=path), hint=PATH_HINT))
    return rows


def _folder_date(folder: Path) -> dt.date | None:
    """The day of the last change of the folder's data files."""
    times = []
    for path in folder.iterdir():
        if packed(path.name) or path.name == ENROLMENTS.file:
            try:
                times.append(path.stat().st_mtime)
            except OSError:
                continue
    return dt.date.fromtimestamp(max(times)) if times else None


def fill(row: Row, today: dt.date) -> Row:
    """Read and judge one source into its row: a folder on `today`, a pack on its own date (its
    data and its people trained are as of that day)."""
    from emocni_cli.workspace.load import inspect

    trained = None
    try:
        if row.kind == PACK:
            pack = read_pack(row.source)
            result = inspect(row.source, pack.texts)  # a file, so nothing is read beside the overrides
            row.data_date, row.created, trained = pack.day, pack.created, pack.trained
            if pack.changed:
                row.notes.append(CHANGED.format(files=", ".join(pack.changed)))
        else:
            result = inspect(row.source)
            row.data_date = _folder_date(row.source)
    except EmocniError as exc:
        row.error, row.hint = exc.message, exc.hint
        return row
    except OSError as exc:
        from emocni_cli.workspace.file_errors import sentence

        row.error, row.hint = sentence(exc)
        return row
    if result.readable is None:
        first = result.problems[0]
        row.error = BROKEN.format(file=first.location(), message=first.message)
        if row.kind == PACK:
            row.error = f"Paczka {row.source.name}: {row.error[0].lower()}{row.error[1:]}"
        row.hint = first.hint or BROKEN_HINT
        return row
    day = row.data_date if row.kind == PACK and row.data_date else today
    return gmina_row(row, result.readable, day, trained)


def _newest_first(row: Row) -> tuple[dt.date, bool, str]:
    return (row.data_date or dt.date.min, row.kind == FOLDER, row.created)


def one_per_gmina(rows: list[Row]) -> list[Row]:
    """The newest row of each gmina (a folder before a pack of the same day), saying what it left
    out; unreadable sources stay, each its own row. Sorted by gmina, errors last."""
    groups: dict[str, list[Row]] = {}
    kept = []
    for row in rows:
        if row.identity is None:
            kept.append(row)
        else:
            groups.setdefault(row.identity, []).append(row)
    winners = []
    for group in groups.values():
        group.sort(key=_newest_first, reverse=True)
        winner, *others = group
        if others:
            shown = ", ".join(
                f"{SOURCE_KIND[o.kind]} {o.source.name} ({format_date(o.data_date) if o.data_date else '?'})"
                for o in others
            )
            winner.notes.append(KEPT_NEWER.format(others=shown))
        winners.append(winner)
    winners.sort(key=lambda r: (polish_order(r.gmina), str(r.source)))
    return winners + sorted(kept, key=lambda r: str(r.source))


ALPHABET = "aąbcćdeęfghijklłmnńoópqrsśtuvwxyzźż"


def polish_order(name: str | None) -> list[int]:
    """A name's key in Polish alphabetical order (L before Ł, Z before Ź and Ż)."""
    return [ALPHABET.find(c) if c in ALPHABET else 100 + ord(c) for c in (name or "").lower()]


def summarise(paths: Sequence[Path], today: dt.date) -> Summary:
    """The summary of every gmina found under the paths, as of today."""
    rows = [fill(row, today) if row.error is None else row for row in find_sources(paths)]
    return Summary(today, one_per_gmina(rows))
