"""The settings of a workspace (emocni.toml): the gmina, the partnership, the people, the plan's
period and the thresholds of the seven-item minimum."""

from __future__ import annotations

import re
from typing import Annotated, Any

from pydantic import (
    Field,
    field_validator,
)

from emocni_cli.model.fields import about
from emocni_cli.model.records import Count, Date, Name, Text, _check_email, _Model
from emocni_cli.model.values import (
    LAST_YEAR,
)

SCHEMA_VERSION = 1


FIRST_PLAN_YEAR = 2016  # the e-Mocni project began then


class Gmina(_Model):
    nazwa: Name
    teryt: Annotated[Text, about("TERYT")] = None
    powiat: Annotated[Text, about("powiat")] = None
    wojewodztwo: Annotated[Text, about("województwo")] = None
    liczba_mieszkancow: Annotated[Count | None, about("liczba mieszkańców")] = None
    typ: Annotated[Text, about("typ")] = None  # wiejska / miejsko-wiejska / miejska

    @field_validator("teryt", mode="before")
    @classmethod
    def _teryt(cls, value: Any) -> Any:
        if isinstance(value, int):
            value = f"{value:07d}"
        if isinstance(value, str) and value.strip() and not re.fullmatch(r"\d{7}", value.strip()):
            raise ValueError(f"kod TERYT ma 7 cyfr (np. 1234052), podano „{value}”")
        return value


class Partnerstwo(_Model):
    nazwa: Annotated[Text, about("nazwa")] = None
    data_zawiazania: Annotated[Date | None, about("data zawiązania")] = None
    dokument: Annotated[Text, about("dokument")] = None
    lider: Annotated[Text, about("lider")] = None  # id of the leading partner


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
