"""Loading and validating a workspace (read-only: tomllib + pydantic, no tomlkit)."""

from __future__ import annotations

import datetime as dt
import difflib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from emocni_cli.errors import InvalidWorkspaceError, Problem
from emocni_cli.model.plan import GENERAL_FILE, GeneralPlan
from emocni_cli.model.records import Consultation, Meeting, Partner, Record, Webinar
from emocni_cli.model.settings import NAME_PREFIXES, Settings, taken_off
from emocni_cli.model.training import Training
from emocni_cli.model.trainings import Enrolment, Participant, Session
from emocni_cli.polish import errors_count, quoted
from emocni_cli.workspace.checks import check_enrolments, check_plans, check_visits, cross_checks
from emocni_cli.workspace.error_sentences import Locator, field_errors, field_name, unknown_keys
from emocni_cli.workspace.files import UnreadableFile, parse_toml, read_source
from emocni_cli.workspace.layout import (
    ADOPTED_KEY,
    ANNUAL_FILE,
    CONFIG_FILE,
    CONSULTATIONS,
    ENROLMENTS,
    MEETINGS,
    PARTICIPANTS,
    PARTNERS,
    PERSONAL_KINDS,
    SESSIONS,
    WEBINARS,
    RecordKind,
    record_kinds,
    training_kind,
)


@dataclass(frozen=True)
class LeftOut:
    """What a read despite errors leaves out: one record that does not validate by itself, or
    (record and position both None) every record of a file that cannot be read or understood."""

    file: str
    noun: str | None = None  # "partner", "spotkanie"… (None for a file that holds no records)
    record: str | None = None  # its id, when one can be read
    position: int | None = None  # 1-based, in the file

    def describe(self) -> str:
        """'partner „gok” (partnerzy.toml)', 'partner nr 3 (partnerzy.toml)', 'cały plik spotkania.toml'."""
        if self.record is not None:
            return f"{self.noun} „{self.record}” ({self.file})"
        if self.position is not None:
            return f"{self.noun} nr {self.position} ({self.file})"
        return f"cały plik {self.file}"

    def as_dict(self) -> dict[str, object]:
        return {"plik": self.file, "rekord": self.record, "numer": self.position}


@dataclass
class Workspace:
    root: Path
    settings: Settings
    records: dict[str, list[Record]]  # by file name
    general_plan: GeneralPlan | None = None  # None while plan-ogolny.toml does not exist
    file_dates: dict[str, dict[str, dt.date]] = field(default_factory=dict)  # file -> top-level dates
    # Empty for a valid workspace; a read despite errors (Inspection.readable) holds every
    # record that validates by itself, what is wrong, and what was left out because of it.
    problems: list[Problem] = field(default_factory=list)
    left_out: list[LeftOut] = field(default_factory=list)
    personal: bool = False  # whether the participants' file (personal data) was read

    def of(self, kind: RecordKind) -> list[Any]:
        return self.records.get(kind.file, [])

    def find(self, kind: RecordKind, record_id: str) -> Any | None:
        return next((r for r in self.of(kind) if r.id == record_id), None)

    @property
    def partners(self) -> list[Partner]:
        return self.of(PARTNERS)

    @property
    def partner_names(self) -> dict[str, str]:
        """Partner id -> name, for showing the partners a record refers to."""
        return {p.id: p.nazwa for p in self.partners}

    @property
    def meetings(self) -> list[Meeting]:
        return self.of(MEETINGS)

    @property
    def consultations(self) -> list[Consultation]:
        return self.of(CONSULTATIONS)

    @property
    def webinars(self) -> list[Webinar]:
        return self.of(WEBINARS)

    @property
    def sessions(self) -> list[Session]:
        return self.of(SESSIONS)

    @property
    def enrolments(self) -> list[Enrolment]:
        return self.of(ENROLMENTS)

    @property
    def participants(self) -> list[Participant]:
        """The participants (personal data); only in a workspace read with personal=True."""
        if not self.personal:
            raise RuntimeError("participants read from a workspace loaded without personal data")
        return self.of(PARTICIPANTS)

    @property
    def annual_plans(self) -> dict[int, list[Training]]:
        """Trainings by plan year, for every plan-ROK.toml present."""
        out = {}
        for name, items in self.records.items():
            if m := ANNUAL_FILE.match(name):
                out[int(m[1])] = items
        return dict(sorted(out.items()))

    def plan_adopted(self, year: int) -> dt.date | None:
        """When the annual plan of that year was adopted, if recorded (przyjeto = …)."""
        return self.file_dates.get(training_kind(year).file, {}).get(ADOPTED_KEY)

    def all_records(self) -> Iterator[tuple[str, Record]]:
        for name, items in self.records.items():
            for record in items:
                yield name, record


@dataclass
class Inspection:
    """Result of reading a workspace: the model when valid, and everything found wrong."""

    root: Path
    workspace: Workspace | None  # None while anything is invalid: what writes start from
    problems: list[Problem]
    notices: list[Problem]
    # every record that validates by itself, whatever else is wrong (for reading only);
    # None when emocni.toml itself cannot be read or validated
    readable: Workspace | None = None

    def refusal(self) -> InvalidWorkspaceError:
        """The error of a workspace that does not validate, listing every problem."""
        return InvalidWorkspaceError(
            self.problems, f"Przestrzeń robocza {self.root} zawiera {errors_count(len(self.problems))}."
        )


class Reader:
    """Reads files (or in-memory replacements of them) and collects located problems."""

    def __init__(self, root: Path, overrides: dict[str, str] | None) -> None:
        self.root = root
        self.overrides = overrides or {}
        self.problems: list[Problem] = []
        self.notices: list[Problem] = []
        self.locators: dict[str, Locator] = {}
        self.positions: dict[str, list[int]] = {}  # file -> index in the file of each valid record
        self.dates: dict[str, dict[str, dt.date]] = {}  # file -> valid top-level dates (date_keys)
        self.left_out: list[LeftOut] = []

    def read(self, name: str) -> dict[str, Any] | None:
        from emocni_cli.workspace.files import Source

        try:
            if name in self.overrides:
                source = Source(self.overrides[name])
            else:
                path = self.root / name
                if not path.exists():
                    return None
                source = read_source(path, name)
            data = parse_toml(source, name)
        except UnreadableFile as exc:
            self.problems.append(exc.problem)
            self.left_out.append(LeftOut(name))
            return None
        self.locators[name] = Locator(source.text)
        return data

    def record_line(self, kind: RecordKind, index: int, key: str | None = None) -> int | None:
        """The line of `key` in the index-th record of kind's file (without a key: its header);
        None when the file was not read. The file is scanned only now, for a record in error."""
        loc = self.locators.get(kind.file)
        return loc.record(kind.table, index, key) if loc else None

    def indexed(self, records: dict[str, list[Record]], name: str) -> Iterator[tuple[int, Record]]:
        """(index in the file, record) of each valid record of one file."""
        return zip(self.positions.get(name, []), records.get(name, []), strict=True)

    def typos(self, name: str, tables: list[tuple[str | None, Any]]) -> None:
        """A notice for each unknown key of these [tables] that looks like a misspelt field."""
        loc = self.locators[name]
        for table, model in tables:
            for key, suggestion in unknown_keys(model):
                self.notices.append(
                    Problem(
                        name,
                        f"nieznany klucz „{key}” — może chodziło o „{suggestion}”?",
                        line=loc.table(table, key) or (loc.table(key) if table is None else None),
                        field=f"{table}.{key}" if table else key,
                        hint="emocni zachowa ten klucz, ale go nie użyje",
                    )
                )

    def error(self, name: str, message: str, line: int | None = None, **kw: Any) -> None:
        self.problems.append(Problem(name, message, line=line, **kw))


def _in_tables(loc: Locator, where: tuple[Any, ...]) -> tuple[str | None, str | None, int | None]:
    """[section], key and line of a field error in a file of plain tables (emocni.toml,
    plan-ogolny.toml): the key's line, else its section's header; a top-level key has no section."""
    section = str(where[0]) if len(where) > 1 else None
    key = str(where[-1]) if where else None
    return section, key, loc.table(section, key)


def _load_settings(reader: Reader) -> Settings | None:
    data = reader.read(CONFIG_FILE)
    if data is None:
        if not any(p.file == CONFIG_FILE for p in reader.problems):
            reader.error(
                CONFIG_FILE,
                "brak pliku konfiguracji przestrzeni roboczej",
                hint="utwórz przestrzeń poleceniem: emocni init",
            )
        return None
    loc = reader.locators[CONFIG_FILE]
    try:
        settings = Settings.model_validate(data)
    except ValidationError as exc:
        for where, message in field_errors(exc):
            section, key, line = _in_tables(loc, where)
            hint = None
            if message == "brak wymaganego pola" and section:
                hint = f"dopisz {key} = … w sekcji [{section}]"
            elif message == "brak wymaganego pola":  # every required top-level field is a [section]
                message = f"brak sekcji [{key}]"
                unknown = [name for name in data if name not in Settings.model_fields]
                misspelt = difflib.get_close_matches(str(key), unknown, n=1, cutoff=0.6)
                if misspelt:
                    line = loc.table(misspelt[0])
                    hint = f"tu jest [{misspelt[0]}] — popraw nazwę sekcji na [{key}]"
                else:
                    fields = Settings.model_fields[str(key)].annotation.model_fields  # type: ignore[union-attr]
                    required = ", ".join(f"{name} = …" for name, f in fields.items() if f.is_required())
                    hint = f"dopisz wiersz [{key}], a pod nim: {required}"
            reader.error(CONFIG_FILE, message, line, field=field_name(where), hint=hint)
        return None
    sections = ("gmina", "partnerstwo", "emocarz", "animator", "plan", "wymagania")
    reader.typos(CONFIG_FILE, [(None, settings), *((name, getattr(settings, name)) for name in sections)])
    _prefixed_names(reader, data, settings)
    return settings


def _prefixed_names(reader: Reader, data: dict[str, Any], settings: Settings) -> None:
    """A notice for a hand-written "Gmina Lipno" / "powiat lipnowski": read without the word."""
    for name in NAME_PREFIXES:
        typed, stored = data["gmina"].get(name), getattr(settings.gmina, name)
        if isinstance(typed, str) and stored and (taken := taken_off(name, typed, stored)):
            reader.notices.append(
                Problem(
                    CONFIG_FILE,
                    f"„{typed}” — słowo „{taken[0]}” na początku jest zbędne: dokumenty same piszą "
                    f"„{taken[1]}”, więc emocni używa „{stored}”",
                    line=reader.locators[CONFIG_FILE].table("gmina", name),
                    field=f"gmina.{name}",
                    hint=f'popraw w pliku albo uruchom: emocni config set gmina.{name} "{stored}"',
                )
            )


def _read_file_date(reader: Reader, name: str, key: str, value: Any, line: int | None) -> None:
    from emocni_cli.model.values import parse_date

    try:
        if isinstance(value, dt.datetime) or not isinstance(value, dt.date | str):
            raise ValueError(f"oczekiwano daty, jest {quoted(value)}")
        reader.dates.setdefault(name, {})[key] = parse_date(value)
    except ValueError as exc:
        reader.error(name, str(exc), line, field=key, hint=f"np. {key} = 2018-10-23 (bez cudzysłowu)")


def _load_records(reader: Reader, kind: RecordKind) -> list[Record]:
    data = reader.read(kind.file)
    if data is None:
        return []
    loc = reader.locators[kind.file]
    raw = data.get(kind.table, [])
    for key in kind.date_keys:
        if key in data:
            _read_file_date(reader, kind.file, key, data[key], loc.table(None, key))
    for key in data:
        if key != kind.table and key not in kind.date_keys:
            reader.notices.append(
                Problem(
                    kind.file,
                    f"nieznana sekcja lub klucz „{key}” — emocni go nie używa (zostaje w pliku)",
                    line=loc.table(key) or loc.record(key, 0) or loc.table(None, key),
                    hint=f"rekordy tego pliku zaczynają się od [[{kind.table}]]",
                )
            )
    if not isinstance(raw, list) or not all(isinstance(item, dict) for item in raw):
        reader.error(
            kind.file,
            f"„{kind.table}” musi być listą tabel zapisanych jako [[{kind.table}]]",
            loc.table(kind.table) or loc.table(None, kind.table),
            hint=f"każdy rekord zacznij wierszem [[{kind.table}]] (podwójne nawiasy)",
        )
        reader.left_out.append(LeftOut(kind.file))
        return []
    records: list[Record] = []
    positions = reader.positions.setdefault(kind.file, [])
    for index, item in enumerate(raw):
        record_id = str(item["id"]) if item.get("id") else None
        label = record_id or f"{kind.noun} nr {index + 1}"
        try:
            record = kind.model.model_validate(item)
        except ValidationError as exc:
            for where, message in field_errors(exc):
                key = str(where[0]) if where else None
                hint = f"dopisz {key} = … w tym rekordzie" if message == "brak wymaganego pola" else None
                reader.error(
                    kind.file,
                    message,
                    loc.record(kind.table, index, key),
                    record=label,
                    field=field_name(where),
                    hint=hint,
                )
            reader.left_out.append(LeftOut(kind.file, kind.noun, record_id, None if record_id else index + 1))
            continue
        for key, suggestion in unknown_keys(record):
            reader.notices.append(
                Problem(
                    kind.file,
                    f"nieznane pole „{key}” — może chodziło o „{suggestion}”?",
                    line=loc.record(kind.table, index, key),
                    record=label,
                    field=key,
                    hint="emocni zachowa to pole, ale go nie użyje",
                )
            )
        records.append(record)
        positions.append(index)
    return records


def _load_general_plan(reader: Reader) -> GeneralPlan | None:
    data = reader.read(GENERAL_FILE)
    if data is None:
        return None
    loc = reader.locators[GENERAL_FILE]
    try:
        plan = GeneralPlan.model_validate(data)
    except ValidationError as exc:
        for where, message in field_errors(exc):
            line = _in_tables(loc, where)[2]
            reader.error(GENERAL_FILE, message, line, field=field_name(where))
        reader.left_out.append(LeftOut(GENERAL_FILE))
        return None
    reader.typos(GENERAL_FILE, [(None, plan), ("akceptacja", plan.akceptacja)])
    return plan


def inspect(root: Path, overrides: dict[str, str] | None = None, personal: bool = False) -> Inspection:
    """Read and validate every file of the workspace; never raises for bad content. The
    participants' personal data is read only when asked for (personal) or being written."""
    reader = Reader(root, overrides)
    settings = _load_settings(reader)
    kinds = record_kinds(root, overrides, personal)
    records = {kind.file: _load_records(reader, kind) for kind in kinds}
    general = _load_general_plan(reader)
    cross_checks(records, settings, reader, kinds)
    check_visits(records, reader)
    check_plans(records, settings, general, reader, kinds)
    check_enrolments(records, reader, kinds)
    readable = None
    if settings is not None:
        readable = Workspace(root, settings, records, general, reader.dates, reader.problems, reader.left_out)
        readable.personal = any(kind in PERSONAL_KINDS for kind in kinds)
    workspace = readable if not reader.problems else None
    return Inspection(root, workspace, reader.problems, reader.notices, readable)


def load(root: Path, overrides: dict[str, str] | None = None, personal: bool = False) -> Workspace:
    """The validated workspace, or InvalidWorkspaceError listing every problem."""
    result = inspect(root, overrides, personal)
    if result.workspace is None:
        raise result.refusal()
    return result.workspace
