"""Blocks shared by the papers of a training as it happens: the attendance list, the certificates
and the participant's declaration (on the paperwork's styles and blocks)."""

from __future__ import annotations

from docx.document import Document as DocxDocument
from docx.enum.text import WD_BREAK
from docx.oxml.ns import qn
from docx.shared import Pt

# Who the data-protection clauses name as the controller (documents/trainings.py: administrator).
ADMINISTRATOR = "{{ administrator }}"
PROJECT_OF_TRAINING = (
    "w projekcie „{{ projekt.nazwa }}”{% if projekt.numer_umowy %} (umowa o dofinansowanie "
    "nr {{ projekt.numer_umowy }}){% endif %}"
)


def page_break_between(doc: DocxDocument, loop: str = "loop") -> None:
    """A page break after every page of a {%p for %} loop but the last."""
    doc.add_paragraph(f"{{%p if not {loop}.last %}}", style="Koniec")
    doc.add_paragraph(style="Koniec").add_run().add_break(WD_BREAK.PAGE)
    doc.add_paragraph("{%p endif %}", style="Koniec")


def note(doc: DocxDocument, text: str, after: float = 4) -> None:
    """A small grey paragraph kept with what follows (a clause above a table)."""
    paragraph = doc.add_paragraph(text, style="Projekt")
    paragraph.paragraph_format.space_before = Pt(6)
    paragraph.paragraph_format.space_after = Pt(after)
    paragraph.paragraph_format.keep_together = True
    paragraph.paragraph_format.keep_with_next = True


def without_page_numbers(doc: DocxDocument) -> None:
    """No "Strona 3 z 12" in the footer: each page is a document of its own (a certificate)."""
    footer = doc.sections[0].footer.paragraphs[0]
    for run in footer.runs:
        run._r.getparent().remove(run._r)
    ppr = footer._p.pPr
    if ppr is not None:
        for border in ppr.findall(qn("w:pBdr")):
            ppr.remove(border)
