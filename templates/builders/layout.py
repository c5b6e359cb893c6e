"""Shared layout of the default templates: colours, styles, the A4 page, header and footer, and
writing the files. blocks.py builds the tables and blocks on it; every document script in this
folder uses both, so all templates look alike. The Word XML added by hand goes in schema order.
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


def place(parent: OxmlElement, element: OxmlElement) -> OxmlElement:
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


def w_element(tag: str, *children: OxmlElement, **attrs: str) -> OxmlElement:
    el = OxmlElement(f"w:{tag}")
    for name, value in attrs.items():
        el.set(qn(f"w:{name}"), value)
    for child in children:
        el.append(child)
    return el


def borders(tag: str, sides: Sequence[str], **attrs: str) -> OxmlElement:
    return w_element(tag, *(w_element(side, **attrs) for side in sides))


def shading(fill: str) -> OxmlElement:
    return w_element("shd", val="clear", color="auto", fill=fill)


# --- styles -------------------------------------------------------------------------------------


def _arial(rpr: OxmlElement) -> None:
    """Explicit Arial for every script (no theme fonts, which Word would prefer)."""
    place(rpr, w_element("rFonts", ascii=FONT, hAnsi=FONT, cs=FONT, eastAsia=FONT))


def _defaults(doc: DocxDocument) -> None:
    """Document defaults: Arial 10 pt, Polish language (spell-checking), compact spacing."""
    defaults = doc.styles.element.find(qn("w:docDefaults"))
    rpr = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
    _arial(rpr)
    for tag in ("sz", "szCs"):
        place(rpr, w_element(tag, val="20"))
    place(rpr, w_element("lang", val="pl-PL", eastAsia="pl-PL", bidi="ar-SA"))
    ppr = defaults.find(qn("w:pPrDefault")).find(qn("w:pPr"))
    place(ppr, w_element("spacing", after="100", line="264", lineRule="auto"))


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
    place(rpr, w_element("color", val=str(color or RGBColor(0, 0, 0))))
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
    place(ppr, borders("pBdr", sides, val="single", sz="8", space="4", color="C00000"))
    place(ppr, shading("FDECEC"))
    place(ppr, w_element("ind", left="113", right="113"))


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
    _hyphenation(doc)


def _hyphenation(doc: DocxDocument) -> None:
    """Word hyphenates (Polish rules, from the language) only the text of table cells: a long word
    in a narrow column ("Przybyszewska-Wojciechowska") is split at a syllable with a hyphen rather
    than anywhere without one. Running text is not hyphenated."""
    settings = doc.settings.element
    settings.find(qn("w:defaultTabStop")).addnext(w_element("autoHyphenation"))
    for name, suppress in (("Normal", "1"), ("Tabela", "0"), ("Tabela mała", "0")):
        place(doc.styles[name].element.get_or_add_pPr(), w_element("suppressAutoHyphens", val=suppress))


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
    place(ppr, borders("pBdr", [side], val="single", sz="4", space="4", color=BORDER))


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
    foot.add_run("\tStrona ")  # the date a document is about is in its text, not the day it was made
    _field(foot, "PAGE")
    foot.add_run(" z ")
    _field(foot, "NUMPAGES")
    _rule(foot, "top")


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


def _drop_thumbnail(doc: DocxDocument) -> None:
    """python-docx's stock template carries a blank preview picture; Word and file managers show it."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT

    rels = doc.part.package.rels
    for rid in [rid for rid, rel in rels.items() if rel.reltype == RT.THUMBNAIL]:
        del rels[rid]


def write(documents: Builders, folder: Path = TEMPLATES) -> list[Path]:
    """Write every template of `documents` into folder."""
    written = []
    for name, make in documents.items():
        path = folder / name
        doc = make()
        _drop_thumbnail(doc)
        doc.save(path)
        written.append(path)
    return written


def main(documents: Builders) -> None:
    """python -m templates.builders.… [FOLDER] — into templates/ unless another folder is given."""
    for path in write(documents, Path(sys.argv[1]) if len(sys.argv) > 1 else TEMPLATES):
        print(path)
