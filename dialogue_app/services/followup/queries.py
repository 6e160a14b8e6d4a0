"""Reading the follow-up board: held conferences and the cases raised at them."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, time, timedelta
from typing import NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session

from dialogue_app.domain.cases import OPEN_STATUSES
from dialogue_app.domain.conferences import ConferenceKind, ConferenceStatus
from dialogue_app.domain.timezone import VN_TZ
from dialogue_app.services.followup.types import BOARD_STATUSES, BoardItem, board_order
from dialogue_app.store.models import Agency, Case, Conference, Venue


class ConferenceRow(NamedTuple):
    id: int
    title: str
    kind: ConferenceKind
    status: ConferenceStatus
    start: datetime  # aware, Asia/Ho_Chi_Minh
    venue: str | None


def conference_rows(
    session: Session,
    *,
    conference_id: int | None = None,
    start: date | None = None,
    end: date | None = None,
) -> list[ConferenceRow]:
    """(id, title, kind, status, start, venue) of one conference, or of the held and closed ones
    starting between ``start`` and ``end`` (local days, both included), earliest first."""
    query = (
        select(
            Conference.id,
            Conference.title,
            Conference.kind,
            Conference.status,
            Conference.starts_at,
            Venue.name,
        )
        .outerjoin(Venue, Venue.id == Conference.venue_id)
        .order_by(Conference.starts_at, Conference.id)
    )
    if conference_id is not None:
        query = query.where(Conference.id == conference_id)
    else:
        query = query.where(Conference.status.in_(BOARD_STATUSES))
        if start is not None:
            query = query.where(Conference.starts_at >= datetime.combine(start, time.min, VN_TZ))
        if end is not None:
            after = datetime.combine(end + timedelta(days=1), time.min, VN_TZ)
            query = query.where(Conference.starts_at < after)
    return [
        ConferenceRow(row[0], row[1], row[2], row[3], row[4].astimezone(VN_TZ), row[5])
        for row in session.execute(query)
    ]


def board_items(
    session: Session, conferences: Sequence[tuple[int, str]], today: date
) -> dict[int, list[BoardItem]]:
    """The cases raised at each of ``conferences`` ((id, title) pairs), late first."""
    titles = dict(conferences)
    result: dict[int, list[BoardItem]] = {cid: [] for cid in titles}
    if not titles:
        return result
    query = (
        select(
            Case.id,
            Case.number,
            Case.case_type,
            Case.summary,
            Agency.name,
            Case.deadline,
            Case.status,
            Case.resolved_on,
            Case.conference_id,
        )
        .outerjoin(Agency, Agency.id == Case.agency_id)
        .where(Case.conference_id.in_(list(titles)))
    )
    for row in session.execute(query):
        open_ = row.status in OPEN_STATUSES
        days_left = (row.deadline - today).days if open_ and row.deadline is not None else None
        result[row.conference_id].append(
            BoardItem(
                case_id=row.id,
                number=row.number,
                case_type=row.case_type,
                summary=row.summary,
                agency=row.name,
                deadline=row.deadline,
                status=row.status,
                resolved_on=row.resolved_on,
                days_left=days_left,
                conference_id=row.conference_id,
                conference_title=titles[row.conference_id],
            )
        )
    for items in result.values():
        items.sort(key=board_order)
    return result
