"""Shared layout of the default templates: styles, A4 page, header and footer, tables, blocks.

Every document script in this folder builds its document from these helpers, so all templates look
alike. python-docx only; the Word XML this module adds by hand is inserted in schema order.
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor
from docx.table import Table, _Cell, _Row
from docx.text.paragraph import Paragraph

TEMPLATES = Path(__file__).resolve().parents[1]  # the built .docx files are committed there

FONT = "Arial"  # on Windows as is; LibreOffice on Linux uses the metric-compatible Liberation Sans
ACCENT = RGBColor(0x1F, 0x3A, 0x5F)
GREY = RGBColor(0x59, 0x59, 0x59)
RED = RGBColor(0xC0, 0x00, 0x00)
HEADER_FILL = "DCE3EC"
LABEL_FILL = "F0F3F7"
BORDER = "8497B0"
FIXED_DATE = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)  # core properties: same bytes on every build

DOTS = "……………………………………………"


# --- XML in schema order --------------------------------------------------------------------------
# Word refuses a document whose property elements are out of the order the schema gives, so every
# element this script adds by hand is inserted at its place in these sequences.

SCHEMA_ORDER = {
    "pPr": "pStyle keepNext keepLines pageBreakBefore framePr widowControl numPr suppressLineNumbers "
    "pBdr shd tabs suppressAutoHyphens kinsoku wordWrap overflowPunct topLinePunct autoSpaceDE "
    "autoSpaceDN bidi adjustRightInd snapToGrid spacing ind contextualSpacing mirrorIndents "
    "suppressOverlap jc textDirection textAlignment textboxTightWrap outlineLvl divId cnfStyle rPr "
    "sectPr pPrChange",
    "rPr": "rStyle rFonts b bCs i iCs caps smallCaps strike dstrike outline shadow emboss imprint "
    "noProof snapToGrid vanish webHidden color spacing w kern position sz szCs highlight u effect "
    "bdr shd fitText vertAlign rtl cs em lang eastAsianLayout specVanish oMath",
    "tblPr": "tblStyle tblpPr tblOverlap bidiVisual tblStyleRowBandSize tblStyleColBandSize tblW jc "
    "tblCellSpacing tblInd tblBorders shd tblLayout tblCellMar tblLook",
    "tcPr": "cnfStyle tcW gridSpan hMerge vMerge tcBorders shd noWrap tcMar textDirection tcFitText "
    "vAlign hideMark",
}


def _local(el: OxmlElement) -> str:
    return el.tag.split("}")[1]


def _place(parent: OxmlElement, element: OxmlElement) -> OxmlElement:
    """Insert element into parent at its schema position, replacing one of the same kind."""
    order = SCHEMA_ORDER[_local(parent)].split()
    tag = _local(element)
    for old in parent.findall(qn(f"w:{tag}")):
        parent.remove(old)
    later = set(order[order.index(tag) + 1 :])
    successor = next((child for child in parent if _local(child) in later), None)
    if successor is None:
        parent.append(element)
    else:
        successor.addprevious(element)
    return element


def _el(tag: str, *children: OxmlElement, **attrs: str) -> OxmlElement:
    el = OxmlElement(f"w:{tag}")
    for name, value in attrs.items():
        el.set(qn(f"w:{name}"), value)
    for child in children:
        el.append(child)
    return el


def _borders(tag: str, sides: Sequence[str], **attrs: str) -> OxmlElement:
    return _el(tag, *(_el(side, **attrs) for side in sides))


def _shading(fill: str) -> OxmlElement:
    return _el("shd", val="clear", color="auto", fill=fill)


# --- styles -------------------------------------------------------------------------------------


def _arial(rpr: OxmlElement) -> None:
    """Explicit Arial for every script (no theme fonts, which Word would prefer)."""
    _place(rpr, _el("rFonts", ascii=FONT, hAnsi=FONT, cs=FONT, eastAsia=FONT))


def _defaults(doc: DocxDocument) -> None:
    """Document defaults: Arial 10 pt, Polish language (spell-checking), compact spacing."""
    defaults = doc.styles.element.find(qn("w:docDefaults"))
    rpr = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
    _arial(rpr)
    for tag in ("sz", "szCs"):
        _place(rpr, _el(tag, val="20"))
    _place(rpr, _el("lang", val="pl-PL", eastAsia="pl-PL", bidi="ar-SA"))
    ppr = defaults.find(qn("w:pPrDefault")).find(qn("w:pPr"))
    _place(ppr, _el("spacing", after="100", line="264", lineRule="auto"))


def paragraph_style(
    doc: DocxDocument,
    name: str,
    *,
    base: str = "Normal",
    size: float = 10,
    bold: bool = False,
    italic: bool = False,
    color: RGBColor | None = None,
    before: float = 0,
    after: float = 5,
    keep_next: bool = False,
    align: WD_ALIGN_PARAGRAPH | None = None,
) -> None:
    styles = doc.styles
    style = styles[name] if name in [s.name for s in styles] else styles.add_style(name, 1)
    style.base_style = styles[base] if name != base else None
    ppr, rpr = style.element.get_or_add_pPr(), style.element.get_or_add_rPr()
    # drop what the stock styles carry: the Title's blue rule, the Subtitle's letter spacing,
    # the Header/Footer tab stops (ours are set on the paragraphs), theme colours (they win over RGB)
    for el in [*ppr.findall(qn("w:pBdr")), *ppr.findall(qn("w:tabs")), *rpr.findall(qn("w:spacing"))]:
        el.getparent().remove(el)
    _arial(rpr)
    font = style.font
    font.size = Pt(size)
    font.bold, font.italic = bold, italic
    _place(rpr, _el("color", val=str(color or RGBColor(0, 0, 0))))
    fmt = style.paragraph_format
    fmt.space_before, fmt.space_after = Pt(before), Pt(after)
    fmt.keep_with_next = keep_next
    if align is not None:
        fmt.alignment = align
    style.quick_style = True


def _box_style(doc: DocxDocument) -> None:
    """Ramka — wersja robocza: red frame, light red fill; consecutive paragraphs share one box."""
    paragraph_style(doc, "Ramka robocza", size=9.5, color=RED, after=0)
    ppr = doc.styles["Ramka robocza"].element.get_or_add_pPr()
    sides = ("top", "left", "bottom", "right")
    _place(ppr, _borders("pBdr", sides, val="single", sz="8", space="4", color="C00000"))
    _place(ppr, _shading("FDECEC"))
    _place(ppr, _el("ind", left="113", right="113"))


def _styles(doc: DocxDocument) -> None:
    _defaults(doc)
    paragraph_style(doc, "Normal", size=10, after=5)
    paragraph_style(doc, "Title", size=20, bold=True, color=ACCENT, before=6, after=4)
    paragraph_style(doc, "Subtitle", size=12, color=GREY, after=14)
    paragraph_style(doc, "Heading 1", size=13, bold=True, color=ACCENT, before=14, after=6, keep_next=True)
    paragraph_style(doc, "Header", size=8, color=GREY, after=0)
    paragraph_style(doc, "Footer", size=8, color=GREY, after=0)
    paragraph_style(doc, "Projekt", size=8.5, color=GREY, after=2)
    paragraph_style(doc, "Tabela", size=9, after=1)
    paragraph_style(doc, "Tabela mała", size=8, after=1)
    paragraph_style(doc, "Tabela nagłówek", size=8.5, bold=True, color=ACCENT, after=0, keep_next=True)
    paragraph_style(doc, "Do uzupełnienia", italic=True, color=GREY)
    paragraph_style(doc, "Podpis", size=8.5, color=GREY, after=0, align=WD_ALIGN_PARAGRAPH.CENTER)
    _box_style(doc)


# --- page, header and footer ---------------------------------------------------------------------


def _page(doc: DocxDocument, landscape: bool) -> float:
    """A4 with margins; returns the usable text width in mm."""
    section = doc.sections[0]
    width, height = (Mm(297), Mm(210)) if landscape else (Mm(210), Mm(297))
    section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = width, height
    side = 15 if landscape else 20
    section.left_margin = section.right_margin = Mm(side)
    section.top_margin, section.bottom_margin = Mm(20), Mm(18)
    section.header_distance = section.footer_distance = Mm(9)
    return (297 if landscape else 210) - 2 * side


def _field(paragraph: Paragraph, instruction: str) -> None:
    """A Word field (PAGE, NUMPAGES) as begin/instr/separate/result/end runs."""

    def char(kind: str) -> None:
        el = OxmlElement("w:fldChar")
        el.set(qn("w:fldCharType"), kind)
        paragraph.add_run()._r.append(el)

    char("begin")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = f" {instruction} "
    paragraph.add_run()._r.append(instr)
    char("separate")
    paragraph.add_run("1")
    char("end")


def _rule(paragraph: Paragraph, side: str) -> None:
    """A thin line above or below a paragraph (under the header, over the footer)."""
    ppr = paragraph._p.get_or_add_pPr()
    _place(ppr, _borders("pBdr", [side], val="single", sz="4", space="4", color=BORDER))


def _header_footer(doc: DocxDocument, width_mm: float, header_text: str) -> None:
    section = doc.sections[0]
    head = section.header.paragraphs[0]
    head.style = doc.styles["Header"]
    head.paragraph_format.tab_stops.add_tab_stop(Mm(width_mm), WD_TAB_ALIGNMENT.RIGHT)
    head.add_run(header_text)
    head.add_run("\t")
    mark = head.add_run("{% if wersja_robocza %}WERSJA ROBOCZA{% endif %}")
    mark.bold = True
    mark.font.color.rgb = RED
    mark.font.size = Pt(9)
    _rule(head, "bottom")

    foot = section.footer.paragraphs[0]
    foot.style = doc.styles["Footer"]
    foot.paragraph_format.tab_stops.add_tab_stop(Mm(width_mm), WD_TAB_ALIGNMENT.RIGHT)
    foot.add_run("Przygotowano w programie emocni, {{ dzisiaj }}\tStrona ")
    _field(foot, "PAGE")
    foot.add_run(" z ")
    _field(foot, "NUMPAGES")
    _rule(foot, "top")


# --- tables --------------------------------------------------------------------------------------


def cell_fill(cell: _Cell, fill: str) -> None:
    _place(cell._tc.get_or_add_tcPr(), _shading(fill))


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
    _place(tblpr, _el("tblW", type="dxa", w=str(sum(twips))))
    _place(tblpr, _el("jc", val="center" if centre else "left"))
    sides = ("top", "left", "bottom", "right", "insideH", "insideV")
    if borders:
        _place(tblpr, _borders("tblBorders", sides, val="single", sz="4", space="0", color=BORDER))
    else:
        _place(tblpr, _borders("tblBorders", sides, val="nil"))
    _place(tblpr, _el("tblLayout", type="fixed"))
    margins = [("top", "20"), ("left", "68"), ("bottom", "20"), ("right", "68")]
    _place(tblpr, _el("tblCellMar", *(_el(side, w=size, type="dxa") for side, size in margins)))
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


def header_row(table: Table, index: int, titles: Sequence[str]) -> None:
    """A header row: shaded, bold, repeated on every page the table spans."""
    row = table.rows[index]
    row._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))
    for cell, title in zip(row.cells, titles, strict=True):
        put(cell, title, "Tabela nagłówek")
        cell_fill(cell, HEADER_FILL)


def loop_row(table: Table, index: int, tag: str) -> None:
    """A row that docxtpl removes, keeping only its {%tr … %} tag."""
    put(table.rows[index].cells[0], tag, "Tabela mała")


def label_value_rows(table: Table, rows: Sequence[tuple[str, str]], col: int = 0) -> None:
    """Label | value rows, kept on one page together (a summary split after its fifth line
    leaves one lonely row at the top of the next page)."""
    last = len(table.rows) - 1
    for index, (row, (label, value)) in enumerate(zip(table.rows, rows, strict=False)):
        cells = [put(row.cells[col], label, "Tabela", bold=True), put(row.cells[col + 1], value)]
        cell_fill(row.cells[col], LABEL_FILL)
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


def title_block(doc: DocxDocument, title: str, subtitle: str) -> None:
    doc.add_paragraph("Projekt „e-Mocni: cyfrowe umiejętności, realne korzyści”", style="Projekt")
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph(subtitle, style="Subtitle")


def draft_box(doc: DocxDocument) -> None:
    """Shown only while the document is a draft: what is missing, one line each."""
    doc.add_paragraph("{%p if wersja_robocza %}", style="Ramka robocza")
    first = doc.add_paragraph(style="Ramka robocza")
    first.add_run("WERSJA ROBOCZA").bold = True
    first.add_run(" — dokument nie jest jeszcze gotowy do wysłania. Brakuje:")
    doc.add_paragraph("{%p for brak in braki %}", style="Ramka robocza")
    doc.add_paragraph("– {{ brak }}", style="Ramka robocza")
    doc.add_paragraph("{%p endfor %}", style="Ramka robocza")
    doc.add_paragraph("{%p endif %}", style="Ramka robocza")


def heading(doc: DocxDocument, text: str) -> None:
    doc.add_paragraph(text, style="Heading 1")


def signatures(doc: DocxDocument, width_mm: float, people: Sequence[tuple[str, str] | None]) -> None:
    """Signature lines side by side: dotted line, name, role."""
    # a paragraph between two tables, or Word and LibreOffice join them into one
    doc.add_paragraph().paragraph_format.keep_with_next = True
    table = add_table(doc, [width_mm / len(people)] * len(people), rows=1, borders=False)
    for cell, person in zip(table.rows[0].cells, people, strict=True):
        if person is None:  # an empty place, to push the other signature to the right
            continue
        name, role = person
        line = put(cell, DOTS, "Podpis")
        line.paragraph_format.space_before = Pt(36)
        cell.add_paragraph(name, style="Podpis").runs[0].font.color.rgb = RGBColor(0, 0, 0)
        cell.add_paragraph(role, style="Podpis")


def _properties(doc: DocxDocument, title: str) -> None:
    props = doc.core_properties
    props.title = title
    props.author = "{{ emocarz.imie_nazwisko }}"
    props.subject = "Gminne partnerstwo na rzecz edukacji cyfrowej"
    props.comments = "Szablon emocni — pola opisuje templates/README.md"
    props.language = "pl-PL"
    props.last_modified_by = "emocni"
    props.created = props.modified = FIXED_DATE
    props.revision = 1


def new_document(landscape: bool, header_text: str, title: str) -> tuple[DocxDocument, float]:
    """A4 document with the shared styles, header and footer; returns it and the text width in mm."""
    doc = Document()
    _styles(doc)
    width = _page(doc, landscape)
    _header_footer(doc, width, header_text)
    _properties(doc, title)
    return doc, width


# --- writing --------------------------------------------------------------------------------------

Builders = dict[str, Callable[[], DocxDocument]]  # file name -> function that builds the document


def write(documents: Builders, folder: Path = TEMPLATES) -> list[Path]:
    """Write every template of `documents` into folder."""
    written = []
    for name, make in documents.items():
        path = folder / name
        make().save(path)
        written.append(path)
    return written


def main(documents: Builders) -> None:
    """python -m templates.builders.… [FOLDER] — into templates/ unless another folder is given."""
    for path in write(documents, Path(sys.argv[1]) if len(sys.argv) > 1 else TEMPLATES):
        print(path)
