"""``CalendarExchangeService``: every calendar file the office sends or receives.

Invitation, update and cancellation of one conference (.ics or .eml), the published schedule,
deadlines of open cases, and import of a leader's own calendar as busy times.

An export is two steps: the service reads the database into a ``CalendarFile`` (one short read
session), then ``CalendarFile.save`` writes it. A long file reports its progress through a plain
callback and stops when asked; it is written into a temporary file beside the target and renamed
over it only when complete. Each call opens its own session, so a worker thread may call it;
what it reads is in ``queries.py``, the office profile from ``services/office.py``.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import cached_property
from pathlib import Path
from typing import Any, cast

from sqlalchemy import CursorResult, delete
from sqlalchemy.orm import Session

from dialogue_app.domain.conferences import ConferenceKind, ConferenceStatus
from dialogue_app.domain.text import clean, fold
from dialogue_app.domain.timezone import VN_TZ
from dialogue_app.services.calendar_exchange import (
    busy_import,
    exports,
    file_names,
    ics_writer,
    queries,
)
from dialogue_app.services.calendar_exchange.email_message import calendar_email
from dialogue_app.services.calendar_exchange.ics_writer import (
    CalendarSpec,
    EventSpec,
    Method,
    Organizer,
    to_bytes,
)
from dialogue_app.services.clock import Clock
from dialogue_app.services.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from dialogue_app.services.files import (
    Cancelled,
    Progress,
    Steps,
    atomic_writer,
    write_atomically,
)
from dialogue_app.services.office import read_profile
from dialogue_app.store.conferences import office_uid_host
from dialogue_app.store.models import AuditEntry, BusyBlock, Official
from dialogue_app.store.unit_of_work import UnitOfWork

ICS_MEDIA_TYPE = "text/calendar"
EML_MEDIA_TYPE = "message/rfc822"
DEFAULT_HORIZON_PAST = timedelta(days=30)
DEFAULT_HORIZON_FUTURE = timedelta(days=366)


@dataclass(frozen=True)
class CalendarFile:
    """A file ready to be written: a suggested file name, what it holds, and either the calendar
    still to be written (``spec``, an .ics) or the finished bytes (``data``, an .eml)."""

    file_name: str
    media_type: str
    method: str
    event_count: int
    spec: CalendarSpec | None = None
    data: bytes | None = None

    @cached_property
    def content(self) -> bytes:
        """The whole file in memory (for standard output, e-mail, tests)."""
        if self.data is not None:
            return self.data
        assert self.spec is not None
        return to_bytes(self.spec)

    def save(
        self,
        path: str | os.PathLike[str],
        *,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> Path:
        """Write the file whole or not at all: into a temporary file in the target folder,
        renamed over ``path`` only when complete.

        ``progress(done, total)`` hears how far it got; once ``cancelled()`` is true it stops
        with ``ExportCancelled``. Either way, or on ``CannotSave`` (disk full, folder not
        writable), nothing is left behind and an existing file at ``path`` is untouched.
        """
        if self.spec is None:
            Steps(1, progress, cancelled)  # stops here if already cancelled
            written = write_atomically(path, self.content)
            if progress is not None:
                progress(1, 1)
            return written
        steps = Steps(2 * len(self.spec.events), progress, cancelled)
        with atomic_writer(path) as stream:
            ics_writer.write(self.spec, stream, steps)
            steps.check()  # a cancel during the last event still leaves nothing
        return Path(path)


@dataclass(frozen=True)
class OfficialChoice:
    id: int
    full_name: str
    position: str
    email: str | None

    @property
    def label(self) -> str:
        return f"{self.full_name} – {self.position}" if self.position else self.full_name


@dataclass(frozen=True)
class BusyImportSummary:
    """What an import did, for the person who asked for it."""

    official_id: int
    official_name: str
    source: str
    events_read: int
    blocks_imported: int
    blocks_replaced: int  # earlier blocks of the same file for the same official, removed
    skipped_free: int
    skipped_cancelled: int
    floating: int
    horizon_start: date
    horizon_end: date
    first: datetime | None  # local time of the earliest block
    last: datetime | None


class CalendarExchangeService:
    def __init__(self, uow: UnitOfWork, user_name: str | None = None, *, clock: Clock) -> None:
        self._clock = clock
        self._uow = uow
        self._user_name = user_name

    # --- one conference: invitation, update, cancellation --------------------------------------

    def invitation(self, conference_id: int, *, now: datetime | None = None) -> CalendarFile:
        """METHOD:REQUEST for a new or changed conference (its SEQUENCE tells which)."""
        spec, info = self._conference_message(conference_id, Method.REQUEST, now)
        name = _message_name(spec, info, ".ics", cancel=False)
        return CalendarFile(name, ICS_MEDIA_TYPE, "REQUEST", 1, spec)

    def cancellation(self, conference_id: int, *, now: datetime | None = None) -> CalendarFile:
        """METHOD:CANCEL with STATUS:CANCELLED and no reminder, for a cancelled conference."""
        spec, info = self._conference_message(conference_id, Method.CANCEL, now)
        name = _message_name(spec, info, ".ics", cancel=True)
        return CalendarFile(name, ICS_MEDIA_TYPE, "CANCEL", 1, spec)

    def invitation_email(
        self, conference_id: int, *, now: datetime | None = None, cancel: bool = False
    ) -> CalendarFile:
        """An .eml that Outlook opens as the meeting request (or its cancellation)."""
        return self.email_message(conference_id, now=now, cancel=cancel)[0]

    def email_message(
        self, conference_id: int, *, now: datetime | None = None, cancel: bool = False
    ) -> tuple[CalendarFile, EventSpec, Organizer]:
        """The .eml (see ``invitation_email``) with the event and organizer it carries, for
        sending it and recording who was sent which SEQUENCE."""
        method = Method.CANCEL if cancel else Method.REQUEST
        spec, info = self._conference_message(conference_id, method, now)
        ics = to_bytes(spec)
        event = spec.events[0]
        assert spec.organizer is not None
        if cancel:
            subject = f"Hủy: {event.summary}"
        elif event.sequence > 0:
            subject = f"Cập nhật giấy mời: {event.summary}"
        else:
            subject = f"Giấy mời: {event.summary}"
        body = "\n\n".join(p for p in (subject, info["when"], event.description or "") if p)
        content = calendar_email(
            ics=ics,
            method=method,
            subject=subject,
            body=body + "\n",
            sender=(spec.organizer.name, spec.organizer.email),
            recipients=[(a.name, a.email) for a in event.attendees],
            sent_at=spec.stamp,
        )
        name = _message_name(spec, info, ".eml", cancel=cancel)
        result = CalendarFile(name, EML_MEDIA_TYPE, method.value, 1, data=content)
        return result, event, spec.organizer

    def _conference_message(
        self, conference_id: int, method: Method, now: datetime | None
    ) -> tuple[CalendarSpec, dict[str, str]]:
        with self._uow.read() as session:
            office = read_profile(session)
            conference = queries.conference(session, conference_id)
            if conference is None:
                raise NotFound(
                    QT_TRANSLATE_NOOP("Messages", "There is no conference number %1."),
                    conference_id,
                )
            title = conference.title
            if office is None or not clean(office.organizer_email):
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "The office has no organizer e-mail address, so calendar programs would "
                        "not know whom to answer. Enter it in Settings → Office, then export "
                        "again.",
                    ),
                    "organizer_email",
                )
            if conference.starts_at is None or conference.ends_at is None:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "“%1” has no date and time yet. Set when it starts and ends first.",
                    ),
                    "starts_at",
                    title,
                )
            if conference.ends_at <= conference.starts_at:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Messages", "“%1” ends before it starts. Correct its times first."
                    ),
                    "ends_at",
                    title,
                )
            if method is Method.REQUEST and conference.status == ConferenceStatus.CANCELLED:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "“%1” is cancelled. Send the cancellation instead of an invitation.",
                    ),
                    "status",
                    title,
                )
            if method is Method.CANCEL and conference.status != ConferenceStatus.CANCELLED:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "“%1” is not cancelled. Cancel the conference first (so that calendars "
                        "see the change), then export the cancellation.",
                    ),
                    "status",
                    title,
                )
            organizer_email = clean(office.organizer_email) or ""
            attendees = exports.conference_attendees(conference, organizer_email)
            if not attendees:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "Nobody invited to “%1” has an e-mail address. Add the e-mail of a "
                        "chairing leader or an answering agency, or export the schedule instead.",
                    ),
                    "participants",
                    title,
                )
            reminder = office.reminder_minutes if method is Method.REQUEST else None
            event = exports.conference_event(
                conference, attendees=attendees, reminder_minutes=reminder, with_citizens=True
            )
            organizer = Organizer(organizer_email, office.organizer_name or office.name or None)
            start = conference.starts_at.astimezone(VN_TZ)
            end = conference.ends_at.astimezone(VN_TZ)
            when = f"{start:%H:%M}–{end:%H:%M}, {start:%d/%m/%Y}"
        spec = CalendarSpec(method, (event,), now or self._clock.now(), organizer)
        return spec, {"when": when, "day": start.date().isoformat(), "title": title}

    # --- published schedule ------------------------------------------------------------------

    def schedule(
        self,
        start: date | None = None,
        end: date | None = None,
        *,
        leader: str | None = None,
        leader_id: int | None = None,
        unit: str | None = None,
        unit_id: int | None = None,
        kind: ConferenceKind | None = None,
        include_cancelled: bool = False,
        include_reception_duties: bool = True,
        now: datetime | None = None,
    ) -> CalendarFile:
        """METHOD:PUBLISH of conferences and reception days in ``start``..``end`` (local days).

        ``leader`` and ``unit`` match names ignoring case and diacritics. Reception days are
        written as their actual dates, one VEVENT each, so days that moved around a holiday are
        right in every calendar.
        """
        if start and end and end < start:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Messages", "The end date is before the start date."), "end"
            )
        low, high = exports.local_day_bounds(start, end)
        events: list[EventSpec] = []
        with self._uow.read() as session:
            office = read_profile(session)
            email = clean(office.organizer_email) if office else None
            host = office_uid_host(session)
            reminder = office.reminder_minutes if office else None
            conferences = queries.schedule_conferences(
                session,
                low,
                high,
                kind=kind,
                unit_id=unit_id,
                leader_id=leader_id,
                include_cancelled=include_cancelled,
            )
            for conference in conferences:
                if not exports.matches(leader, exports.chair_names(conference)):
                    continue
                if unit and not exports.matches(
                    unit, [conference.unit.name if conference.unit else None]
                ):
                    continue
                events.append(exports.conference_event(conference, reminder_minutes=reminder))
            if include_reception_duties and kind in (None, ConferenceKind.RECEPTION):
                events += self._duty_events(
                    session, start, end, leader, leader_id, unit, unit_id, host, reminder
                )
            organizer = (
                Organizer(email, office.organizer_name or office.name) if office and email else None
            )
        events.sort(key=lambda e: (_sort_key(e.start), e.uid))
        spec = CalendarSpec(
            Method.PUBLISH,
            events,
            now or self._clock.now(),
            organizer,
            name=exports.LABELS["schedule_name"],
        )
        return CalendarFile(
            self.schedule_file_name(start, end), ICS_MEDIA_TYPE, "PUBLISH", len(events), spec
        )

    @staticmethod
    def schedule_file_name(start: date | None, end: date | None) -> str:
        """The file name ``schedule`` suggests, known before the export runs."""
        return file_names.range_name("lich-cong-tac", start, end)

    def _duty_events(
        self,
        session: Session,
        start: date | None,
        end: date | None,
        leader: str | None,
        leader_id: int | None,
        unit: str | None,
        unit_id: int | None,
        host: str,
        reminder: int | None,
    ) -> list[EventSpec]:
        duties = queries.reception_duties(session, start, end, leader_id=leader_id, unit_id=unit_id)
        schedules = queries.reception_schedules(
            session, {d.schedule_id for d in duties if d.schedule_id is not None}
        )
        result = []
        for duty in duties:
            names = [duty.official.full_name, duty.delegate.full_name if duty.delegate else None]
            if not exports.matches(leader, names):
                continue
            if unit and not exports.matches(
                unit, [duty.official.unit.name if duty.official.unit else None]
            ):
                continue
            schedule = schedules.get(duty.schedule_id) if duty.schedule_id else None
            result.append(exports.reception_duty_event(duty, schedule, host, reminder))
        return result

    # --- deadlines ---------------------------------------------------------------------------

    def deadlines(
        self,
        start: date | None = None,
        end: date | None = None,
        *,
        agency: str | None = None,
        agency_id: int | None = None,
        handler: str | None = None,
        reminder_days: int = 1,
        now: datetime | None = None,
    ) -> CalendarFile:
        """All-day entries on the deadlines of open cases (reminder at 09:00 ``reminder_days``
        before), and on the days accepted denunciations must be notified to the denunciator,
        while that is still to do. Denunciations show only their number, type and agency."""
        if start and end and end < start:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Messages", "The end date is before the start date."), "end"
            )
        if reminder_days < 0:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Messages", "The reminder cannot be after the deadline."),
                "reminder",
            )
        reminder = timedelta(days=reminder_days) - timedelta(hours=9) if reminder_days else None

        def in_range(day: date | None) -> bool:
            return (
                day is not None and (start is None or day >= start) and (end is None or day <= end)
            )

        events: list[EventSpec] = []
        with self._uow.read() as session:
            office = read_profile(session)
            email = clean(office.organizer_email) if office else None
            host = office_uid_host(session)
            for case in queries.open_cases_due(session, start, end, agency_id):
                if agency and not exports.matches(
                    agency, [case.agency.name, case.agency.short_name] if case.agency else []
                ):
                    continue
                if handler and not exports.matches(handler, [case.handler]):
                    continue
                if in_range(case.deadline):
                    events.append(exports.deadline_event(case, host, reminder))
                if case.notified_on is None and in_range(case.notify_deadline):
                    events.append(exports.notify_event(case, host, reminder))
            events.sort(key=lambda event: event.start)  # by day; stable: case order within it
            organizer = (
                Organizer(email, office.organizer_name or office.name) if office and email else None
            )
        spec = CalendarSpec(
            Method.PUBLISH,
            events,
            now or self._clock.now(),
            organizer,
            name=exports.LABELS["deadlines_name"],
        )
        return CalendarFile(
            self.deadlines_file_name(start, end), ICS_MEDIA_TYPE, "PUBLISH", len(events), spec
        )

    @staticmethod
    def deadlines_file_name(start: date | None, end: date | None) -> str:
        """The file name ``deadlines`` suggests, known before the export runs."""
        return file_names.range_name("han-giai-quyet", start, end)

    # --- busy times from a leader's own calendar ---------------------------------------------

    def officials(self) -> list[OfficialChoice]:
        """Active officials, by name, for choosing whose calendar is imported."""
        with self._uow.read() as session:
            rows = queries.active_officials(session)
            choices = [OfficialChoice(r.id, r.full_name, r.position or "", r.email) for r in rows]
        return sorted(choices, key=lambda c: (fold(c.full_name), c.id))

    def find_official(self, name: str) -> OfficialChoice:
        """The one official called ``name`` (ignoring case and diacritics; a unique part of the
        name is enough). Refuses, listing them, when none or several match."""
        key = fold(name)
        if not key:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Messages", "Give the official's name."), "person"
            )
        choices = self.officials()
        exact = [c for c in choices if fold(c.full_name) == key]
        found = exact or [c for c in choices if key in fold(c.full_name)]
        if not found:
            raise NotFound(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "No official is called “%1”. Check the spelling in the list of officials.",
                ),
                name,
            )
        if len(found) > 1:
            listed = "; ".join(c.label for c in found[:10])
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Messages", "Several officials match “%1”: %2. Give the full name."
                ),
                "person",
                name,
                listed,
            )
        return found[0]

    def import_busy_times(
        self,
        official_id: int,
        data: bytes,
        source: str,
        *,
        horizon_start: date | None = None,
        horizon_end: date | None = None,
    ) -> BusyImportSummary:
        """Store the busy times of ``data`` (an .ics file named ``source``) for one official.

        Re-importing the same file for the same official replaces its earlier busy times. One
        transaction: a broken file changes nothing.
        """
        today = self._clock.today()
        low = horizon_start or today - DEFAULT_HORIZON_PAST
        high = horizon_end or today + DEFAULT_HORIZON_FUTURE
        if high < low:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Messages", "The end of the period is before its start."),
                "horizon",
            )
        source = clean(Path(source).name) or "calendar.ics"
        parsed = busy_import.read_busy_times(data, low, high)
        imported_at = self._clock.now()
        with self._uow.begin() as session:
            official = session.get(Official, official_id)
            if official is None:
                raise NotFound(
                    QT_TRANSLATE_NOOP("Messages", "There is no official number %1."), official_id
                )
            deleted = session.execute(
                delete(BusyBlock).where(
                    BusyBlock.official_id == official_id, BusyBlock.source == source
                )
            )
            replaced = cast(CursorResult[Any], deleted).rowcount  # a DELETE's result has one
            session.add_all(
                BusyBlock(
                    official_id=official_id,
                    starts_at=block.start,
                    ends_at=block.end,
                    all_day=block.all_day,
                    summary=block.summary,
                    source=source,
                    source_uid=block.uid[:500] if block.uid else None,
                    imported_at=imported_at,
                )
                for block in parsed.busy
            )
            session.add(
                AuditEntry(
                    user_name=self._user_name,
                    action="busy_times_import",
                    entity="official",
                    entity_id=official_id,
                    detail=f"{source}: {len(parsed.busy)} busy times ({low}..{high}), "
                    f"{replaced or 0} replaced",
                )
            )
            name = official.full_name
        return BusyImportSummary(
            official_id=official_id,
            official_name=name,
            source=source,
            events_read=parsed.events_read,
            blocks_imported=len(parsed.busy),
            blocks_replaced=replaced or 0,
            skipped_free=parsed.skipped_free,
            skipped_cancelled=parsed.skipped_cancelled,
            floating=parsed.floating,
            horizon_start=low,
            horizon_end=high,
            first=parsed.busy[0].start.astimezone(VN_TZ) if parsed.busy else None,
            last=max(b.end for b in parsed.busy).astimezone(VN_TZ) if parsed.busy else None,
        )

    def import_busy_times_file(
        self, official_id: int, path: str | os.PathLike[str], **horizon: date | None
    ) -> BusyImportSummary:
        target = Path(path)
        try:
            data = target.read_bytes()
        except OSError as error:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Messages", "Cannot read “%1”: %2."),
                "file",
                target,
                error.strerror or error,
            ) from error
        return self.import_busy_times(official_id, data, target.name, **horizon)


def _sort_key(value: date | datetime) -> datetime:
    if isinstance(value, datetime):
        return value.astimezone(VN_TZ)
    return datetime.combine(value, datetime.min.time(), VN_TZ)


def _message_name(spec: CalendarSpec, info: dict[str, str], extension: str, *, cancel: bool) -> str:
    """``giay-moi-2026-12-15-hoi-nghi-doi-thoai.ics`` (an update: ``giay-moi-cap-nhat-…``; a
    cancellation: ``thong-bao-huy-…``)."""
    stem = file_names.message_stem(cancel=cancel, update=spec.events[0].sequence > 0)
    return file_names.file_name(stem, date.fromisoformat(info["day"]), info["title"], extension)


__all__ = [
    "BusyImportSummary",
    "CalendarExchangeService",
    "CalendarFile",
    "OfficialChoice",
    "write_atomically",
]
