"""Packs are untrusted input: whatever a zip holds, reading it writes nothing, escapes nowhere and
ends as one row with a Polish error, while the other gminas are shown as usual."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from emocni_cli.summary import pack as packs
from tests.animator import members, pack, zip_of
from tests.cli_asserts import flat
from tests.helpers import EXAMPLE, Cli, snapshot


@pytest.fixture
def good(tmp_path: Path) -> dict[str, bytes]:
    """The members of a real pack of the example."""
    return members(pack(EXAMPLE, tmp_path / "dobra.zip"))


def one_row(tmp_path: Path, data: bytes, *phrases: str) -> str:
    """The bad pack beside a good folder: two rows, the bad one with its error; exit code 3."""
    bad = tmp_path / "poczta" / "zla.zip"
    bad.parent.mkdir(exist_ok=True)
    bad.write_bytes(data)
    before = snapshot(tmp_path)
    result = Cli(tmp_path).raw("summary", "--json", str(EXAMPLE), str(bad))
    assert result.exit_code == 3, result.output
    assert "Traceback" not in result.output
    rows = json.loads(result.stdout)["gminas"]
    assert [r["error"] is None for r in rows] == [True, False]
    message = rows[1]["error"]
    assert message.startswith("Paczka zla.zip") or "zla.zip" in message, message
    for phrase in phrases:
        assert phrase in flat(message), (phrase, message)
    assert snapshot(tmp_path) == before  # nothing extracted, nothing written
    return message


@pytest.mark.parametrize(
    ("name", "phrase"),
    [
        ("/etc/emocni.toml", "ścieżkę bezwzględną"),
        ("\\\\serwer\\udzial\\emocni.toml", "ścieżkę bezwzględną"),
        ("C:/Users/emocni.toml", "ścieżkę bezwzględną"),
        ("../../emocni.toml", "„..”"),
        ("dokumenty\\..\\..\\emocni.toml", "„..”"),
    ],
)
def test_a_member_that_would_leave_the_folder(
    tmp_path: Path, good: dict[str, bytes], name: str, phrase: str
) -> None:
    one_row(tmp_path, zip_of({**good, name: b"x"}), phrase)


def test_a_link(tmp_path: Path, good: dict[str, bytes]) -> None:
    one_row(tmp_path, zip_of(good, link="partnerzy-link.toml"), "dowiązaniem")


def test_the_same_name_twice(tmp_path: Path, good: dict[str, bytes]) -> None:
    data = zip_of({**good, "EMOCNI.TOML": good["emocni.toml"]})
    one_row(tmp_path, data, "dwa razy")


def test_a_member_too_large(tmp_path: Path, good: dict[str, bytes]) -> None:
    bomb = b"# " + b"0" * (packs.MAX_MEMBER_BYTES + 10)  # compresses to a few kilobytes
    one_row(tmp_path, zip_of({**good, "spotkania.toml": bomb}), "za duży")


def test_too_much_in_all(tmp_path: Path, good: dict[str, bytes]) -> None:
    filler = b"0" * (packs.MAX_MEMBER_BYTES - 100)
    extra = {f"plan-{2020 + i}.toml": filler for i in range(packs.MAX_TOTAL_BYTES // len(filler) + 1)}
    one_row(tmp_path, zip_of({**good, **extra}), "po rozpakowaniu")


def test_a_size_that_lies(tmp_path: Path, good: dict[str, bytes]) -> None:
    """The central directory says 10 bytes, the member holds thousands: refused, not believed."""
    data = bytearray(zip_of(good))
    entry = data.find(b"partnerzy.toml", data.find(b"PK\x01\x02"))
    header = entry - 46  # the fixed part of a central directory entry precedes its name
    assert data[header : header + 4] == b"PK\x01\x02"
    data[header + 24 : header + 28] = (10).to_bytes(4, "little")  # the uncompressed size
    one_row(tmp_path, bytes(data), "zla.zip")


def test_no_utf8(tmp_path: Path, good: dict[str, bytes]) -> None:
    cp1250 = good["partnerzy.toml"].decode("utf-8").encode("cp1250", errors="replace")
    one_row(tmp_path, zip_of({**good, "partnerzy.toml": cp1250}), "partnerzy.toml", "UTF-8")


def test_not_a_zip(tmp_path: Path) -> None:
    one_row(tmp_path, b"<html>To jest strona, a nie paczka</html>", "nie jest poprawne archiwum ZIP")


def test_a_truncated_pack(tmp_path: Path, good: dict[str, bytes]) -> None:
    data = zip_of(good)
    one_row(tmp_path, data[: len(data) // 2], "ZIP")


def test_a_zip_without_a_manifest(tmp_path: Path, good: dict[str, bytes]) -> None:
    del good["manifest.json"]
    one_row(tmp_path, zip_of(good), "brak pliku manifest.json")


def test_a_manifest_of_something_else(tmp_path: Path, good: dict[str, bytes]) -> None:
    one_row(tmp_path, zip_of({**good, "manifest.json": b'{"format": "inne"}'}), "nie pochodzi z emocni")
    manifest = json.loads(good["manifest.json"]) | {"version": 99}
    one_row(tmp_path, zip_of({**good, "manifest.json": json.dumps(manifest).encode()}), "nowszym formacie")


def test_a_broken_file_inside_is_the_rows_error(tmp_path: Path, good: dict[str, bytes]) -> None:
    one_row(tmp_path, zip_of({**good, "emocni.toml": b"[gmina\nnazwa = 1"}), "emocni.toml")


def test_participants_in_a_pack_are_never_read(tmp_path: Path, good: dict[str, bytes]) -> None:
    """A hand-made zip with the participants' file: the row shows the gmina, the file is ignored."""
    bad = tmp_path / "reczna.zip"
    bad.write_bytes(
        zip_of({**good, "uczestnicy.toml": b'[[uczestnik]]\nid = "u-1"\nimie_nazwisko = "Jan"\n'})
    )
    result = Cli(tmp_path).raw("summary", "--json", str(bad))
    assert result.exit_code == 0, result.output
    assert "Jan" not in result.stdout


def test_a_file_changed_after_packing_is_noted(tmp_path: Path, good: dict[str, bytes]) -> None:
    edited = good["partnerzy.toml"] + b"\n# dopisane po drodze\n"
    del good["webinaria.toml"]
    bad = tmp_path / "zmieniona.zip"
    bad.write_bytes(zip_of({**good, "partnerzy.toml": edited}))
    row = json.loads(Cli(tmp_path).raw("summary", "--json", str(bad)).stdout)["gminas"][0]
    assert row["error"] is None
    assert row["notes"] == [
        "pliki inne niż przy tworzeniu paczki (zmienione, dodane lub brakujące): "
        "partnerzy.toml, webinaria.toml"
    ]
