"""User-facing Polish words shared by several commands (field labels live on the models)."""

from __future__ import annotations

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


def errors_count(n: int) -> str:
    """'1 błąd', '2 błędy', '5 błędów' (nominative and accusative alike)."""
    return f"{n} {plural(n, 'błąd', 'błędy', 'błędów')}"


def found_errors(n: int) -> str:
    """'Znaleziono 1 błąd', '2 błędy', '5 błędów': the verdict of emocni check, and the line
    above what a read-only command shows of a workspace with errors."""
    return f"Znaleziono {errors_count(n)}"


ECHO_LIMIT = 80  # characters of a typed or read value a message repeats


def grouped(n: int) -> str:
    """10000 -> '10 000', as Poles write numbers (a four-digit one, a year, stays as it is)."""
    return f"{n:,}".replace(",", " ") if abs(n) >= 10_000 else str(n)


def quoted(value: object) -> str:
    """A value echoed in a message, in Polish quotes; a long one is cut, and says how long it was:
    „xxxx…” (10 000 znaków) — a pasted page must not fill the screen."""
    text = str(value)
    if len(text) <= ECHO_LIMIT:
        return f"„{text}”"
    n = len(text)
    return f"„{text[:ECHO_LIMIT].rstrip()}…” ({grouped(n)} {plural(n, 'znak', 'znaki', 'znaków')})"
