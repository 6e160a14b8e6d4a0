"""Reception schedules and duties (``ReceptionService``): leaders' standing rules turned into dated
reception days (``reception_days``), each required day marked held, delegated or missed, and who
is behind their quota.
"""

from __future__ import annotations

from datetime import date, time, timedelta

from sqlalchemy.orm import Session

from dialogue_app.domain.calendar_days import DutyPeriod, DutyStatus
from dialogue_app.domain.conferences import CONFERENCE_TRANSITIONS, ConferenceStatus
from dialogue_app.domain.reception_rules import (
    ReceptionRule,
    RuleError,
    count_duties,
    period_bounds,
)
from dialogue_app.domain.text import clean
from dialogue_app.services.clock import Clock
from dialogue_app.services.conferences import reception_queries
from dialogue_app.services.conferences.reception_days import (
    CHANGED_REASON,
    STOPPED_REASON,
    ensure_default_quotas,
    generate_reception_days,
    hand_chair_to,
    replan_reception_days,
)
from dialogue_app.services.conferences.reception_queries import (
    duty_data,
    planned_until,
    schedule_data,
)
from dialogue_app.services.conferences.types import (
    ComplianceRow,
    DutyData,
    GenerationResult,
    QuotaData,
    ReplanResult,
    ScheduleChange,
    ScheduleData,
    change_of,
)
from dialogue_app.services.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from dialogue_app.services.versions import check_version, stale_as_conflict
from dialogue_app.services.working_days import WorkingDayService
from dialogue_app.store.models import (
    Conference,
    DutyQuota,
    Official,
    ReceptionDuty,
    ReceptionSchedule,
    Venue,
)
from dialogue_app.store.unit_of_work import UnitOfWork


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
            return reception_queries.quotas(session)

    def assign_quota(self, official_id: int, quota_id: int | None) -> None:
        with self._uow.begin() as session:
            official = _official(session, official_id)
            if quota_id is not None and session.get(DutyQuota, quota_id) is None:
                raise NotFound(QT_TRANSLATE_NOOP("Messages", "This duty quota no longer exists."))
            official.duty_quota_id = quota_id

    # schedules

    def schedules(self, official_id: int | None = None) -> list[ScheduleData]:
        """Every schedule, those in force first, each with the last day planned from it."""
        with self._uow.read() as session:
            return reception_queries.schedules(session, official_id)

    def schedule(self, schedule_id: int) -> ScheduleData:
        with self._uow.read() as session:
            row = _schedule(session, schedule_id)
            return schedule_data(row, planned_until(session, row.id))

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
            return schedule_data(row)

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
        with stale_as_conflict(lambda: self._change_of(schedule_id)), self._uow.begin() as session:
            schedule = _schedule(session, schedule_id)
            check_version(
                schedule.version, change.version, lambda: change_of(schedule_data(schedule))
            )
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

    def _change_of(self, schedule_id: int) -> ScheduleChange:
        return change_of(self.schedule(schedule_id))

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
                schedule_data(schedule, planned_until(session, schedule.id)),
                created=result.created,
            )

    # duties

    def duties(self, first: date, last: date, official_id: int | None = None) -> list[DutyData]:
        with self._uow.read() as session:
            return reception_queries.duties(session, first, last, official_id)

    def mark_duty(
        self,
        duty_id: int,
        status: DutyStatus,
        *,
        delegate_id: int | None = None,
        reason: str | None = None,
        expected_version: int | None = None,
    ) -> DutyData:
        """Mark a reception day held, delegated (to whom) or missed (why).

        ``expected_version``: the duty's version the person saw; when somebody else marked it
        since, nothing is saved and ``EditConflict`` carries their mark.

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
        with stale_as_conflict(lambda: self._duty(duty_id)), self._uow.begin() as session:
            duty = session.get(ReceptionDuty, duty_id)
            if duty is None:
                raise NotFound(
                    QT_TRANSLATE_NOOP("Messages", "This reception day no longer exists.")
                )
            marked = duty
            check_version(duty.version, expected_version, lambda: duty_data(marked))
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
                    hand_chair_to(
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
            return duty_data(duty)

    def _duty(self, duty_id: int) -> DutyData | None:
        with self._uow.read() as session:
            duty = session.get(ReceptionDuty, duty_id)
            return duty_data(duty) if duty is not None else None

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
            for official, quota in reception_queries.leaders_with_quota(session):
                if period is not None and quota.period is not period:
                    continue
                first, last = period_bounds(quota.period, reference)
                duties = reception_queries.duty_days(session, official.id, first, last)
                rows.append(
                    ComplianceRow(
                        official.id,
                        official.full_name,
                        official.position,
                        quota.name,
                        quota.period,
                        first,
                        last,
                        count_duties(quota.days, duties, today=today),
                    )
                )
        rows.sort(key=lambda r: (-r.count.shortfall, r.official_name))
        return rows


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


def _official(session: Session, official_id: int) -> Official:
    official = session.get(Official, official_id)
    if official is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "This leader was removed from the register meanwhile."),
            "official",
        )
    return official
