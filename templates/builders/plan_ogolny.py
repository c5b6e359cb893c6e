"""Builds plan-ogolny.docx, the general part of the three-year training plan (A4 portrait).

python -m templates.builders.plan_ogolny [FOLDER] — then render the example and look at the pages
(templates/README.md). Every placeholder is documented in templates/README.md.
"""

from __future__ import annotations

from docx.document import Document as DocxDocument
from docx.shared import Pt

from emocni_cli.model.plan import SECTIONS
from templates.builders import blocks, layout

FILE = "plan-ogolny.docx"
EMPTY_SECTION = "[sekcja do uzupełnienia]"


def document() -> DocxDocument:
    doc, width = layout.new_document(
        False,
        "Gmina {{ gmina.nazwa }} · Trzyletni plan szkoleń {{ okres }} · część ogólna",
        "Trzyletni plan szkoleń {{ okres }} — część ogólna — Gmina {{ gmina.nazwa }}",
    )
    blocks.title_block(
        doc,
        "Trzyletni plan szkoleń na lata {{ okres }}",
        "Część ogólna · Gminne partnerstwo na rzecz edukacji cyfrowej · Gmina {{ gmina.nazwa }}",
    )
    blocks.state_line(doc, "{{ wersja }}", "wersja")
    blocks.draft_box(doc)

    blocks.heading(doc, "1. Dane podstawowe")
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
    blocks.label_value_rows(blocks.add_table(doc, [66, width - 66], rows=len(basic)), basic)

    blocks.heading(doc, "2. Partnerstwo — członkowie, role i zasoby")
    doc.add_paragraph("Liczba partnerów: {{ partnerzy|length }}.")
    widths = [9, 50, 29, 40, width - 128]
    partners = blocks.add_table(doc, widths, rows=4)
    blocks.header_row(
        partners, 0, ["Lp.", "Nazwa instytucji", "Rodzaj", "Rola w partnerstwie", "Zasoby, które wnosi"]
    )
    blocks.loop_row(partners, 1, "{%tr for p in partnerzy %}")
    cells = partners.rows[2].cells
    blocks.put(cells[0], "{{ p.lp }}.")
    blocks.partner_name(cells[1])
    blocks.put(cells[2], "{{ p.rodzaj }}")
    blocks.put(cells[3], "{{ p.rola }}")
    blocks.partner_resources(cells[4], blank_when_none=True)
    blocks.loop_row(partners, 3, "{%tr endfor %}")

    for number, (key, title) in enumerate(SECTIONS.items(), start=3):
        blocks.heading(doc, f"{number}. {title}")
        blocks.each(doc, f"akapit in plan.{key}", "{{ akapit }}", EMPTY_SECTION)

    blocks.heading(doc, f"{len(SECTIONS) + 3}. Akceptacja planu")
    dates = [
        ("Przekazano animatorowi do akceptacji", "{{ akceptacja.przekazano_animatorowi }}"),
        ("Zaakceptowany przez regionalnego animatora partnerstw", "{{ akceptacja.zaakceptowano }}"),
        ("Wgrano na platformę e-Mocni", "{{ akceptacja.wgrano_na_platforme }}"),
    ]
    acceptance = blocks.add_table(doc, [95, width - 95], rows=len(dates))
    blocks.label_value_rows(acceptance, dates)
    # the acceptance, the animator's remarks and the signatures stay on one page: signatures
    # alone on the last page would sign nothing
    for cell in acceptance.rows[-1].cells:
        cell.paragraphs[0].paragraph_format.keep_with_next = True
    doc.add_paragraph("{%p if akceptacja.uwagi_animatora %}")
    remarks = doc.add_paragraph(style="Normal")
    remarks.paragraph_format.space_before = Pt(8)
    remarks.paragraph_format.keep_with_next = True
    remarks.add_run("Uwagi animatora:").bold = True
    doc.add_paragraph("{%p for akapit in akceptacja.uwagi_animatora %}")
    doc.add_paragraph("{{ akapit }}").paragraph_format.keep_with_next = True
    doc.add_paragraph("{%p endfor %}")
    doc.add_paragraph("{%p endif %}")
    blocks.signatures(
        doc,
        width,
        [
            ("{{ emocarz.imie_nazwisko }}", "e-Mocarz — data i podpis"),
            ("{{ animator.imie_nazwisko }}", "regionalny animator partnerstw — data i podpis"),
        ],
    )
    return doc


if __name__ == "__main__":
    layout.main({FILE: document})
