"""Fast start: help and read-only commands do not import the heavy libraries (in a fresh process,
as a user runs them); writing commands do, which shows the check can see them."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import Cli

# (and the change history: only a command that writes, undoes or lists changes needs it)
HEAVY = ["docx", "docxtpl", "jinja2", "tomlkit", "filelock", "icalendar", "emocni_cli.workspace.history"]

# Runs the CLI entry point in a fresh interpreter, then reports which heavy packages got imported.
PROBE = """
import json, sys
from emocni_cli.cli.app import main
args, heavy = json.loads(sys.argv[1]), set(json.loads(sys.argv[2]))
sys.argv, code = ["emocni", *args], 0
try:
    main()
except SystemExit as exc:
    code = exc.code
loaded = sorted(name for name in heavy if name in sys.modules)
groups = sorted(m.rpartition(".")[2] for m in sys.modules if m.startswith("emocni_cli.cli.commands."))
print(json.dumps({"code": code, "heavy": loaded, "groups": groups}), file=sys.stderr)
"""


def imported(args: list[str], cwd: Path, watched: list[str] = HEAVY) -> dict:
    """How the command ended, which of the `watched` modules it imported, which groups."""
    result = subprocess.run(
        [sys.executable, "-c", PROBE, json.dumps(args), json.dumps(watched)],
        cwd=cwd,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
    )
    return json.loads(result.stderr.strip().splitlines()[-1])


FILLED = [
    "partner add 'Gminny Ośrodek Kultury' --type GOK",
    "meeting add --date 2017-11-21 --held",
    "training add --year 2019 --title 'Bankowość internetowa' --when 'marzec 2019'",
]


@pytest.mark.slow
@pytest.mark.parametrize(
    "args",
    [
        ["--help"],
        ["--version"],
        ["partner", "list"],
        ["partnerzy", "lista"],
        ["partner", "list", "--json"],
        ["partner", "show", "gok"],
        ["partner", "add", "--help"],
        ["meeting", "list"],
        ["consultation", "list"],
        ["webinar", "list"],
        ["partnership", "show"],
        ["config", "list"],
        ["config", "get", "gmina.nazwa"],
        ["check"],
        ["agenda"],
        ["agenda", "--json", "--days", "90"],
        ["status", "--short"],
        ["report", "--json"],
        ["summary", "."],
        ["summary", ".", "--json"],
        ["participant", "list"],
        ["training", "progress", "2019-01"],
    ],
    ids=" ".join,
)
def test_read_only_commands_stay_light(filled: Cli, args: list[str]) -> None:
    report = imported(args, filled.folder)
    assert report["code"] == 0 and report["heavy"] == []


@pytest.mark.slow
@pytest.mark.parametrize(
    ("args", "groups"),
    [
        (["--help"], []),
        (["--version"], []),
        (["partner", "list"], ["partner"]),
        (["partner", "--help"], ["partner"]),
        (["check"], ["check"]),
        (["render-plan", "--help"], ["render_plan"]),
        (["spotkanie", "lista"], ["meeting"]),
        (["dokument-planu", "ogólny", "--help"], ["render_plan"]),
        (["sprawdz"], ["check"]),
        (["uczestnik", "lista"], ["participant"]),
    ],
    ids=[
        "--help",
        "--version",
        "partner list",
        "partner --help",
        "check",
        "render-plan --help",
        "spotkanie lista",
        "dokument-planu ogólny --help",
        "sprawdz",
        "uczestnik lista",
    ],
)
def test_only_the_invoked_group_is_imported(filled: Cli, args: list[str], groups: list[str]) -> None:
    assert imported(args, filled.folder)["groups"] == groups


# What printing through rich costs (its tables and markup), and pydantic's plugin lookup (which
# imports importlib.metadata, email, zipfile …): paid by no command that writes --json.
NOT_FOR_JSON = ["rich.console", "rich.table", "rich.markup", "importlib.metadata"]


@pytest.mark.slow
@pytest.mark.parametrize(
    "args",
    [
        ["status", "--json"],
        ["partner", "list", "--json"],
        ["meeting", "list", "--json"],
        ["training", "list", "--json"],
        ["partnership", "show", "--json"],
        ["check", "--json"],
        ["agenda", "--json"],
    ],
    ids=" ".join,
)
def test_json_output_imports_no_rich_and_looks_up_no_plugins(filled: Cli, args: list[str]) -> None:
    report = imported(args, filled.folder, NOT_FOR_JSON)
    assert report["code"] in (0, 1) and report["heavy"] == []


@pytest.mark.slow
def test_a_table_does_import_rich_so_the_probe_sees_it(filled: Cli) -> None:
    report = imported(["partner", "list"], filled.folder, NOT_FOR_JSON)
    assert report["code"] == 0 and {"rich.console", "rich.table"} <= set(report["heavy"])


@pytest.mark.slow
def test_a_writing_command_does_load_them_so_the_probe_sees_imports(filled: Cli) -> None:
    report = imported(["partner", "add", "OSP Kamionka", "--type", "OSP"], filled.folder)
    assert report["code"] == 0
    assert {"tomlkit", "filelock"} <= set(report["heavy"])


@pytest.mark.slow
def test_a_section_text_loads_python_docx_only_when_read_from_a_docx(filled: Cli, tmp_path: Path) -> None:
    from docx import Document

    text = "Diagnoza: ankieta wśród mieszkańców gminy."
    (tmp_path / "diagnoza.txt").write_text(text, encoding="utf-8")
    document = Document()
    document.add_paragraph(text)
    document.save(str(tmp_path / "diagnoza.docx"))
    for args in (["--text", text], ["--file", str(tmp_path / "diagnoza.txt")]):
        report = imported(["plan", "set", "diagnoza", *args], filled.folder)
        assert report["code"] == 0 and "docx" not in report["heavy"]
    report = imported(["plan", "set", "diagnoza", "--file", str(tmp_path / "diagnoza.docx")], filled.folder)
    assert report["code"] == 0 and "docx" in report["heavy"]


def test_the_models_annotations_are_not_evaluated_from_text() -> None:
    """pydantic would evaluate each field's annotation from its text at every start
    (emocni_cli/model/__init__.py): the modules that define models keep annotations live."""
    import ast

    from tests.helpers import REPO

    for path in sorted((REPO / "emocni_cli" / "model").glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        defines_models = any(
            isinstance(node, ast.ClassDef)
            and any(isinstance(b, ast.Name) and b.id in {"BaseModel", "Record", "_Model"} for b in node.bases)
            for node in tree.body
        )
        future = any(isinstance(node, ast.ImportFrom) and node.module == "__future__" for node in tree.body)
        assert not (defines_models and future), f"{path.name}: from __future__ import annotations"
