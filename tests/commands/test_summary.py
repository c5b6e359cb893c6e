"""emocni summary: the animator's grid of many gminas, from folders and from packs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.animator import PACK_DAY, gmina, pack, summary_json, with_trainings
from tests.cli_asserts import flat, ok
from tests.helpers import Cli, snapshot

TODAY = "2019-04-01"
# (name, TERYT, settings, the pack's day, commands run in the gmina before packing)
GMINAS = [
    ("Lipno Wielkie", "0612012", {}, "2018-06-17", []),  # the plan sent, not yet accepted
    ("Brzezie", "0612022", {"wymagania.budzet_zdalny_h": "2"}, PACK_DAY, []),  # 2,5 h of 2 h
    ("Olszyny", "0612032", {}, PACK_DAY, [["consultation", "remove", "wizyta-2", "--yes"]]),
    ("Kamień Mały", "0612042", {"wymagania.cel_uczestnikow": "300"}, PACK_DAY, []),
    ("Zalesie Górne", "0612052", {}, "2018-03-01", []),
    ("Żabia Wola", "0612062", {}, PACK_DAY, []),
    ("Sośnica", "0612072", {}, "2019-01-10", []),
    ("Dąbrowa", "0612082", {"gmina.powiat": "dąbrowski"}, PACK_DAY, []),
    ("Łęki Szlacheckie", "0612092", {}, PACK_DAY, []),
]


@pytest.fixture(scope="module")
def mailbox(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The animator's folder of ten packs (the example with trainings and nine fictional gminas)
    and one pack broken on the way; the gminas' own folders beside it, in gminy/."""
    base = tmp_path_factory.mktemp("animator")
    inbox, folders = base / "poczta", base / "gminy"
    inbox.mkdir()
    folders.mkdir()
    pack(with_trainings(folders / "wierzbno"), inbox / "wierzbno.zip")
    for name, teryt, settings, day, steps in GMINAS:
        folder = gmina(folders / teryt, name, teryt, **settings)
        for step in steps:
            ok(Cli(folder)(*step))
        pack(folder, inbox / f"{teryt}.zip", day)
    (inbox / "zepsuta.zip").write_bytes(b"PK\x03\x04 truncated in the mail")
    return base


def by_name(data: dict) -> dict[str, dict]:
    return {row["gmina"]: row for row in data["gminas"] if row["gmina"]}


def test_ten_packs_and_a_broken_one(mailbox: Path) -> None:
    cli = Cli(mailbox)
    result = cli.raw("summary", "--json", "--today", TODAY, str(mailbox / "poczta"))
    assert result.exit_code == 3  # a source could not be read: said after the output
    data = json.loads(result.stdout)
    assert data["today"] == TODAY and len(data["gminas"]) == 11
    rows = by_name(data)
    assert len(rows) == 10 and all(row["error"] is None for row in rows.values())
    broken = data["gminas"][-1]
    assert broken["source"].endswith("zepsuta.zip") and broken["status"] is None
    assert "zepsuta.zip" in broken["error"] and "ZIP" in broken["error"]
    assert "Nie udało się odczytać źródeł: 1" in flat(result.stderr)


def test_each_gminas_status_is_its_own_status_json_on_the_packs_day(mailbox: Path) -> None:
    rows = by_name(summary_json(Cli(mailbox), "--today", TODAY, str(mailbox / "poczta")))
    folders = {"Wierzbno Dolne": ("wierzbno", PACK_DAY)} | {g[0]: (g[1], g[3]) for g in GMINAS}
    for name, (folder, day) in folders.items():
        own = json.loads(ok(Cli(mailbox / "gminy" / folder)("status", "--json", "--today", day)).stdout)
        assert rows[name]["status"] == own, name
        assert rows[name]["data_date"] == day and rows[name]["kind"] == "pack"
    assert (
        rows["Wierzbno Dolne"]["people_trained"]
        == 1
        == rows["Wierzbno Dolne"]["status"]["trained"]["people_trained"]
    )


def test_the_row_says_what_needs_the_animators_attention(mailbox: Path) -> None:
    rows = by_name(summary_json(Cli(mailbox), "--today", TODAY, str(mailbox / "poczta")))
    assert rows["Lipno Wielkie"]["plan"] == "sent"
    assert rows["Lipno Wielkie"]["attention"] == ["plan czeka na akceptację (przekazany 15.06.2018)"]
    assert rows["Brzezie"]["remote_minutes_left"] == -30
    assert rows["Brzezie"]["attention"] == ["przekroczony budżet doradztwa zdalnego o 30 min"]
    assert rows["Olszyny"]["visits_held"] == 1
    assert rows["Olszyny"]["attention"] == ["do uzgodnienia: 1 wizyta"]
    assert rows["Zalesie Górne"]["next_visit"] == "2018-03-06"
    assert rows["Zalesie Górne"]["next_event"]["date"] == "2018-03-06"
    assert rows["Kamień Mały"]["target"] == 300
    assert rows["Wierzbno Dolne"]["done"] == 7 and rows["Wierzbno Dolne"]["attention"] == []
    assert rows["Wierzbno Dolne"]["marks"] == ["done"] * 7 and rows["Wierzbno Dolne"]["plan"] == "uploaded"


def test_the_grid_in_the_terminal(mailbox: Path) -> None:
    result = Cli(mailbox).raw(
        "zestawienie", "--today", TODAY, str(mailbox / "poczta"), env={"COLUMNS": "260"}
    )
    text = flat(result.stdout)
    for name in ["Wierzbno Dolne", "Łęki Szlacheckie", "Żabia Wola", "zepsuta.zip"]:
        assert name in text, name
    assert "✔✔✔✔✔✔✔" in text and "7/7" in text and "◐" in text
    assert "plan czeka na akceptację" in text and "przekroczony budżet" in text
    assert "Stan na dzień 01.04.2019".lower() in text.lower()
    assert "1 z 2, następna 20.11.2018" in text and "ponad budżet" in text
    assert text.index("Brzezie") < text.index("Dąbrowa") < text.index("Łęki") < text.index("Żabia")


def test_reading_writes_nothing(mailbox: Path) -> None:
    before = snapshot(mailbox, history=True)
    ok(Cli(mailbox).raw("summary", str(mailbox / "gminy"), str(mailbox / "poczta" / "wierzbno.zip")))
    assert snapshot(mailbox, history=True) == before


def test_the_newer_of_two_packs_wins_and_the_row_says_so(tmp_path: Path, example: Path) -> None:
    pack(example, tmp_path / "marzec.zip", "2019-03-01")
    pack(example, tmp_path / "kwiecien.zip", "2019-04-01")
    rows = summary_json(Cli(example), str(tmp_path / "marzec.zip"), str(tmp_path / "kwiecien.zip"))["gminas"]
    assert len(rows) == 1 and rows[0]["source"].endswith("kwiecien.zip")
    assert rows[0]["notes"] == ["są też starsze dane tej gminy, pominięte: paczka marzec.zip (01.03.2019)"]


def test_a_gmina_as_a_folder_and_as_a_pack_is_one_row(tmp_path: Path, example: Path) -> None:
    pack(example, tmp_path / "paczka.zip", "2019-03-01")
    rows = summary_json(Cli(example), "--today", TODAY, str(example), str(tmp_path))["gminas"]
    assert [r["kind"] for r in rows] == ["folder"]  # the folder changed later than the pack's day
    assert "paczka paczka.zip (01.03.2019)" in rows[0]["notes"][0]
    own = json.loads(ok(Cli(example)("status", "--json", "--today", TODAY)).stdout)
    assert rows[0]["status"] == own


def test_a_folder_of_gmina_folders_two_levels_down(mailbox: Path, tmp_path: Path) -> None:
    rows = summary_json(Cli(mailbox), "--today", TODAY, str(mailbox))["gminas"]
    assert len([r for r in rows if not r["error"]]) == 10  # folders in gminy/ and packs in poczta/: once each
    assert len(rows) == 11


def test_paths_that_hold_no_gmina_are_rows_with_their_error(tmp_path: Path, example: Path) -> None:
    (tmp_path / "pusty").mkdir()
    (tmp_path / "notatka.txt").write_text("x", encoding="utf-8")
    args = [str(example), str(tmp_path / "pusty"), str(tmp_path / "notatka.txt"), str(tmp_path / "brak")]
    result = Cli(example).raw("summary", "--json", *args)
    assert result.exit_code == 3
    errors = {Path(r["source"]).name: r["error"] for r in json.loads(result.stdout)["gminas"]}
    assert errors[example.name] is None
    assert "nie ma folderu gminy ani paczki" in errors["pusty"]
    assert "nie jest folder gminy ani paczka" in errors["notatka.txt"]
    assert "nie ma takiego pliku ani folderu" in errors["brak"]


def test_csv_for_excel(tmp_path: Path, example: Path) -> None:
    ok(Cli(example)("config", "set", "gmina.nazwa", '=HYPERLINK("http://zlo.example")'))
    target = tmp_path / "zestawienie.csv"
    result = ok(Cli(example).raw("summary", str(example), "--today", TODAY, "--csv", str(target)))
    assert str(target) in flat(result.stderr)
    data = target.read_bytes()
    assert data.startswith("\ufeff".encode()) and b"\r\n" in data
    header, row = data.decode("utf-8-sig").splitlines()[:2]
    assert header.split(";")[:4] == ["Gmina", "Źródło", "1. partnerstwo", "2. spotkania"]
    assert row.startswith('"\'=HYPERLINK(""http://zlo.example"")";')
    assert ";zrobione;" in row and ";7/7;" in row
    refused_again = Cli(example).raw("summary", str(example), "--csv", str(target))
    assert refused_again.exit_code == 1 and "--force" in flat(refused_again.stderr)


def test_windows_files_travel_byte_for_byte_and_read_as_in_the_folder(tmp_path: Path, example: Path) -> None:
    """Files saved by Notepad (BOM, CRLF) are packed as they are and read from the pack as from the folder."""
    for path in example.glob("*.toml"):
        text = path.read_text(encoding="utf-8").replace("\n", "\r\n")
        path.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    target = pack(example, tmp_path / "Wierzbno Dolne 2019.zip")
    with_names = with_trainings(tmp_path / "z uczestnikami")
    ok(Cli(with_names)("config", "set", "gmina.nazwa", "Zagrodno"))
    rows = summary_json(Cli(example), "--today", PACK_DAY, str(target), str(with_names))["gminas"]
    own = json.loads(ok(Cli(example)("status", "--json", "--today", PACK_DAY)).stdout)
    assert [r["gmina"] for r in rows] == ["Wierzbno Dolne", "Zagrodno"] and rows[0]["status"] == own
    assert "Genowefa" not in json.dumps(rows, ensure_ascii=False)  # a folder's participants are not read


def test_a_gmina_with_a_broken_record_is_shown_with_what_could_be_read(example: Path) -> None:
    with (example / "spotkania.toml").open("a", encoding="utf-8") as file:
        file.write('\n[[spotkanie]]\nid = "zle"\ndata = 2018-02-30\n')
    rows = summary_json(Cli(example), "--today", TODAY, str(example))["gminas"]
    own = Cli(example)("status", "--json", "--today", TODAY)
    assert own.exit_code == 3 and rows[0]["status"] == json.loads(own.stdout)
    assert rows[0]["error"] is None and rows[0]["status"]["left_out"]
    assert rows[0]["attention"] == ["1 błąd w plikach gminy — e-Mocarz sprawdzi je poleceniem emocni check"]


def test_a_gmina_whose_settings_cannot_be_read_is_one_row(tmp_path: Path, example: Path) -> None:
    (example / "emocni.toml").write_bytes(
        '[gmina]\nnazwa = "Wierzbno"\n'.encode("cp1250") + "ł".encode("cp1250")
    )
    result = Cli(example).raw("summary", "--json", str(example))
    row = json.loads(result.stdout)["gminas"][0]
    assert result.exit_code == 3 and row["status"] is None
    assert "emocni.toml" in row["error"] and "UTF-8" in row["error"]


def test_the_next_event_can_be_a_training_session(example: Path) -> None:
    # on 1.04.2019 the example's next event is the first session of 2019-02 (3.04.2019)
    row = summary_json(Cli(example), "--today", "2019-04-01", str(example))["gminas"][0]
    assert row["next_event"]["kind"] == "session" and row["next_event"]["date"] == "2019-04-03"
    assert "Profil zaufany" in row["next_event"]["what"]
