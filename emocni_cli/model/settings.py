"""The settings of a workspace (emocni.toml): the gmina, the partnership, the people, the plan's
period and the thresholds of the seven-item minimum."""

import re
from typing import Annotated, Any

from pydantic import (
    Field,
    ValidationInfo,
    field_validator,
)

from emocni_cli.model.field_types import MAX_COUNT, MAX_HOURS, MAX_RESIDENTS, Date, Name, People, Text
from emocni_cli.model.fields import about
from emocni_cli.model.records import _check_email, _Model
from emocni_cli.model.values import (
    LAST_YEAR,
)
from emocni_cli.polish import quoted

SCHEMA_VERSION = 1


FIRST_PLAN_YEAR = 2016  # the e-Mocni project began then

# Words people type before a name that documents add themselves ("gmina {nazwa}", "powiat {powiat}"),
# longest first. The word after "gmina" in "Gmina Miejska X" is the gmina's type, not its name.
NAME_PREFIXES = {
    "nazwa": ("miasto i gmina", "gmina miejsko-wiejska", "gmina miejska", "gmina wiejska", "gmina"),
    "powiat": ("powiat",),
}
_DOCUMENT_WORD = {"nazwa": "gmina", "powiat": "powiat"}

# A TERYT gmina code: voivodeship (02, 04, … 32), powiat, gmina, and the type digit (1 urban, 2 rural,
# 3 urban-rural, 4-5 their parts, 8-9 districts of a city).
_TERYT = re.compile(r"(0[2468]|[12][02468]|3[02])\d{4}[1-589]")


def bare_name(field: str, text: str) -> str:
    """A gmina's or powiat's own name, without the word the documents put before it."""
    words = text.split()
    for prefix in NAME_PREFIXES[field]:
        n = len(prefix.split())
        if " ".join(words[:n]).lower() == prefix and words[n:]:
            return " ".join(words[n:])
    return text


def taken_off(field: str, typed: str, stored: str) -> tuple[str, str] | None:
    """(the leading words taken off a typed name, the name as documents write it), or None."""
    words = typed.split()
    if words == stored.split():
        return None
    return " ".join(words[: len(words) - len(stored.split())]), f"{_DOCUMENT_WORD[field]} {stored}"


def prefix_note(field: str, typed: str, stored: str) -> str | None:
    """The note telling a person that a leading word was taken off a name they typed."""
    if (taken := taken_off(field, typed, stored)) is None:
        return None
    what = "nazwę gminy" if field == "nazwa" else "powiat"
    return f"Zapisano {what} „{stored}” bez „{taken[0]}” na początku — dokumenty same piszą „{taken[1]}”."


class Gmina(_Model):
    nazwa: Name
    teryt: Annotated[Text, about("TERYT")] = None
    powiat: Annotated[Text, about("powiat")] = None
    wojewodztwo: Annotated[Text, about("województwo")] = None
    liczba_mieszkancow: Annotated[int | None, Field(ge=1, le=MAX_RESIDENTS), about("liczba mieszkańców")] = (
        None
    )
    typ: Annotated[Text, about("typ")] = None  # wiejska / miejsko-wiejska / miejska

    @field_validator("teryt", mode="before")
    @classmethod
    def _teryt(cls, value: Any) -> Any:
        if isinstance(value, int):
            value = f"{value:07d}"
        if isinstance(value, str) and value.strip() and not re.fullmatch(r"\d{7}", value.strip()):
            raise ValueError(f"kod TERYT ma 7 cyfr (np. 1234052), podano {quoted(value)}")
        if isinstance(value, str) and value.strip() and not _TERYT.fullmatch(value.strip()):
            raise ValueError(
                f"{quoted(value)} to nie kod TERYT gminy — taki kod zaczyna się od kodu województwa "
                "(02, 04, … 32), a kończy cyfrą rodzaju gminy "
                "(1 — miejska, 2 — wiejska, 3 — miejsko-wiejska); sprawdź kod na stronie eteryt.stat.gov.pl"
            )
        return value

    @field_validator("nazwa", "powiat")
    @classmethod
    def _bare(cls, value: str | None, info: ValidationInfo) -> str | None:
        return bare_name(info.field_name, value) if value else value


class Partnerstwo(_Model):
    nazwa: Annotated[Text, about("nazwa")] = None
    data_zawiazania: Annotated[Date | None, about("data zawiązania")] = None
    miejsce_zawarcia: Annotated[Text, about("miejsce zawarcia")] = None  # default: the gmina's name
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
    min_partnerow: int = Field(3, ge=1, le=MAX_COUNT)
    min_spotkan: int = Field(2, ge=1, le=MAX_COUNT)
    min_webinariow: int = Field(2, ge=1, le=MAX_COUNT)
    budzet_zdalny_h: float = Field(8, gt=0, le=MAX_HOURS)
    cel_uczestnikow: People | None = None
    # a participant completes a training when present for at least this % of its hours
    prog_ukonczenia: int = Field(80, ge=1, le=100)


PROJECT_NAME = "e-Mocni: cyfrowe umiejętności, realne korzyści"
GRANT_NUMBER = "POPC.03.01.00-00-0013/16-00"  # the project's grant agreement (DOMAIN.md)


class Projekt(_Model):
    """The EU-funded project the partnership works in, as its documents name it."""

    nazwa: Annotated[Text, about("nazwa")] = PROJECT_NAME
    numer_umowy: Annotated[Text, about("numer umowy o dofinansowanie")] = GRANT_NUMBER


class Settings(_Model):
    """emocni.toml."""

    wersja_schematu: int = SCHEMA_VERSION
    gmina: Gmina
    partnerstwo: Partnerstwo = Field(default_factory=Partnerstwo)
    emocarz: Emocarz
    animator: Person
    plan: PlanSettings
    wymagania: Wymagania = Field(default_factory=Wymagania)
    projekt: Projekt = Field(default_factory=Projekt)

    @field_validator("wersja_schematu")
    @classmethod
    def _schema(cls, value: int) -> int:
        if value > SCHEMA_VERSION:
            raise ValueError(f"plik pochodzi z nowszej wersji emocni (schemat {value}); zaktualizuj emocni")
        return value
