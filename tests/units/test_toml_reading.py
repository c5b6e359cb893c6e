"""The TOML reader of every read (workspace/files.loads_toml): rtoml reads, and whatever rtoml does
not take is read by tomli, so a workspace's data and every located error are tomli's."""

from __future__ import annotations

import datetime as dt
import math
import sys

import pytest
import tomli

from emocni_cli.workspace.files import Source, UnreadableFile, loads_toml, parse_toml
from tests.helpers import EXAMPLE

# What people write by hand, and what the files emocni writes hold.
TEXTS = [
    '[[partner]]\nid = "gbp"\nnazwa = "Gminna Biblioteka Publiczna"  # komentarz\n',
    "data = 2018-10-23\ngodzina = 17:30:00\nchwila = 2018-10-23T17:30:00\n",
    "z_strefa = 2018-10-23T17:30:00+02:00\nutc = 2018-10-23T15:30:00Z\n",
    'lista = ["a", "b",]\ntabela = { a = 1, b = [1.5, -0.0] }\n"klucz z spacją" = true\n',
    "wielowierszowy = '''\npierwszy\n  drugi\n'''\nliczby = [0x1F, 0o17, 0b11, 1_000]\n",
]


@pytest.mark.parametrize("text", TEXTS)
def test_the_data_is_what_tomli_reads(text: str) -> None:
    assert loads_toml(text) == tomli.loads(text)


def test_every_file_of_the_example_reads_as_with_tomli() -> None:
    for path in EXAMPLE.glob("*.toml"):
        text = path.read_text(encoding="utf-8")
        assert loads_toml(text) == tomli.loads(text), path.name


def test_an_offset_date_time_keeps_its_offset() -> None:
    value = loads_toml("a = 2018-10-23T17:30:00+02:00\n")["a"]
    assert value.utcoffset() == dt.timedelta(hours=2)
    assert value.isoformat() == "2018-10-23T17:30:00+02:00"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a = 1e400\n", math.inf),  # rtoml refuses a float that overflows; tomli reads infinity
        ("a = " + "[" * 90 + "1" + "]" * 90 + "\n", None),  # past rtoml's nesting limit, within tomli's
    ],
)
def test_what_rtoml_refuses_is_read_by_tomli(text: str, expected: object) -> None:
    data = loads_toml(text)
    assert data == tomli.loads(text)
    if expected is not None:
        assert data["a"] == expected


def test_a_mistake_is_tomlis_located_error() -> None:
    with pytest.raises(tomli.TOMLDecodeError) as caught:
        loads_toml('[[partner]]\nid = "gbp"\nnazwa = "Biblioteka\n')
    assert "line 3" in str(caught.value)


def test_a_mistake_is_explained_in_polish_at_its_line() -> None:
    with pytest.raises(UnreadableFile) as caught:
        parse_toml(Source('[[partner]]\nid = "gbp"\nrodzaj = biblioteka\n'), "partnerzy.toml")
    problem = caught.value.problem
    assert problem.line == 3
    assert problem.message.startswith("błąd składni TOML")


def test_without_rtoml_the_data_is_the_same(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "rtoml", None)  # import rtoml now raises ImportError
    for text in TEXTS:
        assert loads_toml(text) == tomli.loads(text)


def test_a_huge_text_is_read_by_tomli_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    """Above RTOML_UP_TO, rtoml's peak memory is not worth its speed: tomli reads the text."""
    import emocni_cli.workspace.files as files

    read: list[int] = []

    class Recording:
        @staticmethod
        def loads(text: str) -> dict:
            read.append(len(text))
            return tomli.loads(text)

    monkeypatch.setitem(sys.modules, "rtoml", Recording)
    text = '[[partner]]\nid = "p"\nnazwa = "' + "x" * files.RTOML_UP_TO + '"\n'
    assert loads_toml(text) == tomli.loads(text)
    assert read == []
    monkeypatch.setattr(files, "RTOML_UP_TO", len(text))
    assert loads_toml(text) == tomli.loads(text)
    assert read == [len(text)]
