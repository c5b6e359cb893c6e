"""Where a bug's details go: a log file in the user's own folder, never a traceback on screen."""

from __future__ import annotations

import datetime as dt
import os
import sys
import traceback
from pathlib import Path

from emocni_cli import __version__

LOG_NAME = "bledy.log"
KEEP_BYTES = 1_000_000  # the log starts again when it grows past this


def log_folder() -> Path:
    """%LOCALAPPDATA%\\emocni on Windows, $XDG_STATE_HOME/emocni (~/.local/state/emocni) elsewhere."""
    if sys.platform == "win32" and os.environ.get("LOCALAPPDATA"):
        return Path(os.environ["LOCALAPPDATA"]) / "emocni"
    state = os.environ.get("XDG_STATE_HOME") or str(Path.home() / ".local" / "state")
    return Path(state) / "emocni"


def write_report(exc: BaseException) -> Path | None:
    """Append the traceback, the command line and the versions; the log's path, or None."""
    try:
        folder = log_folder()
        folder.mkdir(parents=True, exist_ok=True)
        log = folder / LOG_NAME
        mode = "w" if log.exists() and log.stat().st_size > KEEP_BYTES else "a"
        with open(log, mode, encoding="utf-8", errors="replace") as fh:
            fh.write(f"--- {dt.datetime.now().astimezone().isoformat(timespec='seconds')} ")
            fh.write(f"emocni {__version__}, Python {sys.version.split()[0]}, {sys.platform}\n")
            fh.write(f"polecenie: {' '.join(sys.argv)}\n")
            fh.write("".join(traceback.format_exception(exc)))
        return log
    except OSError:
        return None
