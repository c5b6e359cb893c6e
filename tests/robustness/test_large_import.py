"""A CSV import of many rows (which used to re-read the whole file for every row) still writes
exactly the rows given, in order, after the last record, keeping a person's comments in place.
How long it takes is measured by benchmarks/bench_csv_import.py, not here."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import tomli

from tests.builders import GBP
from tests.cli_asserts import ok
from tests.helpers import Cli

FILLED = [GBP]
ROWS = 300
HEADER = "id;nazwa;rodzaj;osoba kontaktowa;e-mail;data przystąpienia"


def test_many_rows_are_added_in_order_and_comments_stay(filled: Cli, tmp_path: Path) -> None:
    path = filled.folder / "partnerzy.toml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text + "\n# dopisane ręcznie po ostatnim partnerze\n", encoding="utf-8")
    rows = [f"p{i};Instytucja nr {i};biblioteka;Osoba {i};p{i}@gmina.pl;2018-01-16" for i in range(ROWS)]
    rows.append("gbp;Gminna Biblioteka Publiczna w Wierzbnie;biblioteka;Marta Sobczak;;")
    table = tmp_path / "partnerzy.csv"
    table.write_bytes(("\ufeff" + "\r\n".join([HEADER, *rows]) + "\r\n").encode("utf-8"))

    ok(filled("partner", "import", "--csv", str(table), "--update"))

    written = path.read_text(encoding="utf-8")
    partners = tomli.loads(written)["partner"]
    assert [p["id"] for p in partners] == ["gbp", *(f"p{i}" for i in range(ROWS))]
    assert partners[0]["nazwa"] == "Gminna Biblioteka Publiczna w Wierzbnie"  # updated in place
    assert partners[-1] == {
        "id": f"p{ROWS - 1}",
        "nazwa": f"Instytucja nr {ROWS - 1}",
        "rodzaj": "biblioteka",
        "osoba_kontaktowa": f"Osoba {ROWS - 1}",
        "email": f"p{ROWS - 1}@gmina.pl",
        "data_przystapienia": dt.date(2018, 1, 16),
    }
    assert written.rstrip().endswith("# dopisane ręcznie po ostatnim partnerze")
    ok(filled("check"))
