"""The pack an e-Mocarz sends to the animator: one .zip of the files the animator's view needs,
with a manifest — and no personal data of training participants (their counts travel in the
manifest). Reading a pack is reading untrusted input: everything is checked and kept in memory,
nothing is ever written or extracted."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import stat
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from emocni_cli import __version__
from emocni_cli.errors import RefusedError
from emocni_cli.model.plan import GENERAL_FILE
from emocni_cli.workspace.files import UnreadableFile, decode
from emocni_cli.workspace.layout import (
    ANNUAL_FILE,
    CONFIG_FILE,
    CONSULTATIONS,
    MEETINGS,
    PARTNERS,
    SESSIONS,
    WEBINARS,
)

MANIFEST = "manifest.json"
FORMAT = "emocni-paczka"
FORMAT_VERSION = 1
# What a pack holds: never uczestnicy.toml (names, birth years, disabilities), zapisy.toml
# (attendance by participant id) or .emocni/ (the history keeps copies of every file).
PACKED_FILES = (
    CONFIG_FILE,
    GENERAL_FILE,
    *(k.file for k in (PARTNERS, MEETINGS, CONSULTATIONS, WEBINARS, SESSIONS)),
)

MAX_PACK_BYTES = 16 * 2**20  # the .zip file itself
MAX_MEMBERS = 200
MAX_MEMBER_BYTES = 4 * 2**20  # one member, uncompressed
MAX_TOTAL_BYTES = 16 * 2**20  # all members read, uncompressed

OPEN_HINT = "poproś e-Mocarza tej gminy o nową paczkę (emocni pack) i nie rozpakowuj jej po drodze"


class BadPackError(RefusedError):
    """A file given as a pack that cannot be read safely, or is not an emocni pack."""


def packed(name: str) -> bool:
    """Whether a workspace file goes into the pack."""
    return name in PACKED_FILES or bool(ANNUAL_FILE.match(name))


@dataclass(frozen=True)
class Pack:
    """A pack read into memory: the manifest and the text of each packed file."""

    path: Path
    manifest: dict[str, Any]
    texts: dict[str, str]  # file name -> text (decoded, LF)
    changed: list[str]  # files that differ from (or are missing against) the manifest's sha256

    @property
    def day(self) -> dt.date:
        return dt.date.fromisoformat(self.manifest["date"])

    @property
    def created(self) -> str:
        return str(self.manifest.get("created", ""))

    @property
    def trained(self) -> dict[str, Any]:
        return self.manifest["trained"]


# --- making a pack ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Made:
    data: bytes  # the .zip
    files: list[str]  # the workspace files in it
    manifest: dict[str, Any]


def make_pack(root: Path, day: dt.date) -> Made:
    """The pack of a valid workspace as of `day`: the files are read once, validated as they are
    packed (load() with them as overrides) and the people trained counted from the enrolments."""
    from emocni_cli.trainings.attendance import trained
    from emocni_cli.workspace.files import read_source
    from emocni_cli.workspace.load import load

    names = sorted(p.name for p in root.iterdir() if packed(p.name) and p.is_file())
    sources = {name: read_source(root / name, name) for name in names}
    ws = load(root, {name: s.text for name, s in sources.items()})
    g = ws.settings.gmina
    manifest = {
        "format": FORMAT,
        "version": FORMAT_VERSION,
        "gmina": g.nazwa,
        "teryt": g.teryt,
        "powiat": g.powiat,
        "wojewodztwo": g.wojewodztwo,
        "date": day.isoformat(),
        "created": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "emocni": __version__,
        "files": {name: hashlib.sha256(s.raw or b"").hexdigest() for name, s in sources.items()},
        "trained": trained(ws, day).as_dict(),
    }
    buffer = io.BytesIO()
    stamp = (day.year, day.month, day.day, 0, 0, 0)
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        body = json.dumps(manifest, ensure_ascii=False, indent=2).encode("utf-8")
        for name, data in [(MANIFEST, body), *((n, s.raw or b"") for n, s in sources.items())]:
            info = zipfile.ZipInfo(name, stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = (stat.S_IFREG | 0o644) << 16
            zf.writestr(info, data)
    return Made(buffer.getvalue(), names, manifest)


def pack_name(gmina: str, day: dt.date) -> str:
    """emocni-wierzbno-dolne-2019-03-01.zip"""
    from emocni_cli.model.vocabularies import fold

    return f"emocni-{fold(gmina)[:40].strip('_').replace('_', '-') or 'gmina'}-{day.isoformat()}.zip"


# --- reading a pack --------------------------------------------------------------------------


def _refuse(path: Path, why: str, hint: str = OPEN_HINT) -> BadPackError:
    return BadPackError(f"Paczka {path.name}: {why}.", hint=hint)


def _unsafe_name(name: str) -> str | None:
    """Why a member's name could escape the folder it were extracted to, or None."""
    parts = name.replace("\\", "/").split("/")
    if name.startswith(("/", "\\")) or (len(name) > 1 and name[1] == ":"):
        return "ścieżkę bezwzględną"
    if ".." in parts:
        return "wyjście do folderu nadrzędnego („..”)"
    return None


def _checked(path: Path, zf: zipfile.ZipFile) -> dict[str, zipfile.ZipInfo]:
    """The members by name, once every member is checked: names, links, sizes, encryption."""
    infos = zf.infolist()
    if len(infos) > MAX_MEMBERS:
        raise _refuse(path, f"zawiera {len(infos)} plików (najwyżej {MAX_MEMBERS})")
    members: dict[str, zipfile.ZipInfo] = {}
    total = 0
    for info in infos:
        shown = repr(info.filename)[1:-1]
        if why := _unsafe_name(info.filename):
            raise _refuse(path, f"plik „{shown}” ma {why} — takiej paczki emocni nie otworzy")
        if stat.S_ISLNK(info.external_attr >> 16):
            raise _refuse(path, f"„{shown}” jest dowiązaniem (linkiem) — paczka emocni zawiera tylko pliki")
        if info.flag_bits & 0x1:
            raise _refuse(path, f"plik „{shown}” jest zaszyfrowany")
        key = info.filename.replace("\\", "/").casefold()
        if key in members:
            raise _refuse(path, f"plik „{shown}” występuje w niej dwa razy")
        if info.file_size > MAX_MEMBER_BYTES:
            raise _refuse(path, f"plik „{shown}” jest za duży ({info.file_size} bajtów po rozpakowaniu)")
        total += info.file_size
        members[key] = info
    if total > MAX_TOTAL_BYTES:
        raise _refuse(path, f"po rozpakowaniu miałaby {total} bajtów (najwyżej {MAX_TOTAL_BYTES})")
    return {info.filename: info for info in members.values()}


def _member(path: Path, zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    """A member's bytes, never more than its declared size (a lying header is refused)."""
    with zf.open(info) as stream:
        data = stream.read(info.file_size + 1)
    if len(data) != info.file_size:
        raise _refuse(path, f"rozmiar pliku „{info.filename}” nie zgadza się z zapisanym w archiwum")
    return data


def _manifest(path: Path, data: bytes) -> dict[str, Any]:
    try:
        manifest = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        raise _refuse(path, f"plik {MANIFEST} jest uszkodzony") from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise _refuse(path, f"plik {MANIFEST} nie pochodzi z emocni")
    if not isinstance(manifest.get("version"), int) or manifest["version"] > FORMAT_VERSION:
        raise _refuse(
            path,
            f"paczka jest w nowszym formacie ({manifest.get('version')!r}) niż ta wersja emocni "
            f"({__version__})",
            hint="zaktualizuj emocni",
        )
    try:
        dt.date.fromisoformat(manifest["date"])
        trained = manifest["trained"]
        if not isinstance(trained, dict) or not all(
            isinstance(trained.get(k), int) for k in ("people_trained", "headcount_attendances")
        ):
            raise ValueError
    except (KeyError, TypeError, ValueError):
        raise _refuse(path, f"plik {MANIFEST} nie ma daty paczki albo liczby przeszkolonych") from None
    return manifest


def read_pack(path: Path) -> Pack:
    """The pack at path, read into memory and checked; BadPackError says what is wrong."""
    try:
        size = path.stat().st_size
        if size > MAX_PACK_BYTES:
            raise _refuse(path, f"plik ma {size} bajtów (najwyżej {MAX_PACK_BYTES})")
        data = path.read_bytes()
    except OSError as exc:
        from emocni_cli.workspace.file_errors import explain

        what, hint = explain(exc)
        raise BadPackError(f"Nie można odczytać paczki {path.name}: {what}.", hint=hint) from None
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            members = _checked(path, zf)
            if MANIFEST not in members:
                raise _refuse(path, f"to nie jest paczka emocni (brak pliku {MANIFEST})")
            manifest = _manifest(path, _member(path, zf, members[MANIFEST]))
            texts, hashes = {}, {}
            for name, info in members.items():
                if packed(name):  # anything else (a participants' file…) is never read
                    raw = _member(path, zf, info)
                    hashes[name] = hashlib.sha256(raw).hexdigest()
                    try:
                        texts[name] = decode(raw, name).text
                    except UnreadableFile as exc:
                        raise _refuse(
                            path, f"{name}: {exc.problem.message}", exc.problem.hint or OPEN_HINT
                        ) from None
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, NotImplementedError, ValueError, OSError):
        raise _refuse(
            path, "to nie jest poprawne archiwum ZIP (plik jest uszkodzony albo niepełny)"
        ) from None
    if CONFIG_FILE not in texts:
        raise _refuse(path, f"brak w niej pliku {CONFIG_FILE}")
    listed = manifest.get("files") if isinstance(manifest.get("files"), dict) else {}
    changed = sorted(n for n in set(listed) | set(hashes) if listed.get(n) != hashes.get(n))
    return Pack(path, manifest, texts, changed)


def is_pack_name(path: Path) -> bool:
    return path.suffix.lower() == ".zip"
