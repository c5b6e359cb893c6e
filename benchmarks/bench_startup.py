"""Start-up time of `emocni`, reported as ratios against `python -c "import typer"` measured in the
same run (absolute times differ between machines; the ratios are what to watch).

Usage:  python benchmarks/bench_startup.py [--runs 15]

Runs the installed `emocni` in subprocesses: `--help` (nothing but the command tree) and
`partner list` on the example gmina (the lightest command that reads a workspace), plus `check`
on the example, which reads and validates every file. None of them may import docx, docxtpl,
tomlkit or filelock (tests/release/test_fast_start.py); this shows what the start costs all the same.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_status import EXAMPLE, emocni, median_time


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    tool = emocni()
    example = [*tool, "-C", str(EXAMPLE)]
    baseline = median_time([sys.executable, "-c", "import typer"], args.runs)
    rows = [
        ('python -c "import typer"', baseline),
        ("emocni --help", median_time([*tool, "--help"], args.runs)),
        ("emocni partner list (example)", median_time([*example, "partner", "list"], args.runs)),
        ("emocni check (example)", median_time([*example, "check"], args.runs)),
    ]
    print(f"median of {args.runs} runs; {tool[0]}")
    print(f"{'command':<34} {'seconds':>8} {'× import typer':>15}")
    for label, seconds in rows:
        print(f"{label:<34} {seconds:>8.3f} {seconds / baseline:>15.2f}")


if __name__ == "__main__":
    main()
