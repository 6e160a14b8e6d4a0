"""Conferences and reception sessions: listing (and, as the scheduling work grows, planning)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from dialogue_app.domain.conferences import ConferenceKind, ConferenceStatus, ParticipantRole
from dialogue_app.domain.timezone import VN_TZ
from dialogue_app.store.models import Conference, ConferenceParticipant
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

    def __init__(self, uow: UnitOfWork) -> None:
        self._uow = uow

    def list(
        self,
        start: date | None = None,
        end: date | None = None,
        kinds: set[ConferenceKind] | None = None,
    ) -> list[ConferenceSummary]:
        """Conferences overlapping the local days ``start``..``end`` (both inclusive)."""
        query = (
            select(Conference)
            .options(
                selectinload(Conference.venue),
                selectinload(Conference.unit),
                selectinload(Conference.participants).selectinload(ConferenceParticipant.official),
            )
            .order_by(Conference.starts_at, Conference.id)
        )
        if start is not None:
            query = query.where(Conference.ends_at > local_day_start(start))
        if end is not None:
            query = query.where(Conference.starts_at < local_day_start(end + timedelta(days=1)))
        if kinds:
            query = query.where(Conference.kind.in_([k.value for k in kinds]))
        with self._uow.read() as session:
            return [summarize(row) for row in session.scalars(query)]


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
    )
