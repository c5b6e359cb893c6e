"""Attendance list, minutes, agreement and declaration: the documents re-opened with python-docx."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document

from tests.cli_asserts import flat, ok, refused
from tests.documents import needs_office, rows, to_pdf
from tests.helpers import REPO, Cli

TEMPLATES = REPO / "templates"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def render(cli: Cli, *args: str) -> Path:
    """Run a document command and return the written file (its path is printed on stdout)."""
    result = ok(cli(*args))
    return Path(result.stdout.strip())


def body_text(path: Path) -> str:
    doc = Document(str(path))
    parts = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        for row in table.rows:
            parts.extend(cell.text for cell in row.cells)
    return flat("\n".join(parts))


def footer_text(path: Path) -> str:
    return flat(" ".join(p.text for p in Document(str(path)).sections[0].footer.paragraphs))


@pytest.fixture
def cli_example(example: Path) -> Cli:
    return Cli(example)


# --- attendance list -------------------------------------------------------------------------------


def test_attendance_list_has_a_row_per_partner_present_and_blank_rows(cli_example: Cli) -> None:
    path = render(cli_example, "meeting", "sheet", "2018-10-23", "--blank-rows", "3")
    assert path.name == "lista-obecnosci-2018-10-23.docx" and path.parent.name == "dokumenty"
    text = body_text(path)
    assert "Lista obecności" in text and "Roczny plan szkoleń na 2019 r." in text
    assert "23 października 2018 r. (wtorek)" in text and "16:30" in text and "planistyczne" in text
    table = rows(path, 1)
    assert table[0] == ["Lp.", "Imię i nazwisko", "Instytucja", "Funkcja", "Podpis"]
    people = [row for row in table[1:] if row[1]]
    blank = [row for row in table[1:] if not row[1]]
    # the seven partners recorded as present, by their contact person's name, the title apart;
    # ten people came: three more rows for them, then the three spare ones asked for
    assert len(people) == 7 and len(blank) == 6
    assert people[0][:4] == [
        "1.",
        "Marta Sobczak",
        "Gminna Biblioteka Publiczna w Wierzbnie Dolnym",
        "dyrektor biblioteki",
    ]
    assert [row[0] for row in table[1:]] == [f"{n}." for n in range(1, 14)]
    assert "Urząd Gminy Wierzbno Dolne" not in [row[2] for row in table]  # not present that day
    # the header row repeats on every page; every row is tall enough to sign
    header, first = Document(str(path)).tables[1].rows[:2]
    assert header._tr.trPr.find(f"{W}tblHeader") is not None
    assert first.height is not None and first.height.mm >= 8.9  # 9 mm
    assert "Listę sporządził(a): Marta Sobczak, e-Mocarz" in footer_text(path)


def test_attendance_list_of_a_planned_meeting_lists_every_partner(cli_example: Cli, example: Path) -> None:
    ok(cli_example("meeting", "add", "--date", "12.03.2019", "--kind", "robocze", "--place", "GOK"))
    path = render(cli_example, "meeting", "sheet", "2019-03-12")
    table = rows(path, 1)[1:]
    partners = ok(cli_example("partner", "list", "--json")).stdout.count('"id"')
    assert len(table) == partners + 5  # five blank rows by default
    assert "Spotkanie partnerstwa (robocze)" in body_text(path)


def test_attendance_list_leaves_out_a_partner_who_left_before_the_meeting(cli_example: Cli) -> None:
    ok(cli_example("partner", "edit", "gops", "--left", "01.02.2019"))
    ok(cli_example("meeting", "add", "--date", "12.03.2019", "--kind", "robocze"))
    later = [row[2] for row in rows(render(cli_example, "meeting", "sheet", "2019-03-12"), 1)[1:]]
    assert "Gminny Ośrodek Pomocy Społecznej" not in later
    earlier = [row[2] for row in rows(render(cli_example, "meeting", "sheet", "2018-10-23", "--force"), 1)]
    assert "Gminny Ośrodek Pomocy Społecznej" in earlier  # the meeting it attended keeps it


def test_guests_are_in_the_minutes_and_on_the_attendance_list(cli: Cli) -> None:
    ok(cli("meeting", "add", "--date", "21.11.2017", "--kind", "inicjujace", "--held"))
    ok(cli("meeting", "edit", "2017-11-21", "--guest", "Parafia św. Wawrzyńca", "--guest", "sołtys Kamionki"))
    ok(
        cli(
            "meeting",
            "held",
            "2017-11-21",
            "--guest",
            "Parafia św. Wawrzyńca",
            "--notes",
            "Przedstawiono projekt.",
        )
    )
    text = body_text(render(cli, "meeting", "minutes", "2017-11-21"))
    assert "Goście spoza partnerstwa: Parafia św. Wawrzyńca." in text  # held replaced the list
    assert "sołtys Kamionki" not in text
    table = rows(render(cli, "meeting", "sheet", "2017-11-21", "--blank-rows", "2"), 1)[1:]
    assert table[0][:3] == ["1.", "", "Parafia św. Wawrzyńca (gość)"]
    assert len(table) == 3


def test_unknown_meeting_is_refused(cli_example: Cli, example: Path, unchanged) -> None:
    check = unchanged(example)
    refused(cli_example("meeting", "sheet", "2018-10-24"), 1, "Nie ma rekordu", "2018-10-23")
    check()


# --- minutes -------------------------------------------------------------------------------------


def test_minutes_hold_the_meeting_record(cli_example: Cli) -> None:
    path = render(cli_example, "meeting", "minutes", "2017-11-21")
    text = body_text(path)
    assert "Protokół nr 1/2017 ze spotkania partnerstwa" in text
    assert "Spotkanie inicjujące partnerstwo" in text
    assert "21 listopada 2017 r. (wtorek)" in text and "Liczba uczestników 14" in text
    assert "Gminna Biblioteka Publiczna w Wierzbnie Dolnym, Urząd Gminy Wierzbno Dolne" in text
    assert "1. Przedstawienie projektu e-Mocni i idei gminnego partnerstwa" in text
    assert "2. Biblioteka przygotuje projekt porozumienia partnerskiego" in text
    assert ["1.", "Marta Sobczak", "projekt porozumienia", "20.12.2017"] in rows(path, 1)
    assert "Załącznik: podpisana lista obecności." in text
    assert "Prowadzący Marta Sobczak" in text and "Protokolant Marta Sobczak" in text
    assert "Protokół przyjęto na spotkaniu partnerstwa w dniu" in text
    assert "WERSJA ROBOCZA" not in text


def test_minutes_of_a_meeting_not_held_are_a_draft(cli: Cli) -> None:
    ok(cli("meeting", "add", "--date", "10.04.2018", "--title", "Diagnoza & ankieta <2018>"))
    result = ok(cli("meeting", "minutes", "2018-04-10"))
    assert "WERSJA ROBOCZA" in flat(result.stderr) and "emocni meeting held 2018-04-10" in flat(result.stderr)
    text = body_text(Path(result.stdout.strip()))
    assert "WERSJA ROBOCZA" in text and "potwierdzenie, że spotkanie się odbyło (obecnie: planowane)" in text
    assert "emocni" not in text  # the commands are said in the terminal, not to the partners
    assert "Diagnoza & ankieta <2018>" in text
    assert "[nie zapisano obecnych partnerów]" in text and "[brak notatki ze spotkania]" in text


# --- agreement and declaration ------------------------------------------------------------------------


def test_agreement_names_every_partner_without_a_joining_date_as_a_party(cli_example: Cli) -> None:
    ok(cli_example("partner", "add", "Sklep „U Zenka” & Syn <sp.j.>", "--type", "firma"))
    path = render(cli_example, "partnership", "agreement")
    text = body_text(path)
    assert "Porozumienie partnerskie" in text and "zawarte w dniu 16 stycznia 2018 r." in text
    assert "Liderem Partnerstwa jest Gminna Biblioteka Publiczna w Wierzbnie Dolnym" in text
    assert "Pracę Partnerstwa koordynuje e-Mocarz: Marta Sobczak" in text
    parties, roles, signatures = rows(path, 0), rows(path, 1), rows(path, 2)
    names = [row[1].splitlines()[0] for row in parties[1:]]
    assert "Sklep „U Zenka” & Syn <sp.j.>" in names  # nothing known leaves it out
    assert [row[1] for row in signatures[1:]] == names
    assert signatures[0][-1] == "Podpis i pieczęcie"
    assert any("sala na 30 osób" in row[3] for row in roles)
    # the new partner has no address: the agreement says so instead of leaving a silent gap
    assert "WERSJA ROBOCZA" in text and "– adres partnera: Sklep „U Zenka” & Syn <sp.j.>" in text


def test_partner_without_resources_leaves_a_valid_empty_cell(cli_example: Cli) -> None:
    # a loop over no resources used to leave a table cell without a paragraph: Word calls such a
    # file damaged, and LibreOffice shifted the row's cells under the wrong columns
    ok(cli_example("partner", "add", "Parafia św. Anny", "--type", "parafia", "--role", "promocja"))
    path = render(cli_example, "partnership", "agreement")
    body = Document(str(path)).element.body
    cells = list(body.iter(f"{W}tc"))
    assert cells and all(cell.find(f"{W}p") is not None for cell in cells)
    assert ["9.", "Parafia św. Anny", "promocja", ""] in rows(path, 1)


def test_agreement_needs_partners(cli: Cli, ws: Path, unchanged) -> None:
    check = unchanged(ws)
    refused(cli("partnership", "agreement"), 1, "nie ma jeszcze partnerów")
    check()


def test_declaration_of_one_partner(cli_example: Cli) -> None:
    path = render(cli_example, "partner", "declaration", "gminny-osrodek-kultury")
    assert path.name == "deklaracja-gminny-osrodek-kultury.docx"
    text = body_text(path)
    assert "Deklaracja przystąpienia do partnerstwa" in text
    assert "Instytucja / organizacja Gminny Ośrodek Kultury" in text
    assert "Instytucja / organizacja wymieniona powyżej (dalej: „Partner”) deklaruje przystąpienie" in text
    assert "ul. Lipowa 2, 22-415 Wierzbno Dolne" in text and "– sala na 30 osób" in text
    assert "Wierzbno Dolne, dnia 16 stycznia 2018 r." in text
    assert "WERSJA ROBOCZA" not in text


# --- the shared machinery ---------------------------------------------------------------------------


def test_existing_document_needs_force(cli_example: Cli) -> None:
    path = render(cli_example, "partner", "declaration", "gops")
    path.write_bytes(b"moja wersja")
    refused(cli_example("partner", "declaration", "gops"), 1, "już istnieje", "--force")
    assert path.read_bytes() == b"moja wersja"
    assert render(cli_example, "partner", "declaration", "gops", "--force") == path
    assert "Gminny Ośrodek Pomocy Społecznej" in body_text(path)


def test_own_template_with_an_unknown_field_is_refused(cli_example: Cli, example: Path, tmp_path, unchanged):
    own = tmp_path / "moja-lista.docx"
    ok(cli_example("template", "export", "attendance", str(own)))
    doc = Document(str(own))
    doc.add_paragraph("{{ spotkanie.sekretarz }}")
    doc.save(str(own))
    check = unchanged(example)
    refused(cli_example("meeting", "sheet", "2017-11-21", "--template", str(own)), 2, "sekretarz", "Nic nie")
    check()


@pytest.mark.parametrize(
    ("kind", "name"),
    [
        ("attendance", "lista-obecnosci.docx"),
        ("minutes", "protokol.docx"),
        ("agreement", "porozumienie.docx"),
        ("declaration", "deklaracja.docx"),
    ],
)
def test_template_export_offers_the_paperwork(cli: Cli, tmp_path: Path, kind: str, name: str) -> None:
    ok(cli("template", "export", kind, str(tmp_path)))
    assert (tmp_path / name).read_bytes() == (TEMPLATES / name).read_bytes()


@needs_office
def test_libreoffice_prints_them_on_a4(cli_example: Cli, tmp_path: Path) -> None:
    long_list = render(cli_example, "meeting", "sheet", "2017-11-21", "--blank-rows", "30")
    info, text = to_pdf(long_list, tmp_path)
    size = next(line for line in info.splitlines() if line.startswith("Page size:")).split()
    assert (round(float(size[2])), round(float(size[4]))) == (595, 842)  # A4 portrait, in points
    pages = int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))
    assert pages >= 2
    assert text.count("Imię i nazwisko") == pages  # the header row repeats on every page
    assert text.count("Listę sporządził(a): Marta Sobczak") == pages
    info, text = to_pdf(render(cli_example, "partnership", "agreement"), tmp_path)
    assert "Koło Gospodyń Wiejskich „Wierzbianki”" in text and "§ 6. Postanowienia końcowe" in text
