"""Deadlines and the overdue figures, run on days chosen to cross the calendar's hard places.

Each test runs with the service's clock standing on a day before a weekend, Tết, 30 April –
1 May, 2 September, 24 November (Vietnam Culture Day) and the year end, and checks the case
register against an independent oracle: weekends plus the `holidays` package's Vietnamese
public holidays (the office's own table of days is empty here).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import holidays
import pytest

from dialogue_app.domain.cases import CaseStatus, CaseType, Channel, FollowUpKind
from dialogue_app.domain.periods import month_period
from dialogue_app.services.cases import CaseDraft, CaseFilter, CaseService, CitizenInput
from dialogue_app.services.clock import FixedClock
from dialogue_app.services.database import DatabaseHandle
from dialogue_app.services.reports import ReportService
from tests.services.cases.case_fixtures import Places, make_places

DAYS = {
    "a Friday before a weekend": date(2026, 12, 4),
    "the eve of Tết 2027": date(2027, 2, 3),
    "the day before 30 April - 1 May": date(2026, 4, 29),
    "the day before 2 September": date(2026, 9, 1),
    "the day before 24 November": date(2026, 11, 23),
    "the year end": date(2026, 12, 31),
    "the eve of Tết 2026": date(2026, 2, 13),
}
HOLIDAYS = holidays.country_holidays("VN", years=range(2025, 2029))


def day_off(day: date) -> bool:
    return day.weekday() >= 5 or day in HOLIDAYS


def first_working_day_from(day: date) -> date:
    while day_off(day):
        day += timedelta(days=1)
    return day


def working_days_after(start: date, count: int) -> date:
    day = start
    while count:
        day += timedelta(days=1)
        if not day_off(day):
            count -= 1
    return day


@pytest.fixture(params=list(DAYS.values()), ids=list(DAYS))
def today(request: pytest.FixtureRequest) -> date:
    return date.fromisoformat(str(request.param))


@pytest.fixture
def places(db: DatabaseHandle) -> Places:
    return make_places(db)


def service(db: DatabaseHandle, today: date) -> CaseService:
    return CaseService(db.uow, "chuyenvien", clock=FixedClock(today))


def register(cases: CaseService, places: Places, today: date, **changes: object) -> int:
    draft = CaseDraft(
        received_on=today - timedelta(days=3),
        case_type=CaseType.COMPLAINT,
        citizens=(CitizenInput("Đặng Văn Đức", "040123456789", "thôn 3"),),
        summary="Tranh chấp ranh giới thửa đất",
        channel=Channel.RECEPTION,
        field_id=places.land_id,
        commune_id=places.commune_id,
        agency_id=places.agency_id,
    )
    return cases.register(replace(draft, **changes)).case.id  # type: ignore[arg-type]


def test_a_complaint_accepted_today_ends_on_the_first_working_day_after_30_days(
    db: DatabaseHandle, places: Places, today: date
) -> None:
    cases = service(db, today)
    case = cases.change_status(register(cases, places, today), CaseStatus.ACCEPTED, on=today)
    # Law on Complaints Art. 28: 30 calendar days; Civil Code Art. 148 rolls a day off forward
    assert case.deadline == first_working_day_from(today + timedelta(days=30))
    (row,) = cases.rows_by_ids([case.id])
    assert case.deadline is not None and row.days_left == (case.deadline - today).days
    assert not case.overdue


def test_a_denunciator_is_notified_within_five_working_days(
    db: DatabaseHandle, places: Places, today: date
) -> None:
    cases = service(db, today)
    case_id = register(cases, places, today, case_type=CaseType.DENUNCIATION)
    case = cases.change_status(case_id, CaseStatus.ACCEPTED, on=today)
    assert case.notify_deadline == working_days_after(today, 5)
    assert case.deadline == first_working_day_from(today + timedelta(days=30))


def test_an_extension_never_moves_the_deadline_earlier_and_counts_from_the_raw_last_day(
    db: DatabaseHandle, places: Places, today: date
) -> None:
    cases = service(db, today)
    case_id = register(cases, places, today, case_type=CaseType.DENUNCIATION, complexity=1)
    case = cases.change_status(case_id, CaseStatus.ACCEPTED, on=today)
    before = case.deadline
    assert before is not None
    case = cases.add_follow_up(
        case_id, FollowUpKind.EXTENSION, decision_number="7/QĐ-UBND", extension_days=30
    )
    raw_last_day = today + timedelta(days=30)
    assert case.deadline == first_working_day_from(raw_last_day + timedelta(days=30))
    assert case.deadline is not None and case.deadline > before


def test_a_case_is_overdue_from_the_day_after_its_deadline(
    db: DatabaseHandle, places: Places, today: date
) -> None:
    cases = service(db, today)
    case_id = register(cases, places, today)
    deadline = cases.change_status(case_id, CaseStatus.ACCEPTED, on=today).deadline
    assert deadline is not None
    overdue = CaseFilter(overdue=True)
    on_the_day = service(db, deadline)
    assert not on_the_day.get(case_id).overdue and on_the_day.count(overdue) == 0
    the_day_after = service(db, deadline + timedelta(days=1))
    assert the_day_after.get(case_id).overdue and the_day_after.count(overdue) == 1
    assert the_day_after.rows_by_ids([case_id])[0].days_left == -1


def test_the_report_counts_overdue_as_of_the_period_end_or_today(
    db: DatabaseHandle, places: Places, today: date
) -> None:
    cases = service(db, today)
    case_id = register(cases, places, today, received_on=today)
    deadline = cases.change_status(case_id, CaseStatus.ACCEPTED, on=today).deadline
    assert deadline is not None
    late = deadline + timedelta(days=1)
    month = month_period(today.year, today.month)
    # during the month the case was received in, the case is not late yet
    during = ReportService(db.uow, clock=FixedClock(today)).report(month)
    assert during.cases.received == 1 and during.cases.overdue == 0
    # looked at after its deadline, the period that contains the day after it counts it late
    after = ReportService(db.uow, clock=FixedClock(late)).report(
        month_period(late.year, late.month)
    )
    assert after.cases.overdue == 1
