"""Wall time of `emocni status`, reported as ratios against `python -c "import typer"` measured in
the same run (absolute times differ between machines; the ratios and the growth are what to watch).

Usage:  python benchmarks/bench_status.py [--runs 5] [--sizes 1000,10000,100000]

Runs the installed `emocni` in subprocesses: on the example gmina (if examples/wierzbno-dolne exists)
and on synthetic workspaces of growing size (benchmarks/synthetic.py), with the peak memory of each
(POSIX), plus `emocni check` on the largest one to show how much of the time is loading the
workspace rather than judging it. Targets (issue 13): status on 10,000 records under 0.5 s, peak
memory growing by no more than ~2 KB a record.
"""

from __future__ import annotations

import argparse
import itertools
import os
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
BUDGET_S = 0.5  # the target for status on 10,000 records
MEMORY_PER_RECORD_KB = 2.0  # … and for the peak memory it grows by per record


def emocni() -> list[str]:
    """The command that runs the installed emocni, and the environment for it (and for every
    baseline) that a user's machine has: Python's bytecode cached. A shell or CI that sets
    PYTHONDONTWRITEBYTECODE (this project's does) would otherwise have every run compile emocni's
    ~100 modules from source, while the baselines' modules come precompiled from pip — a cost no
    user pays after the first run. The cache goes to a folder of its own, not into the sources."""
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
    cache = Path(tempfile.gettempdir()) / "emocni-benchmarks-pycache"
    os.environ.setdefault("PYTHONPYCACHEPREFIX", str(cache))
    found = shutil.which("emocni")
    return [found] if found else [sys.executable, "-m", "emocni_cli"]


def median_time(cmd: list[str], runs: int) -> float:
    return time_and_memory(cmd, runs)[0]


def time_and_memory(cmd: list[str], runs: int) -> tuple[float, float]:
    """The median wall time (after one warm-up run) and the largest peak memory in MB (0 where
    the system does not tell it)."""
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)  # warm up
    times, peak = [], 0.0
    for _ in range(runs):
        start = time.perf_counter()
        process = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        stderr = process.stderr.read() if process.stderr else b""
        if hasattr(os, "wait4"):
            _, status, usage = os.wait4(process.pid, 0)
            code = os.waitstatus_to_exitcode(status)
            peak = max(peak, usage.ru_maxrss / 1024)  # KB on Linux
        else:
            code = process.wait()
        times.append(time.perf_counter() - start)
        if code not in (0, 1):
            raise SystemExit(f"{' '.join(cmd)} failed ({code}):\n{stderr.decode()}")
    return statistics.median(times), peak


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--sizes", default="1000,10000,100000")
    args = parser.parse_args()
    sizes = sorted(int(s) for s in args.sizes.split(","))
    tool = emocni()
    rows: list[tuple[str, float]] = []

    baseline = median_time([sys.executable, "-c", "import typer"], args.runs)
    rows.append(('python -c "import typer"', baseline))
    if EXAMPLE.is_dir():
        rows.append(("status: example gmina", median_time([*tool, "-C", str(EXAMPLE), "status"], args.runs)))
    growth: list[tuple[int, float]] = []
    memory: list[tuple[int, float]] = []
    with tempfile.TemporaryDirectory() as tmp:
        for size in sizes:
            folder = Path(tmp) / f"ws{size}"
            generate(folder, size)
            t, mb = time_and_memory([*tool, "-C", str(folder), "status", "--today", TODAY], args.runs)
            growth.append((size, t))
            memory.append((size, mb))
            rows.append((f"status: {size:,} records (peak {mb:,.0f} MB)", t))
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
    print(f"{'command':<46} {'seconds':>8} {'× import typer':>15}")
    for label, t in rows:
        print(f"{label:<46} {t:>8.3f} {t / baseline:>15.1f}")

    if len(growth) >= 2:
        print("\ngrowth (time added per 1,000 records between sizes; equal numbers = linear):")
        for (n0, t0), (n1, t1) in itertools.pairwise(growth):
            print(f"  {n0:>6,} → {n1:>6,}: {(t1 - t0) / (n1 - n0) * 1000 * 1000:7.1f} ms per 1,000 records")
        print("peak memory added per record between sizes:")
        for (n0, m0), (n1, m1) in itertools.pairwise(memory):
            per = (m1 - m0) * 1024 / (n1 - n0)
            verdict = "met" if per <= MEMORY_PER_RECORD_KB else "NOT met"
            target = f"target ≤ {MEMORY_PER_RECORD_KB} KB: {verdict}"
            print(f"  {n0:>6,} → {n1:>6,}: {per:5.2f} KB per record ({target})")
    size, t = min(growth, key=lambda g: abs(g[0] - 10_000))
    verdict = "met" if t < BUDGET_S else "NOT met"
    print(f"\ntarget: status on {size:,} records under {BUDGET_S} s — {verdict} ({t:.2f} s)")


if __name__ == "__main__":
    main()
