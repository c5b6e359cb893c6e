"""Builds porozumienie.docx, the partnership agreement (A4 portrait).

python -m templates.builders.porozumienie [FOLDER] — then render the example and look at every page
(templates/README.md). Every placeholder is documented in templates/README.md.
"""

from __future__ import annotations

from docx.document import Document as DocxDocument
from docx.shared import Pt

from templates.builders import blocks, layout, paperwork

FILE = "porozumienie.docx"
SIGNATURE_ROW_MM = 32  # a signature, the institution's stamp and the signatory's name stamp


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
    "Porozumienie wchodzi w życie z dniem podpisania przez wszystkich Partnerów.",
    "Zmiany Porozumienia wymagają formy pisemnej pod rygorem nieważności.",
    "W sprawach nieuregulowanych Porozumieniem stosuje się przepisy Kodeksu cywilnego.",
    "Porozumienie sporządzono w {{ liczba_stron }} jednobrzmiących egzemplarzach, po jednym dla "
    "każdego z Partnerów.",
]


def document() -> DocxDocument:
    doc, width = paperwork.new_document(
        "Gmina {{ gmina.nazwa }} · Porozumienie partnerskie",
        "Porozumienie partnerskie — Gmina {{ gmina.nazwa }}",
    )
    blocks.title_block(
        doc,
        "Porozumienie partnerskie",
        "o współpracy w gminnym partnerstwie na rzecz edukacji cyfrowej · Gmina {{ gmina.nazwa }}",
    )
    paperwork.draft_box(doc)
    doc.add_paragraph(
        "zawarte w dniu {{ partnerstwo.data_zawiazania or '"
        + layout.DOTS
        + "' }} w miejscowości {{ partnerstwo.miejsce_zawarcia }} "
        "pomiędzy następującymi instytucjami i organizacjami (dalej: „Partnerzy”):"
    ).paragraph_format.keep_with_next = True
    table = blocks.add_table(doc, [9, 95, width - 104], rows=4)
    blocks.header_row(table, 0, ["Lp.", "Partner: nazwa, adres i dane rejestrowe", "Osoba reprezentująca"])
    blocks.loop_row(table, 1, "{%tr for p in strony %}")
    cells = table.rows[2].cells
    blocks.put(cells[0], "{{ p.lp }}.")
    blocks.put(cells[1], "{{ p.nazwa }}", bold=True)
    cells[1].add_paragraph("{{ p.adres }}", style="Tabela")
    for line in ("{%p if p.identyfikatory %}", "{{ p.identyfikatory }}", "{%p endif %}"):
        cells[1].add_paragraph(line, style="Tabela")
    blocks.put(cells[2], "{{ p.reprezentacja }}")
    blocks.loop_row(table, 3, "{%tr endfor %}")

    blocks.heading(doc, "§ 1. Cel porozumienia")
    doc.add_paragraph(
        "Partnerzy tworzą "
        + paperwork.PARTNERSHIP
        + " (dalej: „Partnerstwo”), którego celem jest podnoszenie "
        "umiejętności cyfrowych mieszkańców gminy {{ gmina.nazwa }}, zwłaszcza osób zagrożonych "
        "wykluczeniem cyfrowym, tak aby korzystali z internetu w pracy, nauce, sprawach urzędowych, "
        "dbaniu o zdrowie i kontaktach z bliskimi. Partnerstwo działa w ramach projektu „e-Mocni: cyfrowe "
        "umiejętności, realne korzyści”."
    )
    blocks.heading(doc, "§ 2. Lider i koordynacja")
    doc.add_paragraph(
        "Liderem Partnerstwa jest {{ partnerstwo.lider or '" + layout.DOTS + "' }}. Pracę Partnerstwa "
        "koordynuje e-Mocarz: {{ emocarz.imie_nazwisko }}"
        "{% if emocarz.instytucja %} ({{ emocarz.instytucja }}){% endif %}"
        "{% if emocarz.email %}, e-mail: {{ emocarz.email }}{% endif %}"
        "{% if emocarz.telefon %}, tel. {{ emocarz.telefon }}{% endif %}."
    )
    blocks.heading(doc, "§ 3. Zadania Partnerstwa")
    doc.add_paragraph("Partnerzy wspólnie realizują następujące zadania:")
    paperwork.numbered(doc, TASKS)
    blocks.heading(doc, "§ 4. Role i zasoby Partnerów")
    doc.add_paragraph(
        "Partnerzy wnoszą do Partnerstwa zasoby i pełnią role opisane w tabeli:"
    ).paragraph_format.keep_with_next = True
    table = blocks.add_table(doc, [9, 62, 45, width - 116], rows=4)
    blocks.header_row(table, 0, ["Lp.", "Partner", "Rola w partnerstwie", "Zasoby, które wnosi"])
    blocks.loop_row(table, 1, "{%tr for p in strony %}")
    cells = table.rows[2].cells
    blocks.put(cells[0], "{{ p.lp }}.")
    blocks.partner_name(cells[1])
    blocks.put(cells[2], "{{ p.rola }}")
    blocks.partner_resources(cells[3], blank_when_none=False)
    blocks.loop_row(table, 3, "{%tr endfor %}")
    blocks.heading(doc, "§ 5. Zasady współpracy")
    paperwork.numbered(doc, RULES)
    blocks.heading(doc, "§ 6. Postanowienia końcowe")
    paperwork.numbered(doc, FINAL)

    place = doc.add_paragraph(
        "{{ partnerstwo.miejsce_zawarcia }}, dnia {{ partnerstwo.data_zawiazania or '" + layout.DOTS + "' }}"
    )
    place.paragraph_format.space_before = Pt(10)
    place.paragraph_format.keep_with_next = True
    blocks.heading(doc, "Podpisy Partnerów")
    paperwork.loop_table(
        doc,
        [9, 50, 45, width - 104],
        ["Lp.", "Partner", "Imię, nazwisko i funkcja osoby reprezentującej", "Podpis i pieczęcie"],
        ["{{ p.lp }}.", "{{ p.nazwa }}", "{{ p.reprezentacja }}", ""],
        "p in strony",
        height_mm=SIGNATURE_ROW_MM,
    )
    doc.add_paragraph(style="Koniec")
    return doc


if __name__ == "__main__":
    layout.main({FILE: document})
