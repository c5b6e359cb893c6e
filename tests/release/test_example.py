"""The shipped example, examples/wierzbno-dolne: valid, complete as DOMAIN.md tells it, and a
round trip through the commands leaves its hand-written layout byte for byte."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from tests.cli_asserts import ok
from tests.helpers import Cli

PARTNER_IDS = [
    "gminna-biblioteka-publiczna",
    "urzad-gminy",
    "gminny-osrodek-kultury",
    "gops",
    "szkola-podstawowa-w-olszynach",
    "osp-kamionka",
    "kgw-wierzbianki",
    "klub-seniora-zlota-jesien",
    "stowarzyszenie-kamionka",
]


def listed(cli: Cli, *args: str) -> list[dict] | dict:
    return json.loads(ok(cli(*args, "--json")).stdout)


def test_the_example_is_valid(example: Path) -> None:
    result = ok(Cli(example)("check", "--json"))
    assert json.loads(result.stdout) == {"ok": True, "bledy": [], "uwagi": []}


def test_the_example_tells_the_story_of_domain_md(example: Path) -> None:
    cli = Cli(example)
    settings = listed(cli, "partnership", "show")
    assert settings["gmina"]["nazwa"] == "Wierzbno Dolne" and settings["gmina"]["typ"] == "wiejska"
    assert 6500 <= settings["gmina"]["liczba_mieszkancow"] <= 7500
    assert settings["emocarz"]["imie_nazwisko"] == "Marta Sobczak"
    assert settings["animator"]["imie_nazwisko"] == "Paweł Zieliński"
    assert settings["plan"]["rok_poczatkowy"] == 2018
    assert settings["partnerstwo"]["data_zawiazania"] == "2018-01-16"
    assert settings["partnerstwo"]["lider"] == "gminna-biblioteka-publiczna"

    partners = listed(cli, "partner", "list")
    assert [p["id"] for p in partners] == PARTNER_IDS
    assert all(
        p["zasoby"] and p["rola"] and p["osoba_kontaktowa"] and p["data_przystapienia"] for p in partners
    )
    library = partners[0]
    assert library["rodzaj"] == "biblioteka" and any("6 komputerami" in z for z in library["zasoby"])

    meetings = {m["data"]: m for m in listed(cli, "meeting", "list")}
    assert list(meetings) == ["2017-11-21", "2018-01-16", "2018-04-10", "2018-10-23"]
    first = meetings["2017-11-21"]
    assert (first["rodzaj"], first["status"], first["liczba_osob"], len(first["obecni"])) == (
        "inicjujace",
        "odbyte",
        14,
        8,
    )
    assert "Biblioteka" in first["miejsce"] and first["porzadek"] and first["decyzje"] and first["notatki"]
    assert meetings["2018-01-16"]["rodzaj"] == "podpisanie_porozumienia"
    assert meetings["2018-04-10"]["rodzaj"] == "robocze" and "112 ankiet" in meetings["2018-04-10"]["notatki"]
    assert meetings["2018-10-23"]["rodzaj"] == "planistyczne"
    assert all(m["status"] == "odbyte" and m["lista_obecnosci"] for m in meetings.values())

    consultations = [
        (c["data"], c["forma"], c.get("wizyta_nr"), c["czas"], c["status"])
        for c in listed(cli, "consultation", "list")
    ]
    assert consultations == [
        ("2018-03-06", "wizyta", 1, "4h", "odbyte"),
        ("2018-05-14", "telefon", None, "1h", "odbyte"),
        ("2018-06-05", "online", None, "1h30m", "odbyte"),
        ("2018-11-20", "wizyta", 2, "4h", "odbyte"),
    ]
    webinars = listed(cli, "webinar", "list")
    assert [(w["data"], w["cykl"]) for w in webinars] == [("2018-09-12", True), ("2019-02-14", True)]
    assert "Plan bez tajemnic" in webinars[0]["tytul"]


def test_the_example_carries_polish_comments(example: Path) -> None:
    for name in ("emocni.toml", "partnerzy.toml", "spotkania.toml", "konsultacje.toml", "webinaria.toml"):
        text = (example / name).read_text(encoding="utf-8")
        assert text.startswith("# "), name
    assert "# Ośmiu partnerów-założycieli" in (example / "partnerzy.toml").read_text(encoding="utf-8")


def test_add_then_remove_leaves_every_example_file_byte_identical(
    example: Path, unchanged: Callable[..., Callable[[], None]]
) -> None:
    cli = Cli(example)
    check = unchanged(example, history=False)
    ok(cli("partner", "add", "Parafia św. Józefa", "--type", "parafia", "--id", "parafia"))
    ok(cli("meeting", "add", "--date", "2019-06-12", "--kind", "podsumowujące", "-a", "parafia", "--held"))
    ok(cli("consultation", "add", "--form", "telefon", "--date", "2019-03-01", "--duration", "30m", "--held"))
    ok(cli("webinar", "add", "Trwałość partnerstwa", "--date", "2019-03-20", "--id", "trwalosc"))
    ok(cli("partner", "edit", "gops", "--phone", "84 000 00 00", "--role", "inna rola"))
    ok(cli("meeting", "edit", "2017-11-21", "--people", "15"))
    ok(cli("check"))

    ok(cli("webinar", "remove", "trwalosc"))
    ok(cli("consultation", "remove", "telefon-2019-03-01"))
    ok(cli("meeting", "remove", "2019-06-12"))
    ok(cli("partner", "remove", "parafia"))
    role = "rekrutacja seniorów i osób z niepełnosprawnościami"
    ok(cli("partner", "edit", "gops", "--phone", "84 555 13 40", "--role", role))
    ok(cli("meeting", "edit", "2017-11-21", "--people", "14"))
    check()
