"""The last pass over a rendered document, the same for every document and every template.

Typography runs here, on the rendered XML, rather than as a Jinja filter: it has to reach the
template's own words ("w gminie", "e-Mocarz" in a heading) as much as the data, and a user's
template would not call a filter. A paragraph's text is split over runs (a placeholder, bold
words, a field), so the paragraph is glued as one string (typography.glue keeps its length) and
the result split back over its w:t nodes; a tab or a line break counts as a space. The hyphen of
"e-Mocarz" or of a postal code becomes Word's non-breaking hyphen (w:noBreakHyphen) in its run.

File properties: a document is about the partnership, written by its e-Mocarz now — not the
template's build date, comment or blank preview picture."""

from __future__ import annotations

import datetime as dt
import itertools
from typing import TYPE_CHECKING, Any

from emocni_cli.typography import NO_BREAK_HYPHEN, glue

if TYPE_CHECKING:
    from docx.document import Document

LANGUAGE = "pl-PL"
_BREAKS = ("tab", "br", "cr")  # in a paragraph's text they separate words, as a space does
_APP_XML = (
    b"<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
    b'<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
    b"<Application>emocni</Application><TotalTime>0</TotalTime></Properties>"
)


def finish(doc: Document, context: dict[str, Any]) -> None:
    """Polish typography in every paragraph, no table ending in a lone row, the file properties."""
    for part in _text_parts(doc):
        typeset(part.element)
    _keep_last_rows(doc)
    _properties(doc, context)


def _text_parts(doc: Document) -> list[Any]:
    """The body, and every header and footer."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT

    stories = [rel.target_part for rel in doc.part.rels.values() if rel.reltype in (RT.HEADER, RT.FOOTER)]
    return [doc.part, *stories]


def typeset(root: Any) -> None:
    """Non-breaking spaces and hyphens in every paragraph under root (an lxml element)."""
    from docx.oxml.ns import qn

    paragraph = qn("w:p")
    pieces: dict[Any, list[Any]] = {}
    wanted = [qn("w:t"), *(qn(f"w:{tag}") for tag in _BREAKS)]
    for node in root.iter(*wanted):
        owner = next(node.iterancestors(paragraph), None)
        if owner is not None:
            pieces.setdefault(owner, []).append(node)
    text_tag = qn("w:t")
    for nodes in pieces.values():
        texts = [(node.text or "") if node.tag == text_tag else " " for node in nodes]
        glued = glue("".join(texts))
        hyphens = {match.start() for match in NO_BREAK_HYPHEN.finditer(glued)}
        start = 0
        for node, text in zip(nodes, texts, strict=True):
            end = start + len(text)
            if node.tag == text_tag and (glued[start:end] != text or hyphens & set(range(start, end))):
                _set_text(node, glued[start:end], sorted(h - start for h in hyphens if start <= h < end))
            start = end


def _set_text(node: Any, text: str, hyphens: list[int]) -> None:
    """node's text, its hyphens at the given offsets as w:noBreakHyphen in the same run."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    cuts = [-1, *hyphens, len(text)]
    segments = [text[a + 1 : b] for a, b in itertools.pairwise(cuts)]
    node.text = segments[0]
    last = node
    for segment in segments[1:]:
        hyphen = OxmlElement("w:noBreakHyphen")
        last.addnext(hyphen)
        last = hyphen
        if segment:
            piece = OxmlElement("w:t")
            piece.set(qn("xml:space"), "preserve")
            piece.text = segment
            last.addnext(piece)
            last = piece


def _keep_last_rows(doc: Document) -> None:
    """The last row of a table (the total of the annual plan, the last signature) never starts a
    page alone: the row before it keeps with it. Rows already never split (cantSplit). A table
    followed by a paragraph kept with what comes next (the signatures) keeps its last row with
    that paragraph, so the signatures never start the last page alone."""
    from docx.oxml.ns import qn

    for table in doc.element.body.iter(qn("w:tbl")):
        rows = table.findall(qn("w:tr"))
        after = table.getnext()
        kept = [rows[-2]] if len(rows) >= 3 else []
        if rows and after is not None and after.tag == qn("w:p") and after.pPr is not None:
            kept += [rows[-1]] if after.pPr.keepNext_val else []
        for row in kept:
            for paragraph in row.iter(qn("w:p")):
                paragraph.get_or_add_pPr().keepNext_val = True


def _properties(doc: Document, context: dict[str, Any]) -> None:
    from docx.opc.constants import RELATIONSHIP_TYPE as RT

    props = doc.core_properties
    author = str((context.get("emocarz") or {}).get("imie_nazwisko") or props.author or "")
    now = dt.datetime.now(dt.UTC).replace(microsecond=0)
    props.author = props.last_modified_by = author
    props.created = props.modified = now
    props.comments = props.keywords = ""
    props.language = LANGUAGE
    props.revision = 1
    package = doc.part.package
    for rid, rel in list(package.rels.items()):
        if rel.reltype == RT.THUMBNAIL:
            del package.rels[rid]  # a blank picture, or the template's first page: not this document
        elif rel.reltype == RT.EXTENDED_PROPERTIES:
            rel.target_part._blob = _APP_XML  # not "Microsoft Macintosh Word" of python-docx's template
    _language(doc)


def _language(doc: Document) -> None:
    """Polish as the language of the document's default text (spell-checking, hyphenation)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    defaults = doc.styles.element.find(qn("w:docDefaults"))
    rpr = None if defaults is None else defaults.find(f"{qn('w:rPrDefault')}/{qn('w:rPr')}")
    if rpr is None:
        return
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)  # last in w:rPr but for eastAsianLayout, specVanish, oMath
    lang.set(qn("w:val"), LANGUAGE)
