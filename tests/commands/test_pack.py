"""emocni pack: one .zip for the animator, without the participants' personal data."""

from __future__ import annotations

import json
from pathlib import Path

from tests.animator import PACK_DAY, PERSONAL, members, pack, with_trainings
from tests.cli_asserts import flat, ok, refused
from tests.helpers import Cli


def test_a_pack_holds_the_animators_files_and_no_personal_data(tmp_path: Path) -> None:
    folder = with_trainings(tmp_path / "Wierzbno Dolne")
    kept = folder / ".emocni" / "historia" / "000001" / "przed"  # the history keeps copies of it
    kept.mkdir(parents=True)
    (kept / "uczestnicy.toml").write_bytes((folder / "uczestnicy.toml").read_bytes())
    result = ok(Cli(folder)("pack", "--today", PACK_DAY))
    target = folder / "dokumenty" / f"emocni-wierzbno-dolne-{PACK_DAY}.zip"
    assert str(target) in flat(result.stderr)
    files = members(target)
    assert sorted(files) == sorted(
        [
            "manifest.json",
            "emocni.toml",
            "partnerzy.toml",
            "spotkania.toml",
            "konsultacje.toml",
            "webinaria.toml",
            "plan-ogolny.toml",
            "plan-2018.toml",
            "plan-2019.toml",
            "zajecia.toml",
        ]
    )
    everything = target.read_bytes() + b"".join(files.values())
    for word in PERSONAL:
        assert word.encode() not in everything, word
    assert files["partnerzy.toml"] == (folder / "partnerzy.toml").read_bytes()
    manifest = json.loads(files["manifest.json"])
    assert manifest["gmina"] == "Wierzbno Dolne" and manifest["date"] == PACK_DAY
    assert manifest["emocni"] and manifest["trained"]["people_trained"] == 1  # one of the two completed
    assert "zapisy.toml" in flat(result.stderr) and "liczbę przeszkolonych: 1" in flat(result.stderr)


def test_the_people_trained_are_those_of_status_json_on_the_packs_day(tmp_path: Path) -> None:
    folder = with_trainings(tmp_path / "gmina")
    target = pack(folder, tmp_path / "paczka.zip")
    status = json.loads(ok(Cli(folder)("status", "--json", "--today", PACK_DAY)).stdout)
    assert json.loads(members(target)["manifest.json"])["trained"] == status["trained"]


def test_an_invalid_workspace_is_not_packed(tmp_path: Path, example: Path) -> None:
    (example / "spotkania.toml").write_text('[[spotkanie]]\nid = "x"\ndata = 2018-13-01\n', encoding="utf-8")
    result = Cli(example)("pack", "-o", str(tmp_path / "p.zip"))
    refused(result, 3, "spotkania.toml")
    assert not (tmp_path / "p.zip").exists()


def test_an_existing_pack_is_replaced_only_with_force(tmp_path: Path, example: Path) -> None:
    target = tmp_path / "p.zip"
    target.write_bytes(b"moje")
    refused(Cli(example)("pack", "-o", str(target)), 1, "już istnieje", "--force")
    assert target.read_bytes() == b"moje"
    ok(Cli(example)("paczka", "-o", str(target), "--force"))
    assert "manifest.json" in members(target)


def test_the_example_with_its_sixty_participants_packs_without_any_of_them(
    tmp_path: Path, example: Path
) -> None:
    import tomllib

    people = tomllib.loads((example / "uczestnicy.toml").read_text(encoding="utf-8"))["uczestnik"]
    assert len(people) >= 60
    target = pack(example, tmp_path / "paczka.zip", "2019-12-31")
    everything = b"".join(members(target).values()).decode("utf-8")
    for person in people:
        name = person.get("imie_nazwisko")
        assert not name or name not in everything, name
        contact = person.get("kontakt") or ""
        assert not any(c.isdigit() or c == "@" for c in contact) or contact not in everything, contact
    status = json.loads(ok(Cli(example)("status", "--json", "--today", "2019-12-31")).stdout)
    assert json.loads(members(target)["manifest.json"])["trained"] == status["trained"]
    assert status["trained"]["people_trained"] > 0
