"""Wall time of `emocni summary` over 125 gminas of 100 records each, against one `emocni status`
on one such gmina and `python -c "import typer"`, all measured in the same run.

Usage:  python benchmarks/bench_summary.py [--runs 5] [--gminas 125] [--records 100]

Generates the gminas with benchmarks/synthetic.py (each its own name), then times the installed
`emocni` in subprocesses: `summary` of the folder of all gminas, of the same gminas as packs
(made with emocni's own make_pack, in this process), and with --json. The issue's targets: under
2 s for 125 gminas, and within 5× of one `status`.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

import tomli_w

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_status import TODAY, emocni, median_time
from synthetic import SETTINGS, generate

BUDGET_S = 2.0
BUDGET_RATIO = 5.0


def gminas(folder: Path, count: int, records: int) -> list[Path]:
    """`count` synthetic workspaces in folder, each a gmina of its own name."""
    out = []
    for i in range(count):
        ws = folder / f"gmina-{i:03d}"
        generate(ws, records, seed=i)
        settings = {**SETTINGS, "gmina": {**SETTINGS["gmina"], "nazwa": f"Gmina Syntetyczna {i}"}}
        (ws / "emocni.toml").write_text(tomli_w.dumps(settings), encoding="utf-8")
        out.append(ws)
    return out


def packs(workspaces: list[Path], folder: Path) -> None:
    import datetime as dt

    from emocni_cli.summary.pack import make_pack

    folder.mkdir()
    for ws in workspaces:
        (folder / f"{ws.name}.zip").write_bytes(make_pack(ws, dt.date.fromisoformat(TODAY)).data)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--gminas", type=int, default=125)
    parser.add_argument("--records", type=int, default=100)
    args = parser.parse_args()
    tool = emocni()
    with tempfile.TemporaryDirectory() as tmp:
        folders = Path(tmp) / "gminy"
        workspaces = gminas(folders, args.gminas, args.records)
        packs(workspaces, Path(tmp) / "paczki")
        n = f"{args.gminas} gminas"
        rows = [
            ('python -c "import typer"', median_time([sys.executable, "-c", "import typer"], args.runs)),
            (
                "status: one gmina",
                median_time([*tool, "-C", str(workspaces[0]), "status", "--today", TODAY], args.runs),
            ),
            (
                f"summary: {n} (folders)",
                median_time([*tool, "summary", str(folders), "--today", TODAY], args.runs),
            ),
            (
                f"summary: {n} (packs)",
                median_time([*tool, "summary", f"{tmp}/paczki", "--today", TODAY], args.runs),
            ),
            (
                f"summary --json: {n} (folders)",
                median_time([*tool, "summary", str(folders), "--today", TODAY, "--json"], args.runs),
            ),
        ]
    baseline, status = rows[0][1], rows[1][1]
    print(f"median of {args.runs} runs; {tool[0]}; {args.records} records per gmina")
    print(f"{'command':<36} {'seconds':>8} {'× import typer':>15} {'× status':>9}")
    for label, t in rows:
        print(f"{label:<36} {t:>8.3f} {t / baseline:>15.1f} {t / status:>9.1f}")
    worst = max(t for _, t in rows[2:])
    fast = "met" if worst < BUDGET_S else "NOT met"
    near = "met" if worst <= BUDGET_RATIO * status else "NOT met"
    print(f"\ntarget: under {BUDGET_S:.0f} s — {fast} ({worst:.2f} s)")
    print(f"target: within {BUDGET_RATIO:.0f}× of one status — {near} ({worst / status:.1f}×)")


if __name__ == "__main__":
    main()
