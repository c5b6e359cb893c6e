"""Models of the three-year training plan: the general part and the annual plans."""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import BeforeValidator, Field, field_validator

from emocni_cli.core import vocab
from emocni_cli.core.models import Choice, Count, Date, Record, Text, _Model

GENERAL_FILE = "plan-ogolny.toml"
ANNUAL_PREFIX = "plan-"

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


def _text_or_lines(value: Any) -> Any:
    """A section may be written as one (multi-line) string or as a list of lines."""
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return "\n".join(value)
    return value


SectionText = Annotated[str | None, BeforeValidator(_text_or_lines)]


class Acceptance(_Model):
    przekazano_animatorowi: Date | None = None
    zaakceptowano: Date | None = None
    wgrano_na_platforme: Date | None = None
    uwagi_animatora: Text = None


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

    def missing_sections(self) -> list[str]:
        """Sections not filled in at all (keys of SECTIONS, in order)."""
        return [key for key in SECTIONS if not (getattr(self, key) or "").strip()]


TRAINING_FORMS = vocab.Vocabulary(
    "forma szkolenia",
    {"stacjonarne": "stacjonarne", "online": "online", "mieszane": "mieszane"},
    {
        "stacjonarna": "stacjonarne",
        "sala": "stacjonarne",
        "zdalne": "online",
        "hybrydowe": "mieszane",
        "blended": "mieszane",
    },
)
TRAINING_STATUSES = vocab.Vocabulary(
    "status szkolenia",
    {"planowane": "planowane", "zrealizowane": "zrealizowane", "odwolane": "odwołane"},
    {
        "planowana": "planowane",
        "odbyte": "zrealizowane",
        "odbyla_sie": "zrealizowane",
        "zrealizowana": "zrealizowane",
        "odwolana": "odwolane",
    },
)


class Training(Record):
    """One [[szkolenie]] of an annual plan (plan-ROK.toml)."""

    tytul: str
    obszar: Text = None  # one of the nine catalogue areas (vocab.TRAINING_AREAS) or own theme
    grupa_docelowa: Text = None
    forma: Choice(TRAINING_FORMS) = "stacjonarne"  # type: ignore[valid-type]
    godziny: float | None = Field(None, gt=0)
    termin: Text = None  # a month ("2019-03", "marzec 2019") or dates, as people write it
    miejsce: Text = None
    partner: Text = Field(None, json_schema_extra={"ref": "partner"})
    trener: Text = None
    uczestnicy_plan: Count | None = None
    rekrutacja: Text = None
    dostepnosc: Text = None
    status: Choice(TRAINING_STATUSES) = "planowane"  # type: ignore[valid-type]
    uczestnicy_faktycznie: Count | None = None
    notatki: Text = None

    @field_validator("termin", mode="before")
    @classmethod
    def _termin(cls, value: Any) -> Any:
        return value.isoformat() if hasattr(value, "isoformat") else value
