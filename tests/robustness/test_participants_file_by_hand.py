"""uczestnicy.toml kept in Notepad on Windows (BOM, CRLF, comments, a key of one's own): adding a
person keeps all of it; forgetting one removes their every trace from their record — a comment
naming them and keys emocni does not know too — and leaves everybody else's as it was."""

from __future__ import annotations

from tests.cli_asserts import ok
from tests.helpers import Cli

BY_HAND = """\
# Uczestnicy — prowadzi Marta
[[uczestnik]]
id = "u-001"
imie_nazwisko = "Anna Nowak"   # z Kamionki
rok_urodzenia = 1956
plec = "k"
zgoda = 2019-02-20
telefon_corki = "605 111 222"
# Anna Nowak prosi o miejsce przy oknie

# sąsiadka pani Anny
[[uczestnik]]
id = "u-002"
imie_nazwisko = "Zofia Wiśniewska"
rok_urodzenia = 1960
zgoda = 2019-02-21
uwagi_wlasne = "przyjdzie z wnuczką"
"""


def test_a_notepad_file_keeps_its_form_and_forget_removes_only_that_person(cli: Cli) -> None:
    path = cli.folder / "uczestnicy.toml"
    path.write_bytes(b"\xef\xbb\xbf" + BY_HAND.replace("\n", "\r\n").encode("utf-8"))
    ok(cli("participant", "add", "Ewa Lis", "--birth-year", "1985", "--consent", "22.02.2019"))
    ok(cli("participant", "forget", "u-001", "--yes"))
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and b"\n" not in data.replace(b"\r\n", b"")
    text = data.decode("utf-8-sig").replace("\r\n", "\n")
    for gone in ("Anna Nowak", "605 111 222", "telefon_corki", "przy oknie", "1956", "z Kamionki"):
        assert gone not in text, gone
    for kept in (
        "# Uczestnicy — prowadzi Marta",
        "# sąsiadka pani Anny",
        'uwagi_wlasne = "przyjdzie z wnuczką"',
        'imie_nazwisko = "Zofia Wiśniewska"',
        'imie_nazwisko = "Ewa Lis"',
        'plec = "k"',
        'grupa_wiekowa = "60+"',
    ):
        assert kept in text, kept
    ok(cli("check"))
