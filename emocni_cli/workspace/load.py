"""Finding, loading and validating a workspace (read-only: tomllib + pydantic, no tomlkit)."""

from __future__ import annotations

import datetime as dt
import difflib
import functools
import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from emocni_cli.errors import InvalidWorkspaceError, NoWorkspaceError, Problem
from emocni_cli.model.plan import GENERAL_FILE, GeneralPlan, Training
from emocni_cli.model.records import Consultation, Meeting, Partner, Record, Settings, Webinar
from emocni_cli.workspace.error_sentences import Locator, field_errors, field_name, unknown_keys
from emocni_cli.workspace.files import UnreadableFile, parse_toml, read_source

CONFIG_FILE = "emocni.toml"


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


def _slug_of(attr: str) -> Callable[[Any], str]:
    from emocni_cli.model.vocabularies import slugify

    return lambda record: slugify(getattr(record, attr))


PARTNERS = RecordKind(
    "partner", "partnerzy.toml", "partner", Partner, "partner", "partnera", _slug_of("nazwa")
)
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
    "webinar", "webinaria.toml", "webinarium", Webinar, "webinarium", "webinarium", _slug_of("tytul")
)
RECORD_KINDS: tuple[RecordKind, ...] = (PARTNERS, MEETINGS, CONSULTATIONS, WEBINARS)


ADOPTED_KEY = "przyjeto"  # plan-ROK.toml: the date the partnership adopted that annual plan
_ANNUAL_FILE = re.compile(r"^plan-(\d{4})\.toml$")


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
        _slug_of("tytul"),
        date_keys=(ADOPTED_KEY,),
    )


def annual_years(root: Path, overrides: dict[str, str] | None = None) -> list[int]:
    names = {p.name for p in root.glob("plan-*.toml")} | set(overrides or {})
    return sorted(int(m[1]) for name in names if (m := _ANNUAL_FILE.match(name)))


def record_kinds(root: Path, overrides: dict[str, str] | None = None) -> list[RecordKind]:
    """Every record array this workspace has (fixed files, plus annual plans when present)."""
    return [*RECORD_KINDS, *(training_kind(y) for y in annual_years(root, overrides))]


@dataclass
class Workspace:
    root: Path
    settings: Settings
    records: dict[str, list[Record]]  # by file name
    general_plan: GeneralPlan | None = None  # None while plan-ogolny.toml does not exist
    file_dates: dict[str, dict[str, dt.date]] = field(default_factory=dict)  # file -> top-level dates

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
    def annual_plans(self) -> dict[int, list[Training]]:
        """Trainings by plan year, for every plan-ROK.toml present."""
        out = {}
        for name, items in self.records.items():
            if m := _ANNUAL_FILE.match(name):
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
    workspace: Workspace | None
    problems: list[Problem]
    notices: list[Problem]


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


class _Reader:
    """Reads files (or in-memory replacements of them) and collects located problems."""

    def __init__(self, root: Path, overrides: dict[str, str] | None) -> None:
        self.root = root
        self.overrides = overrides or {}
        self.problems: list[Problem] = []
        self.notices: list[Problem] = []
        self.locators: dict[str, Locator] = {}
        self.positions: dict[str, list[int]] = {}  # file -> index in the file of each valid record
        self.dates: dict[str, dict[str, dt.date]] = {}  # file -> valid top-level dates (date_keys)

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
            return None
        self.locators[name] = Locator(source.text)
        return data

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


def _load_settings(reader: _Reader) -> Settings | None:
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
    return settings


def _read_file_date(reader: _Reader, name: str, key: str, value: Any, line: int | None) -> None:
    from emocni_cli.model.values import parse_date

    try:
        if isinstance(value, dt.datetime) or not isinstance(value, dt.date | str):
            raise ValueError(f"oczekiwano daty, jest „{value}”")
        reader.dates.setdefault(name, {})[key] = parse_date(value)
    except ValueError as exc:
        reader.error(name, str(exc), line, field=key, hint=f"np. {key} = 2018-10-23 (bez cudzysłowu)")


def _load_records(reader: _Reader, kind: RecordKind) -> list[Record]:
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
        return []
    records: list[Record] = []
    positions = reader.positions.setdefault(kind.file, [])
    for index, item in enumerate(raw):
        label = str(item.get("id") or f"{kind.noun} nr {index + 1}")
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


def _load_general_plan(reader: _Reader) -> GeneralPlan | None:
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
        return None
    reader.typos(GENERAL_FILE, [(None, plan), ("akceptacja", plan.akceptacja)])
    return plan


def _check_plans(
    records: dict[str, list[Record]],
    settings: Settings | None,
    general: GeneralPlan | None,
    reader: _Reader,
    kinds: list[RecordKind],
) -> None:
    """Annual plans only for years of the plan period, trainings dated in their plan's year,
    and the acceptance of the general part recorded in order."""
    from emocni_cli.model.plan import period_text, termin_years

    for kind in kinds:
        m = _ANNUAL_FILE.match(kind.file)
        if m is None:
            continue
        year = int(m[1])
        if settings is not None and year not in settings.plan.years:
            reader.error(
                kind.file,
                f"plan roczny na rok {year} jest poza okresem planu {period_text(settings.plan.years)}",
                hint="okres planu ustala [plan] rok_poczatkowy w emocni.toml — popraw go albo przenieś "
                "szkolenia do planu roku z okresu planu",
            )
        loc = reader.locators.get(kind.file)
        for index, training in reader.indexed(records, kind.file):
            assert isinstance(training, Training)
            if termin_years(training.termin) - {year}:
                reader.notices.append(
                    Problem(
                        kind.file,
                        f"termin „{training.termin}” wskazuje inny rok niż {year}",
                        line=loc.record(kind.table, index, "termin") if loc else None,
                        record=training.id,
                        field="termin",
                        hint="popraw termin albo przenieś szkolenie do planu właściwego roku",
                    )
                )
    if general is not None:
        loc = reader.locators[GENERAL_FILE]
        for key, message in general.akceptacja.order_problems():
            reader.error(
                GENERAL_FILE,
                message,
                loc.table("akceptacja", key),
                field=f"akceptacja.{key}",
                hint="kolejność: przekazano_animatorowi, potem zaakceptowano, potem wgrano_na_platforme",
            )


def _cross_checks(
    records: dict[str, list[Record]], settings: Settings | None, reader: _Reader, kinds: list[RecordKind]
) -> None:
    """Problems that span records: duplicate ids, dangling partner references, visit numbers.
    Runs on the records that are valid by themselves, so `check` reports everything at once."""

    def located(kind: RecordKind) -> Iterator[tuple[Callable[[str], int | None], Record]]:
        loc = reader.locators.get(kind.file)
        for index, record in reader.indexed(records, kind.file):
            yield (lambda key, i=index: loc.record(kind.table, i, key) if loc else None), record

    for kind in kinds:
        counts = Counter(r.id for r in records.get(kind.file, []))
        for line_of, record in located(kind):
            if counts[record.id] > 1:
                reader.error(
                    kind.file,
                    f"identyfikator „{record.id}” powtarza się",
                    line_of("id"),
                    record=record.id,
                    field="id",
                    hint="każdy rekord w pliku musi mieć inny id — zmień jeden z nich",
                )
    if any(p.file == PARTNERS.file for p in reader.problems):
        return  # partner ids are not all known: references cannot be judged
    partner_ids = {p.id for p in records.get(PARTNERS.file, [])}
    for kind in kinds:
        for line_of, record in located(kind):
            for fname, ids in partner_refs(record).items():
                for pid in ids:
                    if pid not in partner_ids:
                        reader.error(
                            kind.file,
                            f"odwołanie do nieistniejącego partnera „{pid}”",
                            line_of(fname),
                            record=record.id,
                            field=fname,
                            hint="popraw id (lista partnerów: emocni partner list) "
                            "albo najpierw dodaj partnera",
                        )
    leader = settings.partnerstwo.lider if settings else None
    if leader and leader not in partner_ids:
        reader.error(
            CONFIG_FILE,
            f"lider partnerstwa „{leader}” nie jest na liście partnerów",
            reader.locators[CONFIG_FILE].table("partnerstwo", "lider"),
            field="partnerstwo.lider",
            hint="podaj id partnera z emocni partner list",
        )


@functools.cache
def _partner_ref_fields(model: type[Record]) -> tuple[str, ...]:
    """Names of the fields marked with json_schema_extra={'ref': 'partner'}."""
    return tuple(
        fname
        for fname, info in model.model_fields.items()
        if isinstance(info.json_schema_extra, dict) and info.json_schema_extra.get("ref") == "partner"
    )


def partner_refs(record: Record) -> dict[str, list[str]]:
    """Partner ids a record names, by field."""
    out: dict[str, list[str]] = {}
    for fname in _partner_ref_fields(type(record)):
        value = getattr(record, fname)
        if value:
            out[fname] = list(value) if isinstance(value, list) else [value]
    return out


def _check_visits(records: dict[str, list[Record]], reader: _Reader) -> None:
    loc = reader.locators.get(CONSULTATIONS.file)
    seen: dict[int, str] = {}
    for index, c in reader.indexed(records, CONSULTATIONS.file):
        assert isinstance(c, Consultation)

        # Looked up only for a record in error: a lookup scans the file, so doing it for every
        # record made loading quadratic in the number of consultations.
        def line(i: int = index) -> int | None:
            return loc.record(CONSULTATIONS.table, i, "wizyta_nr") if loc else None

        if c.wizyta_nr is not None and c.forma != "wizyta":
            reader.error(
                CONSULTATIONS.file,
                "numer wizyty (wizyta_nr) dotyczy tylko formy „wizyta”",
                line(),
                record=c.id,
                field="wizyta_nr",
                hint="usuń wizyta_nr albo zmień formę na wizyta",
            )
        if c.wizyta_nr is not None and c.status != "odwolane":
            if c.wizyta_nr in seen:
                reader.error(
                    CONSULTATIONS.file,
                    f"wizyta nr {c.wizyta_nr} jest już zapisana jako „{seen[c.wizyta_nr]}”",
                    line(),
                    record=c.id,
                    field="wizyta_nr",
                    hint='są tylko dwie wizyty konsultacyjne: 1 i 2 (odwołaną oznacz status = "odwolane")',
                )
            seen[c.wizyta_nr] = c.id


def inspect(root: Path, overrides: dict[str, str] | None = None) -> Inspection:
    """Read and validate every file of the workspace; never raises for bad content."""
    reader = _Reader(root, overrides)
    settings = _load_settings(reader)
    kinds = record_kinds(root, overrides)
    records = {kind.file: _load_records(reader, kind) for kind in kinds}
    general = _load_general_plan(reader)
    _cross_checks(records, settings, reader, kinds)
    _check_visits(records, reader)
    _check_plans(records, settings, general, reader, kinds)
    workspace = None
    if settings is not None and not reader.problems:
        workspace = Workspace(root, settings, records, general, reader.dates)
    return Inspection(root, workspace, reader.problems, reader.notices)


def load(root: Path, overrides: dict[str, str] | None = None) -> Workspace:
    """The validated workspace, or InvalidWorkspaceError listing every problem."""
    result = inspect(root, overrides)
    if result.workspace is None:
        raise InvalidWorkspaceError(
            result.problems,
            f"Przestrzeń robocza {root} zawiera błędy ({len(result.problems)}).",
        )
    return result.workspace
