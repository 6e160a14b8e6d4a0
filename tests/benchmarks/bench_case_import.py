"""Benchmark: importing the "province" case load, 35,000 cases from one CSV file (DESIGN §7).

Target: ≤ 5 × the floor and under 4 s (for 35,000 rows; scaled to the rows of a --quick run),
atomic (one transaction). Floor: the same rows written by the bare library
(the csv module reads the file; the DB-API inserts the same number of cases, citizens, links,
events and search terms with ``executemany``, or ``COPY`` on PostgreSQL) — what any import must do.

Run: .venv/bin/python tests/benchmarks/bench_case_import.py [--rows N] [--postgres URL]
"""

from __future__ import annotations

import argparse
import csv
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from common import Result  # noqa: E402
from datasets import write_import_file  # noqa: E402

from dialogue_app.services.cases import CaseImporter  # noqa: E402
from dialogue_app.services.clock import FixedClock  # noqa: E402
from dialogue_app.services.database import open_database  # noqa: E402
from dialogue_app.store.database import sqlite_url  # noqa: E402

TARGET_S = 4.0
MAX_RATIO = 5.0  # DESIGN §7: ≤ 5 × a bare executemany of the same rows, and under 4 s


def _empty(url: str) -> None:
    """Drop everything in a PostgreSQL database, so each run imports into a fresh schema."""
    if url.startswith("sqlite"):
        return
    from sqlalchemy import create_engine, text

    engine = create_engine(url)
    with engine.begin() as connection:
        connection.execute(text("DROP SCHEMA public CASCADE; CREATE SCHEMA public"))
    engine.dispose()


def _floor(source: Path, url: str) -> float:
    """Parse the file and bulk-insert its rows into bare tables with the DB-API."""
    from sqlalchemy import create_engine

    engine = create_engine(url)
    raw = engine.raw_connection()
    cursor = raw.cursor()
    cursor.execute("DROP TABLE IF EXISTS floor_rows")
    cursor.execute(
        "CREATE TABLE floor_rows (a text, b text, c text, d text, e text, f text, "
        "g text, h text, i text, j text, k text, l text, m text, n text)"
    )
    raw.commit()
    began = time.perf_counter()
    with source.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.reader(handle)
        next(reader)
        rows = list(reader)
    marks = ",".join(["?" if url.startswith("sqlite") else "%s"] * 14)
    # ~4 rows a case in the app (case, citizen, link, event) plus ~12 search terms: write the
    # file's rows four times over, the least the same data needs
    for _ in range(4):
        cursor.executemany(f"INSERT INTO floor_rows VALUES ({marks})", rows)
    raw.commit()
    elapsed = time.perf_counter() - began
    cursor.execute("DROP TABLE floor_rows")
    raw.commit()
    raw.close()
    engine.dispose()
    return elapsed


def run(rows: int = 35_000, url: str | None = None) -> Result:
    with tempfile.TemporaryDirectory(prefix="bench-import-") as folder:
        source = write_import_file(Path(folder) / "cases.csv", rows)
        target = url or sqlite_url(Path(folder) / "province.sqlite")
        _empty(target)
        handle = open_database(target)
        dialect = handle.engine.dialect.name
        began = time.perf_counter()
        summary = CaseImporter(handle.uow, "bench", clock=FixedClock(date(2026, 3, 1))).run(source)
        elapsed = time.perf_counter() - began
        handle.close()
        assert summary.cases == rows
        floor = _floor(source, target)
        _empty(target)
    return Result(
        f"case import, {rows:,} rows, {dialect}",
        elapsed,
        "s",
        round(TARGET_S * rows / 35_000, 2),
        floor,
        note="one transaction; floor: csv parse + DB-API executemany of 4× the rows",
        max_ratio=MAX_RATIO,
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=35_000)
    parser.add_argument("--postgres", metavar="URL", help="a PostgreSQL database (emptied!)")
    args = parser.parse_args(argv)
    result = run(args.rows, args.postgres)
    print(
        f"{result.name}: {result.value:.2f} s (target {result.target_text()}: "
        f"{'MET' if result.meets_target else 'NOT MET'}); floor {result.floor:.2f} s, "
        f"ratio {result.ratio:.1f}×"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
