"""Builds the default document templates (plan-ogolny.docx, plan-szczegolowy.docx) with python-docx.

The .docx files are committed; this script makes them reproducible and reviewable. After changing
it, run `python templates/build_templates.py`, render the example workspace and look at the pages
(see templates/README.md). Placeholders are docxtpl/Jinja tags; every one is documented in README.md.
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

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from emocni_cli.model.plan import SECTIONS  # noqa: E402

FONT = "Arial"  # on Windows as is; LibreOffice on Linux uses the metric-compatible Liberation Sans
ACCENT = RGBColor(0x1F, 0x3A, 0x5F)
GREY = RGBColor(0x59, 0x59, 0x59)
RED = RGBColor(0xC0, 0x00, 0x00)
HEADER_FILL = "DCE3EC"
LABEL_FILL = "F0F3F7"
BORDER = "8497B0"
FIXED_DATE = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)  # core properties: same bytes on every build

EMPTY_SECTION = "[sekcja do uzupełnienia]"
DOTS = "……………………………………………"


# --- XML in schema order --------------------------------------------------------------------------
# Word refuses a document whose property elements are out of the order the schema gives, so every
# element this script adds by hand is inserted at its place in these sequences.

_ORDER = {
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
    order = _ORDER[_local(parent)].split()
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


def _paragraph_style(
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
    _paragraph_style(doc, "Ramka robocza", size=9.5, color=RED, after=0)
    ppr = doc.styles["Ramka robocza"].element.get_or_add_pPr()
    sides = ("top", "left", "bottom", "right")
    _place(ppr, _borders("pBdr", sides, val="single", sz="8", space="4", color="C00000"))
    _place(ppr, _shading("FDECEC"))
    _place(ppr, _el("ind", left="113", right="113"))


def _styles(doc: DocxDocument) -> None:
    _defaults(doc)
    _paragraph_style(doc, "Normal", size=10, after=5)
    _paragraph_style(doc, "Title", size=20, bold=True, color=ACCENT, before=6, after=4)
    _paragraph_style(doc, "Subtitle", size=12, color=GREY, after=14)
    _paragraph_style(doc, "Heading 1", size=13, bold=True, color=ACCENT, before=14, after=6, keep_next=True)
    _paragraph_style(doc, "Header", size=8, color=GREY, after=0)
    _paragraph_style(doc, "Footer", size=8, color=GREY, after=0)
    _paragraph_style(doc, "Projekt", size=8.5, color=GREY, after=2)
    _paragraph_style(doc, "Tabela", size=9, after=1)
    _paragraph_style(doc, "Tabela mała", size=8, after=1)
    _paragraph_style(doc, "Tabela nagłówek", size=8.5, bold=True, color=ACCENT, after=0, keep_next=True)
    _paragraph_style(doc, "Do uzupełnienia", italic=True, color=GREY)
    _paragraph_style(doc, "Podpis", size=8.5, color=GREY, after=0, align=WD_ALIGN_PARAGRAPH.CENTER)
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


def _cell_fill(cell: _Cell, fill: str) -> None:
    _place(cell._tc.get_or_add_tcPr(), _shading(fill))


def _row_flags(row: _Row) -> None:
    """Rows never split across pages (a training stays on one page)."""
    row._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))


def _table(
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


def _put(cell: _Cell, text: str, style: str = "Tabela", bold: bool = False) -> Paragraph:
    """Set the first paragraph of a cell (every cell keeps one paragraph: Word requires it)."""
    paragraph = cell.paragraphs[0]
    paragraph.style = cell.part.document.styles[style]
    if text:
        run = paragraph.add_run(text)
        run.bold = bold or None
    return paragraph


def _header_row(table: Table, index: int, titles: Sequence[str]) -> None:
    """A header row: shaded, bold, repeated on every page the table spans."""
    row = table.rows[index]
    row._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))
    for cell, title in zip(row.cells, titles, strict=True):
        _put(cell, title, "Tabela nagłówek")
        _cell_fill(cell, HEADER_FILL)


def _loop_row(table: Table, index: int, tag: str) -> None:
    """A row that docxtpl removes, keeping only its {%tr … %} tag."""
    _put(table.rows[index].cells[0], tag, "Tabela mała")


def _label_value_rows(table: Table, rows: Sequence[tuple[str, str]], col: int = 0) -> None:
    """Label | value rows, kept on one page together (a summary split after its fifth line
    leaves one lonely row at the top of the next page)."""
    last = len(table.rows) - 1
    for index, (row, (label, value)) in enumerate(zip(table.rows, rows, strict=False)):
        cells = [_put(row.cells[col], label, "Tabela", bold=True), _put(row.cells[col + 1], value)]
        _cell_fill(row.cells[col], LABEL_FILL)
        for paragraph in cells:
            paragraph.paragraph_format.keep_with_next = index < last or None


# --- shared blocks ------------------------------------------------------------------------------


def _title_block(doc: DocxDocument, title: str, subtitle: str) -> None:
    doc.add_paragraph("Projekt „e-Mocni: cyfrowe umiejętności, realne korzyści”", style="Projekt")
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph(subtitle, style="Subtitle")


def _draft_box(doc: DocxDocument) -> None:
    """Shown only while the document is a draft: what is missing, one line each."""
    doc.add_paragraph("{%p if wersja_robocza %}", style="Ramka robocza")
    first = doc.add_paragraph(style="Ramka robocza")
    first.add_run("WERSJA ROBOCZA").bold = True
    first.add_run(" — dokument nie jest jeszcze gotowy do wysłania. Brakuje:")
    doc.add_paragraph("{%p for brak in braki %}", style="Ramka robocza")
    doc.add_paragraph("– {{ brak }}", style="Ramka robocza")
    doc.add_paragraph("{%p endfor %}", style="Ramka robocza")
    doc.add_paragraph("{%p endif %}", style="Ramka robocza")


def _heading(doc: DocxDocument, text: str) -> None:
    doc.add_paragraph(text, style="Heading 1")


def _signatures(doc: DocxDocument, width_mm: float, people: Sequence[tuple[str, str] | None]) -> None:
    """Signature lines side by side: dotted line, name, role."""
    # a paragraph between two tables, or Word and LibreOffice join them into one
    doc.add_paragraph().paragraph_format.keep_with_next = True
    table = _table(doc, [width_mm / len(people)] * len(people), rows=1, borders=False)
    for cell, person in zip(table.rows[0].cells, people, strict=True):
        if person is None:  # an empty place, to push the other signature to the right
            continue
        name, role = person
        line = _put(cell, DOTS, "Podpis")
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


def _new(landscape: bool, header_text: str, title: str) -> tuple[DocxDocument, float]:
    doc = Document()
    _styles(doc)
    width = _page(doc, landscape)
    _header_footer(doc, width, header_text)
    _properties(doc, title)
    return doc, width


# --- the general part ---------------------------------------------------------------------------


def general() -> DocxDocument:
    doc, width = _new(
        False,
        "Gmina {{ gmina.nazwa }} · Trzyletni plan szkoleń {{ okres }} · część ogólna",
        "Trzyletni plan szkoleń {{ okres }} — część ogólna — Gmina {{ gmina.nazwa }}",
    )
    _title_block(
        doc,
        "Trzyletni plan szkoleń na lata {{ okres }}",
        "Część ogólna · Gminne partnerstwo na rzecz edukacji cyfrowej · Gmina {{ gmina.nazwa }}",
    )
    _draft_box(doc)

    _heading(doc, "1. Dane podstawowe")
    basic = [
        ("Gmina", "{{ gmina.nazwa }}"),
        ("Powiat", "{{ gmina.powiat }}"),
        ("Województwo", "{{ gmina.wojewodztwo }}"),
        ("Okres planu", "{{ okres }}"),
        (
            "e-Mocarz",
            "{{ emocarz.imie_nazwisko }}{% if emocarz.instytucja %}, {{ emocarz.instytucja }}{% endif %}",
        ),
        (
            "Kontakt do e-Mocarza",
            "{{ emocarz.email }}{% if emocarz.email and emocarz.telefon %}, tel. {% endif %}"
            "{{ emocarz.telefon }}",
        ),
        ("Regionalny animator partnerstw", "{{ animator.imie_nazwisko }}"),
        ("Nazwa partnerstwa", "{{ partnerstwo.nazwa }}"),
        (
            "Zawiązanie partnerstwa",
            "{{ partnerstwo.data_zawiazania }}"
            "{% if partnerstwo.dokument %} ({{ partnerstwo.dokument }}){% endif %}",
        ),
        ("Lider partnerstwa", "{{ partnerstwo.lider }}"),
        ("Liczba mieszkańców do przeszkolenia (cel)", "{{ cel_uczestnikow }}"),
    ]
    _label_value_rows(_table(doc, [66, width - 66], rows=len(basic)), basic)

    _heading(doc, "2. Partnerstwo — członkowie, role i zasoby")
    doc.add_paragraph("Liczba partnerów: {{ partnerzy|length }}.")
    widths = [9, 50, 29, 40, width - 128]
    partners = _table(doc, widths, rows=4)
    _header_row(
        partners, 0, ["Lp.", "Nazwa instytucji", "Rodzaj", "Rola w partnerstwie", "Zasoby, które wnosi"]
    )
    _loop_row(partners, 1, "{%tr for p in partnerzy %}")
    cells = partners.rows[2].cells
    _put(cells[0], "{{ p.lp }}.")
    _put(cells[1], "{{ p.nazwa }}")
    cells[1].add_paragraph("{%p if p.lider %}", style="Tabela")
    cells[1].add_paragraph("lider partnerstwa", style="Tabela mała").runs[0].italic = True
    cells[1].add_paragraph("{%p endif %}", style="Tabela")
    _put(cells[2], "{{ p.rodzaj }}")
    _put(cells[3], "{{ p.rola }}")
    _put(cells[4], "{%p for z in p.zasoby %}")
    cells[4].add_paragraph("– {{ z }}", style="Tabela")
    cells[4].add_paragraph("{%p else %}", style="Tabela")
    cells[4].add_paragraph("", style="Tabela")
    cells[4].add_paragraph("{%p endfor %}", style="Tabela")
    _loop_row(partners, 3, "{%tr endfor %}")

    for number, (key, title) in enumerate(SECTIONS.items(), start=3):
        _heading(doc, f"{number}. {title}")
        doc.add_paragraph(f"{{%p for akapit in plan.{key} %}}")
        doc.add_paragraph("{{ akapit }}")
        doc.add_paragraph("{%p else %}")
        doc.add_paragraph(EMPTY_SECTION, style="Do uzupełnienia")
        doc.add_paragraph("{%p endfor %}")

    _heading(doc, f"{len(SECTIONS) + 3}. Akceptacja planu")
    dates = [
        ("Przekazano animatorowi do akceptacji", "{{ akceptacja.przekazano_animatorowi }}"),
        ("Zaakceptowano przez regionalnego animatora partnerstw", "{{ akceptacja.zaakceptowano }}"),
        ("Wgrano na platformę e-Mocni", "{{ akceptacja.wgrano_na_platforme }}"),
    ]
    _label_value_rows(_table(doc, [95, width - 95], rows=len(dates)), dates)
    doc.add_paragraph("{%p if akceptacja.uwagi_animatora %}")
    remarks = doc.add_paragraph(style="Normal")
    remarks.paragraph_format.space_before = Pt(8)
    remarks.add_run("Uwagi animatora:").bold = True
    doc.add_paragraph("{%p for akapit in akceptacja.uwagi_animatora %}")
    doc.add_paragraph("{{ akapit }}")
    doc.add_paragraph("{%p endfor %}")
    doc.add_paragraph("{%p endif %}")
    _signatures(
        doc,
        width,
        [
            ("{{ emocarz.imie_nazwisko }}", "e-Mocarz — data i podpis"),
            ("{{ animator.imie_nazwisko }}", "regionalny animator partnerstw — data i podpis"),
        ],
    )
    return doc


# --- the annual plan ------------------------------------------------------------------------------


def detailed() -> DocxDocument:
    doc, width = _new(
        True,
        "Gmina {{ gmina.nazwa }} · Roczny plan szkoleń {{ rok }} · część szczegółowa planu {{ okres }}",
        "Roczny plan szkoleń {{ rok }} — Gmina {{ gmina.nazwa }}",
    )
    _title_block(
        doc,
        "Roczny plan szkoleń na rok {{ rok }}",
        "Część szczegółowa trzyletniego planu szkoleń na lata {{ okres }} · Gmina {{ gmina.nazwa }}",
    )
    _draft_box(doc)

    _heading(doc, "1. Dane podstawowe")
    basic = _table(doc, [32, 80, 45, width - 157], rows=4)
    _label_value_rows(
        basic,
        [
            ("Gmina", "{{ gmina.nazwa }}"),
            ("Powiat", "{{ gmina.powiat }}"),
            ("Województwo", "{{ gmina.wojewodztwo }}"),
            ("Okres planu", "{{ okres }}"),
        ],
    )
    _label_value_rows(
        basic,
        [
            (
                "e-Mocarz",
                "{{ emocarz.imie_nazwisko }}{% if emocarz.instytucja %}, {{ emocarz.instytucja }}{% endif %}",
            ),
            ("Regionalny animator", "{{ animator.imie_nazwisko }}"),
            ("Partnerstwo", "{{ partnerstwo.nazwa }}"),
            ("Lider partnerstwa", "{{ partnerstwo.lider }}"),
        ],
        col=2,
    )

    _heading(doc, "2. Szkolenia")
    columns = [
        ("Lp.", 9, "{{ s.nr }}."),
        ("Temat szkolenia", 37, "{{ s.tytul }}"),
        ("Obszar", 24, "{{ s.obszar }}"),
        ("Grupa docelowa", 25, "{{ s.grupa_docelowa }}"),
        ("Forma", 20, "{{ s.forma }}"),
        ("Godz.", 12, "{{ s.godziny }}"),
        ("Termin", 20, "{{ s.termin }}"),
        ("Miejsce", 26, "{{ s.miejsce }}"),
        ("Partner", 27, "{{ s.partner }}"),
        ("Trener", 21, "{{ s.trener }}"),
        ("plan", 12, "{{ s.uczestnicy_plan }}"),
        ("fakt.", 12, "{{ s.uczestnicy_faktycznie }}"),
        ("Status", 0, "{{ s.status }}"),
    ]
    widths = [w for _, w, _ in columns]
    widths[-1] = width - sum(widths)
    table = _table(doc, widths, rows=6)
    # two header rows: "Uczestnicy" spans "plan" and "fakt."; the other titles span both rows
    _header_row(table, 0, [title for title, _, _ in columns])
    _header_row(table, 1, [""] * len(columns))
    top, bottom = table.rows[0].cells, table.rows[1].cells
    for index in range(len(columns)):
        if index not in (10, 11):
            top[index].merge(bottom[index])
    top[10].paragraphs[0].runs[0].text = "Uczestnicy"
    top[11].paragraphs[0].runs[0].text = ""
    top[10].merge(top[11])
    _put(bottom[10], "plan", "Tabela nagłówek")
    _put(bottom[11], "fakt.", "Tabela nagłówek")
    _loop_row(table, 2, "{%tr for s in szkolenia %}")
    for cell, (_, _, value) in zip(table.rows[3].cells, columns, strict=True):
        _put(cell, value, "Tabela mała")
    _loop_row(table, 4, "{%tr endfor %}")
    totals = table.rows[5].cells
    for cell in totals:
        _cell_fill(cell, LABEL_FILL)
    total = "Razem (bez odwołanych) — liczba szkoleń: {{ razem.szkolenia }}"
    _put(totals[0], total, "Tabela mała", bold=True)
    totals[0].merge(totals[4])
    _put(totals[5], "{{ razem.godziny }}", "Tabela mała", bold=True)
    totals[6].merge(totals[9])
    _put(totals[10], "{{ razem.uczestnicy_plan }}", "Tabela mała", bold=True)
    _put(totals[11], "{{ razem.uczestnicy_faktycznie }}", "Tabela mała", bold=True)
    for paragraph in table.rows[5].cells[0].paragraphs[1:]:
        paragraph._p.getparent().remove(paragraph._p)

    doc.add_paragraph(
        "Uczestnicy „fakt.” — liczba osób, które faktycznie ukończyły szkolenie "
        "(tylko szkolenia zrealizowane).",
        style="Projekt",
    )

    _heading(doc, "3. Podsumowanie")
    summary = [
        ("Liczba szkoleń (bez odwołanych)", "{{ razem.szkolenia }}"),
        ("w tym zrealizowanych", "{{ razem.zrealizowane }}"),
        ("Szkolenia odwołane", "{{ razem.odwolane }}"),
        ("Łączna liczba godzin szkoleń", "{{ razem.godziny }}"),
        ("Planowana liczba uczestników", "{{ razem.uczestnicy_plan }}"),
        ("Faktyczna liczba uczestników (szkolenia zrealizowane)", "{{ razem.uczestnicy_faktycznie }}"),
    ]
    _label_value_rows(_table(doc, [95, 30], rows=len(summary), centre=False), summary)

    _heading(doc, "4. Rekrutacja, dostępność i uwagi")
    notes = _table(doc, [8, 60, 75, 60, width - 203], rows=4)
    _header_row(
        notes, 0, ["Lp.", "Temat szkolenia", "Rekrutacja", "Dostępność (potrzeby uczestników)", "Uwagi"]
    )
    _loop_row(notes, 1, "{%tr for s in szkolenia %}")
    for cell, value in zip(
        notes.rows[2].cells,
        ["{{ s.nr }}.", "{{ s.tytul }}", "{{ s.rekrutacja }}", "{{ s.dostepnosc }}", "{{ s.notatki }}"],
        strict=True,
    ):
        _put(cell, value, "Tabela mała")
    _loop_row(notes, 3, "{%tr endfor %}")

    _signatures(
        doc, width, [None, ("{{ emocarz.imie_nazwisko }}", "sporządził(a): e-Mocarz — data i podpis")]
    )
    return doc


DOCUMENTS: dict[str, Callable[[], DocxDocument]] = {
    "plan-ogolny.docx": general,
    "plan-szczegolowy.docx": detailed,
}


def build(folder: Path = HERE, documents: dict[str, Callable[[], DocxDocument]] = DOCUMENTS) -> list[Path]:
    """Write every template of `documents` (file name -> builder) into folder."""
    written = []
    for name, make in documents.items():
        path = folder / name
        make().save(path)
        written.append(path)
    return written


def main(documents: dict[str, Callable[[], DocxDocument]] = DOCUMENTS) -> None:
    """python templates/build_….py [FOLDER] — into templates/ unless another folder is given."""
    for path in build(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE, documents):
        print(path)


if __name__ == "__main__":
    main()
