"""What calendar exchange reads: the conferences, reception days, open cases and officials its
files are made of. Each function takes the caller's session, so one export reads in one session.

The office profile comes from ``services/office.py`` (``read_profile``) and the host of the UIDs
from ``store/conferences.py`` (``office_uid_host``); turning rows into events is ``exports.py``.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, or_, select
from sqlalchemy.orm import Session, selectinload

from dialogue_app.domain.calendar_days import DutyStatus
from dialogue_app.domain.cases import OPEN_STATUSES
from dialogue_app.domain.conferences import ConferenceKind, ConferenceStatus, ParticipantRole
from dialogue_app.services.calendar_exchange.exports import (
    AgendaItemView,
    CitizenView,
    ConferenceView,
    OfficialView,
    ParticipantView,
    PlaceView,
)
from dialogue_app.store.models import (
    AdminUnit,
    Agency,
    AgendaItem,
    Case,
    CaseCitizen,
    Citizen,
    Conference,
    ConferenceParticipant,
    Official,
    ReceptionDuty,
    ReceptionSchedule,
    Venue,
)

# --- conferences -------------------------------------------------------------------------------


def conference(session: Session, conference_id: int) -> Conference | None:
    """One conference with its venue, unit, agenda and participants (for an invitation)."""
    return session.scalar(
        select(Conference)
        .options(
            selectinload(Conference.venue),
            selectinload(Conference.unit),
            selectinload(Conference.agenda_items),
            selectinload(Conference.participants).selectinload(ConferenceParticipant.official),
            selectinload(Conference.participants).selectinload(ConferenceParticipant.agency),
            selectinload(Conference.participants).selectinload(ConferenceParticipant.citizen),
        )
        .where(Conference.id == conference_id)
    )


def schedule_conferences(
    session: Session,
    low: datetime | None,
    high: datetime | None,
    *,
    kind: ConferenceKind | None,
    unit_id: int | None,
    leader_id: int | None,
    include_cancelled: bool,
) -> list[ConferenceView]:
    """The conferences overlapping ``low``..``high`` (either open), by start, filtered by kind,
    unit and chairing leader, the cancelled ones only when asked."""
    query = select(Conference).order_by(Conference.starts_at, Conference.id)
    if low is not None:
        query = query.where(Conference.ends_at > low)
    if high is not None:
        query = query.where(Conference.starts_at < high)
    if kind is not None:
        query = query.where(Conference.kind == kind)
    if unit_id is not None:
        query = query.where(Conference.unit_id == unit_id)
    if not include_cancelled:
        query = query.where(Conference.status != ConferenceStatus.CANCELLED)
    if leader_id is not None:
        chairs = select(ConferenceParticipant.conference_id).where(
            ConferenceParticipant.role == ParticipantRole.CHAIR,
            ConferenceParticipant.official_id == leader_id,
        )
        query = query.where(Conference.id.in_(chairs))
    return conference_views(session, query)


def conference_views(session: Session, query: Select[Any]) -> list[ConferenceView]:
    """The conferences ``query`` (a ``select(Conference)`` with filters and order) selects, as
    the read-only views of ``exports.py``: three queries (conferences with venue and unit, all
    their participants, all their agenda items), no ORM objects."""
    rows = session.execute(
        query.with_only_columns(
            Conference.id,
            Conference.uid,
            Conference.sequence,
            Conference.kind,
            Conference.status,
            Conference.title,
            Conference.topic,
            Conference.starts_at,
            Conference.ends_at,
            Conference.online_url,
            Conference.notes,
            Conference.status_reason,
            Venue.name,
            Venue.address,
            AdminUnit.name,
        )
        .outerjoin(Venue, Venue.id == Conference.venue_id)
        .outerjoin(AdminUnit, AdminUnit.id == Conference.unit_id)
    )
    views: dict[int, ConferenceView] = {}
    for row in rows:
        values: tuple[Any, ...] = tuple(row)
        venue = PlaceView(values[12], values[13]) if values[12] is not None else None
        unit = PlaceView(values[14]) if values[14] is not None else None
        view_values: tuple[Any, ...] = (*values[:12], venue, unit)  # ConferenceView's order
        views[values[0]] = ConferenceView(*view_values)
    if not views:
        return []
    ids = query.with_only_columns(Conference.id).order_by(None)
    participants = (
        select(
            ConferenceParticipant.conference_id,
            ConferenceParticipant.role,
            ConferenceParticipant.name,
            ConferenceParticipant.email,
            Official.id,
            Official.full_name,
            Official.position,
            Official.email,
            Agency.id,
            Agency.name,
            Agency.email,
            Citizen.id,
            Citizen.full_name,
        )
        .outerjoin(Official, Official.id == ConferenceParticipant.official_id)
        .outerjoin(Agency, Agency.id == ConferenceParticipant.agency_id)
        .outerjoin(Citizen, Citizen.id == ConferenceParticipant.citizen_id)
        .where(ConferenceParticipant.conference_id.in_(ids))
        .order_by(ConferenceParticipant.conference_id, ConferenceParticipant.id)
    )
    for person in session.execute(participants):
        fields: tuple[Any, ...] = tuple(person)
        c_id, role, name, email, o_id, o_name, o_pos, o_mail, a_id, a_name, a_mail = fields[:11]
        ci_id, ci_name = fields[11:]
        views[c_id].participants.append(
            ParticipantView(
                role,
                OfficialView(o_name, o_pos, o_mail) if o_id is not None else None,
                PlaceView(a_name, None, a_mail) if a_id is not None else None,
                CitizenView(ci_name) if ci_id is not None else None,
                name,
                email,
            )
        )
    agenda = (
        select(
            AgendaItem.conference_id,
            AgendaItem.title,
            AgendaItem.duration_minutes,
            AgendaItem.presenter,
        )  # fmt: skip
        .where(AgendaItem.conference_id.in_(ids))
        .order_by(AgendaItem.conference_id, AgendaItem.position)
    )
    for c_id, title, minutes, presenter in session.execute(agenda):
        views[c_id].agenda_items.append(AgendaItemView(title, minutes, presenter))
    return list(views.values())


# --- reception days ----------------------------------------------------------------------------


def reception_duties(
    session: Session,
    start: date | None,
    end: date | None,
    *,
    leader_id: int | None,
    unit_id: int | None,
) -> list[ReceptionDuty]:
    """Reception days in ``start``..``end`` (either open) not yet tied to a conference and not
    missed, by day, with their official (and unit) and delegate."""
    query = (
        select(ReceptionDuty)
        .join(ReceptionDuty.official)
        .options(
            selectinload(ReceptionDuty.official).selectinload(Official.unit),
            selectinload(ReceptionDuty.delegate),
        )
        .where(ReceptionDuty.conference_id.is_(None))
        .where(ReceptionDuty.status != DutyStatus.MISSED)
        .order_by(ReceptionDuty.day, ReceptionDuty.id)
    )
    if start is not None:
        query = query.where(ReceptionDuty.day >= start)
    if end is not None:
        query = query.where(ReceptionDuty.day <= end)
    if leader_id is not None:
        query = query.where(ReceptionDuty.official_id == leader_id)
    if unit_id is not None:
        query = query.where(Official.unit_id == unit_id)
    return list(session.scalars(query))


def reception_schedules(session: Session, ids: Collection[int]) -> dict[int, ReceptionSchedule]:
    """The reception schedules ``ids``, with their venue, by id."""
    if not ids:
        return {}
    query = (
        select(ReceptionSchedule)
        .options(selectinload(ReceptionSchedule.venue))
        .where(ReceptionSchedule.id.in_(ids))
    )
    return {schedule.id: schedule for schedule in session.scalars(query)}


# --- deadlines ---------------------------------------------------------------------------------


def open_cases_due(
    session: Session, start: date | None, end: date | None, agency_id: int | None
) -> Sequence[Case]:
    """Open cases, by id, whose deadline falls in ``start``..``end`` (either open), or whose
    denunciator is still to be notified by a day in it; with agency, field and citizens."""

    def within(column: Any) -> ColumnElement[bool]:
        conditions = [column.is_not(None)]
        if start is not None:
            conditions.append(column >= start)
        if end is not None:
            conditions.append(column <= end)
        return and_(*conditions)

    to_notify = and_(Case.notified_on.is_(None), within(Case.notify_deadline))
    query = (
        select(Case)
        .options(
            selectinload(Case.agency),
            selectinload(Case.field),
            selectinload(Case.citizens).selectinload(CaseCitizen.citizen),
        )
        .where(Case.status.in_([s.value for s in OPEN_STATUSES]))
        .where(or_(within(Case.deadline), to_notify))
        .order_by(Case.id)
    )
    if agency_id is not None:
        query = query.where(Case.agency_id == agency_id)
    return session.scalars(query).all()


# --- officials ---------------------------------------------------------------------------------


def active_officials(session: Session) -> Sequence[Official]:
    """The active officials (whose own calendars may be imported), in no particular order."""
    return session.scalars(select(Official).where(Official.active.is_(True))).all()
