"""Every writing command writes the same bytes as before the linear writes (issue 13): each
command runs on a fresh copy of the example and of a hand-edited copy of it (CRLF and a BOM, tabs,
comments after the last key and between records, unknown keys), and the files it changed are
compared with golden files made once by the code before that change (tests/release/golden/).

EMOCNI_WRITE_GOLDEN=1 python -m pytest tests/release/test_written_bytes.py writes them anew —
only for a change that is meant to write differently."""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
from pathlib import Path

import pytest
import tomli

from tests.cli_asserts import ok
from tests.helpers import EXAMPLE, Cli

GOLDEN = Path(__file__).parent / "golden"
PARTNER_CSV = (
    "id;nazwa;rodzaj;telefon\r\n"
    "gops;Gminny Ośrodek Pomocy Społecznej w Wierzbnie Dolnym;ops;84 555 77 77\r\n"
    "parafia;Parafia św. Anny;parafia;84 555 66 66\r\n"
)

COMMANDS = [
    "partner add 'Parafia św. Anny' --type parafia --joined 2018-02-01 -r 'sala parafialna'",
    "partner edit gops --phone '84 555 99 99' --resource 'sala' --resource 'świetlica'",
    "partner edit osp-kamionka --left 2019-01-31 --nip 1234567890",
    "partner edit gops --role ''",
    "partner edit stowarzyszenie-kamionka --name 'Stowarzyszenie Przyjaciół Kamionki' --notes 'nowe'",
    "partner remove stowarzyszenie-kamionka --force",
    "partner remove gops --force",
    "partner remove gminna-biblioteka-publiczna --force",
    "partner import --csv {csv} --update",
    "meeting add --date 2019-03-12 --kind robocze --place 'Świetlica w Olszynach' -a gops",
    "meeting held 2018-10-23 --people 20 --notes 'Plan przyjęty jednogłośnie.' -a osp-kamionka",
    "meeting edit 2018-04-10 --place 'Świetlica' -a gops -a urzad-gminy --chair 'Jan Kowalczyk'",
    "meeting edit 2017-11-21 --notes ''",
    "meeting remove 2018-04-10",
    "consultation add --form telefon --date 2019-03-01 --duration 30m --held",
    "consultation edit online-2018-06-05 --duration 2h",
    "consultation remove telefon-2018-05-14",
    "webinar add 'Trwałość partnerstwa' --date 2019-03-20 --id trwalosc",
    "webinar held webinarium-wprowadzajace --recording --date 2018-10-01",
    "webinar edit plan-bez-tajemnic --notes 'Nagranie na platformie.'",
    "webinar remove plan-bez-tajemnic",
    "training add --year 2019 --title 'Bezpieczne zakupy w sieci' --area finanse --hours 8",
    "training edit 2019-02 --hours 10 --title 'Nowy tytuł'",
    "training done 2019-01 --participants 12 --date 2019-03-01",
    "training session remove 2019-06 1 --force",
    "training session add 2019-06 --date 2019-06-25 --time 17:00 --hours 2 --count 2",
    "training enrol 2019-04 u-001 --date 2019-04-01",
    "training resign 2019-01 u-002 --date 2019-03-10",
    "training attendance 2019-02 --session 1 --absent u-014",
    "participant edit u-005 --place Olszyny",
    "participant forget u-003 --yes",
    "training remove 2018-01",
    "plan mark uploaded --date 2018-06-25 --remarks 'Bez uwag.'",
    "plan set diagnoza --text 'Ankieta wśród 112 mieszkańców.'",
    "plan adopt 2019 --date 2018-11-05",
    "plan adopt 2018 --date 2018-04-12",
    "partnership edit --leader urzad-gminy",
    "config set gmina.powiat 'hrubieszowski'",
]


def hand_edited(folder: Path) -> None:
    """The example as a person leaves it after a few edits in Notepad."""

    def edit(name: str, old: str, new: str, count: int = 1) -> None:
        path = folder / name
        text = path.read_text(encoding="utf-8")
        assert text.count(old) >= count, (name, old)
        path.write_text(text.replace(old, new, count), encoding="utf-8")

    edit("partnerzy.toml", 'id = "gops"', 'id = "gops"  # opieka społeczna\nulubiony_kolor = "zielony"')
    edit("partnerzy.toml", 'id = "osp-kamionka"', '\tid = "osp-kamionka"')
    edit(
        "partnerzy.toml", '\n[[partner]]\nid = "kgw', '\n# Koło dołączyło później.\n\n[[partner]]\nid = "kgw'
    )
    edit("spotkania.toml", "\n[[spotkanie]]", "\n# --- kolejne spotkanie ---\n[[spotkanie]]", 2)
    edit("plan-2019.toml", "\n[[szkolenie]]", "\n[[szkolenie]]\n# szkolenie z harmonogramu GOK", 1)
    edit("konsultacje.toml", 'id = "online-2018-06-05"', 'id = "online-2018-06-05"\npokoj = 12')
    edit("plan-2018.toml", "przyjeto = 2018-04-10\n", "")  # adopting it adds the key
    with (folder / "webinaria.toml").open("a", encoding="utf-8") as file:
        file.write("\n# koniec pliku\n")
    for name in ("partnerzy.toml", "spotkania.toml"):  # saved by Notepad: CRLF and a BOM
        path = folder / name
        path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes().replace(b"\n", b"\r\n"))


def workspace(tmp_path: Path, kind: str) -> Path:
    folder = tmp_path / kind
    shutil.copytree(EXAMPLE, folder)
    if kind == "hand-edited":
        hand_edited(folder)
    (tmp_path / "partnerzy.csv").write_text(PARTNER_CSV, encoding="utf-8-sig")
    return folder


def files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.glob("*.toml"))}


def written(tmp_path: Path, kind: str, command: str) -> dict[str, str]:
    """The files one command changed, as text with their exact line endings."""
    import shlex

    folder = workspace(tmp_path, kind)
    before = files(folder)
    ok(Cli(folder)(*shlex.split(command.format(csv=tmp_path / "partnerzy.csv"))))
    after = files(folder)
    changed = {name: data for name, data in after.items() if before.get(name) != data}
    assert changed, f"{command} changed nothing"
    return {name: data.decode("utf-8") for name, data in changed.items()}


@pytest.mark.parametrize("kind", ["example", "hand-edited"])
def test_every_write_command_writes_the_bytes_it_wrote_before(tmp_path: Path, kind: str) -> None:
    results = {cmd: written(tmp_path / str(i), kind, cmd) for i, cmd in enumerate(COMMANDS)}
    golden = GOLDEN / f"{kind}.json"
    if os.environ.get("EMOCNI_WRITE_GOLDEN") == "1":
        GOLDEN.mkdir(exist_ok=True)
        golden.write_text(json.dumps(results, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    expected = json.loads(golden.read_text(encoding="utf-8"))
    assert list(results) == list(expected)
    for command, changed in results.items():
        assert changed == expected[command], command


def test_a_change_of_one_record_runs_tomlkit_on_that_record_only(
    ws: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Linear writes: in files of 400 records, tomlkit (~0.4 ms a record) reads only the lines it
    changes — for an edit, a meeting held, a training done, a plan adopted and the references a
    partner removal drops."""
    import tomlkit

    def add(name: str, block: str) -> None:
        """400 records written by hand after what the file holds."""
        with (ws / name).open("a", encoding="utf-8") as file:
            file.write("".join(block.format(i=i, day=i % 28 + 1) for i in range(400)))

    add("partnerzy.toml", '\n[[partner]]\nid = "p{i}"\nnazwa = "Partner {i}"\nrodzaj = "inna"\n')
    meeting = '\n[[spotkanie]]\nid = "m{i}"\ndata = 2018-05-{day:02d}\nrodzaj = "robocze"\n'
    add("spotkania.toml", meeting + 'obecni = ["p1", "p2"]\n')
    add("plan-2019.toml", '\n[[szkolenie]]\nid = "s{i}"\ntytul = "Szkolenie {i}"\npartner = "p1"\n')
    ok(Cli(ws)("check"))
    parsed: list[int] = []
    real_parse = tomlkit.parse
    monkeypatch.setattr(tomlkit, "parse", lambda text: parsed.append(len(text)) or real_parse(text))
    cli = Cli(ws)
    for command in (
        ["partner", "edit", "p200", "--phone", "84 555 00 00", "--role", "sala"],
        ["meeting", "held", "m300", "--people", "12"],
        ["training", "done", "s100", "--participants", "9", "--date", "2019-03-01"],
        ["plan", "adopt", "2019", "--date", "2018-11-05"],
        ["partner", "remove", "p1", "--force"],
    ):
        ok(cli(*command))
        assert parsed and max(parsed) < 500, command
        parsed.clear()
    data = {
        name: tomli.loads((ws / name).read_text(encoding="utf-8"))
        for name in ("spotkania.toml", "plan-2019.toml")
    }
    assert all(m["obecni"] == ["p2"] for m in data["spotkania.toml"]["spotkanie"])
    assert not any("partner" in s for s in data["plan-2019.toml"]["szkolenie"])
    assert data["plan-2019.toml"]["przyjeto"] == dt.date(2018, 11, 5)
