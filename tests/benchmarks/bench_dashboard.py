"""Benchmark: dashboard statistics on the "province" data set (DESIGN §7): 35,000 cases,
5,000 conferences over 10 years. Target: under 50 ms.

Figure: ``ReportService.report`` for one period (every figure of the dashboard, without and with
the previous period), median of several runs. Floor: the same aggregates as bare SQL through the
DB-API cursor (the grouped case query and the session query, compiled once, run by sqlite3).

Run: .venv/bin/python tests/benchmarks/bench_dashboard.py [--cases N] [--keep DIR]
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Sequence
from datetime import date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from common import interleaved, load_average  # noqa: E402

from dialogue_app.domain.periods import PeriodKind, month_period, year_part_period  # noqa: E402
from dialogue_app.services.clock import FixedClock  # noqa: E402
from dialogue_app.services.database import open_database  # noqa: E402
from dialogue_app.services.reports import ReportService  # noqa: E402
from dialogue_app.store.database import sqlite_url  # noqa: E402

TARGET_MS = 50.0
TODAY = date(2026, 6, 15)
TYPES = ("complaint", "denunciation", "recommendation", "feedback")
STATUSES = ("received", "accepted", "in_progress", "resolved", "resolved", "resolved",
            "transferred", "guided", "withdrawn")  # fmt: skip


def generate(path: Path, cases: int) -> None:
    open_database(sqlite_url(path)).close()
    rng = random.Random(6)
    db = sqlite3.connect(path)
    db.execute("INSERT INTO admin_levels (id, code, name, rank) VALUES (1, 'commune', 'Xã', 2)")
    db.executemany(
        "INSERT INTO admin_units (id, name, level_id, search_key) VALUES (?, ?, 1, ?)",
        [(i, f"Xã {i}", f"xa {i}") for i in range(1, 201)],
    )
    db.executemany(
        "INSERT INTO agencies (id, name, active, search_key) VALUES (?, ?, 1, ?)",
        [(i, f"Cơ quan {i}", f"co quan {i}") for i in range(1, 51)],
    )
    db.executemany(
        "INSERT INTO case_fields (id, name, search_key) VALUES (?, ?, ?)",
        [(i, f"Lĩnh vực {i}", f"linh vuc {i}") for i in range(1, 21)],
    )
    db.executemany(
        "INSERT INTO officials (id, full_name, position, active, search_key) "
        "VALUES (?, ?, '', 1, ?)",
        [(i, f"Lãnh đạo {i}", f"lanh dao {i}") for i in range(1, 31)],
    )
    start = date(2016, 6, 1)
    conferences, chairs = [], []
    for cid in range(1, 5001):
        day = start + timedelta(days=rng.randrange(3650))
        at = datetime(day.year, day.month, day.day, 1, 0).isoformat(sep=" ")
        conferences.append(
            (cid, f"bench-{cid}", 0, rng.choice(("reception", "reception", "dialogue",
             "adhoc_reception")), "held", f"Buổi {cid}", at, at, rng.randint(5, 40), 1,
             "2026-01-01 00:00:00", "2026-01-01 00:00:00")
        )  # fmt: skip
        chairs.append((cid, "chair", rng.randint(1, 30)))
    db.executemany(
        "INSERT INTO conferences (id, uid, sequence, kind, status, title, starts_at, ends_at, "
        "attendee_count, version, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
        conferences,
    )
    db.executemany(
        "INSERT INTO conference_participants (conference_id, role, official_id) VALUES (?,?,?)",
        chairs,
    )
    rows = []
    for case_id in range(1, cases + 1):
        received = start + timedelta(days=rng.randrange(3650))
        status = rng.choice(STATUSES)
        closed = status not in ("received", "accepted", "in_progress")
        resolved = (received + timedelta(days=rng.randint(1, 90))) if closed else None
        rows.append(
            (case_id, received.isoformat(), "mail", rng.choice(TYPES), rng.randint(1, 20),
             "", rng.randint(1, 200), int(rng.random() < 0.85), 1, 0, 0,
             rng.choice((1, 1, 1, 1, 7)), rng.randint(1, 50), status,
             resolved.isoformat() if resolved else None,
             (received + timedelta(days=45)).isoformat(), "", 1,
             rng.randint(1, 5000) if rng.random() < 0.3 else None,
             "2026-01-01 00:00:00", "2026-01-01 00:00:00")
        )  # fmt: skip
    db.executemany(
        "INSERT INTO cases (id, received_on, channel, case_type, field_id, summary, commune_id, "
        "within_competence, round, remote_area, complexity, group_size, agency_id, status, "
        "resolved_on, deadline, search_key, version, conference_id, created_at, updated_at) "
        "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        rows,
    )
    db.commit()
    db.execute("ANALYZE")
    db.close()


def _median_ms(work, runs: int = 9) -> float:  # type: ignore[no-untyped-def]
    work()  # warm up (imports, caches)
    times = []
    for _ in range(runs):
        begin = time.perf_counter()
        work()
        times.append((time.perf_counter() - begin) * 1000)
    return statistics.median(times)


def _floor_sql(service: ReportService, handle, period) -> list[str]:  # type: ignore[no-untyped-def]
    """The figure's own SQL, compiled with its values (the bare-SQL floor)."""
    from dialogue_app.services.reports import queries  # the figures' SQL, run bare

    statements = []
    with handle.uow.read() as session:
        captured: list[str] = []
        from sqlalchemy import event

        def record(conn, cursor, statement, parameters, context, executemany):  # type: ignore[no-untyped-def]
            if "FROM cases" in statement or "FROM conferences" in statement:
                sql = statement
                for value in parameters if isinstance(parameters, tuple) else ():
                    if value is None:
                        literal = "NULL"  # the empty cells of the tables' UNION ALL
                    elif isinstance(value, str | date):
                        literal = f"'{value}'"
                    else:
                        literal = str(value)
                    sql = sql.replace("?", literal, 1)
                captured.append(sql)

        engine = session.get_bind()
        event.listen(engine, "before_cursor_execute", record)
        try:
            queries.case_tables(session, period, min(period.end, TODAY), None)
            queries.held_session_facts(session, period, None)
        finally:
            event.remove(engine, "before_cursor_execute", record)
        statements = captured
    return statements


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cases", type=int, default=35_000, help="number of cases (35,000)")
    parser.add_argument("--keep", type=Path, help="folder to keep (and reuse) the database in")
    args = parser.parse_args(argv)
    folder = args.keep or Path(tempfile.mkdtemp(prefix="bench-dashboard-"))
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"province-{args.cases}.sqlite"
    if not path.exists():
        print(f"Generating {args.cases:,} cases and 5,000 conferences in {path} …")
        generate(path, args.cases)
    handle = open_database(sqlite_url(path))
    service = ReportService(handle.uow, clock=FixedClock(TODAY))
    failed = False
    try:
        for name, period in (
            ("month", month_period(2026, 5)),
            ("12 months", year_part_period(PeriodKind.YEAR, 2025)),
        ):
            report = service.report(period, compare=False)
            assert report.cases.reconciles()
            compared = _median_ms(lambda p=period: service.report(p))
            statements = _floor_sql(service, handle, period)
            connection = sqlite3.connect(path)

            def bare(c=connection, s=statements) -> None:  # type: ignore[no-untyped-def]
                for sql in s:
                    c.execute(sql).fetchall()

            figure, floor = interleaved(
                lambda p=period: service.report(p, compare=False), bare, repeat=9
            )
            connection.close()
            ok = figure < TARGET_MS
            failed |= not ok
            print(
                f"dashboard {name} ({report.cases.total:,} cases in scope, {args.cases:,} "
                f"stored): {figure:.1f} ms (with previous period: {compared:.1f} ms); "
                f"target < {TARGET_MS:.0f} ms {'OK' if ok else 'MISSED'}; floor (bare SQL) "
                f"{floor:.1f} ms; ratio {figure / floor if floor else float('inf'):.2f} "
                f"(interleaved, medians of 9); load average {load_average() or 0:.1f}"
            )
    finally:
        handle.close()
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
