"""A training as it happens, written into a workspace as a person's files would hold it: the four
sessions of the example's 2019-01 (3 h each, Tuesdays in March 2019), six participants and their
enrolments with attendance. Used by the tests of the training documents."""

from __future__ import annotations

from pathlib import Path

SESSIONS = """\
[[zajecia]]
id = "2019-01.1"
szkolenie = "2019-01"
data = 2019-03-05
godzina = "10:00"
godziny = 3
temat = "Konto w banku przez internet: logowanie i bezpieczeństwo"

[[zajecia]]
id = "2019-01.2"
szkolenie = "2019-01"
data = 2019-03-12
godzina = "10:00"
godziny = 3
temat = "Przelewy, BLIK i płatności kartą"

[[zajecia]]
id = "2019-01.3"
szkolenie = "2019-01"
data = 2019-03-19
godzina = "10:00"
godziny = 3
miejsce = "Gminny Ośrodek Kultury, sala komputerowa"

[[zajecia]]
id = "2019-01.4"
szkolenie = "2019-01"
data = 2019-03-26
godzina = "10:00"
godziny = 3
temat = "Oszustwa internetowe: jak je rozpoznać"
"""

PARTICIPANTS = """\
[[uczestnik]]
id = "u-001"
imie_nazwisko = "Halina Żurawska"
rok_urodzenia = 1952
plec = "k"
miejscowosc = "Wierzbno Dolne"
zgoda = 2019-02-20

[[uczestnik]]
id = "u-002"
imie_nazwisko = "Józef Adamczyk"
rok_urodzenia = 1958
plec = "m"
miejscowosc = "Kamionka"
niepelnosprawnosc = true
potrzeby = "materiały w powiększonym druku"
zgoda = 2019-02-21

[[uczestnik]]
id = "u-003"
imie_nazwisko = "Alicja Nowak-Przybyszewska"
rok_urodzenia = 1970
miejscowosc = "Olszyny"
zgoda = 2019-02-21

[[uczestnik]]
id = "u-004"
imie_nazwisko = "Stanisław Ćwik"
rok_urodzenia = 1949
plec = "m"
miejscowosc = "Wierzbno Dolne"
zgoda = 2019-02-22

[[uczestnik]]
id = "u-005"
zapomniano = 2019-06-01
grupa_wiekowa = "60+"
plec = "k"

[[uczestnik]]
id = "u-006"
imie_nazwisko = "Teresa Bąk"
rok_urodzenia = 1961
plec = "k"
miejscowosc = "Kamionka"
zgoda = 2019-02-25
"""

ENROLMENTS = """\
[[zapis]]
id = "2019-01.u-001"
szkolenie = "2019-01"
uczestnik = "u-001"
zapisano = 2019-02-20
obecnosc = ["2019-01.1", "2019-01.2", "2019-01.3", "2019-01.4"]

[[zapis]]
id = "2019-01.u-002"
szkolenie = "2019-01"
uczestnik = "u-002"
zapisano = 2019-02-21
obecnosc = ["2019-01.1", "2019-01.2", "2019-01.4"]

[[zapis]]
id = "2019-01.u-003"
szkolenie = "2019-01"
uczestnik = "u-003"
zapisano = 2019-02-21
obecnosc = ["2019-01.1", "2019-01.2", "2019-01.3", "2019-01.4"]

[[zapis]]
id = "2019-01.u-004"
szkolenie = "2019-01"
uczestnik = "u-004"
zapisano = 2019-02-22
obecnosc = ["2019-01.1"]
rezygnacja = 2019-03-10

[[zapis]]
id = "2019-01.u-005"
szkolenie = "2019-01"
uczestnik = "u-005"
zapisano = 2019-02-23
obecnosc = ["2019-01.1", "2019-01.2", "2019-01.3", "2019-01.4"]

[[zapis]]
id = "2019-01.u-006"
szkolenie = "2019-01"
uczestnik = "u-006"
zapisano = 2019-02-25
lista = "rezerwowa"
"""

# who completed 2019-01 (present ≥ 80% of 12 h): u-001 (12 h), u-002 (9 h = 75% — no), u-003
# (12 h), u-005 (forgotten: no certificate); u-004 resigned after the first session
COMPLETED = ["Halina Żurawska", "Alicja Nowak-Przybyszewska"]


def write_training_records(folder: Path, crlf: bool = False) -> Path:
    """Sessions, participants and enrolments of 2019-01 into the workspace folder (as Notepad on
    Windows saves them, with a BOM and CRLF, when crlf)."""
    for name, text in (
        ("zajecia.toml", SESSIONS),
        ("uczestnicy.toml", PARTICIPANTS),
        ("zapisy.toml", ENROLMENTS),
    ):
        data = ("\ufeff" + text.replace("\n", "\r\n")) if crlf else text
        (folder / name).write_bytes(data.encode("utf-8"))
    return folder
