"""The kinds of value a record's fields hold — dates, times, durations, texts, names, lists, counts
— with the bounds no real record reaches, and closed choices from a vocabulary."""

import datetime as dt
import functools
import unicodedata
from typing import Annotated, Any

from pydantic import AfterValidator, BaseModel, BeforeValidator, Field, PlainSerializer

from emocni_cli.model import vocabularies as vocab
from emocni_cli.model.values import (
    format_duration,
    format_time,
    parse_date,
    parse_duration,
    parse_time,
    plausible_date,
)


def _vocab(v: vocab.Vocabulary) -> BeforeValidator:
    return BeforeValidator(lambda value: v.parse(value) if isinstance(value, str) else value)


def Choice(v: vocab.Vocabulary) -> Any:
    """A str field limited to a vocabulary; the vocabulary rides along as metadata for display."""
    return Annotated[str, _vocab(v), v]


def OptionalChoice(v: vocab.Vocabulary) -> Any:
    """Choice, or nothing."""
    return Annotated[str | None, _vocab(v), v]


def vocabulary_of(model: type[BaseModel], name: str) -> vocab.Vocabulary | None:
    info = model.model_fields.get(name)
    if info is None:
        return None
    return next((m for m in info.metadata if isinstance(m, vocab.Vocabulary)), None)


def _text_list(value: Any) -> Any:
    """Accept a single string where a list of strings is expected (people write that by hand)."""
    if isinstance(value, str):
        return [line.strip() for line in value.splitlines() if visible(line)] or []
    if isinstance(value, list):  # an empty item (--guest "", or invisible) says nothing: left out
        return [v for v in value if not (isinstance(v, str) and not visible(v))]
    return value


def visible(value: Any) -> Any:
    """A name without the invisible characters pasted text brings (zero-width spaces, BOMs,
    direction marks: Unicode format characters), anywhere in it; spaces around go too. A name
    of nothing else is then empty, and refused as such."""
    if isinstance(value, str):
        if value.isprintable():  # no format character in it (the common case, checked in C)
            return value.strip()
        return "".join(ch for ch in value if unicodedata.category(ch) != "Cf").strip()
    return value


def _optional_text(value: Any) -> Any:
    """An optional text of spaces or invisible characters only says nothing: it is left out."""
    if isinstance(value, str) and not visible(value):
        return None
    return value


Date = Annotated[
    dt.date,
    BeforeValidator(lambda v: parse_date(v) if isinstance(v, str) else v),
    AfterValidator(plausible_date),
]
Time = Annotated[
    dt.time,
    BeforeValidator(parse_time),
    PlainSerializer(format_time, return_type=str),
]


class _MinutesMark:
    """Marks a duration field: stored as "1h30m", shown as "1 h 30 min", in --json also as whole
    minutes under NAME_min (see minutes_fields)."""


MINUTES = _MinutesMark()
Minutes = Annotated[
    int,
    BeforeValidator(parse_duration),
    PlainSerializer(format_duration, return_type=str),
    MINUTES,
]


@functools.cache  # asked for every record (and every cell) of a list
def minutes_fields(model: type[BaseModel]) -> tuple[str, ...]:
    """The duration fields of a model (declared as Minutes)."""
    return tuple(name for name, info in model.model_fields.items() if _is_minutes(info.annotation))


def _is_minutes(annotation: Any) -> bool:
    """Minutes itself, or Minutes | None."""
    from typing import get_args

    if MINUTES in getattr(annotation, "__metadata__", ()):
        return True
    return any(_is_minutes(arg) for arg in get_args(annotation))


Text = Annotated[str | None, BeforeValidator(_optional_text)]


# a required text: a name or title, never empty, spaces or invisible characters only
Name = Annotated[str, BeforeValidator(visible), Field(min_length=1)]
TextList = Annotated[list[str], BeforeValidator(_text_list)]


def no_items() -> list[Any]:
    """The default of a list field: a new empty list for each record. A function of ours, as
    pydantic reads a builtin's (`list`'s) signature from its text, ~4 ms of every start; a
    default of [] would be deep-copied for each record instead."""
    return []


# Bounds no real record reaches, so a slip of the keyboard (a 30-digit number) is refused, not stored
MAX_PEOPLE = 100_000  # people at a meeting or training, residents to be trained
MAX_HOURS = 1000  # hours of one training, budgets in hours
MAX_COUNT = 1000  # thresholds of the minimum (partners, meetings, webinars)
MAX_RESIDENTS = 10_000_000  # of a gmina (the largest Polish one has under 2 million)
People = Annotated[int, Field(ge=0, le=MAX_PEOPLE)]
