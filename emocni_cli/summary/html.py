"""The summary as one self-contained HTML page: inline CSS, no script, no network, no other file.
One line per gmina, which opens (a <details> element) to that gmina's seven items, evidence and
next steps. The marks differ in shape and in lightness, not only in colour, so the page reads in
greyscale and in print. Every text comes from files people wrote, so every text is escaped."""

from __future__ import annotations

import html
from collections.abc import Iterable

from emocni_cli import __version__
from emocni_cli.controls import visible
from emocni_cli.model.values import format_date_long
from emocni_cli.summary import cells
from emocni_cli.summary.gather import Summary
from emocni_cli.summary.rows import Row

TITLE = "Zestawienie gmin — stan na {date}"
META = (
    "Gmin: {n}{unread} · foldery oceniane na dzień {date}, paczki — na dzień, w którym je utworzono · "
    "emocni {version}"
)
UNREAD = " (i nieodczytane źródła: {n})"
HOW = "Kliknij gminę, aby zobaczyć szczegóły."
NO_ROWS = "Nie znaleziono żadnej gminy."
PLANNED, MISSING, NEXT, NOTE = "zaplanowane: ", "brakuje: ", "co dalej: ", "uwaga: "
WARNINGS = "Uwagi ({n})"
SOURCE = "Źródło: {kind} {path}"
PEOPLE = "e-Mocarz: {emocarz} · animator: {animator}"
KIND = {"folder": "folder", "pack": "paczka"}

POLICY = "default-src 'none'; style-src 'unsafe-inline'"  # nothing is loaded, nothing runs
CSS = """
body{font:15px/1.4 system-ui,"Segoe UI",Arial,sans-serif;color:#111;margin:1rem;background:#fff}
h1{font-size:1.4rem;margin:0 0 .3rem}
.meta,.how{color:#444;margin:.2rem 0}
.legend span.mark{margin-left:.8rem}
.table{overflow-x:auto;margin-top:1rem}
.row{display:grid;gap:.35rem;
 grid-template-columns:9.5rem repeat(7,1.7rem) 3.7rem minmax(9rem,1.5fr) 4rem 8.5rem minmax(10rem,1fr)
  7rem 6.5rem 6rem;
 align-items:center;padding:.35rem .5rem;min-width:1280px}
.head{font-weight:bold;border-bottom:2px solid #111;font-size:.85rem}
details{border-bottom:1px solid #bbb}
details:nth-of-type(even){background:#f4f4f4}
summary{cursor:pointer;list-style:none}
summary::-webkit-details-marker{display:none}
summary .name::before{content:"▸ ";color:#555}
details[open] summary .name::before{content:"▾ "}
.name{font-weight:bold}
.mark{display:inline-block;width:1.5rem;height:1.5rem;line-height:1.5rem;text-align:center;border-radius:50%;
 font-weight:bold;box-sizing:border-box}
.done{background:#1b5e20;color:#fff}
.in_progress{background:#ffe082;color:#000;border:2px dashed #6d4c00}
.todo{background:#fff;color:#b71c1c;border:2px solid #b71c1c}
.progress b{display:block}
.bar{display:block;position:relative;height:.4rem;border:1px solid #333;background:#fff}
.bar i{position:absolute;left:0;top:0;bottom:0;background:#333}
.attention{font-weight:bold;color:#8a1c00}
.attention li::marker{content:"⚠ "}
.attention ul,.detail ul{margin:.1rem 0;padding-left:1.2rem}
.error .name{color:#b71c1c}
.detail{padding:.5rem 1rem 1rem 2rem;min-width:0}
.detail h3{font-size:1rem;margin:.6rem 0 .2rem}
.detail p{margin:.2rem 0}
.label{font-weight:bold}
"""


def _t(text: object) -> str:
    """Text from a file, safe inside HTML: steering characters shown as codes, then escaped."""
    return html.escape(visible(str(text)), quote=True)


def _mark(state: str, title: str) -> str:
    return f'<span class="mark {state}" title="{_t(title)}">{cells.MARKS[state]}</span>'


def _list(items: Iterable[str], prefix: str = "") -> str:
    shown = "".join(f"<li>{_t(prefix + item)}</li>" for item in items)
    return f"<ul>{shown}</ul>" if shown else ""


def _line(row: Row) -> str:
    if row.status is None:
        problem = cells.attention(row)[0]
        return (
            f'<summary class="row"><span class="name">{_t(cells.gmina(row))}</span>'
            f'<span class="attention" style="grid-column:2/-1">⚠ {_t(problem)}</span></summary>'
        )
    items = row.status["items"]
    marks = "".join(_mark(i["state"], f"{i['number']}. {i['title']}: {i['state_label']}") for i in items)
    done, total = row.status["done"], row.status["total"]
    bar = (
        f'<span class="progress"><b>{done}/{total}</b>'
        f'<span class="bar"><i style="width:{100 * done // total}%"></i></span></span>'
    )
    texts = (cells.visits, cells.remote, cells.next_event, cells.plan, cells.trained, cells.data_date)
    rest = "".join(f"<span>{_t(text(row))}</span>" for text in texts)
    attention = cells.attention(row)
    warn = f'<span class="attention">{_list(attention)}</span>' if attention else "<span></span>"
    return f'<summary class="row"><span class="name">{_t(row.gmina)}</span>{marks}{bar}{warn}{rest}</summary>'


def _detail(row: Row) -> str:
    parts = [f"<p>{_t(SOURCE.format(kind=KIND[row.kind], path=row.source))}</p>"]
    if row.status is None:
        return '<div class="detail">' + "".join(parts) + "</div>"
    s = row.status
    people = PEOPLE.format(emocarz=s["emocarz"], animator=s["animator"])
    parts.append(f"<p>{_t(people)}</p>")
    for item in s["items"]:
        parts.append(
            f"<h3>{_mark(item['state'], item['state_label'])} {_t(item['number'])}. {_t(item['title'])}"
            f" — {_t(item['state_label'])}</h3>"
        )
        parts.append(_list(item["evidence"]))
        parts.append(
            _list(item["planned"], PLANNED) + _list(item["missing"], MISSING) + _list(item["notes"], NOTE)
        )
        if item["next_step"]:
            parts.append(f'<p><span class="label">{NEXT}</span>{_t(item["next_step"])}</p>')
    if s["warnings"]:
        parts.append(f"<h3>{WARNINGS.format(n=len(s['warnings']))}</h3>{_list(s['warnings'])}")
    return '<div class="detail">' + "".join(parts) + "</div>"


def page(summary: Summary) -> bytes:
    """The whole page, UTF-8."""
    date = format_date_long(summary.today)
    head = "".join(f"<span>{_t(c)}</span>" for c in cells.COLUMNS[:1])
    head += "".join(f'<span title="{_t(t)}">{n}</span>' for n, t in enumerate(cells.ITEM_SHORT, 1))
    head += "".join(f"<span>{_t(c)}</span>" for c in cells.COLUMNS[2:])
    body = "".join(
        f'<details class="gmina{" error" if row.error else ""}">{_line(row)}{_detail(row)}</details>'
        for row in summary.rows
    )
    legend = " ".join(
        f"{_mark(state, label)} {_t(label)}"
        for state, label in zip(cells.MARKS, ("zrobione", "w toku", "do zrobienia"), strict=True)
    )
    unread = UNREAD.format(n=summary.errors) if summary.errors else ""
    meta = META.format(n=len(summary.rows) - summary.errors, unread=unread, date=date, version=__version__)
    title = TITLE.format(date=date)
    return (
        '<!DOCTYPE html>\n<html lang="pl"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f'<meta http-equiv="Content-Security-Policy" content="{POLICY}">'
        f"<title>{_t(title)}</title><style>{CSS}</style></head><body>"
        f'<h1>{_t(title)}</h1><p class="meta">{_t(meta)}</p>'
        f'<p class="legend">{legend}</p><p class="how">{HOW if summary.rows else NO_ROWS}</p>'
        f'<div class="table"><div class="row head">{head}</div>{body}</div>'
        "</body></html>\n"
    ).encode()
