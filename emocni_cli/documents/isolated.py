"""Hard bounds for a user's template (--template): it is checked as a zip first, then rendered
in a child process with a wall-clock limit and, on POSIX, a memory limit.

The sandbox (sandbox.py) refuses the payloads it can recognise early, with the paragraph where
they are; this is the backstop for what it cannot foresee. The child is started with
multiprocessing's "spawn" (the same on Windows, Linux and macOS): it imports nothing of the
parent's state, renders, and sends back the document's bytes or the Polish refusal. If it runs
out of time it is killed; if it runs out of memory (RLIMIT_AS, POSIX only — Windows has no
stdlib way to cap a process's memory, there the time limit and the sandbox's bounds hold) it
dies or raises MemoryError, and the parent says so. The default templates are trusted and render
in the process itself (no start-up cost)."""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

from emocni_cli.documents.template_errors import NOTHING_WRITTEN
from emocni_cli.errors import InputError

TIME_LIMIT = 10.0  # seconds of wall clock for one document, start-up of the child included
MEMORY_LIMIT = 384 * 1024 * 1024  # bytes of address space of the child (it starts with about 40 MB)
MAX_MEMBER = 64 * 1024 * 1024  # bytes of one part of a template once unpacked
MAX_UNPACKED = 128 * 1024 * 1024  # bytes of the whole template once unpacked
MAX_MEMBERS = 2_000  # parts of one template (a Word file has a few dozen)

_FIX = (
    "usuń z szablonu to, co tworzy tak duży dokument (np. długie pętle), "
    "albo zacznij od wzoru: emocni template export"
)
_TOO_SLOW = f"trwało zbyt długo (ponad {TIME_LIMIT:.0f} sekund) i zostało przerwane"
_TOO_BIG = "potrzebowało zbyt dużo pamięci i zostało przerwane"


def declared_sizes(path: Path) -> list[int] | None:
    """The unpacked size of each part of a zip (a .docx), as its directory declares them, read
    without unpacking anything; None when the file is not a readable zip."""
    try:
        with zipfile.ZipFile(path) as archive:
            return [member.file_size for member in archive.infolist()]
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError):
        return None


def check_zip(path: Path) -> None:
    """Refuse a .docx whose parts would unpack to more than the limits, before anything is
    unpacked, by the sizes its zip directory declares. That is enough: Python's zipfile (which
    python-docx reads with) never inflates a part past its declared size — a part that lies
    fails its checksum. Any other damage is left to the loader, which says the file is not a
    Word document."""
    sizes = declared_sizes(path)
    if sizes is None:
        return
    if len(sizes) > MAX_MEMBERS or max(sizes, default=0) > MAX_MEMBER or sum(sizes) > MAX_UNPACKED:
        raise _bomb(path)


def _bomb(path: Path) -> InputError:
    return InputError(
        f"Szablon {path.name} po rozpakowaniu byłby zbyt duży (ponad {MAX_UNPACKED // 2**20} MB, "
        f"jedna część ponad {MAX_MEMBER // 2**20} MB albo ponad {MAX_MEMBERS} części) — "
        f"to nie wygląda na zwykły dokument Word. {NOTHING_WRITTEN}",
        hint="użyj innego pliku .docx albo zacznij od wzoru: emocni template export",
    )


def render_isolated(path: Path, context: dict[str, Any]) -> bytes:
    """render_bytes(path, context) in a child process within TIME_LIMIT and MEMORY_LIMIT."""
    import multiprocessing

    check_zip(path)
    spawn = multiprocessing.get_context("spawn")
    receiver, sender = spawn.Pipe(duplex=False)
    child = spawn.Process(target=_render_in_child, args=(sender, str(path), context), daemon=True)
    child.start()
    sender.close()
    try:
        if not receiver.poll(TIME_LIMIT):
            raise _refused(path, _TOO_SLOW)
        kind, *payload = receiver.recv()
    except EOFError:  # the child died without an answer: out of memory
        raise _refused(path, _TOO_BIG) from None
    finally:
        if child.is_alive():
            child.kill()
        child.join()
        receiver.close()
    if kind == "refused":
        raise InputError(*payload)
    if kind == "memory":
        raise _refused(path, _TOO_BIG)
    return payload[0]


def _refused(path: Path, problem: str) -> InputError:
    return InputError(f"Wypełnianie szablonu {path.name} {problem}. {NOTHING_WRITTEN}", hint=_FIX)


def _render_in_child(sender: Any, path: str, context: dict[str, Any]) -> None:
    """The child's whole work: limit its memory, render, send back bytes or the refusal. Its
    stderr goes nowhere: whatever it cannot answer, the parent says in Polish."""
    import os
    import sys

    from emocni_cli.documents.render import render_bytes

    sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 (the child's whole life)

    try:
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))
    except (ImportError, ValueError, OSError):
        pass  # Windows (no resource module), or a lower limit already set: keep what there is
    try:
        answer: tuple[Any, ...] = ("ok", render_bytes(Path(path), context))
    except InputError as exc:
        answer = ("refused", exc.message, exc.hint)
    except MemoryError:
        answer = ("memory",)
    except Exception:  # anything else the template provoked: refused like a broken template
        answer = ("refused", f"Szablonu {Path(path).name} nie da się wypełnić. {NOTHING_WRITTEN}", _FIX)
    try:
        sender.send(answer)
    except MemoryError:
        sender.send(("memory",))
