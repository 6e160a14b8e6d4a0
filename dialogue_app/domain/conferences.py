"""Conferences and reception sessions: kinds, statuses, participant roles."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum


class ConferenceKind(StrEnum):
    DIALOGUE = "dialogue"  # hội nghị đối thoại trực tiếp
    RECEPTION = "reception"  # tiếp công dân định kỳ
    ADHOC_RECEPTION = "adhoc_reception"  # tiếp công dân đột xuất


class ConferenceStatus(StrEnum):
    DRAFT = "draft"
    SCHEDULED = "scheduled"
    HELD = "held"
    CLOSED = "closed"
    POSTPONED = "postponed"
    CANCELLED = "cancelled"


class ParticipantRole(StrEnum):
    CHAIR = "chair"  # chủ trì
    ANSWERING_AGENCY = "answering_agency"  # cơ quan trả lời
    INVITED_CITIZEN = "invited_citizen"
    REPRESENTATIVE = "representative"  # người đại diện
    ATTENDEE = "attendee"


# Which status may follow which; anything else is refused by the scheduling service.
CONFERENCE_TRANSITIONS: dict[ConferenceStatus, frozenset[ConferenceStatus]] = {
    ConferenceStatus.DRAFT: frozenset({ConferenceStatus.SCHEDULED, ConferenceStatus.CANCELLED}),
    ConferenceStatus.SCHEDULED: frozenset(
        {ConferenceStatus.HELD, ConferenceStatus.POSTPONED, ConferenceStatus.CANCELLED}
    ),
    ConferenceStatus.POSTPONED: frozenset({ConferenceStatus.SCHEDULED, ConferenceStatus.CANCELLED}),
    ConferenceStatus.HELD: frozenset({ConferenceStatus.CLOSED}),
    ConferenceStatus.CLOSED: frozenset(),
    ConferenceStatus.CANCELLED: frozenset(),
}


def conference_uid(conference_id: int, created_at_utc: datetime, domain: str | None) -> str:
    """The calendar UID of a conference: derived from the record, so stable forever.

    The creation instant keeps UIDs of two offices' databases apart even when their ids match.
    """
    host = (domain or "dialogue-desk.invalid").strip().lower()
    return f"conf-{conference_id}-{created_at_utc:%Y%m%dT%H%M%S%f}@{host}"
