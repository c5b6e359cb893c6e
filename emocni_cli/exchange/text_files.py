"""The text of a file people wrote elsewhere, e.g. a plan section: a .txt or .md from Notepad in
UTF-8 or Windows-1250, or the paragraphs of a Word .docx. Any other kind of file gets a Polish
message saying what to do with it. python-docx is imported only when a .docx is read."""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from emocni_cli.errors import InputError
from emocni_cli.polish import plural

TEXT_SUFFIXES = (".txt", ".md", ".text", "")
MAX_UNPACKED = 50_000_000  # bytes of a .docx unpacked; a text of 200 pages with photos is far less

NOTEPAD = "albo skopiuj tekst do Notatnika i zapisz go jako plik .txt"
_OTHER_KINDS = {  # kind -> (what the file is, what to do with it)
    "doc": (
        "dokument w starym formacie Worda (.doc)",
        "otwórz go w Wordzie i wybierz Plik → Zapisz jako… → „Dokument programu Word (*.docx)”, " + NOTEPAD,
    ),
    "odt": (
        "dokument OpenDocument (.odt, z LibreOffice lub OpenOffice)",
        "w LibreOffice wybierz Plik → Zapisz jako… i typ „Word 2007–365 (.docx)”, " + NOTEPAD,
    ),
    "pdf": (
        "plik PDF",
        "podaj dokument, z którego powstał PDF (np. plik .docx), albo zaznacz tekst w PDF, skopiuj go "
        "do Notatnika i zapisz jako plik .txt",
    ),
    "rtf": (
        "dokument RTF (.rtf)",
        "otwórz go w Wordzie lub WordPadzie i zapisz jako „Dokument programu Word (*.docx)”, " + NOTEPAD,
    ),
}
_SUFFIX_KINDS = {".doc": "doc", ".odt": "odt", ".pdf": "pdf", ".rtf": "rtf", ".docx": "docx"}
_MAGIC = (  # how the first bytes tell the kind, whatever the file's name says
    (b"%PDF", "pdf"),
    (b"{\\rtf", "rtf"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "doc"),  # the old Office format
    (b"PK\x03\x04", "zip"),
)


@dataclass(frozen=True)
class Text:
    text: str
    warning: str | None = None  # read in an encoding that should be changed next time
    info: str | None = None  # what was taken from a document and what was left out


def _read_bytes(path: Path) -> bytes:
    from emocni_cli.workspace.file_errors import explain

    if not path.is_file():
        what = "To folder, a nie plik" if path.is_dir() else "Nie ma pliku"
        raise InputError(
            f"{what}: {path}.",
            hint="podaj plik z tekstem: zapisany w Notatniku (.txt) albo w Wordzie (.docx)",
        )
    try:
        return path.read_bytes()
    except OSError as exc:
        what, hint = explain(exc)
        raise InputError(f"Nie można odczytać pliku {path}: {what}.", hint=hint) from None


def _kind(path: Path, data: bytes) -> str:
    """'text', 'docx', one of _OTHER_KINDS or 'unknown': by the content first, then by the name."""
    by_name = _SUFFIX_KINDS.get(
        path.suffix.lower(), "text" if path.suffix.lower() in TEXT_SUFFIXES else "unknown"
    )
    found = next((kind for magic, kind in _MAGIC if data.startswith(magic)), None)
    if found != "zip":
        return found or by_name
    try:
        with zipfile.ZipFile(path) as package:
            names = set(package.namelist())
            mimetype = package.read("mimetype")[:100] if "mimetype" in names else b""
    except (zipfile.BadZipFile, OSError, EOFError, ValueError):
        return by_name  # a broken .docx is reported by the .docx reader
    if "word/document.xml" in names:
        return "docx"
    return "odt" if mimetype.startswith(b"application/vnd.oasis.opendocument") else by_name


def read_text(path: Path) -> Text:
    """The text of a .txt/.md (UTF-8 with or without BOM, or Windows-1250) or a .docx file;
    InputError (Polish, saying what to do) for an empty, broken or other kind of file."""
    data = _read_bytes(path)
    kind = _kind(path, data)
    if kind in _OTHER_KINDS:
        what, hint = _OTHER_KINDS[kind]
        raise InputError(f"Plik {path.name} to {what} — emocni nie odczyta z niego tekstu.", hint=hint)
    if kind == "unknown":
        raise InputError(
            f"Plik {path.name} nie jest plikiem tekstowym (.txt, .md) ani dokumentem Word (.docx).",
            hint="zapisz tekst w Wordzie jako .docx " + NOTEPAD,
        )
    result = _docx_text(path) if kind == "docx" else _plain_text(data, path.name)
    if not result.text.strip():
        raise InputError(f"Plik {path} jest pusty.", hint="zapisz w nim tekst i spróbuj ponownie")
    return result


def _plain_text(data: bytes, name: str) -> Text:
    from emocni_cli.workspace.files import UnreadableFile, decode_text

    try:
        text, cp1250 = decode_text(data, name)
    except UnreadableFile as exc:
        raise InputError(f"Plik {name}: {exc.problem.message}.", hint=exc.problem.hint) from None
    warning = None
    if cp1250:
        warning = (
            f"plik {name} jest zapisany w kodowaniu Windows-1250 — odczytano go w tym kodowaniu; "
            "następnym razem wybierz w Notatniku Plik → Zapisz jako… i Kodowanie: UTF-8"
        )
    return Text(text, warning)


def _broken(name: str, why: str) -> InputError:
    return InputError(
        f"Plik {name} nie jest poprawnym dokumentem Word (.docx): {why}. Nic nie zapisano.",
        hint="otwórz go w Wordzie i zapisz ponownie (Plik → Zapisz jako… → „Dokument programu Word "
        "(*.docx)”) " + NOTEPAD,
    )


def _check_package(path: Path) -> None:
    """Refuse a .docx that is not a zip, or would unpack to far more than any document (a zip bomb)."""
    from emocni_cli.documents.isolated import declared_sizes

    sizes = declared_sizes(path)
    if sizes is None:
        raise _broken(path.name, "plik jest uszkodzony albo to nie jest dokument Worda")
    if sum(sizes) > MAX_UNPACKED:
        raise _broken(path.name, f"po rozpakowaniu zająłby ponad {MAX_UNPACKED // 1_000_000} MB")


def _docx_text(path: Path) -> Text:
    """The paragraphs of the document in order, list items as '- …', a table's row as one line
    ('Seniorzy; 120 osób'); formatting, pictures, text boxes, headers and footers are left out."""
    import zlib

    from docx import Document
    from docx.opc.exceptions import PackageNotFoundError
    from lxml.etree import XMLSyntaxError

    _check_package(path)
    try:
        document = Document(str(path))
        lines = [line for line in _blocks(document.element.body, document) if line[1]]
    except (
        PackageNotFoundError,
        zipfile.BadZipFile,
        zlib.error,
        EOFError,
        KeyError,
        XMLSyntaxError,
        ValueError,
    ):
        raise _broken(path.name, "nie da się odczytać jego treści") from None
    parts: list[str] = []
    for index, (item, text) in enumerate(lines):
        if index:
            parts.append("\n" if item and lines[index - 1][0] else "\n\n")
        parts.append(f"- {text}" if item else text)
    count = f"{len(lines)} {plural(len(lines), 'akapit', 'akapity', 'akapitów')}"
    info = (
        f"Z dokumentu {path.name} wzięto sam tekst ({count}); pogrubienia, obrazy i układ strony "
        "zostają tylko w Wordzie."
    )
    return Text("".join(parts) + "\n", info=info)


def _blocks(container: Any, document: Any) -> Iterator[tuple[bool, str]]:
    """(a list item, its text) of every paragraph and table row of a body, in order."""
    from docx.oxml.ns import qn
    from docx.text.paragraph import Paragraph

    for child in container.iterchildren():
        if child.tag == qn("w:p"):
            paragraph = Paragraph(child, document)
            yield _list_item(paragraph), paragraph.text.strip()
        elif child.tag == qn("w:tbl"):
            for row in child.iterchildren(qn("w:tr")):
                cells = (
                    " ".join(" ".join(Paragraph(p, document).text.split()) for p in cell.iter(qn("w:p")))
                    for cell in row.iterchildren(qn("w:tc"))
                )
                yield False, "; ".join(cell.strip() for cell in cells if cell.strip())
        elif child.tag == qn("w:sdt"):  # a content control of a form: its content is the text
            for content in child.iterchildren(qn("w:sdtContent")):
                yield from _blocks(content, document)


def _list_item(paragraph: Any) -> bool:
    """A bullet or numbered paragraph: numbered directly or by a list style ("List Bullet")."""
    ppr = paragraph._p.pPr
    if ppr is not None and ppr.numPr is not None:
        return True
    style = paragraph.style
    return style is not None and (style.name or "").startswith(("List", "Lista"))
