"""Pydantic models of the workspace files. Field names are the TOML keys users see and type."""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Any

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    PlainSerializer,
    ValidationInfo,
    field_validator,
)

from emocni_cli.model import vocabularies as vocab
from emocni_cli.model.statuses import EVENT_PLANNED
from emocni_cli.model.values import (
    LAST_YEAR,
    format_duration,
    format_time,
    parse_date,
    parse_duration,
    parse_time,
    plausible_date,
)

SCHEMA_VERSION = 1
FIRST_PLAN_YEAR = 2016  # the e-Mocni project began then


def _vocab(v: vocab.Vocabulary) -> BeforeValidator:
    return BeforeValidator(lambda value: v.parse(value) if isinstance(value, str) else value)


def Choice(v: vocab.Vocabulary) -> Any:
    """A str field limited to a vocabulary; the vocabulary rides along as metadata for display."""
    return Annotated[str, _vocab(v), v]


def vocabulary_of(model: type[BaseModel], name: str) -> vocab.Vocabulary | None:
    info = model.model_fields.get(name)
    if info is None:
        return None
    return next((m for m in info.metadata if isinstance(m, vocab.Vocabulary)), None)


def _text_list(value: Any) -> Any:
    """Accept a single string where a list of strings is expected (people write that by hand)."""
    if isinstance(value, str):
        return [line.strip() for line in value.splitlines() if line.strip()] or []
    return value


def _optional_text(value: Any) -> Any:
    if isinstance(value, str) and not value.strip():
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
Minutes = Annotated[
    int,
    BeforeValidator(parse_duration),
    PlainSerializer(format_duration, return_type=str),
]
Text = Annotated[str | None, BeforeValidator(_optional_text)]
Name = Annotated[str, Field(min_length=1)]  # a required text: a name or title, never empty or spaces
TextList = Annotated[list[str], BeforeValidator(_text_list)]
Count = Annotated[int, Field(ge=0)]

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")


class _Model(BaseModel):
    # extra="allow": keys a person added by hand are kept and never reported as errors.
    # defer_build: a model's validator is built when first used, so `--help` does not pay for it.
    # allow_inf_nan=False: TOML has inf and nan, no count, hours or budget can be either.
    model_config = ConfigDict(
        extra="allow",
        str_strip_whitespace=True,
        validate_assignment=True,
        defer_build=True,
        allow_inf_nan=False,
    )


def _check_email(value: str | None) -> str | None:
    if value is not None and not _EMAIL.match(value):
        raise ValueError(f"„{value}” nie wygląda na adres e-mail (np. jan.kowalski@gmina.pl)")
    return value


class Record(_Model):
    """Common base of every record in a [[table]] array."""

    id: str

    @field_validator("id", mode="before")
    @classmethod
    def _id_ok(cls, value: Any) -> Any:
        if isinstance(value, int):
            value = str(value)
        if isinstance(value, str) and not _ID.match(value.strip()):
            raise ValueError(
                f"identyfikator „{value}” może zawierać tylko litery bez polskich znaków, "
                "cyfry, kropki, myślniki i podkreślenia (bez spacji)"
            )
        return value


# --- emocni.toml ------------------------------------------------------------------------------


class Gmina(_Model):
    nazwa: Name
    teryt: Text = None
    powiat: Text = None
    wojewodztwo: Text = None
    liczba_mieszkancow: Count | None = None
    typ: Text = None  # wiejska / miejsko-wiejska / miejska

    @field_validator("teryt", mode="before")
    @classmethod
    def _teryt(cls, value: Any) -> Any:
        if isinstance(value, int):
            value = f"{value:07d}"
        if isinstance(value, str) and value.strip() and not re.fullmatch(r"\d{7}", value.strip()):
            raise ValueError(f"kod TERYT ma 7 cyfr (np. 1234052), podano „{value}”")
        return value


class Partnerstwo(_Model):
    nazwa: Text = None
    data_zawiazania: Date | None = None
    dokument: Text = None
    lider: Text = None  # id of the leading partner


class Person(_Model):
    imie_nazwisko: Name
    email: Text = None
    telefon: Text = None

    _email = field_validator("email")(_check_email)


class Emocarz(Person):
    instytucja: Text = None


class PlanSettings(_Model):
    rok_poczatkowy: int = Field(ge=FIRST_PLAN_YEAR, le=LAST_YEAR - 2)  # all three years are dates we take

    @property
    def years(self) -> list[int]:
        return [self.rok_poczatkowy + i for i in range(3)]


class Wymagania(_Model):
    min_partnerow: int = Field(3, ge=1)
    min_spotkan: int = Field(2, ge=1)
    min_webinariow: int = Field(2, ge=1)
    budzet_zdalny_h: float = Field(8, gt=0)
    cel_uczestnikow: Count | None = None


class Settings(_Model):
    """emocni.toml."""

    wersja_schematu: int = SCHEMA_VERSION
    gmina: Gmina
    partnerstwo: Partnerstwo = Field(default_factory=Partnerstwo)
    emocarz: Emocarz
    animator: Person
    plan: PlanSettings
    wymagania: Wymagania = Field(default_factory=Wymagania)

    @field_validator("wersja_schematu")
    @classmethod
    def _schema(cls, value: int) -> int:
        if value > SCHEMA_VERSION:
            raise ValueError(f"plik pochodzi z nowszej wersji emocni (schemat {value}); zaktualizuj emocni")
        return value


# --- records ----------------------------------------------------------------------------------


class Partner(Record):
    nazwa: Name
    rodzaj: Choice(vocab.PARTNER_KINDS)
    osoba_kontaktowa: Text = None
    email: Text = None
    telefon: Text = None
    adres: Text = None
    www: Text = None
    data_przystapienia: Date | None = None
    dokument: Text = None  # porozumienie partnerskie / deklaracja przystąpienia / list intencyjny
    zasoby: TextList = Field(default_factory=list)
    rola: Text = None
    notatki: Text = None

    _email = field_validator("email")(_check_email)


class Meeting(Record):
    data: Date
    godzina: Time | None = None
    miejsce: Text = None
    rodzaj: Choice(vocab.MEETING_KINDS) = "robocze"
    status: Choice(vocab.EVENT_STATUSES) = EVENT_PLANNED
    tytul: Text = None
    obecni: TextList = Field(default_factory=list, json_schema_extra={"ref": "partner"})
    liczba_osob: Count | None = None
    porzadek: TextList = Field(default_factory=list)
    notatki: Text = None
    decyzje: TextList = Field(default_factory=list)
    zadania: TextList = Field(default_factory=list)
    lista_obecnosci: bool = False
    protokol: bool = False


class Consultation(Record):
    data: Date
    godzina: Time | None = None
    forma: Choice(vocab.CONSULTATION_FORMS)
    wizyta_nr: int | None = Field(None, ge=1, le=2, validate_default=True)
    czas: Minutes | None = None
    status: Choice(vocab.EVENT_STATUSES) = EVENT_PLANNED
    miejsce: Text = None
    temat: Text = None
    notatki: Text = None

    @field_validator("wizyta_nr")
    @classmethod
    def _visit_numbered(cls, value: int | None, info: ValidationInfo) -> int | None:
        """A visit counts towards the minimum only by its number: the rule of every way in
        (add, edit, a hand-written file), so `check` and every command see it."""
        if value is None and info.data.get("forma") == "wizyta":
            raise ValueError("wizyta w gminie musi mieć numer (1 albo 2)")
        return value

    @property
    def hours(self) -> float:
        return (self.czas or 0) / 60


class Webinar(Record):
    tytul: Name
    data: Date
    udzial: Choice(vocab.WEBINAR_PARTICIPATION) = "na_zywo"
    cykl: bool = True
    uczestnicy: TextList = Field(default_factory=list)
    notatki: Text = None
