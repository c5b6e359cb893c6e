"""The state and the dates a document shows (draft, for acceptance, accepted, adopted), its footer,
--date and --pdf — the documents re-opened with python-docx."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from docx import Document

from emocni_cli.documents import pdf
from emocni_cli.model.values import format_date_long
from tests.cli_asserts import flat, ok, refused
from tests.documents import needs_office, texts
from tests.helpers import Cli

GRANT = (
    "Projekt „e-Mocni: cyfrowe umiejętności, realne korzyści”, "
    "umowa o dofinansowanie nr POPC.03.01.00-00-0013/16-00"
)

# every document command of the example, as a person types it
DOCUMENTS = [
    ("render-plan", "general"),
    ("render-plan", "detailed", "--year", "2019"),
    ("meeting", "sheet", "2018-04-10"),
    ("meeting", "minutes", "2018-04-10"),
    ("partnership", "agreement"),
    ("partner", "declaration", "gops"),
]


@pytest.fixture
def cli_example(example: Path) -> Cli:
    return Cli(example)


def written(result) -> Path:
    return Path(result.stdout.splitlines()[0])


def not_accepted(example: Path, *lines: str) -> None:
    """The example's complete general part, its acceptance (and the given lines) taken out."""
    plan = example / "plan-ogolny.toml"
    gone = {"zaakceptowano = 2018-06-20", "wgrano_na_platforme = 2018-06-22", *lines}
    kept = [line for line in plan.read_text(encoding="utf-8").splitlines() if line not in gone]
    plan.write_text("\n".join(kept) + "\n", encoding="utf-8")


# --- the general part: draft, for acceptance, accepted -------------------------------------------------


def test_complete_general_part_not_accepted_is_the_version_for_acceptance(
    cli_example: Cli, example: Path
) -> None:
    not_accepted(example)
    cli = cli_example
    assert "gotowa do wysłania animatorowi" in flat(ok(cli("plan", "check")).stderr)
    result = ok(cli("render-plan", "general"))
    all_text = texts(written(result))
    assert not any("WERSJA ROBOCZA" in t for t in all_text)
    # dated by the day it was sent to the animator
    assert "Wersja do akceptacji animatora z dnia 15 czerwca 2018 r." in all_text
    said = flat(result.stderr)
    assert "WERSJA ROBOCZA" not in said and "emocni plan mark accepted" in said
    # --date says which version it is
    dated = ok(cli("render-plan", "general", "--date", "19.06.2018", "--force"))
    assert "Wersja do akceptacji animatora z dnia 19 czerwca 2018 r." in texts(written(dated))


def test_general_part_never_sent_is_dated_today(cli_example: Cli, example: Path) -> None:
    not_accepted(example, "przekazano_animatorowi = 2018-06-15")
    path = written(ok(cli_example("render-plan", "general")))
    assert f"Wersja do akceptacji animatora z dnia {format_date_long(dt.date.today())}" in texts(path)


def test_accepted_general_part_shows_acceptance_and_upload(cli: Cli, plan_ws: Path) -> None:
    all_text = texts(written(ok(cli("render-plan", "general"))))
    assert (
        "Wersja zaakceptowana przez regionalnego animatora partnerstw dnia 20 czerwca 2018 r., "
        "wgrana na platformę e-Mocni dnia 22 czerwca 2018 r." in all_text
    )
    assert not any("Wersja do akceptacji" in t for t in all_text)


# --- the annual plan: adopted or to be adopted, the date of preparation ---------------------------------


def test_annual_plan_shows_its_adoption_date(cli_example: Cli, cli: Cli, plan_ws: Path) -> None:
    adopted = texts(written(ok(cli_example("render-plan", "detailed", "--year", "2019"))))
    assert "Przyjęty przez partnerstwo dnia 23 października 2018 r." in adopted
    to_adopt = texts(written(ok(cli("render-plan", "detailed", "--year", "2019"))))
    assert "Do przyjęcia przez partnerstwo" in to_adopt
    assert not any("Przyjęty przez partnerstwo" in t for t in to_adopt)


def test_date_of_preparation_is_the_one_given(cli: Cli, plan_ws: Path) -> None:
    undated = texts(written(ok(cli("render-plan", "detailed", "--year", "2019"))))
    assert "sporządził(a): e-Mocarz — data i podpis" in undated
    dated = texts(
        written(ok(cli("render-plan", "detailed", "--year", "2019", "--date", "5.03.2019", "--force")))
    )
    assert "sporządził(a): e-Mocarz, 5 marca 2019 r. — podpis" in dated


@pytest.mark.parametrize(
    ("command", "undated", "day", "dated"),
    [
        # the minutes: the day they were drawn up, by the minute taker's signature
        (
            ("meeting", "minutes", "2018-04-10"),
            "protokolant — data i podpis",
            "12.04.2018",
            "protokolant, 12 kwietnia 2018 r. — podpis",
        ),
        # the declaration: the joining date, or the day it was signed
        (
            ("partner", "declaration", "stowarzyszenie-kamionka"),
            "Wierzbno Dolne, dnia 10 kwietnia 2018 r.",
            "5.04.2018",
            "Wierzbno Dolne, dnia 5 kwietnia 2018 r.",
        ),
    ],
    ids=["minutes", "declaration"],
)
def test_minutes_and_declaration_carry_the_day_given(
    cli_example: Cli, command: tuple[str, ...], undated: str, day: str, dated: str
) -> None:
    assert undated in texts(written(ok(cli_example(*command))))
    assert dated in texts(written(ok(cli_example(*command, "--date", day, "--force"))))


def test_minutes_drawn_up_before_the_meeting_are_refused(cli_example: Cli, example: Path) -> None:
    said = refused(cli_example("meeting", "minutes", "2018-04-10", "--date", "9.04.2018"), 2, "--date")
    assert "przed spotkaniem" in said and "10.04.2018" in said
    assert not (example / "dokumenty").exists()


def test_agreement_is_dated_by_date_while_no_founding_date_is_recorded(cli_example: Cli) -> None:
    ok(cli_example("partnership", "edit", "--founded", ""))
    assert any("WERSJA ROBOCZA" in t for t in texts(written(ok(cli_example("partnership", "agreement")))))
    dated = texts(written(ok(cli_example("partnership", "agreement", "--date", "16.01.2018", "--force"))))
    assert not any("WERSJA ROBOCZA" in t for t in dated)
    assert any("zawarte w dniu 16 stycznia 2018 r. w miejscowości Wierzbno Dolne" in t for t in dated)
    # the parties as of that day: the association joined later, by a declaration
    assert not any("Stowarzyszenie na rzecz Rozwoju Wsi Kamionka" in t for t in dated)


def test_agreement_on_another_day_than_the_founding_date_is_refused(cli_example: Cli, example: Path) -> None:
    said = refused(cli_example("partnership", "agreement", "--date", "20.01.2018"), 2, "--date")
    assert "16.01.2018" in said and "partnership edit --founded" in said
    ok(cli_example("partnership", "agreement", "--date", "16.01.2018"))  # the same day is fine


def test_bad_date_is_refused_and_nothing_written(cli: Cli, plan_ws: Path) -> None:
    refused(cli("render-plan", "general", "--date", "31.02.2019"), 2, "--date")
    assert not (plan_ws / "dokumenty").exists()


# --- every document: footer, project, draft box ----------------------------------------------------------


@pytest.mark.parametrize("command", DOCUMENTS, ids=lambda c: " ".join(c[:2]))
def test_footer_has_no_generation_date_nor_program_name(cli_example: Cli, command: tuple[str, ...]) -> None:
    doc = Document(str(written(ok(cli_example(*command)))))
    footer = " ".join(p.text for section in doc.sections for p in section.footer.paragraphs)
    assert "Strona" in footer
    assert "emocni" not in footer.lower() and "Przygotowano" not in footer
    assert str(dt.date.today().year) not in footer and " r." not in footer


@pytest.mark.parametrize("command", DOCUMENTS[:2] + DOCUMENTS[4:], ids=lambda c: " ".join(c[:2]))
def test_project_is_named_with_its_grant_number(cli_example: Cli, command: tuple[str, ...]) -> None:
    assert GRANT in texts(written(ok(cli_example(*command))))


def test_grant_number_is_a_setting(cli_example: Cli) -> None:
    ok(cli_example("config", "set", "projekt.numer_umowy", "POPC.03.01.00-00-0099/17-00"))
    all_text = "\n".join(texts(written(ok(cli_example("render-plan", "general")))))
    assert "umowa o dofinansowanie nr POPC.03.01.00-00-0099/17-00" in all_text
    assert "0013/16-00" not in all_text


def test_draft_boxes_speak_to_the_reader_and_the_terminal_gets_the_commands(cli: Cli, plan_ws: Path) -> None:
    ok(cli("partner", "add", "Koło Gospodyń Wiejskich w Olszynach", "--type", "KGW"))
    ok(cli("meeting", "add", "--date", "10.04.2019", "--title", "Spotkanie robocze"))
    ok(cli("training", "add", "--year", "2020", "--title", "Bezpieczeństwo w sieci"))
    for command in (
        ("partnership", "agreement"),
        ("meeting", "minutes", "2019-04-10"),
        ("render-plan", "detailed", "--year", "2020"),
    ):
        result = ok(cli(*command))
        all_text = texts(written(result))
        assert any("WERSJA ROBOCZA" in t for t in all_text)
        assert not any("emocni" in t for t in all_text), command
        said = flat(result.stderr)
        assert "Co zrobić:" in said and "emocni " in said.split("Co zrobić:")[1]


# --- PDF -------------------------------------------------------------------------------------------------


@pytest.mark.slow
@needs_office
def test_pdf_is_written_beside_the_docx(cli_example: Cli, example: Path) -> None:
    result = ok(cli_example("partner", "declaration", "gops", "--pdf"))
    docx, made = (Path(line) for line in result.stdout.splitlines())
    assert docx == example / "dokumenty" / "deklaracja-gops.docx" and docx.is_file()
    assert made == docx.with_suffix(".pdf") and made.read_bytes().startswith(b"%PDF")


def test_pdf_without_libreoffice_names_the_docx_and_how_to_install(
    cli_example: Cli, example: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pdf, "find_soffice", lambda: None)
    message = refused(cli_example("partner", "declaration", "gops", "--pdf"), 1, "LibreOffice")
    assert "deklaracja-gops.docx" in message and "pl.libreoffice.org" in message
    assert "Zapisz jako → PDF" in message
    assert (example / "dokumenty" / "deklaracja-gops.docx").is_file()
    assert not (example / "dokumenty" / "deklaracja-gops.pdf").exists()


def test_existing_pdf_needs_force_and_nothing_is_written(cli_example: Cli, example: Path) -> None:
    folder = example / "dokumenty"
    folder.mkdir(exist_ok=True)
    (folder / "deklaracja-gops.pdf").write_bytes(b"moja wersja")
    refused(cli_example("partner", "declaration", "gops", "--pdf"), 1, "deklaracja-gops.pdf", "już istnieje")
    assert not (folder / "deklaracja-gops.docx").exists()
    assert (folder / "deklaracja-gops.pdf").read_bytes() == b"moja wersja"


def test_pdf_output_named_pdf_is_refused(cli_example: Cli, example: Path, tmp_path: Path) -> None:
    refused(cli_example("partnership", "agreement", "--pdf", "-o", str(tmp_path / "x.pdf")), 2, "x.docx")
    assert not (tmp_path / "x.pdf").exists()


def test_soffice_is_found_in_the_windows_install_folder(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(pdf.shutil, "which", lambda name: None)
    program = tmp_path / "LibreOffice" / "program"
    program.mkdir(parents=True)
    (program / "soffice.exe").write_bytes(b"")
    monkeypatch.setattr(pdf, "_INSTALL_FOLDERS", (str(tmp_path / "nie-ma"), str(program)))
    assert pdf.find_soffice() == program / "soffice.exe"
    monkeypatch.setattr(pdf, "_INSTALL_FOLDERS", (str(tmp_path / "nie-ma"),))
    assert pdf.find_soffice() is None
