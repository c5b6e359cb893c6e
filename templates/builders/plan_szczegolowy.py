"""Builds plan-szczegolowy.docx, the annual training plan — the detailed part (A4 landscape).

python -m templates.builders.plan_szczegolowy [FOLDER] — then render the example and look at the pages
(templates/README.md). Every placeholder is documented in templates/README.md.
"""

from __future__ import annotations

from docx.document import Document as DocxDocument
from docx.shared import Pt

from templates.builders import blocks, layout

FILE = "plan-szczegolowy.docx"


def document() -> DocxDocument:
    doc, width = layout.new_document(
        True,
        "Gmina {{ gmina.nazwa }} · Roczny plan szkoleń {{ rok }} · część szczegółowa planu {{ okres }}",
        "Roczny plan szkoleń {{ rok }} — Gmina {{ gmina.nazwa }}",
    )
    blocks.title_block(
        doc,
        "Roczny plan szkoleń na rok {{ rok }}",
        "Część szczegółowa trzyletniego planu szkoleń na lata {{ okres }} · Gmina {{ gmina.nazwa }}",
    )
    blocks.state_line(
        doc,
        "{% if przyjeto %}Przyjęty przez partnerstwo dnia {{ przyjeto }}{% else %}"
        "Do przyjęcia przez partnerstwo{% endif %}",
    )
    blocks.draft_box(doc)

    blocks.heading(doc, "1. Dane podstawowe")
    basic = blocks.add_table(doc, [32, 80, 45, width - 157], rows=4)
    blocks.label_value_rows(
        basic,
        [
            ("Gmina", "{{ gmina.nazwa }}"),
            ("Powiat", "{{ gmina.powiat }}"),
            ("Województwo", "{{ gmina.wojewodztwo }}"),
            ("Okres planu", "{{ okres }}"),
        ],
    )
    blocks.label_value_rows(
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

    blocks.heading(doc, "2. Szkolenia")
    # widths keep words whole at 8 pt even where no hyphenation dictionary is installed:
    # "niepełnosprawnościami" (grupa), "zaangażowanie" (obszar), "stacjonarne" (forma),
    # "12–14.03.2019" (termin), a double surname wrapping at its hyphen, "Jabłońska-|Przybyszewska"
    # (trener), "zrealizowane" (status)
    columns = [
        ("Lp.", 8, "{{ s.nr }}."),
        ("Temat szkolenia", 35, ""),
        ("Obszar", 24, "{{ s.obszar }}"),
        ("Grupa docelowa", 35, "{{ s.grupa_docelowa }}"),
        ("Forma", 17, "{{ s.forma }}"),
        ("Godz.", 11, "{{ s.godziny }}"),
        ("Termin", 22, "{{ s.termin }}"),
        ("Miejsce", 24, "{{ s.miejsce }}"),
        ("Partner", 26, "{{ s.partner }}"),
        ("Trener", 25, "{{ s.trener }}"),
        ("plan", 10, "{{ s.uczestnicy_plan }}"),
        ("fakt.", 10, "{{ s.uczestnicy_faktycznie }}"),
        ("Status", 0, ""),
    ]
    widths = [w for _, w, _ in columns]
    widths[-1] = width - sum(widths)
    table = blocks.add_table(doc, widths, rows=6)
    # two header rows: "Uczestnicy" spans "plan" and "fakt."; the other titles span both rows
    blocks.header_row(table, 0, [title for title, _, _ in columns])
    blocks.header_row(table, 1, [""] * len(columns))
    top, bottom = table.rows[0].cells, table.rows[1].cells
    for index in range(len(columns)):
        if index not in (10, 11):
            top[index].merge(bottom[index])
    top[10].paragraphs[0].runs[0].text = "Uczestnicy"
    top[11].paragraphs[0].runs[0].text = ""
    top[10].merge(top[11])
    blocks.put(bottom[10], "plan", "Tabela nagłówek")
    blocks.put(bottom[11], "fakt.", "Tabela nagłówek")
    blocks.loop_row(table, 2, "{%tr for s in szkolenia %}")
    for cell, (_, _, value) in zip(table.rows[3].cells, columns, strict=True):
        blocks.put(cell, value, "Tabela mała")
    # a cancelled training stays in the plan, visibly set apart: its title struck through, in grey
    blocks.set_apart(table.rows[3].cells[1], "s.odwolane", "{{ s.tytul }}", strike=True)
    blocks.set_apart(table.rows[3].cells[-1], "s.odwolane", "{{ s.status }}", strike=False)
    blocks.loop_row(table, 4, "{%tr endfor %}")
    totals = table.rows[5].cells
    for cell in totals:
        blocks.cell_fill(cell, layout.LABEL_FILL)
    total = "Razem (bez odwołanych) — liczba szkoleń: {{ razem.szkolenia }}"
    blocks.put(totals[0], total, "Tabela mała", bold=True)
    totals[0].merge(totals[4])
    blocks.put(totals[5], "{{ razem.godziny }}", "Tabela mała", bold=True)
    totals[6].merge(totals[9])
    blocks.put(totals[10], "{{ razem.uczestnicy_plan }}", "Tabela mała", bold=True)
    blocks.put(totals[11], "{{ razem.uczestnicy_faktycznie }}", "Tabela mała", bold=True)
    for paragraph in table.rows[5].cells[0].paragraphs[1:]:
        paragraph._p.getparent().remove(paragraph._p)

    doc.add_paragraph(
        "Uczestnicy „fakt.” — liczba osób, które faktycznie ukończyły szkolenie "
        "(tylko szkolenia zrealizowane).",
        style="Projekt",
    ).paragraph_format.space_before = Pt(3)  # not touching the table's bottom line

    blocks.heading(doc, "3. Podsumowanie")
    summary = [
        ("Liczba szkoleń (bez odwołanych)", "{{ razem.szkolenia }}"),
        ("w tym zrealizowanych", "{{ razem.zrealizowane }}"),
        ("Szkolenia odwołane", "{{ razem.odwolane }}"),
        ("Łączna liczba godzin szkoleń", "{{ razem.godziny }}"),
        ("Planowana liczba uczestników", "{{ razem.uczestnicy_plan }}"),
        ("Faktyczna liczba uczestników (szkolenia zrealizowane)", "{{ razem.uczestnicy_faktycznie }}"),
    ]
    blocks.label_value_rows(blocks.add_table(doc, [95, 30], rows=len(summary), centre=False), summary)

    blocks.heading(doc, "4. Rekrutacja, dostępność i uwagi")
    notes = blocks.add_table(doc, [8, 60, 75, 60, width - 203], rows=4)
    blocks.header_row(
        notes, 0, ["Lp.", "Temat szkolenia", "Rekrutacja", "Dostępność (potrzeby uczestników)", "Uwagi"]
    )
    blocks.loop_row(notes, 1, "{%tr for s in szkolenia %}")
    for cell, value in zip(
        notes.rows[2].cells,
        ["{{ s.nr }}.", "{{ s.tytul }}", "{{ s.rekrutacja }}", "{{ s.dostepnosc }}", "{{ s.notatki }}"],
        strict=True,
    ):
        blocks.put(cell, value, "Tabela mała")
    blocks.loop_row(notes, 3, "{%tr endfor %}")

    blocks.signatures(
        doc,
        width,
        [
            None,
            (
                "{{ emocarz.imie_nazwisko }}",
                "sporządził(a): e-Mocarz{% if data_sporzadzenia %}, {{ data_sporzadzenia }} — podpis"
                "{% else %} — data i podpis{% endif %}",
            ),
        ],
    )
    return doc


if __name__ == "__main__":
    layout.main({FILE: document})
