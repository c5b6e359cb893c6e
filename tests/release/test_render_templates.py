"""The default templates: reproducible from their script, documented, valid for Word."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest
from docxtpl import DocxTemplate
from jinja2 import Environment, nodes
from lxml import etree

from emocni_cli.documents.render import KINDS, templates_folder
from templates.builders import layout
from templates.builders.all import DOCUMENTS
from tests.helpers import REPO

TEMPLATES = REPO / "templates"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
FILES = sorted(kind.template for kind in KINDS.values())


def test_source_checkout_finds_the_templates_folder():
    assert templates_folder() == TEMPLATES


@pytest.mark.parametrize("name", FILES)
def test_committed_template_is_what_the_script_builds(tmp_path, name):
    layout.write({name: DOCUMENTS[name]}, tmp_path)
    built, committed = zipfile.ZipFile(tmp_path / name), zipfile.ZipFile(TEMPLATES / name)
    assert built.namelist() == committed.namelist()
    for member in built.namelist():
        assert built.read(member) == committed.read(member), (
            f"{name}:{member} — run python -m templates.builders.all"
        )


def placeholders(path: Path) -> set[str]:
    """Names a template reads: 'gmina.nazwa' for top-level fields, 'nazwa' for fields of loop items."""
    template = DocxTemplate(path)
    template.init_docx()
    xml = template.patch_xml(template.xml_to_string(template.docx._element.body))
    for rel in template.docx.part.rels.values():
        if rel.reltype in (template.HEADER_URI, template.FOOTER_URI):
            xml += template.patch_xml(template.xml_to_string(etree.fromstring(rel.target_part.blob)))
    tree = Environment().parse(xml)
    loop_vars = {n.target.name for n in tree.find_all(nodes.For)}
    found = {n.name for n in tree.find_all(nodes.Name) if n.ctx == "load" and n.name not in loop_vars}
    for node in tree.find_all(nodes.Getattr):
        if isinstance(node.node, nodes.Name):
            owner = node.node.name
            found.add(node.attr if owner in loop_vars else f"{owner}.{node.attr}")
    return found


@pytest.mark.parametrize("name", FILES)
def test_every_placeholder_is_documented(name):
    readme = (TEMPLATES / "README.md").read_text(encoding="utf-8")
    used = placeholders(TEMPLATES / name)
    assert {"gmina.nazwa", "wersja_robocza"} <= used
    undocumented = sorted(p for p in used if not re.search(rf"`{re.escape(p)}[`.]", readme))
    assert not undocumented


@pytest.mark.parametrize("name", FILES)
def test_template_xml_follows_the_schema_order(name):
    """Word refuses property elements out of order; LibreOffice would not tell us."""
    order = {tag: seq.split() for tag, seq in layout.SCHEMA_ORDER.items()}
    with zipfile.ZipFile(TEMPLATES / name) as zf:
        for member in zf.namelist():
            if not (member.startswith("word/") and member.endswith(".xml")):
                continue
            root = etree.fromstring(zf.read(member))
            for tag, sequence in order.items():
                for element in root.iter(f"{W}{tag}"):
                    children = [etree.QName(c).localname for c in element if isinstance(c.tag, str)]
                    positions = [sequence.index(c) for c in children]
                    assert positions == sorted(positions), (member, tag, children)


@pytest.mark.parametrize("name", FILES)
def test_label_value_tables_stay_on_one_page(name):
    """Rows of a label | value table keep with the next one: a summary split after its fifth line
    left one lonely row at the top of the next page."""
    from docx import Document

    for table in Document(str(TEMPLATES / name)).tables:
        first = table.rows[0].cells[0].paragraphs[0]
        if first.style.name != "Tabela" or not first.runs or not first.runs[0].bold:
            continue  # not a label | value table
        keeps = [row.cells[0].paragraphs[0].paragraph_format.keep_with_next for row in table.rows]
        assert keeps[:-1] == [True] * (len(keeps) - 1), (name, first.text)


def test_general_part_signatures_stay_with_the_acceptance():
    """The last page never holds the signatures alone: the acceptance table's last row and the
    animator's remarks keep with them."""
    from docx import Document

    doc = Document(str(TEMPLATES / "plan-ogolny.docx"))
    acceptance = next(t for t in doc.tables if t.rows[0].cells[0].text.startswith("Przekazano animatorowi"))
    assert acceptance.rows[-1].cells[0].paragraphs[0].paragraph_format.keep_with_next
    remarks = [p for p in doc.paragraphs if p.text in ("Uwagi animatora:", "{{ akapit }}")][-2:]
    assert [p.paragraph_format.keep_with_next for p in remarks] == [True, True]
