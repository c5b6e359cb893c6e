"""emocni participant …: the participants of trainings (personal data, uczestnicy.toml)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import typer

from emocni_cli.cli import output
from emocni_cli.cli import people_views as views
from emocni_cli.cli import record_views as rc
from emocni_cli.cli.document_output import writes_document
from emocni_cli.cli.options import YES_OPTION, FieldOption, FieldOptions, root
from emocni_cli.cli.reading import refuse_if_left_out, workspace_for_reading
from emocni_cli.documents.render import PARTICIPANT_FORM, DocumentData
from emocni_cli.model.trainings import Participant
from emocni_cli.trainings.people import described, find_participant
from emocni_cli.workspace.layout import PARTICIPANTS
from emocni_cli.workspace.load import Workspace

app = typer.Typer(
    help="Uczestnicy szkoleń (dane osobowe, osobny plik uczestnicy.toml): dodawanie, lista, zmiany, "
    "usunięcie danych, deklaracja uczestnictwa do wydruku.",
    no_args_is_help=True,
)

OPTIONS = FieldOptions(
    Participant,
    FieldOption("--birth-year", "rok_urodzenia", "Rok urodzenia, np. 1956.", type=int),
    FieldOption(
        "--consent",
        "zgoda",
        "Data podpisania deklaracji uczestnictwa z klauzulą RODO, np. 20.02.2019 (bez niej "
        "uczestnika nie można zapisać; nie może być w przyszłości).",
    ),
    FieldOption("--sex", "plec", "Płeć: k (kobieta) albo m (mężczyzna) — opcjonalnie."),
    FieldOption("--place", "miejscowosc", "Miejscowość zamieszkania, np. Kamionka."),
    FieldOption("--contact", "kontakt", "Telefon lub e-mail (opcjonalnie)."),
    FieldOption(
        "--disability",
        "niepelnosprawnosc",
        "Osoba z niepełnosprawnością (dane o zdrowiu: tylko gdy sama to zgłosiła).",
        type=bool,
        off="--no-disability",
    ),
    FieldOption(
        "--needs",
        "potrzeby",
        'Szczególne potrzeby, np. "tłumacz PJM", "materiały powiększone" (dane o zdrowiu).',
    ),
    FieldOption("--notes", "notatki", "Notatki."),
)
PERSON = typer.Argument(..., metavar="UCZESTNIK", help="Numer uczestnika (np. u-001) albo imię i nazwisko.")


@app.command("add")
@OPTIONS(required=["--birth-year", "--consent"])
def add(
    ctx: typer.Context,
    name: str = typer.Argument(..., metavar="IMIĘ_I_NAZWISKO", help='Imię i nazwisko, np. "Anna Nowak".'),
    *,
    fields: dict[str, Any],
) -> None:
    """Dodaj uczestnika i wypisz jego numer, np. u-001 (nim zapisuje się go na szkolenia).

    Tylko osobę, która podpisała deklarację uczestnictwa z klauzulą RODO.

    Data podpisu (--consent) jest wymagana i nie może być w przyszłości."""
    from emocni_cli.actions.participants import add as add_person

    person, namesakes = add_person(root(ctx), {"imie_nazwisko": name, **fields}, dt.date.today())
    rc.added(PARTICIPANTS, person)
    if namesakes:
        output.warning(
            f"tak samo nazywa się już: {', '.join(map(described, namesakes))} — jeśli to ta sama osoba, "
            "cofnij dodanie (emocni undo) i używaj jej numeru"
        )


@app.command("list")
def list_(ctx: typer.Context, as_json: bool = rc.JSON_OPTION) -> None:
    """Lista uczestników (bez danych o zdrowiu i kontaktu — te pokazuje participant show).

    Kolumny: numer, imię i nazwisko, rok urodzenia, miejscowość, data zgody, liczba szkoleń."""
    views.list_participants(workspace_for_reading(ctx, personal=True), as_json)


def _enrolments(ws: Workspace, person: Any) -> list[tuple[str, str]]:
    trainings = views.enrolments_of(ws, person.id)
    return [("szkolenia", trainings)] if trainings else []


@app.command("show")
def show(ctx: typer.Context, person: str = PERSON, as_json: bool = rc.JSON_OPTION) -> None:
    """Pokaż wszystkie dane uczestnika i jego szkolenia (lista, obecność, rezygnacja)."""
    ws = workspace_for_reading(ctx, personal=True)
    if ws.find(PARTICIPANTS, person) is None:
        refuse_if_left_out(ws, person, [PARTICIPANTS.file])
    found = find_participant(ws.participants, person)
    rc.show_record(ws, PARTICIPANTS, found.id, as_json, extra=_enrolments)


@app.command("edit")
@OPTIONS(switches=True)
def edit(
    ctx: typer.Context,
    person: str = PERSON,
    name: str | None = typer.Option(None, "--name", help="Nowe imię i nazwisko."),
    *,
    fields: dict[str, Any],
) -> None:
    """Zmień dane uczestnika (podane opcje; "" usuwa wartość; pozostałe pola i komentarze zostają)."""
    from emocni_cli.actions.participants import update

    values = fields if name is None else {"imie_nazwisko": name, **fields}
    rc.changed(PARTICIPANTS, update(root(ctx), person, values, dt.date.today()))


@app.command("forget")
def forget(
    ctx: typer.Context,
    persons: list[str] = typer.Argument(
        ..., metavar="UCZESTNIK", help="Numer (u-001) albo imię i nazwisko; można podać kilka osób."
    ),
    yes: bool = YES_OPTION,
) -> None:
    """Usuń dane osobowe uczestnika na jego żądanie (RODO); tego nie da się cofnąć.

    Zostają tylko numer, grupa wiekowa, płeć i niepełnosprawność: liczby w raportach się nie zmienią.

    Dane znikają też z historii zmian, dlatego emocni undo ich nie przywróci.

    W terminalu emocni najpierw pyta (--yes: bez pytania)."""
    from emocni_cli.actions.participants import find
    from emocni_cli.actions.participants import forget as forget_people

    folder = root(ctx)
    if not yes and output.interactive():
        who = ", ".join(map(described, find(folder, persons)))
        views.confirm_forget(f"Usunąć dane osobowe: {who}?")
    views.forgotten(*forget_people(folder, persons, dt.date.today()))


@app.command("form")
@writes_document(PARTICIPANT_FORM)
def write_form(
    ctx: typer.Context,
    training_id: str | None = typer.Option(
        None,
        "--training",
        "-t",
        metavar="SZKOLENIE",
        help="Szkolenie, którego dotyczy deklaracja, np. 2019-01 (wpisane w formularzu: tytuł, "
        "termin, miejsce); bez tej opcji pola szkolenia zostają do wypełnienia ręcznie.",
    ),
) -> DocumentData:
    """Deklaracja uczestnictwa w szkoleniu do druku (.docx) z pełną klauzulą informacyjną RODO.

    Uczestnik wpisuje swoje dane ręcznie, zaznacza zgodę na dane o zdrowiu i podpisuje.
    Datę podpisu wpisz potem przy uczestniku (--consent) — bez niej emocni go nie zapisze."""
    from emocni_cli.documents.trainings import participant_form
    from emocni_cli.workspace.load import load

    return participant_form(load(root(ctx)), training_id)
