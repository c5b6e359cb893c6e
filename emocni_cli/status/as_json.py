"""The object `emocni status --json` prints: the report, the people trained, and what was wrong
with the files. One builder, so that `emocni summary` gives each gmina exactly this object."""

from __future__ import annotations

from typing import Any

from emocni_cli.status.report import Report
from emocni_cli.workspace.load import Workspace


def status_object(ws: Workspace, report: Report, trained: dict[str, Any] | None = None) -> dict[str, Any]:
    """`trained` replaces the figure computed from the enrolments (a pack carries it as counts)."""
    if trained is None:
        from emocni_cli.trainings.attendance import trained as trained_on

        trained = trained_on(ws, report.today).as_dict()
    return {
        **report.as_dict(),
        "trained": trained,
        "problems": [p.as_dict() for p in ws.problems],
        "left_out": [item.as_dict() for item in ws.left_out],
    }
