"""A table laid out as plain text in the look of rich's default table, for lists of many rows:
rich's Table measures and renders every cell as styled segments (~0.5 ms a row, seconds for
thousands of partners); this costs a few microseconds a row. No colours, and long texts wrap at
spaces (a word longer than its column is cut, as rich folds it)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

# Characters one column wide each (Latin letters, Polish ones too, dashes, quotes): a text of
# nothing else is as wide as it is long, without asking rich character by character.
_NARROW = re.compile(r"[ -~\u00a0-\u02ff\u2010-\u2027]*").fullmatch

# The lines of rich's default box (HEAVY_HEAD), and of the ASCII box it uses instead on a console
# whose encoding is not UTF (cp1250, cp852: no heavy lines): top, header bar, under the header,
# bar, bottom; each left, line, crossing, right.
BOXES = {
    True: ("┏━┳┓", "┃", "┡━╇┩", "│", "└─┴┘"),
    False: ("+--+", "|", "|-+|", "|", "+--+"),
}


def _cell_width(text: str) -> int:
    from rich.cells import cell_len

    return cell_len(text)


def width_of(columns: Sequence[str], rows: Sequence[Sequence[str]]) -> Callable[[str], int]:
    """How many console columns a text of this table takes: its length, unless a cell holds a
    character of another width (CJK, emoji, combining marks) — then rich counts."""
    every = "".join(columns) + "".join(cell for row in rows for cell in row)
    return len if _NARROW(every) else _cell_width


def least_widths(columns: Sequence[str], rows: Sequence[Sequence[str]], no_wrap: Sequence[bool]) -> list[int]:
    """How narrow each column can be without breaking a word: its longest word, or for a column
    kept on one line, its longest cell."""
    measure = width_of(columns, rows)
    least = []
    for i, header in enumerate(columns):
        cells = [header, *(row[i] for row in rows)]
        parts = cells if no_wrap[i] else [word for cell in cells for word in cell.split()]
        least.append(max(map(measure, parts), default=0))
    return least


def _widths(
    columns: Sequence[str],
    rows: Sequence[Sequence[str]],
    no_wrap: Sequence[bool],
    width: int,
    measure: Callable[[str], int],
) -> list[int]:
    """Each column as wide as its widest cell; when that is too wide for the console, the columns
    that may wrap give way, the widest first, down to their longest word."""
    widths = [max(map(measure, (header, *(row[i] for row in rows)))) for i, header in enumerate(columns)]
    least = least_widths(columns, rows, no_wrap)
    excess = sum(w + 3 for w in widths) + 1 - width
    while excess > 0:
        give = [i for i in range(len(widths)) if widths[i] > least[i]]
        if not give:
            break
        widest = max(give, key=lambda i: widths[i])
        widths[widest] -= 1
        excess -= 1
    return widths


def _lines(cell: str, width: int, measure: Callable[[str], int]) -> list[str]:
    """The cell's lines in a column this wide: words wrapped at spaces, a longer word cut."""
    lines, line = [], ""
    for word in cell.split():
        while measure(word) > width:
            if line:
                lines.append(line)
                line = ""
            lines.append(word[:width])
            word = word[width:]
        if not line:
            line = word
        elif measure(line) + 1 + measure(word) <= width:
            line = f"{line} {word}"
        else:
            lines.append(line)
            line = word
    return [*lines, line] if line else lines or [""]


def render(
    columns: Sequence[str],
    rows: Sequence[Sequence[str]],
    no_wrap: Sequence[bool],
    width: int,
    title: str | None = None,
    unicode: bool = True,
) -> str:
    """The whole table as text, one line per line of the console, ending with a newline."""
    measure = width_of(columns, rows)
    widths = _widths(columns, rows, no_wrap, width, measure)
    top, head_bar, under_head, bar, bottom = BOXES[unicode]

    def rule(chars: str) -> str:
        left, line, cross, right = chars
        return left + cross.join(line * (w + 2) for w in widths) + right

    def row_lines(cells: Sequence[str], bar: str) -> list[str]:
        wrapped = [
            [cell] if no_wrap[i] or measure(cell) <= widths[i] else _lines(cell, widths[i], measure)
            for i, cell in enumerate(cells)
        ]
        height = max(map(len, wrapped))
        lines = []
        for k in range(height):
            parts = (piece[k] if k < len(piece) else "" for piece in wrapped)
            lines.append(
                bar
                + bar.join(f" {p}{' ' * (w - measure(p))} " for p, w in zip(parts, widths, strict=True))
                + bar
            )
        return lines

    out = [title.center(sum(w + 3 for w in widths) + 1).rstrip()] if title else []
    out += [rule(top), *row_lines(columns, head_bar), rule(under_head)]
    for row in rows:
        out += row_lines(row, bar)
    out.append(rule(bottom))
    return "\n".join(out) + "\n"
