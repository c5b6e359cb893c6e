"""What every rendered document carries after its last pass (documents/finish.py): Polish
typography, the annual plan's total kept with its table, cancelled trainings set apart, and real
file properties — read back from the .docx as Word would read it."""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from pathlib import Path

import pytest
from docx import Document
from docx.oxml.ns import qn

from emocni_cli.typography import NBSP
from tests.cli_asserts import ok
from tests.documents import make_template, needs_office, to_pdf
from tests.helpers import Cli

# a one-letter word followed by an ordinary space: what must not be left in any document
LOOSE_LETTER = re.compile(r"(?<!\S)[aiouwzAIOUWZ] ")


def render(cli: Cli, *args: str) -> Path:
    return Path(ok(cli(*args)).stdout.strip())


def paragraph_texts(path: Path) -> list[str]:
    """The text of every paragraph of document.xml, headers and footers, runs joined."""
    doc = Document(str(path))
    roots = [doc.element.body]
    for section in doc.sections:
        roots += [section.header._element, section.footer._element]
    return ["".join(t.text or "" for t in p.iter(qn("w:t"))) for root in roots for p in root.iter(qn("w:p"))]


EVERY_DOCUMENT = [
    ("render-plan", "general"),
    ("render-plan", "detailed", "--year", "2019"),
    ("partnership", "agreement"),
    ("meeting", "sheet", "2018-01-16"),
    ("meeting", "minutes", "2018-01-16"),
    ("partner", "declaration", "osp-kamionka"),
]


@pytest.mark.parametrize("command", EVERY_DOCUMENT, ids=lambda c: " ".join(c[:2]))
def test_no_one_letter_word_ends_a_line_in_any_document(example: Path, command: tuple[str, ...]) -> None:
    cli = Cli(example)
    texts = paragraph_texts(render(cli, *command))
    loose = [text for text in texts if LOOSE_LETTER.search(text)]
    assert loose == []
    assert any(re.search(f"(?<!\\S)[wz]{NBSP}", text) for text in texts)  # there were some to glue


def test_the_year_keeps_its_r_and_data_text_is_glued_too(cli: Cli, plan_ws: Path) -> None:
    texts = paragraph_texts(render(cli, "render-plan", "general"))
    assert f"– czytelnia z{NBSP}6 komputerami" in texts  # from partnerzy.toml
    assert f"20{NBSP}czerwca 2018{NBSP}r." in texts  # the acceptance date: day and month, year and r.
    assert not [text for text in texts if re.search(r"\d{4} r\.", text)]


def test_e_mocarz_has_a_non_breaking_hyphen(cli: Cli, plan_ws: Path) -> None:
    path = render(cli, "render-plan", "general")
    hyphens = Document(str(path)).element.body.findall(f".//{qn('w:noBreakHyphen')}")
    assert hyphens
    for hyphen in hyphens:  # inside its run, between the prefix and the word
        assert hyphen.getprevious().text[-1] in "eE" and hyphen.getnext().text[0].isalpha()
    texts = paragraph_texts(path)  # the text nodes only: a w:noBreakHyphen is no ordinary "-"
    assert "eMocarz" in texts
    assert not [text for text in texts if re.search(r"(?<!\w)e-\w", text)]


def test_every_document_has_real_file_properties(cli: Cli, plan_ws: Path) -> None:
    before = dt.datetime.now(dt.UTC).replace(microsecond=0)
    path = render(cli, "render-plan", "detailed", "--year", "2019")
    props = Document(str(path)).core_properties
    assert props.title == "Roczny plan szkoleń 2019 — Gmina Wierzbno Dolne"
    assert props.author == props.last_modified_by == "Marta Sobczak"
    assert props.subject
    assert props.comments == ""
    assert props.language == "pl-PL"
    assert before <= props.created.replace(tzinfo=dt.UTC) <= dt.datetime.now(dt.UTC)
    assert props.modified == props.created
    with zipfile.ZipFile(path) as docx:
        assert not [name for name in docx.namelist() if "thumbnail" in name]
        assert "Macintosh" not in docx.read("docProps/app.xml").decode()
        styles = docx.read("word/styles.xml").decode()
    assert re.search(r'<w:rPrDefault>.*<w:lang w:val="pl-PL"', styles, re.S)


def test_a_users_template_gets_the_typography_and_properties(cli: Cli, plan_ws: Path, tmp_path: Path) -> None:
    template = make_template(tmp_path / "moj.docx", "Plan w gminie {{ gmina.nazwa }} dla e-Mocni")
    path = render(cli, "render-plan", "general", "--template", str(template), "-o", str(tmp_path / "w.docx"))
    assert f"Plan w{NBSP}gminie Wierzbno Dolne dla eMocni" in paragraph_texts(path)
    doc = Document(str(path))
    assert doc.core_properties.author == "Marta Sobczak"
    assert doc.element.body.find(f".//{qn('w:noBreakHyphen')}") is not None


def _trainings_table(path: Path):
    return Document(str(path)).tables[1]


def test_the_total_row_keeps_with_the_last_training_and_never_splits(cli: Cli, plan_ws: Path) -> None:
    table = _trainings_table(render(cli, "render-plan", "detailed", "--year", "2019"))
    total, last_training = table.rows[-1], table.rows[-2]
    assert total.cells[0].text.startswith("Razem")
    assert all(p.paragraph_format.keep_with_next for cell in last_training.cells for p in cell.paragraphs)
    assert total._tr.trPr.find(qn("w:cantSplit")) is not None


def test_the_signatures_never_start_the_last_page_alone(cli: Cli, plan_ws: Path) -> None:
    # the table above the signatures keeps its last row with them; the rows before it do not
    notes = Document(str(render(cli, "render-plan", "detailed", "--year", "2019"))).tables[-2]
    keeps = [
        all(p.paragraph_format.keep_with_next for c in row.cells for p in c.paragraphs) for row in notes.rows
    ]
    assert keeps[-2:] == [True, True] and not keeps[1]


def test_a_cancelled_training_is_struck_through_and_the_others_are_not(cli: Cli, plan_ws: Path) -> None:
    table = _trainings_table(render(cli, "render-plan", "detailed", "--year", "2019"))
    struck = {
        row.cells[1].text: any(run.font.strike for run in row.cells[1].paragraphs[0].runs)
        for row in table.rows[2:-1]
    }
    assert struck == {
        "Bankowość internetowa & płatności <BLIK>": False,
        f"Rozmowy wideo z{NBSP}rodziną": False,
        "Odwołane szkolenie": True,
    }


@pytest.mark.slow
@needs_office
def test_annual_plan_columns_keep_words_whole(cli: Cli, plan_ws: Path, tmp_path: Path) -> None:
    # LibreOffice without a Polish hyphenation dictionary splits a word too long for its column
    # anywhere: the columns are wide enough for these words, a double surname wraps at its hyphen
    ok(
        cli(
            "training", "add", "--year", "2019", "--title", "E-zdrowie", "--area", "zaangażowanie",
            "--group", "osoby z niepełnosprawnościami", "--form", "stacjonarne", "--when", "12–14.03.2019",
            "--trainer", "Katarzyna Jabłońska-Przybyszewska",
        )
    )  # fmt: skip
    _, text = to_pdf(render(cli, "render-plan", "detailed", "--year", "2019"), tmp_path)
    for word in ("Przybyszewska", "niepełnosprawnościami", "zaangażowanie", "stacjonarne", "12–14.03.2019"):
        assert word in text, word
