"""Dates, times and durations as people type them, and their Polish display forms."""

from __future__ import annotations

import datetime as dt
import functools
import math
import re

from emocni_cli.model.vocabularies import fold
from emocni_cli.polish import quoted

MONTHS_GENITIVE = [
    "stycznia",
    "lutego",
    "marca",
    "kwietnia",
    "maja",
    "czerwca",
    "lipca",
    "sierpnia",
    "września",
    "października",
    "listopada",
    "grudnia",
]
MONTHS_NOMINATIVE = [
    "styczeń",
    "luty",
    "marzec",
    "kwiecień",
    "maj",
    "czerwiec",
    "lipiec",
    "sierpień",
    "wrzesień",
    "październik",
    "listopad",
    "grudzień",
]
WEEKDAYS = ["poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela"]
_MONTH_BY_NAME = {fold(n): i + 1 for i, n in enumerate(MONTHS_GENITIVE)} | {
    fold(n): i + 1 for i, n in enumerate(MONTHS_NOMINATIVE)
}
_ROMAN = {
    r: i + 1 for i, r in enumerate(["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii"])
}

DATE_HELP = "np. 2018-03-12, 12.03.2018 lub 12 marca 2018"
DURATION_HELP = "np. 4h, 45 min, 1 h 30 min, 1:15, 1,5h lub półtorej godziny"
_DAY = 24 * 60  # minutes; no meeting or consultation lasts longer


FIRST_YEAR, LAST_YEAR = 2000, 2100  # no record of the partnership can fall outside


def plausible_year(year: int) -> bool:
    return FIRST_YEAR <= year <= LAST_YEAR


def plausible_date(value: dt.date) -> dt.date:
    """Refuse a date no record can have — a mistyped year (9999, 0001) would only break the
    calendar and the documents later."""
    if not plausible_year(value.year):
        raise ValueError(
            f"data {value.day:02d}.{value.month:02d}.{value.year:04d} jest poza zakresem lat "
            f"{FIRST_YEAR}–{LAST_YEAR} — sprawdź rok"
        )
    return value


RELATIVE_DAYS = {"dzis": 0, "dzisiaj": 0, "today": 0, "wczoraj": -1, "jutro": 1}


def parse_date(text: str | dt.date) -> dt.date:
    """A date as a file holds it: '2018-03-12', '12.03.2018', '12 marca 2018', '12 III 2018' (years
    FIRST_YEAR to LAST_YEAR). Words such as 'wczoraj' are refused: in a file they would name a
    different day every day."""
    return plausible_date(_parse_date(text))


def relative_date(text: object, today: dt.date | None = None) -> dt.date | None:
    """The day a word typed on the command line names ('dziś', 'wczoraj', 'jutro'), else None."""
    shift = RELATIVE_DAYS.get(fold(text.strip())) if isinstance(text, str) else None
    return None if shift is None else (today or dt.date.today()) + dt.timedelta(days=shift)


def parse_typed_date(text: str | dt.date, today: dt.date | None = None) -> dt.date:
    """A date typed on the command line: as in a file, or a word such as 'dziś' or 'wczoraj'."""
    day = relative_date(text, today)
    return parse_date(text) if day is None else plausible_date(day)


def _parse_date(text: str | dt.date) -> dt.date:
    if isinstance(text, dt.datetime):
        return text.date()
    if isinstance(text, dt.date):
        return text
    raw = str(text).strip()
    if fold(raw) in RELATIVE_DAYS:
        raise ValueError(
            f"{quoted(raw)} co dzień znaczyłoby inną datę — wpisz samą datę, np. 2018-03-12 "
            "(słowa dziś, wczoraj i jutro działają tylko w poleceniach)"
        )
    raw = re.sub(r"\s*r\.?$", "", raw)  # "12 marca 2018 r."
    try:
        m = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", raw)
        if m:
            return dt.date(int(m[1]), int(m[2]), int(m[3]))
        m = re.fullmatch(r"(\d{1,2})[./-](\d{1,2})[./-](\d{4})", raw)
        if m:
            return dt.date(int(m[3]), int(m[2]), int(m[1]))
        m = re.fullmatch(r"(\d{1,2})\.?\s+([^\d\s]+)\.?\s+(\d{4})", raw)
        if m:
            name = fold(m[2])
            month = _MONTH_BY_NAME.get(name) or _ROMAN.get(name)
            if month is None:
                month = next(
                    (v for k, v in _MONTH_BY_NAME.items() if len(name) >= 3 and k.startswith(name)), None
                )
            if month is not None:
                return dt.date(int(m[3]), month, int(m[1]))
    except ValueError as exc:
        raise ValueError(f"nie ma takiego dnia: {quoted(text)}") from exc
    raise ValueError(f"nie rozumiem daty {quoted(text)} ({DATE_HELP})")


def parse_time(text: str | dt.time) -> dt.time:
    """Parse '17:00', '17.30', '9:05', '17', 'godz. 17:00'."""
    if isinstance(text, dt.time):
        return text.replace(second=0, microsecond=0, tzinfo=None)
    raw = re.sub(r"^godz(?:ina|\.)?\s*", "", str(text).strip().lower()).removesuffix("h").strip()
    m = re.fullmatch(r"(\d{1,2})(?:[:.](\d{2}))?(?::\d{2})?", raw)
    if m:
        hour, minute = int(m[1]), int(m[2] or 0)
        if hour < 24 and minute < 60:
            return dt.time(hour, minute)
    raise ValueError(f"nie rozumiem godziny {quoted(text)} (np. 17:00 lub 9:30)")


def parse_duration(text: str | int | float) -> int:
    """Duration in whole minutes as people say it: '4h', '90m', '45 minut', '1h30m', '1 h 30 min',
    '1,5h', '1:15', 'godzina', 'pół godziny', 'półtorej godziny', '3 i pół godziny', '2 godziny 15
    minut', or a bare number of hours (a TOML number in a hand-written file reads so too)."""
    if isinstance(text, bool):
        raise ValueError(f"nie rozumiem czasu trwania {quoted(text)} ({DURATION_HELP})")
    if isinstance(text, int | float):
        value: float | None = text * 60
    else:
        value = _typed_minutes(str(text))
    if value is None or math.isnan(value):
        raise ValueError(f"nie rozumiem czasu trwania {quoted(text)} ({DURATION_HELP})")
    # bounded before rounding: an infinite or 400-digit number cannot become an int
    minutes = round(max(min(value, _DAY + 1), 0))
    if minutes <= 0:
        raise ValueError(f"czas trwania musi być dodatni, podano {quoted(text)}")
    if minutes > _DAY:
        raise ValueError(f"czas trwania {quoted(text)} przekracza dobę — sprawdź jednostkę (h czy min)")
    return minutes


@functools.lru_cache(maxsize=1024)  # pure; a workspace writes the same few durations again and again
def _typed_minutes(text: str) -> float | None:
    return _duration_minutes(_spoken_duration(text))


_HOUR_WORDS = r"(?:h|godz\.?|godzin[ayę]?|g)"
_MINUTE_WORDS = r"(?:m|min\.?|minut[ayę]?)"


def _spoken_duration(raw: str) -> str:
    """The words of a spoken duration as numbers: 'półtorej godziny' -> '1.5h', '3 i pół godziny'
    -> '3.5h', 'godzina' -> '1h'; spaces and a trailing 'i' between parts go."""
    low = raw.strip().lower().replace(",", ".")
    low = re.sub(r"\bpółtor(?:a|ej)\b", "1.5", low)
    low = re.sub(r"(\d+)\s*(?:i\s*)?pół\b", r"\1.5", low)
    low = re.sub(r"\bpół\b", "0.5", low)
    low = re.sub(rf"^\s*{_HOUR_WORDS}\s*$", "1h", low)  # "godzina", "godzinę"
    low = re.sub(r"\s+i\s+", "", low)  # "2 godziny i 15 minut"
    return low.replace(" ", "")


def _duration_minutes(raw: str) -> float | None:
    """Minutes as a float (floats have no digit limit, unlike int('9' * 5000)), or None."""
    m = re.fullmatch(r"(\d+):(\d{2})", raw)
    if m:  # 1:15 is an hour and a quarter; 1:75 is no time at all
        return float(m[1]) * 60 + int(m[2]) if int(m[2]) < 60 else None
    m = re.fullmatch(
        rf"(?:(\d+(?:\.\d+)?){_HOUR_WORDS})?(?:(\d+(?:\.\d+)?){_MINUTE_WORDS})?",
        raw,
    )
    if m and (m[1] or m[2]):
        return float(m[1] or 0) * 60 + float(m[2] or 0)
    if bare_number(raw):
        return float(raw) * 60
    return None


def bare_number(text: str | int | float) -> float | None:
    """The number of a duration typed without a unit ('20', '1,5'), read as hours; None otherwise."""
    if isinstance(text, bool):
        return None
    if isinstance(text, int | float):
        return float(text)
    raw = str(text).strip().replace(",", ".")
    return float(raw) if re.fullmatch(r"\d+(?:\.\d+)?", raw) else None


def format_date(value: dt.date | None) -> str:
    """12.03.2018 — the short Polish form used in tables."""
    return value.strftime("%d.%m.%Y") if value else "—"


def format_date_long(value: dt.date | None) -> str:
    """12 marca 2018 r. — the form used in documents."""
    if value is None:
        return ""
    return f"{value.day} {MONTHS_GENITIVE[value.month - 1]} {value.year} r."


def format_time(value: dt.time | None) -> str:
    return value.strftime("%H:%M") if value else ""


def format_duration(minutes: int | None) -> str:
    """'1h30m' — compact, and parseable again: the form written to the files."""
    if not minutes:
        return ""
    hours, mins = divmod(minutes, 60)
    if hours and mins:
        return f"{hours}h{mins:02d}m"
    return f"{hours}h" if hours else f"{mins}m"


def format_minutes(minutes: float) -> str:
    """How a duration is shown: '20 min', '1 h', '1 h 30 min', '0 h'."""
    total = round(minutes)
    hours, mins = divmod(abs(total), 60)
    if not mins:
        return f"{hours} h"
    return f"{hours} h {mins} min" if hours else f"{mins} min"


def format_decimal(value: float) -> str:
    """8.0 -> '8', 1.5 -> '1,5' (Polish decimal comma)."""
    return f"{value:.2f}".rstrip("0").rstrip(".").replace(".", ",")


def format_hours(hours: float) -> str:
    """8.0 -> '8 h', 1.5 -> '1,5 h'."""
    return format_decimal(hours) + " h"
