"""The follow-up board: each held conference's issues, late first, with its progress."""

from __future__ import annotations

from datetime import timedelta

import pytest

from dialogue_app.domain.cases import CaseStatus
from dialogue_app.domain.conferences import ConferenceStatus
from dialogue_app.services.errors import NotFound, ValidationError
from dialogue_app.services.followup import FollowUpService
from tests.clock import TODAY, fixed_clock
from tests.services.followup.board_fixtures import held_conference


def test_a_conference_board_puts_the_late_first_and_counts_progress(db) -> None:  # type: ignore[no-untyped-def]
    held = held_conference(db)
    board = FollowUpService(db.uow, clock=fixed_clock()).board(held.conference_id)
    assert board.status is ConferenceStatus.HELD and board.venue == "Hội trường UBND xã Cẩm Lộc"
    order = [item.case_id for item in board.items]
    assert order == [held.very_late, held.late, held.due_soon, held.no_deadline, held.resolved]
    assert [item.days_left for item in board.items] == [-10, -3, 5, None, None]
    assert (board.total, board.settled, board.late) == (5, 1, 2)
    first = board.items[0]
    assert first.late and not first.settled and first.status is CaseStatus.IN_PROGRESS
    assert first.agency == "UBND xã Cẩm Lộc" and first.deadline == TODAY - timedelta(days=10)
    assert all(item.number for item in board.items)  # every case has its register number
    assert board.items[-1].settled and board.items[-1].resolved_on == TODAY - timedelta(days=2)


def test_days_left_follow_the_clock(db) -> None:  # type: ignore[no-untyped-def]
    held = held_conference(db)
    later = FollowUpService(db.uow, clock=fixed_clock(TODAY + timedelta(days=6)))
    board = later.board(held.conference_id)
    assert [item.days_left for item in board.items][:3] == [-16, -9, -1]
    assert board.late == 3


def test_the_period_board_gathers_held_conferences_of_the_period(db) -> None:  # type: ignore[no-untyped-def]
    held = held_conference(db)
    service = FollowUpService(db.uow, clock=fixed_clock())
    day = TODAY - timedelta(days=40)
    period = service.period(day - timedelta(days=1), day)
    assert [b.conference_id for b in period.conferences] == [held.conference_id]
    assert (period.total, period.settled, period.late) == (5, 1, 2)
    assert period.items[0].case_id == held.very_late
    assert period.items[0].conference_title == period.conferences[0].title
    assert service.period(day + timedelta(days=1), TODAY).conferences == ()


def test_bad_requests_are_refused_plainly(db) -> None:  # type: ignore[no-untyped-def]
    service = FollowUpService(db.uow, clock=fixed_clock())
    with pytest.raises(NotFound):
        service.board(999_999)
    with pytest.raises(ValidationError, match="ends before it starts"):
        service.period(TODAY, TODAY - timedelta(days=1))
