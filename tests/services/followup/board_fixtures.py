"""A held conference with issues in every state the board shows (real database, no mocks)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from dialogue_app.domain.cases import CaseStatus, CaseType
from dialogue_app.services.conferences import ConferenceService, HoldingRecord, IssueRaised
from dialogue_app.services.database import DatabaseHandle
from dialogue_app.store.models import Case
from tests.clock import TODAY, fixed_clock
from tests.services.cases.case_fixtures import make_places
from tests.services.scheduling_fixtures import add_venue, at, draft


@dataclass(frozen=True)
class HeldConference:
    conference_id: int
    agency_id: int
    # case ids by what became of them
    late: int
    very_late: int
    due_soon: int
    no_deadline: int
    resolved: int


def held_conference(db: DatabaseHandle, day: date | None = None) -> HeldConference:
    """A dialogue held ``day`` (default: 40 days before the tests' today) at which citizens raised
    five issues: two now late (3 and 10 days), one due in 5 days, one without a deadline, one
    resolved."""
    places = make_places(db)
    day = day or TODAY - timedelta(days=40)
    start = at(day.day, 8, month=day.month, year=day.year)
    before = fixed_clock(day - timedelta(days=10))
    venue = add_venue(db, "Hội trường UBND xã Cẩm Lộc")
    service = ConferenceService(db.uow, user_name="tester", clock=before)
    # the day may fall on a weekend or holiday, whatever day the tests run on
    created = service.create(
        draft(start, start + timedelta(hours=3), venue_id=venue), override_reason="kiểm thử"
    )
    issues = tuple(
        IssueRaised(CaseType.COMPLAINT, summary, citizen_names=(name,), agency_id=places.agency_id)
        for summary, name in (
            ("Khiếu nại đơn giá bồi thường", "Đặng Văn Đức"),
            ("Khiếu nại vị trí tái định cư", "Lê Thị Hoa"),
            ("Kiến nghị làm đường vào khu tái định cư", "Nguyễn Văn An"),
            ("Phản ánh chậm cấp giấy chứng nhận", "Trần Văn Bình"),
            ("Kiến nghị chi trả tiền hỗ trợ", "Phạm Thị Lan"),
        )
    )
    after = ConferenceService(db.uow, user_name="tester", clock=fixed_clock(day))
    held = after.record_held(created.id, created.version, HoldingRecord(80, issues=issues))
    ids = [c.id for c in held.cases]
    with db.uow.begin() as session:
        cases = {c.id: c for c in session.query(Case).filter(Case.id.in_(ids))}
        for case_id, days in zip(ids[:3], (-3, -10, 5), strict=True):
            cases[case_id].status = CaseStatus.IN_PROGRESS
            cases[case_id].deadline = TODAY + timedelta(days=days)
        cases[ids[3]].deadline = None
        cases[ids[4]].status = CaseStatus.RESOLVED
        cases[ids[4]].resolved_on = TODAY - timedelta(days=2)
    return HeldConference(created.id, places.agency_id, *ids)
