"""Undo and redo: put the files of one recorded change back, under the lock, recorded in turn."""

from __future__ import annotations

from pathlib import Path

from emocni_cli.errors import InvalidWorkspaceError, RefusedError
from emocni_cli.workspace import history
from emocni_cli.workspace.history import REDO, UNDO, Entry


def next_undo(root: Path) -> Entry | None:
    """The change an undo would revert now."""
    done = history.stacks(history.entries(root)).done
    return done[-1] if done else None


def next_redo(root: Path) -> Entry | None:
    """The change a redo would bring back now."""
    undone = history.stacks(history.entries(root)).undone
    return undone[-1][0] if undone else None


def undo(root: Path, expected: int | None = None) -> Entry:
    """Revert the newest change in force; `expected` is the one the person agreed to revert."""
    from emocni_cli.workspace.files import workspace_lock

    with workspace_lock(root):
        history.recover(root)
        change = next_undo(root)
        if change is None:
            raise history.nothing_to("undo")
        _same_as_agreed(change, expected)
        _restore(root, change, change, UNDO)
        return change


def redo(root: Path, expected: int | None = None) -> Entry:
    """Bring back the change the newest undo reverted."""
    from emocni_cli.workspace.files import workspace_lock

    with workspace_lock(root):
        history.recover(root)
        undone = history.stacks(history.entries(root)).undone
        if not undone:
            raise history.nothing_to("redo")
        change, reverting = undone[-1]
        _same_as_agreed(change, expected)
        _restore(root, change, reverting, REDO)
        return change


def _same_as_agreed(change: Entry, expected: int | None) -> None:
    if expected is not None and change.number != expected:
        raise RefusedError(
            "W międzyczasie inne polecenie emocni zapisało zmianę — nic nie cofnięto.",
            hint="uruchom polecenie jeszcze raz i sprawdź, czego dotyczy",
        )


def _restore(root: Path, change: Entry, source: Entry, action: str) -> None:
    """Put back the files as `source` found them (an undo: the change itself; a redo: the undo
    that reverted it), refusing when any of them was changed since."""
    since = history.changed_since(root, source, "after")
    if since:
        kept_copies = source.folder.relative_to(root) / history.BEFORE_DIR
        verb = "cofnąć" if action == UNDO else "ponowić"
        which = (
            f"plik {since[0]} zmienił się" if len(since) == 1 else f"pliki {', '.join(since)} zmieniły się"
        )
        forget = _forgotten_since(root, source, since)
        if forget is not None:
            raise RefusedError(
                f"Nie można {verb} zmiany nr {change.number}: później usunięto dane osobowe "
                f"(zmiana nr {forget.number}, {forget.command}), a tego nie da się cofnąć.",
                hint="zmień dane poleceniem (np. emocni participant edit) albo w pliku",
            )
        raise RefusedError(
            f"Nie można {verb} zmiany nr {change.number}: {which} później (ręcznie albo w innym "
            "programie) — nic nie zmieniono.",
            hint="przywrócenie zniszczyłoby tamtą późniejszą zmianę; jeśli trzeba, popraw plik ręcznie "
            f"(jego wcześniejsza wersja jest w folderze {kept_copies})",
        )
    restored = {root / state.name: source.before_bytes(state.name) for state in source.files}
    _check_result(root, restored)
    history.write_recorded(root, restored, action, change.number)


def _forgotten_since(root: Path, source: Entry, files: list[str]) -> Entry | None:
    """The forget (history.FORGET) that changed these files after `source`, if one did."""
    later = [e for e in history.entries(root) if e.action == history.FORGET and e.number > source.number]
    return next((e for e in reversed(later) if {f.name for f in e.files} & set(files)), None)


def _check_result(root: Path, restored: dict[Path, bytes | None]) -> None:
    """The workspace after the restore must be valid as a whole, as after every write."""
    from emocni_cli.workspace.files import decode
    from emocni_cli.workspace.load import inspect

    texts = {path.name: decode(data, path.name).text for path, data in restored.items() if data is not None}
    result = inspect(root, texts)
    if result.problems:
        raise InvalidWorkspaceError(
            result.problems,
            "Po przywróceniu plików przestrzeń robocza byłaby niepoprawna — nic nie zmieniono.",
        )
