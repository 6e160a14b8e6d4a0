"""``FollowUpService``: the follow-up board of one conference or of a period."""

from __future__ import annotations

from datetime import date

from dialogue_app.services.clock import Clock
from dialogue_app.services.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from dialogue_app.services.followup.queries import ConferenceRow, board_items, conference_rows
from dialogue_app.services.followup.types import BoardItem, ConferenceBoard, PeriodBoard
from dialogue_app.store.unit_of_work import UnitOfWork


class FollowUpService:
    """Read-only: what became of the issues raised at held conferences."""

    def __init__(self, uow: UnitOfWork, *, clock: Clock) -> None:
        self._uow = uow
        self._clock = clock

    def board(self, conference_id: int) -> ConferenceBoard:
        """The board of one conference: its issues, late first, and its progress."""
        today = self._clock.today()
        with self._uow.read() as session:
            rows = conference_rows(session, conference_id=conference_id)
            if not rows:
                raise NotFound(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "This conference no longer exists; somebody may have deleted it.",
                    )
                )
            row = rows[0]
            items = board_items(session, [(row.id, row.title)], today)
        return _board(row, items[row.id], today)

    def period(self, start: date, end: date) -> PeriodBoard:
        """Every held or closed conference starting between ``start`` and ``end`` (both
        included), earliest first, each with its issues."""
        if end < start:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Messages", "The period ends before it starts; choose an end after the start."
                ),
                "end",
            )
        today = self._clock.today()
        with self._uow.read() as session:
            rows = conference_rows(session, start=start, end=end)
            items = board_items(session, [(row.id, row.title) for row in rows], today)
        boards = tuple(_board(row, items[row.id], today) for row in rows)
        return PeriodBoard(start, end, today, boards)


def _board(row: ConferenceRow, items: list[BoardItem], today: date) -> ConferenceBoard:
    return ConferenceBoard(
        conference_id=row.id,
        title=row.title,
        kind=row.kind,
        status=row.status,
        start=row.start,
        venue=row.venue,
        today=today,
        items=tuple(items),
    )
