"""Conferences and reception sessions: read-only listings (planning is in ``planning``)."""

from __future__ import annotations

import builtins
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import Select, case, func, select
from sqlalchemy.orm import selectinload

from dialogue_app.domain.conferences import ConferenceKind, ConferenceStatus, ParticipantRole
from dialogue_app.domain.text import fold
from dialogue_app.domain.timezone import VN_TZ
from dialogue_app.services.clock import Clock
from dialogue_app.store.models import Conference, ConferenceParticipant, Official
from dialogue_app.store.unit_of_work import UnitOfWork


@dataclass(frozen=True)
class ConferenceSummary:
    """One conference as lists, calendars and the command line show it."""

    id: int
    uid: str
    title: str
    kind: ConferenceKind
    status: ConferenceStatus
    start: datetime  # aware, Asia/Ho_Chi_Minh
    end: datetime
    venue: str | None
    unit: str | None
    chairs: tuple[str, ...]
    sequence: int
    status_reason: str | None = None

    def as_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "uid": self.uid,
            "title": self.title,
            "kind": self.kind.value,
            "status": self.status.value,
            "start": self.start.isoformat(),
            "end": self.end.isoformat(),
            "venue": self.venue,
            "unit": self.unit,
            "chairs": list(self.chairs),
            "sequence": self.sequence,
        }


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
