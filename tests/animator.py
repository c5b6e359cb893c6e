"""Gminas and packs for the tests of the animator's view: the example with trainings as they
happened (participants' personal data included), varied fictional gminas, packs made by
`emocni pack`, and hand-made zips for the safety tests."""

from __future__ import annotations

import io
import json
import shutil
import stat
import zipfile
from pathlib import Path

from tests.cli_asserts import ok
from tests.helpers import EXAMPLE, Cli

PACK_DAY = "2019-03-20"

# Two residents on the 2019-01 training (12 h in three sessions); one attended everything.
SESSIONS = """
[[zajecia]]
id = "2019-01.1"
szkolenie = "2019-01"
data = 2019-03-05
godziny = 4

[[zajecia]]
id = "2019-01.2"
szkolenie = "2019-01"
data = 2019-03-12
godziny = 4

[[zajecia]]
id = "2019-01.3"
szkolenie = "2019-01"
data = 2019-03-19
godziny = 4
"""
ENROLMENTS = """
[[zapis]]
id = "2019-01.u-001"
szkolenie = "2019-01"
uczestnik = "u-001"
obecnosc = ["2019-01.1", "2019-01.2", "2019-01.3"]

[[zapis]]
id = "2019-01.u-002"
szkolenie = "2019-01"
uczestnik = "u-002"
obecnosc = ["2019-01.1"]
"""
PARTICIPANTS = """
[[uczestnik]]
id = "u-001"
imie_nazwisko = "Genowefa Przybylska"
rok_urodzenia = 1947
miejscowosc = "Zagrodno"
niepelnosprawnosc = true
potrzeby = "materiały powiększone"
zgoda = 2019-02-20

[[uczestnik]]
id = "u-002"
imie_nazwisko = "Bolesław Wędrowicz"
rok_urodzenia = 1958
zgoda = 2019-02-21
"""
PERSONAL = ["Genowefa", "Przybylska", "1947", "Zagrodno", "powiększone", "Wędrowicz", "1958"]


def with_trainings(folder: Path) -> Path:
    """A copy of the example with sessions, enrolments and participants (personal data)."""
    shutil.copytree(EXAMPLE, folder)
    for name, text in (("zajecia", SESSIONS), ("zapisy", ENROLMENTS), ("uczestnicy", PARTICIPANTS)):
        (folder / f"{name}.toml").write_text(text, encoding="utf-8")
    return folder


def gmina(folder: Path, name: str, teryt: str, **settings: str) -> Path:
    """A fictional gmina: a copy of the example with its own name, TERYT code and settings
    (dotted keys for `emocni config set`)."""
    shutil.copytree(EXAMPLE, folder)
    cli = Cli(folder)
    for key, value in {"gmina.nazwa": name, "gmina.teryt": teryt, **settings}.items():
        ok(cli("config", "set", key, value))
    return folder


def pack(folder: Path, target: Path, day: str = PACK_DAY) -> Path:
    ok(Cli(folder)("pack", "-o", str(target), "--today", day))
    return target


def members(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as zf:
        return {name: zf.read(name) for name in zf.namelist()}


def zip_of(files: dict[str, bytes], link: str | None = None) -> bytes:
    """A hand-made zip of these members (`link`: one more member that is a symbolic link)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in files.items():
            zf.writestr(name, data)
        if link:
            info = zipfile.ZipInfo(link)
            info.external_attr = (stat.S_IFLNK | 0o777) << 16
            zf.writestr(info, "/etc/passwd")
    return buffer.getvalue()


def summary_json(cli: Cli, *args: str) -> dict:
    result = cli.raw("summary", "--json", *args)
    return json.loads(result.stdout)
