"""The Polish text of each column of the summary, one function per column, shared by the terminal
grid, the CSV file and the HTML page (so the three say the same thing the same way)."""

from __future__ import annotations

import datetime as dt

from emocni_cli.model.values import format_date, format_minutes
from emocni_cli.polish import STATE_LABELS, plural
from emocni_cli.summary.rows import PACK, PLAN_STATES, Row

# a mark and a colour for each state: the shape reads without the colour (greyscale, print)
MARKS = {"done": "✔", "in_progress": "◐", "todo": "✘"}
LEGEND = "✔ zrobione · ◐ w toku · ✘ do zrobienia"
ITEM_SHORT = ("partnerstwo", "spotkania", "plan ogólny", "plany roczne", "wizyty", "doradztwo", "webinaria")

GMINA, ITEMS, PROGRESS, VISITS, REMOTE, NEXT, PLAN, TRAINED, DATE, ATTENTION = (
    "Gmina",
    "Punkty 1–7",
    "Postęp",
    "Wizyty",
    "Doradztwo zdalne",
    "Najbliższe",
    "Część ogólna planu",
    "Przeszkoleni",
    "Dane z dnia",
    "Wymaga uwagi",
)
COLUMNS = (GMINA, ITEMS, PROGRESS, ATTENTION, VISITS, REMOTE, NEXT, PLAN, TRAINED, DATE)
HEADCOUNTS = " (+{n} {noun} bez list imiennych)"


def gmina(row: Row) -> str:
    return row.gmina or row.source.name


def marks(row: Row) -> str:
    return "".join(MARKS[state] for state in row.marks)


def progress(row: Row) -> str:
    return f"{row.status['done']}/{row.status['total']}" if row.status else ""


def visits(row: Row) -> str:
    if not row.status:
        return ""
    text = f"{row.status['consultations']['visits_held']} z 2"
    return text + (f", następna {format_date(row.next_visit)}" if row.next_visit else "")


def remote(row: Row) -> str:
    if not row.status:
        return ""
    c = row.status["consultations"]
    left = c["remote_minutes_left"]
    rest = f"zostało {format_minutes(left)}" if left >= 0 else f"ponad budżet o {format_minutes(-left)}"
    return (
        f"{format_minutes(c['remote_minutes_used'])} z {format_minutes(c['remote_minutes_budget'])} ({rest})"
    )


def next_event(row: Row) -> str:
    if not row.next_event:
        return ""
    day = dt.date.fromisoformat(row.next_event["date"])
    return f"{format_date(day)} {row.next_event['what']}"


def plan(row: Row) -> str:
    return PLAN_STATES[row.plan] if row.status else ""


def trained(row: Row) -> str:
    if not row.status:
        return ""
    t = row.status["trained"]
    text = f"{t['people_trained']} z {t['target']}" if t["target"] else str(t["people_trained"])
    if n := t["headcount_attendances"]:
        text += HEADCOUNTS.format(n=n, noun=plural(n, "obecność", "obecności", "obecności"))
    return text


def data_date(row: Row) -> str:
    if row.data_date is None:
        return ""
    return f"{format_date(row.data_date)} ({'paczka' if row.kind == PACK else 'folder'})"


def attention(row: Row) -> list[str]:
    """What the animator should look at: the row's error, or its attention points and notes."""
    if row.error:
        return [row.error_text()]
    return [*row.attention, *row.notes]


def item_states(row: Row) -> list[str]:
    """The Polish label of each of the seven items' states."""
    return [STATE_LABELS[state] for state in row.marks]


def cells(row: Row) -> list[str]:
    """The row as the terminal grid and the page show it, in COLUMNS order."""
    return [
        gmina(row),
        marks(row),
        progress(row),
        "; ".join(attention(row)),
        visits(row),
        remote(row),
        next_event(row),
        plan(row),
        trained(row),
        data_date(row),
    ]
