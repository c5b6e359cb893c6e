"""Builds lista-obecnosci.docx, the attendance list of a partnership meeting (A4 portrait).

python -m templates.builders.lista_obecnosci [FOLDER] — then render the example and look at every page
(templates/README.md). Every placeholder is documented in templates/README.md.
"""

from __future__ import annotations

from docx.document import Document as DocxDocument
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.shared import Mm, Pt

from templates.builders import blocks, layout, paperwork

FILE = "lista-obecnosci.docx"
# for meetings from 25.05.2018, when the GDPR (RODO) applies: the information of its art. 13 for
# people who sign the list, the e-Mocarz's institution (usually a public library or culture centre)
# as the controller, processing for a task in the public interest (art. 6(1)(e))
GDPR_CLAUSE = (
    "Informacja o przetwarzaniu danych osobowych (art. 13 RODO). Administrator danych wpisanych na "
    "liście: "
    "{{ emocarz.instytucja or partnerstwo.lider or 'lider partnerstwa' }}; kontakt: "
    "e-Mocarz{% if emocarz.email %} ({{ emocarz.email }}){% endif %} lub inspektor ochrony danych "
    "administratora. Cel: udokumentowanie spotkania partnerstwa w projekcie „{{ projekt.nazwa }}”, "
    "współfinansowanym ze środków Unii Europejskiej; podstawa: art. 6 ust. 1 lit. e RODO (zadanie "
    "w interesie publicznym — edukacja cyfrowa mieszkańców gminy). Odbiorcy: realizator projektu "
    "i instytucje uprawnione do jego kontroli. Dane są przechowywane do końca okresu przechowywania "
    "dokumentacji projektu. Każdej osobie wpisanej na listę przysługuje prawo dostępu do swoich danych, "
    "ich sprostowania, ograniczenia przetwarzania, sprzeciwu oraz skargi do Prezesa Urzędu Ochrony "
    "Danych Osobowych. Podanie danych jest dobrowolne, ale bez nich nie można potwierdzić obecności. "
    "RODO — rozporządzenie Parlamentu Europejskiego i Rady (UE) 2016/679."
)


def document() -> DocxDocument:
    doc, width = paperwork.new_document(
        "Gmina {{ gmina.nazwa }} · Lista obecności · {{ spotkanie.data }}",
        "Lista obecności — {{ spotkanie.tytul }} — Gmina {{ gmina.nazwa }}",
    )
    blocks.title_block(doc, "Lista obecności", "{{ spotkanie.tytul }}")
    info = [
        ("Gmina", "{{ gmina.nazwa }}"),
        ("Partnerstwo", paperwork.PARTNERSHIP),
        *paperwork.MEETING_ROWS,
    ]
    blocks.label_value_rows(blocks.add_table(doc, [40, width - 40], rows=len(info)), info)
    note = doc.add_paragraph(
        "Podpis na liście potwierdza obecność na spotkaniu. Lista jest dokumentacją działań partnerstwa "
        "w projekcie „e-Mocni”.",
        style="Projekt",
    )
    note.paragraph_format.space_before = Pt(6)
    note.paragraph_format.space_after = Pt(4)
    note.paragraph_format.keep_with_next = True
    doc.add_paragraph("{%p if spotkanie.rodo %}", style="Koniec")
    clause = doc.add_paragraph(GDPR_CLAUSE, style="Projekt")
    clause.runs[0].font.size = Pt(7)  # the whole art. 13 information, and 15 rows still on one page
    clause.paragraph_format.space_after = Pt(6)
    clause.paragraph_format.keep_together = True
    clause.paragraph_format.keep_with_next = True
    doc.add_paragraph("{%p endif %}", style="Koniec")
    paperwork.loop_table(
        doc,
        [9, 42, 52, 34, width - 137],
        ["Lp.", "Imię i nazwisko", "Instytucja", "Funkcja", "Podpis"],
        ["{{ w.lp }}.", "{{ w.imie_nazwisko }}", "{{ w.instytucja }}", "{{ w.funkcja }}", ""],
        "w in wiersze",
        height_mm=9,
    )
    doc.add_paragraph(style="Koniec")  # the body ends with a paragraph; this one takes no room
    _footer_signature(doc, width)
    return doc


def _footer_signature(doc: DocxDocument, width_mm: float) -> None:
    """The e-Mocarz signs every page of the list: a signature line above the usual footer."""
    first = doc.sections[0].footer.paragraphs[0]
    line = first.insert_paragraph_before(
        "Listę sporządził(a): {{ emocarz.imie_nazwisko }}, e-Mocarz\t" + layout.DOTS, style="Tabela"
    )
    line.paragraph_format.tab_stops.add_tab_stop(Mm(width_mm), WD_TAB_ALIGNMENT.RIGHT)
    line.paragraph_format.space_before = Pt(6)
    hint = first.insert_paragraph_before("\tpodpis", style="Podpis")
    hint.paragraph_format.tab_stops.add_tab_stop(Mm(width_mm - 22), WD_TAB_ALIGNMENT.CENTER)
    hint.paragraph_format.space_after = Pt(6)


if __name__ == "__main__":
    layout.main({FILE: document})
