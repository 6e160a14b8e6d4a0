"""A conference's timeline, and undoing its last step (issue 18).

Every edit, status change and reopening of a conference through ``ConferenceService`` adds a
``ConferenceEvent``: who, when, the status before and after, the reason given. An edit or status
change also keeps the conference as it was before (``undo_state``, JSON) and the version it had
right after (``version_after``): while that step is the conference's last change, by the same
user, with nobody having changed the conference since, it can be undone. Undoing restores the
conference as it was (attendance ticks excepted: they are kept), raises its SEQUENCE, and adds
an "undone" entry; the step undone can no longer be undone again. Recording an outcome (which
registers cases) is not undoable.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from dialogue_app.domain.conferences import ConferenceKind, ConferenceStatus, ParticipantRole
from dialogue_app.domain.timezone import now_utc
from dialogue_app.services.errors import QT_TRANSLATE_NOOP, ValidationError
from dialogue_app.store.models import AgendaItem, Conference, ConferenceEvent, ConferenceParticipant


class StepKind:
    """The kinds of timeline entries (stored as text)."""

    CREATED = "created"
    EDITED = "edited"
    STATUS = "status"  # scheduled, postponed, cancelled, closed
    HELD = "held"  # the outcome recorded (not undoable: it registers cases)
    REOPENED = "reopened"
    UNDONE = "undone"


@dataclass(frozen=True)
class TimelineEntry:
    """One step of a conference's life, as the window lists it."""

    id: int
    at: datetime
    user_name: str | None
    kind: str  # StepKind
    from_status: ConferenceStatus | None
    to_status: ConferenceStatus | None
    note: str | None  # the reason given (reopening, postponing, cancelling), as typed
    undoable: bool


NOTHING_TO_UNDO = QT_TRANSLATE_NOOP(
    "Messages",
    "There is nothing to undo: the last step of this conference cannot be undone (only an edit, "
    "a status change or a reopening can).",
)
CHANGED_SINCE = QT_TRANSLATE_NOOP(
    "Messages",
    "Somebody changed this conference after that step; nothing was undone. Close it, open it "
    "again and see what changed.",
)
NOT_YOURS = QT_TRANSLATE_NOOP(
    "Messages", "The last change of this conference was made by %1; only they can undo it."
)


def state_of(row: Conference) -> str:
    """The conference as it is (what an edit or a status change may change), as JSON."""
    state: dict[str, Any] = {
        "status": row.status.value,
        "status_reason": row.status_reason,
        "kind": row.kind.value,
        "title": row.title,
        "topic": row.topic,
        "unit_id": row.unit_id,
        "venue_id": row.venue_id,
        "starts_at": row.starts_at.isoformat(),
        "ends_at": row.ends_at.isoformat(),
        "online_url": row.online_url,
        "notes": row.notes,
        "participants": [
            [p.role.value, p.official_id, p.agency_id, p.citizen_id, p.name, p.email]
            for p in row.participants
        ],
        "agenda": [[a.title, a.duration_minutes, a.presenter] for a in row.agenda_items],
    }
    return json.dumps(state, ensure_ascii=False)


def _restore(row: Conference, text: str) -> None:
    state = json.loads(text)
    row.status = ConferenceStatus(state["status"])
    row.status_reason = state["status_reason"]
    row.kind = ConferenceKind(state["kind"])
    row.title = state["title"]
    row.topic = state["topic"]
    row.unit_id = state["unit_id"]
    row.venue_id = state["venue_id"]
    row.starts_at = datetime.fromisoformat(state["starts_at"])
    row.ends_at = datetime.fromisoformat(state["ends_at"])
    row.online_url = state["online_url"]
    row.notes = state["notes"]
    came = {participant_key(p) for p in row.participants if p.attended}
    people = []
    for role, official_id, agency_id, citizen_id, name, email in state["participants"]:
        person = ConferenceParticipant(
            role=ParticipantRole(role),
            official_id=official_id,
            agency_id=agency_id,
            citizen_id=citizen_id,
            name=name,
            email=email,
        )
        person.attended = participant_key(person) in came
        people.append(person)
    row.participants = people
    row.agenda_items = [
        AgendaItem(position=n, title=title, duration_minutes=minutes, presenter=presenter)
        for n, (title, minutes, presenter) in enumerate(state["agenda"])
    ]
    row.sequence += 1  # time, place or status may have changed back: calendars must update
    row.updated_at = now_utc()


def participant_key(p: ConferenceParticipant) -> tuple[object, ...]:
    """Who a participant is, whatever its row (rows are rewritten on every edit)."""
    return (p.role, p.official_id, p.agency_id, p.citizen_id, p.name)


def log_step(
    session: Session,
    row: Conference,
    kind: str,
    user_name: str | None,
    *,
    before: str | None,
    from_status: ConferenceStatus | None = None,
    note: str | None = None,
) -> ConferenceEvent:
    """Add a timeline entry for the step just applied to ``row``; ``before``: the conference's
    ``state_of`` before it (None: the step cannot be undone). Flushes, so that the entry knows
    the version the step left."""
    session.flush()
    event = ConferenceEvent(
        conference_id=row.id,
        user_name=user_name,
        kind=kind,
        from_status=from_status,
        to_status=row.status,
        note=note,
        undo_state=before,
        version_after=row.version,
    )
    session.add(event)
    session.flush()
    return event


def timeline(session: Session, conference_id: int, user_name: str | None) -> list[TimelineEntry]:
    """The conference's timeline, oldest first; the last entry says whether it can be undone."""
    rows = session.scalars(
        select(ConferenceEvent)
        .where(ConferenceEvent.conference_id == conference_id)
        .order_by(ConferenceEvent.id)
    ).all()
    conference = session.get(Conference, conference_id)
    last = _undoable(rows[-1], conference, user_name) if rows and conference else None
    return [
        TimelineEntry(
            e.id,
            e.at,
            e.user_name,
            e.kind,
            e.from_status,
            e.to_status,
            e.note,
            undoable=last is not None and e.id == last.id,
        )
        for e in rows
    ]


def _undoable(
    event: ConferenceEvent, row: Conference | None, user_name: str | None
) -> ConferenceEvent | None:
    if row is None or event.undo_state is None or event.version_after != row.version:
        return None
    if event.user_name and user_name and event.user_name != user_name:
        return None
    return event


def undo_last(session: Session, row: Conference, event_id: int, user_name: str | None) -> None:
    """Undo step ``event_id`` of ``row``: refused unless it is still the conference's last
    change, undoable, by ``user_name``, with nobody having changed the conference since."""
    last = session.scalars(
        select(ConferenceEvent)
        .where(ConferenceEvent.conference_id == row.id)
        .order_by(ConferenceEvent.id.desc())
        .limit(1)
    ).first()
    if last is None:
        raise ValidationError(NOTHING_TO_UNDO)
    if last.id != event_id:  # another step came after the one the user saw
        raise ValidationError(CHANGED_SINCE)
    if last.undo_state is None:
        raise ValidationError(NOTHING_TO_UNDO)
    if last.version_after != row.version:  # changed without a step (e.g. its reception day)
        raise ValidationError(CHANGED_SINCE)
    if last.user_name and user_name and last.user_name != user_name:
        raise ValidationError(NOT_YOURS, None, last.user_name)
    status = row.status
    _restore(row, last.undo_state)
    last.undo_state = None  # undone once
    log_step(
        session,
        row,
        StepKind.UNDONE,
        user_name,
        before=None,
        from_status=status,
        note=last.kind,
    )
