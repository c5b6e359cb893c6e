"""A PDF of a written .docx, made by LibreOffice (soffice --headless --convert-to pdf).

LibreOffice is not a dependency of emocni: it is looked for on PATH and in its usual install
folders; where it is missing, or fails, the .docx is already written and the error says how to
get a PDF anyway."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from emocni_cli.errors import RefusedError, rel
from emocni_cli.workspace.files import atomic_write

TIMEOUT_S = 180  # the first conversion also creates LibreOffice's profile; a long plan takes a while
_NAMES = ("soffice", "libreoffice")
_INSTALL_FOLDERS = (
    r"C:\Program Files\LibreOffice\program",
    r"C:\Program Files (x86)\LibreOffice\program",
    "/Applications/LibreOffice.app/Contents/MacOS",
)
_NO_PDF = "Zapisano dokument .docx ({docx}), ale nie utworzono pliku PDF: {why}"
_BY_HAND = "albo otwórz plik .docx w Wordzie lub LibreOffice i wybierz Plik → Zapisz jako → PDF"


def find_soffice() -> Path | None:
    """LibreOffice's soffice: on PATH, else in its usual install folder (Windows, macOS)."""
    for name in _NAMES:
        if found := shutil.which(name):
            return Path(found)
    for folder in _INSTALL_FOLDERS:
        for name in ("soffice.exe", "soffice"):
            if (candidate := Path(folder) / name).is_file():
                return candidate
    return None


def convert(docx: Path, pdf: Path, root: Path | None = None) -> Path:
    """Write pdf from docx (pdf is a destination already checked by destination.py)."""
    shown = rel(docx, root)
    soffice = find_soffice()
    if soffice is None:
        raise RefusedError(
            _NO_PDF.format(docx=shown, why="nie znaleziono programu LibreOffice."),
            hint="zainstaluj bezpłatny LibreOffice (https://pl.libreoffice.org) i uruchom polecenie "
            f"ponownie z --pdf, {_BY_HAND}",
        )
    with tempfile.TemporaryDirectory(prefix="emocni-pdf-") as work:
        folder = Path(work)
        # its own profile: a LibreOffice the person has open does not block the conversion
        command = [
            str(soffice),
            "--headless",
            "--norestore",
            f"-env:UserInstallation={(folder / 'profil').as_uri()}",
            "--convert-to",
            "pdf",
            "--outdir",
            str(folder),
            str(docx.absolute()),
        ]
        try:
            subprocess.run(
                command,
                capture_output=True,
                timeout=TIMEOUT_S,
                check=False,
                stdin=subprocess.DEVNULL,
            )
        except subprocess.TimeoutExpired:
            raise RefusedError(
                _NO_PDF.format(docx=shown, why=f"LibreOffice nie skończył w {TIMEOUT_S // 60} minuty."),
                hint=f"zamknij okna LibreOffice i spróbuj ponownie, {_BY_HAND}",
            ) from None
        made = folder / f"{docx.stem}.pdf"
        if not made.is_file() or not made.read_bytes().startswith(b"%PDF"):
            raise RefusedError(
                _NO_PDF.format(docx=shown, why="LibreOffice nie przekształcił go w PDF."),
                hint=f"spróbuj ponownie, {_BY_HAND}",
            )
        atomic_write(pdf, made.read_bytes())
    return pdf
