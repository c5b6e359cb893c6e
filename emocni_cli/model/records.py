"""Pydantic models of the workspace files. Field names are the TOML keys users see and type."""

import datetime as dt
import re
from typing import Annotated, Any

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationInfo,
    field_validator,
)

from emocni_cli.model import vocabularies as vocab
from emocni_cli.model.field_types import Choice, Date, Minutes, Name, People, Text, TextList, Time, no_items
from emocni_cli.model.fields import about
from emocni_cli.model.statuses import EVENT_PLANNED
from emocni_cli.model.values import (
    bare_number,
)
from emocni_cli.polish import quoted

COUNTED_VISITS = (1, 2)  # the minimum counts visits 1 and 2; further ones (3, 4…) are extra
MAX_VISIT = 9
REMOTE_BARE_HOURS = 3  # a bare "20" for a phone call is surely minutes; a visit may be "4"
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
        raise ValueError(f"{quoted(value)} nie wygląda na adres e-mail (np. jan.kowalski@gmina.pl)")
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
                f"identyfikator {quoted(value)} może zawierać tylko litery bez polskich znaków, "
                "cyfry, kropki, myślniki i podkreślenia (bez spacji)"
            )
        return value


# --- emocni.toml ------------------------------------------------------------------------------


# --- records ----------------------------------------------------------------------------------


def _id(comment: str) -> Any:
    """The id of a record kind, with the comment its starter file gives it."""
    return Annotated[str, about("identyfikator", comment=comment, csv="id", column="id")]


class Partner(Record):
    id: _id('krótki identyfikator bez spacji i polskich znaków, np. "gok"')  # type: ignore[valid-type]
    nazwa: Annotated[Name, about("nazwa", comment="pełna nazwa instytucji")]
    rodzaj: Annotated[
        Choice(vocab.PARTNER_KINDS),
        about(
            "rodzaj",
            comment="szkola, przedszkole, swietlica, dom_kultury (GOK/MOK), biblioteka, osp,\n"
            "stowarzyszenie, fundacja, kgw, urzad_gminy, ops (GOPS/MOPS),\n"
            "klub_seniora (także UTW), parafia, firma, inna",
        ),
    ]
    osoba_kontaktowa: Annotated[
        Text, about("osoba kontaktowa", comment="imię i nazwisko osoby do kontaktu", column="kontakt")
    ] = None
    email: Annotated[Text, about("e-mail")] = None  # no comment: named with telefon, adres, www
    telefon: Annotated[Text, about("telefon")] = None
    adres: Annotated[Text, about("adres")] = None
    www: Annotated[Text, about("strona www")] = None
    reprezentant: Annotated[
        Text, about("reprezentant", comment="imię i nazwisko osoby, która reprezentuje partnera i podpisuje")
    ] = None
    funkcja: Annotated[
        Text, about("funkcja reprezentanta", comment='funkcja reprezentanta, np. "dyrektor", "wójt gminy"')
    ] = None
    nip: Annotated[Text, about("NIP", comment="NIP (opcjonalnie)")] = None
    regon: Annotated[Text, about("REGON", comment="REGON (opcjonalnie)")] = None
    krs: Annotated[Text, about("KRS", comment="numer KRS (opcjonalnie, stowarzyszenia i fundacje)")] = None
    data_przystapienia: Annotated[
        Date | None,
        about(
            "data przystąpienia",
            comment="data przystąpienia do partnerstwa, np. 2018-01-16 (bez cudzysłowu)",
            column="przystąpił",
        ),
    ] = None
    data_wystapienia: Annotated[
        Date | None,
        about(
            "data wystąpienia",
            comment="data wystąpienia z partnerstwa, jeśli partner odszedł; historia (spotkania,\n"
            "szkolenia, dokumenty) zostaje, od tej daty partner nie liczy się do członków",
            column="wystąpił",
        ),
    ] = None
    dokument: Annotated[
        Text,
        about(
            "dokument",
            comment='np. "porozumienie partnerskie", "deklaracja przystąpienia", "list intencyjny"',
        ),
    ] = None
    zasoby: Annotated[
        TextList,
        about("zasoby", comment='lista tego, co partner wnosi, np. ["sala na 30 osób", "rzutnik"]'),
    ] = Field(default_factory=no_items)
    rola: Annotated[Text, about("rola", comment='rola w partnerstwie, np. "rekrutacja seniorów"')] = None
    notatki: Annotated[
        Text, about("notatki", comment='dowolny tekst; wiele linii zapisz w potrójnym cudzysłowie """ … """')
    ] = None

    _email = field_validator("email")(_check_email)

    @field_validator("data_wystapienia")
    @classmethod
    def _left_after_joining(cls, value: dt.date | None, info: ValidationInfo) -> dt.date | None:
        """Leaving before joining cannot be true: refused on every way in (edit, a hand-written file)."""
        joined = info.data.get("data_przystapienia")
        if value is not None and joined is not None and value < joined:
            raise ValueError(
                f"data wystąpienia ({value:%d.%m.%Y}) jest wcześniejsza niż data przystąpienia "
                f"({joined:%d.%m.%Y})"
            )
        return value

    def member_on(self, day: dt.date) -> bool:
        """A member on the day: joined on or before it and not yet left (leaving on a day ends the
        membership from that day)."""
        joined = self.data_przystapienia is not None and self.data_przystapienia <= day
        return joined and not self.left_by(day)

    def left_by(self, day: dt.date) -> bool:
        """Left the partnership on or before the day."""
        return self.data_wystapienia is not None and self.data_wystapienia <= day


class Meeting(Record):
    id: _id('identyfikator, domyślnie data spotkania, np. "2017-11-21"')  # type: ignore[valid-type]
    data: Annotated[Date, about("data", comment="data spotkania, np. 2017-11-21 (bez cudzysłowu)")]
    godzina: Annotated[Time | None, about("godzina", comment='np. "17:00"')] = None
    miejsce: Annotated[Text, about("miejsce", comment='np. "Gminna Biblioteka Publiczna, czytelnia"')] = None
    rodzaj: Annotated[
        Choice(vocab.MEETING_KINDS),
        about(
            "rodzaj",
            comment="inicjujace, podpisanie_porozumienia, robocze, planistyczne, podsumowujace, inne",
        ),
    ] = "robocze"
    status: Annotated[
        Choice(vocab.EVENT_STATUSES),
        about(
            "status",
            comment="planowane, odbyte, odwolane — dowodem w `emocni status` jest tylko „odbyte”",
        ),
    ] = EVENT_PLANNED
    tytul: Annotated[Text, about("tytuł", comment="krótki tytuł spotkania (opcjonalnie)")] = None
    obecni: Annotated[
        TextList,
        about(
            "obecni partnerzy",
            comment='lista id partnerów obecnych na spotkaniu, np. ["gbp", "gok"]',
            ref="partner",
        ),
    ] = Field(default_factory=no_items)
    goscie: Annotated[
        TextList,
        about(
            "goście",
            comment="instytucje lub osoby spoza partnerstwa obecne na spotkaniu,\n"
            'np. ["Parafia św. Wawrzyńca", "sołtys Kamionki"]',
        ),
    ] = Field(default_factory=no_items)
    liczba_osob: Annotated[
        People | None, about("liczba osób", comment="ile osób przyszło", column="osób")
    ] = None
    prowadzacy: Annotated[
        Text, about("prowadzący", comment="kto prowadził spotkanie (domyślnie e-Mocarz)")
    ] = None
    protokolant: Annotated[
        Text, about("protokolant", comment="kto sporządził protokół (domyślnie e-Mocarz)")
    ] = None
    numer_protokolu: Annotated[
        Text, about("numer protokołu", comment='np. "3/2018" (domyślnie: kolejne odbyte spotkanie w roku)')
    ] = None
    porzadek: Annotated[
        TextList, about("porządek spotkania", comment="porządek spotkania: lista punktów")
    ] = Field(default_factory=no_items)
    notatki: Annotated[
        Text,
        about("notatki", comment='notatka lub protokół; wiele linii w potrójnym cudzysłowie """ … """'),
    ] = None
    decyzje: Annotated[TextList, about("decyzje", comment="lista podjętych decyzji")] = Field(
        default_factory=no_items
    )
    zadania: Annotated[
        TextList,
        about(
            "zadania", comment='lista zadań "kto — co — do kiedy", np. ["Beata Lis — ankiety — 31.01.2018"]'
        ),
    ] = Field(default_factory=no_items)
    lista_obecnosci: Annotated[
        bool, about("lista obecności", comment="true, jeśli jest podpisana lista obecności")
    ] = False
    protokol: Annotated[
        bool, about("protokół / notatka", comment="true, jeśli sporządzono protokół / notatkę")
    ] = False


class Consultation(Record):
    id: _id('identyfikator, np. "wizyta-1" albo "telefon-2018-05-14"')  # type: ignore[valid-type]
    data: Annotated[Date, about("data", comment="data konsultacji, np. 2018-03-06 (bez cudzysłowu)")]
    godzina: Annotated[Time | None, about("godzina", comment='np. "10:00"')] = None
    forma: Annotated[Choice(vocab.CONSULTATION_FORMS), about("forma", comment="wizyta, online, telefon")]
    wizyta_nr: Annotated[
        int | None,
        about(
            "numer wizyty",
            comment="1 albo 2 (kolejne wizyty: 3, 4…, nie liczą się do minimum) — tylko dla wizyt w gminie",
            column="nr",
        ),
        Field(ge=1, le=MAX_VISIT, validate_default=True),
    ] = None
    czas: Annotated[
        Minutes | None,
        about(
            "czas trwania", comment='czas trwania, np. "4h", "45 min", "1h30m", "1:15", "1,5h"', column="czas"
        ),
    ] = None
    status: Annotated[
        Choice(vocab.EVENT_STATUSES), about("status", comment="planowane, odbyte, odwolane")
    ] = EVENT_PLANNED
    miejsce: Annotated[Text, about("miejsce", comment="miejsce wizyty")] = None
    temat: Annotated[Text, about("temat", comment="czego dotyczyła konsultacja")] = None
    notatki: Annotated[Text, about("notatki", comment="dowolny tekst")] = None

    @field_validator("wizyta_nr")
    @classmethod
    def _visit_numbered(cls, value: int | None, info: ValidationInfo) -> int | None:
        """A visit counts towards the minimum only by its number: the rule of every way in
        (add, edit, a hand-written file), so `check` and every command see it."""
        if value is None and info.data.get("forma") == "wizyta":
            raise ValueError("wizyta w gminie musi mieć numer (1 albo 2; kolejne wizyty: 3, 4…)")
        return value

    @field_validator("czas", mode="before")
    @classmethod
    def _unit_given(cls, value: Any, info: ValidationInfo) -> Any:
        """A bare number typed for a phone or online consultation is hours only up to 3: "20" is
        surely minutes, and guessing would eat the whole remote budget. A TOML number in a
        hand-written file (czas = 4) is read as hours, as it always was."""
        number = bare_number(value) if isinstance(value, str) else None
        remote = info.data.get("forma") in {"telefon", "online"}
        if number is not None and number > REMOTE_BARE_HOURS and remote:
            typed = value.strip()
            raise ValueError(f"{typed} h? jeśli to minuty, wpisz {typed} min (a jeśli godziny: {typed}h)")
        return value

    @property
    def hours(self) -> float:
        return (self.czas or 0) / 60


class Webinar(Record):
    id: _id("identyfikator, domyślnie z tytułu")  # type: ignore[valid-type]
    tytul: Annotated[Name, about("tytuł", comment="tytuł webinarium")]
    data: Annotated[
        Date,
        about("data", comment="data webinarium lub obejrzenia nagrania, np. 2018-09-12 (bez cudzysłowu)"),
    ]
    udzial: Annotated[
        Choice(vocab.WEBINAR_PARTICIPATION), about("udział", comment="na_zywo albo nagranie")
    ] = "na_zywo"
    status: Annotated[
        Choice(vocab.EVENT_STATUSES),
        about(
            "status",
            comment="planowane, odbyte, odwolane — w `emocni status` liczy się tylko „odbyte”;\n"
            "brak statusu w starszym pliku oznacza „planowane”",
        ),
    ] = EVENT_PLANNED
    cykl: Annotated[
        bool,
        about(
            "cykl „Mocni w partnerstwie”",
            comment="true, jeśli to webinarium z cyklu „Mocni w partnerstwie” (domyślnie true)",
            column="cykl",
        ),
    ] = True
    uczestnicy: Annotated[
        TextList, about("uczestnicy", comment='kto z gminy brał udział, np. ["Marta Sobczak"]')
    ] = Field(default_factory=no_items)
    notatki: Annotated[Text, about("notatki", comment="dowolny tekst")] = None
