"""The indicators as a CSV file for a spreadsheet: the summary (indicator; value), then each
breakdown as its own small table with a header row, blocks separated by an empty row. UTF-8
with BOM, semicolons, CRLF — as Polish Excel opens it with a double click. Counts only."""

from __future__ import annotations

import csv
import io

from emocni_cli.exchange.csv_columns import neutralised
from emocni_cli.model.values import format_date
from emocni_cli.trainings.indicator_words import (
    BREAKDOWNS,
    LEGEND,
    TITLE,
    cells,
    headcount_note,
    rows_of,
    summary,
)
from emocni_cli.trainings.indicators import Indicators


def indicators_csv(ind: Indicators, gmina: str) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow([neutralised(f"{TITLE} — gmina {gmina}"), f"stan na {format_date(ind.today)}"])
    writer.writerow(["wskaźnik", "wartość"])
    writer.writerows([label, value] for label, value in summary(ind))
    note = headcount_note(ind)
    if note:
        writer.writerow(["uwaga", note])
    for breakdown in BREAKDOWNS:
        writer.writerow([])
        writer.writerow([breakdown.title])
        writer.writerow([breakdown.first, *breakdown.columns])
        for row in rows_of(ind, breakdown):
            writer.writerow([neutralised(row.label), *cells(row)])
    writer.writerow([])
    writer.writerow(["objaśnienie", LEGEND])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")
