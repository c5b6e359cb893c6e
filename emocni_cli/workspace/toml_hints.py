"""The usual mistakes of a person writing TOML by hand, recognised in the line tomllib stopped at,
so the error says what is wrong in their terms rather than TOML's."""

from __future__ import annotations

import re

from emocni_cli.polish import quoted

_KEY_VALUE = re.compile(r"^\s*([^=#\[]+?)\s*=\s*(.*?)\s*$")
# a value meant as a date: 2018-13-45, 2018-3-12, 12.03.2018, 12 marca 2018 (unquoted)
_DATE_LIKE = re.compile(r"^(\d{1,4}[-./]\d{1,2}[-./]\d{1,4}|\d{1,2}\.?\s+\w+\s+\d{4})\b[^\"']*$")
_YES_NO = {"tak", "nie", "prawda", "fałsz", "falsz", "yes", "no", "t", "n"}
_BARE_KEY = re.compile(r"^[A-Za-z0-9_-]+(\s*\.\s*[A-Za-z0-9_-]+)*$")


def _valid_value(value: str) -> bool:
    import tomllib

    try:
        tomllib.loads(f"v = {value}")
    except tomllib.TOMLDecodeError:
        return False
    return True


def explain(line_text: str) -> tuple[str, str] | None:
    """(what is wrong, how to write it) for a recognised mistake in one line, else None."""
    m = _KEY_VALUE.match(line_text)
    if m is None:
        return None
    key, value = m[1], m[2]
    if not _BARE_KEY.match(key) and not key.startswith(('"', "'")):
        return (
            f"nazwa pola „{key}” może zawierać tylko litery bez polskich znaków, cyfry, _ i -",
            "popraw nazwę pola, np. osoba_kontaktowa, imie_nazwisko (wzór w komentarzach na początku pliku)",
        )
    if (date := _DATE_LIKE.match(value)) and not _valid_value(value):
        return (
            f"niepoprawna data {date[1]} (czy taki dzień istnieje? czy format to RRRR-MM-DD?)",
            "datę zapisz bez cudzysłowu jako RRRR-MM-DD, np. data = 2018-03-12, "
            'albo w cudzysłowie: "12.03.2018"',
        )
    if value.lower() in _YES_NO:
        return (
            f"{quoted(value)} — tak/nie zapisuje się jako true albo false",
            f"napisz {key} = true (tak) albo {key} = false (nie), bez cudzysłowu",
        )
    if not value or value.startswith("#"):
        return (
            f"po „{key} =” brakuje wartości",
            f'wpisz wartość, np. {key} = "…", albo usuń cały wiersz, jeśli pole ma zostać puste',
        )
    if value[0] in "„“”«":
        return (
            'tekst jest w cudzysłowie drukarskim „…” — TOML wymaga zwykłego cudzysłowu "…"',
            f'napisz {key} = "…" (klawisz Shift+\'); cudzysłów „…” może zostać wewnątrz tekstu',
        )
    return None


# tomllib's error for something left open -> how the line that opened it looks
_OPENERS = {
    "Unclosed array": r"=\s*\[",
    "Unclosed inline table": r"=\s*\{",
    "Expected \"'''\"": r"=\s*'''",
    'Expected "\'"': r"=\s*'[^']*$",
    "Unterminated string": r'=\s*"""',  # a one-line "text reports its own line
}


def opening_line(lines: list[str], line: int, english: str) -> int | None:
    """For an unclosed [list], {table} or text (tomllib reports where the file ends): the line that
    opened it."""
    opener = next((o for start, o in _OPENERS.items() if english.startswith(start)), None)
    if opener is None:
        return None
    for index in range(min(line, len(lines)) - 1, -1, -1):
        if re.search(opener, lines[index]):
            return index + 1
    return None


def _header(name: str, double: bool) -> re.Pattern[str]:
    brackets = (r"\[\[", r"\]\]") if double else (r"\[(?!\[)", r"\](?!\])")
    return re.compile(rf"^\s*{brackets[0]}\s*{re.escape(name)}\s*{brackets[1]}\s*(#.*)?$")


def mixed_headers(lines: list[str], line: int) -> tuple[int, tuple[str, str]] | None:
    """Records of one file begun once with [partner] and once with [[partner]] (tomllib only says a
    key or table is declared twice): the line of the single-bracket header and what to do."""
    m = re.match(r"^\s*\[\[?\s*([A-Za-z0-9_-]+)", lines[line - 1]) if 0 < line <= len(lines) else None
    if m is None:
        return None
    name = m[1]
    single = [number for number, text in enumerate(lines, 1) if _header(name, double=False).match(text)]
    if not single or not any(_header(name, double=True).match(text) for text in lines):
        return None
    return single[0], (
        f"nagłówek [{name}] w pojedynczych nawiasach — każdy rekord tego pliku zaczyna się od [[{name}]]",
        f"zmień ten wiersz na [[{name}]] (podwójne nawiasy kwadratowe)",
    )
