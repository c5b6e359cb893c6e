"""A training of an annual plan (one [[szkolenie]] of plan-ROK.toml): its fields, hours and area,
when it counts as done, and the totals of a plan."""

import datetime as dt
import math
import re
from dataclasses import dataclass
from typing import Annotated, Any

from pydantic import BeforeValidator, Field, field_validator

from emocni_cli.model.field_types import MAX_HOURS, Choice, Date, Name, People, Text
from emocni_cli.model.fields import about
from emocni_cli.model.records import Record
from emocni_cli.model.statuses import TRAINING_CANCELLED, TRAINING_DONE, TRAINING_PLANNED
from emocni_cli.model.term import term_days, term_years
from emocni_cli.model.values import FIRST_YEAR, LAST_YEAR, plausible_year
from emocni_cli.model.vocabularies import TRAINING_AREAS, TRAINING_FORMS, TRAINING_STATUSES
from emocni_cli.polish import quoted


def _area(value: Any) -> Any:
    """A catalogue area becomes its key; any other theme is kept as written."""
    if isinstance(value, str):
        value = value.strip()
        if not value:
            return None
        try:
            return TRAINING_AREAS.parse(value)
        except ValueError:
            return value
    return value


Area = Annotated[str | None, BeforeValidator(_area), TRAINING_AREAS]


def parse_hours(text: str | float) -> float:
    """Hours as people type them: '12', '1,5', '1.5', '12 h', '12 godz.'."""
    raw = re.sub(r"\s*(h|godz\.?|godzin[ya]?|godzina)$", "", str(text).strip().lower()).replace(",", ".")
    try:
        hours = float(raw)
    except ValueError:
        hours = math.nan
    if not math.isfinite(hours):  # float() also reads "inf" and "nan", and TOML has them
        raise ValueError(f"nie rozumiem liczby godzin {quoted(text)} (np. 12 albo 1,5)")
    if hours <= 0:
        raise ValueError(f"liczba godzin musi być dodatnia, podano {quoted(text)}")
    return hours


def _hours(value: Any) -> Any:
    """Whole hours stay whole (12, not 12.0), so files and tables read naturally."""
    if isinstance(value, str) or (isinstance(value, float) and not math.isfinite(value)):
        value = parse_hours(value)
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


Hours = Annotated[int | float, BeforeValidator(_hours), Field(gt=0, le=MAX_HOURS)]


class Training(Record):
    """One [[szkolenie]] of an annual plan (plan-ROK.toml)."""

    # Comments name {year} (the plan's year) and {areas} (the catalogue), filled in by the file.
    id: Annotated[
        str,
        about(
            "identyfikator",
            comment='numer szkolenia, np. "{year}-01" (emocni nadaje go sam)',
            csv="id",
            column="nr",
        ),
    ]
    tytul: Annotated[Name, about("tytuł", comment="tytuł lub temat szkolenia")]
    obszar: Annotated[
        Area,
        about(
            "obszar",
            comment="obszar z „Ramowego katalogu kompetencji cyfrowych”:\n"
            "{areas}\n— albo własny temat (dowolny tekst)",
        ),
    ] = None  # one of the nine catalogue areas (TRAINING_AREAS) or an own theme
    grupa_docelowa: Annotated[
        Text, about("grupa docelowa", comment='np. "dorośli 50+", "rodzice uczniów klas 1–3"')
    ] = None
    forma: Annotated[
        Choice(TRAINING_FORMS), about("forma", comment="stacjonarne, online, mieszane")  # type: ignore[valid-type]
    ] = "stacjonarne"
    godziny: Annotated[
        Hours | None,
        about(
            "liczba godzin",
            comment="liczba godzin zegarowych, np. 12 albo 1.5 (bez cudzysłowu)",
            csv="godziny",
            column="godz.",
        ),
    ] = None
    termin: Annotated[
        Text,
        about("termin", comment='miesiąc albo daty, np. "marzec {year}", "{year}-03", "12–14.03.{year}"'),
    ] = None  # kept as people write it
    miejsce: Annotated[Text, about("miejsce", comment='np. "Gminna Biblioteka Publiczna, czytelnia"')] = None
    partner: Annotated[
        Text,
        about(
            "partner (organizator)",
            comment="id partnera, który organizuje szkolenie (lista: emocni partner list)",
            csv="partner",
            ref="partner",
        ),
    ] = None
    trener: Annotated[Text, about("trener", comment="imię i nazwisko trenera")] = None
    uczestnicy_plan: Annotated[
        People | None, about("uczestnicy (plan)", comment="planowana liczba uczestników")
    ] = None
    rekrutacja: Annotated[Text, about("rekrutacja", comment="kto i jak zbiera zgłoszenia")] = None
    dostepnosc: Annotated[
        Text, about("dostępność", comment='potrzeby dostępności, np. "tłumacz PJM", "sala na parterze"')
    ] = None
    status: Annotated[
        Choice(TRAINING_STATUSES), about("status", comment="planowane, zrealizowane, odwolane")  # type: ignore[valid-type]
    ] = TRAINING_PLANNED
    zrealizowano: Annotated[
        Date | None,
        about(
            "zrealizowano",
            comment="data zakończenia szkolenia, np. {year}-03-28 (bez cudzysłowu);\n"
            "zapisuje ją emocni training done; zrealizowane szkolenie bez tej daty\n"
            "liczy się od końca terminu",
        ),
    ] = None
    uczestnicy_faktycznie: Annotated[
        People | None,
        about("uczestnicy (faktycznie)", comment="ilu uczestników faktycznie przyszło (po szkoleniu)"),
    ] = None
    notatki: Annotated[
        Text, about("notatki", comment='dowolny tekst; wiele linii zapisz w potrójnym cudzysłowie """ … """')
    ] = None

    def done_on(self) -> tuple[dt.date | None, bool]:
        """When a training marked done was done, and whether that day is assumed. A file written
        before `zrealizowano` existed has only the status: the training counts as done from the
        end of its term (assumed), or — with no term emocni can read — from any day (None)."""
        if self.status != TRAINING_DONE:
            return None, False
        if self.zrealizowano is not None:
            return self.zrealizowano, False
        days = term_days(self.termin) if self.termin else None
        return (days.last if days else None), True

    def done_by(self, day: dt.date) -> bool:
        """Recorded as done on or before the day: the only trainings that count as done then."""
        if self.status != TRAINING_DONE:
            return False
        done_on, _ = self.done_on()
        return done_on is None or done_on <= day

    def overdue(self, day: dt.date) -> bool:
        """Still planned although its whole term is before the day: did it take place?"""
        days = term_days(self.termin) if self.termin else None
        return self.status == TRAINING_PLANNED and days is not None and days.last < day

    @field_validator("termin", mode="before")
    @classmethod
    def _termin(cls, value: Any) -> Any:
        value = value.isoformat() if hasattr(value, "isoformat") else value
        if not isinstance(value, str):
            return value  # a list or a number: refused by the field as not a text
        wrong = sorted(y for y in term_years(value) if not plausible_year(y))
        if wrong:
            raise ValueError(
                f"rok {wrong[0]} w {quoted(value)} jest poza zakresem lat {FIRST_YEAR}–{LAST_YEAR} "
                "— sprawdź rok"
            )
        return value


@dataclass(frozen=True)
class PlanTotals:
    """Totals of one annual plan. Cancelled trainings count only in `odwolane`; actual
    participants only from trainings marked done."""

    szkolenia: int
    zrealizowane: int
    odwolane: int
    godziny: float
    uczestnicy_plan: int
    uczestnicy_faktycznie: int

    @classmethod
    def of(cls, trainings: list[Training]) -> "PlanTotals":
        active = [t for t in trainings if t.status != TRAINING_CANCELLED]
        done = [t for t in active if t.status == TRAINING_DONE]
        return cls(
            szkolenia=len(active),
            zrealizowane=len(done),
            odwolane=len(trainings) - len(active),
            godziny=sum(t.godziny or 0 for t in active),
            uczestnicy_plan=sum(t.uczestnicy_plan or 0 for t in active),
            uczestnicy_faktycznie=sum(t.uczestnicy_faktycznie or 0 for t in done),
        )
