"""Models of the three-year training plan: the general part and the annual plans, and the pure
rules about them (when a section looks too thin, which acceptance dates contradict each other)."""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Annotated, Any

from pydantic import BeforeValidator, Field, field_validator

from emocni_cli.errors import InputError
from emocni_cli.model import vocabularies as vocab
from emocni_cli.model.fields import about
from emocni_cli.model.records import Choice, Count, Date, Name, Record, Text, _Model
from emocni_cli.model.statuses import TRAINING_CANCELLED, TRAINING_DONE, TRAINING_PLANNED
from emocni_cli.model.term import term_days, term_years
from emocni_cli.model.values import FIRST_YEAR, LAST_YEAR, plausible_year
from emocni_cli.model.vocabularies import TRAINING_AREAS, TRAINING_FORMS, TRAINING_STATUSES
from emocni_cli.polish import plural

GENERAL_FILE = "plan-ogolny.toml"

# Sections of the general part, in document order, with their Polish titles.
SECTIONS: dict[str, str] = {
    "diagnoza": "Diagnoza potrzeb",
    "cele": "Cele",
    "wskazniki": "Wskaźniki",
    "grupy_docelowe": "Grupy docelowe",
    "obszary": "Obszary szkoleń",
    "formy": "Formy szkoleń",
    "zasoby_partnerow": "Zasoby partnerów",
    "promocja_rekrutacja": "Promocja i rekrutacja",
    "koordynacja_monitoring": "Koordynacja i monitoring",
    "ryzyka_trwalosc": "Ryzyka i trwałość",
    "rekomendacje": "Rekomendacje dalszego rozwoju edukacji cyfrowej w gminie",
}

# How many words a section needs before the plan is worth sending to the animator. A few words
# ("do uzupełnienia", "jak w zeszłym roku") are a placeholder, not a section; the diagnosis and
# the recommendations carry the plan, so they need the most.
MIN_WORDS: dict[str, int] = {
    "diagnoza": 40,
    "cele": 15,
    "wskazniki": 8,
    "grupy_docelowe": 10,
    "obszary": 5,
    "formy": 10,
    "zasoby_partnerow": 15,
    "promocja_rekrutacja": 15,
    "koordynacja_monitoring": 15,
    "ryzyka_trwalosc": 15,
    "rekomendacje": 25,
}

SECTION_NAMES = vocab.Vocabulary(
    "identyfikator sekcji",
    SECTIONS,
    {
        "diagnoza_potrzeb": "diagnoza",
        "potrzeby": "diagnoza",
        "cel": "cele",
        "wskaznik": "wskazniki",
        "grupy": "grupy_docelowe",
        "obszar": "obszary",
        "forma": "formy",
        "zasoby": "zasoby_partnerow",
        "partnerzy": "zasoby_partnerow",
        "promocja": "promocja_rekrutacja",
        "rekrutacja": "promocja_rekrutacja",
        "koordynacja": "koordynacja_monitoring",
        "monitoring": "koordynacja_monitoring",
        "ryzyka": "ryzyka_trwalosc",
        "ryzyko": "ryzyka_trwalosc",
        "trwalosc": "ryzyka_trwalosc",
        "rekomendacja": "rekomendacje",
    },
)

_WORD = re.compile(r"\w*[^\W\d_]\w*|\d+")


def word_count(text: str | None) -> int:
    """Words of a section: runs of letters (Polish too) or numbers; punctuation does not count."""
    return len(_WORD.findall(text or ""))


def _text_or_lines(value: Any) -> Any:
    """A section may be written as one (multi-line) string or as a list of lines."""
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return "\n".join(value)
    return value


SectionText = Annotated[str | None, BeforeValidator(_text_or_lines)]


@dataclass(frozen=True)
class SectionGap:
    """Why one section is not ready to be sent."""

    key: str
    problem: str
    empty: bool = False  # no text at all (not merely short)

    @property
    def title(self) -> str:
        return SECTIONS[self.key]


@dataclass(frozen=True)
class Step:
    """One step of the acceptance workflow of the general part."""

    key: str  # as typed in `emocni plan mark KEY`
    field: str  # the date field in [akceptacja]
    noun: str  # Polish, genitive, for "Nie można zapisać …": "akceptacji animatora"
    done: str  # Polish, past: "zaakceptowano"
    not_yet: str  # Polish, what is missing while this step is not recorded


STEPS: tuple[Step, ...] = (
    Step(
        "sent",
        "przekazano_animatorowi",
        "przekazania planu animatorowi",
        "przekazano animatorowi",
        "plan nie został jeszcze przekazany animatorowi",
    ),
    Step(
        "accepted",
        "zaakceptowano",
        "akceptacji animatora",
        "zaakceptowano",
        "plan nie został jeszcze zaakceptowany przez animatora",
    ),
    Step(
        "uploaded",
        "wgrano_na_platforme",
        "wgrania na platformę e-Mocni",
        "wgrano na platformę",
        "plan nie został jeszcze wgrany na platformę e-Mocni",
    ),
)

STEP_NAMES = vocab.Vocabulary(
    "krok akceptacji",
    {s.key: s.done for s in STEPS},
    {
        "przekazano": "sent",
        "przekazany": "sent",
        "wyslano": "sent",
        "wyslany": "sent",
        "zaakceptowany": "accepted",
        "akceptacja": "accepted",
        "wgrano": "uploaded",
        "wgrany": "uploaded",
        "platforma": "uploaded",
    },
)


class Acceptance(_Model):
    przekazano_animatorowi: Date | None = None
    zaakceptowano: Date | None = None
    wgrano_na_platforme: Date | None = None
    uwagi_animatora: Text = None

    def date_of(self, step: Step) -> dt.date | None:
        return getattr(self, step.field)

    def order_problems(self) -> list[tuple[str, str]]:
        """(field, Polish message) for every step dated before a step that must come first.
        A missing date is never a problem (people forget to note when they sent the plan, and an
        accepted plan may be recorded without it); only two recorded dates can contradict."""
        out = []
        for index, after in enumerate(STEPS):
            problem = self.contradiction(after, self.date_of(after), STEPS[:index])
            if problem:
                out.append((after.field, problem))
        return out

    def contradiction(self, step: Step, day: dt.date | None, others: Sequence[Step] = STEPS) -> str | None:
        """Why `day` for `step` contradicts a date recorded for another of `others`, in Polish."""
        from emocni_cli.model.values import format_date

        if day is None:
            return None
        index = STEPS.index(step)
        for other in others:
            there = self.date_of(other)
            if other is step or there is None:
                continue
            if STEPS.index(other) < index and day < there:
                return (
                    f"data {step.noun} ({format_date(day)}) jest wcześniejsza niż "
                    f"data {other.noun} ({format_date(there)})"
                )
            if STEPS.index(other) > index and day > there:
                return (
                    f"data {step.noun} ({format_date(day)}) jest późniejsza niż "
                    f"data {other.noun} ({format_date(there)})"
                )
        return None


class GeneralPlan(_Model):
    """plan-ogolny.toml."""

    diagnoza: SectionText = None
    cele: SectionText = None
    wskazniki: SectionText = None
    grupy_docelowe: SectionText = None
    obszary: SectionText = None
    formy: SectionText = None
    zasoby_partnerow: SectionText = None
    promocja_rekrutacja: SectionText = None
    koordynacja_monitoring: SectionText = None
    ryzyka_trwalosc: SectionText = None
    rekomendacje: SectionText = None
    akceptacja: Acceptance = Field(default_factory=Acceptance)

    def text(self, key: str) -> str:
        return (getattr(self, key) or "").strip()

    def section_gaps(self) -> list[SectionGap]:
        """Every section empty or shorter than emocni's advice (MIN_WORDS), in document order.
        Advice only: the plan may have been written in the official form outside emocni, and the
        animator, not emocni, judges its content — nothing is refused for a gap."""
        gaps = []
        for key in SECTIONS:
            text = self.text(key)
            words = word_count(text)
            if not text:
                gaps.append(SectionGap(key, "brak treści", empty=True))
            elif words < MIN_WORDS[key]:
                counted = f"{words} {plural(words, 'słowo', 'słowa', 'słów')}"
                gaps.append(SectionGap(key, f"za krótka: {counted}, potrzeba co najmniej {MIN_WORDS[key]}"))
            elif key == "wskazniki" and not re.search(r"\d", text):
                gaps.append(SectionGap(key, "brak liczb — podaj m.in., ilu mieszkańców chcecie przeszkolić"))
        return gaps


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
        raise ValueError(f"nie rozumiem liczby godzin „{text}” (np. 12 albo 1,5)")
    if hours <= 0:
        raise ValueError(f"liczba godzin musi być dodatnia, podano „{text}”")
    return hours


def _hours(value: Any) -> Any:
    """Whole hours stay whole (12, not 12.0), so files and tables read naturally."""
    if isinstance(value, str) or (isinstance(value, float) and not math.isfinite(value)):
        value = parse_hours(value)
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


Hours = Annotated[int | float, BeforeValidator(_hours), Field(gt=0)]


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
        Count | None, about("uczestnicy (plan)", comment="planowana liczba uczestników")
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
        Count | None,
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
        wrong = sorted(y for y in term_years(value) if not plausible_year(y))
        if wrong:
            raise ValueError(
                f"rok {wrong[0]} w „{value}” jest poza zakresem lat {FIRST_YEAR}–{LAST_YEAR} — sprawdź rok"
            )
        return value


def period_text(years: list[int]) -> str:
    return f"{years[0]}–{years[-1]}"


def check_plan_year(years: list[int], year: int) -> None:
    """Refuse a year outside the three-year plan period, naming the period."""
    if year not in years:
        raise InputError(
            f"Rok {year} jest poza okresem planu {period_text(years)}.",
            hint=f"podaj jeden z lat: {', '.join(map(str, years))} (okres ustala [plan] rok_poczatkowy "
            "w emocni.toml)",
        )


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
    def of(cls, trainings: list[Training]) -> PlanTotals:
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
