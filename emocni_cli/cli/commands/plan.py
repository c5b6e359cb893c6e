"""emocni plan …: the general part of the three-year training plan and its acceptance."""

from __future__ import annotations

import datetime as dt
import textwrap
from pathlib import Path

import typer

from emocni_cli.cli import output
from emocni_cli.cli import record_views as rc
from emocni_cli.cli.options import opt_date, root
from emocni_cli.cli.reading import workspace_for_reading
from emocni_cli.errors import (
    EXIT_INVALID,
    EXIT_REFUSED,
    FIX_AND_CHECK,
    InputError,
    ProblemsFoundError,
    RefusedError,
)
from emocni_cli.model.plan import (
    GENERAL_FILE,
    SECTIONS,
    STEP_CHOICES,
    STEPS,
    GeneralPlan,
    period_text,
    word_count,
)
from emocni_cli.model.training import PlanTotals
from emocni_cli.model.values import format_date
from emocni_cli.polish import errors_count, plural

app = typer.Typer(
    help="Trzyletni plan szkoleń: część ogólna (sekcje, sprawdzenie, akceptacja animatora) "
    "i przyjęcie planów rocznych.",
    no_args_is_help=True,
)

SECTION_HELP = "Sekcja: " + ", ".join(SECTIONS) + "."


def _print_paragraphs(text: str) -> None:
    """A section split into paragraphs exactly as in the document (document_context.paragraphs),
    wrapped to the terminal: a blank line between paragraphs, list items together, each item's
    lines hanging under its text."""
    from emocni_cli.documents.context import list_marker, paragraphs

    previous = None
    for paragraph in paragraphs(text):
        marker = list_marker(paragraph)
        if previous is not None and not (marker and previous):
            output.out.print()
        width = output.out.width - 1
        hanging = "   " + " " * len(marker)
        output.out.print(
            textwrap.fill(paragraph, width, initial_indent="   ", subsequent_indent=hanging), markup=False
        )
        previous = marker


def _words(text: str) -> str:
    n = word_count(text)
    return f"{n} {plural(n, 'słowo', 'słowa', 'słów')}"


def _sections_to_fill(count: int) -> str:
    return f"{count} {plural(count, 'sekcja', 'sekcje', 'sekcji')} do uzupełnienia"


def _gaps_json(plan: GeneralPlan) -> list[dict[str, str]]:
    return [{"sekcja": g.key, "tytul": g.title, "problem": g.problem} for g in plan.section_gaps()]


def _acceptance_pairs(plan: GeneralPlan) -> list[tuple[str, str]]:
    acc = plan.akceptacja
    pairs = [(step.done, format_date(acc.date_of(step))) for step in STEPS]
    return [*pairs, ("uwagi animatora", acc.uwagi_animatora or "")]


@app.command("init")
def init(ctx: typer.Context) -> None:
    """Utwórz plik plan-ogolny.toml z podpowiedziami, co wpisać w każdej sekcji."""
    from emocni_cli.actions.plan import init_general

    path = init_general(root(ctx))
    output.success(f"Utworzono {GENERAL_FILE} — w komentarzach są podpowiedzi do każdej sekcji.")
    output.info(
        "Uzupełnij sekcje: emocni plan edit (edytor tekstu) albo emocni plan set SEKCJA --file PLIK; "
        "potem sprawdź: emocni plan check"
    )
    output.out.print(str(path), markup=False)


@app.command("show")
def show(ctx: typer.Context, as_json: bool = rc.JSON_OPTION) -> None:
    """Pokaż sekcje części ogólnej i stan akceptacji."""
    from emocni_cli.actions.plan import next_step, require_general

    ws = workspace_for_reading(ctx)
    if ws.general_plan is None and any(item.file == GENERAL_FILE for item in ws.left_out):
        raise ProblemsFoundError(
            f"Części ogólnej planu nie da się pokazać: plik {GENERAL_FILE} zawiera błędy (wypisane wyżej).",
            FIX_AND_CHECK,
            EXIT_INVALID,
        )
    plan = require_general(ws)
    years = ws.settings.plan.years
    if as_json:
        output.emit_json(
            {
                "okres": years,
                "sekcje": [
                    {
                        "sekcja": key,
                        "tytul": title,
                        "tekst": plan.text(key),
                        "slowa": word_count(plan.text(key)),
                    }
                    for key, title in SECTIONS.items()
                ],
                "braki": _gaps_json(plan),
                "akceptacja": plan.akceptacja.model_dump(mode="json", exclude_none=True),
                "plany_roczne": {
                    str(y): PlanTotals.of(items).szkolenia for y, items in ws.annual_plans.items()
                },
            }
        )
        return
    gmina = ws.settings.gmina.nazwa
    output.out.print(
        f"[bold]Część ogólna planu szkoleń {period_text(years)} — gmina {output.escape(gmina)}[/]"
    )
    for number, (key, title) in enumerate(SECTIONS.items(), start=1):
        text = plan.text(key)
        words = f" ({_words(text)})" if text else ""
        output.out.print(f"\n[bold cyan]{number}. {output.escape(title)}[/]{words}")
        if text:
            _print_paragraphs(text)
        else:
            output.out.print("   — brak treści —", markup=False)
    output.out.print()
    output.details("Akceptacja", _acceptance_pairs(plan))
    annual = ", ".join(f"{y}: {PlanTotals.of(items).szkolenia}" for y, items in ws.annual_plans.items())
    output.details(
        "Plany roczne (liczba szkoleń bez odwołanych)", [("lata", annual or "brak — emocni training add")]
    )
    output.info(f"Następny krok: {next_step(plan)}")


@app.command("check")
def check(ctx: typer.Context, as_json: bool = rc.JSON_OPTION) -> None:
    """Wypisz sekcje puste lub krótsze, niż radzi emocni (kod 1, gdy są braki, a plan nie jest
    jeszcze zaakceptowany). To rada, nie warunek: plan mark zapisze każdy krok."""
    from emocni_cli.actions.plan import next_step, require_general

    plan = require_general(rc.workspace(ctx))
    gaps = plan.section_gaps()
    accepted = plan.akceptacja.zaakceptowano
    if as_json:
        output.emit_json({"gotowy": not gaps, "braki": _gaps_json(plan)})
        if gaps and not accepted:
            raise typer.Exit(EXIT_REFUSED)  # the JSON itself says what is missing
        return
    if gaps:
        output.table(["sekcja", "tytuł", "problem"], [[g.key, g.title, g.problem] for g in gaps])
    if gaps and accepted:
        output.warning(
            f"{_sections_to_fill(len(gaps))} w emocni, ale animator zaakceptował część ogólną "
            f"({format_date(accepted)}) — treść jest zapewne w oficjalnej formatce; to tylko informacja."
        )
        output.info(f"Następny krok: {next_step(plan)}")
        return
    if gaps:
        what = "ją" if len(gaps) == 1 else "je"
        raise ProblemsFoundError(
            f"Część ogólna nie jest jeszcze gotowa do wysłania: {_sections_to_fill(len(gaps))}.",
            f"uzupełnij {what}: emocni plan set SEKCJA --file PLIK albo emocni plan edit; jeśli plan "
            "powstał w oficjalnej formatce, i tak możesz zapisać jego przekazanie: emocni plan mark sent",
            EXIT_REFUSED,
        )
    output.success("Wszystkie sekcje są wypełnione — część ogólna jest gotowa do wysłania animatorowi.")
    output.info(f"Następny krok: {next_step(plan)}")


@app.command("set")
def set_(
    ctx: typer.Context,
    section: str = typer.Argument(..., metavar="SEKCJA", help=SECTION_HELP),
    text: str | None = typer.Option(None, "--text", help='Tekst sekcji ("" czyści sekcję).'),
    file: Path | None = typer.Option(
        None,
        "--file",
        metavar="PLIK",
        help="Plik z treścią sekcji: z Notatnika (.txt, .md; UTF-8 albo Windows-1250) "
        "albo dokument Word (.docx — wtedy sam tekst akapitów).",
    ),
) -> None:
    """Wpisz treść jednej sekcji (z opcji --text albo z pliku --file); komentarze w pliku zostają."""
    from emocni_cli.actions.plan import set_section

    if (text is None) == (file is None):
        raise InputError("Podaj treść sekcji: --text TEKST albo --file PLIK (jedno z nich).")
    read = None
    if file is not None:
        from emocni_cli.exchange.text_files import read_text

        read = read_text(file)
    change = set_section(root(ctx), section, read.text if read else text or "")
    title = SECTIONS[change.key]
    if change.plan.text(change.key):
        words = _words(change.plan.text(change.key))
        output.success(f"Zapisano sekcję „{title}” ({words}) w pliku {GENERAL_FILE}.")
    else:
        output.success(f"Wyczyszczono sekcję „{title}” w pliku {GENERAL_FILE}.")
    if read and read.warning:
        output.warning(read.warning)
    if read and read.info:
        output.info(read.info)
    gap = next((g for g in change.plan.section_gaps() if g.key == change.key), None)
    if gap:
        output.warning(f"sekcja „{title}”: {gap.problem}.")
    if change.accepted_on:
        _resend_warning(change.accepted_on)


def _resend_warning(accepted_on: dt.date) -> None:
    output.warning(
        f"część ogólna była już zaakceptowana ({format_date(accepted_on)}) — "
        "zmienioną treść przekaż animatorowi ponownie."
    )


def _editor_command(editor: str) -> list[str]:
    """EDITOR as a command: it may carry its own options ("code --wait"), or be a bare path with
    spaces (a program in Program Files). Split like a shell would, but run without one, so no
    character of the file's path can end the command or start another."""
    import os
    import shlex
    import shutil

    if shutil.which(editor):
        return [editor]
    posix = os.name != "nt"
    try:
        words = shlex.split(editor, posix=posix)
    except ValueError:
        raise RefusedError(
            f"Polecenie edytora „{editor}” ma niedomknięty cudzysłów.",
            hint='popraw zmienną EDITOR (albo VISUAL), np. EDITOR="code --wait"',
        ) from None
    if not posix:  # on Windows shlex keeps the quotes around "C:/Program Files/…/editor.exe"
        words = [w[1:-1] if len(w) > 1 and w[0] == w[-1] == '"' else w for w in words]
    return words


def open_in_editor(path: Path) -> None:
    """Open a file in the user's editor ($VISUAL, $EDITOR; Notepad on Windows) and wait for it."""
    import os
    import shutil
    import subprocess

    variable = "VISUAL" if os.environ.get("VISUAL") else "EDITOR"
    editor = os.environ.get(variable)
    if not editor:
        fallbacks = ("notepad",) if os.name == "nt" else ("nano", "vi")
        editor = next((e for e in fallbacks if shutil.which(e)), None)
    later = f"otwórz {path} w dowolnym edytorze, a potem: emocni plan check"
    if not editor or not editor.strip():
        raise RefusedError("Nie znaleziono edytora tekstu.", hint=f"ustaw zmienną EDITOR albo {later}")
    command = _editor_command(editor)
    if not command or shutil.which(command[0]) is None:
        raise RefusedError(
            f"Nie znaleziono programu edytora „{command[0] if command else editor}” (zmienna {variable}).",
            hint=f"popraw zmienną {variable} albo {later}",
        )
    try:
        code = subprocess.call([*command, str(path)])
    except OSError:  # found, but cannot be started (no permission, not a program)
        raise RefusedError(
            f"Nie udało się uruchomić edytora „{editor}” — to nie jest program, który można uruchomić.",
            hint=f"popraw zmienną {variable} albo {later}",
        ) from None
    if code != 0:
        raise RefusedError(
            f"Edytor „{editor}” zakończył się błędem (kod {code}).",
            hint=f"sprawdź zmienną {variable} albo {later}",
        )


@app.command("edit")
def edit(ctx: typer.Context) -> None:
    """Otwórz plan-ogolny.toml w edytorze tekstu, a po zamknięciu edytora sprawdź plik."""
    from emocni_cli.actions.plan import init_general, next_step
    from emocni_cli.errors import InvalidWorkspaceError
    from emocni_cli.workspace.load import inspect

    folder = root(ctx)
    path = folder / GENERAL_FILE
    if not path.exists():
        init_general(folder)
        output.info(f"Utworzono {GENERAL_FILE} z podpowiedziami do każdej sekcji.")
    before = inspect(folder).workspace
    texts = {key: before.general_plan.text(key) for key in SECTIONS} if before and before.general_plan else {}
    open_in_editor(path)
    result = inspect(folder)
    if result.workspace is None:
        raise InvalidWorkspaceError(
            result.problems, f"Po edycji przestrzeń robocza zawiera {errors_count(len(result.problems))}."
        )
    output.problems([p for p in result.notices if p.file == GENERAL_FILE], label="uwaga")
    plan = result.workspace.general_plan
    assert plan is not None
    gaps = plan.section_gaps()
    if gaps:
        output.warning(f"{_sections_to_fill(len(gaps))}: {', '.join(g.key for g in gaps)}.")
    accepted_on = plan.akceptacja.zaakceptowano
    if accepted_on and texts and any(plan.text(key) != text for key, text in texts.items()):
        _resend_warning(accepted_on)
    output.success(f"Plik {GENERAL_FILE} jest poprawny.")
    output.info(f"Następny krok: {next_step(plan)}")


@app.command("mark")
def mark(
    ctx: typer.Context,
    step: str = typer.Argument(
        ...,
        metavar="KROK",
        help=STEP_CHOICES + " — przekazanie animatorowi, akceptacja animatora, wgranie na platformę "
        "e-Mocni. Każdy krok można zapisać (także akceptację bez daty przekazania); odrzucana jest "
        "tylko data z przyszłości albo sprzeczna z innym krokiem.",
    ),
    date: str | None = typer.Option(None, "--date", "-d", help="Data, np. 20.06.2018 (domyślnie dziś)."),
    remarks: str | None = typer.Option(None, "--remarks", help='Uwagi animatora do planu ("" usuwa).'),
) -> None:
    """Zapisz krok akceptacji części ogólnej: przekazanie animatorowi, akceptację, wgranie."""
    from emocni_cli.actions.plan import mark as mark_step
    from emocni_cli.actions.plan import next_step, require_general

    folder = root(ctx)
    done = mark_step(folder, step, opt_date(date), remarks)
    output.success(f"Zapisano: {done.step.done} {format_date(done.date)} ({GENERAL_FILE}).")
    if done.previous:
        output.info(f"Poprzednio zapisana data: {format_date(done.previous)}.")
    plan = require_general(rc.workspace(ctx))
    gaps = plan.section_gaps()
    if gaps and done.step.key != "uploaded":
        output.warning(
            f"{_sections_to_fill(len(gaps))} w emocni (emocni plan check) — jeśli plan powstał "
            "w oficjalnej formatce, to nie przeszkadza."
        )
    output.info(f"Następny krok: {next_step(plan)}")


@app.command("adopt")
def adopt(
    ctx: typer.Context,
    year: int = typer.Argument(..., metavar="ROK", help="Rok planu rocznego, np. 2019."),
    date: str | None = typer.Option(
        None, "--date", "-d", help="Data przyjęcia planu przez partnerstwo (domyślnie dziś)."
    ),
) -> None:
    """Zapisz datę przyjęcia rocznego planu szkoleń (od tej daty status liczy go jako gotowy)."""
    from emocni_cli.actions.plan import adopt_annual

    day = adopt_annual(root(ctx), year, opt_date(date))
    output.success(f"Zapisano: plan na rok {year} przyjęty {format_date(day)} (plan-{year}.toml).")
