"""Reading and writing workspace files safely: encodings, BOM and CRLF, atomic replace, the lock.

Nothing here imports tomlkit or filelock at module level: read-only commands stay fast."""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from emocni_cli.errors import Problem, RefusedError

LOCK_NAME = ".emocni.lock"
LOCK_TIMEOUT_S = 30.0
_BOM = "\ufeff"
_POLISH_LETTERS = set("ąćęłńóśźżĄĆĘŁŃÓŚŹŻ")


class UnreadableFile(Exception):
    """A file that cannot be decoded or parsed; carries a located Problem."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(problem.message)
        self.problem = problem


@dataclass(frozen=True)
class Source:
    """The text of one file, normalised to LF without BOM, remembering how it was stored."""

    text: str
    bom: bool = False
    crlf: bool = False
    raw: bytes | None = field(default=None, compare=False, repr=False)  # the bytes read; None: new file

    def encode(self, text: str) -> bytes:
        """Bytes for new text, keeping the file's original BOM and line-end conventions."""
        if self.crlf:
            text = text.replace("\r\n", "\n").replace("\n", "\r\n")
        return ((_BOM if self.bom else "") + text).encode("utf-8")


def decode(data: bytes, shown_name: str) -> Source:
    """Decode UTF-8 (with or without BOM); anything else is a clear, located problem."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise UnreadableFile(
            Problem(
                shown_name,
                "plik jest zapisany w kodowaniu UTF-16, a emocni czyta tylko UTF-8",
                hint="otwórz plik w Notatniku, wybierz Plik → Zapisz jako… i ustaw Kodowanie: UTF-8",
            )
        )
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        column = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        guess = " — wygląda na kodowanie Windows-1250 (cp1250)" if as_cp1250(data) else ""
        raise UnreadableFile(
            Problem(
                shown_name,
                f"plik nie jest zapisany w UTF-8{guess}",
                line=line,
                column=column,
                hint="otwórz plik w Notatniku, wybierz Plik → Zapisz jako… i ustaw Kodowanie: UTF-8",
            )
        ) from None
    bom = text.startswith(_BOM)
    if bom:
        text = text[1:]
    crlf = "\r\n" in text
    return Source(text.replace("\r\n", "\n"), bom=bom, crlf=crlf, raw=data)


def as_cp1250(data: bytes) -> str | None:
    """The text of bytes that are not UTF-8 when they read as Windows-1250 — "ANSI" in Notepad
    and Excel's plain CSV on Polish Windows — with Polish letters in it; else None."""
    try:
        text = data.decode("cp1250")
    except UnicodeDecodeError:
        return None
    return text if "\x00" not in text and set(text) & _POLISH_LETTERS else None


def decode_text(data: bytes, shown_name: str) -> tuple[str, bool]:
    """The text (LF line ends, no BOM) of a file people wrote outside emocni: UTF-8, or failing
    that Windows-1250 (then True: the caller says so in a note); else UnreadableFile."""
    try:
        return decode(data, shown_name).text, False
    except UnreadableFile:
        text = as_cp1250(data)
        if text is None:
            raise
    return text.replace("\r\n", "\n"), True


def bytes_or_none(path: Path) -> bytes | None:
    """The bytes of a file, or None when there is no such file."""
    try:
        return path.read_bytes()
    except FileNotFoundError:
        return None


def read_source(path: Path, shown_name: str) -> Source:
    try:
        data = path.read_bytes()
    except OSError as exc:
        from emocni_cli.workspace.file_errors import explain

        what, hint = explain(exc)
        raise UnreadableFile(Problem(shown_name, f"nie można odczytać pliku: {what}", hint=hint)) from None
    return decode(data, shown_name)


_TOML_MESSAGES = [
    ("Invalid statement", "niepoprawny wiersz — oczekiwano „klucz = wartość” albo nagłówka [tabela]"),
    ("Expected '=' after a key", "po nazwie klucza brakuje znaku „=”"),
    ("Invalid value", 'niepoprawna wartość — tekst musi być w cudzysłowie, np. nazwa = "Biblioteka"'),
    ("Unterminated string", "niezamknięty cudzysłów"),
    ("Expected \"'''\"", "niezamknięty tekst wielowierszowy — brakuje zamykających '''"),
    ('Expected "\'"', "niezamknięty apostrof — tekst zaczęty od ' musi się nim kończyć"),
    ("Illegal character", "niedozwolony znak w tekście (np. niezamknięty cudzysłów)"),
    ("Cannot declare", "ta tabela jest zdefiniowana dwukrotnie"),
    ("Cannot overwrite a value", "ten klucz występuje dwukrotnie"),
    ("Cannot mutate", "ten klucz występuje dwukrotnie lub koliduje z tabelą"),
    (
        "Expected newline or end of document",
        "po wartości oczekiwano końca wiersza (może brakuje cudzysłowu albo przecinka?)",
    ),
    ("Invalid date", "niepoprawna data — użyj formatu RRRR-MM-DD, np. 2018-03-12"),
    ("Invalid initial character for a key", "niepoprawna nazwa klucza (bez spacji i polskich znaków)"),
    ("Unclosed array", "niezamknięta lista — brakuje „]”"),
    ("Unclosed inline table", "niezamknięta tabela — brakuje „}”"),
    ("Expected ']' at the end of a table declaration", "nagłówek tabeli musi kończyć się „]”"),
    ("Expected ']]' at the end of an array declaration", "nagłówek rekordu musi kończyć się „]]”"),
    (
        "Unescaped '\\' in a string",
        "pojedynczy „\\” w tekście — napisz „\\\\” albo użyj apostrofów: 'C:\\dokumenty'",
    ),
    ("Cannot redefine namespace", "ta tabela jest zdefiniowana dwukrotnie"),
    ("Duplicate inline table key", "ten klucz występuje dwukrotnie"),
    ("Found invalid character", "niedozwolony znak"),
]


TOML_HINT = "popraw ten wiersz w edytorze tekstu; wzór zapisu jest w komentarzach na początku pliku"


def toml_reader() -> Any:
    """tomli when installed — the same parser as the standard library's tomllib (which was made
    from it), but compiled — else tomllib. Its errors are the ones emocni explains (parse_toml)."""
    try:
        import tomli as toml
    except ImportError:  # pragma: no cover - tomli is a dependency; tomllib is the fallback
        import tomllib as toml
    return toml


# rtoml builds its whole document in Rust before the Python data (about ten times the text at the
# peak): a bigger text (a file of over ~1,200 partners; no gmina comes near) is left to tomli,
# which keeps the peak memory of a huge workspace ~2 KB a record (benchmarks/bench_status.py).
RTOML_UP_TO = 256 * 1024  # characters


def loads_toml(text: str) -> dict[str, Any]:
    """The data of a TOML text. rtoml (in Rust, 3–6× faster than tomli; a workspace's reading
    is mostly parsing) reads it; a text over RTOML_UP_TO, and anything rtoml does not take — a
    mistake, its nesting limit, text that is not valid Unicode — is read by tomli, whose data or
    located TOMLDecodeError is then the answer, so every error emocni explains is tomli's."""
    try:
        import rtoml
    except ImportError:  # pragma: no cover - rtoml is a dependency; tomli alone gives the same data
        rtoml = None
    if rtoml is not None and len(text) <= RTOML_UP_TO:
        try:
            return rtoml.loads(text)
        except BaseException as exc:  # a Rust panic is a BaseException (pyo3's PanicException)
            if isinstance(exc, KeyboardInterrupt | SystemExit):
                raise
    return toml_reader().loads(text)


def parse_toml(source: Source, shown_name: str) -> dict:
    """TOML parse with a Polish, located error."""
    from emocni_cli.workspace.nesting import nested_too_deep, too_deep

    try:
        data = loads_toml(source.text)
    except RecursionError:  # tomli's own limit (400 levels)
        raise UnreadableFile(too_deep(source.text, shown_name)) from None
    except ValueError as exc:  # tomli's TOMLDecodeError is a ValueError
        raise UnreadableFile(_unparsable(source.text, shown_name, exc)) from None
    if nested_too_deep(data):  # tomlkit, which edits, gives up far sooner than tomli
        raise UnreadableFile(too_deep(source.text, shown_name))
    return data


def _unparsable(source: str, shown_name: str, exc: ValueError) -> Problem:
    """The Polish, located problem of a text tomli refused."""
    from emocni_cli.workspace.toml_hints import explain, mixed_headers, opening_line

    if not isinstance(exc, toml_reader().TOMLDecodeError):
        # int() of a number longer than Python's 4300-digit limit; no line given
        line = next((i for i, text in enumerate(source.split("\n"), 1) if _HUGE.search(text)), None)
        return Problem(shown_name, "liczba ma tysiące cyfr — to pomyłka", line=line, hint=TOML_HINT)
    text = str(exc)
    m = re.search(r"\(at line (\d+), column (\d+)\)", text)
    line = int(m[1]) if m else None
    column = int(m[2]) if m else None
    if m is None and "end of document" in text:
        line = source.count("\n") + 1
    english = re.sub(r"\s*\(at .*?\)$", "", text)
    polish = next((pl for en, pl in _TOML_MESSAGES if english.startswith(en)), None)
    lines = source.split("\n")
    if line and (opened := opening_line(lines, line, english)):
        line, column = opened, None
    mistake = explain(lines[line - 1]) if line and line <= len(lines) else None
    if line and (header := mixed_headers(lines, line)):
        (line, mistake), column = header, None
    message, hint = mistake or (polish or english, TOML_HINT)
    return Problem(shown_name, f"błąd składni TOML: {message}", line=line, column=column, hint=hint)


_HUGE = re.compile(r"[\d_]{4000}")


def _file_mode(path: Path) -> int:
    """Permissions for the new file: those of the file it replaces, else the usual umask default
    (mkstemp alone would leave every file readable only by its owner)."""
    try:
        return stat.S_IMODE(path.stat().st_mode)
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def atomic_write(path: Path, data: bytes) -> None:
    """Write via a temp file in the same folder, fsync, then os.replace (atomic on Windows too)."""
    atomic_write_all({path: data})


def atomic_write_all(files: dict[Path, bytes | None]) -> None:
    """Write several files so that either all change or none does (None: remove the file): every
    new content goes to a temp file first, and only then are they moved into place one by one.
    When a move fails (on Windows: a file open in another program), the files already changed get
    their old bytes back."""
    files = {_written_path(path): data for path, data in files.items()}
    temps: dict[Path, str | None] = {}
    originals: dict[Path, bytes | None] = {}
    replaced: list[Path] = []
    path = None
    try:
        for path, data in files.items():
            temps[path] = None if data is None else _temp_copy(path, data)
        for path in temps:
            originals[path] = path.read_bytes() if path.exists() else None
        for path, tmp in temps.items():
            if tmp is None:
                path.unlink(missing_ok=True)
            else:
                os.replace(tmp, path)
            replaced.append(path)
    except BaseException as exc:
        for done in reversed(replaced):
            _restore(done, originals[done])
        for tmp in temps.values():
            if tmp is not None:
                Path(tmp).unlink(missing_ok=True)
        if isinstance(exc, OSError) and exc.errno is not None and path is not None:
            # the file the person knows (and may have open in Word), not the temp file beside it
            raise OSError(exc.errno, exc.strerror, str(path)) from exc
        raise


def _written_path(path: Path) -> Path:
    """Where new bytes for path go: through a symlink to the file it points to (a data file shared
    from another folder keeps being shared); a read-only file is refused, not silently replaced."""
    if path.is_symlink():
        path = path.resolve()
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        return path
    if not mode & stat.S_IWUSR:
        raise RefusedError(
            f"Plik {path.name} jest tylko do odczytu — nic nie zapisano.",
            hint="jeśli ma się zmieniać, zdejmij z niego ochronę (w Windows: Właściwości pliku → odznacz "
            f"„Tylko do odczytu”; w Linuksie: chmod u+w {path}) i uruchom polecenie jeszcze raz",
        )
    return path


def leftover_temps(folder: Path, name: str = "*.toml") -> list[Path]:
    """Temp files a crash left beside the files called `name` (a glob): full copies of data."""
    import glob

    pattern = f".{name if name == '*.toml' else glob.escape(name)}.*.tmp"
    return sorted(p for p in folder.glob(pattern) if p.is_file())


def leftover_notices(folder: Path) -> list[Problem]:
    """What `check` says about the temp files a crash left."""
    return [
        Problem(
            temp.name,
            "pozostałość po przerwanym zapisie (pełna kopia danych)",
            hint="usunie ją następny zapis emocni; możesz ją też usunąć sam",
        )
        for temp in leftover_temps(folder)
    ]


def _temp_copy(path: Path, data: bytes) -> str:
    """A temp file beside path holding data, flushed to disk, with path's permissions (its name
    is the one leftover_temps() looks for)."""
    import tempfile  # here: read-only commands never need it (~2 ms of their start)

    mode = _file_mode(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, mode)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return tmp


def _restore(path: Path, original: bytes | None) -> None:
    """Put back what was there before (nothing: remove the new file). Best effort: the error that
    made the write fail is the one to report."""
    try:
        if original is None:
            path.unlink(missing_ok=True)
        else:
            os.replace(_temp_copy(path, original), path)
    except OSError:
        pass


@contextmanager
def workspace_lock(root: Path) -> Iterator[None]:
    """Serialize writers of one workspace across processes."""
    from filelock import FileLock, Timeout

    lock = FileLock(str(root / LOCK_NAME), timeout=LOCK_TIMEOUT_S)
    try:
        with lock:
            yield
    except Timeout:
        raise RefusedError(
            "Inny proces emocni zapisuje teraz tę przestrzeń roboczą.",
            # the lock is held by the system only while that process runs: deleting the file would
            # not free it, only let a third process write at the same time
            hint="spróbuj ponownie za chwilę; jeśli to się powtarza, sprawdź, czy w innym oknie "
            "nie działa jeszcze polecenie emocni, i zaczekaj, aż się skończy",
        ) from None
