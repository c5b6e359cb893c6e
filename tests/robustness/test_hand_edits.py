"""Files people edit by hand: comments, blank lines, extra keys, BOM and CRLF line ends all survive
every command that writes."""

from __future__ import annotations

import os
import tomllib
from pathlib import Path

import pytest

from tests.cli_asserts import flat, ok
from tests.helpers import Cli

HAND_WRITTEN = """\
# Nasi partnerzy — plik prowadzi Marta (komentarz dopisany ręcznie)

[[partner]]
id = "gbp"
nazwa = "Gminna Biblioteka Publiczna"   # lider
rodzaj = "biblioteka"
ulubiony_kolor = "zielony"


# --- partnerzy z Kamionki ---
[[partner]]
id = "osp"
nazwa = "OSP Kamionka"
rodzaj = "OSP"
zasoby = [
    "remiza",   # w zimie zimno
    "rzutnik",
]

[dodatkowe_informacje]
kto_prowadzi = "Marta"
"""


def lines_of(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines()


def test_comments_blank_lines_and_extra_keys_survive_add_edit_remove(cli: Cli) -> None:
    path = cli.folder / "partnerzy.toml"
    path.write_text(HAND_WRITTEN, encoding="utf-8")
    original = lines_of(path)

    ok(cli("partner", "add", "Gminny Ośrodek Kultury", "--type", "GOK"))
    ok(
        cli(
            "partner",
            "edit",
            "gbp",
            "--contact",
            "Marta Sobczak",
            "--name",
            "Gminna Biblioteka Publiczna w W.",
        )
    )
    ok(cli("partner", "edit", "osp", "--role", "miejsce szkoleń"))
    ok(cli("partner", "remove", "gok"))

    after = lines_of(path)
    renamed = 'nazwa = "Gminna Biblioteka Publiczna w W."   # lider'
    expected = [renamed if line.startswith('nazwa = "Gminna') else line for line in original]
    # the new keys go right after each record's last key; everything else is exactly as written
    expected.insert(expected.index('ulubiony_kolor = "zielony"') + 1, 'osoba_kontaktowa = "Marta Sobczak"')
    expected.insert(expected.index("]") + 1, 'rola = "miejsce szkoleń"')
    assert after == expected
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    assert data["partner"][0]["ulubiony_kolor"] == "zielony"
    assert data["dodatkowe_informacje"] == {"kto_prowadzi": "Marta"}


def test_removing_a_record_keeps_the_comments_of_the_others(cli: Cli) -> None:
    path = cli.folder / "partnerzy.toml"
    path.write_text(HAND_WRITTEN, encoding="utf-8")
    ok(cli("partner", "remove", "gbp"))
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# Nasi partnerzy — plik prowadzi Marta")
    assert "# --- partnerzy z Kamionki ---" in text
    assert '"remiza",   # w zimie zimno' in text
    assert "gbp" not in text and "ulubiony_kolor" not in text


def test_a_new_key_goes_before_the_comment_that_describes_the_next_section(cli: Cli) -> None:
    ok(cli("partnership", "edit", "--founded", "16.01.2018", "--document", "porozumienie partnerskie"))
    lines = lines_of(cli.folder / "emocni.toml")
    start = lines.index("[partnerstwo]")
    section = lines[start : lines.index("[emocarz]")]
    assert section[1:4] == [
        'nazwa = "Gminne partnerstwo na rzecz edukacji cyfrowej w gminie Wierzbno Dolne"',
        'dokument = "porozumienie partnerskie"',
        "data_zawiazania = 2018-01-16",
    ]
    assert section[-1].startswith("# e-Mocarz")  # still right above its own section


def test_a_new_key_is_indented_like_the_keys_written_by_hand(cli: Cli) -> None:
    kgw = '[[partner]]\n\tid = "kgw"\n\tnazwa = "KGW"\n\trodzaj = "kgw"\n'
    osp = '# Kamionka\n[[partner]]\nid = "osp"\nnazwa = "OSP"\nrodzaj = "osp"\n'
    (cli.folder / "partnerzy.toml").write_text(kgw + "\n" + osp, encoding="utf-8")
    ok(cli("partner", "edit", "kgw", "--email", "kgw@gmina.pl", "--joined", "01.02.2018"))
    lines = lines_of(cli.folder / "partnerzy.toml")
    assert lines[4:6] == ['\temail = "kgw@gmina.pl"', "\tdata_przystapienia = 2018-02-01"]
    assert lines[7:9] == ["# Kamionka", "[[partner]]"]
    ok(cli("partner", "edit", "osp", "--email", "osp@gmina.pl"))
    assert lines_of(cli.folder / "partnerzy.toml")[-1] == 'email = "osp@gmina.pl"'  # no indent where none was


def test_every_record_command_keeps_hand_comments(cli: Cli) -> None:
    ok(cli("partner", "add", "Biblioteka", "--type", "biblioteka", "--id", "gbp"))
    for name in ("spotkania.toml", "konsultacje.toml", "webinaria.toml"):
        path = cli.folder / name
        path.write_text(path.read_text(encoding="utf-8") + "\n# mój komentarz na końcu\n", encoding="utf-8")
    ok(cli("meeting", "add", "--date", "2018-01-16", "--kind", "porozumienie", "--held", "-a", "gbp"))
    ok(cli("meeting", "held", "2018-01-16", "--people", "11"))
    ok(cli("consultation", "add", "--form", "telefon", "--date", "2018-05-14", "--duration", "1h", "--held"))
    ok(cli("consultation", "edit", "telefon-2018-05-14", "--topic", "plan"))
    ok(cli("webinar", "add", "Plan bez tajemnic", "--date", "2018-09-12"))
    ok(cli("webinar", "edit", "plan-bez-tajemnic", "--recording"))
    for name in ("spotkania.toml", "konsultacje.toml", "webinaria.toml"):
        text = (cli.folder / name).read_text(encoding="utf-8")
        assert "# mój komentarz na końcu" in text
        assert text.startswith("# ")  # the explanatory header written by init


def notepad_bytes(text: str) -> bytes:
    """What Windows Notepad saves as 'UTF-8 with BOM': a BOM and CRLF line ends."""
    return ("\ufeff" + text.replace("\n", "\r\n")).encode("utf-8")


def test_bom_and_crlf_are_accepted_and_kept_after_a_write(cli: Cli) -> None:
    path = cli.folder / "partnerzy.toml"
    path.write_bytes(notepad_bytes(HAND_WRITTEN))
    ok(cli("check"))
    assert "OSP Kamionka" in cli("partner", "list").stdout

    ok(cli("partner", "edit", "osp", "--phone", "601 555 318"))
    ok(cli("partner", "add", "Koło Gospodyń Wiejskich „Wierzbianki”", "--type", "KGW"))
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    assert data.count(b"\n") == data.count(b"\r\n")  # no bare LF slipped in
    text = data.decode("utf-8-sig").replace("\r\n", "\n")
    assert "# w zimie zimno" in text and 'telefon = "601 555 318"' in text and "„Wierzbianki”" in text


def test_crlf_without_bom_stays_without_bom(cli: Cli) -> None:
    path = cli.folder / "webinaria.toml"
    path.write_bytes(path.read_bytes().replace(b"\n", b"\r\n"))
    ok(cli("webinar", "add", "Plan bez tajemnic", "--date", "12.09.2018"))
    data = path.read_bytes()
    assert not data.startswith(b"\xef\xbb\xbf")
    assert data.count(b"\n") == data.count(b"\r\n")


def test_a_notepad_edit_with_a_typo_in_a_key_is_kept_and_pointed_out(cli: Cli) -> None:
    """Written as a person would in Notepad: BOM, CRLF, a comment, Polish letters, a misspelt key."""
    path = cli.folder / "partnerzy.toml"
    path.write_bytes(
        notepad_bytes(
            path.read_text(encoding="utf-8")
            + '\n# dopisane w Notatniku\n[[partner]]\nid = "kgw"\nnazwa = "KGW „Wierzbianki”"\n'
            'rodzaj = "koło gospodyń wiejskich"\nosoba_kontkatowa = "Danuta Krawczyk"\n'
        )
    )
    checked = cli("check")
    assert checked.exit_code == 0, checked.output
    message = flat(checked.stderr)
    assert (
        "partnerzy.toml:" in message and "„osoba_kontkatowa” — może chodziło o „osoba_kontaktowa”?" in message
    )

    ok(cli("partner", "edit", "kgw", "--contact", "Danuta Krawczyk"))
    text = path.read_bytes().decode("utf-8-sig")
    assert 'osoba_kontkatowa = "Danuta Krawczyk"\r\nosoba_kontaktowa = "Danuta Krawczyk"' in text
    assert "KGW „Wierzbianki”" in cli("partner", "show", "kgw").stdout


@pytest.mark.skipif(os.name != "posix", reason="Unix file modes")
def test_files_written_by_emocni_are_readable_by_others(ws: Path) -> None:
    """A temporary file alone would be private to its owner; the workspace is shared (e.g. on a NAS)."""
    import stat

    ok(Cli(ws)("partner", "add", "OSP Kamionka", "--type", "OSP"))  # a rewrite keeps the mode
    for path in ws.glob("*.toml"):
        assert stat.S_IMODE(path.stat().st_mode) & 0o044, path.name


def test_a_misspelt_key_in_the_settings_is_pointed_out(cli: Cli) -> None:
    path = cli.folder / "emocni.toml"
    text = path.read_text(encoding="utf-8").replace(
        'nazwa = "Wierzbno Dolne"\n', 'nazwa = "Wierzbno Dolne"\nwojewodztow = "nadbużańskie"\n'
    )
    path.write_bytes(notepad_bytes(text))
    line = text.splitlines().index('wojewodztow = "nadbużańskie"') + 1
    message = flat(ok(cli("check")).stderr)
    where = f"emocni.toml:{line} (pole „gmina.wojewodztow”)"
    assert f"{where}: nieznany klucz „wojewodztow” — może chodziło o „wojewodztwo”?" in message
    ok(cli("partnership", "edit", "--founded", "16.01.2018"))
    assert 'wojewodztow = "nadbużańskie"\r\n' in path.read_bytes().decode("utf-8-sig")
