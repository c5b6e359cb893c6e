"""The commented files `emocni init` writes: every field explained in Polish, in the file itself."""

from __future__ import annotations

from pydantic import BaseModel

from emocni_cli.model.fields import comment
from emocni_cli.model.records import Consultation, Meeting, Partner, Webinar


def field_lines(model: type[BaseModel], width: int, **values: str | int) -> str:
    """The "Pola" block of a records file, from the comments declared on the model's fields: one
    line a field, fields without a comment named together on one line (email, telefon, …).
    `values` fill the {placeholders} of the comments (a plan's {year})."""
    required = ", ".join(name for name, info in model.model_fields.items() if info.is_required())
    lines = [f"# Pola (wymagane: {required}):"]
    unexplained: list[str] = []
    for name in model.model_fields:
        text = comment(model, name)
        if text is not None and values:
            text = text.format(**values)
        if text is None:
            unexplained.append(name)
            continue
        if unexplained:
            lines.append("#   " + ", ".join(unexplained))
            unexplained = []
        first, *more = text.split("\n")
        lines.append(f"#   {name:<{width}}{first}")
        lines += ["#   " + " " * width + line for line in more]
    if unexplained:
        lines.append("#   " + ", ".join(unexplained))
    return "\n".join(lines) + "\n"


def _headers() -> dict[str, str]:
    return {
        "partnerzy.toml": f"""\
# Partnerzy gminnego partnerstwa na rzecz edukacji cyfrowej.
# Każdy partner to osobny blok zaczynający się od [[partner]]. Możesz dopisywać partnerów
# tutaj w edytorze tekstu albo poleceniem:  emocni partner add "Nazwa" --type biblioteka
#
{field_lines(Partner, 19)}#
# Przykład:
# [[partner]]
# id = "gok"
# nazwa = "Gminny Ośrodek Kultury"
# rodzaj = "dom_kultury"
# data_przystapienia = 2018-01-16
# zasoby = ["sala na 30 osób", "rzutnik"]
""",
        "spotkania.toml": f"""\
# Spotkania partnerstwa (w tym spotkanie inicjujące).
# Każde spotkanie to blok [[spotkanie]]. Polecenie:  emocni meeting add --date 21.11.2017 --kind inicjujace
#
{field_lines(Meeting, 17)}""",
        "konsultacje.toml": f"""\
# Wsparcie animatora: dwie wizyty konsultacyjne w gminie (ok. 4 h każda)
# oraz doradztwo telefoniczne / online (ok. 8 h łącznie na gminę).
# Polecenie:  emocni consultation add --form wizyta --visit 1 --date 06.03.2018 --duration 4h --held
#
{field_lines(Consultation, 11)}""",
        "webinaria.toml": f"""\
# Udział w webinariach, przede wszystkim z cyklu „Mocni w partnerstwie”.
# Obejrzenie nagrania też się liczy, ale zapisujemy je jako udzial = "nagranie".
# Polecenie:  emocni webinar add "Plan bez tajemnic" --date 12.09.2018 --held
#
{field_lines(Webinar, 12)}""",
    }


# The commented records files `emocni init` writes, by file name.
HEADERS: dict[str, str] = _headers()

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
    "miejsce_zawarcia (miejscowość zawarcia porozumienia; domyślnie nazwa gminy),\n"
    'dokument (np. "porozumienie partnerskie"), lider (id partnera-lidera).',
    "emocarz": "e-Mocarz — lider partnerstwa: imie_nazwisko (wymagane), instytucja, email, telefon.",
    "animator": "Regionalny animator partnerstw: imie_nazwisko (wymagane), email, telefon.",
    "plan": "Trzyletni plan szkoleń: rok_poczatkowy — plan obejmuje ten rok i dwa kolejne.",
    "wymagania": "Progi wariantu minimum używane przez `emocni status` (możesz je zmienić):\n"
    "  min_partnerow   — ilu partnerów musi przystąpić (domyślnie 3)\n"
    "  min_spotkan     — ile spotkań partnerstwa musi się odbyć (domyślnie 2)\n"
    "  min_webinariow  — w ilu webinariach cyklu trzeba wziąć udział (domyślnie 2)\n"
    "  budzet_zdalny_h — budżet godzin doradztwa telefonicznego/online (domyślnie 8)\n"
    "  cel_uczestnikow — ilu mieszkańców chcemy przeszkolić (opcjonalnie)\n"
    "  prog_ukonczenia — na ilu procentach godzin szkolenia trzeba być, by je ukończyć (domyślnie 80)",
    "projekt": "Projekt, w którym działa partnerstwo, tak jak nazywają go dokumenty:\n"
    "  nazwa       — nazwa projektu\n"
    "  numer_umowy — numer umowy o dofinansowanie (dokumenty projektu unijnego go podają)",
}


def _later_headers() -> dict[str, str]:
    """Files `init` does not write: the first command that needs one creates it."""
    from emocni_cli.model.trainings import Enrolment, Participant, Session

    return {
        "zajecia.toml": f"""\
# Zajęcia szkoleń z planów rocznych: każde zajęcia to blok [[zajecia]] (data, godzina, liczba godzin).
# Termin i liczba godzin szkolenia, które ma zajęcia, wynikają z jego zajęć.
# Polecenie:  emocni training session add 2019-01 --date 05.03.2019 --time 10:00 --hours 3 --count 4
#
{field_lines(Session, 11)}""",
        "uczestnicy.toml": f"""\
# Uczestnicy szkoleń — DANE OSOBOWE (RODO). Nie wysyłaj tego pliku nikomu: raporty, kalendarz
# i status pokazują tylko liczby. Każda osoba to blok [[uczestnik]]; zapisz ją dopiero wtedy,
# gdy podpisała deklarację uczestnictwa z klauzulą RODO (pole zgoda).
# Polecenie:  emocni participant add "Imię Nazwisko" --birth-year 1956 --consent 20.02.2019
# Usunięcie danych jednej osoby: emocni participant forget u-001 (numer i liczby zostają).
#
{field_lines(Participant, 19)}""",
        "zapisy.toml": f"""\
# Zapisy na szkolenia i obecność na zajęciach — same numery, bez danych osobowych.
# Polecenia:  emocni training enrol 2019-01 u-001 u-002
#             emocni training attendance 2019-01 --session 1 --present u-001 u-002
#
{field_lines(Enrolment, 11)}""",
    }


def initial_text(name: str) -> str:
    """The commented text a workspace file starts from when emocni creates it."""
    from emocni_cli.workspace.plan_starter_files import plan_file_text

    return HEADERS.get(name) or _later_headers().get(name) or plan_file_text(name) or ""
