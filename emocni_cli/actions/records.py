"""Adding, changing and removing records of any kind (partners, meetings, …)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pydantic import ValidationError

from emocni_cli.errors import InputError, NotFoundError, RefusedError
from emocni_cli.polish import quoted
from emocni_cli.workspace.checks import partner_named, partner_refs
from emocni_cli.workspace.error_sentences import invalid_input
from emocni_cli.workspace.layout import PARTNERS, RecordKind
from emocni_cli.workspace.load import Workspace


def unique_id(base: str, taken: set[str]) -> str:
    if base not in taken:
        return base
    n = 2
    while f"{base}-{n}" in taken:
        n += 1
    return f"{base}-{n}"


def build(kind: RecordKind, values: dict[str, Any]) -> Any:
    """A validated model from command-line values; InputError (Polish) when they do not fit."""
    try:
        return kind.model.model_validate(values)
    except ValidationError as exc:
        raise invalid_input(exc) from None


def _meant_partner(ws: Workspace, typed: str) -> str | None:
    """The partner someone probably meant: an id close to what they typed, or — for "gops",
    "biblioteka" and other kinds — the only partner of that kind."""
    import difflib

    from emocni_cli.model.vocabularies import PARTNER_KINDS

    close = difflib.get_close_matches(typed, [p.id for p in ws.partners], n=1, cutoff=0.6)
    if close:
        return close[0]
    try:
        kind = PARTNER_KINDS.parse(typed)
    except ValueError:
        return None
    of_kind = [p.id for p in ws.partners if p.rodzaj == kind]
    return of_kind[0] if len(of_kind) == 1 else None


def unknown_partners(ws: Workspace, missing: list[str], field: str) -> InputError:
    """The error for partner ids given in a command that name no partner, with the likely ones."""
    meant = [guess for typed in missing if (guess := _meant_partner(ws, typed))]
    known = ", ".join(sorted(p.id for p in ws.partners)) or "brak — dodaj: emocni partner add"
    return InputError(
        f"Nie ma partnera o identyfikatorze: {', '.join(missing)} (pole {field}).",
        hint=(f"czy chodziło o {', '.join(f'„{m}”' for m in meant)}? " if meant else "")
        + f"dostępni partnerzy: {known}",
    )


def check_partner_refs(ws: Workspace, record: Any) -> None:
    """Refuse a record that names partners that do not exist, listing the ones that do."""
    known = {p.id for p in ws.partners}
    for fname, ids in partner_refs(record).items():
        missing = [pid for pid in ids if pid not in known]
        if missing:
            raise unknown_partners(ws, missing, fname)


def refuse_same_name(ws: Workspace, partner: Any) -> None:
    """One institution, one partner: a name already recorded (compared as CSV import compares it,
    checks.same_name) is refused, naming the partner that has it."""
    twin = partner_named(ws.partners, partner.nazwa, other_than=partner.id)
    if twin is not None:
        existing = ws.find(PARTNERS, twin)
        raise RefusedError(
            f"Partner o nazwie „{existing.nazwa}” jest już zapisany (identyfikator „{twin}”).",
            hint=f"to ten sam partner? zmień go: emocni partner edit {twin} …; "
            "inna instytucja o podobnej nazwie — podaj pełniejszą nazwę",
        )


def get(ws: Workspace, kind: RecordKind, record_id: str) -> Any:
    record = ws.find(kind, record_id)
    if record is None:
        import difflib

        ids = [r.id for r in ws.of(kind)]
        close = difflib.get_close_matches(record_id, ids, n=1, cutoff=0.6)
        hint = f"czy chodziło o „{close[0]}”? " if close else ""
        raise NotFoundError(
            f"Nie ma rekordu typu {kind.noun} o identyfikatorze {quoted(record_id)} w pliku {kind.file}.",
            hint=hint + f"lista: emocni {kind.key} list",
        )
    return record


def add(root: Path, kind: RecordKind, values: dict[str, Any]) -> Any:
    """Append a new record; its id is given or made from its content (unique in the file)."""
    from emocni_cli.workspace.edits import editing, record_values

    with editing(root) as tx:
        taken = {r.id for r in tx.workspace.of(kind)}
        given = values.get("id")
        if given and given in taken:
            raise RefusedError(
                f"W pliku {kind.file} jest już rekord o identyfikatorze {quoted(given)}.",
                hint="podaj inny --id albo zmień istniejący rekord poleceniem edit",
            )
        draft = build(kind, {**values, "id": given or "tymczasowy"})
        if not given:
            values = {**values, "id": unique_id(kind.id_from(draft), taken)}
        record = build(kind, values)
        check_partner_refs(tx.workspace, record)
        if kind is PARTNERS:
            refuse_same_name(tx.workspace, record)
        tx.append(kind, record_values(record))
    return record


def update(root: Path, kind: RecordKind, record_id: str, changes: dict[str, Any]) -> Any:
    """Change some fields of one record in place. A None value clears the field."""
    from emocni_cli.workspace.edits import editing

    if not changes:
        raise InputError("Nie podano żadnej zmiany.", hint="zobacz opcje: --help")
    with editing(root) as tx:
        current = get(tx.workspace, kind, record_id)
        merged = {**current.model_dump(exclude_none=True), **changes}
        merged = {k: v for k, v in merged.items() if v is not None}
        record = build(kind, merged)
        check_partner_refs(tx.workspace, record)
        if kind is PARTNERS and "nazwa" in changes:
            refuse_same_name(tx.workspace, record)
        stored = record.model_dump(mode="python", include=set(changes))
        tx.set_fields(
            kind, record_id, {k: (stored.get(k) if changes[k] is not None else None) for k in changes}
        )
    return record


def references_to_partner(ws: Workspace, partner_id: str) -> list[tuple[str, str, str]]:
    """(file, record id, field) of every record that names this partner."""
    found = []
    for name, record in ws.all_records():
        for fname, ids in partner_refs(record).items():
            if partner_id in ids:
                found.append((name, record.id, fname))
    if ws.settings.partnerstwo.lider == partner_id:
        found.append(("emocni.toml", "partnerstwo", "lider"))
    return found


def remove(root: Path, kind: RecordKind, record_id: str, force: bool = False) -> list[str]:
    """Remove a record. A partner still referred to is kept unless force, which also drops the
    references. Returns descriptions of the references removed."""
    from emocni_cli.workspace.edits import editing

    with editing(root) as tx:
        get(tx.workspace, kind, record_id)
        if kind.key == "training":
            refuse_held_in_sessions(tx.workspace, record_id)
        dropped: list[str] = []
        if kind is PARTNERS:
            refs = references_to_partner(tx.workspace, record_id)
            if refs and not force:
                where = ", ".join(f"{f} → {rid} ({fld})" for f, rid, fld in refs)
                raise RefusedError(
                    f"Partner {quoted(record_id)} jest wskazany w innych rekordach: {where}.",
                    hint=(
                        f"jeśli partner wystąpił z partnerstwa, zapisz datę wystąpienia: emocni "
                        f"partner edit {record_id} --left DATA (historia zostaje); jeśli wpisano go "
                        "przez pomyłkę, usuń te odwołania albo użyj --force"
                    ),
                )
            for file, rid, fld in refs:
                _drop_reference(tx, file, rid, fld, record_id)
                dropped.append(f"{file}: {rid} ({fld})")
        tx.remove(kind, record_id)
    return dropped


def refuse_held_in_sessions(ws: Workspace, training_id: str) -> None:
    """A training with sessions stays: its sessions (and the attendance at them) would point at
    nothing. Cancelling it keeps the record of what was planned."""
    held = [s for s in ws.sessions if s.szkolenie == training_id]
    if held:
        raise RefusedError(
            f"Szkolenie „{training_id}” ma zapisane zajęcia ({len(held)}, plik zajecia.toml) — "
            "niczego nie usunięto.",
            hint=f"jeśli się nie odbędzie, oznacz je jako odwołane: emocni training edit {training_id} "
            f"--status odwolane; jeśli wpisano je przez pomyłkę, usuń najpierw zajęcia: emocni training "
            f"session remove {training_id} NR",
        )


def _drop_reference(tx: Any, file: str, record_id: str, fname: str, partner_id: str) -> None:
    """Take one partner out of a record's field in place: the other items of a list, and the
    comments written beside them, stay as they are."""
    from emocni_cli.workspace.edits import stored_id
    from emocni_cli.workspace.layout import CONFIG_FILE, record_kinds

    if file == CONFIG_FILE:
        del tx.document(file)["partnerstwo"]["lider"]
        return

    def drop(table: Any) -> None:
        value = table[fname]
        if isinstance(value, list):
            for index in reversed(range(len(value))):
                if stored_id(value[index]) == partner_id:
                    del value[index]
        if not isinstance(value, list) or not value:
            del table[fname]

    kind = next(k for k in record_kinds(tx.root) if k.file == file)
    tx.change(file, kind.table, record_id, drop)


def update_section(root: Path, section: str, changes: dict[str, Any]) -> Any:
    """Change keys of one [section] of emocni.toml in place; returns the new settings."""
    from emocni_cli.model.settings import Settings
    from emocni_cli.workspace.edits import editing, set_fields

    if not changes:
        raise InputError("Nie podano żadnej zmiany.", hint="zobacz opcje: --help")
    with editing(root) as tx:
        current = tx.workspace.settings.model_dump(exclude_none=True)
        merged = {**current.get(section, {}), **changes}
        current[section] = {k: v for k, v in merged.items() if v is not None}
        try:
            settings = Settings.model_validate(current)
        except ValidationError as exc:
            raise invalid_input(exc) from None
        leader = settings.partnerstwo.lider
        if section == "partnerstwo" and leader and tx.workspace.find(PARTNERS, leader) is None:
            raise unknown_partners(tx.workspace, [leader], "lider")
        doc = tx.document("emocni.toml")
        if section not in doc:
            import tomlkit

            doc.add(section, tomlkit.table())
        stored = getattr(settings, section).model_dump(mode="python")
        set_fields(doc[section], {k: (stored.get(k) if v is not None else None) for k, v in changes.items()})
    return settings
