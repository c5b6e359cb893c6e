"""Wall time of rendering plan documents, reported as ratios against `python -c "import docxtpl"`
measured in the same run (absolute times differ between machines; the ratios are what to watch).

Usage:  python benchmarks/bench_render.py [--runs 5] [--trainings 500]

Runs the installed `emocni` in subprocesses on a synthetic workspace (benchmarks/synthetic.py)
whose annual plan for 2019 holds --trainings trainings: the detailed plan (one table row per
training) and the general part. Importing docxtpl is the floor every rendering pays; `emocni check`
on the same workspace shows how much of the time is loading the workspace rather than rendering.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

from docx import Document

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_status import emocni, median_time
from synthetic import SHARES, generate

YEAR = "2019"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--trainings", type=int, default=500)
    args = parser.parse_args()
    tool = emocni()
    # synthetic.py spreads trainings evenly over the three plan years
    records = args.trainings * 3 * 100 // SHARES["szkolenie"]
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "gmina"
        counts = generate(folder, records)
        out = Path(tmp) / "out.docx"
        common = [*tool, "-C", str(folder), "render-plan"]
        detailed = [*common, "detailed", "--year", YEAR, "-o", str(out), "--force"]
        general = [*common, "general", "-o", str(out), "--force"]
        baseline = median_time([sys.executable, "-c", "import docxtpl"], args.runs)
        rows = [
            ('python -c "import docxtpl"', baseline),
            (f"render-plan detailed ({counts['szkolenie'] // 3} szkoleń)", median_time(detailed, args.runs)),
            (f"render-plan general ({counts['partner']} partnerów)", median_time(general, args.runs)),
            ("check (tylko wczytanie przestrzeni)", median_time([*common[:-1], "check"], args.runs)),
        ]
        _check_rows(detailed, out, counts["szkolenie"] // 3)
    width = max(len(name) for name, _ in rows)
    print(f"{'':{width}}  {'median s':>9}  {'× import docxtpl':>16}")
    for name, seconds in rows:
        print(f"{name:{width}}  {seconds:9.3f}  {seconds / baseline:16.1f}")


def _check_rows(cmd: list[str], out: Path, expected: int) -> None:
    """The measured document really holds a row per training (a fast wrong answer is no result)."""
    subprocess.run(cmd, check=True, capture_output=True)
    table = Document(str(out)).tables[1]
    body_rows = len(table.rows) - 3  # two header rows and the totals row
    if body_rows != expected:
        raise SystemExit(f"expected {expected} training rows, found {body_rows}")


if __name__ == "__main__":
    main()
