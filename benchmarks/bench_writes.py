"""One add / edit / remove of a partner in a file of 2,000, 10,000 and 50,000 partners, as ratios
against `emocni check` on the same workspace (reading and validating it all, the floor of every
write) measured in the same run; then the growth from 10,000 to 50,000 (5× the records: linear
is 5×).

Usage:  python benchmarks/bench_writes.py [--runs 3] [--sizes 2000,10000,50000]

Each size is a synthetic workspace (benchmarks/synthetic.py) whose partnerzy.toml is replaced by
that many partners. One run is add → edit (the new partner) → remove (it again), which leaves the
files as they were; the commands run in subprocesses, as a user runs them. Targets (issue 13):
each at 10,000 within 3× of check; at 50,000 within 6× of its time at 10,000.
"""

from __future__ import annotations

import argparse
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import tomli_w

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_status import emocni
from synthetic import _partners, generate

STEPS = {
    "add": ["partner", "add", "Nowa Fundacja Cyfrowa", "--type", "fundacja", "--id", "nowa"],
    "edit": ["partner", "edit", "nowa", "--phone", "84 555 00 00", "--role", "szkolenia"],
    "remove": ["partner", "remove", "nowa"],
}


def timed(cmd: list[str]) -> float:
    start = time.perf_counter()
    result = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, check=False)
    if result.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed ({result.returncode}):\n{result.stderr.decode()}")
    return time.perf_counter() - start


def workspace(folder: Path, partners: int) -> None:
    generate(folder, 1000)
    data = {"partner": _partners(partners, random.Random(partners))}
    (folder / "partnerzy.toml").write_text(tomli_w.dumps(data), encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--sizes", default="2000,10000,50000")
    args = parser.parse_args()
    sizes = sorted(int(s) for s in args.sizes.split(","))
    tool = emocni()
    results: dict[int, dict[str, float]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for size in sizes:
            folder = Path(tmp) / f"p{size}"
            workspace(folder, size)
            ws = [*tool, "-C", str(folder)]
            before = (folder / "partnerzy.toml").read_bytes()
            times: dict[str, list[float]] = {name: [] for name in ("check", *STEPS)}
            timed([*ws, "check"])  # warm-up
            for _ in range(args.runs):
                times["check"].append(timed([*ws, "check"]))
                for name, step in STEPS.items():
                    times[name].append(timed([*ws, *step]))
            if (folder / "partnerzy.toml").read_bytes() != before:
                raise SystemExit("add → edit → remove did not give back the same file")
            results[size] = {name: statistics.median(values) for name, values in times.items()}

    print(f"median of {args.runs} runs; {tool[0]}")
    print(f"{'partners':>9} {'check s':>8}" + "".join(f" {name + ' s':>9} {'× check':>8}" for name in STEPS))
    for size, t in results.items():
        cells = "".join(f" {t[name]:>9.3f} {t[name] / t['check']:>8.2f}" for name in STEPS)
        print(f"{size:>9,} {t['check']:>8.3f}{cells}")
    if 10_000 in results:
        at_10k = results[10_000]
        met = all(at_10k[name] / at_10k["check"] <= 3 for name in STEPS)
        print(f"\ntarget: each within 3× of check at 10,000 — {'met' if met else 'NOT met'}")
        if 50_000 in results:
            growth = {name: results[50_000][name] / at_10k[name] for name in STEPS}
            shown = ", ".join(f"{name} {g:.1f}×" for name, g in growth.items())
            met = all(g <= 6 for g in growth.values())
            print(
                f"target: 50,000 within 6× of 10,000 (linear: 5×) — {'met' if met else 'NOT met'} ({shown})"
            )


if __name__ == "__main__":
    main()
