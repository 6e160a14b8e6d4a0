"""Benchmark: CalDAV publish of a year's schedule, 1,000 events, to a local Radicale
(DESIGN.md §7: at most 1.5 × the same PUTs by the bare ``caldav`` client).

Run on demand (not part of the suite):

    .venv/bin/python tests/benchmarks/bench_caldav_publish.py

Figure: ``PublishService.publish`` into an empty calendar: reading 1,000 conferences, writing each
as a calendar object, a conditional PUT per object, remembering href/ETag/SEQUENCE. Floor: the
bare ``caldav.DAVClient`` PUTting the very same 1,000 bodies (built beforehand, not timed) into
another empty calendar of the same server. The two alternate; the median of ``REPEAT`` each.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from calendar_servers import PASSWORD, USER, Radicale  # noqa: E402
from common import Result  # noqa: E402

from dialogue_app.domain.conferences import ConferenceKind, ConferenceStatus  # noqa: E402
from dialogue_app.domain.timezone import VN_TZ  # noqa: E402
from dialogue_app.services.calendar_exchange import (  # noqa: E402
    CalendarLinks,
    ServerAccount,
    caldav_link,
)
from dialogue_app.services.clock import FixedClock  # noqa: E402

EVENTS = 1_000
TARGET = 1.5
REPEAT = 2
YEAR = (date(2026, 1, 1), date(2026, 12, 31))


def seed(url: str) -> CalendarLinks:
    from dialogue_app.services.database import open_database
    from dialogue_app.store.conferences import add_conference
    from dialogue_app.store.models import Conference, OfficeProfile

    handle = open_database(url)
    with handle.uow.begin() as session:
        session.add(
            OfficeProfile(
                name="Văn phòng Tỉnh ủy Hà Tĩnh",
                organizer_name="Văn phòng Tỉnh ủy",
                organizer_email="vanphong@hatinh.gov.vn",
            )
        )
        start = datetime(2026, 1, 5, 8, tzinfo=VN_TZ)
        for number in range(EVENTS):
            at = start + timedelta(hours=8 * number)
            add_conference(
                session,
                Conference(
                    kind=ConferenceKind.DIALOGUE,
                    status=ConferenceStatus.SCHEDULED,
                    title=f"Đối thoại trực tiếp với Nhân dân xã số {number}",
                    topic="Giải phóng mặt bằng; tái định cư",
                    starts_at=at,
                    ends_at=at + timedelta(hours=3),
                    created_at=datetime(2026, 1, 1, tzinfo=UTC),
                ),
            )
    return CalendarLinks(handle.uow, clock=FixedClock(date(2026, 1, 1)))


def bare_puts(server: Radicale, bodies: list[tuple[str, bytes]]) -> float:
    import caldav

    url = server.new_calendar()
    client = caldav.DAVClient(url, username=USER, password=PASSWORD, timeout=30)
    started = time.perf_counter()
    for name, body in bodies:
        answer = client.put(f"{url}{name}", body.decode("utf-8"), {"Content-Type": "text/calendar"})
        assert answer.status == 201, answer.status
    return time.perf_counter() - started


def ours(server: Radicale, links: CalendarLinks) -> float:
    url = server.new_calendar()
    account = ServerAccount(url, USER, PASSWORD, 30)
    started = time.perf_counter()
    report = links.publishing.publish(*YEAR, account=account)
    elapsed = time.perf_counter() - started
    assert report.complete and report.created == EVENTS, report
    return elapsed


def run() -> list[Result]:
    with tempfile.TemporaryDirectory() as folder:
        from dialogue_app.store.database import sqlite_url

        server = Radicale(Path(folder) / "radicale")
        server.start()
        try:
            links = seed(sqlite_url(Path(folder) / "bench.sqlite"))
            built = links.publishing._exchange.schedule(*YEAR, include_cancelled=True)
            assert built.spec is not None and len(built.spec.events) == EVENTS
            bodies = [
                (
                    caldav_link.object_href("", event.uid),
                    caldav_link.object_body(event, built.spec.stamp, built.spec.organizer),
                )
                for event in built.spec.events
            ]
            floors, figures = [], []
            for _ in range(REPEAT):  # alternate, so a busy neighbour slows both alike
                floors.append(bare_puts(server, bodies))
                figures.append(ours(server, links))
        finally:
            server.stop()
    return [
        Result(
            f"CalDAV publish, {EVENTS:,} events",
            statistics.median(figures),
            "s",
            TARGET,
            statistics.median(floors),
            target_is_ratio=True,
            note=f"median of {REPEAT}, interleaved; floor: the same PUTs by the bare caldav client",
        )
    ]


def main() -> None:
    for result in run():
        ratio = f"{result.ratio:.2f}" if result.ratio is not None else "-"
        verdict = "meets" if result.meets_target else "MISSES"
        print(
            f"{result.name}: {result.value:.2f} {result.unit}; floor {result.floor:.2f} s; "
            f"ratio {ratio} (target ≤ {result.target}) — {verdict} the target"
        )


if __name__ == "__main__":
    main()
