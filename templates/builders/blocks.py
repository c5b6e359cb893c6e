"""Tables and blocks shared by the default templates: label | value tables, loop rows, the title,
the draft box, repeated paragraphs, headings and signature lines (on the styles of layout.py).
"""

from __future__ import annotations

from collections.abc import Sequence

from docx.document import Document as DocxDocument
from docx.oxml import OxmlElement
from docx.shared import Mm, Pt, RGBColor
from docx.table import Table, _Cell, _Row
from docx.text.paragraph import Paragraph

from templates.builders import layout

# --- tables --------------------------------------------------------------------------------------


def cell_fill(cell: _Cell, fill: str) -> None:
    layout.place(cell._tc.get_or_add_tcPr(), layout.shading(fill))


def _row_flags(row: _Row) -> None:
    """Rows never split across pages (a training stays on one page)."""
    row._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))


def add_table(
    doc: DocxDocument, widths_mm: Sequence[float], rows: int, borders: bool = True, centre: bool = True
) -> Table:
    """A fixed-layout table with explicit column widths (LibreOffice and Word agree on those)."""
    table = doc.add_table(rows=rows, cols=len(widths_mm))
    table.autofit = False
    tblpr = table._tbl.tblPr
    twips = [round(w * 1440 / 25.4) for w in widths_mm]
    layout.place(tblpr, layout.w_element("tblW", type="dxa", w=str(sum(twips))))
    layout.place(tblpr, layout.w_element("jc", val="center" if centre else "left"))
    sides = ("top", "left", "bottom", "right", "insideH", "insideV")
    if borders:
        layout.place(
            tblpr, layout.borders("tblBorders", sides, val="single", sz="4", space="0", color=layout.BORDER)
        )
    else:
        layout.place(tblpr, layout.borders("tblBorders", sides, val="nil"))
    layout.place(tblpr, layout.w_element("tblLayout", type="fixed"))
    margins = [("top", "20"), ("left", "68"), ("bottom", "20"), ("right", "68")]
    layout.place(
        tblpr,
        layout.w_element(
            "tblCellMar", *(layout.w_element(side, w=size, type="dxa") for side, size in margins)
        ),
    )
    for index, width in enumerate(widths_mm):
        table.columns[index].width = Mm(width)
        for cell in table.columns[index].cells:
            cell.width = Mm(width)
    for row in table.rows:
        _row_flags(row)
    return table


def put(cell: _Cell, text: str, style: str = "Tabela", bold: bool = False) -> Paragraph:
    """Set the first paragraph of a cell (every cell keeps one paragraph: Word requires it)."""
    paragraph = cell.paragraphs[0]
    paragraph.style = cell.part.document.styles[style]
    if text:
        run = paragraph.add_run(text)
        run.bold = bold or None
    return paragraph


def set_apart(cell: _Cell, condition: str, text: str, strike: bool) -> None:
    """text in the cell, grey and struck through (or bold) when the Jinja condition holds."""
    paragraph = cell.paragraphs[0]
    paragraph.add_run(f"{{% if {condition} %}}")
    marked = paragraph.add_run(text)
    marked.font.color.rgb = layout.GREY
    marked.font.strike, marked.bold = strike or None, (not strike) or None
    paragraph.add_run(f"{{% else %}}{text}{{% endif %}}")


def header_row(table: Table, index: int, titles: Sequence[str]) -> None:
    """A header row: shaded, bold, repeated on every page the table spans."""
    row = table.rows[index]
    row._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))
    for cell, title in zip(row.cells, titles, strict=True):
        put(cell, title, "Tabela nagłówek")
        cell_fill(cell, layout.HEADER_FILL)


def loop_row(table: Table, index: int, tag: str) -> None:
    """A row that docxtpl removes, keeping only its {%tr … %} tag."""
    put(table.rows[index].cells[0], tag, "Tabela mała")


def label_value_rows(table: Table, rows: Sequence[tuple[str, str]], col: int = 0) -> None:
    """Label | value rows, kept on one page together (a summary split after its fifth line
    leaves one lonely row at the top of the next page)."""
    last = len(table.rows) - 1
    for index, (row, (label, value)) in enumerate(zip(table.rows, rows, strict=False)):
        cells = [put(row.cells[col], label, "Tabela", bold=True), put(row.cells[col + 1], value)]
        cell_fill(row.cells[col], layout.LABEL_FILL)
        for paragraph in cells:
            paragraph.paragraph_format.keep_with_next = index < last or None


def partner_name(cell: _Cell) -> None:
    """A partner's name in a {%tr for p in partnerzy %} row, marked when it leads the partnership."""
    put(cell, "{{ p.nazwa }}")
    cell.add_paragraph("{%p if p.lider %}", style="Tabela")
    cell.add_paragraph("lider partnerstwa", style="Tabela mała").runs[0].italic = True
    cell.add_paragraph("{%p endif %}", style="Tabela")


def partner_resources(cell: _Cell, blank_when_none: bool) -> None:
    """What a partner brings, one '– item' paragraph each (or one empty paragraph, if asked)."""
    put(cell, "{%p for z in p.zasoby %}")
    cell.add_paragraph("– {{ z }}", style="Tabela")
    if blank_when_none:
        cell.add_paragraph("{%p else %}", style="Tabela")
        cell.add_paragraph("", style="Tabela")
    cell.add_paragraph("{%p endfor %}", style="Tabela")


# --- shared blocks ------------------------------------------------------------------------------

# The project as EU-funded documents name it: its title and grant agreement number (settings [projekt]).
PROJECT = (
    "Projekt „{{ projekt.nazwa }}”{% if projekt.numer_umowy %}, "
    "umowa o dofinansowanie nr {{ projekt.numer_umowy }}{% endif %}"
)


def title_block(doc: DocxDocument, title: str, subtitle: str) -> None:
    doc.add_paragraph(PROJECT, style="Projekt")
    doc.add_paragraph(title, style="Title")
    # a line never starts with the separator, nor breaks between "Gmina" and the gmina's name
    doc.add_paragraph(
        subtitle.replace(" · ", "\u00a0· ").replace("Gmina {{", "Gmina\u00a0{{"), style="Subtitle"
    )


def state_line(doc: DocxDocument, text: str, condition: str | None = None) -> None:
    """The document's state under its title (accepted, to be accepted, adopted), in bold;
    with a condition, only when it holds."""
    if condition:
        doc.add_paragraph(f"{{%p if {condition} %}}", style="Subtitle")
    doc.add_paragraph(style="Subtitle").add_run(text).bold = True
    if condition:
        doc.add_paragraph("{%p endif %}", style="Subtitle")


def draft_box(doc: DocxDocument) -> None:
    """Shown only while the document is a draft: what is missing, one line each, in words for
    the document's reader (the commands that complete it go to the terminal)."""
    doc.add_paragraph("{%p if wersja_robocza %}", style="Ramka robocza")
    first = doc.add_paragraph(style="Ramka robocza")
    first.add_run("WERSJA ROBOCZA").bold = True
    first.add_run(" — dokument nie jest jeszcze gotowy do wysłania. Do uzupełnienia:")
    doc.add_paragraph("{%p for brak in braki %}", style="Ramka robocza")
    doc.add_paragraph("– {{ brak }}", style="Ramka robocza")
    doc.add_paragraph("{%p endfor %}", style="Ramka robocza")
    doc.add_paragraph("{%p endif %}", style="Ramka robocza")


def each(
    doc: DocxDocument,
    loop: str,
    line: str,
    empty: str,
    *,
    tag_style: str | None = None,
    line_style: str | None = None,
) -> Paragraph:
    """A paragraph repeated for every item ({%p for loop %}), or the empty list's text, which it returns."""
    doc.add_paragraph(f"{{%p for {loop} %}}", style=tag_style)
    doc.add_paragraph(line, style=line_style)
    doc.add_paragraph("{%p else %}", style=tag_style)
    placeholder = doc.add_paragraph(empty, style="Do uzupełnienia")
    doc.add_paragraph("{%p endfor %}", style=tag_style)
    return placeholder


def heading(doc: DocxDocument, text: str) -> None:
    doc.add_paragraph(text, style="Heading 1")


def signatures(doc: DocxDocument, width_mm: float, people: Sequence[tuple[str, str] | None]) -> None:
    """Signature lines side by side: dotted line, name, role."""
    # a paragraph between two tables, or Word and LibreOffice join them into one; 1 pt high, so
    # the block fits where the text ends (the signatures have their own room above the lines)
    spacer = doc.add_paragraph().paragraph_format
    spacer.keep_with_next, spacer.line_spacing, spacer.space_before, spacer.space_after = True, Pt(1), 0, 0
    table = add_table(doc, [width_mm / len(people)] * len(people), rows=1, borders=False)
    for cell, person in zip(table.rows[0].cells, people, strict=True):
        if person is None:  # an empty place, to push the other signature to the right
            continue
        name, role = person
        line = put(cell, layout.DOTS, "Podpis")
        line.paragraph_format.space_before = Pt(36)
        cell.add_paragraph(name, style="Podpis").runs[0].font.color.rgb = RGBColor(0, 0, 0)
        cell.add_paragraph(role, style="Podpis")
