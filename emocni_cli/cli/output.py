"""All printing: data to stdout (tables or --json), messages to stderr. Honours NO_COLOR.

Every value reaches the terminal inert (emocni_cli/controls.py): both consoles show the steering
characters of whatever they print as codes (\\u001b), and the functions that lay text out
(table, details) clean it first, so widths are counted on what is shown."""

from __future__ import annotations

import codecs
import datetime as dt
import json
import sys
from collections.abc import Iterable, Sequence
from typing import Any

from emocni_cli.controls import visible
from emocni_cli.errors import Problem


class _Lazy:
    """A console made on first use, so that a command that prints nothing through rich (--json,
    a write that only reports success… on stderr) does not import it at start-up."""

    def __init__(self, stderr: bool) -> None:
        self._stderr = stderr
        self._console: Any = None

    def __getattr__(self, name: str) -> Any:
        if self._console is None:
            from emocni_cli.cli.consoles import inert_console

            self._console = inert_console(self._stderr)
        return getattr(self._console, name)


out: Any = _Lazy(stderr=False)
err: Any = _Lazy(stderr=True)


def escape(text: str) -> str:
    """Text from outside made literal inside rich markup."""
    from rich.markup import escape as rich_escape

    return rich_escape(text)


# What a character the console's code page cannot hold is written as (Polish Windows redirects
# output in cp1250 or cp852, which have the Polish letters but not these); anything else becomes "?".
_PLAIN = {
    "✔": "+",
    "◐": "~",
    "✘": "-",
    "→": "->",
    "„": '"',
    "”": '"',
    "“": '"',
    "«": '"',
    "»": '"',
    "—": "-",
    "–": "-",
    "…": "...",
    "·": "-",
    "•": "*",
    "\u00a0": " ",
}


def _plain(exc: UnicodeError) -> tuple[str, int]:
    if not isinstance(exc, UnicodeEncodeError):
        raise exc
    text = exc.object[exc.start : exc.end]
    return "".join(_PLAIN.get(char, "?") for char in text), exc.end


def tolerate_console_encoding() -> None:
    """Keep the console's encoding, but never fail on a character it lacks (output redirected to a
    file on Windows is in the ANSI or OEM code page, not UTF-8)."""
    codecs.register_error("emocni-plain", _plain)
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="emocni-plain")


def _json_default(value: Any) -> Any:
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    raise TypeError(f"cannot serialise {type(value).__name__}")


def emit_json(data: Any) -> None:
    """UTF-8 JSON and nothing else on stdout, whatever the console encoding (Windows too). json
    escapes C0 controls itself; visible() escapes the rest (DEL, C1, bidi) the JSON way, \\u009b,
    so the document means the same and steers no terminal."""
    text = visible(json.dumps(data, ensure_ascii=False, indent=2, default=_json_default)) + "\n"
    stream = getattr(sys.stdout, "buffer", None)
    if stream is not None:
        sys.stdout.flush()
        stream.write(text.encode("utf-8"))
        stream.flush()
    else:
        sys.stdout.write(text)


def styled(text: str, style: str = "") -> Any:
    """A line of a command's own layout (a rich Text), from text that may hold values from outside
    (Text() itself would drop some controls silently and keep ESC)."""
    from rich.text import Text

    return Text(visible(text), style)


def data_line(text: str) -> None:
    """One value on stdout for scripts (an id, a path): whole on one line, whatever the width."""
    out.print(text, markup=False, highlight=False, soft_wrap=True)


def success(message: str) -> None:
    err.print(f"[green]✔[/] {escape(message)}")


def info(message: str) -> None:
    err.print(escape(message))


def warning(message: str) -> None:
    err.print(f"[yellow]Uwaga:[/] {escape(message)}")


def error(message: str, hint: str | None = None) -> None:
    err.print(f"[bold red]Błąd:[/] {escape(message)}")
    if hint:
        what_to_do(hint)


def what_to_do(hint: str) -> None:
    """The line under an error that says how to put it right."""
    err.print(f"  [cyan]Co zrobić:[/] {escape(hint)}")


def interactive() -> bool:
    """Whether a person is at the keyboard (a terminal), not a script or a pipe."""
    return sys.stdin is not None and sys.stdin.isatty()


YES_WORDS = {"t", "tak", "y", "yes"}


def confirmed(question: str, assume_yes: bool) -> bool:
    """Ask a yes/no question in a terminal (Enter means no); without one, or with --yes, proceed
    as scripts expect."""
    if assume_yes or not interactive():
        return True
    import typer

    answer = typer.prompt(f"{visible(question)} [t/N]", default="", show_default=False, err=True)
    return answer.strip().lower() in YES_WORDS


MORE = "… i jeszcze {n}"


def capped(lines: Sequence[str], most: int, more: str = MORE) -> list[str]:
    """At most `most` lines: the first ones, then one saying how many more there are."""
    if len(lines) <= most:
        return list(lines)
    return [*lines[: most - 1], more.format(n=len(lines) - most + 1)]


def problems(
    items: Sequence[Problem], *, label: str = "błąd", most: int | None = None, more: str = MORE
) -> None:
    """Each problem on its own line: file:line — record, field — what, and what to do (with
    `most`, the first ones and a line saying how many more there are)."""
    if most is not None and len(items) > most:
        problems(items[: most - 1], label=label)
        info(more.format(n=len(items) - most + 1))
        return
    for p in items:
        where = p.location()
        what = ", ".join(
            x
            for x in (
                f"rekord „{p.record}”" if p.record else "",
                f"pole „{p.field}”" if p.field else "",
            )
            if x
        )
        colour = "red" if label == "błąd" else "yellow"
        line = f"[{colour}]{label}[/] [bold]{escape(where)}[/]"
        if what:
            line += f" ({escape(what)})"
        err.print(f"{line}: {escape(p.message)}")
        if p.hint:
            err.print(f"    [cyan]→[/] {escape(p.hint)}")


MANY_ROWS = 200  # a longer table is laid out as plain text (cli/plain_table.py), rich's costs ~0.5 ms a row
_NO_WRAP_UP_TO = 12  # 21.11.2017, 17:30, planowane, 1h30m


def table(
    columns: Sequence[str],
    rows: Iterable[Sequence[str]],
    title: str | None = None,
    optional: Sequence[str] = (),
) -> list[str]:
    """Print a table. In a console too narrow to show every column without breaking words
    ("Bibliote-ka"), the `optional` columns are left out, in that order, until the rest fits;
    returns the headers of the columns with something in them that were left out. When even
    that does not fit, each row is printed as a block (first cell, then the others as label:
    value lines), so ids stay whole and nothing is left out."""
    from emocni_cli.cli.plain_table import least_widths

    rows = [[visible(cell) for cell in row] for row in rows]
    # the id (first column), dates and short codes stay on one line; long texts wrap
    short = [i == 0 or all(len(row[i]) <= _NO_WRAP_UP_TO for row in rows) for i in range(len(columns))]
    shown = list(range(len(columns)))
    left_out = []
    needs = least_widths(columns, rows, short)
    for name in optional:
        if _narrowest(needs, shown) <= out.width:
            break
        index = columns.index(name)
        shown.remove(index)
        if any(row[index] for row in rows):
            left_out.append(name)
    if _narrowest(needs, shown) > out.width:
        blocks = [f"[bold]{escape(title)}[/]"] if title else []
        blocks += [_block(row[0], zip(columns[1:], row[1:], strict=True)) for row in rows]
        out.print("\n".join(blocks), soft_wrap=True)  # one print: rich's cost is per call
        return []
    if len(rows) > MANY_ROWS:
        _plain_table(
            [columns[i] for i in shown],
            [[r[i] for i in shown] for r in rows],
            [short[i] for i in shown],
            title,
        )
        return left_out
    from rich.table import Table

    t = Table(title=title, show_lines=False, header_style="bold", expand=False)
    for i in shown:
        t.add_column(columns[i], overflow="fold", no_wrap=short[i])
    for row in rows:
        t.add_row(*(escape(row[i]) for i in shown))
    out.print(t)
    return left_out


def _plain_table(columns: list[str], rows: list[list[str]], short: list[bool], title: str | None) -> None:
    from emocni_cli.cli.plain_table import render

    unicode = (out.encoding or "").lower().startswith("utf")  # else rich too draws with ASCII
    out.file.write(render(columns, rows, short, out.width, title, unicode))


def _narrowest(needs: list[int], shown: list[int]) -> int:
    """The narrowest the table can be without breaking a word (plain_table.least_widths), plus a
    border and two spaces of padding for each column."""
    return sum(needs[i] + 3 for i in shown) + 1


def details(title: str, pairs: Iterable[tuple[str, str]]) -> None:
    """One record as label: value lines; long and multi-line values continue indented."""
    out.print(_block(title, pairs), soft_wrap=True)  # one print a record: rich's cost is per call


def _block(title: str, pairs: Iterable[tuple[str, str]]) -> str:
    """The markup of details(): wrapped here, so that rich only styles it."""
    import textwrap

    printed = [f"[bold]{escape(title)}[/]"]  # an id stays whole, however narrow
    indent = " " * 6
    for label, value in pairs:
        if not value:
            continue
        value = visible(value)
        prefix = f"  {label}: "
        lines: list[str] = []
        for line in value.split("\n"):
            first = prefix if not lines else indent
            lines += textwrap.wrap(
                line,
                out.width,
                initial_indent=first,
                subsequent_indent=indent,
                break_long_words=False,
                break_on_hyphens=False,
            ) or [first]
        # wrapped here, between words; a word longer than the console stays whole
        printed.append(f"  [cyan]{escape(label)}:[/] {escape(lines[0][len(prefix) :])}")
        printed += [escape(extra) for extra in lines[1:]]
    return "\n".join(printed)
