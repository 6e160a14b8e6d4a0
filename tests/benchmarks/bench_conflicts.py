"""Benchmark: one conference checked for conflicts against 50,000 existing ones (DESIGN §7).

Target: under 10 ms. Floor: the very SQL statements the check ran, replayed on a bare DB-API
cursor (the same SQL without the app).

Run: .venv/bin/python tests/benchmarks/bench_conflicts.py [--postgres URL]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from common import Result, SqlRecorder, interleaved  # noqa: E402
from sqlalchemy import insert, text  # noqa: E402

from dialogue_app.domain.conferences import ConferenceKind, ConferenceStatus, ParticipantRole  # noqa: E402
from dialogue_app.domain.timezone import VN_TZ  # noqa: E402
from dialogue_app.services.clock import FixedClock  # noqa: E402
from dialogue_app.services.conferences import ConferenceDraft, ConferenceService, ParticipantData  # noqa: E402
from dialogue_app.services.database import open_database  # noqa: E402
from dialogue_app.store.database import sqlite_url  # noqa: E402
from dialogue_app.store.models import Conference, ConferenceParticipant, Official, Venue  # noqa: E402

CONFERENCES = 50_000
LEADERS = 60
VENUES = 40
TARGET_MS = 10.0
MAX_RATIO = 1.5  # DESIGN §7: ≤ 1.5 × bare SQL, and under 10 ms


def populate(handle) -> None:  # type: ignore[no-untyped-def]
    start = datetime(2016, 1, 4, 1, 0, tzinfo=UTC)  # 08:00 in Vietnam
    with handle.engine.begin() as connection:
        connection.execute(
            insert(Official),
            [
                {"full_name": f"Lãnh đạo {n}", "position": "", "search_key": f"lanh dao {n}"}
                for n in range(LEADERS)
            ],
        )
        connection.execute(
            insert(Venue), [{"name": f"Hội trường {n}", "capacity": 200} for n in range(VENUES)]
        )
        rows, chairs = [], []
        for n in range(CONFERENCES):
            # ten years of working-day mornings and afternoons, ~14 a day
            day, slot = divmod(n, 14)
            begins = start + timedelta(days=day * 7 // 5 * 1, hours=(slot % 2) * 5)
            rows.append(
                {
                    "id": n + 1,
                    "uid": f"bench-{n}",
                    "sequence": 0,
                    "kind": ConferenceKind.DIALOGUE,
                    "status": ConferenceStatus.SCHEDULED,
                    "title": f"Hội nghị {n}",
                    "venue_id": n % VENUES + 1,
                    "starts_at": begins,
                    "ends_at": begins + timedelta(hours=2),
                    "version": 1,
                }
            )
            chairs.append(
                {
                    "conference_id": n + 1,
                    "role": ParticipantRole.CHAIR,
                    "official_id": n % LEADERS + 1,
                }
            )
        connection.execute(insert(Conference), rows)
        connection.execute(insert(ConferenceParticipant), chairs)
    if handle.is_sqlite:
        with handle.engine.connect() as connection:
            connection.exec_driver_sql("ANALYZE")
    else:
        with handle.engine.begin() as connection:
            connection.exec_driver_sql("ANALYZE")


def run(url: str | None = None) -> Result:
    """On ``url`` (a PostgreSQL database, emptied of conferences) or a new SQLite file."""
    url = url or sqlite_url(Path(tempfile.mkdtemp(prefix="bench-conflicts-")) / "bench.sqlite")
    handle = open_database(url)
    if not handle.is_sqlite:
        with handle.engine.begin() as connection:
            connection.exec_driver_sql(
                "TRUNCATE conference_participants, conferences, officials, venues CASCADE"
            )
    populate(handle)
    service = ConferenceService(handle.uow, clock=FixedClock(datetime(2015, 1, 1, tzinfo=UTC)))
    # overlap the middle conference by an hour: same venue, same chair, plus another chair
    middle = service.get(CONFERENCES // 2)
    begins = middle.draft.start.astimezone(VN_TZ) + timedelta(hours=1)
    venue_id = middle.draft.venue_id
    draft = ConferenceDraft(
        kind=ConferenceKind.DIALOGUE,
        title="Bench",
        start=begins,
        end=begins + timedelta(hours=2),
        venue_id=venue_id,
        participants=(
            *middle.draft.participants,
            ParticipantData(ParticipantRole.CHAIR, official_id=11),
        ),
    )
    found = service.check(draft)
    assert found, "the overlapping draft must raise warnings"
    recorder = SqlRecorder(handle.engine)
    service.check(draft)
    statements = recorder.stop()
    figure, floor = interleaved(
        lambda: service.check(draft),
        lambda: SqlRecorder.replay_ms(handle.engine, statements),
        repeat=200,
        warmup=10,
        floor_times_itself=True,
    )
    with handle.engine.connect() as connection:
        total = connection.execute(text("SELECT count(*) FROM conferences")).scalar()
    dialect = handle.engine.dialect.name
    handle.close()
    return Result(
        f"conflict check against {total:,} conferences, {dialect}",
        figure,
        "ms",
        TARGET_MS,
        floor,
        note="floor: the same SQL on a bare cursor; interleaved, median of 200 each",
        max_ratio=MAX_RATIO,
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--postgres", metavar="URL", help="benchmark on this (emptied!) database")
    args = parser.parse_args(argv)
    result = run(args.postgres)
    print(
        f"{result.name}: {result.value:.2f} ms (target {result.target_text()}: "
        f"{'MET' if result.meets_target else 'NOT MET'}); floor {result.floor:.2f} ms, "
        f"ratio {result.ratio:.1f}×; load average {result.load_text()}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
