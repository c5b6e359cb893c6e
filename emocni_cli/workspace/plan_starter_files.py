"""The commented texts plan files start from: what to write in each section of the general part,
and every field of an annual plan, explained in Polish inside the file itself."""

from __future__ import annotations

import re
import textwrap

from emocni_cli.model.plan import GENERAL_FILE, MIN_WORDS, SECTIONS
from emocni_cli.model.training import Training
from emocni_cli.model.vocabularies import TRAINING_AREAS, fold
from emocni_cli.workspace.starter_files import field_lines

GUIDANCE: dict[str, str] = {
    "diagnoza": """\
Jakich umiejętności cyfrowych potrzebują mieszkańcy i skąd to wiecie. Podaj źródła diagnozy:
ankiety wśród mieszkańców (ile ankiet zebrano, kiedy), wiedzę partnerów (GOPS, szkoła, KGW,
biblioteka…), dane statystyczne (GUS, Bank Danych Lokalnych, dane gminy), rozmowy i spotkania.
Opisz grupy zagrożone wykluczeniem cyfrowym (np. seniorzy, osoby z niepełnosprawnościami,
mieszkańcy odległych sołectw, bezrobotni) i bariery: brak sprzętu lub internetu, dojazd,
obawy przed oszustwami, brak wiary we własne siły, opieka nad dziećmi.""",
    "cele": """\
Co ma się zmienić w gminie dzięki szkoleniom — 2–5 konkretnych celów, np. „mieszkańcy 50+
samodzielnie i bezpiecznie korzystają z bankowości internetowej i e-usług publicznych”.""",
    "wskazniki": """\
Liczby, po których poznacie, że cele są osiągnięte: przede wszystkim ilu mieszkańców
przeszkolicie (cel z emocni.toml, [wymagania] cel_uczestnikow), ile szkoleń i godzin w każdym
roku, ile osób z grup zagrożonych wykluczeniem cyfrowym. Ta sekcja musi zawierać liczby.""",
    "grupy_docelowe": """\
Do kogo kierujecie szkolenia i dlaczego: np. dorośli 50+, seniorzy, rodzice, rolnicy,
osoby z niepełnosprawnościami, osoby bezrobotne. Przy każdej grupie — kto pomoże do niej dotrzeć
(np. GOPS, KGW, klub seniora).""",
    "obszary": """\
Obszary szkoleń według „Ramowego katalogu kompetencji cyfrowych”: praca i rozwój zawodowy,
relacje z bliskimi, edukacja, odpoczynek i hobby, zdrowie, finanse, religia i potrzeby duchowe,
sprawy codzienne, zaangażowanie obywatelskie — oraz własne tematy. Przy obszarze napisz, dlaczego.""",
    "formy": """\
Formy szkoleń: stacjonarne, online, mieszane; ile godzin trwa szkolenie, ile osób w grupie,
gdzie się odbywa, jaki sprzęt jest potrzebny, kiedy w tygodniu i o jakiej porze.""",
    "zasoby_partnerow": """\
Co wnoszą partnerzy: sale, komputery, internet, trenerzy, wolontariusze, kanały promocji,
dostęp do grup mieszkańców. Kto za co odpowiada (role partnerów). Lista partnerów jest
w partnerzy.toml — tu opisz, jak wykorzystacie ich zasoby.""",
    "promocja_rekrutacja": """\
Jak mieszkańcy dowiedzą się o szkoleniach (strona gminy, plakaty, sołtysi, ogłoszenia
parafialne, Facebook, szkoła przez uczniów) i kto zapisuje uczestników (np. GOPS seniorów,
KGW kobiety 50+, biblioteka czytelników).""",
    "koordynacja_monitoring": """\
Kto koordynuje realizację planu (e-Mocarz), jak często spotyka się partnerstwo, jak
zbieracie listy obecności i ankiety po szkoleniach, kiedy przeglądacie i poprawiacie
roczne plany szkoleń.""",
    "ryzyka_trwalosc": """\
Co może przeszkodzić (mało chętnych, brak trenerów, awaria sprzętu, zła pogoda zimą)
i co wtedy zrobicie. Jak edukacja cyfrowa będzie trwać po zakończeniu projektu e-Mocni
(grudzień 2019): kto, gdzie, za jakie środki.""",
    "rekomendacje": """\
Sekcja wymagana. Rekomendacje dalszego rozwoju edukacji cyfrowej w gminie: co gmina
i partnerzy powinni robić dalej, np. stały punkt pomocy cyfrowej w bibliotece, szkolenia
co roku, wpisanie edukacji cyfrowej do strategii gminy, szkolenie kolejnych trenerów.""",
}

GENERAL_HEADER = """\
# Część ogólna trzyletniego planu szkoleń gminnego partnerstwa na rzecz edukacji cyfrowej.
# Przygotowuje ją e-Mocarz z partnerami, akceptuje regionalny animator, a e-Mocarz wgrywa ją
# na platformę e-Mocni.
#
# Okres planu (trzy lata) wynika z emocni.toml: [plan] rok_poczatkowy. Dane podstawowe (gmina,
# powiat, województwo, e-Mocarz, animator) są w emocni.toml, a partnerzy w partnerzy.toml —
# nie przepisuj ich tutaj, dokument planu weźmie je stamtąd.
#
# Każdą sekcję wpisz między potrójnymi cudzysłowami \"\"\" … \"\"\" — może mieć wiele linii
# i akapitów. Zamiast edytować plik możesz też użyć polecenia, np.:
#   emocni plan set diagnoza --file diagnoza.txt
# Czy plan jest gotowy do wysłania animatorowi, sprawdzisz poleceniem:  emocni plan check
# Plik zapisuj w kodowaniu UTF-8.
"""

ACCEPTANCE_COMMENT = """\
# Przebieg akceptacji. Najprościej zapisywać go poleceniami — pilnują właściwej kolejności:
#   emocni plan mark sent      → przekazano_animatorowi: data wysłania planu animatorowi
#   emocni plan mark accepted  → zaakceptowano: data akceptacji planu przez animatora
#   emocni plan mark uploaded  → wgrano_na_platforme: data wgrania planu na platformę e-Mocni
# uwagi_animatora — uwagi animatora do planu (tekst w cudzysłowie).
# Daty zapisuj bez cudzysłowu, np.:  zaakceptowano = 2018-06-20
"""


def _comment(text: str) -> str:
    return "".join(f"# {line}\n" for line in text.splitlines())


def general_template() -> str:
    """plan-ogolny.toml as `emocni plan init` writes it: guidance and an empty text per section."""
    parts = [GENERAL_HEADER]
    for key, title in SECTIONS.items():
        parts.append(f"\n# ─── {title} ───\n")
        parts.append(_comment(GUIDANCE[key]))
        parts.append(f"# (emocni plan check wymaga co najmniej {MIN_WORDS[key]} słów)\n")
        parts.append(f'{key} = """\n"""\n')
    parts.append(f"\n[akceptacja]\n{ACCEPTANCE_COMMENT}")
    return "".join(parts)


def annual_header(year: int) -> str:
    """The commented top of plan-ROK.toml: every field of a training explained."""
    named = [
        key if fold(label) == key else f"{key} ({label})" for key, label in TRAINING_AREAS.labels.items()
    ]
    areas = "\n".join(textwrap.wrap(", ".join(named), 100 - len("#   ") - 23))
    prev = year - 1
    return f"""\
# Roczny plan szkoleń na rok {year} — część szczegółowa trzyletniego planu szkoleń.
# Każde szkolenie to osobny blok zaczynający się od [[szkolenie]]. Możesz dopisywać je tutaj
# w edytorze tekstu albo poleceniem:
#   emocni training add --year {year} --title "Bankowość internetowa" --area finanse --hours 12
# Po szkoleniu zapisz jego datę i ilu uczestników przyszło:
#   emocni training done {year}-01 --participants 12 --date {year}-03-28
#
# przyjeto = data przyjęcia tego planu przez partnerstwo, np. przyjeto = {prev}-10-23 (bez cudzysłowu,
#            na początku pliku, przed pierwszym [[szkolenie]]); polecenie: emocni plan adopt {year}.
#            Od tej daty `emocni status` liczy plan jako gotowy; bez niej — jeszcze nie.
#
{field_lines(Training, 23, year=year, areas=areas)}"""


_ANNUAL = re.compile(r"^plan-(\d{4})\.toml$")


def plan_file_text(name: str) -> str | None:
    """The starting text of a plan file emocni creates, or None when name is not a plan file."""
    if name == GENERAL_FILE:
        return general_template()
    if m := _ANNUAL.match(name):
        return annual_header(int(m[1]))
    return None
