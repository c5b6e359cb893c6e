"""A training's term (`termin`): free text as people write it in a plan — "marzec 2019",
"03.2019", "2019-03", "15.03.2019", "12–14.03.2019" — and everything emocni reads from it."""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass

from emocni_cli.model.values import MONTHS_NOMINATIVE, parse_date, plausible_year
from emocni_cli.model.vocabularies import fold

_YEAR_IN_TEXT = re.compile(r"(?<!\d)(\d{4})(?!\d)")
_MONTH_YEAR_NUM = re.compile(r"(\d{4})-(\d{1,2})|(\d{1,2})[./](\d{4})")
_MONTH_YEAR_WORD = re.compile(r"([^\d\s.]+)\.?\s+(\d{4})(?:\s*r\.?)?")
_RANGE = re.compile(r"\s*(?:–|—|\s-\s|\bdo\b)\s*")
_DAY_RANGE = re.compile(r"(\d{1,2})\s*[-–—]\s*(\d{1,2})([./\s].*)")


@dataclass(frozen=True)
class TermDays:
    """The days a term covers (last inclusive); month_only when it names just a month."""

    first: dt.date
    last: dt.date
    month_only: bool = False


def term_years(term: str | None) -> set[int]:
    """Years named in a term ("marzec 2019", "12.03.2019", "2019-03")."""
    return {int(y) for y in _YEAR_IN_TEXT.findall(term or "")}


def other_years(term: str | None, year: int) -> list[int]:
    """Plausible years a term names besides its plan's year (implausible ones the model refuses)."""
    return sorted(y for y in term_years(term) - {year} if plausible_year(y))


def _month(text: str) -> dt.date | None:
    if m := _MONTH_YEAR_NUM.fullmatch(text):
        year, month = (int(m[1]), int(m[2])) if m[1] else (int(m[4]), int(m[3]))
        return dt.date(year, month, 1) if 1 <= month <= 12 else None
    if m := _MONTH_YEAR_WORD.fullmatch(text):
        return _date(f"1 {m[1]} {m[2]}")
    return None


def _date(text: str) -> dt.date | None:
    try:
        return parse_date(text)
    except ValueError:
        return None


@functools.lru_cache(maxsize=4096)  # asked for every training, and a plan repeats its terms
def term_days(term: str) -> TermDays | None:
    """The days of a term: '12.03.2019', '2019-03', 'marzec 2019', '12–14.03.2019',
    '12.03.2019 – 26.03.2019'. None when not understood."""
    text = term.strip().removeprefix("od ").strip()
    if day := _date(text):
        return TermDays(day, day)
    if first := _month(text):
        nxt = (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
        return TermDays(first, nxt - dt.timedelta(days=1), month_only=True)
    if m := _DAY_RANGE.fullmatch(text):
        first, last = _date(m[1] + m[3]), _date(m[2] + m[3])
    else:
        parts = _RANGE.split(text)
        first, last = (_date(parts[0]), _date(parts[1])) if len(parts) == 2 else (None, None)
    if first and last and first <= last:
        return TermDays(first, last)
    return None


def month_text(day: dt.date) -> str:
    """'marzec 2019': the month of a day, as a term names it."""
    return f"{MONTHS_NOMINATIVE[day.month - 1]} {day.year}"


def term_text(term: str) -> str:
    """A term the Polish way: '2019-03' -> 'marzec 2019', '2019-03-12' -> '12.03.2019'; anything
    else as written."""
    if (m := re.fullmatch(r"(\d{4})-(\d{2})", term)) and 1 <= int(m[2]) <= 12:
        return month_text(dt.date(int(m[1]), int(m[2]), 1))
    if m := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", term):
        return f"{m[3]}.{m[2]}.{m[1]}"
    return term


def same_term(a: str | None, b: str | None) -> bool:
    """Two terms naming the same days ('marzec 2019' and '2019-03'), or written alike."""
    if not a or not b:
        return not a and not b
    days_a, days_b = term_days(a), term_days(b)
    if days_a is not None and days_b is not None:
        return days_a == days_b
    return fold(a) == fold(b)
