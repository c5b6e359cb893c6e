"""Reading documents back: their text with python-docx, their pages through LibreOffice; a user's template."""

from __future__ import annotations

import shutil
import subprocess
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from docx import Document

from emocni_cli.typography import NBSP
from tests.cli_asserts import flat, refused


def seen(text: str) -> str:
    """Text as a reader sees it: a non-breaking space looks like a space (the tests of typography
    read the XML itself)."""
    return text.replace(NBSP, " ")


def rows(path: Path, table: int) -> list[list[str]]:
    """The text of every cell of the document's table number `table`, row by row, as seen."""
    return [[seen(cell.text) for cell in row.cells] for row in Document(str(path)).tables[table].rows]


def texts(path: Path) -> list[str]:
    """Every paragraph of the body, of table cells, of headers and footers, as seen."""
    doc = Document(str(path))
    out = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        for row in table.rows:
            for cell in row.cells:
                out.extend(p.text for p in cell.paragraphs)
    for section in doc.sections:
        out.extend(p.text for p in section.header.paragraphs)
        out.extend(p.text for p in section.footer.paragraphs)
    return [seen(text) for text in out]


def make_template(path: Path, *paragraphs: str) -> Path:
    """A user's template: a .docx with one paragraph per text."""
    doc = Document()
    for text in paragraphs:
        doc.add_paragraph(text)
    doc.save(str(path))
    return path


needs_office = pytest.mark.skipif(
    not (shutil.which("soffice") and shutil.which("pdftotext") and shutil.which("pdfinfo")),
    reason="LibreOffice (soffice) i poppler (pdftotext, pdfinfo) nie są zainstalowane",
)


def to_pdf(docx: Path, folder: Path) -> tuple[str, str]:
    """(pdfinfo output, text with whitespace flattened) of the document converted by LibreOffice."""
    subprocess.run(
        [
            "soffice",
            "--headless",
            f"-env:UserInstallation={(folder / 'lo-profile').as_uri()}",
            "--convert-to",
            "pdf",
            "--outdir",
            str(folder),
            str(docx),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    pdf = folder / (docx.stem + ".pdf")
    info = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True).stdout
    text = subprocess.run(["pdftotext", str(pdf), "-"], check=True, capture_output=True, text=True).stdout
    return info, flat(text)


# words of Jinja's, Python's and docx's own messages that must never reach a person
ENGLISH = (
    "unexpected", "expected", "Encountered", "undefined", "division", "Range too big", "object",
    "Error", "error", "Traceback", "NameError",
)  # fmt: skip


def refused_render(
    cli: Callable, ws: Path, tmp_path: Path, unchanged: Callable, template: Path, *phrases: str
) -> tuple[str, float]:
    """Render the general plan with a user's template that must be refused: exit 2, Polish, no
    document and no other file written. Returns the message and the seconds it took."""
    out = tmp_path / "wynik.docx"
    check = unchanged(ws)
    started = time.monotonic()
    result = cli("render-plan", "general", "--template", str(template), "-o", str(out))
    elapsed = time.monotonic() - started
    message = refused(result, 2, *phrases, "Nic nie zostało zapisane")
    assert not any(word in message for word in ENGLISH), message
    assert not out.exists()
    check()
    return message, elapsed
