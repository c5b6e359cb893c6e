"""Blocks shared by the partnership's paperwork: the attendance list, the minutes, the agreement and
the declaration (A4 portrait). Built on the shared layout; adds the list styles these documents use.
"""

from __future__ import annotations

from docx.document import Document as DocxDocument
from docx.enum.table import WD_ROW_HEIGHT_RULE
from docx.shared import Mm
from docx.table import Table

from templates.builders import blocks, layout

PARTNERSHIP = "{{ partnerstwo.nazwa or 'gminne partnerstwo na rzecz edukacji cyfrowej' }}"
MEETING_ROWS = [
    ("Data", "{{ spotkanie.data }} ({{ spotkanie.dzien_tygodnia }})"),
    ("Godzina", "{{ spotkanie.godzina }}"),
    ("Miejsce", "{{ spotkanie.miejsce }}"),
    ("Rodzaj spotkania", "{{ spotkanie.rodzaj }}"),
]


def min_height(table: Table, index: int, mm: float) -> None:
    """Room to sign by hand; the row copied by a {%tr for %} loop keeps its height."""
    row = table.rows[index]
    row.height = Mm(mm)
    row.height_rule = WD_ROW_HEIGHT_RULE.AT_LEAST


def loop_table(
    doc: DocxDocument,
    widths: list[float],
    titles: list[str],
    cells: list[str],
    loop: str,
    height_mm: float | None = None,
) -> Table:
    """A table with a repeated header row and one row per element of a list."""
    table = blocks.add_table(doc, widths, rows=4)
    blocks.header_row(table, 0, titles)
    blocks.loop_row(table, 1, f"{{%tr for {loop} %}}")
    for cell, value in zip(table.rows[2].cells, cells, strict=True):
        blocks.put(cell, value)
    blocks.loop_row(table, 3, "{%tr endfor %}")
    if height_mm:
        min_height(table, 2, height_mm)
    return table


def _styles(doc: DocxDocument) -> None:
    layout.paragraph_style(doc, "Punkt", size=10, after=2)
    layout.paragraph_style(doc, "Punkt z następnym", base="Punkt", size=10, after=2, keep_next=True)
    layout.paragraph_style(doc, "Koniec", size=1, after=0)


def new_document(header_text: str, title: str, landscape: bool = False) -> tuple[DocxDocument, float]:
    """An A4 document (portrait unless asked) with the shared styles and the paperwork's."""
    doc, width = layout.new_document(landscape, header_text, title)
    _styles(doc)
    return doc, width


def draft_box(doc: DocxDocument) -> None:
    """The shared draft box, and a little room before what follows it (often a table)."""
    blocks.draft_box(doc)
    doc.add_paragraph(style="Projekt")


def bullets(doc: DocxDocument, items: str, empty: str, keep_next: bool = False) -> None:
    """One '– item' paragraph per element of a list, or the text for an empty list."""
    style = "Punkt z następnym" if keep_next else "Punkt"
    placeholder = blocks.each(doc, f"x in {items}", "– {{ x }}", empty, tag_style=style, line_style=style)
    placeholder.paragraph_format.keep_with_next = keep_next


def numbered_each(doc: DocxDocument, items: str, empty: str) -> None:
    """One "1. item" paragraph per element of a list, or the text for an empty list."""
    blocks.each(
        doc, f"x in {items}", "{{ loop.index }}. {{ x }}", empty, tag_style="Punkt", line_style="Punkt"
    )


def numbered(doc: DocxDocument, items: list[str]) -> None:
    """One "1. text" paragraph per item."""
    for number, text in enumerate(items, start=1):
        doc.add_paragraph(f"{number}. {text}")
