"""Planning conferences and reception sessions: create, edit, check conflicts, postpone, cancel,
hold and close them (``ConferenceService``).

Conflicts are warnings, never refusals: saving over them needs a reason (``conflicts``). Every
change of time, place or status raises ``Conference.sequence`` (the calendar export relies on
it). Two people saving the same conference: the second gets ``ConcurrentEdit`` and nothing of
theirs is saved (``status``). Recording how a conference went is in ``holding``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import date, datetime, timedelta

from sqlalchemy.orm import Session

from dialogue_app.domain.conferences import ConferenceKind, ConferenceStatus, ParticipantRole
from dialogue_app.domain.roles import Permission, Role
from dialogue_app.domain.scheduling import (
    ConflictWarning,
    Interval,
    TimeProblem,
    WorkingHours,
    find_free_slots,
    time_problem,
)
from dialogue_app.domain.text import clean
from dialogue_app.domain.timezone import VN_TZ, now_utc
from dialogue_app.services.accounts import require, role_of
from dialogue_app.services.cases import (
    CitizenInput,
    check_national_id,
    find_or_create_citizen,
)
from dialogue_app.services.clock import Clock
from dialogue_app.services.conferences.attendance import (
    AttendanceSheet,
    attendance_sheet,
    set_attendance,
)
from dialogue_app.services.conferences.conflicts import (
    busy_intervals,
    conflicts_for,
    reason_for,
    record_override,
)
from dialogue_app.services.conferences.holding import check_record, record_holding
from dialogue_app.services.conferences.queries import (
    conference_detail,
    draft_of,
    load_conference,
)
from dialogue_app.services.conferences.status import (
    change_conference_status,
    flush_guarded,
    load_for_change,
)
from dialogue_app.services.conferences.timeline import (
    StepKind,
    TimelineEntry,
    log_step,
    participant_key,
    state_of,
    timeline,
    undo_last,
)
from dialogue_app.services.conferences.types import (
    AgendaItemData,
    ConferenceDetail,
    ConferenceDraft,
    HoldingRecord,
    ParticipantData,
)
from dialogue_app.services.errors import QT_TRANSLATE_NOOP, ValidationError
from dialogue_app.services.versions import check_version, stale_as_conflict
from dialogue_app.services.working_days import WorkingDayService, working_day_calendar
from dialogue_app.store.conferences import add_conference
from dialogue_app.store.models import (
    AdminUnit,
    Agency,
    AgendaItem,
    Citizen,
    Conference,
    ConferenceParticipant,
    Official,
    Venue,
)
from dialogue_app.store.unit_of_work import UnitOfWork

EDITABLE_STATUSES = frozenset(
    {ConferenceStatus.DRAFT, ConferenceStatus.SCHEDULED, ConferenceStatus.POSTPONED}
)
# Why a conference cannot be postponed, one whole sentence per status (as in status.py).
_CANNOT_POSTPONE = {
    ConferenceStatus.DRAFT: QT_TRANSLATE_NOOP(
        "Messages", "A draft conference cannot be postponed; schedule it first."
    ),
    ConferenceStatus.HELD: QT_TRANSLATE_NOOP(
        "Messages", "A conference that has been held cannot be postponed."
    ),
    ConferenceStatus.CLOSED: QT_TRANSLATE_NOOP(
        "Messages", "A closed conference cannot be postponed."
    ),
    ConferenceStatus.CANCELLED: QT_TRANSLATE_NOOP(
        "Messages", "A cancelled conference cannot be postponed."
    ),
}


class ConferenceService:
    """Use cases of planning, holding and closing conferences."""

    def __init__(
        self,
        uow: UnitOfWork,
        *,
        user_name: str | None = None,
        clock: Clock,
    ) -> None:
        self._uow = uow
        self._user_name = user_name
        self._clock = clock
        self._working_days = WorkingDayService(uow)

    # reading

    def get(self, conference_id: int) -> ConferenceDetail:
        with self._uow.read() as session:
            return conference_detail(session, load_conference(session, conference_id))

    # conflicts

    def check(
        self, draft: ConferenceDraft, conference_id: int | None = None
    ) -> list[ConflictWarning]:
        """The warnings for ``draft`` (live, while the user edits). Never raises for conflicts.

        Returns nothing while the times are unusable (the form shows that problem instead).
        """
        if draft.end <= draft.start:
            return []
        with self._uow.read() as session:  # one read: the calendar and the bookings
            calendar = working_day_calendar(session)
            return conflicts_for(session, draft, calendar, exclude_id=conference_id)

    def find_slots(
        self,
        official_ids: Sequence[int],
        venue_id: int | None,
        duration: timedelta,
        first_day: date,
        last_day: date,
        *,
        hours: WorkingHours = WorkingHours(),  # noqa: B008  # frozen value
        limit: int = 10,
        exclude_id: int | None = None,
    ) -> list[Interval]:
        """The earliest free slots for these leaders and venue (Outlook's scheduling assistant).

        Busy: their other conferences (not postponed or cancelled) and imported busy times.
        Non-working days are skipped; nothing before now is offered.
        """
        if last_day < first_day:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Messages", "The last day is before the first day."), "last_day"
            )
        if duration <= timedelta(0):
            raise ValidationError(
                QT_TRANSLATE_NOOP("Messages", "The duration must be longer than zero."),
                "duration",
            )
        start = datetime.combine(first_day, datetime.min.time(), tzinfo=VN_TZ)
        end = datetime.combine(last_day + timedelta(days=1), datetime.min.time(), tzinfo=VN_TZ)
        calendar = self._working_days.calendar()
        with self._uow.read() as session:
            busy = busy_intervals(session, official_ids, venue_id, start, end, exclude_id)
        return find_free_slots(
            busy,
            first_day=first_day,
            last_day=last_day,
            duration=duration,
            calendar=calendar,
            hours=hours,
            limit=limit,
            not_before=self._clock.now(),
        )

    # changing

    def create(
        self,
        draft: ConferenceDraft,
        *,
        status: ConferenceStatus = ConferenceStatus.SCHEDULED,
        override_reason: str | None = None,
    ) -> ConferenceDetail:
        """Save a new conference (draft or scheduled). Refuses a start in the past."""
        if status not in (ConferenceStatus.DRAFT, ConferenceStatus.SCHEDULED):
            raise ValidationError(
                QT_TRANSLATE_NOOP("Messages", "A new conference is either a draft or scheduled.")
            )
        draft = _validated(draft, now=self._clock.now())
        calendar = self._working_days.calendar()
        with self._uow.begin() as session:
            require(session, self._user_name, Permission.EDIT_RECORDS)
            _check_references(session, draft)
            draft = _with_registered_citizens(session, draft)
            warnings = conflicts_for(session, draft, calendar, exclude_id=None)
            reason = reason_for(warnings, override_reason)
            row = Conference(kind=draft.kind, status=status, sequence=0)
            _apply(session, row, draft)
            add_conference(session, row)
            record_override(session, row.id, warnings, reason, self._user_name)
            log_step(session, row, StepKind.CREATED, self._user_name, before=None)
            return conference_detail(session, row)

    def update(
        self,
        conference_id: int,
        version: int,
        draft: ConferenceDraft,
        *,
        override_reason: str | None = None,
    ) -> ConferenceDetail:
        """Save edits to a conference the caller read at ``version``. Somebody else saved it
        meanwhile: ``EditConflict`` carrying their ``ConferenceDetail`` (the form shows theirs
        beside the person's and lets them choose)."""
        with stale_as_conflict(lambda: self.get(conference_id)), self._uow.begin() as session:
            require(session, self._user_name, Permission.EDIT_RECORDS)
            row = load_conference(session, conference_id)
            check_version(row.version, version, lambda: conference_detail(session, row))
            if row.status not in EDITABLE_STATUSES:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "A conference that has been held, closed or cancelled can no longer be "
                        "rescheduled; record its outcome instead.",
                    )
                )
            moved = draft.start != row.starts_at or draft.end != row.ends_at
            draft = _validated(draft, now=self._clock.now() if moved else None)
            _check_references(session, draft)
            draft = _with_registered_citizens(session, draft)
            calendar = self._working_days.calendar()
            warnings = conflicts_for(session, draft, calendar, exclude_id=row.id)
            reason = reason_for(warnings, override_reason)
            before = _place_and_time(row)
            undo_state = state_of(row)
            _apply(session, row, draft)
            if _place_and_time(row) != before:
                row.sequence += 1
            record_override(session, row.id, warnings, reason, self._user_name)
            session.flush()  # a save in between: StaleDataError, theirs read afresh
            log_step(session, row, StepKind.EDITED, self._user_name, before=undo_state)
            return conference_detail(session, row)

    def change_status(
        self,
        conference_id: int,
        version: int,
        status: ConferenceStatus,
        reason: str | None = None,
    ) -> ConferenceDetail:
        """Move a conference along draft → scheduled → held → closed, or postpone/cancel it.

        Postponing and cancelling need a reason (it goes to the citizens and agencies invited).
        """
        status = ConferenceStatus(status)
        reason = clean(reason)
        if status in (ConferenceStatus.POSTPONED, ConferenceStatus.CANCELLED) and not reason:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Say why the conference is postponed or cancelled; the invited people will "
                    "be told.",
                ),
                "reason",
            )
        with self._uow.begin() as session:
            require(session, self._user_name, Permission.EDIT_RECORDS)
            row = load_for_change(session, conference_id, version)
            undo_state, before = state_of(row), row.status
            change_conference_status(row, status)
            if status in (ConferenceStatus.POSTPONED, ConferenceStatus.CANCELLED):
                row.status_reason = reason
            flush_guarded(session, row)
            log_step(
                session,
                row,
                StepKind.STATUS,
                self._user_name,
                before=undo_state,
                from_status=before,
                note=reason,
            )
            return conference_detail(session, row)

    def cancel(self, conference_id: int, version: int, reason: str) -> ConferenceDetail:
        return self.change_status(conference_id, version, ConferenceStatus.CANCELLED, reason)

    def postpone(
        self,
        conference_id: int,
        version: int,
        reason: str,
        new_start: datetime | None = None,
        new_end: datetime | None = None,
        *,
        override_reason: str | None = None,
    ) -> ConferenceDetail:
        """Postpone a conference, to no date yet (status postponed) or to a new time.

        With a new time the conference is scheduled again there, the reason kept; the new time
        is checked like any other (no past, conflicts need a reason).
        """
        if new_start is None or new_end is None:
            return self.change_status(conference_id, version, ConferenceStatus.POSTPONED, reason)
        text = clean(reason)
        if not text:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Messages", "Say why the conference is postponed."), "reason"
            )
        with self._uow.begin() as session:
            require(session, self._user_name, Permission.EDIT_RECORDS)
            row = load_for_change(session, conference_id, version)
            if row.status not in (ConferenceStatus.SCHEDULED, ConferenceStatus.POSTPONED):
                raise ValidationError(_CANNOT_POSTPONE[row.status])
            draft = draft_of(row)
            draft = _validated(
                replace(draft, start=new_start, end=new_end),
                now=self._clock.now(),
            )
            calendar = self._working_days.calendar()
            warnings = conflicts_for(session, draft, calendar, exclude_id=row.id)
            override = reason_for(warnings, override_reason)
            undo_state, before = state_of(row), row.status
            row.starts_at, row.ends_at = draft.start, draft.end
            row.status = ConferenceStatus.SCHEDULED
            row.status_reason = text
            row.sequence += 1
            record_override(session, row.id, warnings, override, self._user_name)
            flush_guarded(session, row)
            log_step(
                session,
                row,
                StepKind.STATUS,
                self._user_name,
                before=undo_state,
                from_status=before,
                note=text,
            )
            return conference_detail(session, row)

    def record_held(
        self, conference_id: int, version: int, record: HoldingRecord
    ) -> ConferenceDetail:
        """Record how a conference went; each issue raised becomes a Case linked to it.

        A scheduled conference becomes held; a held one may be completed again (new issues are
        added as new cases).
        """
        check_record(record)
        with self._uow.begin() as session:
            require(session, self._user_name, Permission.EDIT_RECORDS)
            row = load_for_change(session, conference_id, version)
            before = row.status
            record_holding(session, row, record, now=self._clock.now(), user_name=self._user_name)
            flush_guarded(session, row)
            # not undoable: the issues raised became cases, with their own timelines
            log_step(session, row, StepKind.HELD, self._user_name, before=None, from_status=before)
            return conference_detail(session, row)

    def close(self, conference_id: int, version: int) -> ConferenceDetail:
        """Close a held conference: its record is complete."""
        return self.change_status(conference_id, version, ConferenceStatus.CLOSED)

    # reopening, the timeline and undo (issue 18)

    def reopen(self, conference_id: int, version: int, reason: str) -> ConferenceDetail:
        """Reopen a closed conference (it becomes held: its outcome can be completed) or a held
        one (it becomes scheduled: its plan can be corrected). Only a head (or the
        administrator, the one user of a desk database) may, giving a reason, which the
        conference's timeline records."""
        text = clean(reason)
        if not text:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Say why the conference is reopened; the reason is recorded in its "
                    "timeline. Nothing was changed.",
                ),
                "reason",
            )
        with self._uow.begin() as session:
            require(session, self._user_name, Permission.EDIT_RECORDS)
            if role_of(session, self._user_name) not in (Role.HEAD, Role.ADMIN):
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "Only a head of the office can reopen a held or closed conference.",
                    )
                )
            row = load_for_change(session, conference_id, version)
            before = row.status
            if before not in _REOPENED_AS:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Messages", "Only a held or closed conference can be reopened."
                    )
                )
            undo_state = state_of(row)
            row.status = _REOPENED_AS[before]  # back one step, outside the forward moves
            row.sequence += 1
            row.updated_at = now_utc()
            flush_guarded(session, row)
            log_step(
                session,
                row,
                StepKind.REOPENED,
                self._user_name,
                before=undo_state,
                from_status=before,
                note=text,
            )
            return conference_detail(session, row)

    def timeline(self, conference_id: int) -> list[TimelineEntry]:
        """The conference's steps, oldest first; the last says whether it can be undone."""
        with self._uow.read() as session:
            load_conference(session, conference_id)
            return timeline(session, conference_id, self._user_name)

    def undo(self, conference_id: int, event_id: int) -> ConferenceDetail:
        """Undo step ``event_id``, the conference's last change (see ``timeline``)."""
        with self._uow.begin() as session:
            require(session, self._user_name, Permission.EDIT_RECORDS)
            row = load_conference(session, conference_id)
            undo_last(session, row, event_id, self._user_name)
            flush_guarded(session, row)
            return conference_detail(session, row)

    # attendance (issue 18)

    def set_attendance(self, conference_id: int, ticks: Mapping[int, bool]) -> ConferenceDetail:
        """Tick who came (participant id -> came); refused on a cancelled conference."""
        with self._uow.begin() as session:
            require(session, self._user_name, Permission.EDIT_RECORDS)
            row = load_conference(session, conference_id)
            set_attendance(row, ticks)
            session.flush()
            return conference_detail(session, row)

    def attendance_sheet(self, conference_id: int) -> AttendanceSheet:
        """Who was invited and who came, for the printed attendance list."""
        with self._uow.read() as session:
            return attendance_sheet(session, load_conference(session, conference_id))


# a head reopening a conference takes it one step back
_REOPENED_AS = {
    ConferenceStatus.CLOSED: ConferenceStatus.HELD,
    ConferenceStatus.HELD: ConferenceStatus.SCHEDULED,
}


# --- helpers -----------------------------------------------------------------------------------


def _validated(draft: ConferenceDraft, *, now: datetime | None) -> ConferenceDraft:
    title = clean(draft.title)
    if not title:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "Give the conference a title."), "title"
        )
    if draft.start.tzinfo is None or draft.end.tzinfo is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "The start and end need a time zone."), "start"
        )
    problem = time_problem(draft.start, draft.end, now=now)
    if problem is TimeProblem.END_BEFORE_START:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "The conference ends before it starts; check the times."),
            "end",
        )
    if problem is TimeProblem.ZERO_LENGTH:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "The conference starts and ends at the same time."),
            "end",
        )
    if problem is TimeProblem.IN_THE_PAST:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "The start is in the past. Choose a time from now on, or record a past session "
                "from its reception day.",
            ),
            "start",
        )
    agenda = []
    for item in draft.agenda:
        item_title = clean(item.title)
        if not item_title:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Messages", "Every agenda item needs a title."), "agenda"
            )
        if item.minutes < 0:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Messages", "An agenda item cannot last less than zero minutes."),
                "agenda",
            )
        agenda.append(AgendaItemData(item_title, item.minutes, clean(item.presenter)))
    participants = []
    for p in draft.participants:
        unregistered = p.official_id is None and p.agency_id is None and p.citizen_id is None
        if unregistered and not clean(p.name):
            raise ValidationError(
                QT_TRANSLATE_NOOP("Messages", "A participant needs a name."), "participants"
            )
        if unregistered:
            check_national_id(CitizenInput(p.name or "", p.national_id))
        participants.append(
            ParticipantData(
                ParticipantRole(p.role),
                p.official_id,
                p.agency_id,
                p.citizen_id,
                clean(p.name),
                clean(p.email),
                national_id=clean(p.national_id) if unregistered else None,
                commune_id=p.commune_id if unregistered else None,
            )
        )
    return ConferenceDraft(
        kind=ConferenceKind(draft.kind),
        title=title,
        start=draft.start,
        end=draft.end,
        topic=clean(draft.topic),
        unit_id=draft.unit_id,
        venue_id=draft.venue_id,
        online_url=clean(draft.online_url),
        notes=(draft.notes or "").strip() or None,
        participants=tuple(participants),
        agenda=tuple(agenda),
    )


def _check_references(session: Session, draft: ConferenceDraft) -> None:
    """Refuse leaders, agencies, venues or citizens deleted since the form was filled in."""
    if draft.venue_id is not None and session.get(Venue, draft.venue_id) is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Messages", "The venue chosen was removed meanwhile. Choose another venue."
            ),
            "venue",
        )
    if draft.unit_id is not None and session.get(AdminUnit, draft.unit_id) is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Messages", "The unit chosen was removed meanwhile. Choose it again."
            ),
            "unit",
        )
    for p in draft.participants:
        if p.official_id is not None and session.get(Official, p.official_id) is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "A leader chosen was removed from the register meanwhile. Choose again.",
                ),
                "participants",
            )
        if p.agency_id is not None and session.get(Agency, p.agency_id) is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Messages", "An agency chosen was removed meanwhile. Choose again."
                ),
                "participants",
            )
        if p.citizen_id is not None and session.get(Citizen, p.citizen_id) is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Messages", "A citizen chosen was removed meanwhile. Choose again."
                ),
                "participants",
            )


def _apply(session: Session, row: Conference, draft: ConferenceDraft) -> None:
    row.kind = draft.kind
    row.title = draft.title
    row.topic = draft.topic
    row.unit_id = draft.unit_id
    row.venue_id = draft.venue_id
    row.starts_at = draft.start
    row.ends_at = draft.end
    row.online_url = draft.online_url
    row.notes = draft.notes
    # make the parent row dirty even when only participants or agenda change, so the version
    # check (optimistic lock) guards those edits as well
    row.updated_at = now_utc()
    came = {participant_key(p) for p in row.participants if p.attended}
    people = [
        ConferenceParticipant(
            role=p.role,
            official_id=p.official_id,
            agency_id=p.agency_id,
            citizen_id=p.citizen_id,
            name=p.name,
            email=p.email,
        )
        for p in draft.participants
    ]
    for person in people:  # the rows are rewritten; who came stays ticked
        person.attended = participant_key(person) in came
    row.participants = people
    row.agenda_items = [
        AgendaItem(position=n, title=a.title, duration_minutes=a.minutes, presenter=a.presenter)
        for n, a in enumerate(draft.agenda)
    ]


def _with_registered_citizens(session: Session, draft: ConferenceDraft) -> ConferenceDraft:
    return replace(
        draft, participants=tuple(_registered_participant(session, p) for p in draft.participants)
    )


def _registered_participant(session: Session, p: ParticipantData) -> ParticipantData:
    """A citizen typed with an ID number or a commune, as a citizen of the register (the one
    with that ID number, else added to the register); anyone else as given."""
    if p.citizen_id is not None or p.official_id is not None or p.agency_id is not None:
        return p
    if not (p.national_id or p.commune_id is not None):
        return p
    citizen = find_or_create_citizen(
        session, CitizenInput(p.name or "", p.national_id, commune_id=p.commune_id)
    )
    return replace(p, citizen_id=citizen.id, name=None, national_id=None, commune_id=None)


def _place_and_time(row: Conference) -> tuple[object, ...]:
    return (row.starts_at, row.ends_at, row.venue_id, row.online_url, row.status)
