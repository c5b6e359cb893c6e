"""User-facing Polish words shared by several commands: field labels and value words."""

from __future__ import annotations

FIELD_LABELS: dict[str, str] = {
    "id": "identyfikator",
    "nazwa": "nazwa",
    "rodzaj": "rodzaj",
    "osoba_kontaktowa": "osoba kontaktowa",
    "email": "e-mail",
    "telefon": "telefon",
    "adres": "adres",
    "www": "strona www",
    "data_przystapienia": "data przystąpienia",
    "dokument": "dokument",
    "zasoby": "zasoby",
    "rola": "rola",
    "notatki": "notatki",
    "data": "data",
    "godzina": "godzina",
    "miejsce": "miejsce",
    "status": "status",
    "tytul": "tytuł",
    "obecni": "obecni partnerzy",
    "liczba_osob": "liczba osób",
    "porzadek": "porządek spotkania",
    "decyzje": "decyzje",
    "zadania": "zadania",
    "lista_obecnosci": "lista obecności",
    "protokol": "protokół / notatka",
    "forma": "forma",
    "wizyta_nr": "numer wizyty",
    "czas": "czas trwania",
    "temat": "temat",
    "udzial": "udział",
    "cykl": "cykl „Mocni w partnerstwie”",
    "uczestnicy": "uczestnicy",
    "data_zawiazania": "data zawiązania",
    "lider": "lider (partner)",
    "obszar": "obszar",
    "grupa_docelowa": "grupa docelowa",
    "godziny": "liczba godzin",
    "termin": "termin",
    "partner": "partner (organizator)",
    "trener": "trener",
    "uczestnicy_plan": "uczestnicy (plan)",
    "rekrutacja": "rekrutacja",
    "dostepnosc": "dostępność",
    "uczestnicy_faktycznie": "uczestnicy (faktycznie)",
}

YES = "tak"
NO = "nie"


# --- emocni status (the seven-item minimum) ---------------------------------------------------

STATE_LABELS: dict[str, str] = {"done": "zrobione", "in_progress": "w toku", "todo": "do zrobienia"}


def plural(n: int, one: str, few: str, many: str) -> str:
    """Polish noun form after a number: 1 spotkanie, 2 spotkania, 5 spotkań (also 12–14 → many)."""
    if n == 1:
        return one
    if n % 10 in (2, 3, 4) and n % 100 not in (12, 13, 14):
        return few
    return many
