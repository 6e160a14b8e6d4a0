"""Run every benchmark of DESIGN.md §7 and print one table: figure, target, floor, ratio.

    .venv/bin/python tests/benchmarks/run.py [--quick] [--postgres URL] [--only NAME ...]
                                             [--skip NAME ...]

- ``--quick``: smaller data sets (province 10,000 cases, nation 100,000), a few minutes.
- ``--postgres URL``: also run the database benchmarks on that PostgreSQL database. It is
  EMPTIED and refilled (use a database of its own, not the test suite's).
- ``--only``/``--skip NAME ...``: run only these benchmarks / all but these (names as printed:
  startup, search, citizen-search, dashboard, conflicts, ics, caldav, import, memory, backup,
  documents, forms, forms-nation, bundle; with ``--postgres`` also their ``-postgres`` rows).
- Each figure is printed with the load average of the machine when it was measured.
- Results go to ``benchmark-results.json`` (``--output``): a list of objects with ``name``,
  ``value``, ``unit``, ``target``, ``floor``, ``ratio``, ``meets_target``.

Data sets are generated once (``datasets.py``) and cached under ``$DIALOGUE_BENCH_CACHE``.
The floor of each figure is the same work done by the bare library: the same SQL on a bare
DB-API cursor, icalendar alone, a bare ``QMainWindow`` process. Figure and floor are measured
the same way: their samples interleaved (figure, floor, figure, floor …) and the median of each
(``common.interleaved``), so a busy machine slows both alike.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import platform
import sys
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent.parent))

from common import Result  # noqa: E402

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _unit_text(value: float | None, unit: str) -> str:
    if value is None:
        return "–"
    if unit == "ms":
        return f"{value:.1f} ms"
    if unit == "s":
        return f"{value:.3f} s" if value < 10 else f"{value:.1f} s"
    return f"{value:.0f} {unit}"


def table(results: list[Result]) -> str:
    """The results as a Markdown table (printed and pasted into the README)."""
    lines = [
        "| benchmark | figure | target | floor | ratio | met | load |",
        "|---|---|---|---|---|---|---|",
    ]
    for r in results:
        ratio = "–" if r.ratio is None else f"{r.ratio:.2f}×"
        met = "yes" if r.meets_target else "**no** (" + verdict(r) + ")"
        lines.append(
            f"| {r.name} | {_unit_text(r.value, r.unit)} | {r.target_text()} | "
            f"{_unit_text(r.floor, r.unit)} | {ratio} | {met} | {r.load_text()} |"
        )
    return "\n".join(lines)


def verdict(r: Result) -> str:
    """Which part of the target a result misses, in words."""
    words = []
    if "ratio" in r.misses:
        words.append("ratio over " + f"{r.ratio_target:g}×")
    if "ceiling" in r.misses:
        words.append("over " + f"{r.target:g} {r.unit}")
    return ", ".join(words)


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = ""
    try:
        kb = int(Path("/proc/meminfo").read_text().split()[1])
        memory = f", {kb / 1024 / 1024:.1f} GB RAM"
    except (OSError, ValueError, IndexError):
        pass
    return (
        f"{platform.system()} {platform.release()}, {os.cpu_count()} cores ({cpu}){memory}, "
        f"Python {platform.python_version()}"
    )


def benchmarks(quick: bool, postgres: str | None) -> list[tuple[str, Callable[[], list[Result]]]]:
    import datasets

    province = datasets.PROVINCE_QUICK if quick else datasets.PROVINCE
    nation = datasets.NATION_QUICK if quick else datasets.NATION

    def one(module: str, *args: object, **kwargs: object) -> Callable[[], list[Result]]:
        def call() -> list[Result]:
            result = importlib.import_module(module).run(*args, **kwargs)
            return result if isinstance(result, list) else [result]

        return call

    filled: list[bool] = []  # the nation data set is in the PostgreSQL database

    def search_postgres() -> list[Result]:
        assert postgres is not None
        _refill(postgres, nation)
        filled.append(True)
        return one("bench_case_search", nation, postgres, repeat=3)()

    def citizen_search_postgres() -> list[Result]:
        assert postgres is not None
        if not filled:
            _refill(postgres, nation)
            filled.append(True)
        return one("bench_citizen_search", nation, postgres, repeat=3)()

    def dashboard() -> list[Result]:
        try:
            module = importlib.import_module("bench_dashboard")
        except ImportError:
            print("  bench_dashboard.py is not there: skipped", file=sys.stderr)
            return []
        if hasattr(module, "run"):
            found = module.run(quick=quick)
            return found if isinstance(found, list) else [found]
        # its figure (ReportService.report for a period), on the data sets of this suite
        return [dashboard_on(province, 50.0), dashboard_on(nation, 1000.0)]

    rows: list[tuple[str, Callable[[], list[Result]]]] = [
        ("startup", one("bench_startup", province, runs=5 if quick else 9)),
        ("search", one("bench_case_search", nation, repeat=3)),
        ("citizen-search", one("bench_citizen_search", nation, repeat=3)),
        ("dashboard", dashboard),
        ("conflicts", one("bench_conflicts")),
        ("ics", one("bench_ics_export")),
        ("caldav", one("bench_caldav_publish")),
        ("import", one("bench_case_import", 10_000 if quick else 35_000)),
        ("memory", one("bench_memory", nation)),
        ("backup", one("bench_backup", province)),
        ("documents", one("bench_documents", province)),
        # the statutory forms, each for a quarter: province under 50 ms, nation under 1 s
        ("forms", one("bench_forms", province)),
        ("forms-nation", one("bench_forms", nation, repeat=3)),
        ("bundle", one("bench_bundle", province, runs=3 if quick else 7)),
    ]
    if postgres:
        rows += [
            ("search-postgres", search_postgres),
            ("citizen-search-postgres", citizen_search_postgres),
            ("conflicts-postgres", one("bench_conflicts", postgres)),
            ("ics-postgres", one("bench_ics_export", postgres)),
            ("import-postgres", one("bench_case_import", 10_000 if quick else 35_000, postgres)),
            ("live-refresh-postgres", one("bench_live_refresh", postgres)),
        ]
    return rows


def dashboard_on(size: Any, target_ms: float) -> Result:
    """Dashboard statistics (``ReportService.report`` of the year 2025) on a data set; floor:
    the same SQL replayed on a bare cursor."""
    from datetime import date

    import datasets
    from common import SqlRecorder, interleaved

    from dialogue_app.domain.periods import PeriodKind, year_part_period
    from dialogue_app.services.clock import FixedClock
    from dialogue_app.services.database import open_database
    from dialogue_app.services.reports import ReportService
    from dialogue_app.store.database import sqlite_url

    handle = open_database(sqlite_url(datasets.sqlite_dataset(size)))
    service = ReportService(handle.uow, clock=FixedClock(date(2026, 1, 15)))
    period = year_part_period(PeriodKind.YEAR, 2025)
    try:
        recorder = SqlRecorder(handle.engine)
        service.report(period, compare=False)
        statements = recorder.stop()
        figure, floor = interleaved(
            lambda: service.report(period, compare=False),
            lambda: SqlRecorder.replay_ms(handle.engine, statements),
            repeat=9,
            floor_times_itself=True,
        )
    finally:
        handle.close()
    return Result(
        f"dashboard statistics, {size.name}",
        figure,
        "ms",
        target_ms,
        floor,
        note="ReportService.report of a year; floor: the same SQL on a bare cursor; "
        "interleaved, median of 9 each",
        max_ratio=1.5,
    )


def _refill(url: str, size: object) -> None:
    """Empty the PostgreSQL database and write the data set into it."""
    import datasets
    from sqlalchemy import create_engine, text

    engine = create_engine(url)
    with engine.begin() as connection:
        connection.execute(text("DROP SCHEMA public CASCADE; CREATE SCHEMA public"))
    engine.dispose()
    datasets.populate(url, size)  # type: ignore[arg-type]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="smaller data sets, a few minutes")
    parser.add_argument("--postgres", metavar="URL", help="also on this PostgreSQL (emptied!)")
    parser.add_argument("--only", nargs="*", metavar="NAME", help="run only these benchmarks")
    parser.add_argument("--skip", nargs="*", metavar="NAME", help="run all but these benchmarks")
    parser.add_argument("--output", type=Path, default=Path("benchmark-results.json"))
    args = parser.parse_args(argv)
    results: list[Result] = []
    failed: list[str] = []
    began = time.perf_counter()
    for name, call in benchmarks(args.quick, args.postgres):
        if (args.only and name not in args.only) or (args.skip and name in args.skip):
            continue
        print(f"[{time.perf_counter() - began:6.0f} s] {name} …", file=sys.stderr, flush=True)
        try:
            found = call()
        except Exception:  # one broken benchmark must not hide the others' figures
            traceback.print_exc()
            failed.append(name)
            continue
        for result in found:
            ratio = "" if result.ratio is None else f", {result.ratio:.2f}× its floor"
            print(
                f"    {result.name}: {_unit_text(result.value, result.unit)}{ratio}"
                f" (target {result.target_text()}: "
                f"{'met' if result.meets_target else 'MISSED: ' + verdict(result)}); "
                f"load average {result.load_text()}",
                file=sys.stderr,
            )
        results.extend(found)
    print()
    print(table(results))
    print()
    skipped = f"; skipped: {', '.join(args.skip)}" if args.skip else ""
    print(
        f"Machine: {machine()}; {'quick' if args.quick else 'full'} run, "
        f"{time.perf_counter() - began:.0f} s{skipped}"
    )
    for result in results:
        if result.note:
            print(f"- {result.name}: {result.note}")
    missed = [r for r in results if not r.meets_target]
    print(
        f"{len(results) - len(missed)} of {len(results)} targets met"
        + "".join(f"\n- MISSED {r.name}: {verdict(r)}" for r in missed)
    )
    if failed:
        print(f"FAILED to run: {', '.join(failed)}")
    args.output.write_text(
        json.dumps([r.as_json() for r in results], ensure_ascii=False, indent=2) + "\n",
        encoding="utf-8",
    )
    print(f"written to {args.output}")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
