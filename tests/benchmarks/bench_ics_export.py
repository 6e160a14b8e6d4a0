"""Benchmark: .ics export of 10,000 events (DESIGN.md §7: at most 1.2 × icalendar alone).

Run on demand (not part of the suite):

    .venv/bin/python tests/benchmarks/bench_ics_export.py

Prints, for each figure, the time, the floor (icalendar itself building and serializing the very
same events, VTIMEZONE included) and the ratio to it:

1. ``writer``: our ``ics_writer`` from ready values to bytes — what DESIGN's target is about;
2. ``schedule``: the whole ``CalendarExchangeService.schedule`` export of 10,000 conferences from
   a SQLite database (query, ORM loading, text assembly, writing) — for information;
3. ``saved``: the same export as the window runs it in the background: ``CalendarFile.save`` to a
   file, with a progress callback and a cancel flag checked at every event, written into a
   temporary file and renamed into place; floor: icalendar alone, its bytes written to a file.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import threading
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import icalendar

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from common import Result  # noqa: E402

from dialogue_app.domain.conferences import ConferenceKind, ConferenceStatus  # noqa: E402
from dialogue_app.domain.timezone import VN_TZ  # noqa: E402
from dialogue_app.services.calendar_exchange import CalendarExchangeService  # noqa: E402
from dialogue_app.services.calendar_exchange.ics_writer import (  # noqa: E402
    AlarmSpec,
    CalendarSpec,
    EventSpec,
    Method,
    Organizer,
    to_bytes,
)
from dialogue_app.services.clock import SystemClock  # noqa: E402

EVENTS = 10_000
TARGET = 1.1  # DESIGN §7: ≤ 1.1 × icalendar itself building and serializing them
REPEAT = 3
STAMP = datetime(2026, 3, 1, 1, 30, tzinfo=UTC)
ORGANIZER = Organizer("vanphong@hatinh.gov.vn", "Văn phòng Tỉnh ủy")


def specs() -> list[EventSpec]:
    start = datetime(2026, 1, 5, 8, tzinfo=VN_TZ)
    return [
        EventSpec(
            uid=f"conf-{i}-20260101T000000000000@hatinh.gov.vn",
            summary=f"Đối thoại trực tiếp với Nhân dân xã số {i}",
            start=start + timedelta(hours=6 * i),
            end=start + timedelta(hours=6 * i + 3),
            sequence=i % 3,
            description=f"Giải phóng mặt bằng; tái định cư, xã {i}\nĐịa điểm: Hội trường",
            location=f"Hội trường UBND xã {i}, Hà Tĩnh",
            status="CONFIRMED",
            categories=("Hội nghị đối thoại trực tiếp",),
            alarm=AlarmSpec(timedelta(minutes=1440), f"Nhắc lịch: hội nghị {i}"),
        )
        for i in range(EVENTS)
    ]


def ours(events: list[EventSpec]) -> bytes:
    return to_bytes(CalendarSpec(Method.PUBLISH, events, STAMP, ORGANIZER, name="Lịch"))


def bare_icalendar(events: list[EventSpec]) -> bytes:
    """The floor: icalendar alone, the same properties, written the obvious way."""
    calendar = icalendar.Calendar()
    calendar.add("prodid", "-//bench//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", "Lịch")
    organizer = icalendar.vCalAddress(f"mailto:{ORGANIZER.email}")
    organizer.params["CN"] = ORGANIZER.name
    for e in events:
        event = icalendar.Event()
        event.add("uid", e.uid)
        event.add("dtstamp", STAMP)
        event.add("dtstart", e.start)
        event.add("dtend", e.end)
        event.add("sequence", e.sequence)
        event.add("summary", e.summary)
        event.add("location", e.location)
        event.add("description", e.description)
        event.add("categories", list(e.categories))
        event.add("status", e.status)
        event.add("transp", "OPAQUE")
        event.add("organizer", organizer)
        alarm = icalendar.Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", e.alarm.text if e.alarm else "")
        alarm.add("trigger", -(e.alarm.before if e.alarm else timedelta(0)))
        event.add_component(alarm)
        calendar.add_component(event)
    calendar.add_missing_timezones()
    return calendar.to_ical()


def best_once(function, *args) -> tuple[float, object]:  # type: ignore[no-untyped-def]
    started = time.perf_counter()
    result = function(*args)
    return time.perf_counter() - started, result


def seed(url: str) -> tuple[CalendarExchangeService, str]:
    from dialogue_app.services.database import open_database
    from dialogue_app.store.models import Conference, OfficeProfile, Venue

    if not url.startswith("sqlite"):
        from sqlalchemy import create_engine, text

        engine = create_engine(url)
        with engine.begin() as connection:
            connection.execute(text("DROP SCHEMA public CASCADE; CREATE SCHEMA public"))
        engine.dispose()
    handle = open_database(url)
    start = datetime(2026, 1, 5, 8, tzinfo=VN_TZ)
    created = datetime(2026, 1, 1, tzinfo=UTC)
    with handle.uow.begin() as session:
        session.add(
            OfficeProfile(name="VP", organizer_name=ORGANIZER.name, organizer_email=ORGANIZER.email)
        )
        venue = Venue(name="Hội trường UBND xã", address="Hà Tĩnh")
        session.add(venue)
        session.flush()
        session.add_all(
            Conference(
                uid=f"conf-{i}-20260101T000000000000@hatinh.gov.vn",
                kind=ConferenceKind.DIALOGUE,
                status=ConferenceStatus.SCHEDULED,
                title=f"Đối thoại trực tiếp với Nhân dân xã số {i}",
                topic=f"Giải phóng mặt bằng; tái định cư, xã {i}",
                venue_id=venue.id,
                starts_at=start + timedelta(hours=6 * i),
                ends_at=start + timedelta(hours=6 * i + 3),
                created_at=created,
            )
            for i in range(EVENTS)
        )
    return CalendarExchangeService(handle.uow, clock=SystemClock()), handle.engine.dialect.name


def exported_events(service: CalendarExchangeService) -> list[EventSpec]:
    """The events the schedule export writes (its texts are longer than ``specs()``'s), so the
    floor is icalendar writing exactly what the export writes."""
    from sqlalchemy import select

    from dialogue_app.services.calendar_exchange import exports, queries
    from dialogue_app.store.models import Conference

    with service._uow.read() as session:  # noqa: SLF001  (a benchmark peeks inside)
        query = select(Conference).order_by(Conference.starts_at, Conference.id)
        return [
            exports.conference_event(view, reminder_minutes=1440)
            for view in queries.conference_views(session, query)
        ]


def run(url: str | None = None) -> list[Result]:
    """The writer and the whole schedule export from a database (``url`` or a new SQLite file)."""
    events = specs()
    ours(events[:100]), bare_icalendar(events[:100])  # warm up imports and caches
    floors, figures = [], []
    # alternate the two, so that a busy neighbour on the machine slows both alike
    our_bytes = floor_bytes = b""
    for _ in range(REPEAT):
        floor_time, floor_bytes = best_once(bare_icalendar, events)  # type: ignore[assignment]
        our_time, our_bytes = best_once(ours, events)  # type: ignore[assignment]
        floors.append(floor_time)
        figures.append(our_time)
    assert our_bytes.count(b"BEGIN:VEVENT") == floor_bytes.count(b"BEGIN:VEVENT") == EVENTS
    floor = statistics.median(floors)
    results = [
        Result(
            f".ics writer, {EVENTS:,} events",
            statistics.median(figures),
            "s",
            TARGET,
            floor,
            target_is_ratio=True,
            note=f"median of {REPEAT}, interleaved; floor: icalendar alone",
        ),
    ]
    with tempfile.TemporaryDirectory() as folder:
        from dialogue_app.store.database import sqlite_url

        target = url or sqlite_url(Path(folder) / "bench.sqlite")
        service, dialect = seed(target)
        exported = exported_events(service)
        exports, floors, saves, file_floors = [], [], [], []
        target = Path(folder) / "schedule.ics"
        cancel = threading.Event()
        reports: list[int] = []

        def saved() -> int:
            result = service.schedule(include_reception_duties=False, now=STAMP)
            result.save(
                target, progress=lambda done, _t: reports.append(done), cancelled=cancel.is_set
            )
            return result.event_count

        def bare_to_file(events: list[EventSpec]) -> None:
            (Path(folder) / "bare.ics").write_bytes(bare_icalendar(events))

        for _ in range(REPEAT):
            floor_time, _ = best_once(bare_icalendar, exported)
            total, result = best_once(
                lambda: service.schedule(include_reception_duties=False, now=STAMP).content
            )
            assert result.count(b"BEGIN:VEVENT") == EVENTS  # type: ignore[attr-defined]
            exports.append(total)
            floors.append(floor_time)
            file_floor, _ = best_once(bare_to_file, exported)
            save_time, count = best_once(saved)
            assert count == EVENTS and reports[-1] == 2 * EVENTS
            saves.append(save_time)
            file_floors.append(file_floor)
        results.append(
            Result(
                f".ics export from the database, {EVENTS:,} conferences, {dialect}",
                statistics.median(exports),
                "s",
                TARGET,
                statistics.median(floors),
                target_is_ratio=True,
                note="query, loading and writing; floor: icalendar alone writing the same events",
            )
        )
        results.append(
            Result(
                f".ics export saved to a file with progress and Cancel, {EVENTS:,} conferences, "
                f"{dialect}",
                statistics.median(saves),
                "s",
                TARGET,
                statistics.median(file_floors),
                target_is_ratio=True,
                note="what the window's worker runs; floor: icalendar alone, bytes to a file",
            )
        )
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--postgres", metavar="URL", help="a PostgreSQL database (emptied!)")
    args = parser.parse_args(argv)
    results = run(args.postgres)
    for result in results:
        print(
            f"{result.name}: {result.value:.3f} s; floor (icalendar alone) {result.floor:.3f} s;"
            f" ratio {result.ratio:.2f} (target ≤ {TARGET}) "
            f"{'ok' if result.meets_target else 'OVER TARGET'}"
        )
    return 0 if all(r.meets_target for r in results) else 1


if __name__ == "__main__":
    raise SystemExit(main())
