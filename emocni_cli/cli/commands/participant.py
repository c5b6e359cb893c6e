"""emocni participant …: the participants of the trainings (personal data, uczestnicy.toml)."""

from __future__ import annotations

import typer

from emocni_cli.cli.document_output import writes_document
from emocni_cli.cli.options import root
from emocni_cli.documents.render import PARTICIPANT_FORM, DocumentData

app = typer.Typer(
    help="Uczestnicy szkoleń (dane osobowe, plik uczestnicy.toml): deklaracje uczestnictwa.",
    no_args_is_help=True,
)


@app.command("form")
@writes_document(PARTICIPANT_FORM)
def write_form(
    ctx: typer.Context,
    training_id: str | None = typer.Option(
        None,
        "--training",
        "-t",
        metavar="SZKOLENIE",
        help="Szkolenie, którego dotyczy deklaracja, np. 2019-01 (wpisane w formularzu: tytuł, "
        "termin, miejsce); bez tej opcji pola szkolenia zostają do wypełnienia ręcznie.",
    ),
) -> DocumentData:
    """Deklaracja uczestnictwa w szkoleniu do druku (.docx) z pełną klauzulą informacyjną RODO.

    Uczestnik wpisuje swoje dane ręcznie, zaznacza zgodę na dane o zdrowiu i podpisuje.
    Datę podpisu wpisz potem przy uczestniku (--consent) — bez niej emocni go nie zapisze."""
    from emocni_cli.documents.trainings import participant_form
    from emocni_cli.workspace.load import load

    return participant_form(load(root(ctx)), training_id)
