"""A real, non-editable install (pip install <repo>) into a fresh virtual environment, used from
another folder: the console script works and the package carries everything it needs at run
time, the document templates included."""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
import sysconfig
import venv
from pathlib import Path

import pytest

from emocni_cli import __version__
from tests.helpers import EXAMPLE, REPO

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bin/Scripts folder of a venv with emocni installed from this checkout (not editable).
    The venv sees the packages of the environment running the tests (through a .pth file, which
    works whether that environment is a venv or not), so no dependency is downloaded: only emocni
    itself is built, and the venv's own copy of it comes first on sys.path."""
    root = tmp_path_factory.mktemp("venv")
    venv.EnvBuilder(with_pip=False).create(root)
    scripts = root / ("Scripts" if os.name == "nt" else "bin")
    python = scripts / ("python.exe" if os.name == "nt" else "python")
    probe = "import sysconfig; print(sysconfig.get_paths()['purelib'])"
    own = subprocess.run([python, "-c", probe], check=True, capture_output=True, text=True)
    outer = {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}
    Path(own.stdout.strip(), "_outer_environment.pth").write_text("\n".join(sorted(outer)) + "\n")
    # build with the hatchling already installed when there is one (no network needed); otherwise
    # pip fetches it into an isolated build environment
    isolation = [] if importlib.util.find_spec("hatchling") is None else ["--no-build-isolation"]
    pip = [python, "-m", "pip", "install", "-q", "--no-deps", "--no-cache-dir", *isolation, str(REPO)]
    subprocess.run(pip, check=True, cwd=root, timeout=600)
    return scripts


def run(scripts: Path, *args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    emocni = shutil.which("emocni", path=str(scripts))
    assert emocni is not None, "the console script was not installed"
    env = {k: v for k, v in os.environ.items() if k != "EMOCNI_WORKSPACE"}
    return subprocess.run(
        [emocni, *args], cwd=cwd, capture_output=True, text=True, encoding="utf-8", env=env, timeout=120
    )


def test_the_installed_package_is_used_not_this_checkout(installed: Path, tmp_path: Path) -> None:
    python = shutil.which("python", path=str(installed))
    probe = "import emocni_cli; print(emocni_cli.__file__)"
    where = subprocess.run([python, "-c", probe], cwd=tmp_path, capture_output=True, text=True, check=True)
    location = Path(where.stdout.strip()).resolve()
    assert installed.parent.resolve() in location.parents
    assert REPO.resolve() not in location.parents


def test_version_check_and_list_from_another_folder(installed: Path, tmp_path: Path) -> None:
    workspace = tmp_path / "gmina"
    shutil.copytree(EXAMPLE, workspace)
    elsewhere = tmp_path / "inny folder"
    elsewhere.mkdir()

    version = run(installed, "--version", cwd=elsewhere)
    assert (version.returncode, version.stdout.strip()) == (0, f"emocni {__version__}")

    check = run(installed, "-C", str(workspace), "check", cwd=elsewhere)
    assert check.returncode == 0, check.stderr
    listed = run(installed, "-C", str(workspace), "partner", "list", "--json", cwd=elsewhere)
    assert listed.returncode == 0, listed.stderr
    assert len(json.loads(listed.stdout)) == 9

    # found upwards from a subfolder, as a user would work
    (workspace / "dokumenty").mkdir(exist_ok=True)
    shown = run(installed, "partner", "show", "gops", cwd=workspace / "dokumenty")
    assert shown.returncode == 0 and "Gminny Ośrodek Pomocy Społecznej" in shown.stdout

    none = run(installed, "partner", "list", cwd=elsewhere)
    assert none.returncode == 1 and "Nie znaleziono przestrzeni roboczej" in " ".join(none.stderr.split())
    assert "Traceback" not in none.stderr


def test_the_templates_are_inside_the_installed_package(installed: Path, tmp_path: Path) -> None:
    python = shutil.which("python", path=str(installed))
    probe = (
        "import importlib.resources as r, json; "
        "print(json.dumps(sorted(p.name for p in (r.files('emocni_cli') / 'templates').iterdir())))"
    )
    result = subprocess.run([python, "-c", probe], cwd=tmp_path, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    shipped = set(json.loads(result.stdout))
    in_repo = {p.name for p in (REPO / "templates").glob("*.docx")}
    assert in_repo and in_repo <= shipped


def test_a_document_renders_from_the_installed_package(installed: Path, tmp_path: Path) -> None:
    workspace = tmp_path / "gmina"
    shutil.copytree(EXAMPLE, workspace)
    if not (workspace / "plan-ogolny.toml").exists():
        pytest.skip("the example has no general plan to render")
    out = tmp_path / "plan.docx"
    result = run(installed, "-C", str(workspace), "render-plan", "general", "-o", str(out), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert out.stat().st_size > 0 and out.read_bytes()[:2] == b"PK"  # a .docx is a zip
