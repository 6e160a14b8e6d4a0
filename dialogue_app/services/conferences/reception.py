"""Reception schedules and duties: leaders' standing rules turned into dated reception days,
each required day marked held, delegated or missed, and who is behind their quota.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from dialogue_app.domain.calendar_days import DutyPeriod, DutyStatus
from dialogue_app.domain.conferences import (
    CONFERENCE_TRANSITIONS,
    ConferenceKind,
    ConferenceStatus,
    ParticipantRole,
)
from dialogue_app.domain.reception_rules import (
    DEFAULT_QUOTAS,
    DutyCount,
    ReceptionRule,
    RuleError,
    count_duties,
    period_bounds,
)
from dialogue_app.domain.text import clean
from dialogue_app.domain.timezone import VN_TZ, now_utc
from dialogue_app.domain.working_days import WorkingDayCalendar
from dialogue_app.services.clock import Clock
from dialogue_app.services.conferences.planning import change_conference_status
from dialogue_app.services.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from dialogue_app.services.working_days import WorkingDayService
from dialogue_app.store.conferences import add_conference
from dialogue_app.store.models import (
    Case,
    Conference,
    ConferenceParticipant,
    DutyQuota,
    Official,
    ReceptionDuty,
    ReceptionSchedule,
    Venue,
)
from dialogue_app.store.unit_of_work import UnitOfWork

# The title of a generated reception day (stored data, in the office's language).
RECEPTION_TITLE = "Tiếp công dân định kỳ: {name}"
# Why a planned reception session was cancelled by a stop or an edit of its schedule (stored
# data, in the office's language; it goes into the cancellation sent to the invitees).
STOPPED_REASON = "Lịch tiếp công dân ngừng áp dụng"
CHANGED_REASON = "Lịch tiếp công dân đã thay đổi"


@dataclass(frozen=True)
class QuotaData:
    id: int
    code: str
    name: str
    days: int
    period: DutyPeriod
    legal_source: str


@dataclass(frozen=True)
class ScheduleData:
    id: int
    official_id: int
    official_name: str
    rule: ReceptionRule
    description: str | None
    start_time: time
    end_time: time
    venue_id: int | None
    valid_from: date
    valid_to: date | None
    active: bool
    venue_name: str | None = None
    planned_until: date | None = None  # the last reception day generated from it

    @property
    def stopped_from(self) -> date | None:
        """The first day without reception of a stopped schedule (None while it is in force)."""
        if self.active or self.valid_to is None:
            return None
        return self.valid_to + timedelta(days=1)


@dataclass(frozen=True)
class ScheduleChange:
    """What an office edits in a schedule: the leader, the rule, the times, the venue."""

    official_id: int
    rule: ReceptionRule
    valid_from: date
    start_time: time = time(7, 30)
    end_time: time = time(11, 30)
    venue_id: int | None = None
    description: str | None = None


@dataclass(frozen=True)
class ReplanResult:
    """What an edit, a stop or a resumption did to the schedule's reception days.

    ``removed`` are days no longer required of the leader; ``cancelled`` those of them whose
    session is now cancelled (kept with its calendar UID, so that the office can send the
    cancellation to whoever was invited). ``kept`` are days not yet marked that were left as
    they were because someone already handled their session by hand (postponed, cancelled,
    held, or a case recorded at it).
    """

    schedule: ScheduleData
    created: tuple[date, ...] = ()
    updated: tuple[date, ...] = ()
    removed: tuple[date, ...] = ()
    kept: tuple[date, ...] = ()
    cancelled: tuple[date, ...] = ()


@dataclass(frozen=True)
class DutyData:
    id: int
    official_id: int
    official_name: str
    day: date
    status: DutyStatus
    delegate_id: int | None
    delegate_name: str | None
    reason: str | None
    conference_id: int | None


@dataclass(frozen=True)
class GenerationResult:
    created: tuple[date, ...]
    already_there: tuple[date, ...]


@dataclass(frozen=True)
class ComplianceRow:
    """How one leader stands against their quota in the period containing the reference day."""

    official_id: int
    official_name: str
    position: str
    quota_name: str
    period: DutyPeriod
    period_start: date
    period_end: date
    count: DutyCount


class ReceptionService:
    def __init__(self, uow: UnitOfWork, *, clock: Clock) -> None:
        self._uow = uow
        self._today = clock.today
        self._working_days = WorkingDayService(uow)

    def today(self) -> date:
        """The day the service counts from (the office's local date)."""
        return self._today()

    # quotas

    def ensure_default_quotas(self) -> list[QuotaData]:
        """Insert the statutory quotas (DESIGN §3) that are missing; return all quotas."""
        with self._uow.begin() as session:
            ensure_default_quotas(session)
        return self.quotas()

    def quotas(self) -> list[QuotaData]:
        with self._uow.read() as session:
            return [
                QuotaData(q.id, q.code, q.name, q.days, q.period, q.legal_source)
                for q in session.scalars(select(DutyQuota).order_by(DutyQuota.id))
            ]

    def assign_quota(self, official_id: int, quota_id: int | None) -> None:
        with self._uow.begin() as session:
            official = _official(session, official_id)
            if quota_id is not None and session.get(DutyQuota, quota_id) is None:
                raise NotFound(QT_TRANSLATE_NOOP("Messages", "This duty quota no longer exists."))
            official.duty_quota_id = quota_id

    # schedules

    def schedules(self, official_id: int | None = None) -> list[ScheduleData]:
        """Every schedule, those in force first, each with the last day planned from it."""
        query = select(ReceptionSchedule).order_by(
            ReceptionSchedule.active.desc(), ReceptionSchedule.id
        )
        if official_id is not None:
            query = query.where(ReceptionSchedule.official_id == official_id)
        with self._uow.read() as session:
            planned = dict(
                session.execute(
                    select(ReceptionDuty.schedule_id, func.max(ReceptionDuty.day))
                    .where(ReceptionDuty.schedule_id.is_not(None))
                    .group_by(ReceptionDuty.schedule_id)
                ).all()
            )
            return [_schedule_data(row, planned.get(row.id)) for row in session.scalars(query)]

    def schedule(self, schedule_id: int) -> ScheduleData:
        with self._uow.read() as session:
            row = _schedule(session, schedule_id)
            return _schedule_data(row, _planned_until(session, row.id))

    def add_schedule(
        self,
        official_id: int,
        rule: ReceptionRule,
        *,
        valid_from: date,
        valid_to: date | None = None,
        start_time: time = time(7, 30),
        end_time: time = time(11, 30),
        venue_id: int | None = None,
        description: str | None = None,
    ) -> ScheduleData:
        """Give a leader a standing reception rule (it generates nothing until ``generate``)."""
        rule = _checked_rule(rule, start_time, end_time)
        if valid_to is not None and valid_to < valid_from:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Messages", "The schedule ends before it begins."), "valid_to"
            )
        with self._uow.begin() as session:
            _official(session, official_id)
            _check_venue(session, venue_id)
            row = ReceptionSchedule(
                official_id=official_id,
                rule=rule.to_json(),
                description=clean(description),
                start_time=start_time.strftime("%H:%M"),
                end_time=end_time.strftime("%H:%M"),
                venue_id=venue_id,
                valid_from=valid_from,
                valid_to=valid_to,
                active=True,
            )
            session.add(row)
            session.flush()
            return _schedule_data(row)

    def generate(self, schedule_id: int, first: date, last: date) -> GenerationResult:
        """Create the reception days of a schedule between ``first`` and ``last``.

        Each day becomes a scheduled reception session chaired by the leader, plus a pending
        duty. Days that already have a duty for that leader are left alone, so running it twice
        changes nothing.
        """
        if last < first:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Messages", "The last day is before the first day."), "last"
            )
        calendar = self._working_days.calendar()
        with self._uow.begin() as session:
            schedule = _schedule(session, schedule_id)
            return generate_reception_days(session, schedule, first, last, calendar)

    def update_schedule(
        self,
        schedule_id: int,
        change: ScheduleChange,
        *,
        apply_from: date | None = None,
        plan_until: date | None = None,
    ) -> ReplanResult:
        """Save an edited schedule; its reception days from ``apply_from`` (default today)
        follow the change.

        Days not yet marked from then on are moved, re-timed or removed (their sessions
        cancelled, not deleted) and new ones planned up to ``plan_until`` (at least as far as
        days were planned before). Days already held, delegated or missed, and days before
        ``apply_from``, are never changed.
        """
        today = self._today()
        apply_from = apply_from or today
        if apply_from < today:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "A change can only apply from today on; reception days already past stay "
                    "as they were.",
                ),
                "apply_from",
            )
        rule = _checked_rule(change.rule, change.start_time, change.end_time)
        calendar = self._working_days.calendar()
        with self._uow.begin() as session:
            schedule = _schedule(session, schedule_id)
            if schedule.valid_to is not None and schedule.valid_to < change.valid_from:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "The schedule would begin after its last day (%1); choose an earlier "
                        "first day.",
                    ),
                    "valid_from",
                    f"{schedule.valid_to:%d/%m/%Y}",
                )
            _official(session, change.official_id)
            _check_venue(session, change.venue_id)
            old_description = schedule.description
            schedule.official_id = change.official_id
            schedule.rule = rule.to_json()
            schedule.start_time = change.start_time.strftime("%H:%M")
            schedule.end_time = change.end_time.strftime("%H:%M")
            schedule.venue_id = change.venue_id
            schedule.valid_from = change.valid_from
            schedule.description = clean(change.description)
            session.flush()
            session.expire(schedule, ["official", "venue"])
            return replan_reception_days(
                session,
                schedule,
                apply_from,
                plan_until,
                calendar,
                old_description,
                cancel_reason=CHANGED_REASON,
            )

    def stop_schedule(self, schedule_id: int, stop_from: date) -> ReplanResult:
        """Stop a schedule from ``stop_from`` on: no reception day of it on or after that day.

        ``stop_from`` is today at the earliest: a reception day already past is a duty to mark,
        not one to take back. The days not yet marked from then on are no longer required; their
        sessions are cancelled (not deleted), so the cancellation can be sent to the invitees.
        Days already held, delegated or missed stay, as does everything before.
        """
        if stop_from < self._today():
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "A schedule can only be stopped from today on; reception days already past "
                    "stay to be marked held, delegated or missed.",
                ),
                "stop_from",
            )
        calendar = self._working_days.calendar()
        with self._uow.begin() as session:
            schedule = _schedule(session, schedule_id)
            if not schedule.active:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "This reception schedule is already stopped. Resume it first if the "
                        "date should change.",
                    )
                )
            last = stop_from - timedelta(days=1)
            schedule.valid_to = min(schedule.valid_to, last) if schedule.valid_to else last
            schedule.active = False
            session.flush()
            return replan_reception_days(
                session, schedule, stop_from, None, calendar, cancel_reason=STOPPED_REASON
            )

    def resume_schedule(self, schedule_id: int, plan_until: date) -> ReplanResult:
        """Put a stopped schedule back in force and plan its days up to ``plan_until``.

        It applies again from the day it was stopped or from today, whichever is later; the
        days of the time it was stopped are not planned after the fact.
        """
        calendar = self._working_days.calendar()
        with self._uow.begin() as session:
            schedule = _schedule(session, schedule_id)
            if schedule.active:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Messages", "This reception schedule is already in force.")
                )
            resume_from = max(self._today(), schedule.valid_from)
            if schedule.valid_to is not None:
                resume_from = max(resume_from, schedule.valid_to + timedelta(days=1))
            if plan_until < resume_from:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "The schedule applies again from %1; plan its days until that day or "
                        "later.",
                    ),
                    "plan_until",
                    f"{resume_from:%d/%m/%Y}",
                )
            schedule.active = True
            schedule.valid_to = None
            session.flush()
            result = generate_reception_days(session, schedule, resume_from, plan_until, calendar)
            return ReplanResult(
                _schedule_data(schedule, _planned_until(session, schedule.id)),
                created=result.created,
            )

    # duties

    def duties(self, first: date, last: date, official_id: int | None = None) -> list[DutyData]:
        query = (
            select(ReceptionDuty)
            .where(ReceptionDuty.day >= first, ReceptionDuty.day <= last)
            .order_by(ReceptionDuty.day, ReceptionDuty.id)
        )
        if official_id is not None:
            query = query.where(ReceptionDuty.official_id == official_id)
        with self._uow.read() as session:
            return [_duty_data(row) for row in session.scalars(query)]

    def mark_duty(
        self,
        duty_id: int,
        status: DutyStatus,
        *,
        delegate_id: int | None = None,
        reason: str | None = None,
    ) -> DutyData:
        """Mark a reception day held, delegated (to whom) or missed (why).

        The linked reception session follows: held or delegated → held; missed → cancelled with
        the reason (when its status allows).
        """
        status = DutyStatus(status)
        reason = clean(reason)
        if status is DutyStatus.DELEGATED and delegate_id is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Messages", "Choose the leader the reception was delegated to."),
                "delegate",
            )
        if status is DutyStatus.MISSED and not reason:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Messages", "Say why the reception day was missed."), "reason"
            )
        if status is DutyStatus.PENDING:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Messages", "Choose held, delegated or missed."), "status"
            )
        with self._uow.begin() as session:
            duty = session.get(ReceptionDuty, duty_id)
            if duty is None:
                raise NotFound(
                    QT_TRANSLATE_NOOP("Messages", "This reception day no longer exists.")
                )
            if duty.day > self._today():
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "This reception day has not come yet; mark it on or after the day.",
                    )
                )
            if delegate_id is not None:
                if delegate_id == duty.official_id:
                    raise ValidationError(
                        QT_TRANSLATE_NOOP(
                            "Messages", "A reception cannot be delegated to the same leader."
                        ),
                        "delegate",
                    )
                _official(session, delegate_id)
            previous_delegate = duty.delegate_id
            duty.status = status
            duty.delegate_id = delegate_id if status is DutyStatus.DELEGATED else None
            duty.reason = reason
            if duty.conference_id is not None:
                conference = session.get(Conference, duty.conference_id)
                if conference is not None:
                    # whoever received citizens chairs the session: the delegate, or the leader
                    # again when a delegation is corrected
                    chair = session.get(Official, duty.delegate_id or duty.official_id)
                    assert chair is not None  # checked above, or the duty's foreign key
                    _hand_chair_to(
                        conference, chair, replacing={duty.official_id, previous_delegate}
                    )
                    target = (
                        ConferenceStatus.CANCELLED
                        if status is DutyStatus.MISSED
                        else ConferenceStatus.HELD
                    )
                    if target in CONFERENCE_TRANSITIONS[conference.status]:
                        conference.status = target
                        conference.sequence += 1
                        if target is ConferenceStatus.CANCELLED:
                            conference.status_reason = reason
            session.flush()
            return _duty_data(duty)

    def compliance(
        self, reference: date | None = None, period: DutyPeriod | None = None
    ) -> list[ComplianceRow]:
        """Every leader with a quota, counted in the week or month containing ``reference``.

        ``period`` limits the list to weekly or monthly quotas. Leaders furthest behind first.
        """
        reference = reference or self._today()
        today = self._today()
        rows: list[ComplianceRow] = []
        with self._uow.read() as session:
            leaders = session.execute(
                select(Official, DutyQuota)
                .join(DutyQuota, DutyQuota.id == Official.duty_quota_id)
                .where(Official.active)
                .order_by(Official.full_name)
            ).all()
            for official, quota in leaders:
                if period is not None and quota.period is not period:
                    continue
                first, last = period_bounds(quota.period, reference)
                duties = session.execute(
                    select(ReceptionDuty.day, ReceptionDuty.status).where(
                        ReceptionDuty.official_id == official.id,
                        ReceptionDuty.day >= first,
                        ReceptionDuty.day <= last,
                    )
                ).all()
                rows.append(
                    ComplianceRow(
                        official.id,
                        official.full_name,
                        official.position,
                        quota.name,
                        quota.period,
                        first,
                        last,
                        count_duties(quota.days, [(d, s) for d, s in duties], today=today),
                    )
                )
        rows.sort(key=lambda r: (-r.count.shortfall, r.official_name))
        return rows


# --- functions shared with the demo loader -----------------------------------------------------


def ensure_default_quotas(session: Session) -> dict[str, DutyQuota]:
    """The statutory duty quotas, inserted when missing; by code."""
    existing = {q.code: q for q in session.scalars(select(DutyQuota))}
    for definition in DEFAULT_QUOTAS:
        if definition.code not in existing:
            row = DutyQuota(
                code=definition.code,
                name=definition.name,
                days=definition.days,
                period=definition.period,
                legal_source=definition.legal_source,
            )
            session.add(row)
            existing[definition.code] = row
    session.flush()
    return existing


def generate_reception_days(
    session: Session,
    schedule: ReceptionSchedule,
    first: date,
    last: date,
    calendar: WorkingDayCalendar,
) -> GenerationResult:
    """Create the reception sessions and pending duties of ``schedule`` in ``first``..``last``."""
    rule = ReceptionRule.from_json(schedule.rule)
    first = max(first, schedule.valid_from)
    if schedule.valid_to is not None:
        last = min(last, schedule.valid_to)
    days = rule.dates(first, last, calendar) if first <= last else []
    existing = set(
        session.scalars(
            select(ReceptionDuty.day).where(
                ReceptionDuty.official_id == schedule.official_id,
                ReceptionDuty.day >= first,
                ReceptionDuty.day <= last,
            )
        )
    )
    official = session.get(Official, schedule.official_id)
    assert official is not None  # foreign key
    start_time = time.fromisoformat(schedule.start_time)
    end_time = time.fromisoformat(schedule.end_time)
    created, already = [], []
    for day in days:
        if day in existing:
            already.append(day)
            continue
        conference = Conference(
            kind=ConferenceKind.RECEPTION,
            status=ConferenceStatus.SCHEDULED,
            title=RECEPTION_TITLE.format(name=official.full_name),
            unit_id=official.unit_id,
            venue_id=schedule.venue_id,
            starts_at=datetime.combine(day, start_time, tzinfo=VN_TZ),
            ends_at=datetime.combine(day, end_time, tzinfo=VN_TZ),
            reception_schedule_id=schedule.id,
            notes=schedule.description,
            sequence=0,
        )
        conference.participants.append(
            ConferenceParticipant(
                role=ParticipantRole.CHAIR, official_id=official.id, email=official.email
            )
        )
        add_conference(session, conference)
        session.add(
            ReceptionDuty(
                official_id=official.id,
                schedule_id=schedule.id,
                day=day,
                status=DutyStatus.PENDING,
                conference_id=conference.id,
            )
        )
        created.append(day)
    session.flush()
    return GenerationResult(tuple(created), tuple(already))


# Sessions of pending days in these states were only generated, never handled by hand: an edit
# or a stop may move or remove them.
_REPLANNABLE = frozenset({ConferenceStatus.DRAFT, ConferenceStatus.SCHEDULED})


def replan_reception_days(
    session: Session,
    schedule: ReceptionSchedule,
    first: date,
    plan_until: date | None,
    calendar: WorkingDayCalendar,
    old_description: str | None = None,
    *,
    cancel_reason: str = CHANGED_REASON,
) -> ReplanResult:
    """Make the schedule's days not yet marked from ``first`` on follow the schedule as it is now.

    A pending day the rule still names (same leader) keeps its session, re-timed and moved to
    the schedule's venue; a pending day it no longer names is no longer required (its duty goes)
    and its session is cancelled with ``cancel_reason``: it keeps its calendar UID and raises
    its SEQUENCE, so that a cancellation can be sent to whoever got the invitation. The days the
    rule names that are missing are planned up to ``plan_until`` or the last day planned
    before, whichever is later. Marked days, and pending days whose session someone handled by
    hand (postponed, cancelled, held, a case recorded at it), are left alone.

    Callers check that ``first`` is not before today: a past day is a duty to mark.
    """
    pending = list(
        session.scalars(
            select(ReceptionDuty)
            .where(
                ReceptionDuty.schedule_id == schedule.id,
                ReceptionDuty.status == DutyStatus.PENDING,
                ReceptionDuty.day >= first,
            )
            .order_by(ReceptionDuty.day)
        )
    )
    last = max([d.day for d in pending], default=None)
    if plan_until is not None:
        last = max(last, plan_until) if last is not None else plan_until
    rule = ReceptionRule.from_json(schedule.rule)
    window_first = max(first, schedule.valid_from)
    window_last = last
    if last is not None and schedule.valid_to is not None:
        window_last = min(last, schedule.valid_to)
    wanted = (
        set(rule.dates(window_first, window_last, calendar))
        if window_last is not None and window_first <= window_last
        else set()
    )
    start_time = time.fromisoformat(schedule.start_time)
    end_time = time.fromisoformat(schedule.end_time)
    updated: list[date] = []
    removed: list[date] = []
    kept: list[date] = []
    cancelled: list[date] = []
    for duty in pending:
        conference = (
            session.get(Conference, duty.conference_id) if duty.conference_id is not None else None
        )
        if conference is not None and (
            conference.status not in _REPLANNABLE
            or session.scalar(
                select(func.count(Case.id)).where(Case.conference_id == conference.id)
            )
        ):
            kept.append(duty.day)
            continue
        if duty.day in wanted and duty.official_id == schedule.official_id:
            if conference is not None:
                _retime(conference, schedule, duty.day, start_time, end_time, old_description)
            updated.append(duty.day)
            continue
        # the day is no longer required of the leader; its session stays, cancelled, so that
        # its UID can still carry the cancellation to the calendars that got the invitation
        session.delete(duty)
        if conference is not None:
            # cancelled the way the scheduling service cancels any conference (SEQUENCE + 1)
            change_conference_status(conference, ConferenceStatus.CANCELLED)
            conference.status_reason = cancel_reason
            cancelled.append(duty.day)
        removed.append(duty.day)
    session.flush()
    created: tuple[date, ...] = ()
    if last is not None and first <= last:
        created = generate_reception_days(session, schedule, first, last, calendar).created
    return ReplanResult(
        _schedule_data(schedule, _planned_until(session, schedule.id)),
        created=created,
        updated=tuple(updated),
        removed=tuple(removed),
        kept=tuple(kept),
        cancelled=tuple(cancelled),
    )


def _retime(
    conference: Conference,
    schedule: ReceptionSchedule,
    day: date,
    start_time: time,
    end_time: time,
    old_description: str | None,
) -> None:
    """Give a generated session the schedule's times, venue and notes."""
    starts_at = datetime.combine(day, start_time, tzinfo=VN_TZ)
    ends_at = datetime.combine(day, end_time, tzinfo=VN_TZ)
    moved = (
        conference.starts_at != starts_at
        or conference.ends_at != ends_at
        or conference.venue_id != schedule.venue_id
    )
    if conference.notes == old_description:  # notes typed into the session by hand stay
        conference.notes = schedule.description
    if moved:
        conference.starts_at, conference.ends_at = starts_at, ends_at
        conference.venue_id = schedule.venue_id
        conference.sequence += 1  # a change of time or place (RFC 5545)
        conference.updated_at = now_utc()


def _hand_chair_to(conference: Conference, chair: Official, replacing: set[int | None]) -> None:
    """Make ``chair`` the chair of ``conference`` in place of the officials in ``replacing``.

    Other chairs someone added by hand stay.
    """
    changed = False
    for participant in list(conference.participants):
        if (
            participant.role is ParticipantRole.CHAIR
            and participant.official_id in replacing
            and participant.official_id != chair.id
        ):
            conference.participants.remove(participant)
            changed = True
    present = [p for p in conference.participants if p.official_id == chair.id]
    if not any(p.role is ParticipantRole.CHAIR for p in present):
        if present:
            present[0].role = ParticipantRole.CHAIR
        else:
            conference.participants.append(
                ConferenceParticipant(
                    role=ParticipantRole.CHAIR, official_id=chair.id, email=chair.email
                )
            )
        changed = True
    if changed:
        conference.updated_at = now_utc()  # dirties the row, so its version moves on


def _checked_rule(rule: ReceptionRule, start_time: time, end_time: time) -> ReceptionRule:
    try:
        rule = rule.validated()
    except RuleError as error:
        raise ValidationError(error.template, "rule", *error.values) from error
    if end_time <= start_time:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "The reception ends before it starts."),
            "end_time",
        )
    return rule


def _check_venue(session: Session, venue_id: int | None) -> None:
    if venue_id is not None and session.get(Venue, venue_id) is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "The venue chosen was removed meanwhile."),
            "venue",
        )


def _schedule(session: Session, schedule_id: int) -> ReceptionSchedule:
    schedule = session.get(ReceptionSchedule, schedule_id)
    if schedule is None:
        raise NotFound(QT_TRANSLATE_NOOP("Messages", "This reception schedule no longer exists."))
    return schedule


def _planned_until(session: Session, schedule_id: int) -> date | None:
    return session.scalar(
        select(func.max(ReceptionDuty.day)).where(ReceptionDuty.schedule_id == schedule_id)
    )


def _official(session: Session, official_id: int) -> Official:
    official = session.get(Official, official_id)
    if official is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "This leader was removed from the register meanwhile."),
            "official",
        )
    return official


def _schedule_data(row: ReceptionSchedule, planned_until: date | None = None) -> ScheduleData:
    return ScheduleData(
        id=row.id,
        official_id=row.official_id,
        official_name=row.official.full_name,
        rule=ReceptionRule.from_json(row.rule),
        description=row.description,
        start_time=time.fromisoformat(row.start_time),
        end_time=time.fromisoformat(row.end_time),
        venue_id=row.venue_id,
        valid_from=row.valid_from,
        valid_to=row.valid_to,
        active=row.active,
        venue_name=row.venue.name if row.venue else None,
        planned_until=planned_until,
    )


def _duty_data(row: ReceptionDuty) -> DutyData:
    return DutyData(
        id=row.id,
        official_id=row.official_id,
        official_name=row.official.full_name,
        day=row.day,
        status=row.status,
        delegate_id=row.delegate_id,
        delegate_name=row.delegate.full_name if row.delegate else None,
        reason=row.reason,
        conference_id=row.conference_id,
    )
