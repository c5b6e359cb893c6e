"""Builds deklaracja.docx, a partner's declaration of joining the partnership (A4 portrait).

python -m templates.builders.deklaracja [FOLDER] — then render the example and look at every page
(templates/README.md). Every placeholder is documented in templates/README.md.
"""

from __future__ import annotations

from docx.document import Document as DocxDocument
from docx.shared import Pt

from templates.builders import blocks, layout, paperwork

FILE = "deklaracja.docx"


def document() -> DocxDocument:
    doc, width = paperwork.new_document(
        "Gmina {{ gmina.nazwa }} · Deklaracja przystąpienia do partnerstwa",
        "Deklaracja przystąpienia — {{ partner.nazwa }} — Gmina {{ gmina.nazwa }}",
    )
    blocks.title_block(
        doc,
        "Deklaracja przystąpienia do partnerstwa",
        "Gminne partnerstwo na rzecz edukacji cyfrowej · Gmina {{ gmina.nazwa }}",
    )
    paperwork.draft_box(doc)
    info = [
        ("Instytucja / organizacja", "{{ partner.nazwa }}"),
        ("Rodzaj", "{{ partner.rodzaj }}"),
        ("Adres", "{{ partner.adres }}"),
        ("NIP, REGON, KRS", "{{ partner.identyfikatory }}"),
        ("Osoba reprezentująca", "{{ partner.reprezentacja }}"),
        ("Osoba do kontaktu", "{{ partner.osoba_kontaktowa }}"),
        ("E-mail", "{{ partner.email }}"),
        ("Telefon", "{{ partner.telefon }}"),
    ]
    blocks.label_value_rows(blocks.add_table(doc, [50, width - 50], rows=len(info)), info)
    intro = doc.add_paragraph(
        "Instytucja / organizacja wymieniona powyżej (dalej: „Partner”) deklaruje przystąpienie do "
        "gminnego partnerstwa na rzecz edukacji cyfrowej w gminie {{ gmina.nazwa }}"
        "{% if partnerstwo.nazwa %}, działającego pod nazwą „{{ partnerstwo.nazwa }}”{% endif %} "
        "(dalej: „Partnerstwo”). "
        "Partnerstwo działa w ramach projektu „e-Mocni: cyfrowe umiejętności, realne korzyści”, a jego "
        "pracę koordynuje e-Mocarz: {{ emocarz.imie_nazwisko }}"
        "{% if emocarz.instytucja %} ({{ emocarz.instytucja }}){% endif %}."
    )
    intro.paragraph_format.space_before = Pt(10)
    doc.add_paragraph(
        "Partner oświadcza, że zapoznał się z treścią Porozumienia partnerskiego zawartego w dniu "
        "{{ partnerstwo.data_zawiazania or '" + layout.DOTS + "' }} i akceptuje jego postanowienia. "
        "Przystąpienie następuje z dniem przyjęcia deklaracji przez e-Mocarza."
    )
    doc.add_paragraph(
        "Celem Partnerstwa jest podnoszenie umiejętności cyfrowych mieszkańców gminy, zwłaszcza osób "
        "zagrożonych wykluczeniem cyfrowym."
    )
    blocks.heading(doc, "Rola w partnerstwie")
    doc.add_paragraph("{{ partner.rola or '" + layout.DOTS + layout.DOTS + "' }}")
    blocks.heading(doc, "Zasoby, które Partner wnosi do Partnerstwa")
    paperwork.bullets(doc, "partner.zasoby", layout.DOTS + layout.DOTS)
    blocks.heading(doc, "Zobowiązania")
    doc.add_paragraph("Partner zobowiązuje się do:")
    paperwork.numbered(
        doc,
        [
            "udziału w spotkaniach Partnerstwa,",
            "współpracy przy rozpoznaniu potrzeb mieszkańców i przygotowaniu planu szkoleń,",
            "udostępniania zadeklarowanych zasobów i promowania szkoleń wśród mieszkańców.",
        ],
    )
    place = doc.add_paragraph(
        "{{ gmina.nazwa }}, dnia {{ data_sporzadzenia or partner.data_przystapienia or '"
        + layout.DOTS
        + "' }}"
    )
    place.paragraph_format.space_before = Pt(14)
    place.paragraph_format.keep_with_next = True  # the signatures never stand alone on a page
    blocks.signatures(
        doc,
        width,
        [
            (
                "{{ partner.reprezentacja or partner.nazwa }}",
                "osoba reprezentująca Partnera — data, podpis i pieczęć",
            ),
            ("{{ emocarz.imie_nazwisko }}", "e-Mocarz — przyjęcie deklaracji, data i podpis"),
        ],
    )
    return doc


if __name__ == "__main__":
    layout.main({FILE: document})
