"""Undoing the last change of a case through its timeline (issue 18).

An edit or a status change keeps, on its timeline entry, the case as it was before
(``undo_state``, JSON) and the case's version right after it (``version_after``). While that
entry is the case's last, made by the same user, and nobody has changed the case since (its
version is still ``version_after``), it can be undone: the case is put back as it was, and the
timeline says so in a new entry (the entry undone stays, and can no longer be undone). Follow-ups
(urging, replies, extensions, notes) are not undone this way.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from dialogue_app.domain.cases import CaseStatus, CaseType, Channel, FollowUpKind, Outcome
from dialogue_app.domain.messages import store_parts
from dialogue_app.domain.timezone import VN_TZ
from dialogue_app.services.errors import QT_TRANSLATE_NOOP, ValidationError
from dialogue_app.store.models import Case, CaseCitizen, CaseEvent


@dataclass(frozen=True)
class UndoOffer:
    """The change "Undo" would take back: the case's last timeline entry."""

    event_id: int
    kind: FollowUpKind  # STATUS_CHANGE or NOTE (an edit)
    from_status: CaseStatus | None
    to_status: CaseStatus | None
    at: datetime
    user_name: str | None


NOTHING_TO_UNDO = QT_TRANSLATE_NOOP(
    "Messages",
    "There is nothing to undo: the last entry of this case's timeline cannot be undone (only an "
    "edit or a status change can).",
)
CHANGED_SINCE = QT_TRANSLATE_NOOP(
    "Messages",
    "Somebody changed this case after that entry; nothing was undone. Close it, open it again "
    "and see what changed.",
)
NOT_YOURS = QT_TRANSLATE_NOOP(
    "Messages", "The last change of this case was made by %1; only they can undo it."
)
UNDONE_NOTE = QT_TRANSLATE_NOOP("Messages", "Undone: the change recorded by %1 at %2")

# the columns an edit or a status change may change, restored as they were
_DATES = ("received_on", "accepted_on", "resolved_on", "deadline", "notify_deadline", "notified_on")
_ENUMS: dict[str, Any] = {
    "status": CaseStatus,
    "channel": Channel,
    "case_type": CaseType,
    "outcome": Outcome,
}
_PLAIN = (
    "number",
    "conference_id",
    "field_id",
    "summary",
    "commune_id",
    "within_competence",
    "round",
    "remote_area",
    "complexity",
    "group_size",
    "agency_id",
    "handler",
    "refusal_ground",
    "deadline_explanation",
    "notify_deadline_explanation",
    "repeat_of_id",
)


def state_of(case: Case) -> str:
    """The case as it is (what an edit or a status change may change), as JSON."""
    state: dict[str, Any] = {name: getattr(case, name) for name in _PLAIN}
    for name in _DATES:
        value = getattr(case, name)
        state[name] = value.isoformat() if value is not None else None
    for name in _ENUMS:
        value = getattr(case, name)
        state[name] = value.value if value is not None else None
    state["citizens"] = [[link.citizen_id, link.is_representative] for link in case.citizens]
    return json.dumps(state, ensure_ascii=False, default=_decimal)


def _decimal(value: object) -> object:
    if isinstance(value, Decimal):
        return str(value)
    raise TypeError(type(value).__name__)


def _restore(session: Session, case: Case, text: str) -> None:
    state = json.loads(text)
    for name in _PLAIN:
        setattr(case, name, state[name])
    for name in _DATES:
        value = state[name]
        setattr(case, name, date.fromisoformat(value) if value is not None else None)
    for name, kind in _ENUMS.items():
        value = state[name]
        setattr(case, name, kind(value) if value is not None else None)
    case.citizens.clear()
    session.flush()
    for citizen_id, representative in state["citizens"]:
        case.citizens.append(CaseCitizen(citizen_id=citizen_id, is_representative=representative))


def seal(session: Session, case: Case, before: str) -> None:
    """Make the entry just added to ``case``'s timeline undoable: ``before``, the case's
    ``state_of`` before the step. Flushes, so that the entry knows the version it left."""
    session.flush()
    event = session.scalars(
        select(CaseEvent).where(CaseEvent.case_id == case.id).order_by(CaseEvent.id.desc())
    ).first()
    if event is None:
        return
    event.undo_state = before
    event.version_after = case.version
    session.flush()


def _last(session: Session, case_id: int) -> CaseEvent | None:
    return session.scalars(
        select(CaseEvent).where(CaseEvent.case_id == case_id).order_by(CaseEvent.id.desc()).limit(1)
    ).first()


def undo_offer(session: Session, case: Case, user_name: str | None) -> UndoOffer | None:
    """What "Undo" would take back now, or None when nothing can be undone."""
    event = _last(session, case.id)
    if event is None or event.undo_state is None or event.version_after != case.version:
        return None
    if event.user_name and user_name and event.user_name != user_name:
        return None
    return UndoOffer(
        event.id, event.kind, event.from_status, event.to_status, event.at, event.user_name
    )


def undo_last(session: Session, case: Case, event_id: int, user_name: str | None) -> None:
    """Undo timeline entry ``event_id`` of ``case``: refused unless it is still the case's last
    change, undoable, by ``user_name``, with nobody having changed the case since."""
    event = _last(session, case.id)
    if event is None:
        raise ValidationError(NOTHING_TO_UNDO)
    if event.id != event_id:  # another entry came after the one the user saw
        raise ValidationError(CHANGED_SINCE)
    if event.undo_state is None:
        raise ValidationError(NOTHING_TO_UNDO)
    if event.version_after != case.version:
        raise ValidationError(CHANGED_SINCE)
    if event.user_name and user_name and event.user_name != user_name:
        raise ValidationError(NOT_YOURS, None, event.user_name)
    status = case.status
    _restore(session, case, event.undo_state)
    event.undo_state = None  # undone once
    at = event.at.astimezone(VN_TZ).strftime("%d/%m/%Y %H:%M")
    case.events.append(
        CaseEvent(
            user_name=user_name,
            kind=FollowUpKind.STATUS_CHANGE if status != case.status else FollowUpKind.NOTE,
            from_status=status if status != case.status else None,
            to_status=case.status if status != case.status else None,
            note=store_parts([(UNDONE_NOTE, (event.user_name or "—", at))]),
            happened_on=event.happened_on,
        )
    )
