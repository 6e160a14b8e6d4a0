"""Attendance (issue 18): who was invited to a conference and who came, ticked at the door or
after, stored on each participant (``ConferenceParticipant.attended``), counted, and listed for
the printed attendance sheet.

A tick is not an edit of the conference (its version does not change, so a clerk ticking at
the door never collides with a colleague editing the agenda); an edit keeps the ticks of the
people it keeps (``planning._apply``). A cancelled conference takes no ticks.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session

from dialogue_app.domain.conferences import ConferenceStatus, ParticipantRole
from dialogue_app.domain.timezone import VN_TZ
from dialogue_app.services.errors import QT_TRANSLATE_NOOP, ValidationError
from dialogue_app.store.models import Conference


@dataclass(frozen=True)
class AttendanceRow:
    """One person or agency invited, and whether they came."""

    participant_id: int
    role: ParticipantRole
    name: str
    detail: str  # a leader's position, a citizen's ID number or address: to tell namesakes apart
    attended: bool


@dataclass(frozen=True)
class AttendanceSheet:
    """What the printed attendance list shows."""

    conference_id: int
    title: str
    starts_at: datetime  # Vietnam's time
    ends_at: datetime
    venue: str | None
    status: ConferenceStatus
    rows: tuple[AttendanceRow, ...]

    @property
    def invited(self) -> int:
        return len(self.rows)

    @property
    def came(self) -> int:
        return sum(1 for r in self.rows if r.attended)


# Why ticks are refused, one whole sentence per status (as in status.py)
_NO_TICKS = {
    ConferenceStatus.CANCELLED: QT_TRANSLATE_NOOP(
        "Messages",
        "This conference was cancelled: nobody can be ticked as present. Nothing was saved.",
    ),
    ConferenceStatus.DRAFT: QT_TRANSLATE_NOOP(
        "Messages",
        "This conference is still a draft: schedule it before ticking who came. Nothing was saved.",
    ),
    ConferenceStatus.POSTPONED: QT_TRANSLATE_NOOP(
        "Messages",
        "This conference is postponed: tick who came once it is held. Nothing was saved.",
    ),
    ConferenceStatus.CLOSED: QT_TRANSLATE_NOOP(
        "Messages",
        "This conference is closed and its record final: a head can reopen it to correct the "
        "attendance. Nothing was saved.",
    ),
}
NOT_A_PARTICIPANT = QT_TRANSLATE_NOOP(
    "Messages",
    "Somebody ticked is no longer invited to this conference (it was edited meanwhile). Close "
    "the form, open it again and tick again. Nothing was saved.",
)


def attendance_rows(row: Conference) -> tuple[AttendanceRow, ...]:
    rows = []
    for p in row.participants:
        if p.official is not None:
            name, detail = p.official.full_name, p.official.position or ""
        elif p.agency is not None:
            name, detail = p.agency.name, ""
        elif p.citizen is not None:
            name = p.citizen.full_name
            detail = p.citizen.national_id or p.citizen.address or ""
        else:
            name, detail = p.name or "", ""
        rows.append(AttendanceRow(p.id, p.role, name, detail, p.attended))
    return tuple(rows)


def set_attendance(row: Conference, ticks: Mapping[int, bool]) -> None:
    """Tick (True) or untick each participant id of ``ticks``; all or nothing."""
    if row.status in _NO_TICKS:
        raise ValidationError(_NO_TICKS[row.status], "attendance")
    people = {p.id: p for p in row.participants}
    if any(participant_id not in people for participant_id in ticks):
        raise ValidationError(NOT_A_PARTICIPANT, "attendance")
    for participant_id, came in ticks.items():
        people[participant_id].attended = bool(came)


def attendance_sheet(session: Session, row: Conference) -> AttendanceSheet:
    return AttendanceSheet(
        conference_id=row.id,
        title=row.title,
        starts_at=row.starts_at.astimezone(VN_TZ),
        ends_at=row.ends_at.astimezone(VN_TZ),
        venue=row.venue.name if row.venue is not None else None,
        status=row.status,
        rows=attendance_rows(row),
    )
