"""Benchmark: the citizen picker's search as you type over the "nation" data set (DESIGN §7).

Target: under 50 ms per keystroke (median). Each keystroke = what the picker asks for:
``CitizenService.search`` of the text typed so far (its first 20 matches, by name), as a user
without the permission to see denunciators (the search then also leaves out citizens known only
as denunciators). Floor: the very SQL statements the service ran for that keystroke, replayed on
a bare DB-API connection (the same SQL without the app).

The typed texts are what a secretary types to find a person: whole names from the start
("nguyen van an"), a given name alone ("hoa"), a family and a given name ("tran hung"), ID
number prefixes; letter by letter, so the short, very common prefixes ("n", "ng") count as
well as the rare last ones.

Run: .venv/bin/python tests/benchmarks/bench_citizen_search.py [--quick] [--postgres URL]
(the cached SQLite data set is migrated in place: point ``$DIALOGUE_BENCH_CACHE`` at a copy
when other branches share the cache).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from common import Result, letter_by_letter, print_median_result, typing_result  # noqa: E402
from datasets import NATION, NATION_QUICK, Size, sqlite_dataset  # noqa: E402

from dialogue_app.services.cases import CitizenService  # noqa: E402
from dialogue_app.services.database import open_database  # noqa: E402
from dialogue_app.store.database import sqlite_url  # noqa: E402

TARGET_MS = 50.0
TYPED = (
    "nguyen van an",
    "dang van duc",
    "le thi hoa",
    "hoang kim yen",
    "tran hung",
    "hoa",
    "vu khac phong",
    "042",  # an ID number's province code, then more digits
    "0400851",
    "thi lan",
)


def keystrokes() -> list[str]:
    return letter_by_letter(TYPED)


def run(size: Size = NATION, url: str | None = None, repeat: int = 3) -> Result:
    """``url``: an already populated database (PostgreSQL); default the cached SQLite file."""
    url = url or sqlite_url(sqlite_dataset(size))
    handle = open_database(url)
    service = CitizenService(handle.uow, "bench")  # not allowed to see denunciators
    try:
        return typing_result(
            f"citizen picker search, {size.name}, {handle.engine.dialect.name}",
            handle.engine,
            keystrokes(),
            service.search,
            TARGET_MS,
            repeat,
            count_found=True,
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
