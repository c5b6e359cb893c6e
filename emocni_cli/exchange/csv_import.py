"""Planning a CSV import: every row checked against the workspace and the rows before it, and
what it changes (add, update, nothing), before anything is written."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from pydantic import ValidationError

from emocni_cli.actions.records import unique_id
from emocni_cli.errors import InputError
from emocni_cli.exchange.csv_columns import Column, cell, columns_of
from emocni_cli.exchange.csv_reading import Row, Table
from emocni_cli.model.plan import check_plan_year
from emocni_cli.model.term import other_years, term_days
from emocni_cli.model.vocabularies import fold
from emocni_cli.polish import errors_count, quoted
from emocni_cli.workspace.checks import name_key, partner_named
from emocni_cli.workspace.error_sentences import field_errors
from emocni_cli.workspace.layout import PARTNERS, RecordKind
from emocni_cli.workspace.load import Workspace


@dataclass
class RowChange:
    """What importing one row does: add a record, change some fields, or nothing."""

    row: int
    id: str
    action: str  # "add", "update", "same"
    values: dict[str, Any] = field(default_factory=dict)  # stored form; None removes a key
    fields: list[tuple[str, str, str]] = field(default_factory=list)  # (header, before, after)


@dataclass
class ImportPlan:
    file: str
    target: str  # workspace file, e.g. partnerzy.toml
    changes: list[RowChange]
    notes: list[str] = field(default_factory=list)

    def count(self, action: str) -> int:
        return sum(1 for c in self.changes if c.action == action)


def _value(column: Column, text: str) -> Any:
    if text == "":
        return None
    if column.kind == "list":
        return [part.strip() for part in text.split("|") if part.strip()]
    if column.kind == "number":
        return text.replace(" ", "").replace("\u00a0", "").replace(",", ".")
    return text


# Excel turns a cell like 2019-01 (a training's id, or a month in `termin`) into a date and saves it
# as it shows it: "sty.19" in Polish, "Jan-19" in English Excel, sometimes 2019-01-01 or 01.01.2019.
_EXCEL_MONTHS = {
    name: number
    for names in (
        "sty lut mar kwi maj cze lip sie wrz paz lis gru",
        "jan feb mar apr may jun jul aug sep oct nov dec",
    )
    for number, name in enumerate(names.split(), 1)
}
_EXCEL_MONTH_YEAR = re.compile(r"([a-z]{3})_(\d{2}|\d{4})|(\d{2}|\d{4})_([a-z]{3})")
_EXCEL_FIRST_DAY = re.compile(r"(\d{4})_(\d{1,2})_0?1|0?1_(\d{1,2})_(\d{4})")


def _excel_month(text: str, training_id: bool = False) -> tuple[int, int] | None:
    """(year, month) of a month as Excel saves it, e.g. "sty.19" → (2019, 1); None otherwise.
    A training id is never a date, so for one "sty 2019" and a 1st of the month ("2019-01-01")
    count too; in a `termin` those are what a person means, and stay as written."""
    folded = fold(text)
    if m := _EXCEL_MONTH_YEAR.fullmatch(folded):
        name, year = (m[1], m[2]) if m[1] else (m[4], m[3])
        month = _EXCEL_MONTHS.get(name)
    elif training_id and (m := _EXCEL_FIRST_DAY.fullmatch(folded)):
        year, month = (m[1], int(m[2])) if m[1] else (m[4], int(m[3]))
    else:
        return None
    if month is None or not 1 <= month <= 12 or (len(year) == 4 and not training_id):
        return None
    return (int(year) + 2000 if len(year) == 2 else int(year)), month


class _Errors:
    def __init__(self) -> None:
        self.lines: list[str] = []

    def add(self, row: Row, column: str | None, message: str) -> None:
        where = f"wiersz {row.number}" + (f", kolumna „{column}”" if column else "")
        self.lines.append(f"{where}: {message}")


def _partner_id(ws: Workspace, text: str) -> str | None:
    """A partner named by id or by its full name, as people fill a spreadsheet."""
    return text if ws.find(PARTNERS, text) is not None else _same_name(ws, text)


def _same_name(ws: Workspace, name: str | None) -> str | None:
    return partner_named(ws.partners, name)


def _row_rules(ws: Workspace, year: int | None, row: Row, values: dict[str, Any], errors: _Errors) -> bool:
    """Rules beyond the model: a training's partner (by id or name) and the year of its date.
    Resolves the partner in place; False when the row is wrong."""
    if year is None:
        return True
    ok = True
    if values.get("partner"):
        pid = _partner_id(ws, values["partner"])
        if pid is None:
            errors.add(
                row, "partner", f"nie ma partnera {quoted(values['partner'])} (podaj id albo pełną nazwę)"
            )
            ok = False
        values["partner"] = pid
    if other_years(values.get("termin"), year):
        errors.add(row, "termin", f"termin {quoted(values['termin'])} nie pasuje do planu na rok {year}")
        ok = False
    return ok


class _Importer:
    """Checks rows one by one against the workspace and the rows before them."""

    def __init__(self, ws: Workspace, kind: RecordKind, year: int | None, update: bool) -> None:
        self.ws, self.kind, self.year, self.update = ws, kind, year, update
        self.headers = {c.key: c.header for c in columns_of(kind)}
        self.existing = {r.id: r for r in ws.of(kind)}
        self.known = list(ws.of(kind))  # records so far, for the next free id
        self.seen: dict[str, int] = {}  # id -> row it came from
        self.names: dict[str, int] = {}  # folded partner name -> row it came from
        self.errors = _Errors()
        self.notes: list[str] = []

    def _undo_excel_dates(self, row: Row, values: dict[str, Any]) -> None:
        """A training id 2019-01 or a month in `termin` that Excel saved as a date ("sty.19") is read
        back as written before, so the row updates its training instead of adding a copy."""
        record_id, termin = values.get("id"), values.get("termin")
        found = None
        if record_id and record_id not in self.existing:
            found = _excel_month(record_id, training_id=True)
        if found and found[0] == self.year:
            values["id"] = f"{self.year}-{found[1]:02d}"
            self._note(row, "id", record_id, values["id"])
        if termin and (found := _excel_month(termin)):
            values["termin"] = f"{found[0]}-{found[1]:02d}"
            self._note(row, "termin", termin, values["termin"])
        current = self.existing.get(values.get("id") or "")
        if current is not None and current.termin and values.get("termin"):
            # 14.05.2019 for 2019-05-14 (Excel's own date format) is the same term: no change
            days = term_days(values["termin"])
            if days is not None and days == term_days(current.termin):
                values["termin"] = current.termin

    def _note(self, row: Row, key: str, before: str, after: str) -> None:
        self.notes.append(
            f"wiersz {row.number}, kolumna „{self.headers[key]}”: „{before}” odczytano jako {after} "
            "(Excel zapisał to jako datę)"
        )

    def record(self, row: Row, columns: list[Column]) -> tuple[Any, Any] | None:
        """The record a row describes (id assigned) and the existing one it replaces, if any."""
        values = {c.key: _value(c, row.cells[c.key]) for c in columns if c.key in row.cells}
        if self.year is not None:
            self._undo_excel_dates(row, values)
        record_id = values.pop("id", None)
        rules_ok = _row_rules(self.ws, self.year, row, values, self.errors)
        current = self.existing.get(record_id) if record_id else None
        if current is not None:  # columns left out of the file keep their values
            values = {**current.model_dump(exclude_none=True), **values}
        elif self.kind is PARTNERS and not record_id and self._duplicate_name(row, values.get("nazwa")):
            return None
        values = {k: v for k, v in values.items() if v is not None}
        try:
            record = self.kind.model.model_validate({**values, "id": record_id or "nowy"})
        except ValidationError as exc:
            for loc, message in field_errors(exc):
                key = str(loc[0]) if loc else ""
                self.errors.add(row, self.headers.get(key, key), message)
            return None
        if not rules_ok:
            return None
        if record_id is None:
            record = record.model_copy(update={"id": self._new_id(record)})
        if record.id in self.seen:
            self.errors.add(
                row, "id", f"identyfikator „{record.id}” jest już w wierszu {self.seen[record.id]}"
            )
            return None
        self.seen[record.id] = row.number
        if self.kind is PARTNERS:
            self.names.setdefault(name_key(record.nazwa), row.number)
        self.known.append(record)
        return record, current

    def _duplicate_name(self, row: Row, name: str | None) -> bool:
        """A new partner (no id) named like one in the workspace or in an earlier row: reported,
        since importing it would make a second record of the same institution."""
        if twin := _same_name(self.ws, name):
            message = f"partner o tej nazwie już jest (id „{twin}”) — wpisz to id w kolumnie id"
        elif earlier := self.names.get(name_key(name or "")):
            message = (
                f"partner o tej nazwie jest już w wierszu {earlier} — usuń powtórzony wiersz "
                "albo, jeśli to inny partner, wpisz mu własne id w kolumnie id"
            )
        else:
            return False
        self.errors.add(row, "nazwa", message)
        return True

    def _new_id(self, record: Any) -> str:
        from emocni_cli.actions.plan import next_training_id

        if self.year is None:
            return unique_id(self.kind.id_from(record), {r.id for r in self.known})
        return next_training_id(self.year, self.known)  # 2019-07, as `emocni training add` numbers

    def change(self, row: Row, columns: list[Column], record: Any, current: Any) -> RowChange | None:
        from emocni_cli.workspace.edits import record_values

        stored = record_values(record)
        if current is None:
            return RowChange(row.number, record.id, "add", stored)
        before = record_values(current)
        diff = [c for c in columns if c.key != "id" and before.get(c.key) != stored.get(c.key)]
        if not diff:
            return RowChange(row.number, record.id, "same")
        if not self.update:
            self.errors.add(
                row,
                None,
                f"{self.kind.noun} „{record.id}” już istnieje i różni się "
                f"({', '.join(c.header for c in diff)}) — dodaj --update, aby go zmienić",
            )
            return None
        return RowChange(
            row.number,
            record.id,
            "update",
            {c.key: stored.get(c.key) for c in diff},
            [(c.header, cell(current, c), cell(record, c)) for c in diff],
        )


def plan_import(
    ws: Workspace, kind: RecordKind, table: Table, update: bool, year: int | None = None
) -> ImportPlan:
    """Check every row against the workspace; InputError listing every bad cell, or the plan.
    `year` is given for an annual plan (trainings), None for partners."""
    if year is not None:
        check_plan_year(ws.settings.plan.years, year)
    importer = _Importer(ws, kind, year, update)
    changes = []
    for row in table.rows:
        found = importer.record(row, table.columns)
        change = found and importer.change(row, table.columns, *found)
        if change:
            changes.append(change)
    if importer.errors.lines:
        lines = importer.errors.lines
        raise InputError(
            f"Plik {table.name} zawiera {errors_count(len(lines))} — nic nie zapisano:\n  "
            + "\n  ".join(lines),
            hint="popraw te komórki (wiersze numerowane jak w Excelu, nagłówek to wiersz 1) "
            "i zaimportuj plik ponownie",
        )
    return ImportPlan(table.name, kind.file, changes, importer.notes)
