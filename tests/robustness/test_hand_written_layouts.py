"""Records laid out by hand in ways the tool never writes — ids with stray spaces, records as one
inline array, comments inside a list — can be edited and removed like any other, keeping the layout."""

from __future__ import annotations

import tomllib
from collections.abc import Callable
from pathlib import Path

from tests.cli_asserts import ok
from tests.helpers import Cli

Unchanged = Callable[[Path], Callable[[], None]]

SPACED_IDS = """
[[partner]]
id = "gbp "
nazwa = "Gminna Biblioteka Publiczna"
rodzaj = "biblioteka"

[[partner]]
id = "gok"
nazwa = "Gminny Ośrodek Kultury"
rodzaj = "GOK"
"""

MEETING = """
[[spotkanie]]
id = "s1"
data = 2018-01-10
obecni = [
    " gbp",  # przyszła dyrektorka
    "gok",   # pan Nowak
]
"""


def append(path: Path, text: str) -> None:
    path.write_text(path.read_text(encoding="utf-8") + text, encoding="utf-8")


def records(path: Path, table: str) -> list[dict]:
    return tomllib.loads(path.read_text(encoding="utf-8"))[table]


def test_an_id_typed_with_a_space_can_be_edited_and_removed(cli: Cli) -> None:
    partners = cli.folder / "partnerzy.toml"
    append(partners, SPACED_IDS)
    ok(cli("partner", "edit", "gbp", "--notes", "czytelnia na parterze"))
    assert records(partners, "partner")[0]["notatki"] == "czytelnia na parterze"
    result = ok(cli("partner", "remove", "gbp"))
    assert "Traceback" not in result.output
    assert [p["id"] for p in records(partners, "partner")] == ["gok"]


def test_removing_a_partner_with_force_drops_a_spaced_reference_and_keeps_the_other_comments(
    cli: Cli,
) -> None:
    append(cli.folder / "partnerzy.toml", SPACED_IDS)
    meetings = cli.folder / "spotkania.toml"
    append(meetings, MEETING)
    ok(cli("check"))
    result = ok(cli("partner", "remove", "gbp", "--force"))
    assert "spotkania.toml: s1 (obecni)" in result.stderr
    text = meetings.read_text(encoding="utf-8")
    assert text.endswith('obecni = [\n    "gok",   # pan Nowak\n]\n')
    assert "przyszła dyrektorka" not in text
    ok(cli("check"))


def test_removing_the_only_partner_of_a_list_removes_the_key(cli: Cli) -> None:
    append(cli.folder / "partnerzy.toml", SPACED_IDS)
    meetings = cli.folder / "spotkania.toml"
    append(meetings, MEETING.replace('    "gok",   # pan Nowak\n', ""))
    ok(cli("partner", "remove", "gbp", "--force"))
    assert "obecni" not in records(meetings, "spotkanie")[0]
    ok(cli("check"))


INLINE = 'partner = [{id = "gbp", nazwa = "Biblioteka", rodzaj = "biblioteka"}]  # wszyscy w jednym wierszu\n'


def test_records_written_as_an_inline_array_get_a_new_one_the_same_way(cli: Cli) -> None:
    partners = cli.folder / "partnerzy.toml"
    append(partners, INLINE)
    ok(cli("partner", "add", "Gminny Ośrodek Kultury", "--type", "GOK", "--id", "gok"))
    text = partners.read_text(encoding="utf-8")
    assert not [line for line in text.splitlines() if line.startswith("[[partner]]")]
    assert "# wszyscy w jednym wierszu" in text
    assert [p["id"] for p in records(partners, "partner")] == ["gbp", "gok"]
    ok(cli("partner", "edit", "gok", "--role", "sala"))
    assert records(partners, "partner")[1]["rola"] == "sala"
    ok(cli("partner", "remove", "gbp"))
    assert [p["id"] for p in records(partners, "partner")] == ["gok"]
    ok(cli("check"))
