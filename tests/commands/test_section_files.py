"""emocni plan set SEKCJA --file PLIK with the files people keep a text in: Notepad's .txt in UTF-8
(with BOM and Windows line ends) or Windows-1250, Word's .docx; other kinds are refused with what
to do, and a refusal writes nothing."""

from __future__ import annotations

import tomllib
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from docx import Document

from emocni_cli.errors import EXIT_USAGE
from tests.cli_asserts import flat, ok, refused
from tests.helpers import Cli

PLAN = "plan-ogolny.toml"
TEXT = "Ankieta wśród mieszkańców: zażółć gęślą jaźń.\nBariery: brak sprzętu, obawa przed „zepsuciem”."


def section(ws: Path, key: str) -> str:
    return tomllib.loads((ws / PLAN).read_text(encoding="utf-8"))[key]


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("diagnoza.txt", TEXT.encode()),
        ("diagnoza.txt", ("\ufeff" + TEXT.replace("\n", "\r\n") + "\r\n").encode()),
        ("diagnoza.md", TEXT.encode()),
        ("DIAGNOZA.TXT", TEXT.encode()),
    ],
    ids=["utf-8", "bom-crlf", "markdown", "capitals"],
)
def test_a_text_file_in_utf8(cli: Cli, ws: Path, tmp_path: Path, name: str, data: bytes) -> None:
    (tmp_path / name).write_bytes(data)
    result = ok(cli("plan", "set", "diagnoza", "--file", str(tmp_path / name)))
    assert section(ws, "diagnoza") == TEXT + "\n"
    assert "Windows-1250" not in result.stderr


def test_a_notepad_file_in_windows_1250_is_read_with_a_note(cli: Cli, ws: Path, tmp_path: Path) -> None:
    source = tmp_path / "diagnoza.txt"
    source.write_bytes(TEXT.replace("\n", "\r\n").encode("cp1250"))
    result = ok(cli("plan", "set", "diagnoza", "--file", str(source)))
    assert section(ws, "diagnoza") == TEXT + "\n"
    note = flat(result.stderr)
    assert "plik diagnoza.txt jest zapisany w kodowaniu Windows-1250 — odczytano go w tym kodowaniu" in note
    assert "Kodowanie: UTF-8" in note


def test_the_paragraphs_of_a_word_document(cli: Cli, ws: Path, tmp_path: Path) -> None:
    document = Document()
    document.add_heading("Diagnoza potrzeb", level=1)
    document.add_paragraph("W gminie mieszka 4200 osób; co trzecia ma ponad 60 lat — zażółć gęślą jaźń.")
    document.add_paragraph("")
    document.add_paragraph("Bariery:")
    document.add_paragraph("brak sprzętu w domu,", style="List Bullet")
    document.add_paragraph("obawa przed „zepsuciem” komputera.", style="List Bullet")
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "Seniorzy", "120 osób"
    document.add_paragraph("Źródła: ankieta, dane GUS i GOPS.")
    source = tmp_path / "Diagnoza gminy.docx"
    document.save(str(source))

    result = ok(cli("plan", "set", "diagnoza", "--file", str(source)))
    assert section(ws, "diagnoza") == (
        "Diagnoza potrzeb\n\n"
        "W gminie mieszka 4200 osób; co trzecia ma ponad 60 lat — zażółć gęślą jaźń.\n\n"
        "Bariery:\n\n"
        "- brak sprzętu w domu,\n"
        "- obawa przed „zepsuciem” komputera.\n\n"
        "Seniorzy; 120 osób\n\n"
        "Źródła: ankieta, dane GUS i GOPS.\n"
    )
    assert "Z dokumentu Diagnoza gminy.docx wzięto sam tekst (7 akapitów)" in flat(result.stderr)
    shown = flat(ok(cli("plan", "show")).stdout)
    assert "– brak sprzętu w domu," in shown  # a list item stays one in the plan


def odt(path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as package:
        package.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        package.writestr("content.xml", "<office:document-content/>")
    return path


REFUSED = [
    # (file name, its bytes or a maker, what the message must say)
    ("diagnoza.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(500), "w starym formacie Worda (.doc)"),
    ("diagnoza.odt", odt, "to dokument OpenDocument (.odt"),
    ("diagnoza.pdf", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n", "to plik PDF"),
    ("diagnoza.rtf", b"{\\rtf1\\ansi\\ansicpg1250 Zaaw\\'b3aszczone}", "to dokument RTF"),
    (
        "zdjecie.jpg",
        b"\xff\xd8\xff\xe0" + bytes(100),
        "nie jest plikiem tekstowym (.txt, .md) ani dokumentem Word",
    ),
    # the name is not what decides: an old Word file renamed to .docx
    ("diagnoza.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(500), "w starym formacie Worda (.doc)"),
]
HINTS = {
    "doc": "Zapisz jako… → „Dokument programu Word (*.docx)”",
    "odt": "typ „Word 2007–365 (.docx)”",
    "pdf": "skopiuj go do Notatnika i zapisz jako plik .txt",
    "rtf": "zapisz jako „Dokument programu Word (*.docx)”",
    "jpg": "zapisz tekst w Wordzie jako .docx albo skopiuj tekst do Notatnika",
    "docx": "Zapisz jako… → „Dokument programu Word (*.docx)”",
}


@pytest.mark.parametrize(("name", "content", "said"), REFUSED, ids=[r[0] for r in REFUSED])
def test_other_kinds_of_file_say_what_to_do(
    cli: Cli, ws: Path, tmp_path: Path, unchanged: Callable, name: str, content: object, said: str
) -> None:
    ok(cli("plan", "set", "cele", "--text", "Cele wpisane wcześniej."))
    source = tmp_path / name
    if callable(content):
        content(source)
    else:
        source.write_bytes(content)
    check = unchanged(ws)
    message = refused(cli("plan", "set", "cele", "--file", str(source)), EXIT_USAGE, said)
    assert HINTS[name.rpartition(".")[2]] in message
    assert "UTF-8" not in message  # no advice to re-save a document in Notepad's encoding
    check()


def test_a_text_in_no_encoding_emocni_reads_is_refused(
    cli: Cli, ws: Path, tmp_path: Path, unchanged: Callable
) -> None:
    source = tmp_path / "cele.txt"
    source.write_bytes(b"Cele \x81\x83\x88\x90\x98")  # bytes that are neither UTF-8 nor Windows-1250
    check = unchanged(ws)
    refused(
        cli("plan", "set", "cele", "--file", str(source)), EXIT_USAGE, "cele.txt", "nie jest zapisany w UTF-8"
    )
    check()
