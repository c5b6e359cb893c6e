"""The commented files `emocni init` writes: every field explained in Polish, in the file itself."""

from __future__ import annotations

HEADERS: dict[str, str] = {
    "partnerzy.toml": '''\
# Partnerzy gminnego partnerstwa na rzecz edukacji cyfrowej.
# Każdy partner to osobny blok zaczynający się od [[partner]]. Możesz dopisywać partnerów
# tutaj w edytorze tekstu albo poleceniem:  emocni partner add "Nazwa" --type biblioteka
#
# Pola (wymagane: id, nazwa, rodzaj):
#   id                 krótki identyfikator bez spacji i polskich znaków, np. "gok"
#   nazwa              pełna nazwa instytucji
#   rodzaj             szkola, przedszkole, swietlica, dom_kultury (GOK/MOK), biblioteka, osp,
#                      stowarzyszenie, fundacja, kgw, urzad_gminy, ops (GOPS/MOPS),
#                      klub_seniora (także UTW), parafia, firma, inna
#   osoba_kontaktowa   imię i nazwisko osoby do kontaktu
#   email, telefon, adres, www
#   data_przystapienia data przystąpienia do partnerstwa, np. 2018-01-16 (bez cudzysłowu)
#   dokument           np. "porozumienie partnerskie", "deklaracja przystąpienia", "list intencyjny"
#   zasoby             lista tego, co partner wnosi, np. ["sala na 30 osób", "rzutnik"]
#   rola               rola w partnerstwie, np. "rekrutacja seniorów"
#   notatki            dowolny tekst; wiele linii zapisz w potrójnym cudzysłowie """ … """
#
# Przykład:
# [[partner]]
# id = "gok"
# nazwa = "Gminny Ośrodek Kultury"
# rodzaj = "dom_kultury"
# data_przystapienia = 2018-01-16
# zasoby = ["sala na 30 osób", "rzutnik"]
''',
    "spotkania.toml": '''\
# Spotkania partnerstwa (w tym spotkanie inicjujące).
# Każde spotkanie to blok [[spotkanie]]. Polecenie:  emocni meeting add --date 21.11.2017 --kind inicjujace
#
# Pola (wymagane: id, data):
#   id               identyfikator, domyślnie data spotkania, np. "2017-11-21"
#   data             data spotkania, np. 2017-11-21 (bez cudzysłowu)
#   godzina          np. "17:00"
#   miejsce          np. "Gminna Biblioteka Publiczna, czytelnia"
#   rodzaj           inicjujace, podpisanie_porozumienia, robocze, planistyczne, podsumowujace, inne
#   status           planowane, odbyte, odwolane — dowodem w `emocni status` jest tylko „odbyte”
#   tytul            krótki tytuł spotkania (opcjonalnie)
#   obecni           lista id partnerów obecnych na spotkaniu, np. ["gbp", "gok"]
#   liczba_osob      ile osób przyszło
#   porzadek         porządek spotkania: lista punktów
#   notatki          notatka lub protokół; wiele linii w potrójnym cudzysłowie """ … """
#   decyzje          lista podjętych decyzji
#   zadania          lista zadań (kto, co, do kiedy)
#   lista_obecnosci  true, jeśli jest podpisana lista obecności
#   protokol         true, jeśli sporządzono protokół / notatkę
''',
    "konsultacje.toml": """\
# Wsparcie animatora: dwie wizyty konsultacyjne w gminie (ok. 4 h każda)
# oraz doradztwo telefoniczne / online (ok. 8 h łącznie na gminę).
# Polecenie:  emocni consultation add --form wizyta --visit 1 --date 06.03.2018 --duration 4h --held
#
# Pola (wymagane: id, data, forma):
#   id         identyfikator, np. "wizyta-1" albo "telefon-2018-05-14"
#   data       data konsultacji, np. 2018-03-06 (bez cudzysłowu)
#   godzina    np. "10:00"
#   forma      wizyta, online, telefon
#   wizyta_nr  1 albo 2 — tylko dla wizyt w gminie
#   czas       czas trwania, np. "4h", "90m", "1h30m", "1,5h"
#   status     planowane, odbyte, odwolane
#   miejsce    miejsce wizyty
#   temat      czego dotyczyła konsultacja
#   notatki    dowolny tekst
""",
    "webinaria.toml": """\
# Udział w webinariach, przede wszystkim z cyklu „Mocni w partnerstwie”.
# Obejrzenie nagrania też się liczy, ale zapisujemy je jako udzial = "nagranie".
# Polecenie:  emocni webinar add "Plan bez tajemnic" --date 12.09.2018
#
# Pola (wymagane: id, tytul, data):
#   id          identyfikator, domyślnie z tytułu
#   tytul       tytuł webinarium
#   data        data webinarium lub obejrzenia nagrania, np. 2018-09-12 (bez cudzysłowu)
#   udzial      na_zywo albo nagranie
#   cykl        true, jeśli to webinarium z cyklu „Mocni w partnerstwie” (domyślnie true)
#   uczestnicy  kto z gminy brał udział, np. ["Marta Sobczak"]
#   notatki     dowolny tekst
""",
}

CONFIG_HEADER = """\
# Przestrzeń robocza emocni — dane gminy i partnerstwa.
# Plik możesz edytować w dowolnym edytorze tekstu (np. Notatnik), zapisując w UTF-8.
# Po zmianach sprawdź pliki poleceniem:  emocni check
# Daty zapisuj bez cudzysłowu w formacie RRRR-MM-DD, np. 2018-01-16.

# Wersja formatu plików — nie zmieniaj.
"""

CONFIG_COMMENTS: dict[str, str] = {
    "gmina": "Gmina: nazwa (wymagana), teryt (7 cyfr, opcjonalnie), powiat, wojewodztwo,\n"
    "liczba_mieszkancow, typ (wiejska / miejsko-wiejska / miejska).",
    "partnerstwo": "Partnerstwo: nazwa, data_zawiazania (data powołania partnerstwa),\n"
    'dokument (np. "porozumienie partnerskie"), lider (id partnera-lidera).',
    "emocarz": "e-Mocarz — lider partnerstwa: imie_nazwisko (wymagane), instytucja, email, telefon.",
    "animator": "Regionalny animator partnerstw: imie_nazwisko (wymagane), email, telefon.",
    "plan": "Trzyletni plan szkoleń: rok_poczatkowy — plan obejmuje ten rok i dwa kolejne.",
    "wymagania": "Progi wariantu minimum używane przez `emocni status` (możesz je zmienić):\n"
    "  min_partnerow   — ilu partnerów musi przystąpić (domyślnie 3)\n"
    "  min_spotkan     — ile spotkań partnerstwa musi się odbyć (domyślnie 2)\n"
    "  min_webinariow  — w ilu webinariach cyklu trzeba wziąć udział (domyślnie 2)\n"
    "  budzet_zdalny_h — budżet godzin doradztwa telefonicznego/online (domyślnie 8)\n"
    "  cel_uczestnikow — ilu mieszkańców chcemy przeszkolić (opcjonalnie)",
}


def initial_text(name: str) -> str:
    """The commented text a workspace file starts from when emocni creates it."""
    from emocni_cli.workspace.plan_starter_files import plan_file_text

    return HEADERS.get(name) or plan_file_text(name) or ""
