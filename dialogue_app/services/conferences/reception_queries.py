"""Reading reception schedules, days and quotas: what ``ReceptionService`` and the generation of
reception days (``reception_days``) ask of the database."""

from __future__ import annotations

from datetime import date, time

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from dialogue_app.domain.calendar_days import DutyStatus
from dialogue_app.domain.reception_rules import ReceptionRule
from dialogue_app.services.conferences.types import DutyData, QuotaData, ScheduleData
from dialogue_app.store.models import DutyQuota, Official, ReceptionDuty, ReceptionSchedule


def quotas(session: Session) -> list[QuotaData]:
    return [
        QuotaData(q.id, q.code, q.name, q.days, q.period, q.legal_source)
        for q in session.scalars(select(DutyQuota).order_by(DutyQuota.id))
    ]


def quotas_by_code(session: Session) -> dict[str, DutyQuota]:
    return {q.code: q for q in session.scalars(select(DutyQuota))}


def schedules(session: Session, official_id: int | None = None) -> list[ScheduleData]:
    """Every schedule (of one leader), those in force first, each with the last day planned."""
    query = select(ReceptionSchedule).order_by(
        ReceptionSchedule.active.desc(), ReceptionSchedule.id
    )
    if official_id is not None:
        query = query.where(ReceptionSchedule.official_id == official_id)
    planned = dict(
        session.execute(
            select(ReceptionDuty.schedule_id, func.max(ReceptionDuty.day))
            .where(ReceptionDuty.schedule_id.is_not(None))
            .group_by(ReceptionDuty.schedule_id)
        ).all()
    )
    return [schedule_data(row, planned.get(row.id)) for row in session.scalars(query)]


def planned_until(session: Session, schedule_id: int) -> date | None:
    """The last reception day generated from the schedule."""
    return session.scalar(
        select(func.max(ReceptionDuty.day)).where(ReceptionDuty.schedule_id == schedule_id)
    )


def duties(
    session: Session, first: date, last: date, official_id: int | None = None
) -> list[DutyData]:
    query = (
        select(ReceptionDuty)
        .where(ReceptionDuty.day >= first, ReceptionDuty.day <= last)
        .order_by(ReceptionDuty.day, ReceptionDuty.id)
    )
    if official_id is not None:
        query = query.where(ReceptionDuty.official_id == official_id)
    return [duty_data(row) for row in session.scalars(query)]


def duty_days(
    session: Session, official_id: int, first: date, last: date
) -> list[tuple[date, DutyStatus]]:
    """The leader's reception days in ``first``..``last``, each with its status."""
    rows = session.execute(
        select(ReceptionDuty.day, ReceptionDuty.status).where(
            ReceptionDuty.official_id == official_id,
            ReceptionDuty.day >= first,
            ReceptionDuty.day <= last,
        )
    ).all()
    return [(day, status) for day, status in rows]


def pending_duties(session: Session, schedule_id: int, first: date) -> list[ReceptionDuty]:
    """The schedule's days not yet marked, from ``first`` on, earliest first."""
    return list(
        session.scalars(
            select(ReceptionDuty)
            .where(
                ReceptionDuty.schedule_id == schedule_id,
                ReceptionDuty.status == DutyStatus.PENDING,
                ReceptionDuty.day >= first,
            )
            .order_by(ReceptionDuty.day)
        )
    )


def leaders_with_quota(session: Session) -> list[tuple[Official, DutyQuota]]:
    """Active leaders who have a duty quota, by name."""
    rows = session.execute(
        select(Official, DutyQuota)
        .join(DutyQuota, DutyQuota.id == Official.duty_quota_id)
        .where(Official.active)
        .order_by(Official.full_name)
    ).all()
    return [(official, quota) for official, quota in rows]


def schedule_data(row: ReceptionSchedule, planned_until: date | None = None) -> ScheduleData:
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
        version=row.version,
    )


def duty_data(row: ReceptionDuty) -> DutyData:
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
        version=row.version,
    )
