"""emocni init: make a folder a workspace."""

from __future__ import annotations

from pathlib import Path

import typer

from emocni_cli.cli import output
from emocni_cli.errors import InputError
from emocni_cli.model.settings import FIRST_PLAN_YEAR
from emocni_cli.model.values import LAST_YEAR


def _ask(value: str | None, label: str, option: str, ask: bool, default: str | None = None) -> str:
    if value:
        return value
    if ask:
        answer = typer.prompt(label, default=default) if default else typer.prompt(label)
        if str(answer).strip():
            return str(answer).strip()
    raise InputError(
        f"Brak wymaganej wartości: {option} ({label}).", hint=f'podaj ją w poleceniu, np. {option} "…"'
    )


def _ask_year(ask: bool) -> int:
    """The first plan year, asked again (not the whole init) until it is a plausible year: a
    wrong answer is feedback to the question, not an error that ends the command."""
    import datetime as dt

    from emocni_cli.workspace.create import start_year

    label = "Pierwszy rok planu szkoleń"
    while True:
        year = _ask(None, label, "--start-year", ask, default=str(dt.date.today().year))
        try:
            return start_year(year)
        except ValueError as exc:
            output.warning(f"{exc} — wpisz rok, np. 2018.")


def _ask_optional(value: str | None, label: str, key: str, ask: bool) -> str | None:
    """An optional value: the option's or, in a terminal, the answer (Enter skips it); an answer
    the setting refuses is asked again."""
    from emocni_cli.actions.settings import find_key, parse

    if value or not ask:
        return value
    while True:
        answer = typer.prompt(f"{label} (Enter — pomiń)", default="", show_default=False).strip()
        if not answer:
            return None
        try:
            parse(find_key(key), answer)
        except InputError as exc:
            output.warning(f"{exc.message} Wpisz jeszcze raz albo naciśnij Enter.")
            continue
        return answer


def _bare(field: str, typed: str | None) -> str | None:
    """The name without the leading word documents add ("Gmina", "powiat"), with a note."""
    from emocni_cli.model.settings import bare_name, prefix_note

    if not typed:
        return typed
    stored = bare_name(field, typed.strip())
    if note := prefix_note(field, typed, stored):
        output.info(note)
    return stored


app = typer.Typer()


@app.command("init")
def init(
    folder: Path = typer.Argument(
        Path("."),
        metavar="FOLDER",
        help="Folder gminy (domyślnie bieżący).",
        file_okay=False,
        show_default=False,
    ),
    gmina: str | None = typer.Option(None, "--gmina", help="Nazwa gminy."),
    emocarz: str | None = typer.Option(None, "--emocarz", help="Imię i nazwisko e-Mocarza."),
    animator: str | None = typer.Option(None, "--animator", help="Imię i nazwisko regionalnego animatora."),
    start_year: int | None = typer.Option(
        None,
        "--start-year",
        min=FIRST_PLAN_YEAR,
        max=LAST_YEAR - 2,
        help="Pierwszy rok trzyletniego planu szkoleń.",
    ),
    teryt: str | None = typer.Option(None, "--teryt", help="Kod TERYT gminy (7 cyfr)."),
    powiat: str | None = typer.Option(None, "--powiat", help="Powiat."),
    wojewodztwo: str | None = typer.Option(None, "--wojewodztwo", help="Województwo."),
    institution: str | None = typer.Option(
        None, "--institution", help="Instytucja e-Mocarza, np. biblioteka."
    ),
    no_input: bool = typer.Option(
        False, "--no-input", help="Nie zadawaj pytań; brak wymaganej wartości to błąd."
    ),
) -> None:
    """Utwórz przestrzeń roboczą gminy (pliki TOML z opisem każdego pola)."""
    from emocni_cli.workspace.create import create_workspace, folder_gmina, refuse_existing

    refuse_existing(folder)  # before any question: the answers would be thrown away
    ask = not no_input and output.interactive()
    gmina = _bare("nazwa", _ask(gmina, "Nazwa gminy", "--gmina", ask, default=folder_gmina(folder)))
    emocarz = _ask(emocarz, "Imię i nazwisko e-Mocarza", "--emocarz", ask)
    animator = _ask(animator, "Imię i nazwisko animatora", "--animator", ask)
    if start_year is None:
        start_year = _ask_year(ask)
    institution = _ask_optional(
        institution, "Instytucja e-Mocarza, np. Gminna Biblioteka Publiczna", "emocarz.instytucja", ask
    )
    teryt = _ask_optional(teryt, "Kod TERYT gminy (7 cyfr)", "gmina.teryt", ask)
    powiat = _bare("powiat", _ask_optional(powiat, "Powiat", "gmina.powiat", ask))
    wojewodztwo = _ask_optional(wojewodztwo, "Województwo", "gmina.wojewodztwo", ask)
    values = {
        "gmina": {"nazwa": gmina, "teryt": teryt, "powiat": powiat, "wojewodztwo": wojewodztwo},
        "partnerstwo": {"nazwa": f"Gminne partnerstwo na rzecz edukacji cyfrowej w gminie {gmina}"},
        "emocarz": {"imie_nazwisko": emocarz, "instytucja": institution},
        "animator": {"imie_nazwisko": animator},
        "plan": {"rok_poczatkowy": start_year},
    }
    written = create_workspace(folder, values)
    output.success(f"Utworzono przestrzeń roboczą gminy {gmina} w folderze {folder.resolve()}.")
    for path in written:
        output.info(f"  {path.name}")
    first = 'emocni partner add "Nazwa instytucji" --type biblioteka'
    if folder.resolve() != Path.cwd().resolve():  # the commands find the workspace from inside it
        first = f'cd "{folder}", a potem {first}'
    output.info(f"Dalej: {first}")
