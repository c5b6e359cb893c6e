"""What goes into the templates: paragraphs of multi-line text, dates, numbers, safe characters."""

from __future__ import annotations

import pytest

from emocni_cli.documents.context import number, paragraphs, text
from emocni_cli.documents.plan import format_termin


def test_a_line_per_paragraph_when_there_are_no_blank_lines():
    typed = "Diagnoza na podstawie ankiety.\nBariery:\n- brak sprzętu,\n* dojazd\n• obawy\n2) cena internetu"
    assert paragraphs(typed) == [
        "Diagnoza na podstawie ankiety.",
        "Bariery:",
        "– brak sprzętu,",
        "– dojazd",
        "– obawy",
        "2) cena internetu",
    ]


def test_indented_lines_continue_the_list_item():
    typed = "1. Mieszkańcy 50+ korzystają z bankowości\n   i e-usług.\n2. Seniorzy rozmawiają z bliskimi."
    assert paragraphs(typed) == [
        "1. Mieszkańcy 50+ korzystają z bankowości i e-usług.",
        "2. Seniorzy rozmawiają z bliskimi.",
    ]


def test_text_wrapped_by_hand_is_joined_between_blank_lines():
    typed = """
    Diagnozę przygotowaliśmy wiosną 2018 r. Na spotkaniu 10 kwietnia 2018 r.
    podsumowaliśmy ankietę.

    Bariery:
    - brak sprzętu
      w domu,
    - dojazd.
    """
    assert paragraphs(typed) == [
        "Diagnozę przygotowaliśmy wiosną 2018 r. Na spotkaniu 10 kwietnia 2018 r. podsumowaliśmy ankietę.",
        "Bariery:",
        "– brak sprzętu w domu,",
        "– dojazd.",
    ]


def test_a_line_going_on_in_lower_case_shows_text_wrapped_by_hand():
    typed = (
        "Szkolenia w małych grupach, 6–12 godzin\nzegarowych, po południu.\nDla rodziców — zajęcia online."
    )
    assert paragraphs(typed) == [
        "Szkolenia w małych grupach, 6–12 godzin zegarowych, po południu. Dla rodziców — zajęcia online."
    ]


def test_a_paragraph_may_begin_with_an_e_word():
    typed = "Koordynuje biblioteka.\ne-Mocarz zbiera listy obecności."
    assert paragraphs(typed) == ["Koordynuje biblioteka.", "e-Mocarz zbiera listy obecności."]


def test_nothing_gives_no_paragraphs():
    assert paragraphs(None) == paragraphs("  \n\n ") == []


def test_characters_xml_cannot_hold_are_dropped():
    assert text("Zebranie\x0bKGW\x00 & <spotkanie>") == "ZebranieKGW & <spotkanie>"
    assert paragraphs("a\x0c\nb") == ["a", "b"]


@pytest.mark.parametrize(
    ("value", "shown"), [(None, ""), (12, "12"), (12.0, "12"), (7.5, "7,5"), (0.25, "0,25"), (1500, "1500")]
)
def test_numbers_use_the_polish_decimal_comma(value, shown):
    assert number(value) == shown


@pytest.mark.parametrize(
    ("termin", "shown"),
    [
        ("2019-03", "marzec 2019"),
        ("2019-11", "listopad 2019"),
        ("2019-05-14", "14.05.2019"),
        ("2019-13", "2019-13"),
        ("12–14.03.2019", "12–14.03.2019"),
        (None, ""),
    ],
)
def test_training_dates_are_shown_the_polish_way(termin, shown):
    assert format_termin(termin) == shown
