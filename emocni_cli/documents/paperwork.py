"""Template contexts of the partnership's paperwork: the attendance list and the minutes of a
meeting, the partnership agreement, and one partner's declaration of joining."""

from __future__ import annotations

from typing import Any

from emocni_cli.actions.records import get
from emocni_cli.documents.context import base_context, long_date, number, paragraphs, partner_rows, text
from emocni_cli.documents.render import DocumentData
from emocni_cli.errors import RefusedError
from emocni_cli.model import vocabularies as vocab
from emocni_cli.model.records import Meeting
from emocni_cli.model.statuses import EVENT_HELD
from emocni_cli.model.values import WEEKDAYS, format_time
from emocni_cli.workspace.layout import MEETINGS, PARTNERS
from emocni_cli.workspace.load import Workspace


def _meeting(ws: Workspace, m: Meeting) -> dict[str, Any]:
    kind = vocab.MEETING_KINDS.label(m.rodzaj)
    names = ws.partner_names
    return {
        "id": m.id,
        "tytul": text(m.tytul) or f"Spotkanie partnerstwa ({kind})",
        "rodzaj": kind,
        "status": vocab.EVENT_STATUSES.label(m.status),
        "data": long_date(m.data),
        "dzien_tygodnia": WEEKDAYS[m.data.weekday()],
        "godzina": format_time(m.godzina),
        "miejsce": text(m.miejsce),
        "obecni": [text(names.get(pid, pid)) for pid in m.obecni],
        "goscie": [text(guest) for guest in m.goscie if text(guest)],
        "liczba_osob": number(m.liczba_osob),
        "porzadek": [text(item) for item in m.porzadek if text(item)],
        "notatki": paragraphs(m.notatki),
        "decyzje": [text(item) for item in m.decyzje if text(item)],
        "zadania": [text(item) for item in m.zadania if text(item)],
        "lista_obecnosci": m.lista_obecnosci,
    }


def _name(contact: str | None) -> str:
    """'Marta Sobczak, dyrektor biblioteki' -> 'Marta Sobczak': the name column holds the name."""
    return text(contact).split(",")[0].strip()


def attendance_list(ws: Workspace, meeting_id: str, blank_rows: int) -> DocumentData:
    """One row per expected participant — the contact person of each partner present (or, while
    nobody is recorded as present, of every partner that has not left by the meeting's date), then
    one row per guest — and blank rows for whoever else comes."""
    m = get(ws, MEETINGS, meeting_id)
    if m.obecni:
        expected = [p for p in ws.partners if p.id in m.obecni]
    else:
        expected = [p for p in ws.partners if not p.left_by(m.data)]
    people = [
        {"imie_nazwisko": _name(p.osoba_kontaktowa), "instytucja": text(p.nazwa), "gosc": False}
        for p in expected
    ]
    # a guest may be an institution or a person: its name goes in the institution column and the
    # one who comes writes their own name
    people += [
        {"imie_nazwisko": "", "instytucja": f"{text(guest)} (gość)", "gosc": True}
        for guest in m.goscie
        if text(guest)
    ]
    rows = people + [{"imie_nazwisko": "", "instytucja": "", "gosc": False} for _ in range(blank_rows)]
    context = base_context(ws) | {
        "spotkanie": _meeting(ws, m),
        "uczestnicy": [row | {"lp": n} for n, row in enumerate(people, start=1)],
        "wiersze": [row | {"lp": n} for n, row in enumerate(rows, start=1)],
    }
    return DocumentData(context, f"lista-obecnosci-{m.id}.docx")


def minutes(ws: Workspace, meeting_id: str) -> DocumentData:
    """The minutes; a draft while the meeting is not recorded as held or nothing was noted."""
    m = get(ws, MEETINGS, meeting_id)
    missing, fixes = [], []
    if m.status != EVENT_HELD:
        status = vocab.EVENT_STATUSES.label(m.status)
        missing.append(f"potwierdzenie, że spotkanie się odbyło (obecnie: {status})")
        fixes.append(f"po spotkaniu zapisz, że się odbyło: emocni meeting held {m.id}")
    if not (m.notatki or m.decyzje or m.zadania):
        missing.append("przebieg spotkania: notatka, decyzje albo zadania")
        fixes.append(f"dopisz przebieg spotkania: emocni meeting edit {m.id} --notes …")
    context = base_context(ws) | {"spotkanie": _meeting(ws, m)}
    return DocumentData(context, f"protokol-{m.id}.docx", missing, fixes=fixes)


def agreement(ws: Workspace) -> DocumentData:
    """The partnership agreement of every partner; a draft while the leader is not named, there
    are fewer partners than the minimum, or a party has no address."""
    if not ws.partners:
        raise RefusedError(
            "Partnerstwo nie ma jeszcze partnerów — nie ma kogo wpisać do porozumienia.",
            hint='dodaj partnerów: emocni partner add "Nazwa instytucji" --type biblioteka',
        )
    settings = ws.settings
    missing, fixes = [], []
    if not settings.partnerstwo.lider:
        missing.append("lider partnerstwa (nie został wskazany)")
        fixes.append("wskaż lidera: emocni partnership edit --leader ID")
    if len(ws.partners) < settings.wymagania.min_partnerow:
        missing.append(
            f"partnerzy: jest ich {len(ws.partners)}, a partnerstwo potrzebuje co najmniej "
            f"{settings.wymagania.min_partnerow}"
        )
        fixes.append('dodaj partnerów: emocni partner add "Nazwa instytucji" --type RODZAJ')
    for p in ws.partners:
        if not p.adres:
            missing.append(f"adres partnera: {p.nazwa}")
            fixes.append(f"wpisz adres partnera {p.nazwa}: emocni partner edit {p.id} --address …")
    return DocumentData(base_context(ws), "porozumienie-partnerskie.docx", missing, fixes=fixes)


def declaration(ws: Workspace, partner_id: str) -> DocumentData:
    """One partner's declaration of joining the partnership."""
    partner = get(ws, PARTNERS, partner_id)
    row = next(r for r in partner_rows(ws) if r["id"] == partner.id)
    missing = [] if partner.adres else ["adres partnera"]
    fixes = [] if partner.adres else [f"wpisz adres: emocni partner edit {partner.id} --address …"]
    context = base_context(ws) | {"partner": row}
    return DocumentData(context, f"deklaracja-{partner.id}.docx", missing, fixes=fixes)
