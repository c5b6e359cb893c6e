"""Builds protokol.docx, the minutes of a partnership meeting (A4 portrait).

python -m templates.builders.protokol [FOLDER] — then render the example and look at every page
(templates/README.md). Every placeholder is documented in templates/README.md.
"""

from __future__ import annotations

from docx.document import Document as DocxDocument
from docx.shared import Pt

from templates.builders import blocks, layout, paperwork

FILE = "protokol.docx"


def document() -> DocxDocument:
    doc, width = paperwork.new_document(
        "Gmina {{ gmina.nazwa }} · Protokół ze spotkania partnerstwa · {{ spotkanie.data }}",
        "Protokół — {{ spotkanie.tytul }} — Gmina {{ gmina.nazwa }}",
    )
    blocks.title_block(
        doc, "Protokół ze spotkania partnerstwa", "{{ spotkanie.tytul }} · Gmina {{ gmina.nazwa }}"
    )
    paperwork.draft_box(doc)
    info = [
        *paperwork.MEETING_ROWS,
        ("Partnerstwo", paperwork.PARTNERSHIP),
        ("Prowadzący", "{{ emocarz.imie_nazwisko }} (e-Mocarz)"),
        ("Liczba uczestników", "{{ spotkanie.liczba_osob }}"),
    ]
    blocks.label_value_rows(blocks.add_table(doc, [45, width - 45], rows=len(info)), info)

    blocks.heading(doc, "1. Obecni")
    doc.add_paragraph("{%p if spotkanie.obecni %}")
    doc.add_paragraph("Partnerzy: {{ spotkanie.obecni|join(', ') }}.")
    doc.add_paragraph("{%p else %}")
    doc.add_paragraph("[nie zapisano obecnych partnerów]", style="Do uzupełnienia")
    doc.add_paragraph("{%p endif %}")
    doc.add_paragraph("{%p if spotkanie.goscie %}")
    doc.add_paragraph("Goście spoza partnerstwa: {{ spotkanie.goscie|join(', ') }}.")
    doc.add_paragraph("{%p endif %}")
    blocks.heading(doc, "2. Porządek spotkania")
    paperwork.bullets(doc, "spotkanie.porzadek", "[nie zapisano porządku spotkania]")
    blocks.heading(doc, "3. Przebieg spotkania")
    blocks.each(
        doc, "akapit in spotkanie.notatki", "{{ akapit }}", "[brak notatki ze spotkania]", line_style="Punkt"
    )
    blocks.heading(doc, "4. Ustalenia i decyzje")
    paperwork.bullets(doc, "spotkanie.decyzje", "[brak zapisanych decyzji]")
    blocks.heading(doc, "5. Zadania do wykonania")
    paperwork.bullets(doc, "spotkanie.zadania", "[brak zapisanych zadań]", keep_next=True)
    doc.add_paragraph("{%p if spotkanie.lista_obecnosci %}")
    attach = doc.add_paragraph()
    attach.paragraph_format.keep_with_next = True
    attach.paragraph_format.space_before = Pt(10)
    attach.add_run("Załącznik: ").bold = True
    attach.add_run("podpisana lista obecności.")
    doc.add_paragraph("{%p endif %}")
    blocks.signatures(
        doc,
        width,
        [None, ("{{ emocarz.imie_nazwisko }}", "e-Mocarz — sporządził(a) protokół, data i podpis")],
    )
    return doc


if __name__ == "__main__":
    layout.main({FILE: document})
