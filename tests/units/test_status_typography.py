"""How status keeps Polish words together on a line: one-letter words and units, never more."""

from __future__ import annotations

from emocni_cli.typography import NBSP, glue


def test_one_letter_words_and_units_stay_with_their_neighbours() -> None:
    glued = glue("wizyty 2 z 2 · doradztwo zdalne 2 h 30 min z 8 h (zostało 5 h 30 min) i w gminie")
    assert f"2{NBSP}h{NBSP}30{NBSP}min{NBSP}z{NBSP}8{NBSP}h" in glued
    assert f"i{NBSP}w{NBSP}gminie" in glued


def test_the_unit_h_is_not_a_one_letter_word() -> None:
    # "h" glued to the next word made the whole consultation line one unbreakable piece
    assert f"8{NBSP}h (zostało" in glue("z 8 h (zostało 5 h)")
