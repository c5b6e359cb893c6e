"""Builds the templates of the partnership's paperwork with the helpers of build_templates.py:
lista-obecnosci.docx, protokol.docx, porozumienie.docx, deklaracja.docx.

The .docx files are committed; this script makes them reproducible and reviewable. After changing
it, run `python templates/build_paperwork.py`, render the documents of the example workspace and
look at every page (see templates/README.md). Every placeholder is documented in README.md.
"""

from __future__ import annotations

import sys
from pathlib import Path

from docx.document import Document as DocxDocument
from docx.enum.table import WD_ROW_HEIGHT_RULE
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.shared import Mm, Pt
from docx.table import Table

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import build_templates as base  # noqa: E402

DOTS = base.DOTS
PARTNERSHIP = "{{ partnerstwo.nazwa or 'gminne partnerstwo na rzecz edukacji cyfrowej' }}"


def _min_height(table: Table, index: int, mm: float) -> None:
    """Room to sign by hand; the row copied by a {%tr for %} loop keeps its height."""
    row = table.rows[index]
    row.height = Mm(mm)
    row.height_rule = WD_ROW_HEIGHT_RULE.AT_LEAST


def _loop_table(
    doc: DocxDocument,
    widths: list[float],
    titles: list[str],
    cells: list[str],
    loop: str,
    height_mm: float | None = None,
) -> Table:
    """A table with a repeated header row and one row per element of a list."""
    table = base._table(doc, widths, rows=4)
    base._header_row(table, 0, titles)
    base._loop_row(table, 1, f"{{%tr for {loop} %}}")
    for cell, value in zip(table.rows[2].cells, cells, strict=True):
        base._put(cell, value)
    base._loop_row(table, 3, "{%tr endfor %}")
    if height_mm:
        _min_height(table, 2, height_mm)
    return table


def _styles(doc: DocxDocument) -> None:
    base._paragraph_style(doc, "Punkt", size=10, after=2)
    base._paragraph_style(doc, "Punkt z następnym", base="Punkt", size=10, after=2, keep_next=True)
    base._paragraph_style(doc, "Koniec", size=1, after=0)


def _new(header_text: str, title: str) -> tuple[DocxDocument, float]:
    """An A4 portrait document with the shared styles and ours."""
    doc, width = base._new(False, header_text, title)
    _styles(doc)
    return doc, width


def _draft_box(doc: DocxDocument) -> None:
    """The shared draft box, and a little room before what follows it (often a table)."""
    base._draft_box(doc)
    doc.add_paragraph(style="Projekt")


def _bullets(doc: DocxDocument, items: str, empty: str, keep_next: bool = False) -> None:
    """One '– item' paragraph per element of a list, or the text for an empty list."""
    style = "Punkt z następnym" if keep_next else "Punkt"
    doc.add_paragraph(f"{{%p for x in {items} %}}", style=style)
    doc.add_paragraph("– {{ x }}", style=style)
    doc.add_paragraph("{%p else %}", style=style)
    doc.add_paragraph(empty, style="Do uzupełnienia").paragraph_format.keep_with_next = keep_next
    doc.add_paragraph("{%p endfor %}", style=style)


MEETING_ROWS = [
    ("Data", "{{ spotkanie.data }} ({{ spotkanie.dzien_tygodnia }})"),
    ("Godzina", "{{ spotkanie.godzina }}"),
    ("Miejsce", "{{ spotkanie.miejsce }}"),
    ("Rodzaj spotkania", "{{ spotkanie.rodzaj }}"),
]


# --- attendance list ----------------------------------------------------------------------------


def attendance() -> DocxDocument:
    doc, width = _new(
        "Gmina {{ gmina.nazwa }} · Lista obecności · {{ spotkanie.data }}",
        "Lista obecności — {{ spotkanie.tytul }} — Gmina {{ gmina.nazwa }}",
    )
    base._title_block(doc, "Lista obecności", "{{ spotkanie.tytul }}")
    info = [
        ("Gmina", "{{ gmina.nazwa }}"),
        ("Partnerstwo", PARTNERSHIP),
        *MEETING_ROWS,
    ]
    base._label_value_rows(base._table(doc, [40, width - 40], rows=len(info)), info)
    note = doc.add_paragraph(
        "Podpis na liście potwierdza obecność na spotkaniu. Lista jest dokumentacją działań partnerstwa "
        "w projekcie „e-Mocni”.",
        style="Projekt",
    )
    note.paragraph_format.space_before = Pt(6)
    note.paragraph_format.space_after = Pt(6)
    note.paragraph_format.keep_with_next = True
    _loop_table(
        doc,
        [10, 52, 58, width - 120],
        ["Lp.", "Imię i nazwisko", "Instytucja", "Podpis"],
        ["{{ w.lp }}.", "{{ w.imie_nazwisko }}", "{{ w.instytucja }}", ""],
        "w in wiersze",
        height_mm=11,
    )
    doc.add_paragraph(style="Koniec")  # the body ends with a paragraph; this one takes no room
    _footer_signature(doc, width)
    return doc


def _footer_signature(doc: DocxDocument, width_mm: float) -> None:
    """The e-Mocarz signs every page of the list: a signature line above the usual footer."""
    first = doc.sections[0].footer.paragraphs[0]
    line = first.insert_paragraph_before(
        "Listę sporządził(a): {{ emocarz.imie_nazwisko }}, e-Mocarz\t" + DOTS, style="Tabela"
    )
    line.paragraph_format.tab_stops.add_tab_stop(Mm(width_mm), WD_TAB_ALIGNMENT.RIGHT)
    line.paragraph_format.space_before = Pt(6)
    hint = first.insert_paragraph_before("\tpodpis", style="Podpis")
    hint.paragraph_format.tab_stops.add_tab_stop(Mm(width_mm - 22), WD_TAB_ALIGNMENT.CENTER)
    hint.paragraph_format.space_after = Pt(6)


# --- minutes --------------------------------------------------------------------------------------


def minutes() -> DocxDocument:
    doc, width = _new(
        "Gmina {{ gmina.nazwa }} · Protokół ze spotkania partnerstwa · {{ spotkanie.data }}",
        "Protokół — {{ spotkanie.tytul }} — Gmina {{ gmina.nazwa }}",
    )
    base._title_block(
        doc, "Protokół ze spotkania partnerstwa", "{{ spotkanie.tytul }} · Gmina {{ gmina.nazwa }}"
    )
    _draft_box(doc)
    info = [
        *MEETING_ROWS,
        ("Partnerstwo", PARTNERSHIP),
        ("Prowadzący", "{{ emocarz.imie_nazwisko }} (e-Mocarz)"),
        ("Liczba uczestników", "{{ spotkanie.liczba_osob }}"),
    ]
    base._label_value_rows(base._table(doc, [45, width - 45], rows=len(info)), info)

    base._heading(doc, "1. Obecni partnerzy")
    doc.add_paragraph("{%p if spotkanie.obecni %}")
    doc.add_paragraph("{{ spotkanie.obecni|join(', ') }}.")
    doc.add_paragraph("{%p else %}")
    doc.add_paragraph("[nie zapisano obecnych partnerów]", style="Do uzupełnienia")
    doc.add_paragraph("{%p endif %}")
    base._heading(doc, "2. Porządek spotkania")
    _bullets(doc, "spotkanie.porzadek", "[nie zapisano porządku spotkania]")
    base._heading(doc, "3. Przebieg spotkania")
    doc.add_paragraph("{%p for akapit in spotkanie.notatki %}")
    doc.add_paragraph("{{ akapit }}", style="Punkt")
    doc.add_paragraph("{%p else %}")
    doc.add_paragraph("[brak notatki ze spotkania]", style="Do uzupełnienia")
    doc.add_paragraph("{%p endfor %}")
    base._heading(doc, "4. Ustalenia i decyzje")
    _bullets(doc, "spotkanie.decyzje", "[brak zapisanych decyzji]")
    base._heading(doc, "5. Zadania do wykonania")
    _bullets(doc, "spotkanie.zadania", "[brak zapisanych zadań]", keep_next=True)
    doc.add_paragraph("{%p if spotkanie.lista_obecnosci %}")
    attach = doc.add_paragraph()
    attach.paragraph_format.keep_with_next = True
    attach.paragraph_format.space_before = Pt(10)
    attach.add_run("Załącznik: ").bold = True
    attach.add_run("podpisana lista obecności.")
    doc.add_paragraph("{%p endif %}")
    base._signatures(
        doc,
        width,
        [None, ("{{ emocarz.imie_nazwisko }}", "e-Mocarz — sporządził(a) protokół, data i podpis")],
    )
    return doc


# --- agreement ------------------------------------------------------------------------------------

TASKS = [
    "rozpoznanie potrzeb mieszkańców gminy w zakresie umiejętności cyfrowych (diagnoza potrzeb);",
    "opracowanie trzyletniego planu szkoleń wraz z rocznymi planami szkoleń;",
    "organizacja, promocja i prowadzenie szkoleń oraz rekrutacja ich uczestników;",
    "dbanie o dostępność szkoleń dla osób zagrożonych wykluczeniem cyfrowym;",
    "monitorowanie realizacji planu i wspólne omawianie jego efektów.",
]
RULES = [
    "Partnerzy spotykają się w miarę potrzeb, nie rzadziej niż dwa razy w roku. Spotkania zwołuje "
    "i prowadzi e-Mocarz.",
    "Decyzje Partnerstwa zapadają w drodze uzgodnień, a gdy to niemożliwe — większością głosów "
    "Partnerów obecnych na spotkaniu.",
    "Każdy Partner wskazuje osobę do kontaktu w sprawach Partnerstwa.",
    "Porozumienie nie rodzi zobowiązań finansowych między Partnerami. Każdy Partner udostępnia "
    "zasoby wymienione w § 4 na zasadach uzgodnionych przy organizacji konkretnych działań.",
]
FINAL = [
    "Porozumienie zostaje zawarte na czas nieokreślony.",
    "Do Partnerstwa mogą przystąpić kolejne instytucje i organizacje przez podpisanie deklaracji "
    "przystąpienia przyjętej przez e-Mocarza.",
    "Partner może wystąpić z Partnerstwa, powiadamiając o tym e-Mocarza na piśmie.",
    "Porozumienie sporządzono w jednym egzemplarzu dla każdego z Partnerów.",
]


def _numbered(doc: DocxDocument, items: list[str]) -> None:
    for number, text in enumerate(items, start=1):
        doc.add_paragraph(f"{number}. {text}")


def agreement() -> DocxDocument:
    doc, width = _new(
        "Gmina {{ gmina.nazwa }} · Porozumienie partnerskie",
        "Porozumienie partnerskie — Gmina {{ gmina.nazwa }}",
    )
    base._title_block(
        doc,
        "Porozumienie partnerskie",
        "o współpracy w gminnym partnerstwie na rzecz edukacji cyfrowej · Gmina {{ gmina.nazwa }}",
    )
    _draft_box(doc)
    doc.add_paragraph(
        "zawarte w dniu {{ partnerstwo.data_zawiazania or '" + DOTS + "' }} w gminie {{ gmina.nazwa }} "
        "pomiędzy następującymi instytucjami i organizacjami (dalej: „Partnerzy”):"
    ).paragraph_format.keep_with_next = True
    _loop_table(
        doc,
        [9, 72, 34, width - 115],
        ["Lp.", "Nazwa instytucji", "Rodzaj", "Adres"],
        ["{{ p.lp }}.", "{{ p.nazwa }}", "{{ p.rodzaj }}", "{{ p.adres }}"],
        "p in partnerzy",
    )

    base._heading(doc, "§ 1. Cel porozumienia")
    doc.add_paragraph(
        "Partnerzy tworzą " + PARTNERSHIP + " (dalej: „Partnerstwo”), którego celem jest podnoszenie "
        "umiejętności cyfrowych mieszkańców gminy {{ gmina.nazwa }}, zwłaszcza osób zagrożonych "
        "wykluczeniem cyfrowym, tak aby korzystali z internetu w pracy, nauce, sprawach urzędowych, "
        "zdrowiu i kontaktach z bliskimi. Partnerstwo działa w ramach projektu „e-Mocni: cyfrowe "
        "umiejętności, realne korzyści”."
    )
    base._heading(doc, "§ 2. Lider i koordynacja")
    doc.add_paragraph(
        "Liderem Partnerstwa jest {{ partnerstwo.lider or '" + DOTS + "' }}. Pracę Partnerstwa "
        "koordynuje e-Mocarz: {{ emocarz.imie_nazwisko }}"
        "{% if emocarz.instytucja %} ({{ emocarz.instytucja }}){% endif %}"
        "{% if emocarz.email %}, e-mail: {{ emocarz.email }}{% endif %}"
        "{% if emocarz.telefon %}, tel. {{ emocarz.telefon }}{% endif %}."
    )
    base._heading(doc, "§ 3. Zadania Partnerstwa")
    doc.add_paragraph("Partnerzy wspólnie realizują następujące zadania:")
    _numbered(doc, TASKS)
    base._heading(doc, "§ 4. Role i zasoby Partnerów")
    doc.add_paragraph(
        "Partnerzy wnoszą do Partnerstwa zasoby i pełnią role opisane w tabeli:"
    ).paragraph_format.keep_with_next = True
    table = base._table(doc, [9, 62, 45, width - 116], rows=4)
    base._header_row(table, 0, ["Lp.", "Partner", "Rola w partnerstwie", "Zasoby, które wnosi"])
    base._loop_row(table, 1, "{%tr for p in partnerzy %}")
    cells = table.rows[2].cells
    base._put(cells[0], "{{ p.lp }}.")
    base._put(cells[1], "{{ p.nazwa }}")
    cells[1].add_paragraph("{%p if p.lider %}", style="Tabela")
    cells[1].add_paragraph("lider partnerstwa", style="Tabela mała").runs[0].italic = True
    cells[1].add_paragraph("{%p endif %}", style="Tabela")
    base._put(cells[2], "{{ p.rola }}")
    base._put(cells[3], "{%p for z in p.zasoby %}")
    cells[3].add_paragraph("– {{ z }}", style="Tabela")
    cells[3].add_paragraph("{%p endfor %}", style="Tabela")
    base._loop_row(table, 3, "{%tr endfor %}")
    base._heading(doc, "§ 5. Zasady współpracy")
    _numbered(doc, RULES)
    base._heading(doc, "§ 6. Postanowienia końcowe")
    _numbered(doc, FINAL)

    base._heading(doc, "Podpisy Partnerów")
    _loop_table(
        doc,
        [9, 62, 55, width - 126],
        ["Lp.", "Partner", "Imię, nazwisko i funkcja osoby reprezentującej", "Podpis i pieczęć"],
        ["{{ p.lp }}.", "{{ p.nazwa }}", "", ""],
        "p in partnerzy",
        height_mm=16,
    )
    doc.add_paragraph(style="Koniec")
    return doc


# --- declaration ----------------------------------------------------------------------------------


def declaration() -> DocxDocument:
    doc, width = _new(
        "Gmina {{ gmina.nazwa }} · Deklaracja przystąpienia do partnerstwa",
        "Deklaracja przystąpienia — {{ partner.nazwa }} — Gmina {{ gmina.nazwa }}",
    )
    base._title_block(
        doc,
        "Deklaracja przystąpienia do partnerstwa",
        "Gminne partnerstwo na rzecz edukacji cyfrowej · Gmina {{ gmina.nazwa }}",
    )
    _draft_box(doc)
    info = [
        ("Instytucja / organizacja", "{{ partner.nazwa }}"),
        ("Rodzaj", "{{ partner.rodzaj }}"),
        ("Adres", "{{ partner.adres }}"),
        ("Osoba do kontaktu", "{{ partner.osoba_kontaktowa }}"),
        ("E-mail", "{{ partner.email }}"),
        ("Telefon", "{{ partner.telefon }}"),
    ]
    base._label_value_rows(base._table(doc, [50, width - 50], rows=len(info)), info)
    intro = doc.add_paragraph(
        "Działając w imieniu instytucji / organizacji: {{ partner.nazwa }}, deklaruję jej przystąpienie "
        "do gminnego partnerstwa na rzecz edukacji cyfrowej w gminie {{ gmina.nazwa }}"
        "{% if partnerstwo.nazwa %} — {{ partnerstwo.nazwa }}{% endif %}, działającego w ramach projektu "
        "„e-Mocni: cyfrowe umiejętności, realne korzyści” i koordynowanego przez e-Mocarza: "
        "{{ emocarz.imie_nazwisko }}{% if emocarz.instytucja %} ({{ emocarz.instytucja }}){% endif %}."
    )
    intro.paragraph_format.space_before = Pt(10)
    doc.add_paragraph(
        "Celem Partnerstwa jest podnoszenie umiejętności cyfrowych mieszkańców gminy, zwłaszcza osób "
        "zagrożonych wykluczeniem cyfrowym."
    )
    base._heading(doc, "Rola w partnerstwie")
    doc.add_paragraph("{{ partner.rola or '" + DOTS + DOTS + "' }}")
    base._heading(doc, "Co wnosimy do partnerstwa")
    _bullets(doc, "partner.zasoby", DOTS + DOTS)
    base._heading(doc, "Zobowiązania")
    doc.add_paragraph("Jako Partner zobowiązujemy się do:")
    _numbered(
        doc,
        [
            "udziału w spotkaniach Partnerstwa,",
            "współpracy przy rozpoznaniu potrzeb mieszkańców i przygotowaniu planu szkoleń,",
            "udostępniania zadeklarowanych zasobów i promowania szkoleń wśród mieszkańców.",
        ],
    )
    place = doc.add_paragraph("{{ gmina.nazwa }}, dnia {{ partner.data_przystapienia or '" + DOTS + "' }}")
    place.paragraph_format.space_before = Pt(14)
    base._signatures(
        doc,
        width,
        [
            ("{{ partner.nazwa }}", "osoba reprezentująca Partnera — data, podpis i pieczęć"),
            ("{{ emocarz.imie_nazwisko }}", "e-Mocarz — przyjęcie deklaracji, data i podpis"),
        ],
    )
    return doc


DOCUMENTS = {
    "lista-obecnosci.docx": attendance,
    "protokol.docx": minutes,
    "porozumienie.docx": agreement,
    "deklaracja.docx": declaration,
}


def build(folder: Path = HERE) -> list[Path]:
    return base.build(folder, DOCUMENTS)


if __name__ == "__main__":
    base.main(DOCUMENTS)
