"""Whatever goes wrong while a template is opened, checked or filled, as one Polish InputError.

The template is untrusted input: any failure of docxtpl, Jinja or python-docx on it is the
template's fault — a clear message, exit 2, never a traceback, and nothing written. Jinja's own
messages are English, so they are not shown: the problem is said in Polish, with the paragraph of
the template where it is. Imports jinja2: import this module only inside functions."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType
from typing import Any

from emocni_cli.documents.sandbox import TemplateRefused, paragraph_at
from emocni_cli.errors import InputError

NOTHING_WRITTEN = "Nic nie zostało zapisane."
START_OVER = "możesz też zacząć od wzoru: emocni template export"
_TYPOGRAPHIC_QUOTES = "„”“‘’«»"
_TOKENS = {"end of print statement": "}}", "end of statement block": "%}", "name": "nazwa"}


def _token(name: str) -> str:
    return _TOKENS.get(name, name)


def _unknown_tag(tag: str, block: str | None) -> str:
    if block:
        return (
            f"znacznik {{% {tag} %}} stoi tam, gdzie trzeba najpierw zamknąć {{% {block} %}} "
            f"znacznikiem {{% end{block} %}}"
        )
    if tag.startswith("end") or tag in {"else", "elif"}:
        return f"znacznik {{% {tag} %}} nie ma pasującego początku (np. {{% if … %}} lub {{% for … %}})"
    return f"nieznany znacznik {{% {tag} %}}"


def _unexpected_char(char: str) -> str:
    if char in _TYPOGRAPHIC_QUOTES:
        return (
            f"drukarski cudzysłów {char} w wyrażeniu — w polach i znacznikach wpisz prosty ' lub \" "
            "(Word zamienia je sam: cofnij zamianę klawiszami Ctrl+Z zaraz po wpisaniu)"
        )
    if char in "\"'":
        return "niedomknięty cudzysłów w polu lub znaczniku"
    return f"niedozwolony znak {char} w polu lub znaczniku"


# Jinja's syntax messages (3.x) and what they mean for someone editing a template in Word.
_SYNTAX: list[tuple[re.Pattern[str], Any]] = [
    (
        re.compile(r"unexpected end of template, expected '(.+?)'"),
        lambda m: f"pole lub znacznik nie jest zamknięty — brakuje {_token(m[1])}",
    ),
    (
        re.compile(r"Unexpected end of template\..*innermost block that needs to be closed is '(\w+)'"),
        lambda m: f"znacznik {{% {m[1]} %}} nie ma zamknięcia {{% end{m[1]} %}}",
    ),
    (
        re.compile(
            r"Encountered unknown tag '(\w+)'\.(?:.*innermost block that needs to be closed is '(\w+)')?"
        ),
        lambda m: _unknown_tag(m[1], m[2]),
    ),
    (re.compile(r"No filter named '(.+?)'"), lambda m: f"nieznany filtr |{m[1]}"),
    (re.compile(r"No test named '(.+?)'"), lambda m: f"nieznany test „is {m[1]}”"),
    (re.compile(r"tag name expected"), lambda m: "pusty znacznik {% %}"),
    (re.compile(r"Expected an expression"), lambda m: "puste pole {{ }} albo znacznik bez wyrażenia"),
    (re.compile(r"unexpected char '(.)'"), lambda m: _unexpected_char(m[1])),
    (
        re.compile(r"expected token '(.+?)', got '(.+?)'"),
        lambda m: f"nieoczekiwane „{_token(m[2])}” — w tym miejscu powinno być {_token(m[1])}",
    ),
    (re.compile(r"unexpected '(.+?)'"), lambda m: f"nieoczekiwane „{_token(m[1])}”"),
]


def syntax_problem(message: str) -> str:
    """A Jinja syntax message in Polish (without the English)."""
    for pattern, polish in _SYNTAX:
        if found := pattern.search(" ".join(message.split())):
            return polish(found)
    return "niepoprawny zapis pola {{ … }} lub znacznika {% … %}"


def _unclosed(paragraph: str) -> str | None:
    """A field or tag opened and not closed in the paragraph (Jinja then stumbles on the XML after it)."""
    if paragraph.count("{{") > paragraph.count("}}"):
        return "pole {{ … }} nie jest zamknięte — brakuje }}"
    if paragraph.count("{%") > paragraph.count("%}"):
        return "znacznik {% … %} nie jest zamknięty — brakuje %}"
    return None


def undefined_problem(message: str) -> str:
    if found := re.match(r"'(.+?)' is undefined", message):
        return f"pola „{found[1]}”, którego ten dokument nie ma"
    if found := re.search(r"has no attribute '(.+?)'", message):
        return f"pola „{found[1]}”, którego ta wartość nie ma"
    return "pola, którego ten dokument nie ma"


def runtime_problem(exc: BaseException) -> str:
    """What an expression of the template did wrong, by the kind of the error."""
    reasons: list[tuple[type[BaseException] | tuple[type[BaseException], ...], str]] = [
        (ZeroDivisionError, "dzieli przez zero"),
        (OverflowError, "oblicza liczbę zbyt dużą"),
        (RecursionError, "wywołuje samo siebie bez końca (zbyt głęboko zagnieżdżone wywołania)"),
        (MemoryError, "tworzy tekst zbyt duży, by zmieścił się w pamięci"),
        (TypeError, "łączy wartości niepasującego rodzaju (np. tekst z liczbą)"),
        (LookupError, "sięga po element, którego nie ma (np. numer spoza listy)"),
        (AttributeError, "sięga po coś, czego ta wartość nie ma"),
        (
            (ValueError, AssertionError),
            "podaje niepoprawną wartość (np. ujemną długość albo zły zapis liczby)",
        ),
    ]
    for kind, reason in reasons:
        if isinstance(exc, kind):
            return reason
    return "zawiera wyrażenie, którego nie da się obliczyć"


def template_line(tb: TracebackType | None) -> int | None:
    """The template line an error happened on: Jinja puts frames of the template into the traceback."""
    line = None
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == "<template>":
            line = tb.tb_lineno
        tb = tb.tb_next
    return line


def broken_docx(path: Path) -> InputError:
    return InputError(
        f"Plik {path.name} nie jest poprawnym dokumentem Word (.docx) — nie da się go użyć jako szablonu.",
        hint="otwórz go w Wordzie lub LibreOffice i zapisz jako „Dokument programu Word (.docx)”",
    )


def _refused(where: str, problem: str, places: list[str], hint: str) -> InputError:
    shown = [f"„{place}”" for place in places if place]
    at = ""
    if shown:
        at = f" — w akapicie {shown[0]}" if len(shown) == 1 else f" — w akapitach: {', '.join(shown)}"
    problem = problem.rstrip(".")
    return InputError(f"{where} {problem}{at}. {NOTHING_WRITTEN}", hint=hint)


@contextmanager
def refusals(path: Path, env: Any, fields_doc: str) -> Iterator[None]:
    """Everything inside (checking, rendering, saving a template) fails only as one InputError.
    `env` is the template_sandbox environment (it knows the source parsed last); `fields_doc`
    is where the placeholders are described."""
    import zipfile
    import zlib

    from jinja2 import TemplateError, TemplateSyntaxError
    from jinja2.exceptions import SecurityError, UndefinedError
    from lxml.etree import XMLSyntaxError

    where = f"Szablon {path.name}"
    fields = f"opis pól: {fields_doc}"
    try:
        yield
    except TemplateRefused as exc:
        places = exc.places or [paragraph_at(env.source, template_line(exc.__traceback__))]
        raise _refused(where, exc.problem, places, f"usuń lub popraw to w szablonie; {START_OVER}") from None
    except SecurityError as exc:
        raise _refused(
            where,
            "próbuje sięgnąć do wewnętrznych mechanizmów programu — to niedozwolone",
            [paragraph_at(env.source, template_line(exc.__traceback__))],
            f"usuń to wyrażenie z szablonu; szablon może używać tylko pól ({fields})",
        ) from None
    except UndefinedError as exc:
        raise _refused(
            where,
            "używa " + undefined_problem(exc.message or ""),
            [paragraph_at(env.source, template_line(exc.__traceback__))],
            f"popraw nazwę pola w szablonie ({fields})",
        ) from None
    except TemplateSyntaxError as exc:
        unclosed = _unclosed(paragraph_at(env.source, exc.lineno, limit=None))
        raise _refused(
            where,
            "zawiera błąd składni: " + (unclosed or syntax_problem(exc.message or "")),
            [paragraph_at(env.source, exc.lineno)],
            "sprawdź nawiasy {{ … }} i {% … %} oraz pary znaczników if/endif i for/endfor; " + START_OVER,
        ) from None
    except XMLSyntaxError:
        raise _refused(
            where,
            "po wypełnieniu nie jest poprawnym dokumentem — znaczniki {%p … %} i {%tr … %} "
            "rozcinają akapity lub wiersze tabeli",
            [],
            "każdy znacznik {%p … %} lub {%tr … %} wpisz w osobnym akapicie (wierszu tabeli); " + START_OVER,
        ) from None
    except (
        TemplateError,
        ArithmeticError,
        LookupError,
        TypeError,
        ValueError,
        AssertionError,
        AttributeError,
        RecursionError,
        MemoryError,
        zipfile.BadZipFile,
        zlib.error,
        EOFError,
    ) as exc:
        line = template_line(exc.__traceback__)
        if line is None and not isinstance(exc, TemplateError):
            raise broken_docx(path) from None  # the .docx itself, not an expression of the template
        raise _refused(
            where,
            "nie daje się wypełnić: wyrażenie " + runtime_problem(exc),
            [paragraph_at(env.source, line)],
            f"popraw to wyrażenie w szablonie; {START_OVER}",
        ) from None
