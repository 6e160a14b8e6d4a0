"""Importing leaders' own calendars (Outlook, Google, Thunderbird) as busy times (issue 5)."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from ics_support import SAMPLES, seed_office
from sqlalchemy import func, select

from dialogue_app.domain.timezone import VN_TZ
from dialogue_app.services.calendar_exchange import CalendarExchangeService
from dialogue_app.services.errors import NotFound, ValidationError
from dialogue_app.store.models import AuditEntry, BusyBlock
from dialogue_app.store.security import CHANGE_ACTIONS
from tests.clock import fixed_clock

HORIZON = {"horizon_start": date(2026, 3, 1), "horizon_end": date(2026, 4, 30)}


@pytest.fixture
def office(db):
    return seed_office(db)


@pytest.fixture
def service(db) -> CalendarExchangeService:
    return CalendarExchangeService(db.uow, user_name="chuyenvien", clock=fixed_clock())


def blocks(db, official_id: int) -> list[tuple[datetime, datetime, bool, str | None]]:
    with db.uow.read() as session:
        rows = session.scalars(
            select(BusyBlock)
            .where(BusyBlock.official_id == official_id)
            .order_by(BusyBlock.starts_at)
        )
        return [
            (r.starts_at.astimezone(VN_TZ), r.ends_at.astimezone(VN_TZ), r.all_day, r.summary)
            for r in rows
        ]


def count_blocks(db) -> int:
    with db.uow.read() as session:
        return session.scalar(select(func.count()).select_from(BusyBlock)) or 0


def vn(month: int, day: int, hour: int = 0, minute: int = 0) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=VN_TZ)


def test_outlook_export(db, service, office):
    summary = service.import_busy_times_file(office.chair_id, SAMPLES / "outlook.ics", **HORIZON)
    found = blocks(db, office.chair_id)
    # weekly on Mondays, 8 times, 16 March excluded (EXDATE), 23 March moved to the afternoon,
    # the two-day trip as an all-day block; the "free" appointment is no busy time
    assert [(start, end) for start, end, _, _ in found] == [
        (vn(3, 2, 8), vn(3, 2, 10)),
        (vn(3, 9, 8), vn(3, 9, 10)),
        (vn(3, 10), vn(3, 12)),
        (vn(3, 23, 14), vn(3, 23, 16)),
        (vn(3, 30, 8), vn(3, 30, 10)),
        (vn(4, 6, 8), vn(4, 6, 10)),
        (vn(4, 13, 8), vn(4, 13, 10)),
        (vn(4, 20, 8), vn(4, 20, 10)),
    ]
    assert [all_day for _, _, all_day, _ in found].count(True) == 1
    assert found[0][3] == "Giao ban Thường trực Tỉnh ủy"
    assert summary.blocks_imported == 8
    assert summary.skipped_free == 1
    assert summary.events_read == 4
    assert summary.official_name == "Đặng Văn Đức"
    assert summary.source == "outlook.ics"
    assert summary.first == vn(3, 2, 8) and summary.last == vn(4, 20, 10)


def test_google_export_with_x_wr_timezone(db, service, office):
    summary = service.import_busy_times_file(office.chair_id, SAMPLES / "google.ics", **HORIZON)
    found = [(start, end, all_day) for start, end, all_day, _ in blocks(db, office.chair_id)]
    assert found == [
        (vn(3, 3, 8), vn(3, 3, 10), False),
        (vn(3, 4, 8), vn(3, 4, 10), False),
        (vn(3, 6, 8), vn(3, 6, 10), False),  # 5 March excluded
        (vn(3, 20), vn(3, 21), True),
    ]
    assert (summary.skipped_free, summary.skipped_cancelled) == (1, 1)


def test_thunderbird_export_with_duration_and_floating_time(db, service, office):
    summary = service.import_busy_times_file(
        office.chair_id, SAMPLES / "thunderbird.ics", **HORIZON
    )
    found = [(start, end) for start, end, _, _ in blocks(db, office.chair_id)]
    assert found == [
        (vn(3, 15, 7, 30), vn(3, 15, 11, 30)),
        (vn(3, 27, 14), vn(3, 27, 15, 30)),  # floating: taken as Vietnam time
        (vn(4, 15, 7, 30), vn(4, 15, 11, 30)),
    ]
    assert summary.floating == 1


def test_windows_time_zone_name_without_vtimezone(db, service, office):
    service.import_busy_times_file(office.chair_id, SAMPLES / "outlook_no_vtimezone.ics", **HORIZON)
    assert [(s, e) for s, e, _, _ in blocks(db, office.chair_id)] == [
        (vn(3, 17, 9), vn(3, 17, 10, 30))
    ]


def test_byte_order_mark_is_tolerated(db, service, office):
    data = b"\xef\xbb\xbf" + (SAMPLES / "google.ics").read_bytes()
    summary = service.import_busy_times(office.chair_id, data, "google.ics", **HORIZON)
    assert summary.blocks_imported == 4


def test_reimport_replaces_that_files_blocks_only(db, service, office):
    service.import_busy_times_file(office.chair_id, SAMPLES / "outlook.ics", **HORIZON)
    service.import_busy_times_file(office.chair_id, SAMPLES / "google.ics", **HORIZON)
    service.import_busy_times_file(office.commune_chair_id, SAMPLES / "outlook.ics", **HORIZON)
    assert len(blocks(db, office.chair_id)) == 12
    again = service.import_busy_times_file(office.chair_id, SAMPLES / "outlook.ics", **HORIZON)
    assert again.blocks_replaced == 8 and again.blocks_imported == 8
    assert len(blocks(db, office.chair_id)) == 12
    assert len(blocks(db, office.commune_chair_id)) == 8
    with db.uow.read() as session:
        audit = [
            (a.action, a.user_name, a.detail)
            for a in session.scalars(
                select(AuditEntry)
                .where(AuditEntry.action.not_in(CHANGE_ACTIONS))  # PostgreSQL's rows of changes
                .order_by(AuditEntry.id)
            )
        ]
    assert [action for action, _, _ in audit] == ["busy_times_import"] * 4
    assert audit[-1][1] == "chuyenvien" and "8 replaced" in (audit[-1][2] or "")


def test_horizon_limits_an_endless_series(db, service, office):
    summary = service.import_busy_times_file(
        office.chair_id,
        SAMPLES / "thunderbird.ics",
        horizon_start=date(2026, 1, 1),
        horizon_end=date(2026, 12, 31),
    )
    assert summary.blocks_imported == 12 + 1


BROKEN = {
    "not a calendar": (b"PK\x03\x04 this is a Word file", "not a calendar file"),
    "cut off": (
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nDTSTART:20260301T080000\r\n",
        "incomplete",
    ),
    "bad start": (
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:1\r\nSUMMARY:H\xe1\xbb\x8dp\r\n"
        b"DTSTART:2026-03-01 08:00\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
        "“Họp” has an unreadable DTSTART",
    ),
    "bad rule": (
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:1\r\nSUMMARY:X\r\n"
        b"DTSTART:20260301T080000\r\nRRULE:FREQ=SOMETIMES\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
        "unreadable RRULE",
    ),
    "no start": (
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:1\r\nSUMMARY:X\r\n"
        b"END:VEVENT\r\nEND:VCALENDAR\r\n",
        "no start time",
    ),
    "ends before it starts": (
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:1\r\nSUMMARY:X\r\n"
        b"DTSTART:20260310T100000\r\nDTEND:20260310T080000\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
        "ends before it starts",
    ),
    "garbage line": (
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nthis is not a content line\r\nEND:VCALENDAR\r\n",
        "damaged",
    ),
}


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_broken_file_is_refused_and_nothing_changes(db, service, office, case):
    service.import_busy_times_file(office.chair_id, SAMPLES / "outlook.ics", **HORIZON)
    before = blocks(db, office.chair_id)
    data, message = BROKEN[case]
    # a good event before the broken one must not slip in either
    data = data.replace(
        b"VERSION:2.0\r\n",
        b"VERSION:2.0\r\nBEGIN:VEVENT\r\nUID:ok\r\nDTSTART:20260312T080000\r\n"
        b"DTEND:20260312T090000\r\nEND:VEVENT\r\n",
        1,
    )
    with pytest.raises(ValidationError, match=message):
        service.import_busy_times(office.chair_id, data, "outlook.ics", **HORIZON)
    assert blocks(db, office.chair_id) == before


def test_unknown_official_is_refused(db, service, office):
    with pytest.raises(NotFound):
        service.import_busy_times_file(999_999, SAMPLES / "google.ics", **HORIZON)
    assert count_blocks(db) == 0


def test_unreadable_path_is_refused(service, office, tmp_path):
    with pytest.raises(ValidationError, match="Cannot read"):
        service.import_busy_times_file(office.chair_id, tmp_path / "missing.ics")


def test_find_official_ignores_case_and_diacritics(service, office):
    assert service.find_official("dang van duc").id == office.chair_id
    assert service.find_official("ĐẶNG VĂN ĐỨC").id == office.chair_id
    assert service.find_official("thi hoa").id == office.commune_chair_id
    with pytest.raises(NotFound, match="No official is called"):
        service.find_official("Phan Văn Không")
    with pytest.raises(ValidationError, match="Several officials match") as caught:
        service.find_official("tran van")
    assert "Trần Văn An" in str(caught.value) and "Trần Văn Ân" in str(caught.value)
    # an exact name wins over the names it is part of; here both fold to the same key
    with pytest.raises(ValidationError, match="Several"):
        service.find_official("Tran Van An")


def test_officials_are_listed_by_name(service, office):
    names = [c.full_name for c in service.officials()]
    assert names[0] == "Đặng Văn Đức" and len(names) == 4


def test_control_characters_in_a_leaders_calendar_are_dropped_on_both_databases(
    db, service, office
):
    text = (SAMPLES / "google.ics").read_text(encoding="utf-8")
    first = text.index("SUMMARY:") + len("SUMMARY:")
    broken = text[:first] + "Họp\x00 giao\x07ban " + text[first:]
    summary = service.import_busy_times(
        office.chair_id, broken.encode("utf-8"), "google.ics", **HORIZON
    )
    assert summary.blocks_imported == 4
    titles = [title or "" for _start, _end, _all_day, title in blocks(db, office.chair_id)]
    assert any(title.startswith("Họp giaoban") for title in titles), titles
    assert not any("\x00" in title or "\x07" in title for title in titles)
