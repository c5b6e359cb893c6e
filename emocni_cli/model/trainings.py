"""A training as it happens: its sessions (zajecia.toml), its participants (uczestnicy.toml, personal
data, read only by the commands that need it) and their enrolments with attendance (zapisy.toml,
pseudonymous: ids only)."""

from typing import Annotated

from pydantic import Field, model_validator

from emocni_cli.model import vocabularies as vocab
from emocni_cli.model.field_types import Choice, Date, OptionalChoice, Text, TextList, Time, no_items
from emocni_cli.model.fields import about
from emocni_cli.model.records import Record
from emocni_cli.model.statuses import MAIN_LIST
from emocni_cli.model.training import Hours
from emocni_cli.model.values import LAST_YEAR

BIRTH_YEAR_FIRST = 1900


class Session(Record):
    """One [[zajecia]]: a meeting of a training's participants on one day."""

    id: Annotated[
        str,
        about(
            "identyfikator",
            comment='numer szkolenia, kropka i numer zajęć, np. "2019-01.1" (emocni nadaje go sam)',
            column="nr",
        ),
    ]
    szkolenie: Annotated[
        str, about("szkolenie", comment='id szkolenia z planu rocznego, np. "2019-01"', ref="training")
    ]
    data: Annotated[Date, about("data", comment="data zajęć, np. 2019-03-05 (bez cudzysłowu)")]
    godzina: Annotated[Time | None, about("godzina", comment='godzina rozpoczęcia, np. "10:00"')] = None
    godziny: Annotated[
        Hours,
        about(
            "liczba godzin", comment="ile godzin zegarowych trwają zajęcia, np. 3 albo 1.5", column="godz."
        ),
    ]
    miejsce: Annotated[
        Text, about("miejsce", comment="miejsce, jeśli inne niż miejsce szkolenia w planie")
    ] = None
    temat: Annotated[Text, about("temat", comment="temat zajęć (opcjonalnie)")] = None
    notatki: Annotated[Text, about("notatki", comment="dowolny tekst")] = None


class Participant(Record):
    """One [[uczestnik]]: a resident who signed the declaration with the data-protection clause.
    A forgotten person keeps only the id and the groups the indicators count (age group, sex,
    disability); every other field is gone."""

    id: Annotated[
        str,
        about("identyfikator", comment='numer uczestnika, np. "u-001" (emocni nadaje go sam)', column="nr"),
    ]
    imie_nazwisko: Annotated[Text, about("imię i nazwisko", comment="imię i nazwisko uczestnika")] = None
    rok_urodzenia: Annotated[
        int | None,
        Field(ge=BIRTH_YEAR_FIRST, le=LAST_YEAR),
        about("rok urodzenia", comment="rok urodzenia, np. 1956", column="rok ur."),
    ] = None
    plec: Annotated[
        OptionalChoice(vocab.SEXES),  # type: ignore[valid-type]
        about("płeć", comment="k albo m (opcjonalnie)"),
    ] = None
    miejscowosc: Annotated[Text, about("miejscowość", comment="miejscowość zamieszkania")] = None
    kontakt: Annotated[Text, about("kontakt", comment="telefon lub e-mail (opcjonalnie)")] = None
    niepelnosprawnosc: Annotated[
        bool,
        about("niepełnosprawność", comment="true, jeśli osoba ma niepełnosprawność (dane o zdrowiu)"),
    ] = False
    potrzeby: Annotated[
        Text,
        about("szczególne potrzeby", comment='np. "tłumacz PJM", "materiały powiększone" (dane o zdrowiu)'),
    ] = None
    zgoda: Annotated[
        Date | None,
        about(
            "data zgody",
            comment="data podpisania deklaracji uczestnictwa z klauzulą RODO, np. 2019-02-20",
        ),
    ] = None
    zapomniano: Annotated[
        Date | None,
        about("zapomniano", comment="data usunięcia danych osobowych (emocni participant forget)"),
    ] = None
    grupa_wiekowa: Annotated[
        OptionalChoice(vocab.AGE_GROUPS),  # type: ignore[valid-type]
        about("grupa wiekowa", comment="zostaje po usunięciu danych: 60+, 50-59, 18-49"),
    ] = None
    notatki: Annotated[Text, about("notatki", comment="dowolny tekst")] = None

    @model_validator(mode="after")
    def _consent(self) -> "Participant":
        # one option's value checked on its own (FieldOptions, model_construct) is no record yet
        if self.zapomniano is not None or "id" not in self.model_fields_set:
            return self
        missing = [key for key in ("imie_nazwisko", "rok_urodzenia", "zgoda") if getattr(self, key) is None]
        if "zgoda" in missing:
            raise ValueError(
                "brak daty zgody (zgoda = RRRR-MM-DD): uczestnika można zapisać dopiero wtedy, gdy "
                "podpisał deklarację uczestnictwa z klauzulą RODO"
            )
        if missing:
            raise ValueError(f"brak wymaganego pola {missing[0]}")
        return self

    @property
    def forgotten(self) -> bool:
        return self.zapomniano is not None


class Enrolment(Record):
    """One [[zapis]]: one participant enrolled in one training, and the sessions they attended."""

    id: Annotated[
        str,
        about("identyfikator", comment='szkolenie i uczestnik, np. "2019-01.u-001" (emocni nadaje go sam)'),
    ]
    szkolenie: Annotated[str, about("szkolenie", comment='id szkolenia, np. "2019-01"', ref="training")]
    uczestnik: Annotated[str, about("uczestnik", comment='id uczestnika, np. "u-001"', ref="participant")]
    zapisano: Annotated[Date | None, about("data zapisu", comment="data zapisu, np. 2019-02-20")] = None
    lista: Annotated[
        Choice(vocab.ENROLMENT_LISTS),  # type: ignore[valid-type]
        about("lista", comment="glowna albo rezerwowa (gdy brak już miejsc)"),
    ] = MAIN_LIST
    obecnosc: Annotated[
        TextList,
        about("obecność", comment='id zajęć, na których uczestnik był, np. ["2019-01.1", "2019-01.2"]'),
    ] = Field(default_factory=no_items)
    rezygnacja: Annotated[Date | None, about("rezygnacja", comment="data rezygnacji (opcjonalnie)")] = None
    notatki: Annotated[Text, about("notatki", comment="dowolny tekst")] = None
