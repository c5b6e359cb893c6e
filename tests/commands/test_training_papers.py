"""The papers of a training as it happens — attendance list, certificates, participant declaration —
made as a person types the commands and re-opened with python-docx (and LibreOffice)."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from docx import Document

from tests.cli_asserts import flat, ok, refused
from tests.documents import needs_office, rows, seen, texts, to_pdf
from tests.helpers import Cli
from tests.training_records import COMPLETED, write_training_records

PROJECT = "POPC.03.01.00-00-0013/16-00"
SESSION = """
[[zajecia]]
id = "2019-01.{n}"
szkolenie = "2019-01"
data = 2019-04-{day:02d}
godzina = "10:00"
godziny = 1
"""


@pytest.fixture
def running(example: Path) -> Cli:
    """The example gmina with the sessions, participants and attendance of 2019-01, as Notepad on
    Windows saves files (BOM, CRLF)."""
    write_training_records(example, crlf=True)
    return Cli(example)


def written(result) -> Path:
    return Path(ok(result).stdout.strip().splitlines()[0])


def text_of(path: Path) -> str:
    return flat(" ".join(texts(path)))


# --- attendance list -------------------------------------------------------------------------------


def test_the_grid_has_a_signature_column_per_session_and_the_main_list_by_surname(running: Cli) -> None:
    path = written(running("training", "sheet", "2019-01"))
    assert path.name == "lista-obecnosci-szkolenie-2019-01.docx" and path.parent.name == "dokumenty"
    grid = rows(path, 1)
    header = [cell.strip() for cell in grid[0]]
    assert header[:6] == [
        "Lp.",
        "Imię i nazwisko",
        "Zajęcia 1 · 05.03.2019\ngodz. 10:00, 3 h",
        "Zajęcia 2 · 12.03.2019\ngodz. 10:00, 3 h",
        "Zajęcia 3 · 19.03.2019\ngodz. 10:00, 3 h",
        "Zajęcia 4 · 26.03.2019\ngodz. 10:00, 3 h",
    ]
    assert header[6:] == ["Zajęcia\ndata: ……………"] * 2  # spare columns for a session added by hand
    names = [row[1] for row in grid[1:-1]]
    # by surname; the one who resigned after the first session signed it; not the waiting list
    # (Teresa Bąk) nor the person whose data was forgotten; three blank rows by default
    assert names == [
        "Józef Adamczyk",
        "Stanisław Ćwik",
        "Alicja Nowak-Przybyszewska",
        "Halina Żurawska",
        "",
        "",
        "",
    ]
    assert [row[0] for row in grid[1:-1]] == [f"{n}." for n in range(1, 8)]
    assert grid[-1][1] == "Podpis prowadzącego zajęcia\nKrzysztof Wróbel"
    text = text_of(path)
    assert "Lista obecności na szkoleniu" in text and "Bankowość internetowa i bezpieczne płatności" in text
    assert "5–26 marca 2019 r." in text and "Krzysztof Wróbel" in text and "Koło Gospodyń Wiejskich" in text
    assert "administratorem danych z listy jest Gminna Biblioteka Publiczna" in text
    assert PROJECT in text and "e-Mocni: cyfrowe umiejętności, realne korzyści" in text
    assert "Teresa Bąk" not in text


def test_one_session_has_its_own_page_without_those_who_resigned_before_it(running: Cli) -> None:
    path = written(running("training", "sheet", "2019-01", "--session", "2", "--blank-rows", "1"))
    assert path.name == "lista-obecnosci-szkolenie-2019-01-2.docx"
    table = rows(path, 1)
    assert table[0] == ["Lp.", "Imię i nazwisko", "Podpis uczestnika", "Uwagi"]
    assert [row[1] for row in table[1:-1]] == [
        "Józef Adamczyk",
        "Alicja Nowak-Przybyszewska",
        "Halina Żurawska",
        "",
    ]
    text = text_of(path)
    assert "nr 2: 12 marca 2019 r. (wtorek)" in text and "Przelewy, BLIK i płatności kartą" in text
    assert table[-1][1] == "Podpis prowadzącego zajęcia\nKrzysztof Wróbel"
    # the session named by its date or full id is the same page; its own place when it has one
    third = written(running("szkolenie", "lista-obecności-szkolenia", "2019-01", "-s", "19.03.2019"))
    assert "Gminny Ośrodek Kultury, sala komputerowa" in text_of(third)
    assert written(running("training", "sheet", "2019-01", "-s", "2019-01.3", "--force")) == third


def test_an_unknown_session_is_refused_with_the_sessions_there_are(running: Cli, unchanged) -> None:
    check = unchanged(running.folder)
    message = refused(running("training", "sheet", "2019-01", "--session", "7"), 1)
    assert "nie ma zajęć „7”" in message and "1 — 05.03.2019" in message and "4 — 26.03.2019" in message
    refused(running("training", "sheet", "2019-01", "--session", "01.05.2019"), 1, "nie ma zajęć")
    check()


def test_more_sessions_than_a_page_holds_continue_on_the_next_page(running: Cli) -> None:
    with (running.folder / "zajecia.toml").open("a", encoding="utf-8") as fh:
        fh.write("".join(SESSION.format(n=n, day=n) for n in range(5, 9)))
    path = written(running("training", "sheet", "2019-01"))
    doc = Document(str(path))
    grids = [t for t in doc.tables if t.rows[0].cells[0].text == "Lp."]
    assert len(grids) == 2
    assert [seen(c.text).split(" · ")[0].split("\n")[0] for c in grids[1].rows[0].cells[2:]] == [
        "Zajęcia 7",
        "Zajęcia 8",
        *["Zajęcia"] * 4,
    ]
    assert 'w:type="page"' in doc.element.body.xml.replace("'", '"')


def test_a_training_without_sessions_or_people_gets_blank_columns_and_rows(running: Cli) -> None:
    path = written(running("training", "sheet", "2019-02", "--blank-rows", "10"))
    grid = rows(path, 1)
    assert [row[1] for row in grid[1:-1]] == [""] * 10
    assert [cell.strip() for cell in grid[0][2:]] == ["Zajęcia\ndata: ……………"] * 6
    assert "kwiecień 2019" in text_of(path)


def test_an_unknown_training_is_refused(running: Cli) -> None:
    refused(running("training", "sheet", "2019-99"), 1, "Nie ma szkolenia o identyfikatorze „2019-99”")


# --- certificates ----------------------------------------------------------------------------------


def test_a_certificate_page_for_everyone_who_completed(running: Cli) -> None:
    result = ok(running("training", "certificates", "2019-01", "--date", "26.03.2019"))
    path = Path(result.stdout.strip())
    assert path.name == "zaswiadczenia-2019-01.docx"
    assert "1 osoba, która ukończyła szkolenie, ale jej dane osobowe usunięto" in flat(result.stderr)
    text = text_of(path)
    # 12 h and 12 h present: certificates; 9 h of 12 (75%) and the one who resigned: none
    assert "nr 2019-01/1" in text and "Alicja Nowak-Przybyszewska ukończył(a) szkolenie" in text
    assert "nr 2019-01/2" in text and "Pani Halina Żurawska ukończyła szkolenie" in text
    assert "2019-01/3" not in text and "Adamczyk" not in text and "Ćwik" not in text
    assert "„Bankowość internetowa i bezpieczne płatności”" in text and "obszar: finanse" in text
    assert "w dniach 5–26 marca 2019 r." in text and "trwało 12 godzin zegarowych" in text
    assert "Obecność na zajęciach: 12 h z 12 h (100%)" in text and "co najmniej 80% godzin" in text
    assert "12.03.2019 — Przelewy, BLIK i płatności kartą (3 h)" in text and "19.03.2019 — zajęcia 3" in text
    assert "Wierzbno Dolne, dnia 26 marca 2019 r." in text and PROJECT in text
    assert "WERSJA ROBOCZA" not in text
    breaks = Document(str(path)).element.body.xml.count('w:type="page"')
    assert breaks == len(COMPLETED) - 1  # one page each


def test_certificates_before_the_last_session_are_a_draft(running: Cli) -> None:
    ok(running("config", "set", "wymagania.prog_ukonczenia", "50"))
    result = ok(running("szkolenie", "zaświadczenia", "2019-01", "--date", "19.03.2019"))
    message = flat(result.stderr)
    assert (
        "WERSJA ROBOCZA" in message and "szkolenie jeszcze trwa: ostatnie zajęcia 26 marca 2019 r." in message
    )
    assert "--date 26.03.2019" in message
    text = text_of(Path(result.stdout.strip()))
    # as of 19.03: 9 h of 12 present (75% ≥ 50%) for both; Józef Adamczyk 6 h (50%)
    assert "Józef Adamczyk" in text and "Obecność na zajęciach: 9 h z 12 h (75%)" in text


def test_no_certificates_when_nobody_completed_and_nothing_written(running: Cli, unchanged) -> None:
    check = unchanged(running.folder)
    refused(
        running("training", "certificates", "2019-02"), 1, "nie ma zapisanych zajęć", "training session add"
    )
    message = refused(running("training", "certificates", "2019-01", "--date", "12.03.2019"), 1)
    assert "Nikt z 5 osób zapisanych" in message and "co najmniej 80%" in message
    assert "training attendance 2019-01" in message
    check()
    assert not (running.folder / "dokumenty").exists()


# --- participant declaration -----------------------------------------------------------------------


def test_the_declaration_form_has_blank_fields_and_the_full_clause(running: Cli) -> None:
    path = written(running("participant", "form"))
    assert path.name == "deklaracja-uczestnictwa.docx"
    text = text_of(path)
    assert "Deklaracja uczestnictwa w szkoleniu" in text and "Imię i nazwisko" in text
    assert "☐ kobieta" in text and "niepełnosprawność" in text and "art. 9 ust. 2 lit. a RODO" in text
    assert "Administratorem Pani / Pana danych osobowych jest Gminna Biblioteka Publiczna" in text
    assert "m.sobczak@wierzbno-dolne.example" in text and "Prezesa Urzędu Ochrony Danych Osobowych" in text
    assert PROJECT in text
    assert not any(name in text for name in [*COMPLETED, "Józef Adamczyk", "Teresa Bąk"])
    table = rows(path, 0)
    assert table[0] == ["Tytuł szkolenia", ""]


def test_the_declaration_of_a_training_names_it(running: Cli) -> None:
    path = written(running("uczestnik", "deklaracja-uczestnictwa", "--training", "2019-01"))
    assert path.name == "deklaracja-uczestnictwa-2019-01.docx"
    assert rows(path, 0)[:3] == [
        ["Tytuł szkolenia", "Bankowość internetowa i bezpieczne płatności"],
        ["Termin", "5–26 marca 2019 r."],
        ["Miejsce", "Gminna Biblioteka Publiczna, czytelnia"],
    ]


def test_the_declaration_does_not_read_the_participants(running: Cli) -> None:
    """A form for a new person needs nobody's data: it is made even while the participants' file
    is broken, which the papers with names refuse, naming the file."""
    (running.folder / "uczestnicy.toml").write_text('[[uczestnik]]\nid = "u-009"\nimie_nazwisko = "X"\n')
    ok(running("participant", "form"))
    refused(running("training", "sheet", "2019-01"), 3, "uczestnicy.toml")


# --- templates and PDF ------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["training-attendance", "certificates", "participant-form"])
def test_the_templates_can_be_exported_and_used(running: Cli, tmp_path: Path, kind: str) -> None:
    mine = tmp_path / f"{kind}.docx"
    ok(running("template", "export", kind, str(mine)))
    command = {
        "training-attendance": ["training", "sheet", "2019-01"],
        "certificates": ["training", "certificates", "2019-01", "--date", "26.03.2019"],
        "participant-form": ["participant", "form"],
    }[kind]
    path = written(running(*command, "--template", str(mine), "-o", str(tmp_path / "out.docx")))
    assert path == tmp_path / "out.docx" and "Gmina Wierzbno Dolne" in text_of(path)


@needs_office
def test_the_papers_print_one_page_each(running: Cli, tmp_path: Path) -> None:
    sheet = written(running("training", "sheet", "2019-01", "-o", str(tmp_path)))
    certificates = written(
        running("training", "certificates", "2019-01", "--date", "26.03.2019", "-o", str(tmp_path))
    )
    form = written(running("participant", "form", "-o", str(tmp_path)))
    info, text = to_pdf(sheet, tmp_path)
    width, height = re.search(r"Page size:\s+([\d.]+) x ([\d.]+)", info).groups()
    assert "Pages: 1" in flat(info) and float(width) > float(height)  # A4 landscape
    assert "Halina Żurawska" in text
    info, text = to_pdf(certificates, tmp_path)
    assert f"Pages: {len(COMPLETED)}" in flat(info)
    info, _ = to_pdf(form, tmp_path)
    assert "Pages: 2" in flat(info)


# --- the example -----------------------------------------------------------------------------------


def test_every_training_of_the_example_has_its_papers(example: Path) -> None:
    """The shipped example: each 2019 training's list names its main list, and its certificates
    are exactly the people who completed it (counted by trainings/attendance.py)."""
    from emocni_cli.trainings.attendance import trainings_progress
    from emocni_cli.workspace.load import load

    cli, day = Cli(example), dt.date(2019, 12, 31)
    ws = load(example, personal=True)
    people = {p.id: p for p in ws.participants}
    trainings = [item for item in trainings_progress(ws, day) if item.sessions]
    assert len(trainings) >= 6
    for item in trainings:
        t = item.training.id
        holders = [people[p.enrolment.uczestnik] for p in item.people if p.completed]
        names = {person.imie_nazwisko for person in holders if not person.forgotten}
        sheet = written(cli("training", "sheet", t))
        listed = {row[1] for row in rows(sheet, 1)[1:-1] if row[1]}
        assert names <= listed, t
        path = written(cli("training", "certificates", t, "--date", "31.12.2019"))
        body = Document(str(path)).element.body.xml
        assert body.count('w:type="page"') + 1 == len(names), t
        assert all(name in text_of(path) for name in names), t


def test_the_list_answers_to_its_short_polish_name(running: Cli) -> None:
    path = written(running("szkolenie", "lista-obecnosci", "2019-01"))
    assert path.name == "lista-obecnosci-szkolenie-2019-01.docx"


@needs_office
def test_a_list_of_fourteen_keeps_its_clause_on_one_page(example: Path, tmp_path: Path) -> None:
    # the example's 2019-02 has 14 people: two blank rows instead of three keep it on one page
    cli = Cli(example)
    sheet = written(cli("training", "sheet", "2019-02", "-o", str(tmp_path)))
    grid = rows(sheet, 1)
    assert [r[0] for r in grid[-3:]] == ["15.", "16.", ""] and grid[-2][1] == ""  # two blank, trainer
    info, text = to_pdf(sheet, tmp_path)
    assert "Pages: 1" in flat(info) and "Informacja RODO" in text
    more = written(cli("training", "sheet", "2019-02", "--blank-rows", "3", "-o", str(tmp_path / "b.docx")))
    assert [r[0] for r in rows(more, 1)[-2:]] == ["17.", ""]
