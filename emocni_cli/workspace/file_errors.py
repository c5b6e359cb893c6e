"""A failed file operation in Polish, with what to do: one wording for reading a workspace file,
writing a document and whatever the error boundary catches (the system's own text is English)."""

from __future__ import annotations

import errno
from pathlib import Path

_CLOSE_IT = (
    "jeśli plik jest otwarty w innym programie (np. w Wordzie albo Excelu), zamknij go; "
    "sprawdź też, czy masz prawo zapisu w tym folderze"
)

_MEANINGS: dict[int, tuple[str, str]] = {
    errno.ENOENT: ("nie ma takiego pliku ani folderu", "sprawdź nazwę i folder"),
    errno.EEXIST: (
        "już jest tam plik lub folder o tej nazwie",
        "zmień nazwę tego, co tam jest (np. pliku, gdzie potrzebny jest folder), albo wybierz inne miejsce",
    ),
    errno.EISDIR: (
        "to folder, a nie plik",
        "w tym miejscu potrzebny jest plik — podaj ścieżkę do pliku albo zmień nazwę folderu",
    ),
    errno.ENOTDIR: (
        "część ścieżki to plik, a nie folder",
        "sprawdź ścieżkę — tam, gdzie powinien być folder, jest plik o tej samej nazwie",
    ),
    errno.EACCES: ("brak dostępu", _CLOSE_IT),
    errno.EPERM: ("brak dostępu", _CLOSE_IT),
    errno.ENOSPC: ("brak miejsca na dysku", "zwolnij miejsce na dysku i uruchom polecenie jeszcze raz"),
    errno.EROFS: ("dysk jest tylko do odczytu", "skopiuj folder na dysk, na którym można zapisywać"),
}


def explain(exc: OSError) -> tuple[str, str | None]:
    """(what is wrong, lower case and without the file name; what to do, when we know)."""
    code = exc.errno
    if code in (errno.EACCES, errno.EPERM) and exc.filename and Path(exc.filename).is_dir():
        code = errno.EISDIR  # Windows refuses to open a folder as a file with "access denied"
    if code in _MEANINGS:
        return _MEANINGS[code]
    return f"błąd systemu plików ({exc.strerror or exc})", None


def sentence(exc: OSError) -> tuple[str, str | None]:
    """A whole message naming the file: ("Brak dostępu: C:\\gmina\\partnerzy.toml.", hint)."""
    what, hint = explain(exc)
    what = what[0].upper() + what[1:]
    return (f"{what}: {exc.filename}." if exc.filename else f"{what}."), hint
