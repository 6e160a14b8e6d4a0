"""Benchmark: the bundle (issue 17): its size on disk, and its start to first paint against the
installed venv's on the "province" data set.

- size: bytes of the files of ``dist/dialogue-app`` (links not counted twice); target < 180 MB;
  floor: the Qt libraries and Python the bundle cannot do without (``PySide6/`` and
  ``libpython``), which the rest is added to;
- first paint: a new bundle process to its first paint (offscreen), median of several runs,
  alternating with the venv's ``python -m dialogue_app`` (the floor); target ratio <= 1.2.

Run: .venv/bin/python tests/benchmarks/bench_bundle.py [--quick] [--runs N] [--bundle DIR]
(without --bundle it builds one into a temporary folder first, about a minute).
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))

from bench_startup import _environment, time_to_first_paint  # noqa: E402
from build_bundle import SIZE_LIMIT_MB, executable, folder_size  # noqa: E402
from common import Result  # noqa: E402
from datasets import PROVINCE, PROVINCE_QUICK, Size, sqlite_dataset  # noqa: E402

RATIO_TARGET = 1.2


def build(into: Path) -> Path:
    subprocess.run(
        [
            sys.executable,
            str(ROOT / "tools" / "build_bundle.py"),
            "--quiet",
            "--dist",
            str(into / "dist"),
            "--work",
            str(into / "build"),
        ],
        check=True,
    )
    return into / "dist" / "dialogue-app"


def size_result(bundle: Path) -> Result:
    internal = bundle / "_internal"
    essential = folder_size(internal / "PySide6") + sum(
        p.stat().st_size for p in internal.glob("libpython*") if not p.is_symlink()
    )
    return Result(
        "bundle size on disk",
        folder_size(bundle) / 1e6,
        "MB",
        SIZE_LIMIT_MB,
        essential / 1e6,
        note="floor: the bundled Qt (PySide6/) and libpython alone",
    )


def first_paint_result(bundle: Path, size: Size, runs: int) -> Result:
    database = sqlite_dataset(size)
    arguments = ["--database", f"sqlite:///{database}", "--no-demo-offer"]
    frozen = [str(executable(bundle)), *arguments]
    venv = [sys.executable, "-m", "dialogue_app", *arguments]
    ours, floors = [], []
    with tempfile.TemporaryDirectory(prefix="bench-bundle-") as folder:
        env = _environment(Path(folder))
        time_to_first_paint(frozen, env)  # first runs: the page cache warm for both
        time_to_first_paint(venv, env)
        for _ in range(runs):
            ours.append(time_to_first_paint(frozen, env)[0])  # (first paint, page ready)
            floors.append(time_to_first_paint(venv, env)[0])
    return Result(
        f"bundle start-up to first paint, {size.name}",
        statistics.median(ours),
        "s",
        RATIO_TARGET,
        statistics.median(floors),
        target_is_ratio=True,
        note=f"median of {runs} new processes; floor: the installed venv's python -m dialogue_app",
    )


def run(size: Size = PROVINCE, runs: int = 7, bundle: Path | None = None) -> list[Result]:
    if bundle is not None:
        return [size_result(bundle), first_paint_result(bundle, size, runs)]
    with tempfile.TemporaryDirectory(prefix="bench-bundle-build-") as folder:
        built = build(Path(folder))
        return [size_result(built), first_paint_result(built, size, runs)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--bundle", type=Path, help="an existing dist/dialogue-app folder")
    args = parser.parse_args(argv)
    for result in run(PROVINCE_QUICK if args.quick else PROVINCE, args.runs, args.bundle):
        target = f"≤ {result.target}× floor" if result.target_is_ratio else f"< {result.target}"
        print(
            f"{result.name}: {result.value:.3f} {result.unit} (target {target}: "
            f"{'MET' if result.meets_target else 'NOT MET'}); floor {result.floor:.3f} "
            f"{result.unit}, ratio {result.ratio:.2f}×"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
