"""The options and the writer shared by every command that renders a .docx document
(render-plan, meeting sheet|minutes, partnership agreement, partner declaration)."""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer

from emocni_cli.cli import output
from emocni_cli.cli.options import root

if TYPE_CHECKING:
    from emocni_cli.documents.render import DocumentData, DocumentKind

OUTPUT_OPTION = typer.Option(
    None,
    "-o",
    "--output",
    metavar="PLIK",
    help="Gdzie zapisać dokument (plik .docx albo folder). Domyślnie: folder dokumenty/ w przestrzeni.",
)
TEMPLATE_OPTION = typer.Option(
    None,
    "--template",
    metavar="PLIK",
    help="Własny szablon .docx zamiast domyślnego (wzór: emocni template export).",
)
FORCE_OPTION = typer.Option(False, "--force", help="Zastąp istniejący plik.")


def _listed(heading: str, items: list[str]) -> None:
    output.warning(heading)
    for item in items:
        output.info(f"  – {item}")


def write_document(
    ctx: typer.Context,
    kind: DocumentKind,
    data: DocumentData,
    out: Path | None,
    template: Path | None,
    force: bool,
) -> None:
    """Render, write, print the path (stdout) and, for a draft, what is missing (stderr)."""
    from emocni_cli.documents.render import render

    path = render(kind, data, root(ctx), output=out, template=template, force=force)
    if data.draft:
        _listed(f"to WERSJA ROBOCZA dokumentu „{kind.title}” — brakuje:", data.missing)
    if data.blank:
        fields = "puste pole" if len(data.blank) == 1 else "puste pola"
        _listed(f"{fields} w danych podstawowych — uzupełnij je i utwórz dokument ponownie:", data.blank)
    output.success(f"Zapisano: {kind.title}{' — wersja robocza' if data.draft else ''}.")
    output.out.print(str(path), markup=False, highlight=False, soft_wrap=True)


_DESTINATION = [
    inspect.Parameter(name, inspect.Parameter.KEYWORD_ONLY, default=default, annotation=annotation)
    for name, default, annotation in (
        ("out", OUTPUT_OPTION, Path | None),
        ("template", TEMPLATE_OPTION, Path | None),
        ("force", FORCE_OPTION, bool),
    )
]


def writes_document(kind: DocumentKind) -> Callable[[Callable[..., DocumentData]], Callable[..., None]]:
    """Decorate a command that builds the data of one document of `kind`: the command gains
    --output, --template and --force, and what it returns is rendered and written by write_document."""

    def decorate(build: Callable[..., DocumentData]) -> Callable[..., None]:
        @functools.wraps(build)
        def run(*, out: Path | None, template: Path | None, force: bool, **kwargs: Any) -> None:
            write_document(kwargs["ctx"], kind, build(**kwargs), out, template, force)

        params = inspect.signature(build, eval_str=True).parameters.values()
        keyword = [p.replace(kind=inspect.Parameter.KEYWORD_ONLY) for p in params]
        run.__signature__ = inspect.Signature(keyword + _DESTINATION, return_annotation=None)  # type: ignore[attr-defined]
        run.document_kind = kind  # type: ignore[attr-defined]  # its Polish name: cli/polish_names.py
        return run

    return decorate
