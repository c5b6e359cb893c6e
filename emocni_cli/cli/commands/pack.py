"""emocni pack: the workspace as one .zip for the animator, without participants' personal data."""

from __future__ import annotations

from pathlib import Path

import typer

from emocni_cli.cli import output
from emocni_cli.cli.document_output import FORCE_OPTION, output_option
from emocni_cli.cli.options import opt_today, root, today_option

HELP = "Paczka dla animatora: pliki gminy w jednym pliku .zip, bez danych osobowych uczestników szkoleń."
LEFT_BEHIND = (
    "Bez danych uczestników szkoleń (uczestnicy.toml, zapisy.toml) i bez historii zmian (.emocni) — "
    "animator dostaje tylko liczbę przeszkolonych: {people}."
)
SEND = "Wyślij ten plik animatorowi, np. e-mailem; nie trzeba go rozpakowywać."

app = typer.Typer(help=HELP)


@app.command("pack")
def pack(
    ctx: typer.Context,
    out: Path | None = output_option(
        "Plik .zip albo folder (domyślnie dokumenty/emocni-GMINA-DATA.zip w folderze gminy)."
    ),
    force: bool = FORCE_OPTION,
    today: str | None = today_option(
        "Data paczki: liczba przeszkolonych i stan w zestawieniu animatora na ten dzień (domyślnie dzisiaj)."
    ),
) -> None:
    """Paczka dla animatora: pliki gminy w jednym pliku .zip, bez danych osobowych uczestników szkoleń.

    W paczce są: emocni.toml, partnerzy, spotkania, konsultacje, webinaria, plany i zajęcia szkoleń.

    Do tego opis paczki: gmina, data, wersja emocni i liczba przeszkolonych (bez nazwisk)."""
    from emocni_cli.documents.render import write_output
    from emocni_cli.summary.pack import make_pack, pack_name

    folder = root(ctx)
    day = opt_today(ctx, today)
    made = make_pack(folder, day)
    target = write_output(folder, out, pack_name(made.manifest["gmina"], day), made.data, force=force)
    output.success(f"Zapisano paczkę {target}.")
    output.info("W paczce: " + ", ".join(made.files) + ".")
    output.info(LEFT_BEHIND.format(people=made.manifest["trained"]["people_trained"]))
    output.info(SEND)
