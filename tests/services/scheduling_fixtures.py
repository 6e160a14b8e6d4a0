"""Small helpers to put leaders, venues and conferences into a test database."""

from __future__ import annotations

from datetime import datetime

from dialogue_app.domain.conferences import ConferenceKind, ParticipantRole
from dialogue_app.domain.text import fold
from dialogue_app.domain.timezone import VN_TZ
from dialogue_app.services.conferences import ConferenceDraft, ParticipantData
from dialogue_app.services.database import DatabaseHandle
from dialogue_app.store.models import Official, Venue

# a clock before every date the tests schedule on
EARLY = datetime(2026, 1, 2, 8, 0, tzinfo=VN_TZ)


def add_official(db: DatabaseHandle, name: str, position: str = "Chủ tịch UBND xã") -> int:
    with db.uow.begin() as session:
        row = Official(full_name=name, position=position, search_key=fold(name))
        session.add(row)
        session.flush()
        return row.id


def add_venue(db: DatabaseHandle, name: str, capacity: int | None = None) -> int:
    with db.uow.begin() as session:
        row = Venue(name=name, capacity=capacity)
        session.add(row)
        session.flush()
        return row.id


def at(day: int, hour: int, minute: int = 0, month: int = 3, year: int = 2026) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=VN_TZ)


def draft(
    start: datetime,
    end: datetime,
    *,
    chairs: tuple[int, ...] = (),
    venue_id: int | None = None,
    title: str = "Đối thoại về giải phóng mặt bằng",
    guests: tuple[str, ...] = (),
    kind: ConferenceKind = ConferenceKind.DIALOGUE,
) -> ConferenceDraft:
    participants = tuple(ParticipantData(ParticipantRole.CHAIR, official_id=c) for c in chairs)
    participants += tuple(ParticipantData(ParticipantRole.INVITED_CITIZEN, name=g) for g in guests)
    return ConferenceDraft(
        kind=kind,
        title=title,
        start=start,
        end=end,
        venue_id=venue_id,
        participants=participants,
    )
