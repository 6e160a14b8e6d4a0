"""Benchmark: importing the "province" case load, 35,000 cases from one CSV file (DESIGN §7).

Target: ≤ 5 × the floor and under 4 s (for 35,000 rows; scaled to the rows of a --quick run),
atomic (one transaction). Floor: the same rows written by the bare library — the csv module
reads the file, then the DB-API writes the very rows the import wrote (read back from its
database: communes, agencies, fields, citizens, cases, links, timeline entries, the case and
citizen search words, the full-text rows) into the same tables of a fresh database, with their
indexes and triggers, with ``executemany`` (``COPY`` on PostgreSQL), in one transaction: what any
import of this file must do. The earlier floor (the file's rows written four times into one
table of 14 text columns without an index) is printed beside it: it left out three quarters of
the rows (the search words) and every index.

Run: .venv/bin/python tests/benchmarks/bench_case_import.py [--quick | --rows N] [--postgres URL]
"""

from __future__ import annotations

import argparse
import csv
import sys
import tempfile
import time
from datetime import date
from pathlib import Path
from typing import Any

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


def _file_rows(source: Path) -> list[list[str]]:
    """The file's rows after its header, parsed by the csv module (each floor times this too)."""
    with source.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.reader(handle)
        next(reader)
        return list(reader)


def _proxy_floor(source: Path, url: str) -> float:
    """The earlier floor, printed for comparison: parse the file and write its rows four times
    into one bare table of text columns (no index), with the DB-API."""
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
    rows = _file_rows(source)
    marks = ",".join(["?" if url.startswith("sqlite") else "%s"] * 14)
    for _ in range(4):
        cursor.executemany(f"INSERT INTO floor_rows VALUES ({marks})", rows)
    raw.commit()
    elapsed = time.perf_counter() - began
    cursor.execute("DROP TABLE floor_rows")
    raw.commit()
    raw.close()
    engine.dispose()
    return elapsed


# the tables an import writes, parents first (the audit log is left out: one row on SQLite, and
# PostgreSQL's triggers write theirs again during the replay)
WRITTEN = (
    "admin_levels",
    "admin_units",
    "agencies",
    "case_fields",
    "citizens",
    "cases",
    "case_citizens",
    "case_events",
    "case_search_terms",
    "citizen_search_terms",
    "case_text",
)


def _written_rows(url: str) -> dict[str, tuple[list[str], list[tuple[object, ...]]]]:
    """Every row the import wrote, table by table, in the order it was written, as the driver
    gives them back (the values the driver takes again)."""
    from sqlalchemy import create_engine

    engine = create_engine(url)
    raw = engine.raw_connection()
    cursor = raw.cursor()
    sqlite = url.startswith("sqlite")
    written: dict[str, tuple[list[str], list[tuple[object, ...]]]] = {}
    for table in WRITTEN:
        if table == "case_text":
            names = ["rowid", "public", "confidential"] if sqlite else ["case_id", "words"]
            select = f"SELECT {', '.join(names)} FROM case_text"
        else:
            select = f"SELECT * FROM {table}"
        cursor.execute(select + (" ORDER BY rowid" if sqlite else " ORDER BY ctid"))
        if table != "case_text":
            names = [d[0] for d in cursor.description]
        written[table] = (names, [tuple(row) for row in cursor.fetchall()])
    raw.close()
    engine.dispose()
    return written


def _floor(source: Path, url: str, written: dict[str, Any]) -> float:
    """Parse the file, then write the rows the import wrote into the same tables of a fresh
    database (its schema made before the clock starts) with the bare DB-API, in one transaction:
    ``executemany`` on SQLite (with the app's connection settings: WAL, foreign keys, synchronous
    NORMAL, the import's page cache), ``COPY`` on PostgreSQL."""
    from sqlalchemy import create_engine

    _empty(url)
    open_database(url).close()  # the schema, its indexes and triggers
    engine = create_engine(url)
    raw = engine.raw_connection()
    driver = raw.driver_connection
    sqlite = url.startswith("sqlite")
    cursor = raw.cursor()
    if sqlite:
        for pragma in ("foreign_keys=ON", "synchronous=NORMAL", "cache_size=-65536"):
            cursor.execute(f"PRAGMA {pragma}")
        cursor.execute("DELETE FROM admin_levels")  # a fresh file has none; kept for safety
    raw.commit()
    began = time.perf_counter()
    rows = _file_rows(source)
    assert rows
    for table, (names, values) in written.items():
        if not values:
            continue
        if sqlite:
            marks = ", ".join("?" for _ in names)
            cursor.executemany(f"INSERT INTO {table} ({', '.join(names)}) VALUES ({marks})", values)
        else:
            assert driver is not None
            statement = f"COPY {table} ({', '.join(names)}) FROM STDIN"
            with driver.cursor() as pg_cursor, pg_cursor.copy(statement) as copy:
                for row in values:
                    copy.write_row(row)
    raw.commit()
    elapsed = time.perf_counter() - began
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
        written = _written_rows(target)
        floor_target = target if url else sqlite_url(Path(folder) / "floor.sqlite")
        floor = _floor(source, floor_target, written)
        proxy = _proxy_floor(source, floor_target)
        _empty(target)
    return Result(
        f"case import, {rows:,} rows, {dialect}",
        elapsed,
        "s",
        round(TARGET_S * rows / 35_000, 2),
        floor,
        note=(
            "one transaction; floor: csv parse + the same rows into the same tables by the "
            f"bare DB-API ({sum(len(v) for _, v in written.values()):,} rows); the earlier "
            f"floor (4× the file's rows into one bare table): {proxy:.2f} s, "
            f"ratio {elapsed / proxy:.1f}×"
        ),
        max_ratio=MAX_RATIO,
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=35_000)
    parser.add_argument("--quick", action="store_true", help="10,000 rows (run.py --quick)")
    parser.add_argument("--postgres", metavar="URL", help="a PostgreSQL database (emptied!)")
    args = parser.parse_args(argv)
    result = run(10_000 if args.quick else args.rows, args.postgres)
    print(
        f"{result.name}: {result.value:.2f} s (target {result.target_text()}: "
        f"{'MET' if result.meets_target else 'NOT MET'}); floor {result.floor:.2f} s, "
        f"ratio {result.ratio:.1f}×; {result.note}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
