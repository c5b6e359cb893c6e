"""Text from outside made inert: the characters that steer a terminal or a calendar instead of
being read (issue 11.1).

A name typed by hand into a TOML file, imported from CSV or given on the command line may hold
ESC sequences (clear the screen, OSC-8 hyperlinks), BEL, C1 controls or bidi overrides. A terminal
gets them made visible, so the person sees that something odd is there; a calendar file gets
them dropped, as RFC 5545 forbids controls other than HTAB in TEXT."""

from __future__ import annotations

import re

# C0 controls except TAB and LF, DEL, C1 controls (U+0080–U+009F, 0x9B is a one-byte CSI)
_CONTROLS = "\x00-\x08\x0b-\x1f\x7f-\x9f"
# bidi embeddings, overrides and isolates: text that reads differently from what it is
_BIDI = "\u202a-\u202e\u2066-\u2069"
# lone surrogates: bytes of a command-line argument that were not text (surrogateescape)
_SURROGATES = "\ud800-\udfff"
_ON_SCREEN = re.compile(f"[{_CONTROLS}{_BIDI}{_SURROGATES}]")
_IN_CALENDAR = re.compile(f"[{_CONTROLS}{_SURROGATES}]")


def _code(match: re.Match[str]) -> str:
    return f"\\u{ord(match.group()):04x}"


def _newlines(text: str) -> str:
    """Windows line ends as one line end (a note typed in Notepad is not hostile)."""
    return text.replace("\r\n", "\n")


def visible(text: str) -> str:
    """`text` for a terminal: each steering character written as its code, \\u001b, the way a TOML
    file writes it (so it can be found there). TAB and LF stay. Idempotent."""
    if not _ON_SCREEN.search(text):
        return text
    return _ON_SCREEN.sub(_code, _newlines(text))


def without_controls(text: str) -> str:
    """`text` for an iCalendar TEXT value: controls other than TAB and LF (which icalendar writes
    as \\n) dropped."""
    return _IN_CALENDAR.sub("", _newlines(text))
