"""Text from outside is inert (issue 11.1): a name that holds terminal escapes — clear the screen,
an OSC-8 hyperlink, a C1 CSI, BEL, a bidi override — written by hand, imported from CSV or typed on
the command line reaches no terminal and no calendar raw, and CSV cells a spreadsheet would run as
formulas are exported harmless and imported back unchanged."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import icalendar
import pytest

from tests.cli_asserts import flat, ok, refused
from tests.helpers import Cli

CLEAR = "\x1b[2J"
LINK = "\x1b]8;;http://zlo.example/\x1b\\kliknij\x1b]8;;\x1b\\"
HOSTILE = f"Biblioteka{CLEAR}{LINK}\x9b31m\x07\u202eabc"
# what a terminal would obey: C0 (but TAB, LF), DEL, C1, bidi embeddings/overrides/isolates
STEERING = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
COLOURS = re.compile(r"\x1b\[[0-9;]*m")  # emocni's own colours, in a real terminal only


def assert_inert(text: str) -> None:
    found = STEERING.search(text)
    assert found is None, found and repr(text[max(found.start() - 20, 0) : found.end() + 20])


def assert_shown(text: str) -> None:
    """The person sees that something odd is there, as the TOML file writes it."""
    text = flat(text)
    # a bidi override is a format character: names lose those as they are read (model/records),
    # so in a name it is neither obeyed nor shown
    assert "\\u001b[2J" in text and "\\u009b31m" in text and "\\u0007" in text, text


def toml_string(value: str) -> str:
    return json.dumps(value)  # \u escapes for every control: a valid TOML basic string


def by_hand(ws: Path, day: dt.date) -> None:
    """A partner, a webinar and a meeting with the hostile text, typed into the files."""
    with (ws / "partnerzy.toml").open("a", encoding="utf-8") as f:
        f.write(f'\n[[partner]]\nid = "zla"\nnazwa = {toml_string(HOSTILE)}\nrodzaj = "biblioteka"\n')
    with (ws / "webinaria.toml").open("a", encoding="utf-8") as f:
        f.write(f'\n[[webinarium]]\nid = "w"\ntytul = {toml_string(HOSTILE)}\ndata = {day.isoformat()}\n')
    with (ws / "spotkania.toml").open("a", encoding="utf-8") as f:
        f.write(
            f'\n[[spotkanie]]\nid = "s"\ndata = {day.isoformat()}\nrodzaj = "robocze"\n'
            f'tytul = {toml_string(HOSTILE)}\nmiejsce = {toml_string(HOSTILE)}\nobecni = ["zla"]\n'
        )


SOON = dt.date.today() + dt.timedelta(days=20)
LISTINGS = [
    ["partner", "list"],
    ["partner", "show", "zla"],
    ["webinar", "list"],
    ["meeting", "list"],
    ["meeting", "show", "s"],
    ["status"],
    ["status", "--short"],
    ["agenda"],
]


@pytest.fixture
def hostile(cli: Cli, ws: Path) -> Cli:
    by_hand(ws, SOON)
    ok(cli("check"))
    return cli


@pytest.mark.parametrize("args", LISTINGS, ids=" ".join)
def test_text_written_by_hand_is_shown_not_obeyed(hostile: Cli, args: list[str]) -> None:
    result = ok(hostile(*args, env={"COLUMNS": "200"}))
    assert_inert(result.stdout)
    assert_inert(result.stderr)
    if args != ["status", "--short"] or "zla" in result.stdout:
        assert_shown(result.stdout)


def test_a_narrow_table_still_shows_the_codes_whole(hostile: Cli) -> None:
    result = ok(hostile("partner", "list", env={"COLUMNS": "60"}))
    assert_inert(result.stdout)
    assert "\\u001b" in result.stdout


def test_text_typed_on_the_command_line(cli: Cli) -> None:
    added = ok(cli("partner", "add", HOSTILE, "--type", "biblioteka", "--id", "zla", "--notes", HOSTILE))
    assert_inert(added.stderr)
    shown = ok(cli("partner", "show", "zla", env={"COLUMNS": "200"}))
    assert_inert(shown.stdout)
    assert_shown(shown.stdout)
    history = ok(cli("history", env={"COLUMNS": "300"}))
    assert_inert(history.stdout)


@pytest.mark.parametrize(
    ("args", "code"),
    [(["partner", "show", f"x{CLEAR}\x9b\x07"], 1), (["partner", f"x{CLEAR}\x9b\x07"], 2)],
    ids=["no such record", "no such command"],
)
def test_an_error_message_quoting_the_input_is_inert(cli: Cli, args: list[str], code: int) -> None:
    result = cli(*args)
    message = refused(result, code)
    assert_inert(result.stderr)
    assert (
        "x\\u001b[2J\\u009b\\u0007" in message or "x\\x1b[2J\\x9b\\x07" in message
    )  # click quotes by repr()


def test_a_problem_found_in_a_file_is_inert(cli: Cli, ws: Path) -> None:
    with (ws / "partnerzy.toml").open("a", encoding="utf-8") as f:
        f.write(f'\n[[partner]]\nid = "zla"\nnazwa = "Zła"\nrodzaj = {toml_string(HOSTILE)}\n')
    result = cli("check")
    refused(result, 3, "partnerzy.toml")
    assert_inert(result.stderr)
    assert_shown(result.stderr)


def test_text_imported_from_csv(cli: Cli, ws: Path) -> None:
    table = ws / "partnerzy.csv"
    with table.open("w", encoding="utf-8", newline="") as f:
        csv.writer(f, delimiter=";").writerows([["nazwa", "rodzaj"], [HOSTILE, "biblioteka"]])
    imported = ok(cli("partner", "import", "--csv", str(table)))
    assert_inert(imported.stdout + imported.stderr)
    listed = ok(cli("partner", "list", env={"COLUMNS": "200"}))
    assert_inert(listed.stdout)
    assert_shown(listed.stdout)


def test_json_keeps_the_value_exactly_and_steers_nothing(hostile: Cli) -> None:
    result = ok(hostile("partner", "list", "--json"))
    assert_inert(result.stdout)
    # exactly as read: the name without its format character (the bidi override), nothing else lost
    assert {p["id"]: p["nazwa"] for p in json.loads(result.stdout)}["zla"] == HOSTILE.replace("\u202e", "")


def _installed_emocni() -> list[str]:
    script = Path(sys.executable).with_name("emocni")
    return [str(script)] if script.exists() else [sys.executable, "-m", "emocni_cli"]


def _in_a_terminal(args: list[str], cwd: Path, answer: bytes = b"") -> tuple[int, str]:
    """What a real terminal receives (a pty: emocni colours its output and asks its questions as
    for a person) and the exit code; `answer` is what the person types."""
    import pty

    main, child = pty.openpty()
    env = {**os.environ, "TERM": "xterm-256color", "COLUMNS": "200", "LINES": "50"}
    for name in ("NO_COLOR", "TERM_PROGRAM"):
        env.pop(name, None)
    process = subprocess.Popen(args, cwd=cwd, stdin=child, stdout=child, stderr=child, env=env)
    os.close(child)
    os.write(main, answer)
    received = b""
    while True:
        try:
            chunk = os.read(main, 65536)
        except OSError:  # Linux: the child closed the terminal
            break
        if not chunk:
            break
        received += chunk
    os.close(main)
    code = process.wait(timeout=60)
    return code, received.decode("utf-8").replace("\r\n", "\n")  # the pty writes LF as CRLF


POSIX_ONLY = pytest.mark.skipif(sys.platform == "win32", reason="a pseudo-terminal needs POSIX")


@pytest.mark.slow
@POSIX_ONLY
@pytest.mark.parametrize("args", [["partner", "list"], ["status"], ["partner", "show", "zla"]], ids=" ".join)
def test_a_real_terminal_gets_colours_and_nothing_else(hostile: Cli, ws: Path, args: list[str]) -> None:
    command = [*_installed_emocni(), "-C", str(ws), *args]
    assert subprocess.run(command, capture_output=True, timeout=60).stdout.count(b"\x1b") == 0  # no colours
    code, received = _in_a_terminal(command, ws)
    assert code == 0, received
    assert COLOURS.search(received) or args[1:] == ["show", "zla"]  # a terminal indeed: in colour
    text = COLOURS.sub("", received)
    assert_inert(text)
    assert "\\u001b[2J" in text


@pytest.mark.slow
@POSIX_ONLY
def test_a_question_in_the_terminal_is_inert(cli: Cli, ws: Path) -> None:
    ok(cli("partner", "add", HOSTILE, "--type", "biblioteka", "--id", "zla"))
    code, received = _in_a_terminal([*_installed_emocni(), "-C", str(ws), "undo"], ws, answer=b"n\n")
    text = COLOURS.sub("", received)
    assert code != 0 and "Cofnąć zmianę nr 1" in text and "Nie cofnięto" in text, text
    assert_inert(text)
    assert "\\u001b[2J" in text


# --- calendars --------------------------------------------------------------------------------


def test_the_calendar_gets_no_control_characters(hostile: Cli, ws: Path) -> None:
    target = ws / "k.ics"
    ok(hostile("calendar", "export", "-o", str(target)))
    data = target.read_bytes()
    assert b"\x1b" not in data and b"\x07" not in data and "\x9b".encode() not in data
    cal = icalendar.Calendar.from_ical(data)
    texts = [
        str(part[name])
        for part in cal.walk()
        for name in ("SUMMARY", "DESCRIPTION", "LOCATION", "X-WR-CALNAME")
        if name in part
    ]
    meeting = next(e for e in cal.walk("VEVENT") if str(e["UID"]).startswith("spotkanie-"))
    assert "[2J" in str(meeting["LOCATION"]) and "kliknij" in str(meeting["LOCATION"])
    assert meeting.walk("VALARM"), "a planned meeting is reminded"
    assert any("Biblioteka[2J" in t for t in texts)
    for text in texts:
        assert re.search("[\x00-\x08\x0b-\x1f\x7f-\x9f]", text) is None, repr(text)


# --- CSV formula injection --------------------------------------------------------------------

FORMULAS = {
    "nazwa": '=HYPERLINK("http://zlo.example","klik")',
    "telefon": "+48 84 555 12 30",
    "notatki": "@SUM(1)",
    "rola": "-2",
    "adres": "+1+1",
    "osoba_kontaktowa": "'=już z apostrofem",
}


def _csv_rows(path: Path) -> list[list[str]]:
    return list(csv.reader(io.StringIO(path.read_text(encoding="utf-8-sig")), delimiter=";"))


@pytest.fixture
def formulas(cli: Cli, ws: Path) -> Path:
    fields = "\n".join(f"{key} = {toml_string(value)}" for key, value in FORMULAS.items())
    with (ws / "partnerzy.toml").open("a", encoding="utf-8") as f:
        f.write(f'\n[[partner]]\nid = "formuly"\nrodzaj = "inna"\n{fields}\n')
    return ws


def test_export_writes_formula_cells_as_text(cli: Cli, formulas: Path) -> None:
    target = formulas / "partnerzy.csv"
    ok(cli("partner", "export", "--csv", str(target)))
    header, *rows = _csv_rows(target)
    row = dict(zip(header, next(r for r in rows if r[0] == "formuly"), strict=True))
    assert row["nazwa"] == "'" + FORMULAS["nazwa"]
    assert row["telefon"] == "'+48 84 555 12 30"
    assert row["notatki"] == "'@SUM(1)"
    assert row["rola"] == "'-2"
    assert row["adres"] == "'+1+1"
    assert row["osoba kontaktowa"] == "''=już z apostrofem"
    for cells in rows:
        assert not any(c[:1] in ("=", "+", "-", "@", "\t", "\r") for c in cells), cells


def test_export_then_import_changes_nothing(cli: Cli, formulas: Path, unchanged) -> None:
    target = formulas.parent / "partnerzy.csv"
    ok(cli("partner", "export", "--csv", str(target)))
    same = unchanged(formulas)
    result = ok(cli("partner", "import", "--csv", str(target), "--update"))
    assert "zmienione: 0" in flat(result.stderr)
    same()
    assert json.loads(ok(cli("partner", "show", "formuly", "--json")).stdout)["nazwa"] == FORMULAS["nazwa"]


def test_the_apostrophe_excel_keeps_or_drops_imports_the_same(cli: Cli, ws: Path) -> None:
    """Saved back by a spreadsheet with or without the apostrophe, the cell is the same value."""
    table = ws.parent / "p.csv"
    table.write_text(
        "id;nazwa;rodzaj;telefon\na;A;inna;'+48 600 100 200\nb;B;inna;+48 600 100 200\n", "utf-8"
    )
    ok(cli("partner", "import", "--csv", str(table)))
    phones = {p["id"]: p.get("telefon") for p in json.loads(ok(cli("partner", "list", "--json")).stdout)}
    assert phones == {"a": "+48 600 100 200", "b": "+48 600 100 200"}


@pytest.mark.parametrize(
    ("args", "name"), [([], "p.csv"), (["--year", "2018"], "t.csv"), (["--year", "2019"], "t.csv")]
)
def test_the_example_round_trips(example: Path, unchanged, args: list[str], name: str) -> None:
    cli = Cli(example)
    group = "training" if args else "partner"
    target = example.parent / name
    ok(cli(group, "export", *args, "--csv", str(target)))
    assert not any(
        c.startswith("'") for row in _csv_rows(target) for c in row
    )  # nothing looked like a formula
    same = unchanged(example)
    ok(cli(group, "import", *args, "--csv", str(target), "--update"))
    same()


@pytest.mark.parametrize(
    "value", ["=1+1", "+48 84", "-2", "@A1", "\tx", "\rx", "'=x", "''+x", "'abc", "'", "abc", "", "-"]
)
def test_neutralised_cells_restore_exactly(value: str) -> None:
    from emocni_cli.exchange.csv_columns import neutralised, restored

    assert restored(neutralised(value)) == value
    assert neutralised(value)[:1] not in ("=", "+", "-", "@", "\t", "\r")


def test_the_terminal_form_is_the_same_whatever_is_printed_twice() -> None:
    from emocni_cli.controls import visible

    shown = visible(HOSTILE + "\r\nnowa linia\tz tabulatorem")
    assert visible(shown) == shown
    assert shown.endswith("\\u202eabc\nnowa linia\tz tabulatorem")


def test_nothing_outside_changes_on_the_way_to_the_screen() -> None:
    from emocni_cli.controls import visible

    polish = "Zażółć gęślą jaźń — „cytat” 1½ h\tkolumna\nlinia"
    assert visible(polish) == polish


def test_the_codes_reach_a_windows_console_too() -> None:
    """The codes are plain ASCII: a console in cp1250 or cp852 shows them as they are."""
    from emocni_cli.controls import visible

    shown = visible(HOSTILE)
    assert shown.encode("cp1250").decode("cp1250") == shown == shown.encode("cp852").decode("cp852")


def test_any_text_a_command_prints_is_cleaned_by_the_console(capsys: pytest.CaptureFixture[str]) -> None:
    """The safety net under every print: a string, markup or a styled Text built from a value."""
    from rich.text import Text

    from emocni_cli.cli import output

    output.out.print(Text.assemble(("Partner ", "bold"), (HOSTILE, "cyan"), "."), soft_wrap=True)
    output.out.print(f"[bold]{HOSTILE}[/]", soft_wrap=True)
    output.err.print(HOSTILE, markup=False, soft_wrap=True)
    captured = capsys.readouterr()
    assert_inert(captured.out + captured.err)
    lines = captured.out.splitlines()
    assert lines[0].startswith("Partner Biblioteka\\u001b[2J") and lines[0].endswith("\\u202eabc.")
    assert lines[1].startswith("Biblioteka\\u001b[2J")
    assert_shown(captured.err)


def test_calendar_text_keeps_tabs_and_line_ends_only() -> None:
    from emocni_cli.controls import without_controls

    assert (
        without_controls("Notatka\r\nz Notatnika\rCR\tTAB\x1b[2J\x07\x7f\x9b")
        == "Notatka\nz NotatnikaCR\tTAB[2J"
    )
