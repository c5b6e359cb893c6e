"""The usual slips of a person editing a file by hand get an explanation in their own terms, at
the right line — and a valid line is never blamed."""

from __future__ import annotations

import pytest

from tests.cli_asserts import refused
from tests.helpers import Cli

RECORD = '[[partner]]\nid = "gok"\nnazwa = "Gminny Ośrodek Kultury"\nrodzaj = "dom_kultury"\n'


@pytest.mark.parametrize(
    ("line", "message", "hint"),
    [
        ("data_przystapienia = 2018-02-30", "niepoprawna data 2018-02-30", "RRRR-MM-DD"),
        ("data_przystapienia = 16.01.2018", "niepoprawna data 16.01.2018", '"12.03.2018"'),
        ("data_przystapienia = 16 stycznia 2018", "niepoprawna data 16 stycznia 2018", "bez cudzysłowu"),
        ("lista = tak", "„tak” — tak/nie zapisuje się jako true albo false", "lista = true (tak)"),
        ('osoba kontaktowa = "Agnieszka"', "nazwa pola „osoba kontaktowa”", "osoba_kontaktowa"),
        ('imię = "Agnieszka"', "nazwa pola „imię”", "bez polskich znaków"),
        ("rola = „miejsce szkoleń”", "cudzysłowie drukarskim", 'rola = "…"'),
        ("rola =", "po „rola =” brakuje wartości", 'wpisz wartość, np. rola = "…"'),
        ("rola =   # do uzupełnienia", "po „rola =” brakuje wartości", "usuń cały wiersz"),
        ("rola = miejsce szkoleń", "tekst musi być w cudzysłowie", "wzór zapisu"),
        ('rola = "miejsce szkoleń', "niezamknięty cudzysłów", "wzór zapisu"),
        ('zasoby = ["sala", "rzutnik"', "niezamknięta lista", "wzór zapisu"),
    ],
)
def test_a_hand_slip_is_explained_at_its_line(cli: Cli, line: str, message: str, hint: str) -> None:
    (cli.folder / "partnerzy.toml").write_text(RECORD + line + "\n", encoding="utf-8")
    refused(cli("check"), 3, "partnerzy.toml:5", message, hint)


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("rola = 'miejsce szkoleń", "niezamknięty apostrof"),
        ("notatki = '''Pierwsza linia", "niezamknięty tekst wielowierszowy"),
        ('notatki = """Pierwsza linia', "niezamknięty cudzysłów"),
    ],
)
def test_unclosed_text_is_blamed_on_the_line_that_opened_it(cli: Cli, line: str, message: str) -> None:
    """tomllib reports the end of the file; the person needs the line where the text began."""
    rest = 'druga linia notatki\n\n[[partner]]\nid = "gops"\nnazwa = "GOPS"\nrodzaj = "ops"\n'
    (cli.folder / "partnerzy.toml").write_text(RECORD + line + "\n" + rest, encoding="utf-8")
    text = refused(cli("check"), 3, "partnerzy.toml:5:", message)
    assert "Expected" not in text


@pytest.mark.parametrize("first_single", [True, False])
def test_a_record_begun_with_single_brackets_is_pointed_out(cli: Cli, first_single: bool) -> None:
    other = '[[partner]]\nid = "gops"\nnazwa = "GOPS"\nrodzaj = "ops"\n'
    single = RECORD.replace("[[partner]]", "[partner]")
    text = single + "\n" + other if first_single else other + "\n" + single
    (cli.folder / "partnerzy.toml").write_text(text, encoding="utf-8")
    line = 1 if first_single else 6
    refused(
        cli("check"),
        3,
        f"partnerzy.toml:{line}:",
        "nagłówek [partner] w pojedynczych nawiasach",
        "zmień ten wiersz na [[partner]]",
    )


def test_a_valid_date_is_not_blamed_for_a_duplicate_key(cli: Cli) -> None:
    lines = "data_przystapienia = 2018-01-16\ndata_przystapienia = 2018-01-17\n"
    (cli.folder / "partnerzy.toml").write_text(RECORD + lines, encoding="utf-8")
    message = refused(cli("check"), 3, "partnerzy.toml:6", "ten klucz występuje dwukrotnie")
    assert "niepoprawna data" not in message
