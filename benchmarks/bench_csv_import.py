"""Wall time of `emocni partner import --csv` with growing numbers of rows, as ratios against
`python -c "import typer"` measured in the same run; linear growth is the target (issue 11: 4,000
rows took 333 s when every row re-read the whole file).

Usage:  python benchmarks/bench_csv_import.py [--runs 3] [--sizes 1000,2000,4000]

Each run imports into a fresh copy of an empty workspace (made once with `emocni init`), in a
subprocess, as a user would.
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

from bench_status import emocni, median_time

HEADER = "id;nazwa;rodzaj;osoba kontaktowa;e-mail;data przystąpienia;zasoby"


def write_csv(path: Path, rows: int) -> None:
    lines = [HEADER] + [
        f"p{i};Instytucja partnerska nr {i};biblioteka;Osoba {i};p{i}@gmina.pl;2018-01-16;sala"
        for i in range(rows)
    ]
    path.write_text("\ufeff" + "\r\n".join(lines) + "\r\n", encoding="utf-8")


def import_time(tool: list[str], empty: Path, csv: Path, runs: int) -> float:
    times = []
    for run in range(runs):
        folder = empty.with_name(f"{csv.stem}-{run}")
        shutil.copytree(empty, folder)
        start = time.perf_counter()
        result = subprocess.run(
            [*tool, "-C", str(folder), "partner", "import", "--csv", str(csv)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            check=False,
        )
        times.append(time.perf_counter() - start)
        if result.returncode != 0:
            raise SystemExit(f"import of {csv.name} failed ({result.returncode}):\n{result.stderr.decode()}")
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--sizes", default="1000,2000,4000")
    args = parser.parse_args()
    sizes = sorted(int(s) for s in args.sizes.split(","))
    tool = emocni()
    baseline = median_time([sys.executable, "-c", "import typer"], args.runs)
    growth: list[tuple[int, float]] = []
    with tempfile.TemporaryDirectory() as tmp:
        empty = Path(tmp) / "empty"
        init = [*tool, "init", str(empty), "--gmina", "Wierzbno", "--emocarz", "Marta Sobczak"]
        init += ["--animator", "Paweł Zieliński", "--start-year", "2018", "--no-input"]
        subprocess.run(init, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
        for size in sizes:
            csv = Path(tmp) / f"partners{size}.csv"
            write_csv(csv, size)
            growth.append((size, import_time(tool, empty, csv, args.runs)))

    print(f"median of {args.runs} runs; {tool[0]}")
    print(f"{'command':<40} {'seconds':>8} {'× import typer':>15}")
    rows = [('python -c "import typer"', baseline)]
    rows += [(f"partner import: {size:,} rows", t) for size, t in growth]
    for label, t in rows:
        print(f"{label:<40} {t:>8.3f} {t / baseline:>15.1f}")
    print("\ngrowth (time added per 1,000 rows between sizes; equal numbers = linear):")
    for (n0, t0), (n1, t1) in itertools.pairwise(growth):
        print(f"  {n0:>6,} → {n1:>6,}: {(t1 - t0) / (n1 - n0) * 1000:7.2f} s per 1,000 rows")


if __name__ == "__main__":
    main()
