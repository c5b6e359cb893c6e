"""Models of the three-year training plan: the general part and the annual plans, and the pure
rules about them (when a section looks too thin, which acceptance dates contradict each other)."""

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Annotated, Any

from pydantic import BeforeValidator, Field

from emocni_cli.errors import InputError
from emocni_cli.model import vocabularies as vocab
from emocni_cli.model.field_types import Date, Text
from emocni_cli.model.records import _Model
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
    word: str  # Polish, typed instead of the key: `emocni plan oznacz przekazano`
    field: str  # the date field in [akceptacja]
    noun: str  # Polish, genitive, for "Nie można zapisać …": "akceptacji animatora"
    done: str  # Polish, past: "zaakceptowano"
    not_yet: str  # Polish, what is missing while this step is not recorded


STEPS: tuple[Step, ...] = (
    Step(
        "sent",
        "przekazano",
        "przekazano_animatorowi",
        "przekazania planu animatorowi",
        "przekazano animatorowi",
        "plan nie został jeszcze przekazany animatorowi",
    ),
    Step(
        "accepted",
        "zaakceptowano",
        "zaakceptowano",
        "akceptacji animatora",
        "zaakceptowano",
        "plan nie został jeszcze zaakceptowany przez animatora",
    ),
    Step(
        "uploaded",
        "wgrano",
        "wgrano_na_platforme",
        "wgrania na platformę e-Mocni",
        "wgrano na platformę",
        "plan nie został jeszcze wgrany na platformę e-Mocni",
    ),
)

# as help and messages list them: "sent (przekazano), accepted (zaakceptowano), uploaded (wgrano)"
STEP_CHOICES = ", ".join(f"{s.key} ({s.word})" for s in STEPS)

STEP_NAMES = vocab.Vocabulary(
    "krok akceptacji",
    {s.key: s.done for s in STEPS},
    {
        **{s.word: s.key for s in STEPS},
        "przekazany": "sent",
        "wyslano": "sent",
        "wyslany": "sent",
        "zaakceptowany": "accepted",
        "akceptacja": "accepted",
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
