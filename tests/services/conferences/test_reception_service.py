"""Reception schedules generate dated reception days; duties are marked; quotas are counted."""

from __future__ import annotations

from datetime import date, time

import pytest
from sqlalchemy import select

from dialogue_app.domain.calendar_days import DutyPeriod, DutyStatus
from dialogue_app.domain.conferences import ConferenceKind, ConferenceStatus
from dialogue_app.domain.reception_rules import ReceptionRule
from dialogue_app.services.conferences import ConferenceQueries, ReceptionService
from dialogue_app.services.database import DatabaseHandle
from dialogue_app.services.errors import ValidationError
from dialogue_app.store.models import Conference
from tests.clock import fixed_clock
from tests.services.scheduling_fixtures import add_official, add_venue


def test_monthly_rule_generates_days_around_tet(db: DatabaseHandle) -> None:
    leader = add_official(db, "Võ Trọng Hải", "Chủ tịch UBND tỉnh")
    room = add_venue(db, "Trụ sở Tiếp công dân tỉnh")
    service = ReceptionService(db.uow, clock=fixed_clock(date(2026, 1, 1)))
    schedule = service.add_schedule(
        leader, ReceptionRule.monthly(17), valid_from=date(2026, 1, 1), venue_id=room
    )
    result = service.generate(schedule.id, date(2026, 1, 1), date(2026, 3, 31))
    # 17 Jan 2026 is a Saturday → Mon 19; 17 Feb is Tết (16–20) → Mon 23; 17 Mar is a Tuesday
    assert result.created == (date(2026, 1, 19), date(2026, 2, 23), date(2026, 3, 17))
    again = service.generate(schedule.id, date(2026, 1, 1), date(2026, 3, 31))
    assert again.created == () and len(again.already_there) == 3
    listed = ConferenceQueries(db.uow, clock=fixed_clock()).list(
        date(2026, 2, 1), date(2026, 2, 28), {ConferenceKind.RECEPTION}, leader_id=leader
    )
    assert [c.start.date() for c in listed] == [date(2026, 2, 23)]
    assert listed[0].start.time() == time(7, 30) and listed[0].chairs == ("Võ Trọng Hải",)


def test_marking_duties_and_who_is_behind(db: DatabaseHandle) -> None:
    commune_chair = add_official(db, "Nguyễn Thị Lan")
    deputy = add_official(db, "Hồ Văn Nam", "Phó Chủ tịch UBND xã")
    today = date(2026, 7, 3)  # Friday; the week runs 29 June – 5 July, across a month end
    service = ReceptionService(db.uow, clock=fixed_clock(today))
    quotas = {q.code: q for q in service.ensure_default_quotas()}
    assert quotas["commune_chairman"].period is DutyPeriod.WEEK
    service.assign_quota(commune_chair, quotas["commune_chairman"].id)
    schedule = service.add_schedule(
        commune_chair, ReceptionRule.weekly(1), valid_from=date(2026, 6, 1)
    )
    service.generate(schedule.id, date(2026, 6, 29), date(2026, 7, 12))
    duties = service.duties(date(2026, 6, 29), date(2026, 7, 12))
    assert [d.day for d in duties] == [date(2026, 6, 30), date(2026, 7, 7)]
    (row,) = service.compliance(today)
    assert row.period_start == date(2026, 6, 29) and row.count.unmarked == 1
    assert not row.count.behind
    with pytest.raises(ValidationError, match="why"):
        service.mark_duty(duties[0].id, DutyStatus.MISSED)
    missed = service.mark_duty(duties[0].id, DutyStatus.MISSED, reason="Họp đột xuất")
    assert missed.status is DutyStatus.MISSED
    (row,) = service.compliance(today)
    assert row.count.behind and row.count.shortfall == 1
    with db.uow.read() as session:
        conference = session.get(Conference, duties[0].conference_id)
        assert conference is not None and conference.status is ConferenceStatus.CANCELLED
    delegated = service.mark_duty(duties[0].id, DutyStatus.DELEGATED, delegate_id=deputy)
    assert delegated.delegate_name == "Hồ Văn Nam"
    assert not service.compliance(today)[0].count.behind
    with pytest.raises(ValidationError, match="not come"):
        service.mark_duty(duties[1].id, DutyStatus.HELD)


def test_monthly_quota_counts_by_the_month_of_the_day(db: DatabaseHandle) -> None:
    secretary = add_official(db, "Đặng Quốc Khánh", "Bí thư Đảng ủy xã")
    service = ReceptionService(db.uow, clock=fixed_clock(date(2026, 2, 2)))
    quotas = {q.code: q for q in service.ensure_default_quotas()}
    service.assign_quota(secretary, quotas["commune_party_head"].id)
    schedule = service.add_schedule(
        secretary, ReceptionRule.monthly(31), valid_from=date(2026, 1, 1)
    )
    service.generate(schedule.id, date(2026, 1, 1), date(2026, 2, 28))
    # 31 Jan (Saturday) lands on 2 Feb: it counts for February, not January
    january = service.compliance(date(2026, 1, 15))[0]
    february = service.compliance(date(2026, 2, 15))[0]
    assert january.count.planned + january.count.unmarked == 0 and january.count.shortfall == 2
    assert february.count.planned == 1 and february.count.shortfall == 1
    with db.uow.read() as session:
        assert len(session.scalars(select(Conference)).all()) == 1
