"""Creating a new workspace: emocni.toml with Polish comments and the empty record files."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pydantic import ValidationError

from emocni_cli.errors import RefusedError
from emocni_cli.model.settings import SCHEMA_VERSION, Settings
from emocni_cli.workspace.error_sentences import invalid_input
from emocni_cli.workspace.layout import CONFIG_FILE
from emocni_cli.workspace.starter_files import CONFIG_COMMENTS, CONFIG_HEADER, HEADERS


def settings_document(settings: Settings) -> str:
    """emocni.toml text: every section, defaults written out, each under its own comment."""
    import tomlkit

    from emocni_cli.workspace.edits import record_values

    parts = [CONFIG_HEADER, f"wersja_schematu = {SCHEMA_VERSION}\n"]
    for section in ("gmina", "partnerstwo", "emocarz", "animator", "plan", "wymagania", "projekt"):
        comment = "".join(f"# {line}\n" for line in CONFIG_COMMENTS[section].splitlines())
        body = tomlkit.dumps(record_values(getattr(settings, section)))
        parts.append(f"\n{comment}[{section}]\n{body}")
    return "".join(parts)


def refuse_existing(folder: Path) -> None:
    """RefusedError when folder already holds a workspace or any of its files."""
    if (folder / CONFIG_FILE).exists():
        raise RefusedError(
            f"W folderze {folder.resolve()} jest już przestrzeń robocza emocni ({CONFIG_FILE}).",
            hint="niczego nie nadpisano; aby zmienić dane, użyj emocni config set "
            "(np. emocni config set gmina.teryt 1234052) albo edytuj emocni.toml",
        )
    existing = [folder / name for name in HEADERS if (folder / name).exists()]
    if existing:
        raise RefusedError(
            f"W folderze {folder.resolve()} są już pliki emocni: {', '.join(p.name for p in existing)}.",
            hint="wybierz pusty folder albo przenieś te pliki",
        )


def folder_gmina(folder: Path) -> str:
    """The gmina's name a folder's name suggests: lipno-gorne -> Lipno Gorne (no diacritics added)."""
    words = folder.resolve().name.replace("-", " ").replace("_", " ").split()
    return " ".join(word[:1].upper() + word[1:] for word in words)


def start_year(text: str) -> int:
    """The first plan year as typed at init's question; ValueError (Polish) when it is not one."""
    from emocni_cli.model.settings import PlanSettings
    from emocni_cli.workspace.error_sentences import field_errors

    try:
        return PlanSettings(rok_poczatkowy=text).rok_poczatkowy
    except ValidationError as exc:
        raise ValueError(field_errors(exc)[0][1]) from None


def create_workspace(folder: Path, values: dict[str, Any]) -> list[Path]:
    """Write a new workspace into folder (created if needed); refuse to touch an existing one."""
    from emocni_cli.workspace.files import atomic_write

    refuse_existing(folder)
    try:
        settings = Settings.model_validate(values)
    except ValidationError as exc:
        raise invalid_input(exc) from None
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, header in HEADERS.items():
        atomic_write(folder / name, (header + "\n").encode("utf-8"))
        written.append(folder / name)
    config = folder / CONFIG_FILE
    atomic_write(config, settings_document(settings).encode("utf-8"))
    written.insert(0, config)
    return written
