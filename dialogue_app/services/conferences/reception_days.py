"""Reception days: the dated reception sessions and pending duties generated from a leader's
standing schedule, and re-planned when the schedule is edited, stopped or resumed. Shared by
``ReceptionService`` and the demo loader.
"""

from __future__ import annotations

from datetime import date, datetime, time

from sqlalchemy.orm import Session

from dialogue_app.domain.calendar_days import DutyStatus
from dialogue_app.domain.conferences import ConferenceKind, ConferenceStatus, ParticipantRole
from dialogue_app.domain.reception_rules import DEFAULT_QUOTAS, ReceptionRule
from dialogue_app.domain.timezone import VN_TZ, now_utc
from dialogue_app.domain.working_days import WorkingDayCalendar
from dialogue_app.services.conferences.queries import cases_recorded_at
from dialogue_app.services.conferences.reception_queries import (
    duty_days,
    pending_duties,
    planned_until,
    quotas_by_code,
    schedule_data,
)
from dialogue_app.services.conferences.status import change_conference_status
from dialogue_app.services.conferences.types import GenerationResult, ReplanResult
from dialogue_app.store.conferences import add_conference
from dialogue_app.store.models import (
    Conference,
    ConferenceParticipant,
    DutyQuota,
    Official,
    ReceptionDuty,
    ReceptionSchedule,
)

# The title of a generated reception day (stored data, in the office's language).
RECEPTION_TITLE = "Tiếp công dân định kỳ: {name}"
# Why a planned reception session was cancelled by a stop or an edit of its schedule (stored
# data, in the office's language; it goes into the cancellation sent to the invitees).
STOPPED_REASON = "Lịch tiếp công dân ngừng áp dụng"
CHANGED_REASON = "Lịch tiếp công dân đã thay đổi"


def ensure_default_quotas(session: Session) -> dict[str, DutyQuota]:
    """The statutory duty quotas, inserted when missing; by code."""
    existing = quotas_by_code(session)
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
    existing = {day for day, _ in duty_days(session, schedule.official_id, first, last)}
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
    pending = pending_duties(session, schedule.id, first)
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
            conference.status not in _REPLANNABLE or cases_recorded_at(session, conference.id)
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
        schedule_data(schedule, planned_until(session, schedule.id)),
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


def hand_chair_to(conference: Conference, chair: Official, replacing: set[int | None]) -> None:
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
