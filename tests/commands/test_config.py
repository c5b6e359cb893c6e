"""emocni config list|get|set|unset: the settings of emocni.toml by dotted key, as git config."""

from __future__ import annotations

import json
import tomllib
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.builders import GBP
from tests.cli_asserts import flat, ok, refused, sh
from tests.helpers import Cli

HAND_WRITTEN = """\
# Moja gmina — notatki Marty
wersja_schematu = 1

[gmina]
nazwa = "Wierzbno Dolne"   # bez słowa „gmina”
powiat = "olszyński"
kod_pocztowy = "11-200"    # mój klucz, emocni go nie zna

[emocarz]
imie_nazwisko = "Marta Sobczak"
telefon = "89 123 45 67"

# animator przyjeżdża w czwartki
[animator]
imie_nazwisko = "Paweł Zieliński"

[plan]
rok_poczatkowy = 2018
"""


def config(ws: Path) -> dict:
    return tomllib.loads((ws / "emocni.toml").read_text(encoding="utf-8-sig"))


def test_set_then_get_each_kind_of_value(cli: Cli, ws: Path) -> None:
    ok(sh(cli, "config set emocarz.email marta.sobczak@gbp.pl"))
    ok(sh(cli, "config set gmina.liczba_mieszkancow '6 240'"))
    ok(sh(cli, "config set wymagania.budzet_zdalny_h 9,5"))
    ok(cli("config", "set", "wymagania.cel_uczestnikow", "1\u00a0200"))  # Word's hard space
    ok(sh(cli, "config set partnerstwo.data_zawiazania 16.01.2018"))
    ok(sh(cli, "config set emocarz.instytucja 'Gminna Biblioteka Publiczna'"))
    saved = config(ws)
    assert saved["emocarz"]["email"] == "marta.sobczak@gbp.pl"
    assert saved["gmina"]["liczba_mieszkancow"] == 6240
    assert saved["wymagania"]["budzet_zdalny_h"] == 9.5 and saved["wymagania"]["cel_uczestnikow"] == 1200
    assert str(saved["partnerstwo"]["data_zawiazania"]) == "2018-01-16"  # a TOML date, not text
    # get prints the bare value, for scripts
    assert ok(sh(cli, "config get emocarz.email")).stdout == "marta.sobczak@gbp.pl\n"
    assert ok(sh(cli, "config get gmina.liczba_mieszkancow")).stdout == "6240\n"
    assert ok(sh(cli, "config get partnerstwo.data_zawiazania")).stdout == "2018-01-16\n"
    assert ok(sh(cli, "config get emocarz.instytucja")).stdout == "Gminna Biblioteka Publiczna\n"
    ok(cli("check"))


def test_list_shows_every_key_the_unset_ones_and_defaults(cli: Cli, ws: Path) -> None:
    ok(sh(cli, "config unset wymagania.min_partnerow"))
    rows = {
        line.split("│")[1].strip(): line.split("│")[2].strip()
        for line in ok(sh(cli, "config list")).stdout.splitlines()
        if line.count("│") == 3
    }
    assert rows["gmina.nazwa"] == "Wierzbno Dolne"
    assert rows["gmina.teryt"] == "(nie ustawiono)"
    assert rows["wymagania.min_partnerow"] == "3 (domyślnie)"
    assert rows["wymagania.cel_uczestnikow"] == "(nie ustawiono)"
    assert {"emocarz.email", "animator.telefon", "partnerstwo.lider", "plan.rok_poczatkowy"} <= set(rows)
    data = json.loads(ok(sh(cli, "config list --json")).stdout)
    assert data["gmina.nazwa"] == "Wierzbno Dolne" and data["emocarz.email"] is None


def test_get_of_a_default_and_of_a_key_not_set(cli: Cli) -> None:
    ok(sh(cli, "config unset wymagania.min_spotkan"))
    assert ok(sh(cli, "config get wymagania.min_spotkan")).stdout == "2\n"
    result = sh(cli, "config get animator.telefon")
    refused(result, 1, "animator.telefon nie jest zapisane", "emocni config set animator.telefon")
    assert result.stdout == ""


def test_set_keeps_comments_and_unknown_keys_byte_for_byte(cli: Cli, ws: Path) -> None:
    (ws / "emocni.toml").write_text(HAND_WRITTEN, encoding="utf-8")
    ok(sh(cli, "config set gmina.powiat lidzbarski"))
    ok(sh(cli, "config set emocarz.email marta@gbp.pl"))
    expected = HAND_WRITTEN.replace('powiat = "olszyński"', 'powiat = "lidzbarski"').replace(
        'telefon = "89 123 45 67"\n', 'telefon = "89 123 45 67"\nemail = "marta@gbp.pl"\n'
    )
    assert (ws / "emocni.toml").read_text(encoding="utf-8") == expected
    ok(sh(cli, "config unset emocarz.email"))
    ok(sh(cli, "config set gmina.powiat olszyński"))
    assert (ws / "emocni.toml").read_text(encoding="utf-8") == HAND_WRITTEN


def test_set_of_a_section_missing_from_the_file_adds_it(cli: Cli, ws: Path) -> None:
    (ws / "emocni.toml").write_text(HAND_WRITTEN, encoding="utf-8")
    ok(sh(cli, "config set wymagania.cel_uczestnikow 120"))
    text = (ws / "emocni.toml").read_text(encoding="utf-8")
    assert text.startswith(HAND_WRITTEN) and config(ws)["wymagania"] == {"cel_uczestnikow": 120}
    ok(cli("check"))


def test_a_windows_file_stays_crlf_with_bom(cli: Cli, ws: Path) -> None:
    path = ws / "emocni.toml"
    path.write_bytes(b"\xef\xbb\xbf" + HAND_WRITTEN.replace("\n", "\r\n").encode("utf-8"))
    ok(sh(cli, "config set animator.telefon '600 100 200'"))
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and data.count(b"\r\n") == data.count(b"\n")
    expected = HAND_WRITTEN.replace(
        'imie_nazwisko = "Paweł Zieliński"\n', 'imie_nazwisko = "Paweł Zieliński"\ntelefon = "600 100 200"\n'
    )
    assert data == b"\xef\xbb\xbf" + expected.replace("\n", "\r\n").encode("utf-8")


@pytest.mark.parametrize(
    ("line", "phrases"),
    [
        (
            "config set gmina.liczba_mieszkancow abc",
            ["Ustawienie gmina.liczba_mieszkancow", "liczby całkowitej"],
        ),
        ("config set emocarz.email marta", ["Ustawienie emocarz.email", "nie wygląda na adres e-mail"]),
        ("config set gmina.teryt 12-34", ["Ustawienie gmina.teryt", "kod TERYT ma 7 cyfr"]),
        ("config set gmina.teryt 0000000", ["to nie kod TERYT gminy"]),
        ("config set plan.rok_poczatkowy 1999", ["Ustawienie plan.rok_poczatkowy", "co najmniej 2016"]),
        ("config set wymagania.min_partnerow 0", ["Ustawienie wymagania.min_partnerow", "co najmniej 1"]),
        ("config set partnerstwo.data_zawiazania 31.02.2018", ["Ustawienie partnerstwo.data_zawiazania"]),
        ("config set gmina.nazwa ''", ["Pusta wartość ustawienia gmina.nazwa", "jest wymagane"]),
        ("config set emocarz.telefon ''", ["Pusta wartość", "emocni config unset emocarz.telefon"]),
    ],
)
def test_a_refused_value_names_the_key_and_writes_nothing(
    cli: Cli, ws: Path, unchanged: Callable[[Path], Callable[[], None]], line: str, phrases: list[str]
) -> None:
    check = unchanged(ws)
    refused(sh(cli, line), 2, *phrases)
    check()


def test_a_change_the_workspace_refuses_writes_nothing(
    filled_ws: Cli, unchanged: Callable[[Path], Callable[[], None]]
) -> None:
    check = unchanged(filled_ws.folder)
    refused(sh(filled_ws, "config set partnerstwo.lider nie-ma-takiego"), 2, "nie-ma-takiego", "gbp")
    check()
    ok(sh(filled_ws, "config set partnerstwo.lider gbp"))
    assert ok(sh(filled_ws, "config get partnerstwo.lider")).stdout == "gbp\n"


@pytest.fixture
def filled_ws(cli: Cli) -> Cli:
    ok(sh(cli, GBP))
    return cli


def test_a_plan_period_the_plan_files_contradict_writes_nothing(
    plan_ws: Path, unchanged: Callable[[Path], Callable[[], None]]
) -> None:
    check = unchanged(plan_ws)
    message = refused(Cli(plan_ws)("config", "set", "plan.rok_poczatkowy", "2020"), 3, "nic nie zapisano")
    assert "plan-2019.toml" in message
    check()


@pytest.mark.parametrize(
    ("typed", "suggested"),
    [
        ("gmina.mieszkancy", "gmina.liczba_mieszkancow"),
        ("emocarz.emial", "emocarz.email"),
        ("gmina.terytt", "gmina.teryt"),
        ("animator.tel", "animator.telefon"),
    ],
)
def test_an_unknown_key_gets_close_matches_and_the_list_hint(
    cli: Cli, ws: Path, unchanged: Callable[[Path], Callable[[], None]], typed: str, suggested: str
) -> None:
    check = unchanged(ws)
    for verb in ("get", "set", "unset"):
        args = ["config", verb, typed] + (["x"] if verb == "set" else [])
        message = refused(cli(*args), 2, f"Nie ma ustawienia „{typed}”", "emocni config list")
        assert suggested in message
    check()


def test_unset_removes_an_optional_key_and_refuses_a_required_one(
    cli: Cli, ws: Path, unchanged: Callable[[Path], Callable[[], None]]
) -> None:
    ok(sh(cli, "config set animator.email pawel@fundacja.pl"))
    ok(sh(cli, "config unset animator.email"))
    assert "email" not in config(ws)["animator"]
    again = ok(sh(cli, "config unset animator.email"))
    assert "nie było zapisane" in flat(again.stderr)
    check = unchanged(ws)
    refused(
        sh(cli, "config unset gmina.nazwa"), 1, "gmina.nazwa jest wymagane", "emocni config set gmina.nazwa"
    )
    refused(sh(cli, "config unset plan.rok_poczatkowy"), 1, "jest wymagane")
    refused(sh(cli, "config set wersja_schematu 2"), 1, "zapisuje je sam program emocni")
    check()


def test_unset_of_a_threshold_brings_back_its_default(cli: Cli, ws: Path) -> None:
    ok(sh(cli, "config set wymagania.min_partnerow 5"))
    result = ok(sh(cli, "config unset wymagania.min_partnerow"))
    assert "obowiązuje wartość domyślna: 3" in flat(result.stderr)
    assert "min_partnerow" not in config(ws)["wymagania"]
    assert ok(sh(cli, "config get wymagania.min_partnerow")).stdout == "3\n"


@pytest.mark.parametrize(
    ("key", "typed", "stored", "removed"),
    [
        ("gmina.nazwa", "Gmina Lipno Górne", "Lipno Górne", "Gmina"),
        ("gmina.nazwa", "gmina Lipno Górne", "Lipno Górne", "gmina"),
        ("gmina.powiat", "powiat lipnowski", "lipnowski", "powiat"),
        ("gmina.powiat", "Powiat lipnowski", "lipnowski", "Powiat"),
    ],
)
def test_a_leading_gmina_or_powiat_is_taken_off_with_a_note(
    cli: Cli, ws: Path, key: str, typed: str, stored: str, removed: str
) -> None:
    result = ok(cli("config", "set", key, typed))
    assert f"„{stored}” bez „{removed}” na początku" in flat(result.stderr)
    assert config(ws)["gmina"][key.split(".")[1]] == stored
    assert ok(cli("config", "get", key)).stdout == f"{stored}\n"


def test_a_name_that_is_only_the_word_stays(cli: Cli, ws: Path) -> None:
    result = ok(cli("config", "set", "gmina.nazwa", "Gminy Lipno"))
    assert "na początku" not in result.stderr
    assert config(ws)["gmina"]["nazwa"] == "Gminy Lipno"


def test_a_hand_written_gmina_prefix_is_a_warning_and_left_out_of_status(cli: Cli, ws: Path) -> None:
    path = ws / "emocni.toml"
    text = path.read_text(encoding="utf-8").replace(
        'nazwa = "Wierzbno Dolne"', 'nazwa = "Gmina Wierzbno Dolne"'
    )
    path.write_text(text.replace("[gmina]\n", '[gmina]\npowiat = "powiat olszyński"\n'), encoding="utf-8")
    check = ok(cli("check"))
    message = flat(check.stderr)
    assert "słowo „Gmina” na początku jest zbędne" in message
    assert 'emocni config set gmina.nazwa "Wierzbno Dolne"' in message
    assert "słowo „powiat” na początku jest zbędne" in message
    status = ok(cli("status")).stdout
    assert "gmina Wierzbno Dolne" in status and "Gmina Gmina" not in status and "gmina Gmina" not in status
    shown = ok(cli("partnership", "show")).stdout
    assert "Gmina Wierzbno Dolne" in shown and "powiat: olszyński" in flat(shown)
