"""emocni template …: the default document templates, to change in Word or LibreOffice."""

from __future__ import annotations

from pathlib import Path

import typer

from emocni_cli.cli import output
from emocni_cli.cli.document_output import FORCE_OPTION
from emocni_cli.documents import render as documents
from emocni_cli.documents.render import KINDS, kind_named
from emocni_cli.errors import InputError

app = typer.Typer(help="Szablony dokumentów: wzory do własnych zmian w Wordzie.", no_args_is_help=True)


def _kinds() -> str:
    return ", ".join(f"{k.key} ({k.polish})" for k in KINDS.values())


def _kind_help() -> str:
    return "Który szablon: " + "; ".join(f"{k.key} ({k.polish}) — {k.title}" for k in KINDS.values()) + "."


@app.command("export")
def export(
    kind: str = typer.Argument(..., metavar="RODZAJ", help=_kind_help()),
    dest: Path = typer.Argument(..., metavar="PLIK", help="Gdzie zapisać szablon (.docx albo folder)."),
    force: bool = FORCE_OPTION,
) -> None:
    """Zapisz domyślny szablon dokumentu do pliku, aby go zmienić w Wordzie lub LibreOffice.

    Zmieniony szablon podaj potem opcją --template, np.
    emocni render-plan general --template moj-plan.docx"""
    named = kind_named(kind)
    if named is None:
        raise InputError(f"Nieznany rodzaj szablonu „{kind}”.", hint=f"dozwolone: {_kinds()}")
    path = documents.export_template(named, dest, force)
    output.success(f"Zapisano szablon: {named.title}.")
    output.info(f"Pola, których szablon może używać, opisuje plik {documents.fields_doc()}")
    output.out.print(str(path), markup=False, highlight=False, soft_wrap=True)
