"""emocni runs with no pydantic plugins: the first validator pydantic builds (Typer's parameters,
our models) would otherwise import pydantic's plugin loader, and with it importlib.metadata, email,
zipfile and csv, ~25 ms of every start, to look for entry points. Typer already sets
PYDANTIC_DISABLE_PLUGINS while it builds its validators; the import happens all the same, so the
loader is put in place here, answering "no plugins" as it does when they are disabled. Should a
future pydantic move its loader, the stand-in is simply unused and only the start is slower."""

from __future__ import annotations

import sys
import types

LOADER = "pydantic.plugin._loader"


def _no_plugins() -> tuple[()]:
    return ()


if LOADER not in sys.modules:
    _loader = types.ModuleType(LOADER, "emocni's stand-in: pydantic plugins are disabled")
    _loader.get_plugins = _no_plugins  # type: ignore[attr-defined]
    sys.modules[LOADER] = _loader
