"""emocni render-plan and emocni template: the documents re-opened with python-docx."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from docx import Document

from tests.cli_asserts import flat, ok, refused
from tests.documents import make_template, needs_office, rows, seen, texts, to_pdf
from tests.helpers import REPO, Cli

GENERAL_NAME = "plan-ogolny-2018-2020-wierzbno-dolne.docx"
DETAILED_NAME = "plan-szczegolowy-2019-wierzbno-dolne.docx"


def render(cli, *args: str) -> Path:
    result = ok(cli("render-plan", *args))
    return Path(result.stdout.strip())


# --- the general part ---------------------------------------------------------------------------


def test_general_plan_holds_the_data_with_special_characters_intact(cli, plan_ws):
    path = render(cli, "general")
    assert path == plan_ws / "dokumenty" / GENERAL_NAME
    all_text = texts(path)
    joined = "\n".join(all_text)
    assert "Ankieta: 112 kwestionariuszy & wiedza partnerów." in all_text
    assert "– brak sprzętu <w domu>," in all_text
    assert "– obawa przed „zepsuciem” komputera." in all_text
    assert "Plan kompletny." in all_text
    assert "WERSJA ROBOCZA" not in joined
    basic = dict((label, value) for label, value in rows(path, 0))
    assert basic["Gmina"] == "Wierzbno Dolne"
    assert basic["Okres planu"] == "2018–2020"
    assert basic["e-Mocarz"].startswith("Marta Sobczak")
    assert basic["Regionalny animator partnerstw"] == "Paweł Zieliński"
    partners = rows(path, 1)
    assert partners[0][:4] == ["Lp.", "Nazwa instytucji", "Rodzaj", "Rola w partnerstwie"]
    assert [r[1].split("\n")[0] for r in partners[1:]] == [
        "Gminna Biblioteka Publiczna",
        "KGW „Wierzbianki” & Przyjaciele",
        "Gminny Ośrodek Pomocy Społecznej",
    ]
    assert partners[3][2] == "ośrodek pomocy społecznej"
    assert partners[1][4] == "– czytelnia z 6 komputerami\n– promocja na Facebooku"
    assert partners[3][4] == "– transport <bus 9-osobowy>"
    approval = rows(path, 2)
    assert approval[1] == ["Zaakceptowany przez regionalnego animatora partnerstw", "20 czerwca 2018 r."]


def test_multiline_section_becomes_separate_paragraphs(cli, plan_ws):
    doc = Document(str(render(cli, "general")))
    body = [seen(p.text) for p in doc.paragraphs]
    start = body.index("3. Diagnoza potrzeb")
    assert body[start + 1 : start + 6] == [
        "Ankieta: 112 kwestionariuszy & wiedza partnerów.",
        "Bariery:",
        "– brak sprzętu <w domu>,",
        "– obawa przed „zepsuciem” komputera.",
        "Dane GUS i GOPS.",
    ]
    assert not any("\n" in text for text in body)


def test_header_names_the_gmina_and_footer_numbers_pages(cli, plan_ws):
    doc = Document(str(render(cli, "general")))
    header = doc.sections[0].header.paragraphs[0].text
    assert "Gmina Wierzbno Dolne" in header and "2018–2020" in header
    footer = doc.sections[0].footer._element.xml
    assert "PAGE" in footer and "NUMPAGES" in footer


def test_draft_is_marked_and_the_warning_names_what_is_missing(cli, plan_ws):
    plan = plan_ws / "plan-ogolny.toml"
    text = plan.read_text(encoding="utf-8")
    text = text.replace("zaakceptowano = 2018-06-20\n", "").replace("wgrano_na_platforme = 2018-06-22\n", "")
    plan.write_text(text.replace('rekomendacje = "', 'rekomendacje_stare = "'), encoding="utf-8")
    result = ok(cli("render-plan", "general"))
    said = flat(result.stderr)
    assert "WERSJA ROBOCZA" in said
    assert "„Rekomendacje dalszego rozwoju edukacji cyfrowej w gminie”" in said
    assert "Co zrobić: – uzupełnij sekcje: emocni plan set SEKCJA --file PLIK" in said
    path = Path(result.stdout.strip())
    doc_text = texts(path)
    assert "WERSJA ROBOCZA" in Document(str(path)).sections[0].header.paragraphs[0].text
    assert any("sekcja „Rekomendacje dalszego rozwoju" in t and "brak treści" in t for t in doc_text)
    assert "[sekcja do uzupełnienia]" in doc_text
    # the draft box speaks to the reader of the document: the commands stayed in the terminal
    assert not any("emocni " in t for t in doc_text)


def test_empty_basic_data_is_pointed_out_with_where_to_fill_it_in(cli, plan_ws, example):
    # the fresh workspace of `init`: no powiat, leader, founding date, contact or target
    said = flat(ok(cli("render-plan", "general")).stderr)
    assert "puste pola w danych podstawowych" in said and "WERSJA ROBOCZA" not in said
    assert "lider partnerstwa — emocni partnership edit --leader ID" in said
    assert "powiat — emocni config set gmina.powiat NAZWA" in said
    assert "liczba mieszkańców do przeszkolenia — emocni config set wymagania.cel_uczestnikow LICZBA" in said
    # the example gmina has them all
    complete = Cli(example)("render-plan", "general")
    assert complete.exit_code == 0 and "puste pola" not in flat(complete.stderr)


def test_general_plan_needs_the_plan_file(cli, ws, unchanged):
    check = unchanged(ws)
    refused(cli("render-plan", "general"), 1, "plan-ogolny.toml", "emocni plan init")
    check()


# --- the annual plan -----------------------------------------------------------------------------


def test_annual_plan_has_a_row_per_training_and_totals(cli, plan_ws):
    path = render(cli, "detailed", "--year", "2019")
    assert path == plan_ws / "dokumenty" / DETAILED_NAME
    table = rows(path, 1)
    header, trainings, totals = table[:2], table[2:5], table[5]
    assert header[0][1] == "Temat szkolenia" and header[1][10:12] == ["plan", "fakt."]
    first = trainings[0]
    assert first[:10] == [
        "1.",
        "Bankowość internetowa & płatności <BLIK>",
        "finanse",
        "dorośli 50+",
        "stacjonarne",
        "12",
        "marzec 2019",
        "Biblioteka",
        "KGW „Wierzbianki” & Przyjaciele",
        "Krzysztof Wróbel",
    ]
    assert first[10:] == ["12", "11", "zrealizowane"]
    assert trainings[1][2] == "relacje z bliskimi"
    assert trainings[1][4:7] == ["mieszane", "7,5", "09.04.2019"]
    assert trainings[2][-1] == "odwołane"
    assert "liczba szkoleń: 2" in totals[0]
    assert totals[5] == "19,5"  # 12 + 7.5; the cancelled training does not count
    assert totals[10:12] == ["22", "11"]
    summary = dict((label, value) for label, value in rows(path, 2))
    assert summary["Szkolenia odwołane"] == "1"
    assert summary["w tym zrealizowanych"] == "1"
    notes = rows(path, 3)
    assert notes[1][2] == 'KGW "Wierzbianki"'
    assert notes[2][3] == "tłumacz PJM"
    assert "WERSJA ROBOCZA" not in "\n".join(texts(path))


def test_annual_plan_lacking_data_is_a_draft(cli, plan_ws):
    plan = plan_ws / "plan-2019.toml"
    plan.write_text(plan.read_text(encoding="utf-8").replace('termin = "2019-03"\n', ""), encoding="utf-8")
    result = ok(cli("render-plan", "detailed", "--year", "2019"))
    assert "szkolenie nr 1 „Bankowość internetowa & płatności <BLIK>”: brak terminu" in flat(result.stderr)
    assert "WERSJA ROBOCZA" in Document(result.stdout.strip()).sections[0].header.paragraphs[0].text


def test_annual_plan_year_must_exist_and_be_in_the_period(cli, plan_ws, unchanged):
    check = unchanged(plan_ws)
    refused(cli("render-plan", "detailed", "--year", "2022"), 2, "2018–2020")
    refused(cli("render-plan", "detailed", "--year", "2020"), 1, "plan-2020.toml", "2019")
    check()


# --- where documents go ----------------------------------------------------------------------------


def test_existing_document_is_not_overwritten_without_force(cli, plan_ws):
    path = render(cli, "general")
    path.write_bytes(b"moje poprawki")
    refused(cli("render-plan", "general"), 1, "już istnieje", "--force")
    assert path.read_bytes() == b"moje poprawki"
    assert render(cli, "general", "--force") == path
    assert zipfile.is_zipfile(path)


def test_output_option_takes_a_file_or_a_folder(cli, plan_ws, tmp_path):
    target = tmp_path / "wyslane" / "plan.docx"
    target.parent.mkdir()
    assert render(cli, "general", "-o", str(target)) == target
    assert (
        render(cli, "detailed", "--year", "2019", "-o", str(target.parent)) == target.parent / DETAILED_NAME
    )
    assert not (plan_ws / "dokumenty").exists()
    refused(cli("render-plan", "general", "-o", str(tmp_path / "nie-ma" / "x.docx")), 2, "nie istnieje")


# --- templates -----------------------------------------------------------------------------------


def test_custom_template(cli, plan_ws, tmp_path):
    template = make_template(
        tmp_path / "moj.docx",
        "Plan gminy {{ gmina.nazwa }} ({{ okres }})",
        "{%p for p in partnerzy %}",
        "{{ p.lp }}) {{ p.nazwa }}",
        "{%p endfor %}",
    )
    path = render(cli, "general", "--template", str(template), "--force")
    assert texts(path)[:4] == [
        "Plan gminy Wierzbno Dolne (2018–2020)",
        "1) Gminna Biblioteka Publiczna",
        "2) KGW „Wierzbianki” & Przyjaciele",
        "3) Gminny Ośrodek Pomocy Społecznej",
    ]


def test_template_with_unknown_placeholders_is_refused_with_their_list(cli, plan_ws, tmp_path, unchanged):
    template = make_template(tmp_path / "zly.docx", "{{ gmina.nazwa }} {{ gmia.nazwa }} {{ numer_umowy }}")
    check = unchanged(plan_ws)
    refused(
        cli("render-plan", "general", "--template", str(template)),
        2,
        "nieznanych pól: gmia (może chodziło o gmina?), numer_umowy.",
    )
    typo = make_template(tmp_path / "literowka.docx", "{{ gmina.nazwaa }}")
    refused(
        cli("render-plan", "general", "--template", str(typo)),
        2,
        "nieznanych pól: gmina.nazwaa (może chodziło o gmina.nazwa?)",
        "w „gmina”: nazwa, powiat",
        "README.md",
    )
    check()


def test_misspelt_fields_are_found_in_loops_and_in_branches_not_taken(cli, plan_ws, tmp_path, unchanged):
    # the plan is not a draft, so the draft branch never renders: the typo is found all the same
    template = make_template(
        tmp_path / "zly.docx",
        "{%p if wersja_robocza %}",
        "{{ akceptacja.zaakceptowanoo }}",
        "{%p endif %}",
        "{%p for p in partnerzy %}",
        "{{ p.nazwa }} {{ p['adress'] }} {{ loop.index }} {{ p.nazwa|upper }}",
        "{%p endfor %}",
    )
    check = unchanged(plan_ws)
    message = refused(cli("render-plan", "general", "--template", str(template)), 2)
    assert "akceptacja.zaakceptowanoo (może chodziło o akceptacja.zaakceptowano?)" in message
    assert "p.adress (może chodziło o p.adres?)" in message
    assert "p.nazwa " not in message and "loop" not in message
    check()


@pytest.mark.parametrize(
    "expression",
    [
        "{{ ''.__class__.__mro__ }}",
        "{{ gmina.__class__.__init__.__globals__ }}",
        "{% for c in ().__class__.__base__.__subclasses__() %}{{ c }}{% endfor %}",
    ],
)
def test_template_reaching_for_python_internals_is_refused(cli, plan_ws, tmp_path, unchanged, expression):
    template = make_template(tmp_path / "zly.docx", "Gmina {{ gmina.nazwa }}", expression)
    check = unchanged(plan_ws)
    message = refused(
        cli("render-plan", "general", "--template", str(template)), 2, "wewnętrznych mechanizmów"
    )
    assert "Nic nie zostało zapisane" in message
    check()


@pytest.mark.parametrize(
    ("content", "phrase"),
    [
        (b"To nie jest dokument Worda", "nie jest poprawnym dokumentem Word"),
        (None, "nie jest poprawnym dokumentem Word"),  # a zip, but not a .docx
    ],
)
def test_corrupt_template_is_refused(cli, plan_ws, tmp_path, unchanged, content, phrase):
    template = tmp_path / "zly.docx"
    if content is None:
        with zipfile.ZipFile(template, "w") as zf:
            zf.writestr("hello.txt", "zip, ale nie docx")
    else:
        template.write_bytes(content)
    check = unchanged(plan_ws)
    refused(cli("render-plan", "general", "--template", str(template)), 2, phrase)
    refused(cli("render-plan", "general", "--template", str(tmp_path / "brak.docx")), 2, "Nie ma pliku")
    check()


def test_template_with_broken_tag_is_refused(cli, plan_ws, tmp_path):
    template = make_template(tmp_path / "zly.docx", "{{ gmina.nazwa ")
    refused(cli("render-plan", "general", "--template", str(template)), 2, "błąd składni")


def test_template_export_writes_the_default_template(cli, tmp_path):
    target = tmp_path / "moj-plan.docx"
    result = ok(cli.raw("template", "export", "general", str(target)))
    assert Path(result.stdout.strip()) == target
    assert target.read_bytes() == (REPO / "templates" / "plan-ogolny.docx").read_bytes()
    message = refused(cli.raw("template", "export", "general", str(target)), 1, "już istnieje", "--force")
    assert "opcją -o" not in message  # template export takes the file as its argument, it has no -o
    ok(cli.raw("template", "export", "detailed", str(tmp_path)))
    assert (tmp_path / "plan-szczegolowy.docx").read_bytes() == (
        REPO / "templates" / "plan-szczegolowy.docx"
    ).read_bytes()
    refused(cli.raw("template", "export", "umowa", str(target)), 2, "general (ogólny), detailed")


def test_exported_template_renders_like_the_default(cli, plan_ws, tmp_path):
    template = tmp_path / "wzor.docx"
    ok(cli.raw("template", "export", "detailed", str(template)))
    own = render(
        cli, "detailed", "--year", "2019", "--template", str(template), "-o", str(tmp_path / "a.docx")
    )
    default = render(cli, "detailed", "--year", "2019", "-o", str(tmp_path / "b.docx"))
    assert texts(own) == texts(default)


# --- fast start ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "args",
    [["--help"], ["partner", "list"], ["check"], ["plan", "show"], ["training", "list", "--year", "2019"]],
)
def test_other_commands_never_import_the_document_libraries(plan_ws, args):
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "emocni_cli", "-C", str(plan_ws), *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=REPO,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    imported = {line.rsplit("|", 1)[-1].strip() for line in result.stderr.splitlines() if "|" in line}
    assert not {m.split(".")[0] for m in imported} & {"docx", "docxtpl", "jinja2"}


def test_render_plan_does_import_them(plan_ws):
    """The check above can fail: the same measurement sees docxtpl when a document is rendered."""
    result = subprocess.run(
        [
            sys.executable,
            "-X",
            "importtime",
            "-m",
            "emocni_cli",
            "-C",
            str(plan_ws),
            "render-plan",
            "general",
        ],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=REPO,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert "docxtpl" in {line.rsplit("|", 1)[-1].strip() for line in result.stderr.splitlines()}


# --- LibreOffice -----------------------------------------------------------------------------------


@needs_office
def test_libreoffice_opens_the_documents(cli, plan_ws, tmp_path):
    info, text = to_pdf(render(cli, "general"), tmp_path)
    pages = int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))
    assert pages >= 2
    assert "Trzyletni plan szkoleń na lata 2018–2020" in text
    assert f"Strona 1 z {pages}" in text and f"Strona {pages} z {pages}" in text
    assert "KGW „Wierzbianki” & Przyjaciele" in text and "transport <bus" in text
    info, text = to_pdf(render(cli, "detailed", "--year", "2019"), tmp_path)
    size = next(line for line in info.splitlines() if line.startswith("Page size:")).split()
    assert (round(float(size[2])), round(float(size[4]))) == (842, 595)  # A4 landscape, in points
    assert "Roczny plan szkoleń na rok 2019" in text and "Bankowość internetowa & płatności <BLIK>" in text
