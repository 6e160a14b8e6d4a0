"""Benchmark: an automatic backup of the "province" data set (issue 20).

Target: ≤ 2 × the floor. Floor: a bare SQLite backup API copy of the same file
(``sqlite3.Connection.backup`` into a new file), what any consistent copy must do. The measured
work is ``BackupService.backup_now``: the copy in one snapshot, the page check, the schema and
application-id checks, the row counts of every table against the snapshot's, fsync, the rename
and the rotation. Two figures: the quick backup (``PRAGMA quick_check``: at closing, hourly) and
the thorough one (``PRAGMA integrity_check``: the first of the day, ``backup now``).

Run: .venv/bin/python tests/benchmarks/bench_backup.py [--quick]
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import datasets  # noqa: E402
from common import Result  # noqa: E402

from dialogue_app.services.backups import BackupService, BackupSettings, SettingsStore  # noqa: E402
from dialogue_app.services.clock import FixedClock  # noqa: E402
from dialogue_app.store.database import sqlite_url  # noqa: E402

TARGET_RATIO = 2.0


def _bare_copy(source: Path, target: Path) -> float:
    target.unlink(missing_ok=True)
    began = time.perf_counter()
    src = sqlite3.connect(source)
    dst = sqlite3.connect(target)
    src.backup(dst)
    dst.close()
    src.close()
    return time.perf_counter() - began


def run(size: datasets.Size = datasets.PROVINCE, runs: int = 3) -> list[Result]:
    cached = datasets.sqlite_dataset(size)
    with tempfile.TemporaryDirectory(prefix="bench-backup-") as scratch:
        work = Path(scratch)
        (work / "data").mkdir()
        database = work / "data" / "dialogue.sqlite"
        shutil.copyfile(cached, database)
        store = SettingsStore(work / "config" / "backups.json")
        store.save(BackupSettings(keep_daily=2 * runs + 1))
        clock = FixedClock(date(2026, 12, 3))
        service = BackupService(sqlite_url(database), clock=clock, store=store)
        floors: list[float] = []
        values: dict[bool, list[float]] = {False: [], True: []}
        for _ in range(runs):
            for thorough in (False, True):
                floors.append(_bare_copy(database, work / "bare.sqlite"))
                began = time.perf_counter()
                service.backup_now(thorough=thorough)
                values[thorough].append(time.perf_counter() - began)
                clock.advance(days=1)
        floor = statistics.median(floors)
        size_mb = os.path.getsize(database) / 1e6
    return [
        Result(
            f"backup of the {size.label} ({size_mb:.0f} MB), {check}",
            statistics.median(values[thorough]),
            "s",
            TARGET_RATIO,
            floor,
            target_is_ratio=True,
        )
        for thorough, check in ((False, "quick_check"), (True, "integrity_check"))
    ]


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    for result in run(datasets.PROVINCE_QUICK if args.quick else datasets.PROVINCE):
        print(
            f"{result.name}: {result.value:.3f} s, floor {result.floor:.3f} s, "
            f"ratio {result.ratio:.2f} (target ≤ {TARGET_RATIO})"
        )
