"""Polish typography in documents: the glue rule, and how a paragraph split over runs is glued."""

from __future__ import annotations

from docx import Document
from docx.oxml.ns import qn

from emocni_cli.documents.finish import typeset
from emocni_cli.typography import NBSP, glue


def test_a_year_keeps_its_r_a_day_its_month_a_number_its_unit() -> None:
    glued = glue("dnia 16 stycznia 2018 r. przyszło 37 osób, koszt 150 zł, protokół nr 3")
    assert f"16{NBSP}stycznia 2018{NBSP}r." in glued
    assert f"37{NBSP}osób" in glued
    assert f"150{NBSP}zł" in glued
    assert f"nr{NBSP}3" in glued


def test_a_year_may_start_a_line_so_a_narrow_column_breaks_between_words() -> None:
    # glued, "październik 2019" did not fit the Termin column and split inside a word
    assert glue("październik 2019") == "październik 2019"


def test_glue_keeps_the_length_so_a_document_can_split_it_back_over_its_runs() -> None:
    text = "a i o u w z A I O U W Z — 8 h 30 min z 8 h w 2018 r. i 5 maja"
    assert len(glue(text)) == len(text)


def _paragraph(*runs: str):
    doc = Document()
    paragraph = doc.add_paragraph()
    for text in runs:
        paragraph.add_run(text)
    return doc, paragraph


def test_a_one_letter_word_at_the_end_of_a_run_is_glued_to_the_next_run() -> None:
    doc, paragraph = _paragraph("Spotkanie w", " gminie i", "\t", "z partnerami")
    typeset(doc.element.body)
    assert [run.text for run in paragraph.runs] == [
        "Spotkanie w",
        f"{NBSP}gminie i",
        "\t",
        f"z{NBSP}partnerami",
    ]


def test_the_hyphen_of_e_mocarz_becomes_non_breaking_in_its_run() -> None:
    doc, paragraph = _paragraph("Sporządził e-Mocarz i e-", "Mocni; bez zmian: kilo-metr, 2018-01-16")
    typeset(doc.element.body)
    first, second = paragraph.runs
    assert [child.tag for child in first._r] == [
        qn("w:t"),
        qn("w:noBreakHyphen"),
        qn("w:t"),
        qn("w:noBreakHyphen"),
    ]
    assert [t.text for t in first._r.iter(qn("w:t"))] == ["Sporządził e", f"Mocarz i{NBSP}e"]
    assert second.text == "Mocni; bez zmian: kilo-metr, 2018-01-16"


def test_a_postal_code_keeps_its_hyphen() -> None:
    doc, paragraph = _paragraph("ul. Szkolna 4, 22-415 Wierzbno Dolne")
    typeset(doc.element.body)
    assert [t.text for t in paragraph.runs[0]._r.iter(qn("w:t"))] == [
        f"ul. Szkolna{NBSP}4, 22",
        "415 Wierzbno Dolne",
    ]
