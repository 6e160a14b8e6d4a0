"""Conflicts: booked leaders and venue, the leaders' imported busy times, days off, a room too
small, and the busy times behind the free-slot search.

Conflicts are warnings, never refusals: saving over them needs a reason, which is recorded in
``ConflictOverride``.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from dialogue_app.domain.scheduling import (
    ConflictKind,
    ConflictWarning,
    Interval,
    capacity_warning,
    non_working_day_warnings,
)
from dialogue_app.domain.text import clean
from dialogue_app.domain.working_days import WorkingDayCalendar
from dialogue_app.services.conferences.queries import busy_blocks, chair_bookings, venue_bookings
from dialogue_app.services.conferences.types import ConferenceDraft
from dialogue_app.services.errors import QT_TRANSLATE_NOOP, ServiceError
from dialogue_app.store.models import ConflictOverride, Venue


class ConflictsNeedReason(ServiceError):
    """Saving would go over conflict warnings and no reason was given.

    The window translates the template and lists ``warnings`` in its own words; ``str(error)``
    (the command line, logs) spells the warnings out in English.
    """

    def __init__(self, warnings: Sequence[ConflictWarning]) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Messages", "This conference has conflicts. Give a reason to save it anyway."
            )
        )
        self.warnings = tuple(warnings)
        self.args = (
            "This conference has conflicts: "
            + " ".join(w.message for w in warnings)
            + " Give a reason to save it anyway.",
        )


def conflicts_for(
    session: Session,
    draft: ConferenceDraft,
    calendar: WorkingDayCalendar,
    *,
    exclude_id: int | None,
) -> list[ConflictWarning]:
    """Every warning for ``draft``: booked leaders and venue, busy times, days off, capacity."""
    start, end = draft.start, draft.end
    chair_ids = sorted(set(draft.chair_ids))
    warnings = [
        ConflictWarning(ConflictKind.LEADER_BOOKED, name, cid, title, s, e)
        for name, cid, title, s, e in chair_bookings(session, chair_ids, start, end, exclude_id)
    ]
    warnings += [
        ConflictWarning(ConflictKind.LEADER_BUSY, name, None, summary, s, e)
        for name, summary, s, e in busy_blocks(session, chair_ids, start, end)
    ]
    venue = (
        session.connection()
        .execute(select(Venue.id, Venue.name, Venue.capacity).where(Venue.id == draft.venue_id))
        .first()
        if draft.venue_id is not None
        else None
    )
    if venue is not None:
        warnings += [
            ConflictWarning(ConflictKind.VENUE_BOOKED, venue.name, cid, title, s, e)
            for cid, title, s, e in venue_bookings(session, venue.id, start, end, exclude_id)
        ]
        too_small = capacity_warning(venue.name, venue.capacity, draft.invited_count)
        if too_small:
            warnings.append(too_small)
    warnings += non_working_day_warnings(start, end, calendar)
    return warnings


def busy_intervals(
    session: Session,
    official_ids: Sequence[int],
    venue_id: int | None,
    start: datetime,
    end: datetime,
    exclude_id: int | None = None,
) -> list[Interval]:
    """When any of these leaders or the venue is taken between ``start`` and ``end``: the
    conferences they chair or it hosts (not postponed or cancelled) and imported busy times."""
    spans = [(s, e) for *_, s, e in chair_bookings(session, official_ids, start, end, exclude_id)]
    spans += [(s, e) for *_, s, e in busy_blocks(session, official_ids, start, end)]
    if venue_id is not None:
        spans += [(s, e) for *_, s, e in venue_bookings(session, venue_id, start, end, exclude_id)]
    return [Interval(s, e) for s, e in spans]


def reason_for(warnings: Sequence[ConflictWarning], reason: str | None) -> str | None:
    text = clean(reason)
    if warnings and not text:
        raise ConflictsNeedReason(warnings)
    return text if warnings else None


def record_override(
    session: Session,
    conference_id: int,
    warnings: Sequence[ConflictWarning],
    reason: str | None,
    user_name: str | None,
) -> None:
    if warnings and reason:
        session.add(
            ConflictOverride(
                conference_id=conference_id,
                user_name=user_name,
                warnings="\n".join(w.message for w in warnings),
                reason=reason,
            )
        )
