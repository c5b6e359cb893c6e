"""A user's template is untrusted input: whatever it contains, emocni answers in Polish with exit 2,
names the paragraph, writes nothing — and a template can neither pass data as raw XML nor run
for ever. The default templates and the documented constructs keep working."""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.cli_asserts import ok, refused
from tests.documents import make_template, refused_render, texts
from tests.helpers import Cli

NESTED = "{% for i in range(1000) %}{% for j in range(1000) %}{% endfor %}{% endfor %}"
TWICE = "{% macro f(n) %}{% if n %}{{ f(n-1) }}{{ f(n-1) }}{% endif %}{% endmacro %}{{ f(40) }}"


def refused_template(
    cli: Cli, ws: Path, tmp_path: Path, unchanged: Callable, paragraph: str, *phrases: str
) -> str:
    """Render the general plan with a template of one paragraph: refused, nothing written."""
    template = make_template(tmp_path / "moj.docx", "Plan gminy {{ gmina.nazwa }}", paragraph)
    return refused_render(cli, ws, tmp_path, unchanged, template, *phrases)[0]


@pytest.mark.parametrize(
    ("paragraph", "phrase"),
    [
        ("{{ gmina.nazwa|truncate(-1) }}", "niepoprawną wartość"),
        ("{% for i in [1] recursive %}{{ loop([1]) }}{% endfor %}", "wywołuje samo siebie"),
        ("{{ 'a'|center(10000000000000) }}", "zbyt dużą szerokość"),
        ("{{ 'a'.ljust(10**9) }}", "zbyt dużą szerokość"),
        ("{{ '{:>1000000000}'.format(1) }}", "zbyt dużą szerokość"),
        ("{{ 2**100000 }}", "zbyt dużą liczbę"),
        ("{{ 'a' * 10**10 }}", "zbyt długi tekst"),
        ("{% set x = 'ab' * 500 %}" + "{% set x = x ~ x %}" * 40 + "{{ x }}", "zbyt długi tekst"),
        ("{{ gmina.nazwa|replace('', 'x' * 100000) }}", "zbyt długi tekst"),
        (NESTED, "zbyt wiele powtórzeń"),  # a million loop steps: stopped after 50 000
        (TWICE, "zbyt wiele powtórzeń pętli lub wywołań"),  # 2**40 calls
        ("{{ range(10**9)|length }}", "range() z ponad 1000"),
        ("{{ 1 / 0 }}", "dzieli przez zero"),
        ("{{ gmina.nazwa + 1 }}", "niepasującego rodzaju"),
        ("{{ (gmina.nazwa|upper).nic }}", "pola „nic”"),
    ],
)  # fmt: skip
def test_expression_that_fails_or_never_ends_is_refused_with_its_paragraph(
    cli: Cli, plan_ws: Path, tmp_path: Path, unchanged: Callable, paragraph: str, phrase: str
) -> None:
    message = refused_template(cli, plan_ws, tmp_path, unchanged, paragraph, phrase)
    assert f"w akapicie „{paragraph[:40]}" in message


@pytest.mark.parametrize(
    ("paragraph", "construct"),
    [
        ("{{ gmina.nazwa|safe }}", "filtr |safe"),
        ("{% filter safe %}{{ gmina.nazwa }}{% endfilter %}", "filtr |safe"),
        ("{{ gmina.nazwa|urlize }}", "filtr |urlize"),
        ("{% autoescape false %}{{ gmina.nazwa }}{% endautoescape %}", "{% autoescape %}"),
        ("{% include 'inny.docx' %}", "dołączanie innych plików"),
        ("{% import 'makra' as m %}", "dołączanie innych plików"),
        ("{{ self }}", "self"),
    ],
)
def test_constructs_that_would_pass_raw_xml_or_reach_outside_are_refused(
    cli: Cli, plan_ws: Path, tmp_path: Path, unchanged: Callable, paragraph: str, construct: str
) -> None:
    message = refused_template(
        cli, plan_ws, tmp_path, unchanged, paragraph, "niedozwolonych konstrukcji", construct
    )
    assert f"w akapicie „{paragraph}”" in message


@pytest.mark.parametrize("name", ["lipsum", "dict", "cycler", "joiner", "namespace"])
def test_jinja_globals_other_than_range_are_gone(
    cli: Cli, plan_ws: Path, tmp_path: Path, unchanged: Callable, name: str
) -> None:
    refused_template(cli, plan_ws, tmp_path, unchanged, f"{{{{ {name}() }}}}", f"nieznanych pól: {name}")


@pytest.mark.parametrize(
    ("paragraph", "problem"),
    [
        ("{{ gmina.nazwa ", "pole {{ … }} nie jest zamknięte — brakuje }}"),
        ("{% for p in partnerzy %}{{ p.nazwa }}", "znacznik {% for %} nie ma zamknięcia {% endfor %}"),
        ("{% if wersja_robocza %}x{% endfor %}", "najpierw zamknąć {% if %} znacznikiem {% endif %}"),
        ("{{ gmina.nazwa|nie_ma_takiego }}", "nieznany filtr |nie_ma_takiego"),
        ("{{ partnerstwo.lider or „—” }}", "drukarski cudzysłów „"),
    ],
)
def test_syntax_errors_are_explained_in_polish(
    cli: Cli, plan_ws: Path, tmp_path: Path, unchanged: Callable, paragraph: str, problem: str
) -> None:
    message = refused_template(cli, plan_ws, tmp_path, unchanged, paragraph, "błąd składni", problem)
    assert "w akapicie „" in message


def test_zip_that_only_looks_like_a_docx_is_refused(
    cli: Cli, plan_ws: Path, tmp_path: Path, unchanged: Callable
) -> None:
    template = tmp_path / "zly.docx"
    with zipfile.ZipFile(template, "w") as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
    check = unchanged(plan_ws)
    refused(
        cli("render-plan", "general", "--template", str(template)), 2, "nie jest poprawnym dokumentem Word"
    )
    check()


def test_folder_given_as_template_is_named(
    cli: Cli, plan_ws: Path, tmp_path: Path, unchanged: Callable
) -> None:
    check = unchanged(plan_ws)
    refused(cli("render-plan", "general", "--template", str(tmp_path)), 2, "to folder, a nie plik szablonu")
    check()


def test_what_templates_legitimately_use_still_works(cli: Cli, plan_ws: Path, tmp_path: Path) -> None:
    template = make_template(
        tmp_path / "moj.docx",
        "{{ partnerzy|length * 2 }} {{ '%03d' % 7 }} {{ 2 ** 10 }} {{ 'ab' * 2 }} {{ '{:>4}'.format('x') }}",
        "{% for i in range(3) %}{{ i }}{% endfor %} {% set s %}{{ gmina.nazwa }}{% endset %}{{ s|upper }}",
        "{% for p in partnerzy %}{{ loop.index }}/{{ loop.length }} {% endfor %}",
        "{{ partnerzy|map(attribute='nazwa')|join(', ')|truncate(40) }} {{ gmina.nazwa|replace('W', 'w') }}",
        "{% macro mark(x) %}[{{ x }}]{% endmacro %}{{ mark(gmina.nazwa) }} {{ gmina.nazwa|center(18) }}",
        "{{ partnerzy[1].nazwa }}",
    )
    out = tmp_path / "wynik.docx"
    ok(cli("render-plan", "general", "--template", str(template), "-o", str(out)))
    assert texts(out)[:6] == [
        "6 007 1024 abab    x",
        "012 WIERZBNO DOLNE",
        "1/3 2/3 3/3 ",
        "Gminna Biblioteka Publiczna, KGW... wierzbno Dolne",
        "[Wierzbno Dolne]   Wierzbno Dolne  ",
        "KGW „Wierzbianki” & Przyjaciele",  # data with & and quotes comes out intact
    ]
