"""Builds lista-obecnosci-szkolenie.docx, the attendance list of a training (A4 landscape): one page
per session, or a grid with a signature column per session (SESSIONS_PER_PAGE columns a page).

python -m templates.builders.lista_obecnosci_szkolenie [FOLDER] — then render the example and look
at every page (templates/README.md). Every placeholder is documented in templates/README.md.
"""

from __future__ import annotations

from docx.document import Document as DocxDocument
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.shared import Mm, Pt

from emocni_cli.documents.trainings import SESSIONS_PER_PAGE
from templates.builders import blocks, layout, paperwork, training_papers

FILE = "lista-obecnosci-szkolenie.docx"
GDPR_CLAUSE = (
    "Informacja o przetwarzaniu danych osobowych (RODO): administratorem danych wpisanych na liście "
    f"jest {training_papers.ADMINISTRATOR}. Imię, nazwisko i podpis są przetwarzane w celu "
    "udokumentowania udziału w szkoleniu i rozliczenia projektu (art. 6 ust. 1 lit. c i e RODO) "
    "i przechowywane przez okres wymagany dla dokumentacji projektu. Każdej osobie przysługuje prawo "
    "dostępu do danych, ich sprostowania, ograniczenia przetwarzania, sprzeciwu oraz skargi do Prezesa "
    "UODO. Pełna informacja jest w deklaracji uczestnictwa."
)
SESSION = "strona.sesja"
NAME_WIDTH = 56


def _info(doc: DocxDocument, width: float) -> None:
    """The training (and on a page of one session, the session) in two label | value columns."""
    rows = [
        (("Termin", "{{ szkolenie.termin }}"), ("Liczba godzin", "{{ szkolenie.godziny }}")),
        (("Miejsce", "{{ szkolenie.miejsce }}"), ("Obszar", "{{ szkolenie.obszar }}")),
        (("Prowadzący", "{{ szkolenie.trener }}"), ("Organizator", "{{ szkolenie.organizator }}")),
    ]
    session = [
        (
            (
                "Zajęcia",
                f"nr {{{{ {SESSION}.nr }}}}: {{{{ {SESSION}.data }}}} ({{{{ {SESSION}.dzien_tygodnia }}}})",
            ),
            ("Godzina i czas", f"{{{{ {SESSION}.czas }}}}"),
        ),
        (("Temat zajęć", f"{{{{ {SESSION}.temat }}}}"), ("Miejsce zajęć", f"{{{{ {SESSION}.miejsce }}}}")),
    ]
    label = 32
    value = width / 2 - label
    table = blocks.add_table(doc, [label, value, label, value], rows=len(rows) + len(session) + 2)
    left, right = [r[0] for r in rows], [r[1] for r in rows]
    blocks.label_value_rows(table, left)
    blocks.label_value_rows(table, right, col=2)
    blocks.loop_row(table, len(rows), "{%tr if strona.jedne %}")
    for index, (first, second) in enumerate(session, start=len(rows) + 1):
        for col, (name, text) in ((0, first), (2, second)):
            blocks.put(table.rows[index].cells[col], name, "Tabela", bold=True)
            blocks.cell_fill(table.rows[index].cells[col], layout.LABEL_FILL)
            blocks.put(table.rows[index].cells[col + 1], text)
    blocks.loop_row(table, len(rows) + len(session) + 1, "{%tr endif %}")
    for row in table.rows[:-1]:
        for cell in row.cells:
            cell.paragraphs[0].paragraph_format.keep_with_next = True


def _one_session(doc: DocxDocument, width: float) -> None:
    """The list of one session: a row to sign per person, the trainer's signature under it."""
    paperwork.loop_table(
        doc,
        [12, 95, 90, width - 197],
        ["Lp.", "Imię i nazwisko", "Podpis uczestnika", "Uwagi"],
        ["{{ w.lp }}.", "{{ w.imie_nazwisko }}", "", ""],
        "w in strona.wiersze",
        height_mm=9,
    )
    line = doc.add_paragraph("Prowadzący zajęcia: {{ szkolenie.trener }}\t" + layout.DOTS, style="Tabela")
    line.paragraph_format.tab_stops.add_tab_stop(Mm(width), WD_TAB_ALIGNMENT.RIGHT)
    line.paragraph_format.space_before = Pt(18)
    hint = doc.add_paragraph("\tpodpis prowadzącego", style="Podpis")
    hint.paragraph_format.tab_stops.add_tab_stop(Mm(width - 22), WD_TAB_ALIGNMENT.CENTER)


def _grid(doc: DocxDocument, width: float) -> None:
    """One row per person, a signature column per session; the trainer signs each column last."""
    column = (width - 9 - NAME_WIDTH) / SESSIONS_PER_PAGE
    table = blocks.add_table(doc, [9, NAME_WIDTH] + [column] * SESSIONS_PER_PAGE, rows=5)
    blocks.header_row(table, 0, ["Lp.", "Imię i nazwisko"] + [""] * SESSIONS_PER_PAGE)
    for n, cell in enumerate(table.rows[0].cells[2:]):
        z = f"strona.zajecia[{n}]"
        blocks.put(cell, f"{{{{ {z}.naglowek }}}}", "Tabela nagłówek")
        cell.add_paragraph(f"{{{{ {z}.data_krotka }}}}", style="Tabela mała")
        cell.add_paragraph(f"{{{{ {z}.czas }}}}", style="Tabela mała")
    blocks.loop_row(table, 1, "{%tr for w in strona.wiersze %}")
    blocks.put(table.rows[2].cells[0], "{{ w.lp }}.")
    blocks.put(table.rows[2].cells[1], "{{ w.imie_nazwisko }}")
    blocks.loop_row(table, 3, "{%tr endfor %}")
    blocks.put(table.rows[4].cells[1], "Podpis prowadzącego zajęcia", bold=True)
    for index in (2, 4):
        paperwork.min_height(table, index, 9 if index == 2 else 14)


def document() -> DocxDocument:
    doc, width = paperwork.new_document(
        "Gmina {{ gmina.nazwa }} · Lista obecności na szkoleniu {{ szkolenie.id }}",
        "Lista obecności — {{ szkolenie.tytul }} — Gmina {{ gmina.nazwa }}",
        landscape=True,
    )
    doc.add_paragraph("{%p for strona in strony %}", style="Koniec")
    blocks.title_block(doc, "Lista obecności na szkoleniu", "{{ szkolenie.tytul }}")
    _info(doc, width)
    training_papers.note(doc, "Podpis na liście potwierdza obecność na zajęciach. " + GDPR_CLAUSE, after=6)
    doc.add_paragraph("{%p if strona.jedne %}", style="Koniec")
    _one_session(doc, width)
    doc.add_paragraph("{%p else %}", style="Koniec")
    _grid(doc, width)
    doc.add_paragraph("{%p endif %}", style="Koniec")
    training_papers.page_break_between(doc)
    doc.add_paragraph("{%p endfor %}", style="Koniec")
    return doc


if __name__ == "__main__":
    layout.main({FILE: document})
