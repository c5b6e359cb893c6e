"""Rendering .docx documents from templates with docxtpl — safely.

A template may come from the user (--template), so it is untrusted input: it runs in the
sandbox of template_sandbox (autoescaping always on, so text with &, < and quotes comes out
intact; bounded work), may only use the placeholders of its document, and nothing is written
unless the whole document renders; template_errors says what went wrong, in Polish.
docxtpl and jinja2 are imported inside the functions: other commands must start fast."""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from emocni_cli.documents.destination import destination
from emocni_cli.errors import InputError, RefusedError
from emocni_cli.workspace.files import atomic_write

if TYPE_CHECKING:
    from docxtpl import DocxTemplate

OUTPUT_FOLDER = "dokumenty"


@dataclass(frozen=True)
class DocumentKind:
    """One kind of document: its name on the command line and its default template."""

    key: str  # typed after `emocni template export`, e.g. "general"
    template: str  # file in templates/, e.g. "plan-ogolny.docx"
    title: str  # Polish, nominative: "część ogólna planu szkoleń"
    # typed instead of key, and the Polish name of the command that writes it (`render-plan ogólny`)
    polish: str


GENERAL_PLAN = DocumentKind("general", "plan-ogolny.docx", "część ogólna planu szkoleń", "ogólny")
DETAILED_PLAN = DocumentKind(
    "detailed", "plan-szczegolowy.docx", "roczny plan szkoleń (część szczegółowa)", "szczegółowy"
)
ATTENDANCE_LIST = DocumentKind(
    "attendance", "lista-obecnosci.docx", "lista obecności ze spotkania", "lista-obecności"
)
MINUTES = DocumentKind("minutes", "protokol.docx", "protokół ze spotkania partnerstwa", "protokół")
AGREEMENT = DocumentKind("agreement", "porozumienie.docx", "porozumienie partnerskie", "porozumienie")
DECLARATION = DocumentKind(
    "declaration", "deklaracja.docx", "deklaracja przystąpienia do partnerstwa", "deklaracja"
)
INDICATORS = DocumentKind("indicators", "raport-wskaznikow.docx", "raport wskaźników szkoleń", "raport")
TRAINING_ATTENDANCE = DocumentKind(
    "training-attendance",
    "lista-obecnosci-szkolenie.docx",
    "lista obecności na szkoleniu",
    "lista-obecności-szkolenia",
)
CERTIFICATES = DocumentKind(
    "certificates", "zaswiadczenie.docx", "zaświadczenia ukończenia szkolenia", "zaświadczenia"
)
PARTICIPANT_FORM = DocumentKind(
    "participant-form",
    "deklaracja-uczestnictwa.docx",
    "deklaracja uczestnictwa w szkoleniu",
    "deklaracja-uczestnictwa",
)

# Every document emocni renders; `emocni template export` offers exactly these.
KINDS: dict[str, DocumentKind] = {
    kind.key: kind
    for kind in (
        GENERAL_PLAN,
        DETAILED_PLAN,
        ATTENDANCE_LIST,
        MINUTES,
        AGREEMENT,
        DECLARATION,
        TRAINING_ATTENDANCE,
        CERTIFICATES,
        PARTICIPANT_FORM,
        INDICATORS,
    )
}


def kind_named(name: str) -> DocumentKind | None:
    """The kind a person named, by its key or its Polish name (with or without Polish letters)."""
    from emocni_cli.model.vocabularies import fold

    return next((k for k in KINDS.values() if fold(name) in (fold(k.key), fold(k.polish))), None)


@dataclass
class DocumentData:
    """What a document is filled with, where it goes by default, and what keeps it a draft."""

    context: dict[str, Any]
    file_name: str  # default name inside dokumenty/
    # non-empty: rendered as WERSJA ROBOCZA; plain Polish for the document's reader, never commands
    missing: list[str] = field(default_factory=list)
    blank: list[str] = field(default_factory=list)  # fields left empty, and where to fill them in
    fixes: list[str] = field(default_factory=list)  # the commands that complete it, for the terminal

    @property
    def draft(self) -> bool:
        return bool(self.missing)

    def full_context(self) -> dict[str, Any]:
        return self.context | {"wersja_robocza": self.draft, "braki": list(self.missing)}


def templates_folder() -> Path:
    """templates/ of an installed wheel (emocni_cli/templates) or of a source checkout."""
    package = Path(__file__).resolve().parents[1]
    for folder in (package / "templates", package.parent / "templates"):
        if folder.is_dir():
            return folder
    raise RefusedError(
        "Nie znaleziono folderu z szablonami dokumentów emocni (templates).",
        hint="zainstaluj emocni ponownie: python -m pip install --force-reinstall emocni",
    )


def fields_doc() -> str:
    """Where the placeholders are described: the README next to the templates, as a full path
    (an installed emocni keeps it deep inside Python's folders, where nobody would look)."""
    try:
        return str(templates_folder() / "README.md")
    except RefusedError:
        return "templates/README.md"


def default_template(kind: DocumentKind) -> Path:
    path = templates_folder() / kind.template
    if not path.is_file():
        raise RefusedError(
            f"Brak domyślnego szablonu {kind.template} w {path.parent}.",
            hint="zainstaluj emocni ponownie albo wskaż własny szablon opcją --template",
        )
    return path


def export_template(kind: DocumentKind, dest: Path, force: bool = False) -> Path:
    """Copy the default template of a document to dest, for a user to customise."""
    source = default_template(kind)
    dest = destination(dest, kind.template, force, elsewhere="")
    atomic_write(dest, source.read_bytes())
    return dest


def output_path(
    root: Path,
    output: Path | None,
    file_name: str,
    force: bool,
    option: str = "-o",
    replaceable: Callable[[Path], bool] | None = None,
) -> Path:
    """-o FILE (or folder) as given, else dokumenty/<file_name> in the workspace, by the rules of
    destination.py. `option` is the command's option for the path (-o, or --csv for a CSV
    export), named in the hints; `replaceable`: an existing file it may replace without --force."""
    elsewhere = f"opcją {option}"
    if output is not None:
        return destination(output, file_name, force, root, elsewhere, replaceable)
    folder = root / OUTPUT_FOLDER
    if folder.is_dir():
        return destination(folder, file_name, force, root, elsewhere, replaceable)
    return folder / file_name  # the folder is made only once the document has rendered


def write_output(
    root: Path,
    output: Path | None,
    file_name: str,
    content: bytes | Callable[[], bytes],
    *,
    force: bool,
    option: str = "-o",
    replaceable: Callable[[Path], bool] | None = None,
) -> Path:
    """Write a file the tool wholly owns (a document, a CSV, a calendar) where output_path says,
    making dokumenty/ if needed. `content` may be a function: a document is rendered only once
    its destination is known to be free, and nothing is written if rendering fails."""
    dest = output_path(root, output, file_name, force, option, replaceable)
    data = content() if callable(content) else content
    dest.parent.mkdir(exist_ok=True)
    atomic_write(dest, data)
    return dest


def render(
    kind: DocumentKind,
    data: DocumentData,
    root: Path,
    *,
    output: Path | None = None,
    template: Path | None = None,
    force: bool = False,
) -> Path:
    """Render data into the template (default or the user's) and write the .docx atomically.
    A user's template is untrusted: it renders in a bounded child process (isolated.py)."""

    def rendered() -> bytes:
        if template is None:
            return render_bytes(default_template(kind), data.full_context())
        from emocni_cli.documents.isolated import render_isolated

        return render_isolated(template, data.full_context())

    return write_output(root, output, data.file_name, rendered, force=force)


def _load(path: Path) -> DocxTemplate:
    import zipfile
    import zlib

    from docx.opc.exceptions import PackageNotFoundError
    from docxtpl import DocxTemplate
    from lxml.etree import XMLSyntaxError

    from emocni_cli.documents.template_errors import broken_docx

    if path.is_dir():
        raise InputError(f"{path} to folder, a nie plik szablonu.", hint="podaj w --template plik .docx")
    if not path.is_file():
        raise InputError(f"Nie ma pliku szablonu {path}.", hint="sprawdź ścieżkę podaną w --template")
    template = DocxTemplate(path)
    try:
        template.init_docx()
    except (
        PackageNotFoundError,
        zipfile.BadZipFile,
        zlib.error,
        EOFError,
        XMLSyntaxError,
        LookupError,
        ValueError,
        TypeError,
        AttributeError,  # e.g. [Content_Types].xml that is not a list of content types
        AssertionError,
    ):
        raise broken_docx(path) from None
    return template


class _KeepsParse:
    """Passed to docxtpl as its Jinja environment: parses with the real one and keeps the tree,
    so the template is parsed once for both checks of its placeholders. Every paragraph goes on
    its own line, as when docxtpl renders, so an error's line number names its paragraph."""

    def __init__(self, env: Any) -> None:
        self.env = env
        self.tree: Any = None

    def parse(self, source: str) -> Any:
        from emocni_cli.documents.sandbox import split_paragraphs

        self.tree = self.env.parse(split_paragraphs(source))
        return self.tree


def _check_fields(template: DocxTemplate, env: Any, context: dict[str, Any], where: str) -> None:
    """InputError listing every placeholder the document does not have, before anything renders."""
    from emocni_cli.documents.fields import UnknownField, unknown_fields

    parsed = _KeepsParse(env)
    top = template.get_undeclared_template_variables(parsed, context)
    unknown = [UnknownField(name, None, tuple(context)) for name in sorted(top)]
    unknown += unknown_fields(parsed.tree, context) if parsed.tree is not None else []
    if not unknown:
        return
    places = {field.parent: field.known for field in unknown}
    available = "; ".join(
        (f"w „{parent}”: " if parent else "pola dokumentu: ") + ", ".join(known)
        for parent, known in places.items()
    )
    raise InputError(
        f"{where} używa nieznanych pól: {', '.join(map(str, unknown))}. Nic nie zostało zapisane.",
        hint=f"popraw je w szablonie; {available} (opis wszystkich pól: {fields_doc()})",
    )


def _fill_empty_cells(template: DocxTemplate) -> None:
    """Give every table cell a paragraph: a loop inside a cell over an empty list (a partner with no
    resources) leaves none, which Word reports as a damaged file and LibreOffice draws askew."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    for cell in template.docx.element.body.iter(qn("w:tc")):
        if cell.find(qn("w:p")) is None:
            cell.append(OxmlElement("w:p"))


def render_bytes(path: Path, context: dict[str, Any]) -> bytes:
    """The rendered document as bytes. The template runs in template_sandbox; anything wrong with
    it — a broken file, a bad expression, a forbidden construct — is one Polish InputError."""
    from emocni_cli.documents.finish import finish
    from emocni_cli.documents.sandbox import environment
    from emocni_cli.documents.template_errors import refusals

    template = _load(path)
    env = environment()
    buffer = io.BytesIO()
    with refusals(path, env, fields_doc()):
        _check_fields(template, env, context, f"Szablon {path.name}")
        template.render(context, env, autoescape=True)
        _fill_empty_cells(template)
        finish(template.docx, context)
        template.save(buffer)
    return buffer.getvalue()
