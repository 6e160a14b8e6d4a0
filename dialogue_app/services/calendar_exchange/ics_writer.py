"""Writing .ics files that open correctly in Outlook, Google, Thunderbird and Apple (DESIGN §4).

Pure: takes plain values (``EventSpec``), returns bytes. Everything that makes a file *correct* is
decided here, once, for every kind of file:

- ``METHOD`` REQUEST (invitation or update), CANCEL, or PUBLISH ("add to my calendar"); the three
  are never mixed in one file;
- every time is written in Asia/Ho_Chi_Minh with its VTIMEZONE, without the ``COMMENT`` line that
  icalendar puts into VTIMEZONE (RFC 5545 does not allow it there);
- text is NFC, without control characters, TEXT-escaped by icalendar; lines end in CRLF and are
  folded at 75 octets between whole UTF-8 characters (icalendar's folding);
- no ``X-WR-CALNAME`` unless the file is a published schedule (Outlook opens a new calendar for it).
"""

from __future__ import annotations

import io
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from enum import StrEnum
from typing import BinaryIO

import icalendar

from dialogue_app.domain.timezone import VN_TZ

PRODID = "-//Dialogue Desk//dialogue-app//VI"

# RFC 5545 TEXT allows no control characters but HTAB (and the newline we escape).
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_END = b"END:VCALENDAR\r\n"

Step = Callable[[], None]  # called after each unit of work; may raise to stop


class Method(StrEnum):
    REQUEST = "REQUEST"
    CANCEL = "CANCEL"
    PUBLISH = "PUBLISH"


@dataclass(frozen=True)
class Organizer:
    email: str
    name: str | None = None


@dataclass(frozen=True)
class AttendeeSpec:
    """One invitee with an e-mail address; ``role`` is an RFC 5545 ROLE (CHAIR, REQ-PARTICIPANT)."""

    email: str
    name: str | None = None
    role: str = "REQ-PARTICIPANT"
    cutype: str = "INDIVIDUAL"  # GROUP for an agency
    rsvp: bool = True


@dataclass(frozen=True)
class AlarmSpec:
    """A display reminder ``before`` the start (for all-day events: before local midnight)."""

    before: timedelta
    text: str


@dataclass(frozen=True)
class EventSpec:
    """One VEVENT. ``start``/``end`` are aware datetimes, or dates for an all-day event
    (``end`` is then exclusive: the day after the last day)."""

    uid: str
    summary: str
    start: datetime | date
    end: datetime | date
    sequence: int = 0
    description: str | None = None
    location: str | None = None
    url: str | None = None
    status: str | None = None  # TENTATIVE, CONFIRMED, CANCELLED
    transparent: bool = False
    categories: tuple[str, ...] = ()
    attendees: tuple[AttendeeSpec, ...] = ()
    alarm: AlarmSpec | None = None
    created: datetime | None = None


@dataclass(frozen=True)
class CalendarSpec:
    method: Method
    events: tuple[EventSpec, ...] | list[EventSpec]
    stamp: datetime  # DTSTAMP: the send time, aware; written in UTC
    organizer: Organizer | None = None
    name: str | None = None  # X-WR-CALNAME, only for PUBLISH
    extra: dict[str, str] = field(default_factory=dict)


def text(value: str | None) -> str | None:
    """NFC, CRLF/CR → LF, no control characters: what may go into a TEXT value."""
    if value is None:
        return None
    value = unicodedata.normalize("NFC", value).replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROL.sub("", value)


def _param(value: str) -> str:
    # A parameter value cannot hold a double quote (RFC 5545 §3.2); newlines neither.
    return " ".join((text(value) or "").replace('"', "'").split())


def _address(email: str, name: str | None) -> icalendar.vCalAddress:
    address = icalendar.vCalAddress(f"mailto:{email.strip()}")
    if name:
        address.params["CN"] = _param(name)
    return address


def build_calendar(spec: CalendarSpec, step: Step | None = None) -> icalendar.Calendar:
    """The icalendar object for ``spec`` (see ``write`` for the finished file); ``step()`` is
    called after each event."""
    if spec.name is not None and spec.method is not Method.PUBLISH:
        raise ValueError("X-WR-CALNAME belongs only in a published schedule")
    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", spec.method.value)
    if spec.name:
        calendar.add("x-wr-calname", text(spec.name))
    stamp = spec.stamp.astimezone(UTC)
    organizer = _address(spec.organizer.email, spec.organizer.name) if spec.organizer else None
    for event_spec in spec.events:
        calendar.add_component(_event(event_spec, spec.method, stamp, organizer))
        if step is not None:
            step()
    calendar.add_missing_timezones()
    for timezone in calendar.walk("VTIMEZONE"):
        timezone.pop("COMMENT", None)
    return calendar


def write(spec: CalendarSpec, stream: BinaryIO, step: Step | None = None) -> None:
    """Write the finished file (UTF-8, CRLF, folded at 75 octets) to ``stream``.

    Long files are made in two passes over the events, building then writing; ``step()`` is
    called after each event of each pass (2 × the number of events in all) and may raise to stop.
    The bytes are those of icalendar's ``Calendar.to_ical()``, written one component at a time.
    """
    calendar = build_calendar(spec, step)
    components, calendar.subcomponents = calendar.subcomponents, []
    head = calendar.to_ical()  # BEGIN:VCALENDAR, its properties, END:VCALENDAR
    calendar.subcomponents = components
    assert head.endswith(_END)
    stream.write(head[: -len(_END)])
    for component in components:
        stream.write(component.to_ical())
        if step is not None and component.name == "VEVENT":
            step()
    stream.write(_END)


def to_bytes(spec: CalendarSpec) -> bytes:
    """The finished file: UTF-8, CRLF, folded at 75 octets."""
    buffer = io.BytesIO()
    write(spec, buffer)
    return buffer.getvalue()


def _event(
    spec: EventSpec,
    method: Method,
    stamp: datetime,
    organizer: icalendar.vCalAddress | None,
) -> icalendar.Event:
    event = icalendar.Event()
    event.add("uid", spec.uid)
    event.add("dtstamp", stamp)
    all_day = not isinstance(spec.start, datetime)
    if all_day:
        event.add("dtstart", spec.start)
        event.add("dtend", spec.end)
    else:
        assert isinstance(spec.start, datetime) and isinstance(spec.end, datetime)
        event.add("dtstart", spec.start.astimezone(VN_TZ))
        event.add("dtend", spec.end.astimezone(VN_TZ))
    event.add("sequence", spec.sequence)
    event.add("summary", text(spec.summary))
    if spec.location:
        event.add("location", text(spec.location))
    if spec.description:
        event.add("description", text(spec.description))
    if spec.url:
        event.add("url", spec.url.strip())
    if spec.categories:
        event.add("categories", [text(c) for c in spec.categories])
    if spec.created is not None:
        event.add("created", spec.created.astimezone(UTC))
    status = "CANCELLED" if method is Method.CANCEL else spec.status
    if status:
        event.add("status", status)
    event.add("transp", "TRANSPARENT" if spec.transparent else "OPAQUE")
    if organizer is not None:
        event.add("organizer", organizer)
    if method is not Method.PUBLISH:
        for attendee in spec.attendees:
            address = _address(attendee.email, attendee.name)
            address.params["CUTYPE"] = attendee.cutype
            address.params["ROLE"] = attendee.role
            address.params["PARTSTAT"] = "NEEDS-ACTION"
            address.params["RSVP"] = (
                "TRUE" if attendee.rsvp and method is Method.REQUEST else "FALSE"
            )
            event.add("attendee", address)
    if spec.alarm is not None and method is not Method.CANCEL:
        alarm = icalendar.Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", text(spec.alarm.text) or "Reminder")
        alarm.add("trigger", -spec.alarm.before)
        event.add_component(alarm)
    return event
