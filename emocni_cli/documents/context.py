"""What every document template can use: the gmina, the partnership, the people, the partners.

Values are plain strings, lists and dicts (never models), so a template can only read what is put
here; missing values are empty strings, which a form shows as a blank field to fill in by hand."""

from __future__ import annotations

import datetime as dt
import re
import textwrap
from typing import Any

from emocni_cli.model.field_types import vocabulary_of
from emocni_cli.model.fields import value_form
from emocni_cli.model.values import format_date_long, format_decimal
from emocni_cli.workspace.load import Workspace

# Characters that XML 1.0 forbids; pasted from other programs, they would corrupt a .docx.
_XML_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_BULLET = re.compile(r"^[-*•–]\s+")
_LIST_ITEM = re.compile(r"^(?:[-*•–]|\d{1,2}[.)])\s+")


def text(value: Any) -> str:
    """A value as document text: '' for nothing, no characters that XML cannot hold."""
    if value is None:
        return ""
    return _XML_ILLEGAL.sub("", str(value)).strip()


def number(value: float | int | None) -> str:
    """12.0 -> '12', 1.5 -> '1,5' (Polish decimal comma), None -> ''."""
    return "" if value is None else format_decimal(value)


def _continues(line: str) -> bool:
    """A line that goes on a sentence: starts in lower case ('e-Mocarz…' is a word, not a break)."""
    first = line.split(maxsplit=1)[0] if line else ""
    return first[:1].islower() and "-" not in first and not _LIST_ITEM.match(line)


def paragraphs(value: str | None) -> list[str]:
    """Multi-line text as the paragraphs a person meant.

    A list item ('- ', '* ', '• ', '1. ', '2) ') always starts a paragraph, and an indented line
    continues the one before it. Text wrapped by hand — paragraphs separated by blank lines, or a
    line that goes on in lower case — has its lines joined; otherwise every line is a paragraph,
    as typed in Notepad. Bullets become an en dash, the Polish typographic habit."""
    lines = textwrap.dedent((value or "").replace("\t", "    ")).splitlines()
    blocks: list[list[str]] = [[]]
    for raw in lines:
        if raw.strip():
            blocks[-1].append(raw)
        elif blocks[-1]:
            blocks.append([])
    blocks = [block for block in blocks if block]
    out: list[str] = []
    for block in blocks:
        wrapped = len(blocks) > 1 or any(_continues(text(raw)) for raw in block[1:])
        first = len(out)
        for raw in block:
            line = text(raw)
            item = _LIST_ITEM.match(line)
            if len(out) > first and not item and (wrapped or raw[:1] == " "):
                out[-1] += " " + line
            else:
                out.append(_BULLET.sub("– ", line) if item else line)
    return out


def list_marker(paragraph: str) -> str:
    """The bullet or number opening a list item of paragraphs(), with its space ("– ", "2. "); ''
    for a paragraph of prose."""
    item = _LIST_ITEM.match(paragraph)
    return item.group() if item else ""


def long_date(value: dt.date | None) -> str:
    return format_date_long(value) if value else ""


def _person(person: Any) -> dict[str, str]:
    return {
        "imie_nazwisko": text(person.imie_nazwisko),
        "email": text(person.email),
        "telefon": text(person.telefon),
    }


def record_fields(record: Any) -> dict[str, Any]:
    """Every field of a record as document text: labels for codes, long Polish dates, numbers with
    a decimal comma, lists without empty items (the forms the model declares, model.fields)."""
    model = type(record)
    out: dict[str, Any] = {}
    for name in model.model_fields:
        value = getattr(record, name)
        voc = vocabulary_of(model, name)
        form = value_form(model, name)
        if voc is not None:
            out[name] = text(voc.label(value) if value else None)
        elif form == "date":
            out[name] = long_date(value)
        elif form == "list":
            out[name] = [text(v) for v in value if text(v)]
        elif form == "number":
            out[name] = number(value)
        else:
            out[name] = text(value)
    return out


_REGISTERS = (("NIP", "nip"), ("REGON", "regon"), ("KRS", "krs"))


def _representation(partner: Any) -> dict[str, str]:
    """Who signs for a partner ("Jan Kowalski, dyrektor") and its registry numbers in one line."""
    who = ", ".join(x for x in (text(partner.reprezentant), text(partner.funkcja)) if x)
    numbers = ((label, text(getattr(partner, key))) for label, key in _REGISTERS)
    return {"reprezentacja": who, "identyfikatory": ", ".join(f"{k} {v}" for k, v in numbers if v)}


def partner_rows(ws: Workspace) -> list[dict[str, Any]]:
    """One row per partner, in file order, numbered from 1."""
    leader = ws.settings.partnerstwo.lider
    return [
        {"lp": index, **record_fields(p), **_representation(p), "lider": p.id == leader}
        for index, p in enumerate(ws.partners, start=1)
    ]


def base_context(ws: Workspace, prepared: dt.date | None = None) -> dict[str, Any]:
    """Placeholders shared by every document (documented in templates/README.md). `prepared`:
    the date of preparation given with --date; without it a document leaves that date blank."""
    s = ws.settings
    g, ps = s.gmina, s.partnerstwo
    names = ws.partner_names
    emocarz = _person(s.emocarz) | {"instytucja": text(s.emocarz.instytucja)}
    return {
        "gmina": {
            "nazwa": text(g.nazwa),
            "powiat": text(g.powiat),
            "wojewodztwo": text(g.wojewodztwo),
            "teryt": text(g.teryt),
            "typ": text(g.typ),
            "liczba_mieszkancow": number(g.liczba_mieszkancow),
        },
        "partnerstwo": {
            "nazwa": text(ps.nazwa),
            "data_zawiazania": long_date(ps.data_zawiazania),
            "miejsce_zawarcia": text(ps.miejsce_zawarcia) or text(g.nazwa),
            "dokument": text(ps.dokument),
            "lider": text(names.get(ps.lider or "", "")),
        },
        "emocarz": emocarz,
        "animator": _person(s.animator),
        "partnerzy": partner_rows(ws),
        "projekt": {"nazwa": text(s.projekt.nazwa), "numer_umowy": text(s.projekt.numer_umowy)},
        "data_sporzadzenia": long_date(prepared),
        "dzisiaj": long_date(dt.date.today()),
    }
