"""Closed vocabularies: canonical ASCII values stored in files, Polish labels, and the aliases
people actually type (with or without Polish letters, common abbreviations)."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from emocni_cli.model.statuses import (
    EVENT_CANCELLED,
    EVENT_HELD,
    EVENT_PLANNED,
    MAIN_LIST,
    TRAINING_CANCELLED,
    TRAINING_DONE,
    TRAINING_PLANNED,
    WAITING_LIST,
)
from emocni_cli.polish import quoted

_PL_EXTRA = str.maketrans({"ł": "l", "Ł": "L"})


def fold(text: str) -> str:
    """Lower-case ASCII form of a phrase: 'Dom Kultury (GOK)' -> 'dom_kultury_gok'."""
    text = unicodedata.normalize("NFKD", text.translate(_PL_EXTRA))
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "_", text).strip("_")


# short words that cannot end a shortened id ("gminna-biblioteka-publiczna-w" says nothing more)
LINKING_WORDS = frozenset(
    ("a", "i", "o", "u", "w", "we", "z", "ze", "na", "do", "od", "po", "dla", "im", "oraz", "przy")
)


def join_within(words: list[str], max_len: int) -> str:
    """Words joined by "-", cut at a word boundary to at most max_len characters, never ending
    with a linking word; a first word longer than max_len is cut itself."""
    kept: list[str] = []
    for word in words:
        if kept and len("-".join([*kept, word])) > max_len:
            break
        kept.append(word)
    while len(kept) > 1 and kept[-1] in LINKING_WORDS:
        kept.pop()
    return "-".join(kept)[:max_len].strip("-")


def slugify(text: str, max_len: int = 32) -> str:
    """Short, stable, readable id: 'Szkoła Podstawowa w Olszynach' -> 'szkola-podstawowa-w-olszynach'."""
    return join_within([w for w in fold(text).split("_") if w], max_len) or "rekord"


@dataclass(frozen=True)
class Vocabulary:
    """One closed list of values, e.g. the kinds of partner."""

    what: str  # Polish description used in messages, e.g. "rodzaj partnera"
    labels: dict[str, str]  # canonical value -> Polish label
    aliases: dict[str, str] = field(default_factory=dict)  # folded alias -> canonical

    def parse(self, text: str) -> str:
        """Canonical value for what a person typed; ValueError (Polish) listing valid values."""
        if text in self.labels:  # already canonical: the common case when loading files
            return text
        key = fold(str(text))
        if key in self.labels:
            return key
        if key in self.aliases:
            return self.aliases[key]
        for value, label in self.labels.items():
            if fold(label) == key:
                return value
        # "forma konsultacji" is feminine: Polish nouns ending in -a mostly are
        unknown = "nieznana" if self.what.split()[0].endswith("a") else "nieznany"
        raise ValueError(f"{unknown} {self.what} {quoted(text)}; dozwolone: {self.choices()}")

    def label(self, value: str) -> str:
        return self.labels.get(value, value)

    def choices(self) -> str:
        return ", ".join(self.labels)


PARTNER_KINDS = Vocabulary(
    "rodzaj partnera",
    {
        "szkola": "szkoła",
        "przedszkole": "przedszkole",
        "swietlica": "świetlica",
        "dom_kultury": "dom kultury",
        "biblioteka": "biblioteka",
        "osp": "OSP",
        "stowarzyszenie": "stowarzyszenie",
        "fundacja": "fundacja",
        "kgw": "KGW",
        "urzad_gminy": "urząd gminy",
        "ops": "ośrodek pomocy społecznej",
        "klub_seniora": "klub seniora / UTW",
        "parafia": "parafia",
        "firma": "firma",
        "inna": "inna",
    },
    {
        "szkola_podstawowa": "szkola",
        "sp": "szkola",
        "liceum": "szkola",
        "zespol_szkol": "szkola",
        "gok": "dom_kultury",
        "mok": "dom_kultury",
        "mgok": "dom_kultury",
        "ck": "dom_kultury",
        "osrodek_kultury": "dom_kultury",
        "gminny_osrodek_kultury": "dom_kultury",
        "centrum_kultury": "dom_kultury",
        "gbp": "biblioteka",
        "mbp": "biblioteka",
        "mgbp": "biblioteka",
        "biblioteka_publiczna": "biblioteka",
        "ochotnicza_straz_pozarna": "osp",
        "straz": "osp",
        "kolo_gospodyn_wiejskich": "kgw",
        "urzad": "urzad_gminy",
        "ug": "urzad_gminy",
        "umig": "urzad_gminy",
        "gmina": "urzad_gminy",
        "gops": "ops",
        "mops": "ops",
        "mgops": "ops",
        "osrodek_pomocy_spolecznej": "ops",
        "utw": "klub_seniora",
        "uniwersytet_trzeciego_wieku": "klub_seniora",
        "klub_seniora_utw": "klub_seniora",
        "kosciol": "parafia",
        "przedsiebiorstwo": "firma",
        "inne": "inna",
        "inny": "inna",
    },
)

MEETING_KINDS = Vocabulary(
    "rodzaj spotkania",
    {
        "inicjujace": "inicjujące",
        "podpisanie_porozumienia": "podpisanie porozumienia",
        "robocze": "robocze",
        "planistyczne": "planistyczne",
        "podsumowujace": "podsumowujące",
        "inne": "inne",
    },
    {
        "inicjujace_spotkanie": "inicjujace",
        "spotkanie_inicjujace": "inicjujace",
        "inicjacyjne": "inicjujace",
        "porozumienie": "podpisanie_porozumienia",
        "podpisanie": "podpisanie_porozumienia",
        "planowanie": "planistyczne",
        "plan": "planistyczne",
        "podsumowanie": "podsumowujace",
        "inna": "inne",
    },
)

EVENT_STATUSES = Vocabulary(
    "status",
    {EVENT_PLANNED: "planowane", EVENT_HELD: "odbyte", EVENT_CANCELLED: "odwołane"},
    {
        "planowana": EVENT_PLANNED,
        "plan": EVENT_PLANNED,
        "odbyta": EVENT_HELD,
        "odbyl_sie": EVENT_HELD,
        "odbylo_sie": EVENT_HELD,
        "tak": EVENT_HELD,
        "odwolana": EVENT_CANCELLED,
    },
)

CONSULTATION_FORMS = Vocabulary(
    "forma konsultacji",
    {"wizyta": "wizyta w gminie", "online": "online", "telefon": "telefon"},
    {
        "wizyta_w_gminie": "wizyta",
        "spotkanie": "wizyta",
        "spotkanie_konsultacyjne": "wizyta",
        "internet": "online",
        "wideo": "online",
        "telefoniczna": "telefon",
        "tel": "telefon",
    },
)

WEBINAR_PARTICIPATION = Vocabulary(
    "sposób udziału",
    {"na_zywo": "na żywo", "nagranie": "nagranie"},
    {"live": "na_zywo", "zywo": "na_zywo", "odtworzenie": "nagranie", "z_nagrania": "nagranie"},
)

TRAINING_FORMS = Vocabulary(
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
TRAINING_STATUSES = Vocabulary(
    "status szkolenia",
    {TRAINING_PLANNED: "planowane", TRAINING_DONE: "zrealizowane", TRAINING_CANCELLED: "odwołane"},
    {
        "planowana": TRAINING_PLANNED,
        "odbyte": TRAINING_DONE,
        "odbyla_sie": TRAINING_DONE,
        "zrealizowana": TRAINING_DONE,
        "odwolana": TRAINING_CANCELLED,
    },
)

# The nine areas of the "Ramowy katalog kompetencji cyfrowych". Short keys are stored; a training
# may also name its own theme, which is kept as written.
TRAINING_AREAS = Vocabulary(
    "obszar szkolenia",
    {
        "praca": "praca i rozwój zawodowy",
        "relacje": "relacje z bliskimi",
        "edukacja": "edukacja",
        "hobby": "odpoczynek i hobby",
        "zdrowie": "zdrowie",
        "finanse": "finanse",
        "religia": "religia i potrzeby duchowe",
        "sprawy_codzienne": "sprawy codzienne",
        "zaangazowanie": "zaangażowanie obywatelskie",
    },
    {
        "praca_i_rozwoj": "praca",
        "rozwoj_zawodowy": "praca",
        "bliscy": "relacje",
        "rodzina": "relacje",
        "relacje_z_rodzina": "relacje",
        "nauka": "edukacja",
        "odpoczynek": "hobby",
        "czas_wolny": "hobby",
        "pieniadze": "finanse",
        "bankowosc": "finanse",
        "potrzeby_duchowe": "religia",
        "codzienne": "sprawy_codzienne",
        "codziennosc": "sprawy_codzienne",
        "zaangazowanie_spoleczne": "zaangazowanie",
        "obywatelskie": "zaangazowanie",
        "aktywnosc_obywatelska": "zaangazowanie",
    },
)

# --- trainings as they happen: participants and their enrolments ---------------------------------

SEXES = Vocabulary(
    "płeć",
    {"k": "kobieta", "m": "mężczyzna"},
    {"kobieta": "k", "kobiety": "k", "f": "k", "mezczyzna": "m", "mezczyzni": "m"},
)
ENROLMENT_LISTS = Vocabulary(
    "lista zapisów",
    {MAIN_LIST: "lista główna", WAITING_LIST: "lista rezerwowa"},
    {"podstawowa": MAIN_LIST, "zapisany": MAIN_LIST, "rezerwa": WAITING_LIST, "oczekujacy": WAITING_LIST},
)
# Age groups kept after a person's data is forgotten (age in the year of their first session)
AGE_GROUPS = Vocabulary(
    "grupa wiekowa",
    {"60+": "60 lat i więcej", "50-59": "50–59 lat", "18-49": "18–49 lat", "ponizej-18": "poniżej 18 lat"},
    {"60": "60+", "50": "50-59", "18": "18-49"},
)
