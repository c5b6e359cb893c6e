"""CSV export and import of partners and of a year's trainings (Excel-friendly files)."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.builders import build
from tests.cli_asserts import flat
from tests.helpers import Cli

HEADER = (
    "id;nazwa;rodzaj;osoba kontaktowa;e-mail;telefon;adres;strona www;reprezentant;"
    "funkcja reprezentanta;NIP;REGON;KRS;data przystąpienia;data wystąpienia;dokument;zasoby;rola;notatki"
)


@pytest.fixture
def partners_ws(cli: Cli, ws: Path) -> Path:
    steps = [
        ("partner", "add", "Gminny Ośrodek Kultury", "--type", "GOK", "--id", "gok", "--joined", "16.01.2018",
         "-r", "sala na 30 osób", "-r", "rzutnik", "--contact", "Anna Nowak",
         "--notes", 'Sala "duża"; klucz u p. Nowak\nw soboty zamknięte'),
        ("partner", "add", "KGW „Wierzbianki”", "--type", "kgw", "--id", "kgw", "--email", "kgw@example.pl"),
    ]  # fmt: skip
    build(cli, steps)
    # a comment a person wrote by hand must survive every import
    path = ws / "partnerzy.toml"
    path.write_text(path.read_text(encoding="utf-8") + "\n# dopisane ręcznie\n", encoding="utf-8")
    return ws


def write_csv(path: Path, text: str, encoding: str = "utf-8-sig") -> Path:
    path.write_bytes(text.replace("\n", "\r\n").encode(encoding))
    return path


def exported(cli: Cli, ws: Path, name: str = "p.csv") -> Path:
    target = ws.parent / name
    result = cli("partner", "export", "--csv", str(target))
    assert result.exit_code == 0, result.output
    return target


def test_export_is_what_polish_excel_opens(cli: Cli, partners_ws: Path) -> None:
    data = exported(cli, partners_ws).read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    text = data.decode("utf-8-sig")
    assert text.splitlines()[0] == HEADER
    assert "\r\n" in text
    rows = list(csv.DictReader(io.StringIO(text, newline=""), delimiter=";"))
    gok = rows[0]
    assert gok["rodzaj"] == "dom kultury"
    assert gok["data przystąpienia"] == "16.01.2018"
    assert gok["zasoby"] == "sala na 30 osób | rzutnik"
    assert gok["notatki"] == 'Sala "duża"; klucz u p. Nowak\nw soboty zamknięte'
    assert rows[1]["nazwa"] == "KGW „Wierzbianki”"


def test_export_then_import_changes_nothing(
    cli: Cli, partners_ws: Path, unchanged: Callable[[Path], Callable[[], None]]
) -> None:
    path = exported(cli, partners_ws)
    check = unchanged(partners_ws)
    result = cli("partner", "import", "--csv", str(path), "--update")
    assert result.exit_code == 0, result.output
    assert "bez zmian: 2" in flat(result.stderr)
    check()


def test_file_with_errors_writes_nothing_and_names_rows_and_columns(
    cli: Cli, partners_ws: Path, unchanged: Callable[[Path], Callable[[], None]]
) -> None:
    path = write_csv(
        partners_ws.parent / "bad.csv",
        "nazwa;rodzaj;e-mail;data przystąpienia\n"
        "Parafia św. Jana;parafia;;01.02.2018\n"
        "Szkoła w Olszynach;szkolka;;\n"
        "OSP Kamionka;OSP;osp@;31.02.2018\n",
    )
    check = unchanged(partners_ws)
    result = cli("partner", "import", "--csv", str(path))
    assert result.exit_code == 2
    message = flat(result.stderr)
    assert "nic nie zapisano" in message
    assert "wiersz 3, kolumna „rodzaj”: nieznany rodzaj partnera „szkolka”" in message
    assert "wiersz 4, kolumna „e-mail”" in message
    assert "wiersz 4, kolumna „data przystąpienia”: nie ma takiego dnia" in message
    assert "wiersz 2" not in message
    check()


def test_changed_partner_needs_update(
    cli: Cli, partners_ws: Path, unchanged: Callable[[Path], Callable[[], None]]
) -> None:
    path = write_csv(
        partners_ws.parent / "phones.csv",
        "id;telefon;zasoby\n"
        "gok;123 456 789;sala na 30 osób | rzutnik | nagłośnienie\n"
        ";;\n"  # an empty line, as Excel leaves them
        "kgw;600 100 200;\n",
    )
    check = unchanged(partners_ws)
    refused = cli("partner", "import", "--csv", str(path))
    assert refused.exit_code == 2
    assert "wiersz 2: partner „gok” już istnieje i różni się (telefon, zasoby)" in flat(refused.stderr)
    assert "--update" in flat(refused.stderr)
    check()

    preview = cli("partner", "import", "--csv", str(path), "--update", "--dry-run")
    assert preview.exit_code == 0, preview.output
    assert "123 456 789" in preview.stdout and "nic nie zapisano" in flat(preview.stderr)
    check()

    done = cli("partner", "import", "--csv", str(path), "--update")
    assert done.exit_code == 0, done.output
    shown = cli("partner", "show", "gok", "--json").stdout
    assert '"telefon": "123 456 789"' in shown
    assert '"nagłośnienie"' in shown
    assert '"osoba_kontaktowa": "Anna Nowak"' in shown  # a column not in the file is left alone
    assert '"notatki": "Sala \\"duża\\"; klucz u p. Nowak\\nw soboty zamknięte"' in shown
    assert "# dopisane ręcznie" in (partners_ws / "partnerzy.toml").read_text(encoding="utf-8")


def test_new_rows_get_ids_and_existing_names_are_not_duplicated(cli: Cli, partners_ws: Path) -> None:
    path = write_csv(
        partners_ws.parent / "new.csv",
        "nazwa,rodzaj,zasoby,data przystąpienia\n"
        '"Stowarzyszenie na rzecz Rozwoju Wsi Kamionka",stowarzyszenie,'
        "wolontariusze | transport,2018-03-05\n",
    )
    result = cli("partner", "import", "--csv", str(path))
    assert result.exit_code == 0, result.output
    shown = cli("partner", "show", "stow-rozwoju-kamionka", "--json").stdout
    assert '"zasoby": [\n    "wolontariusze",\n    "transport"\n  ]' in shown
    assert '"data_przystapienia": "2018-03-05"' in shown

    again = cli("partner", "import", "--csv", str(path))
    assert again.exit_code == 2
    assert "partner o tej nazwie już jest (id „stow-rozwoju-kamionka”)" in flat(again.stderr)


def test_windows_1250_file_from_excel_is_read(cli: Cli, partners_ws: Path) -> None:
    path = write_csv(
        partners_ws.parent / "excel.csv", "nazwa;rodzaj\nKoło Łowieckie „Darz Bór”;inna\n", "cp1250"
    )
    result = cli("partner", "import", "--csv", str(path))
    assert result.exit_code == 0, result.output
    assert "Windows-1250" in flat(result.stderr)
    assert "Koło Łowieckie „Darz Bór”" in cli("partner", "list", "--json").stdout
    assert "kolo-lowieckie-darz-bor" in result.stdout  # the short id it was given


def test_representative_and_registry_numbers_come_in_from_excel(cli: Cli, partners_ws: Path) -> None:
    text = (
        "nazwa;rodzaj;reprezentant;funkcja reprezentanta;NIP;KRS\r\n"
        "Stowarzyszenie „Razem”;stowarzyszenie;Józef Żółkiewski;prezes zarządu;123-456-32-18;0000123456\r\n"
    )
    path = write_csv(partners_ws.parent / "excel.csv", text, "cp1250")
    result = cli("partner", "import", "--csv", str(path))
    assert result.exit_code == 0, result.output
    shown = flat(cli("partner", "show", "stow-razem").stdout)
    assert "Józef Żółkiewski" in shown and "prezes zarządu" in shown
    assert "123-456-32-18" in shown and "0000123456" in shown


def test_unknown_column_is_refused(
    cli: Cli, partners_ws: Path, unchanged: Callable[[Path], Callable[[], None]]
) -> None:
    path = write_csv(partners_ws.parent / "x.csv", "nazwa;rodzaj;uwagi\nParafia;parafia;coś\n")
    check = unchanged(partners_ws)
    result = cli("partner", "import", "--csv", str(path))
    assert result.exit_code == 2
    assert "kolumna 3 „uwagi” — nieznana nazwa kolumny" in flat(result.stderr)
    check()


def test_export_does_not_overwrite_without_force(cli: Cli, partners_ws: Path) -> None:
    path = exported(cli, partners_ws)
    path.write_text("moje zmiany", encoding="utf-8")
    refused = cli("partner", "export", "--csv", str(path))
    assert refused.exit_code == 1
    assert "albo wskaż inny plik opcją --csv" in flat(refused.stderr)  # the option export has
    assert path.read_text(encoding="utf-8") == "moje zmiany"
    assert cli("partner", "export", "--csv", str(path), "--force").exit_code == 0
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")


def test_trainings_round_trip_on_the_example(
    example: Path, unchanged: Callable[[Path], Callable[[], None]]
) -> None:
    cli = Cli(example)
    path = example.parent / "szkolenia.csv"
    result = cli("training", "export", "--year", "2019", "--csv", str(path))
    assert result.exit_code == 0, result.output
    text = path.read_bytes().decode("utf-8-sig")
    assert text.startswith("id;tytuł;obszar;grupa docelowa;forma;godziny;termin;")
    assert "2019-01;Bankowość internetowa i bezpieczne płatności;finanse;" in text
    check = unchanged(example)
    result = cli("training", "import", "--year", "2019", "--csv", str(path), "--update")
    assert result.exit_code == 0, result.output
    assert "bez zmian: 6" in flat(result.stderr)
    check()


def test_new_trainings_are_numbered_and_checked(
    example: Path, unchanged: Callable[[Path], Callable[[], None]]
) -> None:
    cli = Cli(example)
    good = write_csv(
        example.parent / "nowe.csv",
        "tytuł;obszar;godziny;termin;partner;uczestnicy (plan)\n"
        "Smartfon od podstaw;odpoczynek i hobby;1,5;grudzień 2019;Gminny Ośrodek Kultury;8\n"
        "Zakupy w internecie;finanse;4;2019-12-10;gops;10\n",
    )
    result = cli("training", "import", "--year", "2019", "--csv", str(good))
    assert result.exit_code == 0, result.output
    shown = cli("training", "show", "2019-07", "--json").stdout
    assert '"obszar": "hobby"' in shown and '"godziny": 1.5' in shown
    assert '"partner": "gminny-osrodek-kultury"' in shown
    assert '"tytul": "Zakupy w internecie"' in cli("training", "show", "2019-08", "--json").stdout

    bad = write_csv(
        example.parent / "zle.csv",
        "tytuł;termin;partner;godziny\nKurs;marzec 2020;;4\nInny kurs;maj 2019;Koło Wędkarskie;zero\n",
    )
    check = unchanged(example)
    result = cli("training", "import", "--year", "2019", "--csv", str(bad))
    assert result.exit_code == 2
    message = flat(result.stderr)
    assert "wiersz 2, kolumna „termin”: termin „marzec 2020” nie pasuje do planu na rok 2019" in message
    assert "wiersz 3, kolumna „partner”: nie ma partnera „Koło Wędkarskie”" in message
    assert "wiersz 3, kolumna „godziny”: nie rozumiem liczby godzin „zero”" in message
    outside = cli("training", "import", "--year", "2025", "--csv", str(good))
    assert outside.exit_code == 2
    assert "poza okresem planu" in flat(outside.stderr)
    check()


def test_training_ids_and_months_excel_saved_as_dates_are_read_back(
    example: Path, unchanged: Callable[[Path], Callable[[], None]]
) -> None:
    # Excel shows a cell like 2019-01 as a date and saves it so: "sty.19" (Polish), "Feb-19"…
    cli = Cli(example)
    path = example.parent / "szkolenia.csv"
    assert cli("training", "export", "--year", "2019", "--csv", str(path)).exit_code == 0
    text = path.read_bytes().decode("utf-8-sig")
    for number, saved in enumerate(["sty.19", "Feb-19", "mar 19", "2019-04-01", "01.05.2019", "19-cze"], 1):
        text = text.replace(f"\n2019-{number:02d};", f"\n{saved};")
    text = text.replace(";marzec 2019;", ";mar.19;")  # a month typed as 2019-03 comes back so too
    excel = write_csv(example.parent / "excel.csv", text.replace("\r\n", "\n"), "cp1250")
    check = unchanged(example)
    result = cli("training", "import", "--year", "2019", "--csv", str(excel))
    assert result.exit_code == 0, result.output
    message = flat(result.stderr)
    assert "bez zmian: 6" in message and "nowe: 0" in message  # not six copies of the plan
    assert "wiersz 2, kolumna „id”: „sty.19” odczytano jako 2019-01 (Excel zapisał to jako datę)" in message
    check()

    # the same term written another way (Excel's own date format, a month by number) is no change
    assert cli("training", "edit", "2019-06", "--when", "2019-11-14").exit_code == 0
    month = write_csv(
        example.parent / "termin.csv", "id;termin\n2019-05;lis.19\n2019-06;14.11.2019\n2019-04;2019-09\n"
    )
    result = cli("training", "import", "--year", "2019", "--csv", str(month), "--update")
    assert result.exit_code == 0, result.output
    assert "zmienione: 1, bez zmian: 2" in flat(result.stderr)
    assert '"termin": "2019-11"' in cli("training", "show", "2019-05", "--json").stdout
    assert '"termin": "2019-11-14"' in cli("training", "show", "2019-06", "--json").stdout
    assert '"termin": "wrzesień 2019"' in cli("training", "show", "2019-04", "--json").stdout


def test_same_new_partner_twice_in_one_file_is_refused(
    cli: Cli, partners_ws: Path, unchanged: Callable[[Path], Callable[[], None]]
) -> None:
    path = write_csv(
        partners_ws.parent / "twice.csv",
        "id;nazwa;rodzaj\n;Parafia św. Jana;parafia\n;Szkoła w Olszynach;szkola\n"
        ";parafia św.  jana;parafia\n",
    )
    check = unchanged(partners_ws)
    result = cli("partner", "import", "--csv", str(path))
    assert result.exit_code == 2, result.output
    assert "wiersz 4, kolumna „nazwa”: partner o tej nazwie jest już w wierszu 2" in flat(result.stderr)
    assert "wiersz 3" not in flat(result.stderr)
    check()
    # a second institution of the same name is fine once it has its own id
    path.write_text(
        "id;nazwa;rodzaj\n;Parafia św. Jana;parafia\nparafia-2;Parafia św. Jana;parafia\n", encoding="utf-8"
    )
    assert cli("partner", "import", "--csv", str(path)).exit_code == 0


@pytest.mark.parametrize(
    "body",
    [
        "Parafia;parafia\n" + "x" * 200_000 + ";parafia\n",  # a cell longer than the csv module takes
        'Parafia;parafia\n"Szkoła;szkola\n' + "OSP;osp\n" * 20_000,  # a quote never closed
    ],
)
def test_unreadable_row_is_named_instead_of_a_traceback(
    cli: Cli, partners_ws: Path, unchanged: Callable[[Path], Callable[[], None]], body: str
) -> None:
    path = write_csv(partners_ws.parent / "long.csv", "nazwa;rodzaj\n" + body)
    check = unchanged(partners_ws)
    result = cli("partner", "import", "--csv", str(path))
    assert result.exit_code == 2, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    message = flat(result.stderr)
    assert "Plik long.csv, wiersz 3: komórka jest za długa" in message
    assert "cudzysłów" in message and "Nic nie zapisano" in message
    check()
