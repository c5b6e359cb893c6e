"""Every library emocni imports is declared in pyproject.toml, so `pip install emocni` brings it —
also on Windows, where the time zones of the calendar come from a package, not from the system."""

from __future__ import annotations

import ast
import importlib.metadata
import sys
import tomllib

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from tests.helpers import REPO


def requirements() -> list[Requirement]:
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return [Requirement(line) for line in project["dependencies"]]


def _fallbacks(tree: ast.AST) -> set[ast.AST]:
    """Imports in an `except ImportError:` handler: used only when another import failed."""
    handlers = [
        handler
        for node in ast.walk(tree)
        if isinstance(node, ast.Try)
        for handler in node.handlers
        if isinstance(handler.type, ast.Name) and handler.type.id in {"ImportError", "ModuleNotFoundError"}
    ]
    return {node for handler in handlers for node in ast.walk(handler)}


def imported_modules() -> set[str]:
    """Top-level names of every module emocni_cli imports (inside functions too)."""
    names = set()
    for path in (REPO / "emocni_cli").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        fallbacks = _fallbacks(tree)
        for node in ast.walk(tree):
            if node in fallbacks:
                continue
            if isinstance(node, ast.Import):
                names.update(alias.name.split(".")[0] for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                names.add(node.module.split(".")[0])
    return names


def test_every_imported_library_is_a_declared_dependency() -> None:
    declared = {canonicalize_name(r.name) for r in requirements()}
    distributions = importlib.metadata.packages_distributions()
    third_party = imported_modules() - set(sys.stdlib_module_names) - {"emocni_cli"}
    missing = {
        module: distributions.get(module)
        for module in third_party
        if not {canonicalize_name(d) for d in distributions.get(module, [module])} & declared
    }
    assert not missing, f"imported but not in [project] dependencies: {missing}"


def test_windows_gets_the_time_zone_data_the_calendar_needs() -> None:
    assert "zoneinfo" in imported_modules()
    on_windows = {"sys_platform": "win32", "platform_system": "Windows", "os_name": "nt"}
    needed = [
        r
        for r in requirements()
        if canonicalize_name(r.name) == "tzdata" and r.marker and r.marker.evaluate(on_windows)
    ]
    assert needed, "tzdata must be a dependency on Windows (zoneinfo has no system zones there)"
