"""Benchmark: search as you type over the "nation" data set, 1,000,000 cases (DESIGN §7).

Target: under 50 ms per keystroke (median). Each keystroke = what the Cases page does: the first
page of 200 rows (``list_page``; while searching the page counts only the rows it loaded).
Floor: the bare prefix range query on the search-term index through the DB-API cursor (the least
any search by word prefix must do).

The generator writes the rows in bulk straight into SQLite (it takes a few minutes for 1M; the
database is kept in --keep DIR for another run). --quick uses 100,000 cases.

Run: .venv/bin/python tests/benchmarks/bench_case_search.py [--quick] [--size N] [--keep DIR]
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from dialogue_app.domain.text import fold  # noqa: E402
from dialogue_app.services import case_index  # noqa: E402
from dialogue_app.services.cases import CaseFilter, CaseService  # noqa: E402
from dialogue_app.services.database import open_database  # noqa: E402
from dialogue_app.store.database import sqlite_url  # noqa: E402

TARGET_MS = 50.0
# word lists for the generator (split strings read better than 100 quoted words)
FAMILY = "Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý".split()  # noqa: SIM905
MIDDLE = "Văn Thị Hữu Đức Minh Ngọc Thanh Quang Xuân Đình Công".split()  # noqa: SIM905
GIVEN = (  # noqa: SIM905
    "An Bình Cường Dũng Đức Giang Hà Hải Hạnh Hoa Hùng Hương Khánh Lan Linh Long Mai Minh Nam "
    "Nga Ngọc Phong Phúc Quân Quang Sơn Tâm Thảo Thắng Thủy Trang Trung Tuấn Vân Việt Xuân Yến"
).split()
WORDS = (  # noqa: SIM905
    "tranh chấp đất đai ranh giới thửa bồi thường giải phóng mặt bằng tái định cư cấp giấy "
    "chứng nhận quyền sử dụng chính sách xã hội hộ nghèo trợ cấp môi trường ô nhiễm nước thải "
    "đường giao thông thu hồi khiếu nại quyết định hành chính cán bộ xã tố cáo sai phạm thủ tục"
).split()
TYPES = ("complaint", "denunciation", "recommendation", "feedback")
STATUSES = ("received", "accepted", "in_progress", "resolved", "transferred", "guided")
KEYSTROKES = ("nguyen van an", "dang thi", "0401234", "tranh chap dat", "kn 2024", "le thi hoa")


def generate(path: Path, size: int) -> None:
    open_database(sqlite_url(path)).close()  # schema, rules
    rng = random.Random(4)
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA synchronous=OFF")
    connection.execute("CREATE TEMP TABLE terms (term TEXT, case_id INTEGER, confidential INTEGER)")
    start = date(2016, 1, 1)
    batch = 20_000
    for first in range(1, size + 1, batch):
        cases, citizens, links, terms = [], [], [], []
        for case_id in range(first, min(first + batch, size + 1)):
            name = f"{rng.choice(FAMILY)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}"
            national_id = f"0{rng.randrange(10**10, 10**11)}"
            summary = " ".join(rng.choice(WORDS) for _ in range(rng.randint(4, 9)))
            number = f"KN-{2016 + case_id % 10}/{case_id:07d}"
            case_type = TYPES[case_id % 4]
            received = start + timedelta(days=rng.randrange(3650))
            confidential = case_type == "denunciation"
            citizen = case_index.IndexedCitizen(name, national_id, confidential)
            key = case_index.search_key(number, summary, [citizen])
            cases.append(
                (case_id, number, received.isoformat(), "mail", case_type, summary, 1, 1, 0, 0, 1,
                 STATUSES[case_id % 6], key, 1, "2026-01-01 00:00:00", "2026-01-01 00:00:00",
                 (received + timedelta(days=30)).isoformat())
            )  # fmt: skip
            citizens.append((case_id, name, national_id, fold(name)))
            links.append((case_id, case_id, 1))
            terms += [
                (t, case_id, int(c))
                for t, c in case_index.case_terms(number, summary, [citizen]).items()
            ]
        connection.executemany(
            "INSERT INTO cases (id, number, received_on, channel, case_type, summary, "
            "within_competence, round, remote_area, complexity, group_size, status, search_key, "
            "version, created_at, updated_at, deadline) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            cases,
        )
        connection.executemany(
            "INSERT INTO citizens (id, full_name, national_id, search_key) VALUES (?,?,?,?)",
            citizens,
        )
        connection.executemany(
            "INSERT INTO case_citizens (case_id, citizen_id, is_representative) VALUES (?,?,?)",
            links,
        )
        connection.executemany("INSERT INTO terms VALUES (?,?,?)", terms)
        connection.commit()
        print(f"  generated {min(first + batch - 1, size):,} cases", end="\r", flush=True)
    connection.execute(
        "INSERT INTO case_search_terms (term, case_id, confidential) "
        "SELECT term, case_id, confidential FROM terms ORDER BY term, case_id"
    )
    connection.commit()
    connection.execute("ANALYZE")
    connection.close()
    print()


def floor_ms(path: Path, word: str) -> float:
    connection = sqlite3.connect(path)
    upper = word[:-1] + chr(ord(word[-1]) + 1)
    begin = time.perf_counter()
    connection.execute(
        "SELECT case_id FROM case_search_terms WHERE term >= ? AND term < ? LIMIT 200",
        (word, upper),
    ).fetchall()
    elapsed = (time.perf_counter() - begin) * 1000
    connection.close()
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true", help="100,000 cases instead of 1,000,000")
    parser.add_argument("--size", type=int)
    parser.add_argument("--keep", type=Path, help="folder to keep (and reuse) the database in")
    args = parser.parse_args()
    size = args.size or (100_000 if args.quick else 1_000_000)
    folder = args.keep or Path(tempfile.mkdtemp(prefix="bench-cases-"))
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"nation-{size}.sqlite"
    if not path.exists():
        print(f"Generating {size:,} cases in {path} …")
        begin = time.perf_counter()
        generate(path, size)
        print(f"  done in {time.perf_counter() - begin:.0f} s")
    handle = open_database(sqlite_url(path))
    service = CaseService(handle.uow, "bench")
    timings, floors = [], []
    for phrase in KEYSTROKES:
        for end in range(1, len(phrase) + 1):
            typed = phrase[:end]
            if typed.endswith(" "):
                continue
            begin = time.perf_counter()
            page = service.list_page(CaseFilter(search=typed), limit=200)
            timings.append((time.perf_counter() - begin) * 1000)
            words = case_index.words(typed)
            floors.append(floor_ms(path, words[-1]) if words else 0.0)
            _ = page
    handle.close()
    median = statistics.median(timings)
    floor = statistics.median(floors) or 0.001
    print(f"search as you type over {size:,} cases, {len(timings)} keystrokes")
    print(f"  median {median:.1f} ms   (p90 {sorted(timings)[int(len(timings) * 0.9)]:.1f} ms, "
          f"max {max(timings):.1f} ms)")  # fmt: skip
    print(f"  target < {TARGET_MS:.0f} ms: {'MET' if median < TARGET_MS else 'NOT MET'}")
    print(f"  floor (bare prefix range on the term index) median {floor:.2f} ms; "
          f"ratio {median / floor:.1f}×")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
