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


NO_UID_HOST = "dialogue-desk.invalid"


def uid_host(fixed: str | None, organizer_email: str | None) -> str:
    """The right-hand side of every calendar UID this office writes: the host fixed for the
    office (``OfficeProfile.calendar_uid_host``, set from its first organizer e-mail and never
    changed after, so that changing the e-mail does not change UIDs), else the e-mail's domain."""
    if fixed:
        return fixed.strip().lower()
    if organizer_email and "@" in organizer_email:
        return organizer_email.rsplit("@", 1)[1].strip().lower()
    return NO_UID_HOST


def conference_uid(conference_id: int, created_at_utc: datetime, domain: str | None) -> str:
    """The calendar UID of a conference: derived from the record, so stable forever.

    The creation instant keeps UIDs of two offices' databases apart even when their ids match.
    """
    host = (domain or NO_UID_HOST).strip().lower()
    return f"conf-{conference_id}-{created_at_utc:%Y%m%dT%H%M%S%f}@{host}"
