"""Reading a leader's own calendar (.ics from Outlook, Google, Thunderbird) as busy times.

Pure: bytes in, ``BusyTime`` values out, or ``ValidationError`` with a message a secretary can act
on. Real-world files are tolerated: Windows time-zone names ("SE Asia Standard Time"), Google's
``X-WR-TIMEZONE``, floating times (taken as Vietnam time), recurring events with exceptions
(expanded by ``recurring-ical-events`` over the planning horizon), all-day events. A file that
cannot be read correctly as a whole is refused: nothing of it is used.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

import icalendar
import recurring_ical_events
import x_wr_timezone

from dialogue_app.domain.text import clean, without_controls
from dialogue_app.domain.timezone import VN_TZ
from dialogue_app.services.errors import QT_TRANSLATE_NOOP, ValidationError

MAX_OCCURRENCES = 50_000  # a safety net against a rule that explodes over the horizon


@dataclass(frozen=True)
class BusyTime:
    start: datetime  # aware UTC
    end: datetime
    all_day: bool
    summary: str | None
    uid: str | None


@dataclass(frozen=True)
class ParsedCalendar:
    busy: tuple[BusyTime, ...]
    events_read: int  # VEVENTs in the file (a recurring series counts once)
    skipped_free: int  # occurrences marked free / transparent
    skipped_cancelled: int
    floating: int  # occurrences without a time zone, taken as Vietnam time


def decode(data: bytes) -> str:
    """Text of the file: UTF-8 (with or without BOM); old Windows exports in cp1258 or cp1252."""
    for encoding in ("utf-8-sig", "cp1258", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise ValidationError(
        QT_TRANSLATE_NOOP("Messages", "The file is not a text calendar file (.ics)."), "file"
    )


def read_busy_times(data: bytes, horizon_start: date, horizon_end: date) -> ParsedCalendar:
    """Busy times in ``horizon_start``..``horizon_end`` (local days, inclusive)."""
    content = decode(data)
    if not content.lstrip().upper().startswith("BEGIN:VCALENDAR"):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "This file is not a calendar file: an .ics file starts with BEGIN:VCALENDAR. "
                "Export the calendar from Outlook, Google or Thunderbird as .ics and try again.",
            ),
            "file",
        )
    if "END:VCALENDAR" not in content.upper():
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "The calendar file is incomplete (it does not end with END:VCALENDAR); it may "
                "have been cut off while copying. Export it again.",
            ),
            "file",
        )
    try:
        calendars = icalendar.Calendar.from_ical(content, multiple=True)
    except ValueError as error:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "The calendar file is damaged and cannot be read: %1"),
            None,
            error,
        ) from error
    if not calendars:
        raise ValidationError(QT_TRANSLATE_NOOP("Messages", "The file holds no calendar."), "file")
    busy: list[BusyTime] = []
    events_read = skipped_free = skipped_cancelled = floating = 0
    low = datetime.combine(horizon_start, time.min, VN_TZ)
    high = datetime.combine(horizon_end + timedelta(days=1), time.min, VN_TZ)
    for calendar in calendars:
        _check_events(calendar)
        events_read += len(calendar.walk("VEVENT"))
        try:
            standard = x_wr_timezone.to_standard(calendar)
            occurrences = recurring_ical_events.of(standard).between(low, high)
        except Exception as error:  # the libraries raise many kinds for a bad rule or date
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "The calendar file has an event whose dates or repeat rule cannot be read "
                    "(%1). Nothing was imported.",
                ),
                None,
                error,
            ) from error
        for occurrence in occurrences:
            if _is_cancelled(occurrence):
                skipped_cancelled += 1
                continue
            if _is_free(occurrence):
                skipped_free += 1
                continue
            block, was_floating = _busy_time(occurrence)
            floating += was_floating
            if block is not None:
                busy.append(block)
            if len(busy) > MAX_OCCURRENCES:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "The calendar gives more than %1 busy times in the planning period; "
                        "choose a shorter period or a smaller calendar.",
                    ),
                    None,
                    f"{MAX_OCCURRENCES:,}",
                )
    busy.sort(key=lambda b: (b.start, b.end))
    return ParsedCalendar(tuple(busy), events_read, skipped_free, skipped_cancelled, floating)


def _check_events(calendar: icalendar.Calendar) -> None:
    for event in calendar.walk("VEVENT"):
        name = clean(str(event.get("SUMMARY", ""))) or str(event.get("UID", ""))
        broken = [
            (prop, message) for prop, message in getattr(event, "errors", ()) if prop in _VITAL
        ]
        if broken:
            # the property (DTSTART…) is a name of the file format; the library's message is
            # technical English, passed on as it is
            raise _event_error(
                name,
                QT_TRANSLATE_NOOP(
                    "Messages", "The event “%1” has an unreadable %2 (%3). Nothing was imported."
                ),
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "The event “(untitled)” has an unreadable %1 (%2). Nothing was imported.",
                ),
                *broken[0],
            )
        if "DTSTART" not in event:
            raise _event_error(
                name,
                QT_TRANSLATE_NOOP(
                    "Messages", "The event “%1” has no start time (DTSTART). Nothing was imported."
                ),
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "The event “(untitled)” has no start time (DTSTART). Nothing was imported.",
                ),
            )
        end, start = event.get("DTEND"), event["DTSTART"]
        if (
            isinstance(end, icalendar.vDDDTypes)
            and isinstance(start, icalendar.vDDDTypes)
            and _before(end.dt, start.dt)
        ):
            raise _event_error(
                name,
                QT_TRANSLATE_NOOP(
                    "Messages", "The event “%1” ends before it starts. Nothing was imported."
                ),
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "The event “(untitled)” ends before it starts. Nothing was imported.",
                ),
            )


def _event_error(name: str, named: str, untitled: str, *values: object) -> ValidationError:
    """A refusal about one event, named by ``name`` (its summary or UID) as ``%1`` of ``named``;
    without a name, ``untitled`` says "(untitled)" itself, so that it is translated with the
    sentence, and takes ``values`` from ``%1``."""
    if name:
        return ValidationError(named, None, name, *values)
    return ValidationError(untitled, None, *values)


def _before(end: object, start: object) -> bool:
    if not isinstance(end, date) or not isinstance(start, date):
        return False  # a duration or a period: left to the expansion
    if isinstance(end, datetime) != isinstance(start, datetime):
        return False  # mixed value types: left to the expansion, which copes with them
    try:
        return end < start
    except TypeError:  # one floating, one with a time zone
        return False


_VITAL = frozenset({"DTSTART", "DTEND", "DURATION", "RRULE", "RDATE", "EXDATE", "RECURRENCE-ID"})


def _is_cancelled(event: icalendar.Event) -> bool:
    return str(event.get("STATUS", "")).upper() == "CANCELLED"


def _is_free(event: icalendar.Event) -> bool:
    if str(event.get("TRANSP", "OPAQUE")).upper() == "TRANSPARENT":
        return True
    # Outlook marks "free" and "working elsewhere" appointments so.
    status = str(event.get("X-MICROSOFT-CDO-BUSYSTATUS", "BUSY")).upper()
    return status in {"FREE", "WORKINGELSEWHERE"}


def _instant(value: date | datetime) -> tuple[datetime, bool]:
    if isinstance(value, datetime):
        if value.tzinfo is None:
            return value.replace(tzinfo=VN_TZ).astimezone(UTC), True
        return value.astimezone(UTC), False
    return datetime.combine(value, time.min, VN_TZ).astimezone(UTC), False


def _busy_time(event: icalendar.Event) -> tuple[BusyTime | None, bool]:
    start_value = event.start
    end_value = event.end
    all_day = not isinstance(start_value, datetime)
    start, floating = _instant(start_value)
    end, _ = _instant(end_value)
    if end < start:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Messages", "The event “%1” ends before it starts. Nothing was imported."
            ),
            None,
            event.get("SUMMARY", ""),
        )
    if end == start:  # a reminder-like entry without length blocks nothing
        return None, floating
    # a NUL or other control character in someone's calendar: dropped, never stored
    summary = without_controls(str(event.get("SUMMARY", "")))
    uid = without_controls(str(event.get("UID", "")))
    return BusyTime(start, end, all_day, summary[:500] if summary else None, uid), floating
