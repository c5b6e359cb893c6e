"""Builds zaswiadczenie.docx, the certificates of completion of a training (A4 portrait): one page
per person who completed, in one file to print at once.

python -m templates.builders.zaswiadczenie [FOLDER] — then render the example and look at every
page (templates/README.md). Every placeholder is documented in templates/README.md.
"""

from __future__ import annotations

from docx.document import Document as DocxDocument
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

from templates.builders import blocks, layout, paperwork, training_papers

FILE = "zaswiadczenie.docx"


def _centred(doc: DocxDocument, text: str, size: float = 11, bold: bool = False, before: float = 0) -> None:
    paragraph = doc.add_paragraph(style="Normal")
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    paragraph.paragraph_format.space_before = Pt(before)
    paragraph.paragraph_format.space_after = Pt(6)
    run = paragraph.add_run(text)
    run.font.size = Pt(size)
    run.bold = bold or None
    if bold:
        run.font.color.rgb = layout.ACCENT


def _body(doc: DocxDocument, text: str) -> None:
    paragraph = doc.add_paragraph(text)
    paragraph.paragraph_format.space_after = Pt(8)


def document() -> DocxDocument:
    doc, width = paperwork.new_document(
        "Gmina {{ gmina.nazwa }} · Zaświadczenie ukończenia szkolenia",
        "Zaświadczenia — {{ szkolenie.tytul }} — Gmina {{ gmina.nazwa }}",
    )
    training_papers.without_page_numbers(doc)
    doc.add_paragraph("{%p for u in zaswiadczenia %}", style="Koniec")
    doc.add_paragraph(blocks.PROJECT, style="Projekt")
    paperwork.draft_box(doc)
    _centred(doc, "ZAŚWIADCZENIE", size=24, bold=True, before=36)
    _centred(doc, "nr {{ u.numer }} o ukończeniu szkolenia", size=12)
    _centred(doc, "Zaświadcza się, że", before=24)
    _centred(
        doc, "{% if u.zwrot %}{{ u.zwrot }} {% endif %}{{ u.imie_nazwisko }}", size=18, bold=True, before=6
    )
    _centred(doc, "{{ u.ukonczyl }} szkolenie", before=6)
    _centred(doc, "„{{ szkolenie.tytul }}”", size=15, bold=True)
    _centred(doc, "{% if szkolenie.obszar %}obszar: {{ szkolenie.obszar }}{% endif %}", size=10)
    doc.add_paragraph(style="Normal")
    _body(
        doc,
        "Szkolenie odbyło się {{ szkolenie.kiedy }}{% if szkolenie.miejsce %} (miejsce: "
        "{{ szkolenie.miejsce }}){% endif %} i trwało {{ szkolenie.godziny_slownie }} zegarowych. "
        "Obecność na zajęciach: {{ u.godziny_obecnosci }} h z {{ szkolenie.godziny }} h "
        "({{ u.procent }}%); warunkiem ukończenia szkolenia jest obecność na co najmniej "
        "{{ prog_ukonczenia }}% godzin zajęć.",
    )
    _body(
        doc,
        "Szkolenie zorganizowano w ramach gminnego partnerstwa na rzecz edukacji cyfrowej w gminie "
        "{{ gmina.nazwa }}{% if szkolenie.organizator %} (organizator: {{ szkolenie.organizator }})"
        "{% endif %}, " + training_papers.PROJECT_OF_TRAINING + ".",
    )
    doc.add_paragraph("{%p if szkolenie.zajecia %}", style="Koniec")
    blocks.heading(doc, "Program szkolenia")
    doc.add_paragraph("{%p for z in szkolenie.zajecia %}", style="Punkt")
    doc.add_paragraph(
        "{{ z.data_krotka }} — {% if z.temat %}{{ z.temat }}{% else %}zajęcia {{ z.nr }}{% endif %} "
        "({{ z.godziny }} h)",
        style="Punkt",
    )
    doc.add_paragraph("{%p endfor %}", style="Punkt")
    doc.add_paragraph("{%p endif %}", style="Koniec")
    place = doc.add_paragraph("{{ gmina.nazwa }}, dnia {{ data_sporzadzenia or '" + layout.DOTS + "' }}")
    place.paragraph_format.space_before = Pt(24)
    blocks.signatures(
        doc,
        width,
        [
            ("{{ szkolenie.trener }}", "prowadzący szkolenie"),
            ("{{ emocarz.imie_nazwisko }}", "e-Mocarz, koordynator partnerstwa"),
        ],
    )
    training_papers.page_break_between(doc)
    doc.add_paragraph("{%p endfor %}", style="Koniec")
    return doc


if __name__ == "__main__":
    layout.main({FILE: document})
