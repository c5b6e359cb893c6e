"""Every bad input is refused with a Polish message, the documented exit code and no traceback —
and leaves every file of the workspace byte-identical."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from emocni_cli.errors import EXIT_INVALID, EXIT_REFUSED, EXIT_USAGE
from tests.builders import FIRST_MEETING, GBP, GOK, PHONE_CALL
from tests.cli_asserts import refused
from tests.helpers import Cli

FILLED = [  # a few records of every kind
    GBP,
    GOK,
    FIRST_MEETING,
    "consultation add --form wizyta --visit 1 --date 06.03.2018 --duration 4h",
    PHONE_CALL,
    "webinar add 'Plan bez tajemnic' --date 12.09.2018",
]


BAD_COMMANDS = [
    # (command, exit code, what the message must say)
    (["meeting", "add", "--date", "31.02.2018"], EXIT_USAGE, "Opcja --date: nie ma takiego dnia"),
    (["meeting", "add", "--date", "wczoraj wieczorem"], EXIT_USAGE, "nie rozumiem daty"),
    (["partner", "add", "X", "--type", "szkoła", "--joined", "2018-13-01"], EXIT_USAGE, "Opcja --joined"),
    (["partnership", "edit", "--founded", "16/01/18"], EXIT_USAGE, "Opcja --founded: nie rozumiem daty"),
    (
        ["consultation", "add", "--form", "telefon", "--date", "2018-05-20", "--duration", "2x"],
        EXIT_USAGE,
        "Opcja --duration: nie rozumiem czasu trwania „2x” (np. 4h, 45 min, 1 h 30 min, 1:15",
    ),
    (["consultation", "edit", "wizyta-1", "--duration", "30h"], EXIT_USAGE, "przekracza dobę"),
    (["partner", "add", "X", "--type", "sklep"], EXIT_USAGE, "dozwolone: szkola, przedszkole"),
    (["meeting", "add", "--date", "2018-01-16", "--kind", "zebranie"], EXIT_USAGE, "dozwolone: inicjujace"),
    (
        ["consultation", "add", "--form", "list", "--date", "2018-01-16"],
        EXIT_USAGE,
        "wizyta, online, telefon",
    ),
    (
        ["consultation", "add", "--form", "wizyta", "--date", "2018-11-20"],
        EXIT_USAGE,
        "wizyta w gminie musi mieć numer (1 albo 2; kolejne wizyty: 3, 4…)",
    ),
    # the same rule on the way through edit: a phone consultation made a visit needs its number
    (
        ["consultation", "edit", "telefon-2018-05-14", "--form", "wizyta"],
        EXIT_USAGE,
        "wizyta w gminie musi mieć numer (1 albo 2; kolejne wizyty: 3, 4…)",
    ),
    (["meeting", "add", "--date", "2018-01-16", "-a", "gbp", "-a", "wojt"], EXIT_USAGE, "wojt", "gbp, gok"),
    (["meeting", "held", "2017-11-21", "-a", "nikt"], EXIT_USAGE, "Nie ma partnera o identyfikatorze: nikt"),
    (["partnership", "edit", "--leader", "urzad"], EXIT_USAGE, "Nie ma partnera o identyfikatorze: urzad"),
    # a kind or a near miss instead of the id: the partner probably meant is named
    (["meeting", "add", "--date", "2018-01-16", "-a", "GOK"], EXIT_USAGE, "czy chodziło o „gok”?"),
    (["meeting", "add", "--date", "2018-01-16", "-a", "biblioteka"], EXIT_USAGE, "czy chodziło o „gbp”?"),
    (["partnership", "edit", "--leader", "gpb"], EXIT_USAGE, "czy chodziło o „gbp”?"),
    (["partner", "edit", "gbp", "--email", "biblioteka(at)gmina"], EXIT_USAGE, "nie wygląda na adres e-mail"),
    (
        ["meeting", "add", "--date", "2018-01-16", "--people", "dużo"],
        EXIT_USAGE,
        "oczekiwano liczby całkowitej",
    ),
    (["meeting", "add", "--kind", "robocze"], EXIT_USAGE, "Brak wymaganej opcji „--date”"),
    (["partner", "add"], EXIT_USAGE, "Brak wymaganego argumentu „NAZWA”"),
    (["partner", "edit", "gbp"], EXIT_USAGE, "Nie podano żadnej zmiany"),
    (
        ["partner", "add", "Biblioteka", "--type", "biblioteka", "--id", "gbp"],
        EXIT_REFUSED,
        "jest już rekord",
    ),
    (
        ["partner", "add", "Zły identyfikator", "--type", "inna", "--id", "zły id"],
        EXIT_USAGE,
        "identyfikator",
    ),
    (["meeting", "add", "--date", "2017-11-21", "--id", "2017-11-21"], EXIT_REFUSED, "„2017-11-21”"),
    (["partner", "remove", "gok"], EXIT_REFUSED, "spotkania.toml → 2017-11-21 (obecni)", "--force"),
    (["partner", "show", "gbq"], EXIT_REFUSED, "Nie ma rekordu", "czy chodziło o „gbp”?"),
    (["meeting", "remove", "2017-11-22"], EXIT_REFUSED, "Nie ma rekordu"),
    (["webinar", "edit", "nie-ma", "--recording"], EXIT_REFUSED, "Nie ma rekordu"),
    (
        ["consultation", "add", "--form", "wizyta", "--visit", "1", "--date", "2018-11-20"],
        EXIT_INVALID,
        "wizyta nr 1 jest już zapisana",
    ),
    (["consultation", "edit", "telefon-2018-05-14", "--visit", "2"], EXIT_INVALID, "dotyczy tylko formy"),
]


@pytest.mark.parametrize(("args", "code", "phrases"), [(a, c, p) for a, c, *p in BAD_COMMANDS])
def test_bad_command_changes_nothing(
    filled: Cli,
    unchanged: Callable[[Path], Callable[[], None]],
    args: list[str],
    code: int,
    phrases: list[str],
) -> None:
    check = unchanged(filled.folder)
    refused(filled(*args), code, *phrases)
    check()


BROKEN_FILES = {
    # file -> (bytes written there, what `check` must say)
    "broken TOML": (
        "spotkania.toml",
        b'[[spotkanie]]\nid = "s"\nmiejsce = Biblioteka\n',
        "spotkania.toml:3:11",
        "błąd składni TOML: niepoprawna wartość — tekst musi być w cudzysłowie",
    ),
    "cp1250": (
        "partnerzy.toml",
        '[[partner]]\nid = "gbp"\nnazwa = "Biblioteka Publiczna w Wierzbnie Dolnym"\nrodzaj = "biblioteka"\n'
        'rola = "miejsce szkoleń"\n'.encode("cp1250"),
        "partnerzy.toml:5:",
        "nie jest zapisany w UTF-8 — wygląda na kodowanie Windows-1250 (cp1250)",
    ),
    "UTF-16": (
        "webinaria.toml",
        '[[webinarium]]\nid = "w"\ntytul = "Webinarium"\ndata = 2018-09-12\n'.encode("utf-16"),
        "webinaria.toml",
        "UTF-16",
    ),
    "missing key": (
        "konsultacje.toml",
        b'[[konsultacja]]\nid = "k"\nforma = "telefon"\n',
        "konsultacje.toml:1",
        "brak wymaganego pola",
    ),
    "bad date in file": (
        "spotkania.toml",
        b'[[spotkanie]]\nid = "s"\ndata = 2018-02-30\n',
        "spotkania.toml:3:8",
        "niepoprawna data 2018-02-30",
    ),
    "unknown partner in file": (
        "spotkania.toml",
        b'[[spotkanie]]\nid = "s"\ndata = 2018-02-20\nobecni = ["gbp", "wojt"]\n',
        "spotkania.toml:4",
        "odwołanie do nieistniejącego partnera „wojt”",
    ),
    "duplicate id in file": (
        "webinaria.toml",
        b'[[webinarium]]\nid = "w"\ntytul = "A"\ndata = 2018-09-12\n\n'
        b'[[webinarium]]\nid = "w"\ntytul = "B"\ndata = 2019-02-14\n',
        "webinaria.toml:7",
        "identyfikator „w” powtarza się",
    ),
}


@pytest.mark.parametrize("case", list(BROKEN_FILES))
@pytest.mark.parametrize(
    "args",
    [
        ["check"],
        ["partner", "list"],
        ["partner", "add", "Urząd Gminy", "--type", "UG"],
        ["meeting", "add", "--date", "2018-04-10", "--held"],
        ["webinar", "remove", "plan-bez-tajemnic"],
    ],
)
def test_an_unreadable_or_invalid_file_stops_every_command_and_changes_nothing(
    filled: Cli, unchanged: Callable[[Path], Callable[[], None]], case: str, args: list[str]
) -> None:
    name, data, location, message = BROKEN_FILES[case]
    (filled.folder / name).write_bytes(data)
    check = unchanged(filled.folder)
    refused(filled(*args), EXIT_INVALID, location, message)
    check()


def test_missing_required_key_in_settings_is_located_with_a_hint(
    cli: Cli, unchanged: Callable[[Path], Callable[[], None]]
) -> None:
    config = cli.folder / "emocni.toml"
    text = config.read_text(encoding="utf-8").replace('imie_nazwisko = "Paweł Zieliński"\n', "")
    config.write_text(text, encoding="utf-8")
    line = text.splitlines().index("[animator]") + 1
    check = unchanged(cli.folder)
    refused(
        cli("check"), EXIT_INVALID, f"emocni.toml:{line}", "animator.imie_nazwisko", "brak wymaganego pola"
    )
    refused(
        cli("partner", "add", "X", "--type", "inna"),
        EXIT_INVALID,
        "dopisz imie_nazwisko = … w sekcji [animator]",
    )
    check()


def test_a_missing_or_misspelt_section_of_settings_says_which_section(cli: Cli) -> None:
    config = cli.folder / "emocni.toml"
    text = config.read_text(encoding="utf-8")
    config.write_text(text.replace("[plan]", "[plany]"), encoding="utf-8")
    line = text.splitlines().index("[plan]") + 1
    where = f"emocni.toml:{line}"
    refused(cli("check"), EXIT_INVALID, where, "brak sekcji [plan]", "popraw nazwę sekcji na [plan]")
    config.write_text("", encoding="utf-8")  # a file emptied by mistake
    message = refused(cli("check"), EXIT_INVALID, "brak sekcji [gmina]", "wiersz [gmina], a pod nim: nazwa")
    assert "dopisz gmina = …" not in message


def test_a_change_that_would_break_the_workspace_is_not_written(
    filled: Cli, unchanged: Callable[[Path], Callable[[], None]]
) -> None:
    check = unchanged(filled.folder)
    message = refused(
        filled("consultation", "edit", "telefon-2018-05-14", "--form", "wizyta", "--visit", "1"),
        EXIT_INVALID,
        "Ta zmiana dałaby niepoprawną przestrzeń roboczą — nic nie zapisano",
        "wizyta nr 1",
        "popraw wartości w poleceniu",
    )
    # the change is in the command, not in the files: no line of a file to open in an editor
    assert "konsultacje.toml (rekord" in message
    assert "w edytorze tekstu" not in message
    check()


def test_a_writer_waiting_too_long_for_the_lock_gives_up_cleanly(
    filled: Cli, unchanged: Callable[[Path], Callable[[], None]], monkeypatch: pytest.MonkeyPatch
) -> None:
    from filelock import FileLock

    from emocni_cli.workspace import files as storage

    monkeypatch.setattr(storage, "LOCK_TIMEOUT_S", 0.2)
    check = unchanged(filled.folder)
    with FileLock(str(filled.folder / storage.LOCK_NAME)):  # another emocni is writing
        refused(filled("partner", "add", "OSP", "--type", "OSP"), EXIT_REFUSED, "Inny proces emocni zapisuje")
        assert "gok" in filled("partner", "list").stdout  # reading does not wait for the lock
    check()


def _docx_bytes(document_xml: bytes | None, *, declared_huge: bool = False) -> bytes:
    """A .docx-like zip whose word/document.xml is given (None: left out); declared_huge packs
    zeros that would unpack to more than any document (a zip bomb)."""
    import io
    import zipfile

    from docx import Document

    from emocni_cli.exchange.text_files import MAX_UNPACKED

    real = io.BytesIO()
    Document().save(real)
    out = io.BytesIO()
    with zipfile.ZipFile(real) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            if item.filename == "word/document.xml":
                if document_xml is not None:
                    target.writestr(item.filename, document_xml)
            else:
                target.writestr(item, source.read(item))
        if declared_huge:
            target.writestr("word/media/zera.bin", bytes(MAX_UNPACKED + 1))
    return out.getvalue()


BROKEN_DOCX = {
    "not-a-zip": (b"To nie jest dokument, tylko tekst.", "plik jest uszkodzony"),
    "cut-short": (lambda: _docx_bytes(b"<w:document/>")[:300], "plik jest uszkodzony"),
    "no-document": (lambda: _docx_bytes(None), "nie da się odczytać jego treści"),
    "bad-xml": (lambda: _docx_bytes(b"<w:document><w:body><w:p>"), "nie da się odczytać jego treści"),
    "zip-bomb": (lambda: _docx_bytes(None, declared_huge=True), "po rozpakowaniu zająłby ponad 50 MB"),
}


@pytest.mark.parametrize("case", list(BROKEN_DOCX))
def test_a_broken_word_document_for_a_plan_section_is_refused_and_nothing_written(
    filled: Cli, unchanged: Callable[[Path], Callable[[], None]], tmp_path: Path, case: str
) -> None:
    made, said = BROKEN_DOCX[case]
    source = tmp_path / "diagnoza.docx"
    source.write_bytes(made() if callable(made) else made)
    check = unchanged(filled.folder)
    refused(
        filled("plan", "set", "diagnoza", "--file", str(source)),
        EXIT_USAGE,
        "Plik diagnoza.docx nie jest poprawnym dokumentem Word (.docx)",
        said,
        "Nic nie zapisano.",
        "zapisz ponownie",
    )
    check()
