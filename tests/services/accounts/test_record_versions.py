"""No edit lost on the records two staff can edit besides cases and conferences: reception-duty
marks, reception schedules, deadline rules, the office's settings and citizens. The second saver
is refused with what the first saved (``EditConflict.theirs``), nothing of theirs written; then
keeping mine, or merging (the fields each changed), saves over the new version and loses neither.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time

import pytest
from sqlalchemy import select

from dialogue_app.domain.calendar_days import DutyStatus
from dialogue_app.domain.merging import compare, keep_mine_over, merge
from dialogue_app.domain.reception_rules import ReceptionRule
from dialogue_app.domain.roles import Role
from dialogue_app.services.cases import CaseService
from dialogue_app.services.conferences import ReceptionService, change_of
from dialogue_app.services.database import DatabaseHandle
from dialogue_app.services.errors import ConcurrentEdit, EditConflict
from dialogue_app.services.office import OfficeProfileData, OfficeService
from dialogue_app.store.models import Citizen
from tests.clock import fixed_clock
from tests.services.accounts.staff_support import pg, staff  # noqa: F401
from tests.services.cases.case_fixtures import ensure_rules
from tests.services.scheduling_fixtures import add_official, add_venue

TODAY = date(2026, 3, 20)  # a Friday; the schedule's Tuesdays: 3, 10, 17 March…


def reception(db: DatabaseHandle) -> ReceptionService:
    return ReceptionService(db.uow, clock=fixed_clock(TODAY))


def a_schedule(db: DatabaseHandle) -> int:
    leader = add_official(db, "Nguyễn Thị Lan")
    schedule = reception(db).add_schedule(
        leader, ReceptionRule.weekly(1), valid_from=date(2026, 3, 1)
    )
    reception(db).generate(schedule.id, date(2026, 3, 1), date(2026, 3, 31))
    return schedule.id


def test_a_duty_marked_meanwhile_is_not_overwritten(db: DatabaseHandle) -> None:
    a_schedule(db)
    [duty] = reception(db).duties(date(2026, 3, 17), date(2026, 3, 17))
    opened = duty.version
    reception(db).mark_duty(duty.id, DutyStatus.HELD, expected_version=opened)

    with pytest.raises(EditConflict) as refused:
        reception(db).mark_duty(
            duty.id, DutyStatus.MISSED, reason="Họp đột xuất", expected_version=opened
        )
    theirs = refused.value.theirs
    assert theirs.status is DutyStatus.HELD and theirs.version != opened
    [saved] = reception(db).duties(date(2026, 3, 17), date(2026, 3, 17))
    assert saved.status is DutyStatus.HELD  # nothing of the second mark was written

    # the second person keeps theirs: saved over the version they were shown
    kept = reception(db).mark_duty(
        duty.id, DutyStatus.MISSED, reason="Họp đột xuất", expected_version=theirs.version
    )
    assert (kept.status, kept.reason) == (DutyStatus.MISSED, "Họp đột xuất")


def test_a_schedule_edited_meanwhile_merges_both_edits(db: DatabaseHandle) -> None:
    schedule_id = a_schedule(db)
    hall = add_venue(db, "Hội trường UBND xã")
    base = change_of(reception(db).schedule(schedule_id))
    first = replace(base, venue_id=hall)
    reception(db).update_schedule(schedule_id, first)
    mine = replace(base, start_time=time(13, 30), end_time=time(16, 30))

    with pytest.raises(EditConflict) as refused:
        reception(db).update_schedule(schedule_id, mine)
    theirs = refused.value.theirs
    assert theirs.venue_id == hall and theirs.start_time == time(7, 30)
    assert not any(change.conflict for change in compare(base, mine, theirs))

    reception(db).update_schedule(schedule_id, merge(base, mine, theirs))
    saved = reception(db).schedule(schedule_id)
    assert (saved.venue_id, saved.start_time, saved.end_time) == (
        hall,
        time(13, 30),
        time(16, 30),
    )


def test_a_deadline_rule_changed_by_both_asks_and_keeps_the_chosen_field(
    db: DatabaseHandle,
) -> None:
    ensure_rules(db)
    cases = CaseService(db.uow, clock=fixed_clock())
    base = next(r for r in cases.deadline_rules() if r.extension_days == 0 and r.days != 35)
    cases.save_deadline_rule(replace(base, days=35, legal_source="Sửa bởi An"))
    mine = replace(base, days=40, extension_days=5)

    with pytest.raises(EditConflict) as refused:
        cases.save_deadline_rule(mine)
    theirs = refused.value.theirs
    changes = {c.name: c for c in compare(base, mine, theirs)}
    assert changes["days"].conflict and not changes["extension_days"].conflict
    assert changes["legal_source"].theirs_changed and not changes["legal_source"].mine_changed
    unchanged = cases.deadline_rule(base.id)
    assert unchanged is not None and (unchanged.days, unchanged.extension_days) == (35, 0)

    # merge: their source, my extension; the conflicting days as I chose (mine)
    cases.save_deadline_rule(merge(base, mine, theirs, keep_mine={"days"}))
    saved = cases.deadline_rule(base.id)
    assert saved is not None
    assert (saved.days, saved.extension_days, saved.legal_source) == (40, 5, "Sửa bởi An")


def test_settings_saved_meanwhile_keep_mine_or_theirs(db: DatabaseHandle) -> None:
    office = OfficeService(db.uow)
    base = office.save_profile(OfficeProfileData(name="UBND xã Cẩm Lộc"))
    office.save_profile(replace(base, phone="0239 3856 001"))
    mine = replace(base, name="Văn phòng UBND xã Cẩm Lộc", reminder_minutes=60)

    with pytest.raises(EditConflict) as refused:
        office.save_profile(mine)
    theirs = refused.value.theirs
    assert theirs.phone == "0239 3856 001" and office.get_profile().name == "UBND xã Cẩm Lộc"

    office.save_profile(keep_mine_over(mine, theirs))  # keep mine: my form as typed
    saved = office.get_profile()
    assert (saved.name, saved.reminder_minutes, saved.phone) == (
        "Văn phòng UBND xã Cẩm Lộc",
        60,
        None,
    )


def test_a_citizen_changed_meanwhile_is_not_overwritten(db: DatabaseHandle) -> None:
    with db.uow.begin() as session:
        citizen = Citizen(full_name="Trần Văn Hùng", national_id="042086001234")
        session.add(citizen)
        session.flush()
        citizen_id = citizen.id
    with db.uow.begin() as first:
        mine = first.get(Citizen, citizen_id)
        assert mine is not None and mine.version == 1
        with db.uow.begin() as second:  # another workstation, committed meanwhile
            other = second.get(Citizen, citizen_id)
            assert other is not None
            other.address = "Thôn 3, xã Cẩm Lộc"
        mine.phone = "0912 345 678"
        with pytest.raises(Exception) as stale:
            first.flush()
        first.rollback()
    assert "StaleDataError" in type(stale.value).__name__
    with db.uow.read() as session:
        saved = session.scalars(select(Citizen).where(Citizen.id == citizen_id)).one()
        assert (saved.address, saved.phone, saved.version) == ("Thôn 3, xã Cẩm Lộc", None, 2)


def test_two_logins_marking_one_duty_lose_nothing(pg: DatabaseHandle) -> None:  # noqa: F811
    a_schedule(pg)
    first = staff(pg, "dlgh_an", Role.CLERK)
    second = staff(pg, "dlgh_binh", Role.CLERK)
    try:
        an, binh = reception(first), reception(second)
        [duty] = an.duties(date(2026, 3, 17), date(2026, 3, 17))
        [seen] = binh.duties(date(2026, 3, 17), date(2026, 3, 17))
        an.mark_duty(duty.id, DutyStatus.HELD, expected_version=duty.version)
        with pytest.raises(ConcurrentEdit):
            binh.mark_duty(duty.id, DutyStatus.MISSED, reason="Ốm", expected_version=seen.version)
        [after] = binh.duties(date(2026, 3, 17), date(2026, 3, 17))
        assert after.status is DutyStatus.HELD
    finally:
        first.close()
        second.close()
