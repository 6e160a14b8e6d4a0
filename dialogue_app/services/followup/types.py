"""What the follow-up board shows: plain values, late issues first."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from dialogue_app.domain.cases import CLOSED_STATUSES, CaseStatus, CaseType
from dialogue_app.domain.conferences import ConferenceKind, ConferenceStatus

# the conferences that have a board: those that took place
BOARD_STATUSES = frozenset({ConferenceStatus.HELD, ConferenceStatus.CLOSED})


@dataclass(frozen=True)
class BoardItem:
    """One issue raised at a conference, as the board follows it.

    ``days_left``: calendar days from today to the deadline of an open case (negative: late by
    that many days); None when the case is settled or has no deadline."""

    case_id: int
    number: str | None
    case_type: CaseType
    summary: str
    agency: str | None
    deadline: date | None
    status: CaseStatus
    resolved_on: date | None
    days_left: int | None
    conference_id: int
    conference_title: str

    @property
    def settled(self) -> bool:
        """No longer open: resolved, transferred, guided, withdrawn or refused."""
        return self.status in CLOSED_STATUSES

    @property
    def late(self) -> bool:
        """Still open after its deadline."""
        return self.days_left is not None and self.days_left < 0


def board_order(item: BoardItem) -> tuple[int, int, str, int]:
    """Late first (the latest of them first), then open by days left (no deadline last among
    them), then the settled ones; ties by number, then id, so that the order is stable."""
    if item.settled:
        group, days = 2, 0
    elif item.days_left is None:
        group, days = 1, 1 << 30
    else:
        group, days = (0 if item.late else 1), item.days_left
    return group, days, item.number or "", item.case_id


@dataclass(frozen=True)
class ConferenceBoard:
    """One held conference and its issues, late first."""

    conference_id: int
    title: str
    kind: ConferenceKind
    status: ConferenceStatus
    start: datetime  # aware, Asia/Ho_Chi_Minh
    venue: str | None
    today: date
    items: tuple[BoardItem, ...]

    @property
    def total(self) -> int:
        return len(self.items)

    @property
    def settled(self) -> int:
        return sum(item.settled for item in self.items)

    @property
    def late(self) -> int:
        return sum(item.late for item in self.items)


@dataclass(frozen=True)
class PeriodBoard:
    """Every held conference of a period and all their issues on one board."""

    start: date
    end: date
    today: date
    conferences: tuple[ConferenceBoard, ...]

    @property
    def items(self) -> tuple[BoardItem, ...]:
        """All the issues of the period, late first."""
        return tuple(
            sorted((i for board in self.conferences for i in board.items), key=board_order)
        )

    @property
    def total(self) -> int:
        return sum(board.total for board in self.conferences)

    @property
    def settled(self) -> int:
        return sum(board.settled for board in self.conferences)

    @property
    def late(self) -> int:
        return sum(board.late for board in self.conferences)
