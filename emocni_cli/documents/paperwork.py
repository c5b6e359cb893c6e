"""Template contexts of the partnership's paperwork: the attendance list and the minutes of a
meeting, the partnership agreement, and one partner's declaration of joining."""

from __future__ import annotations

import datetime as dt
from typing import Any

from emocni_cli.actions.records import get
from emocni_cli.documents.context import base_context, long_date, number, paragraphs, partner_rows, text
from emocni_cli.documents.meeting_facts import facts
from emocni_cli.documents.render import DocumentData
from emocni_cli.errors import InputError, RefusedError
from emocni_cli.model import vocabularies as vocab
from emocni_cli.model.records import Meeting, Partner
from emocni_cli.model.statuses import EVENT_HELD
from emocni_cli.model.values import WEEKDAYS, format_date, format_time
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
    } | facts(ws, m)


def _name_and_function(contact: str | None) -> tuple[str, str]:
    """'Marta Sobczak, dyrektor biblioteki' -> ('Marta Sobczak', 'dyrektor biblioteki')."""
    name, _, function = text(contact).partition(",")
    return name.strip(), function.strip()


def _attendee(p: Partner) -> dict[str, Any]:
    name, function = _name_and_function(p.osoba_kontaktowa)
    return {"imie_nazwisko": name, "funkcja": function, "instytucja": text(p.nazwa), "gosc": False}


def attendance_list(ws: Workspace, meeting_id: str, blank_rows: int) -> DocumentData:
    """One row per expected participant — the contact person of each partner present (or, while
    nobody is recorded as present, of every partner that has not left by the meeting's date), then
    one row per guest — and blank rows for whoever else comes: as many as it takes to reach the
    number of people recorded, and `blank_rows` more."""
    m = get(ws, MEETINGS, meeting_id)
    if m.obecni:
        expected = [p for p in ws.partners if p.id in m.obecni]
    else:
        expected = [p for p in ws.partners if not p.left_by(m.data)]
    people = [_attendee(p) for p in expected]
    # a guest may be an institution or a person: its name goes in the institution column and the
    # one who comes writes their own name
    people += [
        {"imie_nazwisko": "", "funkcja": "", "instytucja": f"{text(guest)} (gość)", "gosc": True}
        for guest in m.goscie
        if text(guest)
    ]
    # at least a row for everyone recorded as having come, and the spare ones after them
    blank = blank_rows + max(0, (m.liczba_osob or 0) - len(people))
    rows = people + [{"imie_nazwisko": "", "funkcja": "", "instytucja": "", "gosc": False}] * blank
    context = base_context(ws) | {
        "spotkanie": _meeting(ws, m),
        "uczestnicy": [row | {"lp": n} for n, row in enumerate(people, start=1)],
        "wiersze": [row | {"lp": n} for n, row in enumerate(rows, start=1)],
    }
    return DocumentData(context, f"lista-obecnosci-{m.id}.docx")


def minutes(ws: Workspace, meeting_id: str, prepared: dt.date | None = None) -> DocumentData:
    """The minutes, drawn up on `prepared` (--date; never before the meeting); a draft while the
    meeting is not recorded as held or nothing was noted."""
    m = get(ws, MEETINGS, meeting_id)
    if prepared is not None and prepared < m.data:
        raise InputError(
            f"Opcja --date: protokół nie może być sporządzony ({format_date(prepared)}) przed "
            f"spotkaniem, które opisuje ({format_date(m.data)}).",
            hint=f"podaj dzień spotkania albo późniejszy, np. --date {format_date(m.data)}",
        )
    missing, fixes = [], []
    if m.status != EVENT_HELD:
        status = vocab.EVENT_STATUSES.label(m.status)
        missing.append(f"potwierdzenie, że spotkanie się odbyło (obecnie: {status})")
        fixes.append(f"po spotkaniu zapisz, że się odbyło: emocni meeting held {m.id}")
    if not (m.notatki or m.decyzje or m.zadania):
        missing.append("przebieg spotkania: notatka, decyzje albo zadania")
        fixes.append(f"dopisz przebieg spotkania: emocni meeting edit {m.id} --notes …")
    context = base_context(ws, prepared) | {"spotkanie": _meeting(ws, m)}
    return DocumentData(context, f"protokol-{m.id}.docx", missing, fixes=fixes)


def signatories(ws: Workspace, founded: dt.date | None) -> list[Partner]:
    """The parties of the agreement concluded on `founded`: the partners who joined on or before
    that day (a later partner joined by a declaration) and had not left by then. Without a date,
    or for a partner without a joining date, nothing is known to leave them out."""
    if founded is None:
        return list(ws.partners)
    return [
        p
        for p in ws.partners
        if (p.data_przystapienia is None or p.data_przystapienia <= founded) and not p.left_by(founded)
    ]


def _agreement_date(ws: Workspace, prepared: dt.date | None) -> dt.date | None:
    """The day the agreement is concluded: the founding date, which --date may give while it is
    not recorded; the agreement founds the partnership, so another day contradicts the records."""
    founded = ws.settings.partnerstwo.data_zawiazania
    if prepared is not None and founded is not None and prepared != founded:
        raise InputError(
            f"Opcja --date: porozumienie zawiera się w dniu zawiązania partnerstwa, a w emocni.toml "
            f"jest nim {format_date(founded)}, nie {format_date(prepared)}.",
            hint="pomiń --date albo popraw datę zawiązania: emocni partnership edit --founded DATA",
        )
    return prepared or founded


def agreement(ws: Workspace, prepared: dt.date | None = None) -> DocumentData:
    """The partnership agreement of the partners who signed it, dated by the founding date (or
    `prepared` while none is recorded); a draft while the leader or that date is not known, there
    are fewer parties than the minimum, or a party has no address."""
    concluded = _agreement_date(ws, prepared)
    if not ws.partners:
        raise RefusedError(
            "Partnerstwo nie ma jeszcze partnerów — nie ma kogo wpisać do porozumienia.",
            hint='dodaj partnerów: emocni partner add "Nazwa instytucji" --type biblioteka',
        )
    settings = ws.settings
    parties = signatories(ws, concluded)
    missing, fixes = [], []
    if not settings.partnerstwo.lider:
        missing.append("lider partnerstwa (nie został wskazany)")
        fixes.append("wskaż lidera: emocni partnership edit --leader ID")
    if concluded is None:
        missing.append("data zawiązania partnerstwa")
        fixes.append("wpisz datę zawiązania: emocni partnership edit --founded DATA (albo --date DATA)")
    if len(parties) < settings.wymagania.min_partnerow:
        missing.append(
            f"strony porozumienia: jest ich {len(parties)}, a partnerstwo potrzebuje co najmniej "
            f"{settings.wymagania.min_partnerow} partnerów"
        )
        fixes.append('dodaj partnerów: emocni partner add "Nazwa instytucji" --type RODZAJ')
    for p in parties:
        if not p.adres:
            missing.append(f"adres partnera: {p.nazwa}")
            fixes.append(f"wpisz adres partnera {p.nazwa}: emocni partner edit {p.id} --address …")
        if p.data_przystapienia is None and concluded is not None:
            missing.append(f"data przystąpienia partnera: {p.nazwa} (nie wiadomo, czy podpisał porozumienie)")
            fixes.append(f"wpisz datę przystąpienia: emocni partner edit {p.id} --joined DATA")
    ids = {p.id for p in parties}
    rows = [row for row in partner_rows(ws) if row["id"] in ids]
    context = base_context(ws, prepared)
    context["partnerstwo"] |= {"data_zawiazania": long_date(concluded)}
    context |= {
        "strony": [row | {"lp": n} for n, row in enumerate(rows, start=1)],
        "liczba_stron": len(rows),
    }
    return DocumentData(context, "porozumienie-partnerskie.docx", missing, fixes=fixes)


def declaration(ws: Workspace, partner_id: str, prepared: dt.date | None = None) -> DocumentData:
    """One partner's declaration of joining the partnership, dated `prepared` (--date), else by the
    partner's joining date."""
    partner = get(ws, PARTNERS, partner_id)
    row = next(r for r in partner_rows(ws) if r["id"] == partner.id)
    missing = [] if partner.adres else ["adres partnera"]
    fixes = [] if partner.adres else [f"wpisz adres: emocni partner edit {partner.id} --address …"]
    context = base_context(ws, prepared) | {"partner": row}
    return DocumentData(context, f"deklaracja-{partner.id}.docx", missing, fixes=fixes)
