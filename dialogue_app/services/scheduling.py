"""Planning conferences and reception sessions: create, edit, check conflicts, postpone, cancel,
hold and close them.

Conflicts are warnings, never refusals: saving over them needs a reason, which is recorded in
``ConflictOverride``. Every change of time, place or status raises ``Conference.sequence`` (the
calendar export relies on it). Two people saving the same conference: the second gets
``ConcurrentEdit`` and nothing of theirs is saved.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta

from sqlalchemy import and_, select
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.orm.exc import StaleDataError

from dialogue_app.domain.cases import CaseStatus, CaseType, Channel
from dialogue_app.domain.conferences import (
    CONFERENCE_TRANSITIONS,
    ConferenceKind,
    ConferenceStatus,
    ParticipantRole,
)
from dialogue_app.domain.scheduling import (
    ConflictKind,
    ConflictWarning,
    Interval,
    TimeProblem,
    WorkingHours,
    agenda_overrun,
    capacity_warning,
    find_free_slots,
    non_working_day_warnings,
    time_problem,
)
from dialogue_app.domain.text import clean
from dialogue_app.domain.timezone import VN_TZ, now_utc
from dialogue_app.domain.working_days import WorkingDayCalendar
from dialogue_app.services.cases import (
    CitizenInput,
    check_national_id,
    find_or_create_citizen,
)
from dialogue_app.services.clock import Clock
from dialogue_app.services.errors import (
    QT_TRANSLATE_NOOP,
    ConcurrentEdit,
    NotFound,
    ServiceError,
    ValidationError,
)
from dialogue_app.services.working_days import WorkingDayService
from dialogue_app.store.conferences import add_conference
from dialogue_app.store.models import (
    AdminUnit,
    Agency,
    AgendaItem,
    BusyBlock,
    Case,
    Citizen,
    Conference,
    ConferenceParticipant,
    ConflictOverride,
    Official,
    Venue,
)
from dialogue_app.store.unit_of_work import UnitOfWork

# Conferences that still occupy their leaders and venue. Postponed and cancelled ones do not.
BLOCKING_STATUSES = (
    ConferenceStatus.DRAFT,
    ConferenceStatus.SCHEDULED,
    ConferenceStatus.HELD,
    ConferenceStatus.CLOSED,
)
EDITABLE_STATUSES = frozenset(
    {ConferenceStatus.DRAFT, ConferenceStatus.SCHEDULED, ConferenceStatus.POSTPONED}
)


# --- values ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ParticipantData:
    """Someone taking part. Exactly one of official/agency/citizen, or a free ``name``.

    A citizen typed with an ID number or a commune (``national_id``, ``commune_id``) joins the
    citizen register when saved (``citizens.find_or_create_citizen``): the registered citizen
    with the same ID number, else a new citizen (a namesake in the commune is never taken for
    them); a name alone stays a free name.
    """

    role: ParticipantRole
    official_id: int | None = None
    agency_id: int | None = None
    citizen_id: int | None = None
    name: str | None = None
    email: str | None = None
    display: str = ""  # filled when read back: the name to show
    national_id: str | None = None
    commune_id: int | None = None


@dataclass(frozen=True)
class AgendaItemData:
    title: str
    minutes: int
    presenter: str | None = None


@dataclass(frozen=True)
class ConferenceDraft:
    """What the conference form holds; everything the user can type or choose."""

    kind: ConferenceKind
    title: str
    start: datetime  # aware
    end: datetime
    topic: str | None = None
    unit_id: int | None = None
    venue_id: int | None = None
    online_url: str | None = None
    notes: str | None = None
    participants: tuple[ParticipantData, ...] = ()
    agenda: tuple[AgendaItemData, ...] = ()

    @property
    def chair_ids(self) -> tuple[int, ...]:
        return tuple(
            p.official_id
            for p in self.participants
            if p.role is ParticipantRole.CHAIR and p.official_id is not None
        )

    @property
    def invited_count(self) -> int:
        """People expected in the room: every participant listed."""
        return len(self.participants)

    @property
    def agenda_overrun_minutes(self) -> int:
        """How many minutes the agenda runs over the conference (0 when it fits)."""
        if self.end <= self.start:
            return 0
        return agenda_overrun((a.minutes for a in self.agenda), self.start, self.end)


@dataclass(frozen=True)
class CaseLink:
    id: int
    case_type: CaseType
    summary: str
    status: CaseStatus


@dataclass(frozen=True)
class ConferenceDetail:
    """One conference with everything the dialog shows. ``version`` goes back with an update."""

    id: int
    uid: str
    sequence: int
    version: int
    status: ConferenceStatus
    status_reason: str | None
    draft: ConferenceDraft
    attendee_count: int | None
    organisations_present: str | None
    minutes_summary: str | None
    reception_schedule_id: int | None
    cases: tuple[CaseLink, ...] = ()
    overrides: tuple[str, ...] = ()  # reasons given for saving over warnings, oldest first

    @property
    def allowed_statuses(self) -> frozenset[ConferenceStatus]:
        return CONFERENCE_TRANSITIONS[self.status]


@dataclass(frozen=True)
class IssueRaised:
    """An issue citizens raised at a conference: it becomes a Case.

    Who raised it: ``citizens`` (chosen from the register or typed; see ``CitizenInput``),
    and, shorter, ``citizen_ids`` (chosen) and ``citizen_names`` (typed names alone). A typed
    person with the ID number of a registered citizen is that citizen (``citizens.match_key``);
    anyone else typed is a new citizen, the earlier case they repeat linked all the same.
    """

    case_type: CaseType
    summary: str
    citizen_names: tuple[str, ...] = ()
    citizen_ids: tuple[int, ...] = ()
    agency_id: int | None = None
    citizens: tuple[CitizenInput, ...] = ()
    field_id: int | None = None

    @property
    def people(self) -> tuple[CitizenInput, ...]:
        """Everyone who raised it, in one list."""
        return (
            tuple(CitizenInput("", citizen_id=i) for i in self.citizen_ids)
            + tuple(CitizenInput(n) for n in self.citizen_names if clean(n))
            + self.citizens
        )


@dataclass(frozen=True)
class HoldingRecord:
    attendee_count: int | None
    organisations_present: str | None = None
    minutes_summary: str | None = None
    issues: tuple[IssueRaised, ...] = field(default_factory=tuple)


class ConflictsNeedReason(ServiceError):
    """Saving would go over conflict warnings and no reason was given.

    The window translates the template and lists ``warnings`` in its own words; ``str(error)``
    (the command line, logs) spells the warnings out in English.
    """

    def __init__(self, warnings: Sequence[ConflictWarning]) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Messages", "This conference has conflicts. Give a reason to save it anyway."
            )
        )
        self.warnings = tuple(warnings)
        self.args = (
            "This conference has conflicts: "
            + " ".join(w.message for w in warnings)
            + " Give a reason to save it anyway.",
        )


# --- the service -------------------------------------------------------------------------------


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
            return _detail(session, _load(session, conference_id))

    # conflicts

    def check(
        self, draft: ConferenceDraft, conference_id: int | None = None
    ) -> list[ConflictWarning]:
        """The warnings for ``draft`` (live, while the user edits). Never raises for conflicts.

        Returns nothing while the times are unusable (the form shows that problem instead).
        """
        if draft.end <= draft.start:
            return []
        calendar = self._working_days.calendar()
        with self._uow.read() as session:
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
            _check_references(session, draft)
            draft = _with_registered_citizens(session, draft)
            warnings = conflicts_for(session, draft, calendar, exclude_id=None)
            reason = _reason_for(warnings, override_reason)
            row = Conference(kind=draft.kind, status=status, sequence=0)
            _apply(session, row, draft)
            add_conference(session, row)
            _record_override(session, row.id, warnings, reason, self._user_name)
            session.flush()
            return _detail(session, row)

    def update(
        self,
        conference_id: int,
        version: int,
        draft: ConferenceDraft,
        *,
        override_reason: str | None = None,
    ) -> ConferenceDetail:
        """Save edits to a conference the caller read at ``version``."""
        with self._uow.begin() as session:
            row = _load_for_change(session, conference_id, version)
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
            reason = _reason_for(warnings, override_reason)
            before = _place_and_time(row)
            _apply(session, row, draft)
            if _place_and_time(row) != before:
                row.sequence += 1
            _record_override(session, row.id, warnings, reason, self._user_name)
            _flush_guarded(session, row)
            return _detail(session, row)

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
            row = _load_for_change(session, conference_id, version)
            _transition(row, status)
            if status in (ConferenceStatus.POSTPONED, ConferenceStatus.CANCELLED):
                row.status_reason = reason
            _flush_guarded(session, row)
            return _detail(session, row)

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
            row = _load_for_change(session, conference_id, version)
            if row.status not in (ConferenceStatus.SCHEDULED, ConferenceStatus.POSTPONED):
                raise ValidationError(_CANNOT_POSTPONE[row.status])
            draft = _draft_of(row)
            draft = _validated(
                replace(draft, start=new_start, end=new_end),
                now=self._clock.now(),
            )
            calendar = self._working_days.calendar()
            warnings = conflicts_for(session, draft, calendar, exclude_id=row.id)
            override = _reason_for(warnings, override_reason)
            row.starts_at, row.ends_at = draft.start, draft.end
            row.status = ConferenceStatus.SCHEDULED
            row.status_reason = text
            row.sequence += 1
            _record_override(session, row.id, warnings, override, self._user_name)
            _flush_guarded(session, row)
            return _detail(session, row)

    def record_held(
        self, conference_id: int, version: int, record: HoldingRecord
    ) -> ConferenceDetail:
        """Record how a conference went; each issue raised becomes a Case linked to it.

        A scheduled conference becomes held; a held one may be completed again (new issues are
        added as new cases).
        """
        if record.attendee_count is not None and record.attendee_count < 0:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Messages", "The number of attendees cannot be negative."),
                "attendee_count",
            )
        for issue in record.issues:
            if not clean(issue.summary):
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Messages", "Every issue raised needs a short summary."),
                    "issues",
                )
        with self._uow.begin() as session:
            row = _load_for_change(session, conference_id, version)
            if row.status is ConferenceStatus.SCHEDULED:
                if row.starts_at > self._clock.now():
                    raise ValidationError(
                        QT_TRANSLATE_NOOP(
                            "Messages",
                            "This conference has not started yet; record it once it has taken "
                            "place.",
                        )
                    )
                _transition(row, ConferenceStatus.HELD)
            elif row.status is not ConferenceStatus.HELD:
                raise ValidationError(_CANNOT_RECORD[row.status])
            row.attendee_count = record.attendee_count
            row.organisations_present = clean(record.organisations_present)
            row.minutes_summary = clean(record.minutes_summary)
            row.updated_at = now_utc()
            create_cases_for_issues(session, row, record.issues, self._user_name)
            _flush_guarded(session, row)
            return _detail(session, row)

    def close(self, conference_id: int, version: int) -> ConferenceDetail:
        """Close a held conference: its record is complete."""
        return self.change_status(conference_id, version, ConferenceStatus.CLOSED)


# --- conflicts ---------------------------------------------------------------------------------


def conflicts_for(
    session: Session,
    draft: ConferenceDraft,
    calendar: WorkingDayCalendar,
    *,
    exclude_id: int | None,
) -> list[ConflictWarning]:
    """Every warning for ``draft``: booked leaders and venue, busy times, days off, capacity."""
    start, end = draft.start, draft.end
    warnings: list[ConflictWarning] = []
    overlapping = and_(
        Conference.starts_at < end,
        Conference.ends_at > start,
        Conference.status.in_([s.value for s in BLOCKING_STATUSES]),
    )
    if exclude_id is not None:
        overlapping = and_(overlapping, Conference.id != exclude_id)
    chair_ids = sorted(set(draft.chair_ids))
    if chair_ids:
        rows = session.execute(
            select(
                Official.full_name,
                Conference.id,
                Conference.title,
                Conference.starts_at,
                Conference.ends_at,
            )
            .select_from(ConferenceParticipant)
            .join(Conference, Conference.id == ConferenceParticipant.conference_id)
            .join(Official, Official.id == ConferenceParticipant.official_id)
            .where(
                ConferenceParticipant.official_id.in_(chair_ids),
                ConferenceParticipant.role == ParticipantRole.CHAIR.value,
                overlapping,
            )
            .order_by(Conference.starts_at, Conference.id)
        ).all()
        warnings += [
            ConflictWarning(ConflictKind.LEADER_BOOKED, name, cid, title, s, e)
            for name, cid, title, s, e in rows
        ]
        busy = session.execute(
            select(
                Official.full_name,
                BusyBlock.summary,
                BusyBlock.starts_at,
                BusyBlock.ends_at,
            )
            .join(Official, Official.id == BusyBlock.official_id)
            .where(
                BusyBlock.official_id.in_(chair_ids),
                BusyBlock.starts_at < end,
                BusyBlock.ends_at > start,
            )
            .order_by(BusyBlock.starts_at)
        ).all()
        warnings += [
            ConflictWarning(ConflictKind.LEADER_BUSY, name, None, summary, s, e)
            for name, summary, s, e in busy
        ]
    if draft.venue_id is not None:
        venue = session.get(Venue, draft.venue_id)
        if venue is not None:
            booked = session.execute(
                select(Conference.id, Conference.title, Conference.starts_at, Conference.ends_at)
                .where(Conference.venue_id == draft.venue_id, overlapping)
                .order_by(Conference.starts_at, Conference.id)
            ).all()
            warnings += [
                ConflictWarning(ConflictKind.VENUE_BOOKED, venue.name, cid, title, s, e)
                for cid, title, s, e in booked
            ]
            too_small = capacity_warning(venue.name, venue.capacity, draft.invited_count)
            if too_small:
                warnings.append(too_small)
    warnings += non_working_day_warnings(start, end, calendar)
    return warnings


def busy_intervals(
    session: Session,
    official_ids: Sequence[int],
    venue_id: int | None,
    start: datetime,
    end: datetime,
    exclude_id: int | None = None,
) -> list[Interval]:
    """When any of these leaders or the venue is taken between ``start`` and ``end``."""
    overlapping = and_(
        Conference.starts_at < end,
        Conference.ends_at > start,
        Conference.status.in_([s.value for s in BLOCKING_STATUSES]),
    )
    if exclude_id is not None:
        overlapping = and_(overlapping, Conference.id != exclude_id)
    spans: list[tuple[datetime, datetime]] = []
    if official_ids:
        spans += session.execute(
            select(Conference.starts_at, Conference.ends_at)
            .join(ConferenceParticipant, ConferenceParticipant.conference_id == Conference.id)
            .where(
                ConferenceParticipant.official_id.in_(list(official_ids)),
                ConferenceParticipant.role == ParticipantRole.CHAIR.value,
                overlapping,
            )
        ).all()
        spans += session.execute(
            select(BusyBlock.starts_at, BusyBlock.ends_at).where(
                BusyBlock.official_id.in_(list(official_ids)),
                BusyBlock.starts_at < end,
                BusyBlock.ends_at > start,
            )
        ).all()
    if venue_id is not None:
        spans += session.execute(
            select(Conference.starts_at, Conference.ends_at).where(
                Conference.venue_id == venue_id, overlapping
            )
        ).all()
    return [Interval(s, e) for s, e in spans]


# --- cases raised at a conference --------------------------------------------------------------


def create_cases_for_issues(
    session: Session,
    conference: Conference,
    issues: Sequence[IssueRaised],
    user_name: str | None = None,
) -> list[Case]:
    """Register each issue raised at ``conference`` as a received Case linked to it, the way
    the case register does (``cases.complete_registration``): its people found in the citizen
    register or added to it, the earlier case it repeats linked, its deadline, its timeline,
    its search index. The case's commune is the first of its citizens' communes."""
    from dialogue_app.services.cases import complete_registration, link_citizens

    channel = (
        Channel.CONFERENCE if conference.kind is ConferenceKind.DIALOGUE else Channel.RECEPTION
    )
    received_on = conference.starts_at.astimezone(VN_TZ).date()
    created = []
    for issue in issues:
        people = issue.people
        for person in people:
            if person.citizen_id is None:
                check_national_id(person)
        case = Case(
            received_on=received_on,
            channel=channel,
            conference_id=conference.id,
            case_type=CaseType(issue.case_type),
            summary=clean(issue.summary) or "",
            agency_id=issue.agency_id,
            field_id=issue.field_id,
            commune_id=next((p.commune_id for p in people if p.commune_id is not None), None),
            status=CaseStatus.RECEIVED,
            group_size=1,
            search_key="",
        )
        session.add(case)
        session.flush()
        link_citizens(session, case, people)
        if case.commune_id is None:
            case.commune_id = next(
                (c.citizen.unit_id for c in case.citizens if c.citizen.unit_id), None
            )
        case.group_size = max(1, len(case.citizens))
        complete_registration(session, case, people, None, user_name)
        created.append(case)
    session.flush()
    return created


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


def _reason_for(warnings: Sequence[ConflictWarning], reason: str | None) -> str | None:
    text = clean(reason)
    if warnings and not text:
        raise ConflictsNeedReason(warnings)
    return text if warnings else None


def _record_override(
    session: Session,
    conference_id: int,
    warnings: Sequence[ConflictWarning],
    reason: str | None,
    user_name: str | None,
) -> None:
    if warnings and reason:
        session.add(
            ConflictOverride(
                conference_id=conference_id,
                user_name=user_name,
                warnings="\n".join(w.message for w in warnings),
                reason=reason,
            )
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
    row.participants = [
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


# Refusals naming a status: one whole sentence per status, so that the status is translated
# with the rest (the status names are English words of the code). Keep them in step with
# CONFERENCE_TRANSITIONS.
_CANNOT_CHANGE = {
    ConferenceStatus.DRAFT: QT_TRANSLATE_NOOP(
        "Messages", "A draft conference can only be scheduled or cancelled."
    ),
    ConferenceStatus.SCHEDULED: QT_TRANSLATE_NOOP(
        "Messages", "A scheduled conference can only be held, postponed or cancelled."
    ),
    ConferenceStatus.POSTPONED: QT_TRANSLATE_NOOP(
        "Messages", "A postponed conference can only be scheduled again or cancelled."
    ),
    ConferenceStatus.HELD: QT_TRANSLATE_NOOP("Messages", "A held conference can only be closed."),
    ConferenceStatus.CLOSED: QT_TRANSLATE_NOOP(
        "Messages", "A closed conference can no longer change its status."
    ),
    ConferenceStatus.CANCELLED: QT_TRANSLATE_NOOP(
        "Messages", "A cancelled conference can no longer change its status."
    ),
}
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
_CANNOT_RECORD = {
    ConferenceStatus.DRAFT: QT_TRANSLATE_NOOP(
        "Messages",
        "Only a scheduled or held conference can be recorded (this one is a draft).",
    ),
    ConferenceStatus.POSTPONED: QT_TRANSLATE_NOOP(
        "Messages",
        "Only a scheduled or held conference can be recorded (this one is postponed).",
    ),
    ConferenceStatus.CLOSED: QT_TRANSLATE_NOOP(
        "Messages",
        "Only a scheduled or held conference can be recorded (this one is closed).",
    ),
    ConferenceStatus.CANCELLED: QT_TRANSLATE_NOOP(
        "Messages",
        "Only a scheduled or held conference can be recorded (this one is cancelled).",
    ),
}


def _transition(row: Conference, status: ConferenceStatus) -> None:
    if status not in CONFERENCE_TRANSITIONS[row.status]:
        raise ValidationError(_CANNOT_CHANGE[row.status])
    row.status = status
    row.sequence += 1
    row.updated_at = now_utc()


def _load(session: Session, conference_id: int) -> Conference:
    row = session.scalars(
        select(Conference)
        .where(Conference.id == conference_id)
        .options(
            selectinload(Conference.participants).selectinload(ConferenceParticipant.official),
            selectinload(Conference.participants).selectinload(ConferenceParticipant.agency),
            selectinload(Conference.participants).selectinload(ConferenceParticipant.citizen),
            selectinload(Conference.agenda_items),
        )
    ).first()
    if row is None:
        raise NotFound(
            QT_TRANSLATE_NOOP(
                "Messages", "This conference no longer exists; somebody may have deleted it."
            )
        )
    return row


_CONCURRENT = QT_TRANSLATE_NOOP(
    "Messages",
    "Somebody else changed this conference while you were editing it. Your changes were not "
    "saved; close the form, open the conference again and redo them.",
)


def _load_for_change(session: Session, conference_id: int, version: int) -> Conference:
    row = _load(session, conference_id)
    if row.version != version:
        raise ConcurrentEdit(_CONCURRENT)
    return row


def _flush_guarded(session: Session, row: Conference) -> None:
    try:
        session.flush()
    except StaleDataError as error:
        raise ConcurrentEdit(_CONCURRENT) from error


def _draft_of(row: Conference) -> ConferenceDraft:
    participants = []
    for p in row.participants:
        if p.official is not None:
            display = p.official.full_name
        elif p.agency is not None:
            display = p.agency.name
        elif p.citizen is not None:
            display = p.citizen.full_name
        else:
            display = p.name or ""
        participants.append(
            ParticipantData(
                p.role, p.official_id, p.agency_id, p.citizen_id, p.name, p.email, display
            )
        )
    return ConferenceDraft(
        kind=row.kind,
        title=row.title,
        start=row.starts_at.astimezone(VN_TZ),
        end=row.ends_at.astimezone(VN_TZ),
        topic=row.topic,
        unit_id=row.unit_id,
        venue_id=row.venue_id,
        online_url=row.online_url,
        notes=row.notes,
        participants=tuple(participants),
        agenda=tuple(
            AgendaItemData(a.title, a.duration_minutes, a.presenter) for a in row.agenda_items
        ),
    )


def _detail(session: Session, row: Conference) -> ConferenceDetail:
    cases = session.execute(
        select(Case.id, Case.case_type, Case.summary, Case.status)
        .where(Case.conference_id == row.id)
        .order_by(Case.id)
    ).all()
    overrides = session.scalars(
        select(ConflictOverride.reason)
        .where(ConflictOverride.conference_id == row.id)
        .order_by(ConflictOverride.id)
    ).all()
    return ConferenceDetail(
        id=row.id,
        uid=row.uid,
        sequence=row.sequence,
        version=row.version,
        status=row.status,
        status_reason=row.status_reason,
        draft=_draft_of(row),
        attendee_count=row.attendee_count,
        organisations_present=row.organisations_present,
        minutes_summary=row.minutes_summary,
        reception_schedule_id=row.reception_schedule_id,
        cases=tuple(CaseLink(*c) for c in cases),
        overrides=tuple(overrides),
    )
