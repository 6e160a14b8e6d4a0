"""Benchmark: importing the "province" data set, 35,000 cases from one CSV file (DESIGN §7).

Target: under 15 s, atomic (one transaction). Floor: reading and parsing the same CSV with the
csv module alone (the least any import must do).

Run: .venv/bin/python tests/benchmarks/bench_case_import.py [--rows N] [--postgres URL]
"""

from __future__ import annotations

import argparse
import csv
import random
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from dialogue_app.services.case_import import COLUMNS, CaseImporter  # noqa: E402
from dialogue_app.services.database import open_database  # noqa: E402
from dialogue_app.store.database import sqlite_url  # noqa: E402

TARGET_S = 15.0
COMMUNES = ["Cẩm Lộc", "Thạch Xuân", "Thạch Hà", "Việt Tiến", "Thạch Đài", "Cẩm Xuyên"]
AGENCIES = ["UBND xã Cẩm Lộc", "Sở Nông nghiệp và Môi trường", "Thanh tra tỉnh Hà Tĩnh"]
FIELDS = ["Đất đai", "Tái định cư", "Bồi thường, giải phóng mặt bằng", "Chính sách xã hội"]
STATUSES = ["received", "accepted", "in_progress", "resolved", "transferred", "guided"]
TYPES = ["complaint", "denunciation", "recommendation", "feedback"]


def write_file(path: Path, rows: int) -> None:
    rng = random.Random(7)
    start = date(2016, 1, 1)
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(COLUMNS)
        for i in range(rows):
            received = start + timedelta(days=rng.randrange(3500))
            status = STATUSES[i % 6]
            writer.writerow([
                received.isoformat(), f"Nguyễn Văn Dân {i}", f"04{i:010d}", "Thôn 1",
                rng.choice(COMMUNES), TYPES[i % 4], rng.choice(FIELDS),
                "Khiếu nại về bồi thường đất nông nghiệp và tái định cư", "yes",
                rng.choice(AGENCIES), status,
                (received + timedelta(days=20)).isoformat() if status == "resolved" else "",
                "no", "1",
            ])  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=35_000)
    parser.add_argument("--postgres", metavar="URL", help="an empty PostgreSQL database")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="bench-import-"))
    source = folder / "cases.csv"
    write_file(source, args.rows)
    url = args.postgres or sqlite_url(folder / "province.sqlite")
    handle = open_database(url)
    begin = time.perf_counter()
    summary = CaseImporter(handle.uow, "bench").run(source, today=date(2026, 3, 1))
    elapsed = time.perf_counter() - begin
    handle.close()
    begin = time.perf_counter()
    with source.open(encoding="utf-8-sig", newline="") as handle_csv:
        parsed = sum(1 for _ in csv.reader(handle_csv))
    floor = time.perf_counter() - begin
    print(f"import of {summary.cases:,} cases ({parsed - 1:,} rows) into {url.split(':')[0]}")
    print(
        f"  {elapsed:.2f} s   target < {TARGET_S:.0f} s: "
        + ("MET" if elapsed < TARGET_S else "NOT MET")
    )
    print(f"  floor (csv module parse only) {floor:.3f} s; ratio {elapsed / floor:.0f}×")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
