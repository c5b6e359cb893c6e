"""Builds every default template: python -m templates.builders.all [FOLDER] (from the repository root).

Rewrites templates/*.docx unless another folder is given; the tests check that the committed files
are exactly what this builds.
"""

from __future__ import annotations

from pathlib import Path

from templates.builders import (
    deklaracja,
    deklaracja_uczestnictwa,
    layout,
    lista_obecnosci,
    lista_obecnosci_szkolenie,
    plan_ogolny,
    plan_szczegolowy,
    porozumienie,
    protokol,
    raport_wskaznikow,
    zaswiadczenie,
)

DOCUMENTS: layout.Builders = {
    module.FILE: module.document
    for module in (
        plan_ogolny,
        plan_szczegolowy,
        lista_obecnosci,
        protokol,
        porozumienie,
        deklaracja,
        raport_wskaznikow,
        lista_obecnosci_szkolenie,
        zaswiadczenie,
        deklaracja_uczestnictwa,
    )
}


def build(folder: Path = layout.TEMPLATES) -> list[Path]:
    """Write every template into folder."""
    return layout.write(DOCUMENTS, folder)


if __name__ == "__main__":
    layout.main(DOCUMENTS)
