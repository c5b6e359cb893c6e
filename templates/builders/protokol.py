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
        doc,
        "Protokół{% if spotkanie.numer %} nr {{ spotkanie.numer }}{% endif %} ze spotkania partnerstwa",
        "{{ spotkanie.tytul }} · Gmina {{ gmina.nazwa }}",
    )
    paperwork.draft_box(doc)
    info = [
        *paperwork.MEETING_ROWS,
        ("Partnerstwo", paperwork.PARTNERSHIP),
        ("Prowadzący", "{{ spotkanie.prowadzacy }}"),
        ("Protokolant", "{{ spotkanie.protokolant }}"),
        ("Liczba uczestników", "{{ spotkanie.liczba_osob }}"),
    ]
    blocks.label_value_rows(blocks.add_table(doc, [45, width - 45], rows=len(info)), info)

    blocks.heading(doc, "1. Obecni")
    doc.add_paragraph("{%p if spotkanie.obecni %}")
    doc.add_paragraph(
        "{% if spotkanie.przed_zawiazaniem %}Instytucje obecne (przed zawiązaniem partnerstwa)"
        "{% else %}Partnerzy obecni{% endif %}: {{ spotkanie.obecni|join(', ') }}."
    )
    doc.add_paragraph("{%p else %}")
    doc.add_paragraph("[nie zapisano obecnych partnerów]", style="Do uzupełnienia")
    doc.add_paragraph("{%p endif %}")
    doc.add_paragraph("{%p if spotkanie.nieobecni %}")
    doc.add_paragraph("Partnerzy nieobecni: {{ spotkanie.nieobecni|join(', ') }}.")
    doc.add_paragraph("{%p endif %}")
    doc.add_paragraph("{%p if spotkanie.goscie %}")
    doc.add_paragraph("Goście spoza partnerstwa: {{ spotkanie.goscie|join(', ') }}.")
    doc.add_paragraph("{%p endif %}")
    blocks.heading(doc, "2. Porządek spotkania")
    paperwork.numbered_each(doc, "spotkanie.porzadek", "[nie zapisano porządku spotkania]")
    blocks.heading(doc, "3. Przebieg spotkania")
    blocks.each(
        doc, "akapit in spotkanie.notatki", "{{ akapit }}", "[brak notatki ze spotkania]", line_style="Punkt"
    )
    blocks.heading(doc, "4. Ustalenia i decyzje")
    paperwork.numbered_each(doc, "spotkanie.decyzje", "[brak zapisanych decyzji]")
    blocks.heading(doc, "5. Zadania do wykonania")
    doc.add_paragraph("{%p if spotkanie.zadania_tabela %}")
    paperwork.loop_table(
        doc,
        [9, 48, width - 87, 30],
        ["Lp.", "Kto", "Co", "Do kiedy"],
        ["{{ z.lp }}.", "{{ z.kto }}", "{{ z.co }}", "{{ z.termin }}"],
        "z in spotkanie.zadania_tabela",
    )
    doc.add_paragraph("{%p else %}")
    doc.add_paragraph("[brak zapisanych zadań]", style="Do uzupełnienia")
    doc.add_paragraph("{%p endif %}")
    blocks.heading(doc, "6. Następne spotkanie")
    doc.add_paragraph(
        "{% if spotkanie.nastepne_spotkanie %}Następne spotkanie partnerstwa: "
        "{{ spotkanie.nastepne_spotkanie }}.{% else %}Termin następnego spotkania nie został jeszcze "
        "ustalony.{% endif %}"
    )
    doc.add_paragraph("{%p if spotkanie.lista_obecnosci %}")
    attach = doc.add_paragraph()
    attach.paragraph_format.space_before = Pt(10)
    attach.add_run("Załącznik: ").bold = True
    attach.add_run("podpisana lista obecności.")
    doc.add_paragraph("{%p endif %}")
    approval = doc.add_paragraph("Protokół przyjęto na spotkaniu partnerstwa w dniu " + layout.DOTS + ".")
    # the text runs on to the signatures: only the approval line is kept with them (a longer
    # keep-with-next chain left a quarter of a page empty)
    approval.paragraph_format.space_before = Pt(10)
    approval.paragraph_format.keep_with_next = True
    blocks.signatures(
        doc,
        width,
        [
            ("{{ spotkanie.prowadzacy }}", "prowadzący spotkanie — data i podpis"),
            (
                "{{ spotkanie.protokolant }}",
                "protokolant{% if data_sporzadzenia %}, {{ data_sporzadzenia }} — podpis"
                "{% else %} — data i podpis{% endif %}",
            ),
        ],
    )
    return doc


if __name__ == "__main__":
    layout.main({FILE: document})
