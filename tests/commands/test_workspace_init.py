"""emocni init and finding the workspace: upwards from the current folder as git does, -C,
EMOCNI_WORKSPACE, and clear messages when there is none or when init would overwrite."""

from __future__ import annotations

import tomllib
from collections.abc import Callable
from pathlib import Path

import pytest

from emocni_cli.cli import output
from emocni_cli.model.records import Consultation, Meeting, Partner, Webinar
from emocni_cli.model.settings import Settings
from tests.cli_asserts import flat, ok, refused
from tests.helpers import Cli

REQUIRED = ["--gmina", "Wierzbno Dolne", "--emocarz", "Marta Sobczak", "--animator", "Paweł Zieliński"]


@pytest.fixture(autouse=True)
def no_workspace_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("EMOCNI_WORKSPACE", raising=False)


def test_found_upwards_from_a_subfolder(ws: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    ok(Cli(ws)("partner", "add", "Gminny Ośrodek Kultury", "--type", "GOK"))
    deep = ws / "dokumenty" / "2018" / "listy obecności"
    deep.mkdir(parents=True)
    monkeypatch.chdir(deep)
    assert "gok" in ok(Cli(ws).raw("partner", "list")).stdout
    ok(Cli(ws).raw("partner", "add", "OSP Kamionka", "--type", "OSP"))
    assert "osp-kamionka" in (ws / "partnerzy.toml").read_text(encoding="utf-8")
    assert not (deep / "partnerzy.toml").exists()


def test_option_and_environment_variable(ws: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    ok(Cli(ws)("partner", "add", "Gminny Ośrodek Kultury", "--type", "GOK"))
    elsewhere = tmp_path / "gdzie-indziej"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    runner = Cli(ws)
    assert "gok" in ok(runner.raw("-C", str(ws), "partner", "list")).stdout
    assert "gok" in ok(runner.raw("--workspace", str(ws), "partner", "list")).stdout
    env = {"EMOCNI_WORKSPACE": str(ws)}
    assert "gok" in ok(runner.raw("partner", "list", env=env)).stdout
    # -C wins over the environment variable
    refused(runner.raw("-C", str(elsewhere), "partner", "list", env=env), 1, f"W folderze {elsewhere} nie ma")


def test_clear_message_when_there_is_no_workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    message = refused(Cli(tmp_path).raw("partner", "list"), 1)
    assert "Nie znaleziono przestrzeni roboczej emocni (emocni.toml)" in message
    assert "-C FOLDER" in message and "emocni init" in message
    refused(Cli(tmp_path).raw("-C", str(tmp_path / "nie-ma"), "check"), 1, "nie ma przestrzeni roboczej")
    assert list(tmp_path.iterdir()) == []


def test_the_folder_above_a_workspace_points_to_it(ws: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """-C given (or emocni run in) the folder that holds the gmina's folder, e.g. C:\\Gminy."""
    above = ws.parent
    for result in (Cli(ws).raw("-C", str(above), "status"), _run_in(above, monkeypatch, "status")):
        message = refused(result, 1, f"w tym folderze jest przestrzeń robocza gminy: {ws.name}", f'-C "{ws}"')
        assert "emocni init" not in message  # not a second workspace next to the real one


def _run_in(folder: Path, monkeypatch: pytest.MonkeyPatch, *args: str):
    monkeypatch.chdir(folder)
    return Cli(folder).raw(*args)


def test_init_writes_every_file_with_comments_describing_every_field(ws: Path) -> None:
    names = sorted(p.name for p in ws.iterdir())
    assert names == ["emocni.toml", "konsultacje.toml", "partnerzy.toml", "spotkania.toml", "webinaria.toml"]
    settings = Settings.model_validate(tomllib.loads((ws / "emocni.toml").read_text(encoding="utf-8")))
    assert settings.gmina.nazwa == "Wierzbno Dolne" and settings.plan.years == [2018, 2019, 2020]
    assert settings.wymagania.min_partnerow == 3 and settings.wymagania.budzet_zdalny_h == 8
    documented = {
        "emocni.toml": Settings,
        "partnerzy.toml": Partner,
        "spotkania.toml": Meeting,
        "konsultacje.toml": Consultation,
        "webinaria.toml": Webinar,
    }
    for name, model in documented.items():
        comments = "\n".join(
            line for line in (ws / name).read_text(encoding="utf-8").splitlines() if line.startswith("#")
        )
        fields = set(model.model_fields)
        if model is Settings:  # the sections' own fields, each explained above its section
            fields = {
                f
                for section in fields - {"wersja_schematu"}
                for f in type(getattr(settings, section)).model_fields
            }
        for field in fields:
            assert field in comments, (name, field)


def test_init_refuses_to_overwrite(ws: Path, unchanged: Callable[[Path], Callable[[], None]]) -> None:
    check = unchanged(ws)
    args = ["init", str(ws), *REQUIRED, "--start-year", "2019", "--no-input"]
    refused(Cli(ws).raw(*args), 1, "jest już przestrzeń robocza emocni", "niczego nie nadpisano")
    check()


def test_init_refuses_a_folder_with_some_workspace_files(tmp_path: Path) -> None:
    (tmp_path / "partnerzy.toml").write_text("# moje notatki\n", encoding="utf-8")
    args = ["init", str(tmp_path), *REQUIRED, "--start-year", "2018", "--no-input"]
    refused(Cli(tmp_path).raw(*args), 1, "są już pliki emocni: partnerzy.toml")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["partnerzy.toml"]


@pytest.mark.parametrize("missing", ["--gmina", "--emocarz", "--animator", "--start-year"])
def test_init_without_input_names_the_missing_value(tmp_path: Path, missing: str) -> None:
    values = dict(zip(REQUIRED[::2], REQUIRED[1::2], strict=True)) | {"--start-year": "2018"}
    del values[missing]
    args = [x for pair in values.items() for x in pair]
    refused(
        Cli(tmp_path).raw("init", str(tmp_path / "gmina"), *args, "--no-input"),
        2,
        f"Brak wymaganej wartości: {missing}",
    )
    assert not (tmp_path / "gmina").exists()


def test_init_without_a_terminal_does_not_wait_for_answers(tmp_path: Path) -> None:
    """No --no-input, but no terminal either (a script, a scheduled task): still an error."""
    refused(Cli(tmp_path).raw("init", str(tmp_path / "gmina"), input="Wierzbno\n"), 2, "--gmina")


def test_init_asks_in_polish_when_interactive(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(output, "interactive", lambda: True)
    answers = "Wierzbno Dolne\nMarta Sobczak\nPaweł Zieliński\n2018\n\n\nolszyński\n\n"
    result = ok(Cli(tmp_path).raw("init", str(tmp_path / "gmina"), input=answers))
    for question in (
        "Nazwa gminy",
        "Imię i nazwisko e-Mocarza",
        "Imię i nazwisko animatora",
        "Pierwszy rok planu",
        "Instytucja e-Mocarza",
        "Kod TERYT gminy",
    ):
        assert question in result.output
    config = tomllib.loads((tmp_path / "gmina" / "emocni.toml").read_text(encoding="utf-8"))
    assert config["gmina"] == {"nazwa": "Wierzbno Dolne", "powiat": "olszyński"}
    assert "instytucja" not in config["emocarz"]  # Enter skipped it
    assert config["animator"]["imie_nazwisko"] == "Paweł Zieliński"
    assert config["plan"]["rok_poczatkowy"] == 2018


def test_init_asks_again_for_a_mistyped_year(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A typo in the year costs one more answer, not the whole questionnaire."""
    monkeypatch.setattr(output, "interactive", lambda: True)
    answers = "Wierzbno Dolne\nMarta Sobczak\nPaweł Zieliński\ndwa tysiące\n18\n2018\n\n\n\n\n"
    result = ok(Cli(tmp_path).raw("init", str(tmp_path / "gmina"), input=answers))
    assert result.stdout.count("Pierwszy rok planu") == 3  # the question, asked three times
    assert "oczekiwano liczby całkowitej" in flat(result.stderr)
    assert "co najmniej 2016" in flat(result.stderr)
    config = tomllib.loads((tmp_path / "gmina" / "emocni.toml").read_text(encoding="utf-8"))
    assert config["plan"]["rok_poczatkowy"] == 2018


def test_init_refuses_an_existing_workspace_before_asking(
    ws: Path, monkeypatch: pytest.MonkeyPatch, unchanged: Callable[[Path], Callable[[], None]]
) -> None:
    monkeypatch.setattr(output, "interactive", lambda: True)
    check = unchanged(ws)
    result = Cli(ws).raw("init", str(ws), input="Wierzbno Dolne\n")
    refused(result, 1, "jest już przestrzeń robocza emocni")
    assert "Nazwa gminy" not in result.output
    check()


def test_init_with_every_option(tmp_path: Path) -> None:
    folder = tmp_path / "nowy folder" / "gmina"
    result = ok(
        Cli(folder).raw(
            "init",
            str(folder),
            *REQUIRED,
            "--start-year",
            "2018",
            "--teryt",
            "0612345",
            "--powiat",
            "olszyński",
            "--wojewodztwo",
            "nadbużańskie",
            "--institution",
            "Gminna Biblioteka Publiczna",
            "--no-input",
        )
    )
    assert "Utworzono przestrzeń roboczą gminy Wierzbno Dolne" in flat(result.stderr)
    config = tomllib.loads((folder / "emocni.toml").read_text(encoding="utf-8"))
    assert config["gmina"]["teryt"] == "0612345"
    assert config["emocarz"]["instytucja"] == "Gminna Biblioteka Publiczna"
    ok(Cli(folder)("check"))


def test_init_elsewhere_says_to_go_into_the_new_folder_first(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    args = [*REQUIRED, "--start-year", "2018", "--no-input"]
    there = flat(ok(Cli(tmp_path).raw("init", "Wierzbno Dolne", *args)).stderr)
    assert 'Dalej: cd "Wierzbno Dolne", a potem emocni partner add' in there
    (tmp_path / "tutaj").mkdir()
    monkeypatch.chdir(tmp_path / "tutaj")
    here = flat(ok(Cli(tmp_path).raw("init", *args)).stderr)
    assert "Dalej: emocni partner add" in here


def test_init_rejects_a_bad_teryt(tmp_path: Path) -> None:
    args = ["init", str(tmp_path / "g"), *REQUIRED, "--start-year", "2018", "--teryt", "12-34", "--no-input"]
    refused(Cli(tmp_path).raw(*args), 2, "kod TERYT ma 7 cyfr")
    assert not (tmp_path / "g").exists()


def test_init_offers_the_folder_name_and_asks_for_institution_and_teryt(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Enter takes the folder's name (no diacritics invented); a wrong TERYT is asked again."""
    monkeypatch.setattr(output, "interactive", lambda: True)
    folder = tmp_path / "lipno_gorne"
    answers = "\nMarta Sobczak\nPaweł Zieliński\n2018\nGminna Biblioteka Publiczna\n12-34\n0412053\n\n\n"
    result = ok(Cli(tmp_path).raw("init", str(folder), input=answers))
    assert "Nazwa gminy [Lipno Gorne]:" in result.stdout
    assert result.stdout.count("Kod TERYT gminy") == 2
    assert "kod TERYT ma 7 cyfr" in flat(result.stderr)
    config = tomllib.loads((folder / "emocni.toml").read_text(encoding="utf-8"))
    assert config["gmina"] == {"nazwa": "Lipno Gorne", "teryt": "0412053"}
    assert config["emocarz"]["instytucja"] == "Gminna Biblioteka Publiczna"


@pytest.mark.parametrize(
    ("typed", "stored", "removed"),
    [("Gmina Lipno Górne", "Lipno Górne", "Gmina"), ("Miasto i Gmina Lipno", "Lipno", "Miasto i Gmina")],
)
def test_init_takes_the_word_gmina_off_the_name(
    tmp_path: Path, typed: str, stored: str, removed: str
) -> None:
    args = ["--gmina", typed, "--emocarz", "Marta Sobczak", "--animator", "Paweł Zieliński"]
    args += ["--powiat", "powiat lipnowski", "--start-year", "2018", "--no-input"]
    result = ok(Cli(tmp_path).raw("init", str(tmp_path / "g"), *args))
    message = flat(result.stderr)
    assert f"Zapisano nazwę gminy „{stored}” bez „{removed}” na początku" in message
    assert "Zapisano powiat „lipnowski” bez „powiat” na początku" in message
    assert f"Utworzono przestrzeń roboczą gminy {stored} " in message
    config = tomllib.loads((tmp_path / "g" / "emocni.toml").read_text(encoding="utf-8"))
    assert config["gmina"]["nazwa"] == stored and config["gmina"]["powiat"] == "lipnowski"
    assert config["partnerstwo"]["nazwa"].endswith(f"w gminie {stored}")


def test_init_rejects_a_teryt_no_gmina_can_have(tmp_path: Path) -> None:
    args = [
        "init",
        str(tmp_path / "g"),
        *REQUIRED,
        "--start-year",
        "2018",
        "--teryt",
        "0000000",
        "--no-input",
    ]
    refused(Cli(tmp_path).raw(*args), 2, "to nie kod TERYT gminy", "kodu województwa")
    assert not (tmp_path / "g").exists()
