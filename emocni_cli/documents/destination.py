"""The one rule for every file a command writes where the person says (-o, --csv, a folder) or
under a default name: documents, CSV exports, the calendar, an exported template.

- a workspace's own file (emocni.toml, partnerzy.toml, …, plan-*.toml, anything of .emocni) is
  never a target, not even with --force: those change only through the commands that edit them;
- a special file (device, FIFO, socket) or a name Windows reserves (NUL, CON, COM1, …) is never a
  target: writing "to" it would replace it or hang;
- an existing file is replaced only with --force (or when the command says the file is its own
  output, e.g. a calendar emocni exported before)."""

from __future__ import annotations

import re
import stat
from collections.abc import Callable
from pathlib import Path

from emocni_cli.errors import InputError, RefusedError, rel

_WINDOWS_DEVICES = re.compile(r"^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$)$", re.IGNORECASE)


def _workspace_file(dest: Path) -> bool:
    """Whether dest is (or is inside) one of the files of a workspace: its folder holds emocni.toml."""
    from emocni_cli.model.plan import GENERAL_FILE
    from emocni_cli.workspace.layout import ANNUAL_FILE, CONFIG_FILE, PERSONAL_KINDS, RECORD_KINDS

    own = {CONFIG_FILE, GENERAL_FILE, *(kind.file for kind in (*RECORD_KINDS, *PERSONAL_KINDS))}
    for folder in dest.parents:
        if folder.name.startswith(".emocni") and (folder.parent / CONFIG_FILE).is_file():
            return True
    if not (dest.parent / CONFIG_FILE).is_file():
        return False
    name = dest.name.lower()  # Windows and macOS do not tell EMOCNI.TOML from emocni.toml
    return name in own or bool(ANNUAL_FILE.match(name)) or name.startswith(".emocni")


def _special(dest: Path) -> str | None:
    """Why dest is no ordinary file, in Polish: a device, FIFO or socket (through a symlink too),
    or a name Windows keeps for a device; None for a regular file or a new one."""
    if _WINDOWS_DEVICES.match(dest.name.split(".")[0].strip()):
        return "to nazwa, którą Windows rezerwuje dla urządzenia"
    try:
        mode = dest.stat().st_mode
    except OSError:
        return None  # does not exist (yet): an ordinary new file
    if stat.S_ISREG(mode) or stat.S_ISDIR(mode):
        return None
    return "to urządzenie, potok albo gniazdo, a nie zwykły plik"


def destination(
    dest: Path,
    default_name: str,
    force: bool,
    root: Path | None = None,
    elsewhere: str = "opcją -o",
    replaceable: Callable[[Path], bool] | None = None,
) -> Path:
    """Where to write: an existing folder gets the default name; then the rules above.
    `elsewhere` says how the command takes another path ("opcją --csv"), for the hints;
    `replaceable` tells an existing file the command may replace without --force."""
    how = f" {elsewhere}" if elsewhere else ""
    if dest.is_dir():
        dest = dest / default_name
    if not dest.parent.is_dir():
        raise InputError(
            f"Folder {dest.parent} nie istnieje.", hint=f"utwórz go albo wskaż inne miejsce{how}"
        )
    shown = rel(dest, root)
    if _workspace_file(dest.absolute()) or _workspace_file(dest.resolve()):
        raise RefusedError(
            f"{shown} to plik danych przestrzeni roboczej — nie zapiszę w nim wyniku, także z --force.",
            hint=f"wskaż inny plik{how}, np. w folderze dokumenty/",
        )
    if special := _special(dest):
        raise RefusedError(
            f"{shown}: {special} — nie zapiszę tam wyniku.",
            hint=f"wskaż zwykły plik{how}",
        )
    if dest.exists() and not force and not (replaceable and replaceable(dest)):
        raise RefusedError(
            f"Plik {shown} już istnieje — nie nadpisuję go.",
            hint=f"dodaj --force, aby go zastąpić, albo wskaż inny plik{how}",
        )
    return dest
