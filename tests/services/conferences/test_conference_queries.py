"""Listing conferences: filters, paging and the reminder of past conferences not yet closed."""

from __future__ import annotations

from datetime import date

from dialogue_app.domain.conferences import ConferenceKind, ConferenceStatus
from dialogue_app.services.conferences import ConferenceQueries, ConferenceService
from dialogue_app.services.database import DatabaseHandle
from tests.clock import AFTER_THE_FIXTURES, fixed_clock
from tests.services.scheduling_fixtures import EARLY, add_official, at, draft


def test_filters_paging_and_unclosed(db: DatabaseHandle) -> None:
    planner = ConferenceService(db.uow, clock=fixed_clock(EARLY))
    leader = add_official(db, "Đặng Văn Đức")
    other = add_official(db, "Lê Thị Hoa")
    first = planner.create(draft(at(10, 8), at(10, 10), chairs=(leader,), title="Thứ nhất"))
    planner.create(draft(at(11, 8), at(11, 10), chairs=(other,), title="Thứ hai"))
    planner.create(
        draft(
            at(12, 8), at(12, 10), chairs=(leader,), title="Tiếp dân", kind=ConferenceKind.RECEPTION
        )
    )
    queries = ConferenceQueries(db.uow, clock=fixed_clock(AFTER_THE_FIXTURES))
    assert [c.title for c in queries.list(leader_id=leader)] == ["Thứ nhất", "Tiếp dân"]
    assert [c.title for c in queries.list(kinds={ConferenceKind.RECEPTION})] == ["Tiếp dân"]
    assert [c.title for c in queries.list(date(2026, 3, 11), date(2026, 3, 11))] == ["Thứ hai"]
    assert [c.title for c in queries.page(0, 2)] == ["Tiếp dân", "Thứ hai"]
    assert [c.title for c in queries.page(2, 2)] == ["Thứ nhất"]
    assert queries.count() == 3 and queries.count(search="thứ") >= 1
    assert queries.leaders_matching("dang van duc") == [(leader, "Đặng Văn Đức")]
    unclosed = queries.unclosed_past(at(11, 12))
    assert [c.title for c in unclosed] == ["Thứ nhất", "Thứ hai"]
    planner.cancel(first.id, first.version, "Không cần nữa")
    assert [c.title for c in queries.unclosed_past(at(11, 12))] == ["Thứ hai"]
    cancelled = queries.list(statuses={ConferenceStatus.CANCELLED})
    assert cancelled[0].status_reason == "Không cần nữa"
