"""The options and the writer shared by every command that renders a .docx (and --pdf) document
(render-plan, meeting sheet|minutes, partnership agreement, partner declaration)."""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer

from emocni_cli.cli import output
from emocni_cli.cli.options import opt_date, root
from emocni_cli.errors import InputError

if TYPE_CHECKING:
    from emocni_cli.documents.render import DocumentData, DocumentKind


def output_option(help: str) -> Any:
    """-o/--output PLIK of a command that writes one file (a document, a calendar, a pack)."""
    return typer.Option(None, "-o", "--output", metavar="PLIK", help=help)


OUTPUT_OPTION = output_option(
    "Gdzie zapisać dokument (plik .docx albo folder). Domyślnie: folder dokumenty/ w przestrzeni."
)
TEMPLATE_OPTION = typer.Option(
    None,
    "--template",
    metavar="PLIK",
    help="Własny szablon .docx zamiast domyślnego (wzór: emocni template export).",
)
FORCE_OPTION = typer.Option(False, "--force", help="Zastąp istniejący plik.")
PDF_OPTION = typer.Option(
    False,
    "--pdf",
    help="Zapisz też plik PDF obok pliku .docx (potrzebny zainstalowany LibreOffice).",
)
DATE_HELP = "Data sporządzenia do wpisania w dokumencie, np. 05.03.2018."


LINES_SHOWN = 20  # of what a draft lacks (the draft box of the document itself lists all)


def _listed(heading: str, items: list[str], warn: bool = True) -> None:
    (output.warning if warn else output.info)(heading)
    for item in output.capped(items, LINES_SHOWN):
        output.info(f"  – {item}")


def _pdf_destination(folder: Path, out: Path | None, data: DocumentData, force: bool) -> Path:
    """Where the PDF goes: beside the .docx, under the same rules (checked before anything is written)."""
    from emocni_cli.documents.destination import destination
    from emocni_cli.documents.render import output_path

    docx = output_path(folder, out, data.file_name, force)
    pdf = docx.with_suffix(".pdf")
    if pdf == docx:
        raise InputError(
            f"{docx.name}: z --pdf podaj w -o nazwę pliku .docx — plik PDF powstanie obok niego.",
            hint=f"np. -o {docx.with_suffix('.docx').name} --pdf",
        )
    if not pdf.parent.is_dir():  # dokumenty/, made once the document has rendered
        return pdf
    return destination(pdf, pdf.name, force, folder)


def write_document(
    ctx: typer.Context,
    kind: DocumentKind,
    data: DocumentData,
    out: Path | None,
    template: Path | None,
    force: bool,
    pdf: bool = False,
) -> None:
    """Render, write, print the path (stdout) and, for a draft, what is missing and the commands
    that complete it (stderr); with pdf, then the PDF and its path."""
    from emocni_cli.documents.render import render

    folder = root(ctx)
    pdf_path = _pdf_destination(folder, out, data, force) if pdf else None
    path = render(kind, data, folder, output=out, template=template, force=force)
    if data.draft:
        _listed(f"to WERSJA ROBOCZA dokumentu „{kind.title}” — do uzupełnienia:", data.missing)
    if data.fixes:
        _listed("Co zrobić:", data.fixes, warn=False)
    if data.blank:
        fields = "puste pole" if len(data.blank) == 1 else "puste pola"
        _listed(f"{fields} w danych podstawowych — uzupełnij je i utwórz dokument ponownie:", data.blank)
    output.success(f"Zapisano: {kind.title}{' — wersja robocza' if data.draft else ''}.")
    output.out.print(str(path), markup=False, highlight=False, soft_wrap=True)
    if pdf_path is not None:
        from emocni_cli.documents.pdf import convert

        convert(path, pdf_path, folder)
        output.out.print(str(pdf_path), markup=False, highlight=False, soft_wrap=True)


_DESTINATION = [
    inspect.Parameter(name, inspect.Parameter.KEYWORD_ONLY, default=default, annotation=annotation)
    for name, default, annotation in (
        ("out", OUTPUT_OPTION, Path | None),
        ("template", TEMPLATE_OPTION, Path | None),
        ("force", FORCE_OPTION, bool),
        ("pdf", PDF_OPTION, bool),
    )
]


def _date(help_text: str) -> inspect.Parameter:
    option = typer.Option(None, "--date", metavar="DATA", help=help_text)
    return inspect.Parameter("date", inspect.Parameter.KEYWORD_ONLY, default=option, annotation=str | None)


def writes_document(
    kind: DocumentKind, dated: bool = False, date_help: str = DATE_HELP
) -> Callable[[Callable[..., DocumentData]], Callable[..., None]]:
    """Decorate a command that builds the data of one document of `kind`: the command gains
    --output, --template, --force and --pdf, and what it returns is rendered and written by
    write_document. A `dated` document also takes --date (`date_help` says what that date is),
    passed to the build as `prepared` (a date, or None when not given)."""

    def decorate(build: Callable[..., DocumentData]) -> Callable[..., None]:
        @functools.wraps(build)
        def run(*, out: Path | None, template: Path | None, force: bool, pdf: bool, **kwargs: Any) -> None:
            if dated:
                kwargs["prepared"] = opt_date(kwargs.pop("date"))
            write_document(kwargs["ctx"], kind, build(**kwargs), out, template, force, pdf)

        params = inspect.signature(build, eval_str=True).parameters.values()
        keyword = [p.replace(kind=inspect.Parameter.KEYWORD_ONLY) for p in params if p.name != "prepared"]
        options = ([_date(date_help)] if dated else []) + _DESTINATION
        run.__signature__ = inspect.Signature(keyword + options, return_annotation=None)  # type: ignore[attr-defined]
        run.document_kind = kind  # type: ignore[attr-defined]  # its Polish name: cli/polish_names.py
        return run

    return decorate
