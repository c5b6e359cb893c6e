"""The Polish wording of the indicators, shared by `emocni report`, its CSV and its document: the
summary lines (label, value), the note on head-counts and the columns of each breakdown."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from emocni_cli.model.values import format_decimal, format_hours
from emocni_cli.polish import plural

if TYPE_CHECKING:  # `status` prints one line of these words and needs none of the indicators
    from emocni_cli.trainings.indicators import Indicators, Row

TITLE = "Wskaźniki szkoleń"
PEOPLE = "Przeszkoleni mieszkańcy (każda osoba liczona raz)"
NO_TARGET = "cel nie jest ustawiony"
SET_TARGET = "ustaw cel: emocni config set wymagania.cel_uczestnikow LICZBA"


def trainings_word(n: int) -> str:
    return f"{n} {plural(n, 'szkolenie', 'szkolenia', 'szkoleń')}"


def attendances_word(n: int) -> str:
    return f"{n} {plural(n, 'uczestnictwo', 'uczestnictwa', 'uczestnictw')}"


def people_of_target(people: int, target: int | None) -> str:
    """'59 z 240 (24,6%)', or '59 (cel nie jest ustawiony)'."""
    if not target:
        return f"{people} ({NO_TARGET})"
    return f"{people} z {target} ({format_decimal(round(100 * people / target, 1))}%)"


def summary(ind: Indicators) -> list[tuple[str, str]]:
    """The main figures as (label, value), in the order a report for the wójt gives them."""
    g = ind.groups
    lines = [
        (PEOPLE, people_of_target(ind.people_trained, ind.target)),
        ("w tym w wieku 60+", str(g.age_60_plus)),
        ("w tym w wieku 50+ (razem z osobami 60+)", str(g.age_50_plus)),
        ("w tym osoby z niepełnosprawnościami", str(g.with_disability)),
        ("w tym kobiety", str(g.women)),
    ]
    if g.age_unknown:
        lines.append(("w tym osoby bez znanego wieku", str(g.age_unknown)))
    lines += [
        ("Godziny zrealizowanych zajęć", format_hours(ind.hours_delivered)),
        (
            "Szkolenia zrealizowane",
            f"{ind.trainings_done} z {ind.trainings_planned} zaplanowanych"
            + (f" (odwołane: {ind.trainings_cancelled})" if ind.trainings_cancelled else ""),
        ),
        ("Planowana liczba uczestników (suma z planów rocznych)", str(ind.participants_planned)),
        ("Osoby zapisane na listy główne szkoleń", str(ind.enrolled)),
        (
            f"Ukończenia szkoleń (obecność co najmniej {ind.threshold}% godzin; "
            "osoba po dwóch szkoleniach liczy się dwa razy)",
            str(ind.completions),
        ),
    ]
    if ind.headcount_attendances:
        lines.append(
            (
                "Uczestnictwa w szkoleniach bez listy obecności (to nie liczba osób)",
                f"{ind.headcount_attendances} ({trainings_word(ind.headcount_trainings)})",
            )
        )
    return lines


def headcount_note(ind: Indicators) -> str | None:
    """What the head-counts are, whenever there are any (the issue: say so wherever shown)."""
    if not ind.headcount_attendances:
        return None
    n = ind.headcount_trainings
    return (
        f"{trainings_word(n).capitalize()} bez listy obecności (zapisano tylko, ilu uczestników "
        f"przyszło) — razem {attendances_word(ind.headcount_attendances)}. To liczba obecności, nie "
        "osób: jedna osoba mogła być na kilku takich szkoleniach, więc nie są one wliczone do "
        "przeszkolonych mieszkańców."
    )


def no_data_note(ind: Indicators) -> str | None:
    n = ind.groups.no_data
    if not n:
        return None
    return (
        f"Zapisy na szkolenia wskazują {n} {plural(n, 'uczestnika', 'uczestników', 'uczestników')} bez "
        "danych w pliku uczestnicy.toml: liczą się jako przeszkoleni, ale bez wieku i płci "
        "(sprawdź: emocni check)."
    )


@dataclass(frozen=True)
class Breakdown:
    key: str  # the --json key and the attribute of Indicators
    title: str
    first: str  # the first column's header
    columns: tuple[str, ...]


_COLUMNS = ("szkolenia", "zrealizowane", "godziny", "osoby", "bez listy")
BREAKDOWNS = (
    Breakdown("by_area", "Według obszaru katalogu kompetencji cyfrowych", "obszar", _COLUMNS),
    Breakdown("by_partner", "Według partnera organizującego szkolenie", "partner", _COLUMNS),
    Breakdown(
        "by_month",
        "Według miesiąca zakończenia szkolenia (godziny: według dnia zajęć)",
        "miesiąc",
        ("zrealizowane", "godziny", "osoby", "nowe osoby", "bez listy"),
    ),
    Breakdown("by_year", "Według planu rocznego", "plan", _COLUMNS),
)


LEGEND = (
    "Kolumny: szkolenia — zaplanowane (bez odwołanych); godziny — zajęć, które się odbyły; "
    "osoby — przeszkoleni mieszkańcy, każdy raz w wierszu; nowe osoby — przeszkoleni po raz "
    "pierwszy w tym miesiącu; bez listy — uczestnictwa w szkoleniach, przy których zapisano tylko "
    "liczbę uczestników (nie osoby)."
)


def cells(row: Row) -> list[str]:
    """A breakdown row's figures, in the order of its Breakdown's columns."""
    tail = [format_decimal(row.hours), str(len(row.people))]
    if row.new_people is not None:
        return [str(row.done), *tail, str(row.new_people), str(row.attendances)]
    return [str(row.trainings), str(row.done), *tail, str(row.attendances)]


def rows_of(ind: Indicators, breakdown: Breakdown) -> list[Row]:
    rows: list[Row] = getattr(ind, breakdown.key)
    return rows
