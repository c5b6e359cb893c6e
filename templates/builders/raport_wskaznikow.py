"""Builds raport-wskaznikow.docx, the indicators of the trainings as of a day, for the animator or
the wójt (A4 portrait): people trained against the target and their groups, then the breakdowns.

python -m templates.builders.raport_wskaznikow [FOLDER] — then render the example and look at every
page (templates/README.md). Every placeholder is documented in templates/README.md.
"""

from __future__ import annotations

from docx.document import Document as DocxDocument
from docx.shared import Pt

from templates.builders import blocks, layout, paperwork

FILE = "raport-wskaznikow.docx"


def document() -> DocxDocument:
    doc, width = paperwork.new_document(
        "Gmina {{ gmina.nazwa }} · Wskaźniki szkoleń · stan na {{ stan_na }}",
        "Wskaźniki szkoleń — Gmina {{ gmina.nazwa }}",
    )
    blocks.title_block(doc, "Wskaźniki szkoleń", "Gmina {{ gmina.nazwa }} · stan na dzień {{ stan_na }}")
    blocks.draft_box(doc)
    lead = doc.add_paragraph(
        "{{ partnerstwo.nazwa }}. Przeszkolony mieszkaniec to osoba, która była obecna na co najmniej "
        "{{ prog_ukonczenia }}% godzin choć jednego szkolenia; każda osoba liczy się raz, nawet jeśli "
        "ukończyła kilka szkoleń.",
        style="Projekt",
    )
    lead.paragraph_format.space_after = Pt(6)

    blocks.heading(doc, "1. Najważniejsze liczby")
    paperwork.loop_table(
        doc, [width - 45, 45], ["Wskaźnik", "Wartość"], ["{{ w.nazwa }}", "{{ w.wartosc }}"], "w in wskazniki"
    )
    doc.add_paragraph("{%p for uwaga in uwagi %}", style="Koniec")
    note = doc.add_paragraph("{{ uwaga }}", style="Projekt")
    note.paragraph_format.space_before = Pt(4)
    doc.add_paragraph("{%p endfor %}", style="Koniec")

    blocks.heading(doc, "2. Szkolenia i osoby w podziale")
    doc.add_paragraph("{%p for t in tabele %}", style="Koniec")
    title = doc.add_paragraph("{{ t.tytul }}", style="Tabela nagłówek")
    title.paragraph_format.space_before = Pt(8)
    title.paragraph_format.space_after = Pt(3)
    title.paragraph_format.keep_with_next = True
    first = width - 5 * 24
    paperwork.loop_table(
        doc,
        [first] + [24] * 5,
        [f"{{{{ t.kolumny[{i}] }}}}" for i in range(6)],
        [f"{{{{ r[{i}] }}}}" for i in range(6)],
        "r in t.wiersze",
    )
    doc.add_paragraph("{%p endfor %}", style="Koniec")
    doc.add_paragraph("{{ objasnienie }}", style="Projekt").paragraph_format.space_before = Pt(6)

    blocks.prepared_by(doc, width)
    return doc


if __name__ == "__main__":
    layout.main({FILE: document})
