"""A conference's status and version: the moves allowed from one status to the next, and loading
a conference for a change guarded against somebody else's edit (the optimistic lock).

Planning, holding and the reception schedules all change a conference's status through
``change_conference_status``, so every change raises its SEQUENCE the same way.
"""

from __future__ import annotations

from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from dialogue_app.domain.conferences import CONFERENCE_TRANSITIONS, ConferenceStatus
from dialogue_app.domain.timezone import now_utc
from dialogue_app.services.conferences.queries import load_conference
from dialogue_app.services.errors import QT_TRANSLATE_NOOP, ConcurrentEdit, ValidationError
from dialogue_app.store.models import Conference

# Refusals naming a status: one whole sentence per status, so that the status is translated
# with the rest (the status names are English words of the code). Keep them in step with
# CONFERENCE_TRANSITIONS.
_CANNOT_CHANGE = {
    ConferenceStatus.DRAFT: QT_TRANSLATE_NOOP(
        "Messages", "A draft conference can only be scheduled or cancelled."
    ),
    ConferenceStatus.SCHEDULED: QT_TRANSLATE_NOOP(
        "Messages", "A scheduled conference can only be held, postponed or cancelled."
    ),
    ConferenceStatus.POSTPONED: QT_TRANSLATE_NOOP(
        "Messages", "A postponed conference can only be scheduled again or cancelled."
    ),
    ConferenceStatus.HELD: QT_TRANSLATE_NOOP("Messages", "A held conference can only be closed."),
    ConferenceStatus.CLOSED: QT_TRANSLATE_NOOP(
        "Messages", "A closed conference can no longer change its status."
    ),
    ConferenceStatus.CANCELLED: QT_TRANSLATE_NOOP(
        "Messages", "A cancelled conference can no longer change its status."
    ),
}


def change_conference_status(row: Conference, status: ConferenceStatus) -> None:
    """Move ``row`` to ``status`` (refused unless CONFERENCE_TRANSITIONS allows it); raises its
    SEQUENCE (the calendar export relies on it) and dirties the row for the version check."""
    if status not in CONFERENCE_TRANSITIONS[row.status]:
        raise ValidationError(_CANNOT_CHANGE[row.status])
    row.status = status
    row.sequence += 1
    row.updated_at = now_utc()


_CONCURRENT = QT_TRANSLATE_NOOP(
    "Messages",
    "Somebody else changed this conference while you were editing it. Your changes were not "
    "saved; close the form, open the conference again and redo them.",
)


def load_for_change(session: Session, conference_id: int, version: int) -> Conference:
    row = load_conference(session, conference_id)
    if row.version != version:
        raise ConcurrentEdit(_CONCURRENT)
    return row


def flush_guarded(session: Session, row: Conference) -> None:
    try:
        session.flush()
    except StaleDataError as error:
        raise ConcurrentEdit(_CONCURRENT) from error
