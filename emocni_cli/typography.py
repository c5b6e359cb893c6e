"""Polish typography: which words are kept together on a line. One home for the rule, used by
the terminal (status wraps its lines with it) and by every rendered document (documents/typeset.py).

glue() only turns ordinary spaces into non-breaking ones, so the text keeps its length: a
document can split the result back over the runs it came from."""

from __future__ import annotations

import re

NBSP = "\u00a0"

# after a number, kept with it: "8 h", "30 min", "150 zł", "37 osób", "16 stycznia"
UNITS = (
    "h min godz. zł gr km m kg % os. osób osoby osoba szt. "
    "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia"
)
_UNIT = "|".join(re.escape(unit) for unit in sorted(UNITS.split(), key=len, reverse=True))

_RULES = (
    (re.compile(r"(?<!\S)([aiouwzAIOUWZ]) "), "\\1" + NBSP),  # one-letter words ("z", "w"), not the unit h
    (re.compile(rf"(\d) (?=(?:{_UNIT})(?!\w))"), "\\1" + NBSP),  # a number and its unit
    (re.compile(r"\b(h|min) (?=z\s\d)"), "\\1" + NBSP),  # "2 h 30 min z 8 h" in one piece
    (re.compile(r"(\d{4}) (?=r\.)"), "\\1" + NBSP),  # "2018 r." — the year keeps its "r."
    (re.compile(r" (?=— )"), NBSP),  # a dash never starts a line
    # a word before a short number: "nr 3", "jeszcze 1"; a year may go to the next line
    # ("październik 2019" in a narrow column), as it would otherwise split inside a word
    (re.compile(r"(?<=\w) (?=\d{1,3}(?!\d))"), NBSP),
)

# hyphens that never end a line: "e-Mocarz", "e-Mocni", "e-usługi" (after the prefix) and a
# postal code "22-415"; a match is the hyphen itself
NO_BREAK_HYPHEN = re.compile(r"(?<=(?<![\w-])[eE])-(?=\w)|(?<=(?<![\w-])\d\d)-(?=\d{3}(?!\d))")


def glue(text: str) -> str:
    """text with non-breaking spaces where Polish typography keeps words together."""
    for pattern, replacement in _RULES:
        text = pattern.sub(replacement, text)
    return text
