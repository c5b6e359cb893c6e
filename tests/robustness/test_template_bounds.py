"""The payloads of issue 11 against a user's template: each is refused in Polish within seconds and
well under 500 MB, nothing written. The sandbox stops what it can recognise; a child process
with a time and (on POSIX) a memory limit stops the rest; a zip bomb is refused before it is
unpacked."""

from __future__ import annotations

import os
import sys
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from emocni_cli.documents import isolated
from tests.documents import make_template, refused_render
from tests.helpers import Cli

ROWS_60000 = "{% for i in range(1000) %}{% for j in range(60) %}{{ i }}{% endfor %}{% endfor %}"
POSIX = pytest.mark.skipif(sys.platform == "win32", reason="the memory limit is POSIX-only")


def refused_quickly(
    cli: Cli, ws: Path, tmp_path: Path, unchanged: Callable, template: Path, *phrases: str
) -> str:
    message, elapsed = refused_render(cli, ws, tmp_path, unchanged, template, *phrases)
    assert elapsed < 15, elapsed
    return message


@pytest.mark.parametrize(
    ("paragraph", "phrase"),
    [
        ("{{ [[0]*1000000]*1000000 }}", "zbyt długi tekst lub listę"),
        ("{{ " + " + ".join(["([0] * 999999)"] * 150) + " }}", "zbyt długi tekst lub listę"),
        ("{{ [1, 2, 3]|slice(10**9)|list }}", "zbyt dużą szerokość, długość lub liczbę powtórzeń"),
        ("{{ [1, 2, 3]|join('x' * 999999) * 2 }}", "zbyt długi tekst lub listę"),
        ("{{ ('1e400'|float) * 0 }}", "liczbę spoza zakresu"),
        ("{{ 1e400 }}", "liczba spoza zakresu"),
        (ROWS_60000, "zbyt wiele powtórzeń"),
    ],
)  # fmt: skip
def test_template_bombs_are_refused_in_seconds_with_the_paragraph(
    cli: Cli, plan_ws: Path, tmp_path: Path, unchanged: Callable, paragraph: str, phrase: str
) -> None:
    template = make_template(tmp_path / "bomba.docx", "Plan {{ gmina.nazwa }}", paragraph)
    message = refused_quickly(cli, plan_ws, tmp_path, unchanged, template, "Szablon bomba.docx", phrase)
    assert f"w akapicie „{paragraph[:30]}" in message


@POSIX
def test_a_template_that_needs_more_memory_than_the_limit_is_stopped(
    cli: Cli, plan_ws: Path, tmp_path: Path, unchanged: Callable
) -> None:
    """600 distinct texts of a million characters (600 MB) pass every size check one by one:
    the child's memory limit stops them, and its peak stays near that limit."""
    import resource

    texts = ", ".join(f"a ~ {i}" for i in range(600))
    paragraph = "{% set a = 'x' * 999999 %}{{ [" + texts + "]|length }}"
    template = make_template(tmp_path / "pamiec.docx", paragraph)
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss  # Linux: KiB, over all children
    refused_quickly(cli, plan_ws, tmp_path, unchanged, template, "zbyt duży, by zmieścił się w pamięci")
    after = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    assert isolated.MEMORY_LIMIT < 500 * 2**20
    assert after <= max(before, 500 * 1024), (before, after)  # grown: by this child, under 500 MB


def test_a_template_that_runs_too_long_is_stopped(
    cli: Cli, plan_ws: Path, tmp_path: Path, unchanged: Callable, monkeypatch: pytest.MonkeyPatch
) -> None:
    """45 000 scans of a million characters each stay within every count of the sandbox but take
    far longer than the limit (lowered to 1 s here from 10 s): the child is killed."""
    monkeypatch.setattr(isolated, "TIME_LIMIT", 1.0)
    scan = "{{ ('x' * 999999).count('y') }}"
    slow = "{% for i in range(1000) %}{% for j in range(45) %}" + scan + "{% endfor %}{% endfor %}"
    template = make_template(tmp_path / "wolny.docx", "Plan {{ gmina.nazwa }}", slow)
    message = refused_quickly(cli, plan_ws, tmp_path, unchanged, template, "trwało zbyt długo")
    assert "Wypełnianie szablonu wolny.docx" in message


@pytest.mark.slow
def test_a_zip_bomb_is_refused_before_it_is_unpacked(
    cli: Cli, plan_ws: Path, tmp_path: Path, unchanged: Callable
) -> None:
    """1 GiB of zeros packed into a 1 MB .docx: refused by the sizes the zip declares."""
    import resource

    template = make_template(tmp_path / "bomba.docx", "Plan {{ gmina.nazwa }}")
    with (
        zipfile.ZipFile(template, "a", zipfile.ZIP_DEFLATED) as archive,
        archive.open("word/media/zera.bin", "w", force_zip64=True) as part,
    ):
        for _ in range(64):
            part.write(bytes(2**24))
    assert template.stat().st_size < 5 * 2**20
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    refused_quickly(cli, plan_ws, tmp_path, unchanged, template, "po rozpakowaniu byłby zbyt duży")
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before < 200 * 1024


def test_a_template_with_too_many_or_too_big_parts_is_refused_by_what_its_zip_declares(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = make_template(tmp_path / "zwykly.docx", "Plan")
    isolated.check_zip(path)  # an ordinary template passes
    monkeypatch.setattr(isolated, "MAX_UNPACKED", 10_000)
    with pytest.raises(isolated.InputError, match="po rozpakowaniu byłby zbyt duży"):
        isolated.check_zip(path)


@POSIX
@pytest.mark.slow
def test_ctrl_c_while_a_template_renders_stops_both_processes_and_writes_nothing(
    plan_ws: Path, tmp_path: Path
) -> None:
    """Ctrl+C in a terminal interrupts the whole process group: emocni and its rendering child."""
    import signal
    import subprocess

    scan = "{{ ('x' * 999999).count('y') }}"
    slow = "{% for i in range(1000) %}{% for j in range(45) %}" + scan + "{% endfor %}{% endfor %}"
    template = make_template(tmp_path / "wolny.docx", slow)
    out = tmp_path / "wynik.docx"
    command = [sys.executable, "-m", "emocni_cli", "-C", str(plan_ws), "render-plan", "general"]
    process = subprocess.Popen(
        [*command, "--template", str(template), "-o", str(out)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )
    time.sleep(3)
    os.killpg(process.pid, signal.SIGINT)
    _, err = process.communicate(timeout=30)
    assert process.returncode == 130, err
    assert b"Traceback" not in err
    assert not out.exists()
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:  # the child (killed, then reaped) leaves the group
        try:
            os.killpg(process.pid, 0)
        except ProcessLookupError:
            return
        time.sleep(0.2)
    pytest.fail("a process of the interrupted emocni is still running")
