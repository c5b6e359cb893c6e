"""Reading a CSV file as Excel or Calc saves it: encoding, delimiter, header and rows checked."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path

from emocni_cli.errors import InputError
from emocni_cli.exchange.csv_columns import Column, restored
from emocni_cli.model.vocabularies import fold

_DELIMITERS = ";,\t"


@dataclass
class Row:
    number: int  # as Excel shows it: the header is row 1
    cells: dict[str, str]  # column key -> text as typed (stripped, export's apostrophe taken off)


@dataclass
class Table:
    name: str  # file name, for messages
    columns: list[Column]  # in the order of the file
    rows: list[Row]


def _decode(data: bytes, name: str) -> tuple[str, str | None]:
    """The text of the file, and a note when it was not UTF-8 (Excel's plain 'CSV' is Windows-1250)."""
    from emocni_cli.workspace.files import UnreadableFile, decode_text

    try:
        text, cp1250 = decode_text(data, name)
    except UnreadableFile as exc:
        raise InputError(f"Plik {name}: {exc.problem.message}.", hint=exc.problem.hint) from None
    return text, (
        f"plik {name} jest zapisany w kodowaniu Windows-1250 — odczytano go w tym kodowaniu; "
        "następnym razem wybierz w Excelu typ „CSV UTF-8 (rozdzielany przecinkami)”"
        if cp1250
        else None
    )


def _header_index(columns: tuple[Column, ...]) -> dict[str, Column]:
    index = {}
    for column in columns:
        index[fold(column.header)] = column
        index[column.key] = column
    return index


def _header(cells: list[str], columns: tuple[Column, ...], name: str) -> list[Column | None]:
    """The column of each header cell (None for an empty one); InputError for unknown or repeated."""
    known = _header_index(columns)
    header: list[Column | None] = []
    problems = []
    for position, cell in enumerate(cells, 1):
        title = cell.strip()
        column = known.get(fold(title)) if title else None
        if title and column is None:
            problems.append(f"kolumna {position} „{title}” — nieznana nazwa kolumny")
        elif column is not None and column in header:
            problems.append(f"kolumna {position} „{title}” występuje drugi raz")
        header.append(column)
    if problems:
        raise InputError(
            f"Plik {name}: niepoprawny nagłówek — " + "; ".join(problems) + ". Nic nie zapisano.",
            hint="dozwolone kolumny: " + "; ".join(c.header for c in columns),
        )
    return header


def _rows(records: list[list[str]], header: list[Column | None], name: str) -> list[Row]:
    rows = []
    problems = []
    for row_number, cells in enumerate(records, 2):
        if not any(cell.strip() for cell in cells):
            continue  # Excel leaves empty lines (;;;;) at the end
        values = {}
        for position, cell in enumerate(cells):
            column = header[position] if position < len(header) else None
            if column is not None:
                values[column.key] = restored(cell.strip())
            elif cell.strip():
                problems.append(
                    f"wiersz {row_number}: komórka {position + 1} bez nagłówka („{cell.strip()}”)"
                )
        rows.append(Row(row_number, values))
    if problems:
        raise InputError(
            f"Plik {name} zawiera błędy — nic nie zapisano:\n  " + "\n  ".join(problems),
            hint="każda wypełniona komórka musi być w kolumnie z nagłówkiem",
        )
    return rows


def _records(text: str, delimiter: str, name: str) -> list[list[str]]:
    """The cells of every row; InputError naming the row the csv module cannot read. The usual
    cause is a quote opened and never closed, which swallows the rest of the file into one cell."""
    records: list[list[str]] = []
    try:
        records.extend(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    except csv.Error:
        row = len(records) + 1  # numbered as in Excel: the header is row 1
        raise InputError(
            f"Plik {name}, wiersz {row}: komórka jest za długa (ponad {csv.field_size_limit() // 1024} KiB"
            " tekstu) albo plik nie jest poprawnym plikiem CSV. Nic nie zapisano.",
            hint="sprawdź, czy cudzysłów otwarty w tym wierszu jest zamknięty, "
            "i czy to plik CSV zapisany w Excelu lub Calcu",
        ) from None
    return records


def read_csv(path: Path, columns: tuple[Column, ...]) -> tuple[Table, list[str]]:
    """The rows of a CSV file keyed by column, and notes for the user. InputError (Polish) when
    the file cannot be read or its header does not name known columns."""
    name = path.name
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"Nie ma pliku {path}.", hint="sprawdź nazwę i folder pliku CSV") from None
    text, note = _decode(data, name)
    first = text.split("\n", 1)[0]
    delimiter = max(_DELIMITERS, key=first.count) if any(d in first for d in _DELIMITERS) else ";"
    records = _records(text, delimiter, name)
    if not records or not any(cell.strip() for cell in records[0]):
        raise InputError(
            f"Plik {name} jest pusty albo nie ma wiersza nagłówka.",
            hint="pierwszy wiersz musi zawierać nazwy kolumn; wzór daje polecenie export",
        )
    header = _header(records[0], columns, name)
    rows = _rows(records[1:], header, name)
    return Table(name, [c for c in header if c is not None], rows), [note] if note else []
