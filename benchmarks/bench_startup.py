"""Start-up time of `emocni`, as ratios against two baselines measured in the same run: `python -c
"import typer"` and the floor of the stack, benchmarks/floor_app.py (a minimal Typer + pydantic +
tomli app doing the same kind of work); absolute times differ between machines, ratios are what
to watch.

Usage:  python benchmarks/bench_startup.py [--runs 15]

Runs the installed `emocni` in subprocesses on the example gmina: `--help` (nothing but the command
tree), `status`, `status --json`, `partner list` and `check` (reads and validates every file), each
beside the floor app's command of the same kind. The commands are run round-robin, so a machine
that gets busier during the run slows all of them alike. Targets (issue 13): status, partner list
and check within 1.15× of the floor app, --help within 1.2×.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_status import EXAMPLE, emocni

FLOOR_APP = Path(__file__).resolve().parent / "floor_app.py"


def interleaved(commands: dict[Any, list[str]], runs: int) -> dict[Any, float]:
    """The median wall time of each command, the commands taking turns (after one warm-up each)."""
    times: dict[Any, list[float]] = {name: [] for name in commands}
    for run in range(runs + 1):
        for name, cmd in commands.items():
            start = time.perf_counter()
            result = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, check=False)
            if run:
                times[name].append(time.perf_counter() - start)
            if result.returncode not in (0, 1):
                raise SystemExit(f"{' '.join(cmd)} failed ({result.returncode}):\n{result.stderr.decode()}")
    return {name: statistics.median(values) for name, values in times.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    tool = emocni()
    example = [*tool, "-C", str(EXAMPLE)]
    floor = [sys.executable, str(FLOOR_APP)]
    # (label, emocni command, the floor app's command of the same kind, target × floor)
    rows = [
        ("--help", [*tool, "--help"], [*floor, "--help"], 1.2),
        ("status", [*example, "status"], [*floor, "status", str(EXAMPLE)], 1.15),
        ("status --json", [*example, "status", "--json"], [*floor, "status", str(EXAMPLE), "--json"], 1.15),
        ("partner list", [*example, "partner", "list"], [*floor, "list", str(EXAMPLE)], 1.15),
        ("check", [*example, "check"], [*floor, "status", str(EXAMPLE)], 1.15),
    ]
    commands = {"import typer": (sys.executable, "-c", "import typer")}
    for _, ours, theirs, _ in rows:
        commands[tuple(ours)] = tuple(ours)
        commands[tuple(theirs)] = tuple(theirs)
    medians = interleaved({key: list(cmd) for key, cmd in commands.items()}, args.runs)
    typer_s = medians["import typer"]
    print(f"median of {args.runs} runs, round-robin; {tool[0]}")
    print(f"{'command':<24} {'seconds':>8} {'× import typer':>15} {'floor app s':>12} {'× floor':>8}  target")
    print(f"{'python -c import typer':<24} {typer_s:>8.3f} {1:>15.2f}")
    for label, ours, theirs, target in rows:
        ours_s, floor_s = medians[tuple(ours)], medians[tuple(theirs)]
        verdict = "met" if ours_s / floor_s <= target else "NOT met"
        print(
            f"{'emocni ' + label:<24} {ours_s:>8.3f} {ours_s / typer_s:>15.2f} {floor_s:>12.3f}"
            f" {ours_s / floor_s:>8.2f}  ≤ {target}× {verdict}"
        )


if __name__ == "__main__":
    main()
