"""emocni summary --html: one self-contained page, checked as text and in a real headless browser."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.animator import gmina, pack
from tests.cli_asserts import flat, ok
from tests.helpers import EXAMPLE, Cli

HOSTILE = '<script>alert("x")</script> & <img src=x onerror=alert(1)> „Wierzbno”'
CHROMIUM = next(
    (shutil.which(n) for n in ("chromium", "chromium-browser", "google-chrome") if shutil.which(n)), None
)


@pytest.fixture(scope="module")
def page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The page of the example, a gmina with a hostile name and over its budget, and a broken pack."""
    base = tmp_path_factory.mktemp("strona")
    shutil.copytree(EXAMPLE, base / "wierzbno")
    odd = gmina(base / "dziwna", HOSTILE, "0612012", **{"wymagania.budzet_zdalny_h": "2"})
    pack(odd, base / "dziwna.zip", "2018-06-17")
    shutil.rmtree(odd)
    (base / "zepsuta.zip").write_bytes(b"PK\x05\x06 broken")
    target = base / "zestawienie.html"
    result = Cli(base).raw("summary", str(base), "--today", "2019-04-01", "--html", str(target))
    assert result.exit_code == 3 and str(target) in flat(result.stderr)
    return target


def test_every_text_from_the_files_is_escaped(page: Path) -> None:
    text = page.read_text(encoding="utf-8")
    assert "<script" not in text and "<img" not in text
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;img" in text


def test_the_page_needs_nothing_from_outside(page: Path) -> None:
    text = page.read_text(encoding="utf-8")
    assert not re.search(r"https?:|//[a-z]|\bsrc=|<link|@import|url\(", text.replace("&lt;img src=x", ""))
    assert "default-src 'none'" in text


def test_marks_differ_in_shape_not_only_in_colour(page: Path) -> None:
    text = page.read_text(encoding="utf-8")
    for state, mark in (("done", "✔"), ("in_progress", "◐"), ("todo", "✘")):
        assert re.search(rf'class="mark {state}"[^>]*>{mark}<', text), state


@pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed")
def test_the_page_in_a_headless_browser(page: Path, tmp_path: Path) -> None:
    common = [
        CHROMIUM,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        f"--user-data-dir={tmp_path / 'profil'}",
    ]
    dom = subprocess.run(
        [*common, "--dump-dom", page.as_uri()], capture_output=True, text=True, encoding="utf-8", timeout=120
    ).stdout
    assert "Zestawienie gmin — stan na 1 kwietnia 2019" in dom
    assert dom.count("<details") == 3 and "Wierzbno Dolne" in dom and "zepsuta.zip" in dom
    assert "<script" not in dom  # the hostile name stayed text in the browser's own tree too
    shot = tmp_path / "zestawienie.png"
    subprocess.run(
        [*common, "--window-size=1400,700", f"--screenshot={shot}", page.as_uri()],
        capture_output=True,
        timeout=120,
    )
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 10_000


def test_an_existing_page_is_replaced_only_with_force(tmp_path: Path) -> None:
    target = tmp_path / "strona.html"
    target.write_text("moja", encoding="utf-8")
    result = Cli(EXAMPLE).raw("summary", str(EXAMPLE), "--html", str(target))
    assert result.exit_code == 1 and "--force" in flat(result.stderr)
    assert target.read_text(encoding="utf-8") == "moja"
    ok(Cli(EXAMPLE).raw("summary", str(EXAMPLE), "--html", str(target), "--force"))
    assert target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
