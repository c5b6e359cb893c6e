"""Builds lista-obecnosci-szkolenie.docx, the attendance list of a training (A4 landscape): one page
per session, or a grid with a signature column per session (SESSIONS_PER_PAGE columns a page).

python -m templates.builders.lista_obecnosci_szkolenie [FOLDER] — then render the example and look
at every page (templates/README.md). Every placeholder is documented in templates/README.md.
"""

from __future__ import annotations

from docx.document import Document as DocxDocument
from docx.shared import Pt
from docx.table import Table

from emocni_cli.documents.trainings import SESSIONS_PER_PAGE
from templates.builders import blocks, layout, paperwork, training_papers

FILE = "lista-obecnosci-szkolenie.docx"
GDPR_CLAUSE = (
    "Podpis na liście potwierdza obecność na zajęciach. Informacja RODO: administratorem danych z listy "
    f"jest {training_papers.ADMINISTRATOR}; imię, nazwisko i podpis służą udokumentowaniu udziału "
    "w szkoleniu i rozliczeniu projektu (art. 6 ust. 1 lit. c i e RODO) i są przechowywane przez okres "
    "wymagany dla jego dokumentacji. Przysługuje Pani / Panu prawo dostępu do danych, ich sprostowania, "
    "ograniczenia przetwarzania, sprzeciwu i skargi do Prezesa UODO. Pełna informacja — w deklaracji "
    "uczestnictwa."
)
SESSION = "strona.sesja"
NAME_WIDTH = 56
ROW_MM = 7  # room to sign by hand; 12 people and 3 blank rows fit on one page


def _info(doc: DocxDocument, width: float) -> None:
    """The training (and on a page of one session, the session) in three label | value pairs a row."""
    rows = [
        [
            ("Termin", "{{ szkolenie.termin }}"),
            ("Liczba godzin", "{{ szkolenie.godziny }}"),
            ("Obszar", "{{ szkolenie.obszar }}"),
        ],
        [
            ("Miejsce", "{{ szkolenie.miejsce }}"),
            ("Prowadzący", "{{ szkolenie.trener }}"),
            ("Organizator", "{{ szkolenie.organizator }}"),
        ],
    ]
    session = [
        [
            (
                "Zajęcia",
                f"nr {{{{ {SESSION}.nr }}}}: {{{{ {SESSION}.data }}}} ({{{{ {SESSION}.dzien_tygodnia }}}})",
            ),
            ("Godzina i czas", f"{{{{ {SESSION}.czas }}}}"),
            ("Miejsce zajęć", f"{{{{ {SESSION}.miejsce }}}}"),
        ],
        [("Temat zajęć", f"{{{{ {SESSION}.temat }}}}")],
    ]
    label, value = 26, width / 3 - 26
    table = blocks.add_table(doc, [label, value] * 3, rows=len(rows) + len(session) + 2)
    for col in range(3):
        blocks.label_value_rows(table, [row[col] for row in rows], col=2 * col)
    blocks.loop_row(table, len(rows), "{%tr if strona.jedne %}")
    for index, pairs in enumerate(session, start=len(rows) + 1):
        for col, (name, text) in enumerate(pairs):
            blocks.put(table.rows[index].cells[2 * col], name, "Tabela", bold=True)
            blocks.cell_fill(table.rows[index].cells[2 * col], layout.LABEL_FILL)
            blocks.put(table.rows[index].cells[2 * col + 1], text)
    topic = table.rows[len(rows) + len(session)].cells
    topic[1].merge(topic[5])
    blocks.loop_row(table, len(rows) + len(session) + 1, "{%tr endif %}")
    for row in table.rows[:-1]:
        for cell in row.cells:
            cell.paragraphs[0].paragraph_format.keep_with_next = True


def _title(doc: DocxDocument) -> None:
    """The project, then the document and the training's title on one line: the page is the list's."""
    doc.add_paragraph(blocks.PROJECT, style="Projekt")
    title = doc.add_paragraph(style="Title")
    title.paragraph_format.space_after = Pt(6)
    title.add_run("Lista obecności na szkoleniu ").font.size = Pt(16)
    name = title.add_run("„{{ szkolenie.tytul }}”")
    name.font.size, name.bold, name.font.color.rgb = Pt(13), False, layout.GREY


def _signature_table(doc: DocxDocument, widths: list[float], titles: list[str]) -> Table:
    """One row per person of the page (Lp., name, the signature cells), then the row the trainer
    signs — a row of the table, so that it never starts a page alone."""
    table = blocks.add_table(doc, widths, rows=5)
    blocks.header_row(table, 0, titles)
    blocks.loop_row(table, 1, "{%tr for w in strona.wiersze %}")
    blocks.put(table.rows[2].cells[0], "{{ w.lp }}.")
    blocks.put(table.rows[2].cells[1], "{{ w.imie_nazwisko }}")
    blocks.loop_row(table, 3, "{%tr endfor %}")
    blocks.put(table.rows[4].cells[1], "Podpis prowadzącego zajęcia", bold=True)
    table.rows[4].cells[1].add_paragraph("{{ szkolenie.trener }}", style="Tabela")
    paperwork.min_height(table, 2, ROW_MM)
    paperwork.min_height(table, 4, 9)
    return table


def _one_session(doc: DocxDocument, width: float) -> None:
    """The list of one session: a row to sign per person."""
    _signature_table(doc, [12, 95, 90, width - 197], ["Lp.", "Imię i nazwisko", "Podpis uczestnika", "Uwagi"])


def _grid(doc: DocxDocument, width: float) -> None:
    """One row per person, a signature column per session, each headed by its number and day."""
    column = (width - 9 - NAME_WIDTH) / SESSIONS_PER_PAGE
    titles = ["Lp.", "Imię i nazwisko"] + [""] * SESSIONS_PER_PAGE
    table = _signature_table(doc, [9, NAME_WIDTH] + [column] * SESSIONS_PER_PAGE, titles)
    for n, cell in enumerate(table.rows[0].cells[2:]):
        z = f"strona.zajecia[{n}]"
        day = f"{{% if {z}.data_krotka %}} · {{{{ {z}.data_krotka }}}}{{% endif %}}"
        blocks.put(cell, f"{{{{ {z}.naglowek }}}}{day}", "Tabela nagłówek")
        cell.add_paragraph(f"{{{{ {z}.czas }}}}", style="Tabela mała")


def document() -> DocxDocument:
    doc, width = paperwork.new_document(
        "Gmina {{ gmina.nazwa }} · Lista obecności na szkoleniu {{ szkolenie.id }}",
        "Lista obecności — {{ szkolenie.tytul }} — Gmina {{ gmina.nazwa }}",
        landscape=True,
    )
    doc.add_paragraph("{%p for strona in strony %}", style="Koniec")
    _title(doc)
    _info(doc, width)
    doc.add_paragraph(style="Koniec")  # a paragraph between two tables, or they are joined into one
    doc.add_paragraph("{%p if strona.jedne %}", style="Koniec")
    _one_session(doc, width)
    doc.add_paragraph("{%p else %}", style="Koniec")
    _grid(doc, width)
    doc.add_paragraph("{%p endif %}", style="Koniec")
    clause = doc.add_paragraph(GDPR_CLAUSE, style="Tabela mała")
    clause.paragraph_format.space_before = Pt(4)
    clause.paragraph_format.keep_together = True
    training_papers.page_break_between(doc)
    doc.add_paragraph("{%p endfor %}", style="Koniec")
    return doc


if __name__ == "__main__":
    layout.main({FILE: document})
