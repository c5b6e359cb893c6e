"""The workspace's change history, which is also its crash journal.

Every change a command makes is recorded before the first file is replaced: a numbered folder
under .emocni/historia/ holds the files as they were (przed/) and a description (zmiana.json)
with a hash of each file before and after. A pointer file (w-toku) names the change while its
files are being replaced; a command that finds it left behind by a crash rolls the change back.

Undo and redo follow the usual two stacks, rebuilt from the entries: an undo restores the files
of the newest change still in force, and is itself recorded, so a redo is the undo of that undo.
A file that changed since the entry (a hand edit) is never overwritten.

Callers hold the workspace lock for everything that writes here. Every writing command imports
this module, so hashlib and shutil are imported where used; where the pointer file lives
(layout.PENDING_CHANGE) and the command line recorded (recorded_command.py) are kept apart, so a
command that only reads does not import it."""

from __future__ import annotations

import datetime as dt
import json
import os
from dataclasses import dataclass, field
from pathlib import Path

from emocni_cli.errors import RefusedError
from emocni_cli.workspace import recorded_command
from emocni_cli.workspace.files import bytes_or_none
from emocni_cli.workspace.layout import HISTORY_DIR, PENDING_CHANGE, change_interrupted

KEEP = 50  # changes kept (with the undos and redos since); the oldest go when one is recorded
ENTRY_FILE = "zmiana.json"
BEFORE_DIR = "przed"

CHANGE, UNDO, REDO = "change", "undo", "redo"
# A change that removes personal data (participant forget, participants anonymise): no copy of
# the files before it is kept, so it cannot be undone, and a crash leaves it done or not begun.
FORGET = "forget"


def digest(data: bytes | None) -> str | None:
    import hashlib

    return None if data is None else hashlib.sha256(data).hexdigest()


@dataclass(frozen=True)
class FileState:
    """One file of a change: its hash before and after (None: the file did not exist)."""

    name: str
    before: str | None
    after: str | None


@dataclass(frozen=True)
class Entry:
    number: int
    when: str  # ISO 8601, local time with offset
    command: str
    action: str  # CHANGE, UNDO or REDO
    target: int | None  # the entry an UNDO or REDO acts on
    files: tuple[FileState, ...] = field(default=())
    folder: Path = field(default=Path(), compare=False)

    def before_bytes(self, name: str) -> bytes | None:
        state = next(f for f in self.files if f.name == name)
        return None if state.before is None else (self.folder / BEFORE_DIR / name).read_bytes()

    def moment(self) -> dt.datetime:
        return dt.datetime.fromisoformat(self.when)


def history_dir(root: Path) -> Path:
    return root / HISTORY_DIR


def entries(root: Path) -> list[Entry]:
    """Every complete entry, oldest first (a folder without a readable description is skipped)."""
    folder = history_dir(root)
    if not folder.is_dir():
        return []
    found = []
    for sub in folder.iterdir():
        if not sub.name.isdigit():
            continue
        try:
            data = json.loads((sub / ENTRY_FILE).read_text(encoding="utf-8"))
            found.append(
                Entry(
                    int(sub.name),
                    data["when"],
                    data["command"],
                    data["action"],
                    data.get("target"),
                    tuple(FileState(f["name"], f["before"], f["after"]) for f in data["files"]),
                    sub,
                )
            )
        except (OSError, ValueError, KeyError, TypeError):
            continue
    return sorted(found, key=lambda e: e.number)


@dataclass
class Stacks:
    """What undo and redo would act on next, rebuilt from the entries."""

    done: list[Entry]  # changes in force, newest last (an undo takes the last)
    undone: list[tuple[Entry, Entry]]  # (change, the undo that reverted it), newest last

    @property
    def undone_numbers(self) -> set[int]:
        return {change.number for change, _ in self.undone}


def stacks(all_entries: list[Entry]) -> Stacks:
    by_number = {e.number: e for e in all_entries}
    done: list[Entry] = []
    undone: list[tuple[Entry, Entry]] = []
    for entry in all_entries:
        if entry.action == CHANGE:
            done.append(entry)
            undone.clear()
        elif entry.action == FORGET:
            undone.clear()
        elif entry.action == UNDO:
            done = [e for e in done if e.number != entry.target]
            if entry.target in by_number:
                undone.append((by_number[entry.target], entry))
        elif entry.action == REDO:
            undone = [(c, u) for c, u in undone if c.number != entry.target]
            if entry.target in by_number:
                done.append(by_number[entry.target])
    return Stacks(done, undone)


def _fsync_write(path: Path, data: bytes) -> None:
    with open(path, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())


def begin(
    root: Path, changes: dict[Path, bytes | None], action: str = CHANGE, target: int | None = None
) -> Entry:
    """Record a change about to be written (the files' present bytes and the hashes of both
    sides) and point the journal at it. Durable before it returns."""
    import shutil

    folder = history_dir(root)
    folder.mkdir(parents=True, exist_ok=True)
    existing = entries(root)
    number = (existing[-1].number if existing else 0) + 1
    while (folder / f"{number:06d}").exists():  # an unreadable leftover keeps its number
        number += 1
    staging = folder / f".{number:06d}.tmp"
    shutil.rmtree(staging, ignore_errors=True)
    (staging / BEFORE_DIR).mkdir(parents=True)
    files = []
    for path, data in changes.items():
        before = bytes_or_none(path)
        if before is not None and action != FORGET:
            _fsync_write(staging / BEFORE_DIR / path.name, before)
        files.append({"name": path.name, "before": digest(before), "after": digest(data)})
    when = dt.datetime.now().astimezone().isoformat(timespec="seconds")
    command = recorded_command.text()
    description = {"when": when, "command": command, "action": action, "target": target, "files": files}
    _fsync_write(staging / ENTRY_FILE, json.dumps(description, ensure_ascii=False, indent=1).encode("utf-8"))
    final = folder / f"{number:06d}"
    os.rename(staging, final)  # a new name: atomic on Windows too
    _fsync_write(root / PENDING_CHANGE, str(number).encode("ascii"))
    states = tuple(FileState(f["name"], f["before"], f["after"]) for f in files)
    return Entry(number, when, command, action, target, states, final)


def finish(root: Path) -> None:
    """The change is written: close the journal and let the oldest entries go."""
    import shutil

    (root / PENDING_CHANGE).unlink(missing_ok=True)
    found = entries(root)
    changes = [e.number for e in found if e.action == CHANGE]
    if len(changes) > KEEP:  # the last KEEP changes, and the undos and redos since the oldest of them
        first_kept = changes[-KEEP]
        for old in found:
            if old.number < first_kept:
                shutil.rmtree(old.folder, ignore_errors=True)


def write_recorded(
    root: Path, changes: dict[Path, bytes | None], action: str = CHANGE, target: int | None = None
) -> None:
    """Record the change, write it (all files or none), close the journal."""
    from emocni_cli.workspace.files import atomic_write_all

    if not changes:
        return
    begin(root, changes, action, target)
    try:
        atomic_write_all(changes)
    except BaseException:
        # atomic_write_all has put every file back: the change never happened
        abandon(root)
        raise
    finish(root)


def abandon(root: Path) -> None:
    """Forget the change the journal points at (its files are as they were before it)."""
    import shutil

    folder = history_dir(root)
    number = _pending_number(root)
    if number is not None:
        shutil.rmtree(folder / f"{number:06d}", ignore_errors=True)
    (root / PENDING_CHANGE).unlink(missing_ok=True)


def _pending_number(root: Path) -> int | None:
    try:
        return int((root / PENDING_CHANGE).read_text(encoding="ascii").strip())
    except (OSError, ValueError):
        return None


@dataclass(frozen=True)
class Recovery:
    command: str
    restored: list[str]  # files put back as they were before the interrupted change
    kept: list[str]  # files changed since by someone else, left as they are


def recover(root: Path) -> Recovery | None:
    """Roll back a change a crash left half-written; None when there was none."""
    from emocni_cli.workspace.files import atomic_write_all, leftover_temps

    if not change_interrupted(root):
        return None
    number = _pending_number(root)
    entry = next((e for e in entries(root) if e.number == number), None)
    if entry is None:  # the crash came before the entry was complete: no file was touched
        abandon(root)
        return None
    restore: dict[Path, bytes | None] = {}
    kept = []
    for state in entry.files:
        now = digest(bytes_or_none(root / state.name))
        if now == state.before:
            continue
        if now == state.after and entry.action == FORGET:
            continue  # written whole (one file): the data is gone, as the person asked
        if now == state.after:
            restore[root / state.name] = entry.before_bytes(state.name)
        else:
            kept.append(state.name)
    atomic_write_all(restore)
    for state in entry.files:  # the new contents the crash left beside the files
        for temp in leftover_temps(root, state.name):
            temp.unlink(missing_ok=True)
    abandon(root)
    return Recovery(entry.command, sorted(p.name for p in restore), kept)


def changed_since(root: Path, entry: Entry, side: str) -> list[str]:
    """Files of entry whose bytes are no longer those it left (side "after") or found ("before")."""
    return [
        state.name
        for state in entry.files
        if digest(bytes_or_none(root / state.name)) != getattr(state, side)
    ]


def nothing_to(what: str) -> RefusedError:
    hint = (
        "emocni history pokazuje zapisane zmiany"
        if what == "undo"
        else "ponowić można tylko cofniętą zmianę, zanim zapisze się nową"
    )
    message = "Nie ma zmiany do cofnięcia." if what == "undo" else "Nie ma cofniętej zmiany do ponowienia."
    return RefusedError(message, hint=hint)
