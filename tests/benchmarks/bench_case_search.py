"""Benchmark: search as you type over the "nation" data set, 1,000,000 cases (DESIGN §7).

Target: under 50 ms per keystroke (median). Each keystroke = what the Cases page does: the first
page of 200 rows (``list_page``; while searching the page counts only the rows it loaded).
Floor: the very SQL statements the service ran for that keystroke, replayed on a bare DB-API
connection (the same SQL without the app).

The phrases mix rare words (names, ID numbers) with phrases of only common words ("tranh chap
dat"), the hard case for word-prefix search: every word matches a large share of the cases.

Run: .venv/bin/python tests/benchmarks/bench_case_search.py [--quick] [--postgres URL]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from common import Result, letter_by_letter, print_median_result, typing_result  # noqa: E402
from datasets import NATION, NATION_QUICK, Size, sqlite_dataset  # noqa: E402

from dialogue_app.services.cases import CaseFilter, CaseService  # noqa: E402
from dialogue_app.services.clock import SystemClock  # noqa: E402
from dialogue_app.services.database import open_database  # noqa: E402
from dialogue_app.store.database import sqlite_url  # noqa: E402

TARGET_MS = 50.0
KEYSTROKES = (
    "nguyen van an",
    "dang thi",
    "0424",
    "tranh chap dat",
    "kn 2024",
    "le thi hoa",
    "boi thuong giai phong",
    "o nhiem moi truong",
    "ho ngheo tro cap",
)


def keystrokes() -> list[str]:
    return letter_by_letter(KEYSTROKES)


def run(size: Size = NATION, url: str | None = None, repeat: int = 3) -> Result:
    """``url``: an already populated database (PostgreSQL); default the cached SQLite file."""
    url = url or sqlite_url(sqlite_dataset(size))
    handle = open_database(url)
    service = CaseService(handle.uow, "bench", clock=SystemClock())
    try:
        return typing_result(
            f"search as you type, {size.name}, {handle.engine.dialect.name}",
            handle.engine,
            keystrokes(),
            lambda typed: service.list_page(CaseFilter(search=typed), limit=200),
            TARGET_MS,
            repeat,
            count_found=False,
        )
    finally:
        handle.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true", help="100,000 cases instead of 1,000,000")
    parser.add_argument("--postgres", metavar="URL", help="a database populated by datasets.py")
    args = parser.parse_args(argv)
    print_median_result(run(NATION_QUICK if args.quick else NATION, args.postgres))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
