"""Where a workspace's records live: its folder, the file of each record kind and its Polish names."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from emocni_cli.errors import NoWorkspaceError
from emocni_cli.model.records import Consultation, Meeting, Partner, Record, Webinar
from emocni_cli.model.training import Training
from emocni_cli.model.trainings import Enrolment, Participant, Session

CONFIG_FILE = "emocni.toml"
HISTORY_DIR = Path(".emocni") / "historia"  # the change history (workspace/history.py)
PENDING_CHANGE = HISTORY_DIR / "w-toku"  # there while a change's files are being replaced


def change_interrupted(root: Path) -> bool:
    """Whether a change was left half-written (one stat, for every command; the rollback is
    workspace/history.recover)."""
    return (root / PENDING_CHANGE).exists()


@dataclass(frozen=True)
class RecordKind:
    """One [[table]] array in one file: what it holds and how it is called in Polish."""

    key: str  # English, for code: "partner"
    file: str  # "partnerzy.toml"
    table: str  # "partner"
    model: type[Record]
    noun: str  # Polish, nominative: "partner"
    noun_acc: str  # Polish, accusative: "partnera"
    id_from: Callable[[Record], str] = field(compare=False, default=lambda r: r.id)
    date_keys: tuple[str, ...] = ()  # top-level dates allowed beside the records, e.g. przyjeto


def _date_id(record: Any) -> str:
    return record.data.isoformat()


def _consultation_id(record: Any) -> str:
    if record.forma == "wizyta" and record.wizyta_nr:
        return f"wizyta-{record.wizyta_nr}"
    return f"{record.forma}-{record.data.isoformat()}"


def _partner_id(record: Any) -> str:
    from emocni_cli.model.short_ids import partner_id

    return partner_id(record.nazwa)


def _title_id(record: Any) -> str:
    from emocni_cli.model.short_ids import title_id

    return title_id(record.tytul)


PARTNERS = RecordKind("partner", "partnerzy.toml", "partner", Partner, "partner", "partnera", _partner_id)
MEETINGS = RecordKind("meeting", "spotkania.toml", "spotkanie", Meeting, "spotkanie", "spotkanie", _date_id)
CONSULTATIONS = RecordKind(
    "consultation",
    "konsultacje.toml",
    "konsultacja",
    Consultation,
    "konsultacja",
    "konsultację",
    _consultation_id,
)
WEBINARS = RecordKind(
    "webinar", "webinaria.toml", "webinarium", Webinar, "webinarium", "webinarium", _title_id
)
SESSIONS = RecordKind("session", "zajecia.toml", "zajecia", Session, "zajęcia", "zajęcia")
ENROLMENTS = RecordKind("enrolment", "zapisy.toml", "zapis", Enrolment, "zapis", "zapis")
RECORD_KINDS: tuple[RecordKind, ...] = (PARTNERS, MEETINGS, CONSULTATIONS, WEBINARS, SESSIONS, ENROLMENTS)
# Personal data (RODO): read only by the commands that need people's names, never by status,
# calendars, exports or the animator's pack. Enrolments (ids only) are what the counts come from.
PARTICIPANTS = RecordKind(
    "participant", "uczestnicy.toml", "uczestnik", Participant, "uczestnik", "uczestnika"
)
PERSONAL_KINDS: tuple[RecordKind, ...] = (PARTICIPANTS,)


ADOPTED_KEY = "przyjeto"  # plan-ROK.toml: the date the partnership adopted that annual plan
ANNUAL_FILE = re.compile(r"^plan-(\d{4})\.toml$")


@functools.cache
def training_kind(year: int) -> RecordKind:
    """The record kind of one annual plan file, plan-ROK.toml."""
    return RecordKind(
        "training",
        f"plan-{year}.toml",
        "szkolenie",
        Training,
        "szkolenie",
        "szkolenie",
        _title_id,
        date_keys=(ADOPTED_KEY,),
    )


def annual_years(root: Path, overrides: dict[str, str] | None = None) -> list[int]:
    names = {p.name for p in root.glob("plan-*.toml")} | set(overrides or {})
    return sorted(int(m[1]) for name in names if (m := ANNUAL_FILE.match(name)))


def record_kinds(
    root: Path, overrides: dict[str, str] | None = None, personal: bool = False
) -> list[RecordKind]:
    """Every record array this workspace has (fixed files, plus annual plans when present); the
    participants' file only when asked for (personal) or being written (in overrides)."""
    kinds = [*RECORD_KINDS, *(training_kind(y) for y in annual_years(root, overrides))]
    kinds += [kind for kind in PERSONAL_KINDS if personal or kind.file in (overrides or {})]
    return kinds


def _workspaces_in(folder: Path) -> str | None:
    """A hint naming the workspaces one level below folder (e.g. -C given the folder of all gminas)."""
    try:
        found = sorted(sub for sub in folder.iterdir() if (sub / CONFIG_FILE).is_file())
    except OSError:
        return None
    if not found:
        return None
    names = ", ".join(sub.name for sub in found)
    which = "jest przestrzeń robocza gminy" if len(found) == 1 else "są przestrzenie robocze gmin"
    return f'w tym folderze {which}: {names} — wskaż folder gminy, np.: emocni -C "{found[0]}" status'


def find_root(explicit: Path | None = None, start: Path | None = None) -> Path:
    """The workspace folder: explicit, or the nearest folder upwards holding emocni.toml."""
    if explicit is not None:
        if (explicit / CONFIG_FILE).is_file():
            return explicit.resolve()
        raise NoWorkspaceError(
            f"W folderze {explicit} nie ma przestrzeni roboczej emocni (brak pliku {CONFIG_FILE}).",
            hint=_workspaces_in(explicit)
            or f"sprawdź ścieżkę albo utwórz przestrzeń poleceniem: emocni init {explicit}",
        )
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        if (folder / CONFIG_FILE).is_file():
            return folder
    raise NoWorkspaceError(
        f"Nie znaleziono przestrzeni roboczej emocni ({CONFIG_FILE}) w folderze {here} "
        "ani w folderach nadrzędnych.",
        hint=_workspaces_in(here)
        or "przejdź do folderu gminy, wskaż go opcją -C FOLDER albo utwórz nowy: emocni init",
    )
