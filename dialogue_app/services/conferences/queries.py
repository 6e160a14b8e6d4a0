"""Reading conferences: the lists, pages and calendars (``ConferenceQueries``), one conference with
its details, and what the conflict checks and the free-slot search ask of the database.

The services of this package (planning, holding, reception) compose these; they write, these read.
"""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from datetime import date, datetime, time, timedelta
from functools import cache
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, bindparam, case, func, select
from sqlalchemy.orm import Session, selectinload

from dialogue_app.domain.conferences import ConferenceKind, ConferenceStatus, ParticipantRole
from dialogue_app.domain.text import fold
from dialogue_app.domain.timezone import VN_TZ
from dialogue_app.services.clock import Clock
from dialogue_app.services.conferences.attendance import attendance_rows
from dialogue_app.services.conferences.types import (
    AgendaItemData,
    CaseLink,
    ConferenceDetail,
    ConferenceDraft,
    ConferenceSummary,
    ParticipantData,
)
from dialogue_app.services.errors import QT_TRANSLATE_NOOP, NotFound
from dialogue_app.store.models import (
    BusyBlock,
    Case,
    Conference,
    ConferenceParticipant,
    ConflictOverride,
    Official,
)
from dialogue_app.store.unit_of_work import UnitOfWork


def local_day_start(day: date) -> datetime:
    return datetime.combine(day, time.min, tzinfo=VN_TZ)


class ConferenceQueries:
    """Read-only queries over conferences."""

    def __init__(self, uow: UnitOfWork, *, clock: Clock) -> None:
        self._uow = uow
        self._clock = clock

    def list(
        self,
        start: date | None = None,
        end: date | None = None,
        kinds: set[ConferenceKind] | None = None,
        *,
        leader_id: int | None = None,
        unit_id: int | None = None,
        statuses: set[ConferenceStatus] | None = None,
    ) -> list[ConferenceSummary]:
        """Conferences overlapping the local days ``start``..``end`` (both inclusive).

        ``leader_id`` keeps those the leader chairs; ``unit_id`` those of one unit.
        """
        query = _filtered(_base_query(), kinds, leader_id, unit_id, statuses)
        if start is not None:
            query = query.where(Conference.ends_at > local_day_start(start))
        if end is not None:
            query = query.where(Conference.starts_at < local_day_start(end + timedelta(days=1)))
        query = query.order_by(Conference.starts_at, Conference.id)
        with self._uow.read() as session:
            return [summarize(row) for row in session.scalars(query)]

    def page(
        self,
        offset: int,
        limit: int,
        *,
        search: str | None = None,
        kinds: set[ConferenceKind] | None = None,
        statuses: set[ConferenceStatus] | None = None,
        leader_id: int | None = None,
        unit_id: int | None = None,
        now: datetime | None = None,
    ) -> builtins.list[ConferenceSummary]:
        """One page of conferences: the coming ones first, soonest first, then the past ones,
        latest first (stable: ties ordered by id). ``now`` defaults to the current time."""
        query = _filtered(_base_query(), kinds, leader_id, unit_id, statuses)
        if search and fold(search):  # ignoring case and diacritics, đ included
            query = query.where(Conference.search_key.contains(fold(search), autoescape=True))
        moment = now or self._clock.now()
        past = case((Conference.ends_at <= moment, 1), else_=0)
        query = query.order_by(
            past,
            case((Conference.ends_at > moment, Conference.starts_at)).asc(),
            Conference.starts_at.desc(),
            Conference.id,
        )
        with self._uow.read() as session:
            rows = session.scalars(query.offset(offset).limit(limit))
            return [summarize(row) for row in rows]

    def count(
        self,
        *,
        search: str | None = None,
        kinds: set[ConferenceKind] | None = None,
        statuses: set[ConferenceStatus] | None = None,
        leader_id: int | None = None,
        unit_id: int | None = None,
    ) -> int:
        query = _filtered(select(Conference.id), kinds, leader_id, unit_id, statuses)
        if search and fold(search):
            query = query.where(Conference.search_key.contains(fold(search), autoescape=True))
        with self._uow.read() as session:
            return int(session.scalar(select(func.count()).select_from(query.subquery())) or 0)

    def unclosed_past(self, now: datetime | None = None) -> builtins.list[ConferenceSummary]:
        """Conferences that have ended but were never closed (or cancelled): a to-do list."""
        moment = now or self._clock.now()
        open_statuses = {ConferenceStatus.DRAFT, ConferenceStatus.SCHEDULED, ConferenceStatus.HELD}
        query = (
            _filtered(_base_query(), None, None, None, open_statuses)
            .where(Conference.ends_at <= moment)
            .order_by(Conference.starts_at, Conference.id)
        )
        with self._uow.read() as session:
            return [summarize(row) for row in session.scalars(query)]

    def leaders_matching(self, text: str) -> builtins.list[tuple[int, str]]:
        """Leaders whose name contains ``text`` (case and diacritics ignored), or with that id."""
        with self._uow.read() as session:
            if text.strip().isdigit():
                row = session.get(Official, int(text))
                return [(row.id, row.full_name)] if row else []
            key = fold(text)
            rows = session.execute(
                select(Official.id, Official.full_name)
                .where(Official.search_key.contains(key, autoescape=True))
                .order_by(Official.full_name)
            ).all()
            return [(i, n) for i, n in rows]


def _base_query() -> Select[Conference]:
    return select(Conference).options(
        selectinload(Conference.venue),
        selectinload(Conference.unit),
        selectinload(Conference.participants).selectinload(ConferenceParticipant.official),
    )


def _filtered(
    query: Select[Any],
    kinds: set[ConferenceKind] | None,
    leader_id: int | None,
    unit_id: int | None,
    statuses: set[ConferenceStatus] | None,
) -> Select[Any]:
    if kinds:
        query = query.where(Conference.kind.in_([ConferenceKind(k).value for k in kinds]))
    if statuses:
        query = query.where(Conference.status.in_([ConferenceStatus(s).value for s in statuses]))
    if unit_id is not None:
        query = query.where(Conference.unit_id == unit_id)
    if leader_id is not None:
        chaired = select(ConferenceParticipant.conference_id).where(
            ConferenceParticipant.official_id == leader_id,
            ConferenceParticipant.role == ParticipantRole.CHAIR.value,
        )
        query = query.where(Conference.id.in_(chaired))
    return query


def summarize(row: Conference) -> ConferenceSummary:
    chairs = tuple(
        (p.official.full_name if p.official else p.name or "")
        for p in row.participants
        if p.role == ParticipantRole.CHAIR
    )
    return ConferenceSummary(
        id=row.id,
        uid=row.uid,
        title=row.title,
        kind=row.kind,
        status=row.status,
        start=row.starts_at.astimezone(VN_TZ),
        end=row.ends_at.astimezone(VN_TZ),
        venue=row.venue.name if row.venue else None,
        unit=row.unit.name if row.unit else None,
        chairs=chairs,
        sequence=row.sequence,
        status_reason=row.status_reason,
    )


# --- one conference ----------------------------------------------------------------------------


def load_conference(session: Session, conference_id: int) -> Conference:
    """The conference with its participants and agenda; ``NotFound`` once it is deleted."""
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


def draft_of(row: Conference) -> ConferenceDraft:
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


def conference_detail(session: Session, row: Conference) -> ConferenceDetail:
    cases = session.execute(
        select(Case.id, Case.case_type, Case.summary, Case.status, Case.number)
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
        draft=draft_of(row),
        attendee_count=row.attendee_count,
        organisations_present=row.organisations_present,
        minutes_summary=row.minutes_summary,
        reception_schedule_id=row.reception_schedule_id,
        cases=tuple(CaseLink(*c) for c in cases),
        overrides=tuple(overrides),
        attendance=attendance_rows(row),
    )


# --- what conflicts are made of ----------------------------------------------------------------

# Conferences that still occupy their leaders and venue. Postponed and cancelled ones do not.
BLOCKING_STATUSES = (
    ConferenceStatus.DRAFT,
    ConferenceStatus.SCHEDULED,
    ConferenceStatus.HELD,
    ConferenceStatus.CLOSED,
)


# The conflict check runs as the user types: its statements are built once, with parameters
# (building a statement costs more than SQLite answering it), and run on the session's
# connection (plain columns: no ORM execution around them).


def _overlapping_params(exclude: bool) -> ColumnElement[bool]:
    """``_overlapping`` with bound parameters :start, :end (and :exclude)."""
    overlapping = and_(
        Conference.starts_at < bindparam("end"),
        Conference.ends_at > bindparam("start"),
        Conference.status.in_([s.value for s in BLOCKING_STATUSES]),
    )
    if exclude:
        overlapping = and_(overlapping, Conference.id != bindparam("exclude"))
    return overlapping


@cache
def _chair_statement(exclude: bool) -> Select[str, int, str, datetime, datetime]:
    return (
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
            ConferenceParticipant.official_id.in_(bindparam("ids", expanding=True)),
            ConferenceParticipant.role == ParticipantRole.CHAIR.value,
            _overlapping_params(exclude),
        )
        .order_by(Conference.starts_at, Conference.id)
    )


@cache
def _busy_statement() -> Select[str, str | None, datetime, datetime]:
    return (
        select(Official.full_name, BusyBlock.summary, BusyBlock.starts_at, BusyBlock.ends_at)
        .join(Official, Official.id == BusyBlock.official_id)
        .where(
            BusyBlock.official_id.in_(bindparam("ids", expanding=True)),
            BusyBlock.starts_at < bindparam("end"),
            BusyBlock.ends_at > bindparam("start"),
        )
        .order_by(BusyBlock.starts_at)
    )


@cache
def _venue_statement(exclude: bool) -> Select[int, str, datetime, datetime]:
    return (
        select(Conference.id, Conference.title, Conference.starts_at, Conference.ends_at)
        .where(Conference.venue_id == bindparam("venue"), _overlapping_params(exclude))
        .order_by(Conference.starts_at, Conference.id)
    )


def _span(start: datetime, end: datetime, exclude_id: int | None) -> dict[str, Any]:
    span: dict[str, Any] = {"start": start, "end": end}
    if exclude_id is not None:
        span["exclude"] = exclude_id
    return span


def chair_bookings(
    session: Session,
    official_ids: Sequence[int],
    start: datetime,
    end: datetime,
    exclude_id: int | None,
) -> list[tuple[str, int, str, datetime, datetime]]:
    """(leader, conference id, title, start, end) of the other conferences these leaders chair
    between ``start`` and ``end``, earliest first."""
    if not official_ids:
        return []
    rows = session.connection().execute(
        _chair_statement(exclude_id is not None),
        {"ids": list(official_ids), **_span(start, end, exclude_id)},
    )
    return [(name, cid, title, s, e) for name, cid, title, s, e in rows]


def busy_blocks(
    session: Session, official_ids: Sequence[int], start: datetime, end: datetime
) -> list[tuple[str, str | None, datetime, datetime]]:
    """(leader, summary, start, end) of the busy times imported from these leaders' calendars
    between ``start`` and ``end``, earliest first."""
    if not official_ids:
        return []
    rows = session.connection().execute(
        _busy_statement(), {"ids": list(official_ids), "start": start, "end": end}
    )
    return [(name, summary, s, e) for name, summary, s, e in rows]


def venue_bookings(
    session: Session, venue_id: int, start: datetime, end: datetime, exclude_id: int | None
) -> list[tuple[int, str, datetime, datetime]]:
    """(conference id, title, start, end) of the other conferences at the venue between
    ``start`` and ``end``, earliest first."""
    rows = session.connection().execute(
        _venue_statement(exclude_id is not None),
        {"venue": venue_id, **_span(start, end, exclude_id)},
    )
    return [(cid, title, s, e) for cid, title, s, e in rows]


def cases_recorded_at(session: Session, conference_id: int) -> int:
    """How many cases were recorded at the conference."""
    return (
        session.scalar(select(func.count(Case.id)).where(Case.conference_id == conference_id)) or 0
    )
