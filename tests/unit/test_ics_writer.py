"""What makes any .ics file we write correct (pure; no database)."""

from __future__ import annotations

import io
import unicodedata
from datetime import UTC, date, datetime, timedelta

import pytest
from ics_support import check_ics, unfolded_lines

from dialogue_app.domain.timezone import VN_TZ
from dialogue_app.services.calendar_exchange.ics_writer import (
    AlarmSpec,
    AttendeeSpec,
    CalendarSpec,
    EventSpec,
    Method,
    Organizer,
    build_calendar,
    to_bytes,
)
from dialogue_app.services.calendar_exchange.ics_writer import write as write_to

STAMP = datetime(2026, 3, 1, 1, 30, tzinfo=UTC)
ORGANIZER = Organizer("vp@hatinh.gov.vn", "Văn phòng")
NASTY = "Dấu chấm phẩy; dấu phẩy, xuống dòng\r\ndấu gạch \\ ngược\x07 và tab\tcuối"


def event(**changes) -> EventSpec:
    values = {
        "uid": "conf-1@hatinh.gov.vn",
        "summary": "Hội nghị",
        "start": datetime(2026, 3, 16, 8, tzinfo=VN_TZ),
        "end": datetime(2026, 3, 16, 11, tzinfo=VN_TZ),
        "attendees": (AttendeeSpec("a@hatinh.gov.vn", "Nguyễn Văn A", role="CHAIR"),),
        "alarm": AlarmSpec(timedelta(minutes=30), "Nhắc"),
    }
    values.update(changes)
    return EventSpec(**values)


def write(method: Method, *events: EventSpec, name: str | None = None) -> bytes:
    return to_bytes(CalendarSpec(method, events, STAMP, ORGANIZER, name=name))


def test_nfd_in_nfc_out():
    data = write(
        Method.REQUEST,
        event(
            summary=unicodedata.normalize("NFD", "Đối thoại ở xã Cẩm Xuyên"),
            description=unicodedata.normalize("NFD", "Giải phóng mặt bằng"),
        ),
    )
    check_ics(data, "REQUEST")
    assert "SUMMARY:Đối thoại ở xã Cẩm Xuyên" in unfolded_lines(data)


def test_text_is_escaped_and_control_characters_dropped():
    data = write(Method.REQUEST, event(summary=NASTY, description=NASTY, location=NASTY))
    check_ics(data, "REQUEST")
    expected = "Dấu chấm phẩy\\; dấu phẩy\\, xuống dòng\\ndấu gạch \\\\ ngược và tab\tcuối"
    lines = unfolded_lines(data)
    for prop in ("SUMMARY", "DESCRIPTION", "LOCATION"):
        assert f"{prop}:{expected}" in lines


def test_long_vietnamese_lines_fold_between_whole_characters():
    long = "Tiếp công dân định kỳ của Bí thư Tỉnh ủy " * 20
    data = write(Method.PUBLISH, event(description=long, attendees=()))
    check_ics(data, "PUBLISH")  # ≤ 75 octets, each line valid UTF-8, CRLF
    assert data.count(b"\r\n ") > 10  # it was folded, many times
    assert f"DESCRIPTION:{long}" in unfolded_lines(data)


def test_cancel_never_carries_an_alarm_and_is_cancelled():
    data = write(Method.CANCEL, event(sequence=3, status="CONFIRMED"))
    (vevent,) = check_ics(data, "CANCEL").walk("VEVENT")
    assert str(vevent["STATUS"]) == "CANCELLED" and vevent["SEQUENCE"] == 3
    assert b"VALARM" not in data


def test_publish_has_no_attendees_but_request_has():
    assert b"ATTENDEE" not in write(Method.PUBLISH, event())
    assert b"ATTENDEE;" in write(Method.REQUEST, event())


def test_calendar_name_only_in_a_published_schedule():
    assert b"X-WR-CALNAME:L" in write(Method.PUBLISH, event(attendees=()), name="Lịch")
    with pytest.raises(ValueError):
        write(Method.REQUEST, event(), name="Lịch")


def test_vtimezone_is_there_without_comment():
    data = write(Method.REQUEST, event())
    check_ics(data, "REQUEST")
    assert b"BEGIN:VTIMEZONE\r\nTZID:Asia/Ho_Chi_Minh\r\n" in data
    assert b"COMMENT" not in data


def test_all_day_entry():
    data = write(
        Method.PUBLISH,
        event(start=date(2026, 3, 20), end=date(2026, 3, 21), transparent=True, attendees=()),
    )
    check_ics(data, "PUBLISH")
    lines = unfolded_lines(data)
    assert "DTSTART;VALUE=DATE:20260320" in lines and "DTEND;VALUE=DATE:20260321" in lines
    assert "TRANSP:TRANSPARENT" in lines
    assert b"VTIMEZONE" not in data  # no TZID used, none needed


def test_quotes_in_names_do_not_break_parameters():
    data = write(Method.REQUEST, event(attendees=(AttendeeSpec("b@x.vn", 'Báo "Hà Tĩnh"; số 1'),)))
    (vevent,) = check_ics(data, "REQUEST").walk("VEVENT")
    assert vevent["ATTENDEE"].params["CN"] == "Báo 'Hà Tĩnh'; số 1"


def test_written_piece_by_piece_is_icalendars_own_file_and_counts_every_event():
    """The file is streamed one component at a time (so a long export shows progress and can
    stop); its bytes are exactly those icalendar writes for the whole calendar."""
    events = [
        event(uid=f"conf-{i}@hatinh.gov.vn", start=datetime(2026, 3, 16 + i, 8, tzinfo=VN_TZ))
        for i in range(3)
    ] + [event(uid="han@hatinh.gov.vn", start=date(2026, 3, 20), end=date(2026, 3, 21))]
    spec = CalendarSpec(Method.PUBLISH, events, STAMP, ORGANIZER, name="Lịch")
    steps = []
    stream = io.BytesIO()
    write_to(spec, stream, lambda: steps.append(1))
    assert stream.getvalue() == build_calendar(spec).to_ical() == to_bytes(spec)
    assert len(steps) == 2 * len(events)  # each event built, then written
    check_ics(stream.getvalue(), "PUBLISH")


def test_a_step_that_raises_stops_the_writing():
    class Stop(Exception):
        pass

    def stop_at_the_fifth() -> None:
        nonlocal count
        count += 1
        if count == 5:
            raise Stop

    count = 0
    events = [event(uid=f"conf-{i}@hatinh.gov.vn") for i in range(4)]
    stream = io.BytesIO()
    with pytest.raises(Stop):
        write_to(CalendarSpec(Method.PUBLISH, events, STAMP), stream, stop_at_the_fifth)
    assert b"END:VCALENDAR" not in stream.getvalue()
