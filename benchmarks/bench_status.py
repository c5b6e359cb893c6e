"""Wall time of `emocni status`, reported as ratios against `python -c "import typer"` measured in
the same run (absolute times differ between machines; the ratios and the growth are what to watch).

Usage:  python benchmarks/bench_status.py [--runs 7] [--sizes 2500,5000,10000]

Runs the installed `emocni` in subprocesses: on the example gmina (if examples/wierzbno-dolne exists)
and on synthetic workspaces of growing size (benchmarks/synthetic.py), plus `emocni check` on the
largest one to show how much of the time is loading the workspace rather than judging it.
"""

from __future__ import annotations

import argparse
import itertools
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from synthetic import generate

REPO = Path(__file__).resolve().parents[1]
EXAMPLE = REPO / "examples" / "wierzbno-dolne"
TODAY = "2019-03-01"
BUDGET_S = 1.0  # the target for status on 10,000 records


def emocni() -> list[str]:
    found = shutil.which("emocni")
    return [found] if found else [sys.executable, "-m", "emocni_cli"]


def median_time(cmd: list[str], runs: int) -> float:
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)  # warm up
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        result = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, check=False)
        times.append(time.perf_counter() - start)
        if result.returncode not in (0, 1):
            raise SystemExit(f"{' '.join(cmd)} failed ({result.returncode}):\n{result.stderr.decode()}")
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--sizes", default="2500,5000,10000")
    args = parser.parse_args()
    sizes = sorted(int(s) for s in args.sizes.split(","))
    tool = emocni()
    rows: list[tuple[str, float]] = []

    baseline = median_time([sys.executable, "-c", "import typer"], args.runs)
    rows.append(('python -c "import typer"', baseline))
    if EXAMPLE.is_dir():
        rows.append(("status: example gmina", median_time([*tool, "-C", str(EXAMPLE), "status"], args.runs)))
    growth: list[tuple[int, float]] = []
    with tempfile.TemporaryDirectory() as tmp:
        for size in sizes:
            folder = Path(tmp) / f"ws{size}"
            generate(folder, size)
            t = median_time([*tool, "-C", str(folder), "status", "--today", TODAY], args.runs)
            growth.append((size, t))
            rows.append((f"status: {size:,} records", t))
        largest = Path(tmp) / f"ws{sizes[-1]}"
        rows.append(
            (
                f"status --json: {sizes[-1]:,} records",
                median_time([*tool, "-C", str(largest), "status", "--today", TODAY, "--json"], args.runs),
            )
        )
        rows.append(
            (
                f"check (loading only): {sizes[-1]:,}",
                median_time([*tool, "-C", str(largest), "check"], args.runs),
            )
        )

    print(f"median of {args.runs} runs; {tool[0]}")
    print(f"{'command':<40} {'seconds':>8} {'× import typer':>15}")
    for label, t in rows:
        print(f"{label:<40} {t:>8.3f} {t / baseline:>15.1f}")

    if len(growth) >= 2:
        print("\ngrowth (time added per 1,000 records between sizes; equal numbers = linear):")
        for (n0, t0), (n1, t1) in itertools.pairwise(growth):
            print(f"  {n0:>6,} → {n1:>6,}: {(t1 - t0) / (n1 - n0) * 1000 * 1000:7.1f} ms per 1,000 records")
    size, t = growth[-1]
    verdict = "met" if t < BUDGET_S else "NOT met"
    print(f"\ntarget: status on {size:,} records under {BUDGET_S:.0f} s — {verdict} ({t:.2f} s)")


if __name__ == "__main__":
    main()
