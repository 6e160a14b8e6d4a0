"""Editing, stopping and resuming a reception schedule; a delegate chairs the day's session.

March–April 2026: Tuesdays are 3, 10, 17, 24, 31 March and 7, 14, 21, 28 April; Thursdays
5, 12, 19, 26 March and 2, 9, 16, 23 April (30 April is a holiday). "Today" is Friday 20 March.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, time

import pytest
from ics_support import check_ics
from sqlalchemy import func, select

from dialogue_app.domain.calendar_days import DutyStatus
from dialogue_app.domain.conferences import ConferenceKind, ConferenceStatus
from dialogue_app.domain.reception_rules import ReceptionRule
from dialogue_app.services.calendar_exchange import CalendarExchangeService
from dialogue_app.services.conferences import (
    CHANGED_REASON,
    STOPPED_REASON,
    ConferenceQueries,
    ConferenceService,
    ConferenceSummary,
    DutyData,
    ReceptionService,
    ScheduleChange,
)
from dialogue_app.services.database import DatabaseHandle
from dialogue_app.services.errors import ValidationError
from dialogue_app.store.models import Conference, OfficeProfile, Official
from tests.clock import fixed_clock
from tests.services.scheduling_fixtures import EARLY, add_official, add_venue

TODAY = date(2026, 3, 20)
TUESDAY, THURSDAY = 1, 3


def reception_on(db: DatabaseHandle, today: date = TODAY) -> ReceptionService:
    return ReceptionService(db.uow, clock=fixed_clock(today))


def tuesday_schedule(db: DatabaseHandle, leader: int, venue: int | None = None) -> int:
    service = reception_on(db)
    schedule = service.add_schedule(
        leader, ReceptionRule.weekly(TUESDAY), valid_from=date(2026, 3, 1), venue_id=venue
    )
    service.generate(schedule.id, date(2026, 3, 1), date(2026, 4, 30))
    return schedule.id


def duties_by_day(db: DatabaseHandle) -> dict[date, DutyData]:
    return {d.day: d for d in reception_on(db).duties(date(2026, 1, 1), date(2026, 12, 31))}


NOT_CANCELLED = set(ConferenceStatus) - {ConferenceStatus.CANCELLED}


def sessions(db: DatabaseHandle, first: date, last: date) -> list[ConferenceSummary]:
    """The reception sessions of ``first``..``last`` that still take place (or took place)."""
    return ConferenceQueries(db.uow, clock=fixed_clock()).list(
        first, last, {ConferenceKind.RECEPTION}, statuses=NOT_CANCELLED
    )


def cancelled_sessions(db: DatabaseHandle, first: date, last: date) -> list[ConferenceSummary]:
    return ConferenceQueries(db.uow, clock=fixed_clock()).list(
        first, last, {ConferenceKind.RECEPTION}, statuses={ConferenceStatus.CANCELLED}
    )


def all_sessions(db: DatabaseHandle) -> dict[date, ConferenceSummary]:
    every = ConferenceQueries(db.uow, clock=fixed_clock()).list(
        None, None, {ConferenceKind.RECEPTION}
    )
    return {s.start.date(): s for s in every}


def mark_on(db: DatabaseHandle, day: date, status: DutyStatus, **kwargs: object) -> None:
    """Mark the duty of ``day`` as someone would on that very day."""
    duty = duties_by_day(db)[day]
    reception_on(db, day).mark_duty(duty.id, status, **kwargs)  # type: ignore[arg-type]


def change(leader: int, rule: ReceptionRule, **fields: object) -> ScheduleChange:
    return ScheduleChange(leader, rule, valid_from=date(2026, 3, 1), **fields)  # type: ignore[arg-type]


def test_a_new_rule_and_time_replan_the_days_not_yet_marked(db: DatabaseHandle) -> None:
    leader = add_official(db, "Nguyễn Thị Lan")
    hall = add_venue(db, "Hội trường UBND xã")
    office = add_venue(db, "Phòng tiếp công dân xã")
    schedule = tuesday_schedule(db, leader, hall)
    mark_on(db, date(2026, 3, 17), DutyStatus.MISSED, reason="Họp đột xuất")
    mark_on(db, date(2026, 3, 24), DutyStatus.HELD)  # marked later than "today" below
    before = all_sessions(db)

    result = reception_on(db).update_schedule(
        schedule,
        change(
            leader,
            ReceptionRule.weekly(THURSDAY),
            start_time=time(13, 30),
            end_time=time(16, 30),
            venue_id=office,
        ),
    )

    tuesdays_left = [date(2026, 3, 31)] + [date(2026, 4, d) for d in (7, 14, 21, 28)]
    thursdays = [date(2026, 3, 26)] + [date(2026, 4, d) for d in (2, 9, 16, 23)]
    assert result.removed == tuple(tuesdays_left)
    assert result.cancelled == tuple(tuesdays_left)
    assert result.created == tuple(thursdays)
    assert result.schedule.rule == ReceptionRule.weekly(THURSDAY)
    assert result.schedule.venue_name == "Phòng tiếp công dân xã"
    duties = duties_by_day(db)
    # what was before today, and every marked day, is exactly as it was
    assert duties[date(2026, 3, 3)].status is DutyStatus.PENDING
    assert duties[date(2026, 3, 17)].status is DutyStatus.MISSED
    assert duties[date(2026, 3, 17)].reason == "Họp đột xuất"
    assert duties[date(2026, 3, 24)].status is DutyStatus.HELD
    assert sorted(d for d in duties if d >= TODAY) == [date(2026, 3, 24), *thursdays]
    held = [s for s in sessions(db, date(2026, 3, 24), date(2026, 3, 24))]
    assert [(s.status, s.start.time(), s.venue) for s in held] == [
        (ConferenceStatus.HELD, time(7, 30), "Hội trường UBND xã")
    ]
    upcoming = sessions(db, date(2026, 3, 25), date(2026, 4, 30))
    assert [s.start.date() for s in upcoming] == thursdays
    assert {(s.start.time(), s.end.time(), s.venue) for s in upcoming} == {
        (time(13, 30), time(16, 30), "Phòng tiếp công dân xã")
    }
    # the Tuesdays' sessions are cancelled, not deleted: same UID, a higher SEQUENCE, a reason
    # for the invitees, so that the cancellation can reach their calendars
    for day in tuesdays_left:
        (cancelled,) = cancelled_sessions(db, day, day)
        assert cancelled.uid == before[day].uid
        assert cancelled.sequence == before[day].sequence + 1
        assert cancelled.status_reason == CHANGED_REASON
    with db.uow.read() as session:
        assert session.scalar(select(func.count(Conference.id))) == 9 + len(thursdays)


def test_a_new_time_moves_the_same_sessions(db: DatabaseHandle) -> None:
    leader = add_official(db, "Nguyễn Thị Lan")
    schedule = tuesday_schedule(db, leader)
    before = {s.start.date(): s for s in sessions(db, date(2026, 3, 1), date(2026, 4, 30))}

    result = reception_on(db).update_schedule(
        schedule,
        change(leader, ReceptionRule.weekly(TUESDAY), start_time=time(8), end_time=time(11)),
        apply_from=date(2026, 4, 1),
    )

    assert result.removed == () and result.created == ()
    assert result.updated == tuple(date(2026, 4, d) for d in (7, 14, 21, 28))
    after = {s.start.date(): s for s in sessions(db, date(2026, 3, 1), date(2026, 4, 30))}
    for day in result.updated:
        # the same session (calendar UID kept), at the new time, announced as a change
        assert after[day].uid == before[day].uid
        assert (after[day].start.time(), after[day].end.time()) == (time(8), time(11))
        assert after[day].sequence == before[day].sequence + 1
    assert after[date(2026, 3, 31)].start.time() == time(7, 30)  # before the change applies


def test_a_new_leader_takes_the_future_days_only(db: DatabaseHandle) -> None:
    leader = add_official(db, "Nguyễn Thị Lan")
    successor = add_official(db, "Trần Văn Bình")
    schedule = tuesday_schedule(db, leader)

    result = reception_on(db).update_schedule(
        schedule, change(successor, ReceptionRule.weekly(TUESDAY))
    )

    assert result.schedule.official_name == "Trần Văn Bình"
    duties = duties_by_day(db)
    assert {d.official_name for day, d in duties.items() if day < TODAY} == {"Nguyễn Thị Lan"}
    assert {d.official_name for day, d in duties.items() if day >= TODAY} == {"Trần Văn Bình"}
    upcoming = sessions(db, TODAY, date(2026, 4, 30))
    assert len(upcoming) == 6 and {s.chairs for s in upcoming} == {("Trần Văn Bình",)}
    assert all("Trần Văn Bình" in s.title for s in upcoming)


def test_a_session_handled_by_hand_is_left_alone(db: DatabaseHandle) -> None:
    leader = add_official(db, "Nguyễn Thị Lan")
    schedule = tuesday_schedule(db, leader)
    (postponed,) = sessions(db, date(2026, 3, 31), date(2026, 3, 31))
    conferences = ConferenceService(db.uow, user_name="tester", clock=fixed_clock(EARLY))
    version = conferences.get(postponed.id).version
    conferences.postpone(postponed.id, version, "Lãnh đạo đi công tác")

    result = reception_on(db).update_schedule(
        schedule, change(leader, ReceptionRule.weekly(THURSDAY))
    )

    assert result.kept == (date(2026, 3, 31),)
    assert date(2026, 3, 31) not in result.removed
    assert duties_by_day(db)[date(2026, 3, 31)].status is DutyStatus.PENDING
    (still,) = sessions(db, date(2026, 3, 31), date(2026, 3, 31))
    assert still.status is ConferenceStatus.POSTPONED


def test_stopping_cancels_the_days_not_yet_marked_and_keeps_history(
    db: DatabaseHandle,
) -> None:
    leader = add_official(db, "Nguyễn Thị Lan")
    schedule = tuesday_schedule(db, leader)
    mark_on(db, date(2026, 3, 10), DutyStatus.HELD)
    mark_on(db, date(2026, 4, 7), DutyStatus.HELD)  # marked later than "today" below
    service = reception_on(db)

    result = service.stop_schedule(schedule, date(2026, 4, 1))

    assert result.removed == tuple(date(2026, 4, d) for d in (14, 21, 28))
    assert result.cancelled == result.removed
    assert not result.schedule.active
    assert result.schedule.stopped_from == date(2026, 4, 1)
    assert sorted(duties_by_day(db)) == [date(2026, 3, d) for d in (3, 10, 17, 24, 31)] + [
        date(2026, 4, 7)
    ]
    assert duties_by_day(db)[date(2026, 4, 7)].status is DutyStatus.HELD
    assert [s.start.date() for s in sessions(db, date(2026, 4, 8), date(2026, 4, 30))] == []
    # nothing is planned from a stopped schedule after the day it stopped
    assert service.generate(schedule, date(2026, 3, 1), date(2026, 6, 30)).created == ()
    edited = service.update_schedule(
        schedule, change(leader, ReceptionRule.weekly(THURSDAY)), plan_until=date(2026, 6, 30)
    )
    assert all(day < date(2026, 4, 1) for day in edited.created)
    assert not edited.schedule.active
    with pytest.raises(ValidationError, match="already stopped"):
        service.stop_schedule(schedule, date(2026, 5, 1))


def test_resuming_plans_again_from_the_day_it_stopped(db: DatabaseHandle) -> None:
    leader = add_official(db, "Nguyễn Thị Lan")
    schedule = tuesday_schedule(db, leader)
    service = reception_on(db)
    service.stop_schedule(schedule, date(2026, 4, 1))
    with pytest.raises(ValidationError, match="applies again from 01/04/2026"):
        service.resume_schedule(schedule, date(2026, 3, 31))

    result = service.resume_schedule(schedule, date(2026, 5, 31))

    assert result.schedule.active and result.schedule.stopped_from is None
    assert result.created == tuple(date(2026, 4, d) for d in (7, 14, 21, 28)) + tuple(
        date(2026, 5, d) for d in (5, 12, 19, 26)
    )
    assert result.schedule.planned_until == date(2026, 5, 26)
    with pytest.raises(ValidationError, match="already in force"):
        service.resume_schedule(schedule, date(2026, 6, 30))


def test_a_stop_in_the_past_is_refused_and_changes_nothing(db: DatabaseHandle) -> None:
    leader = add_official(db, "Nguyễn Thị Lan")
    schedule = tuesday_schedule(db, leader)
    before = all_sessions(db)
    service = reception_on(db)

    # 10 and 17 March happened: they stay duties to mark held, delegated or missed
    with pytest.raises(ValidationError, match="only be stopped from today on"):
        service.stop_schedule(schedule, date(2026, 3, 9))
    with pytest.raises(ValidationError, match="only be stopped from today on"):
        service.stop_schedule(schedule, TODAY.replace(day=19))

    assert service.schedule(schedule).active
    assert service.schedule(schedule).valid_to is None
    duties = duties_by_day(db)
    assert len(duties) == 9 and {d.status for d in duties.values()} == {DutyStatus.PENDING}
    assert all_sessions(db) == before


def test_a_stop_from_today_cancels_the_sessions_to_come_and_keeps_their_uids(
    db: DatabaseHandle,
) -> None:
    leader = add_official(db, "Nguyễn Thị Lan")
    with db.uow.begin() as session:
        official = session.get(Official, leader)
        assert official is not None
        official.email = "ntlan@camxuyen.hatinh.gov.vn"
        session.add(
            OfficeProfile(
                name="UBND xã Cẩm Xuyên",
                organizer_name="Văn phòng UBND xã",
                organizer_email="vanphong@camxuyen.hatinh.gov.vn",
            )
        )
    schedule = tuesday_schedule(db, leader)
    before = all_sessions(db)

    result = reception_on(db).stop_schedule(schedule, TODAY)

    to_come = [date(2026, 3, 24), date(2026, 3, 31)] + [date(2026, 4, d) for d in (7, 14, 21, 28)]
    assert result.cancelled == result.removed == tuple(to_come)
    # the days before today are still there to be marked
    assert sorted(duties_by_day(db)) == [date(2026, 3, d) for d in (3, 10, 17)]
    assert [s.start.date() for s in sessions(db, TODAY, date(2026, 4, 30))] == []
    after = all_sessions(db)
    assert sorted(after) == sorted(before)  # nothing deleted
    for day in to_come:
        assert after[day].status is ConferenceStatus.CANCELLED
        assert after[day].uid == before[day].uid
        assert after[day].sequence == before[day].sequence + 1
        assert after[day].status_reason == STOPPED_REASON
    for day in (date(2026, 3, d) for d in (3, 10, 17)):
        assert after[day] == before[day]

    # the office can now tell the invitees: a METHOD:CANCEL with the same UID
    cancellation = CalendarExchangeService(db.uow, clock=fixed_clock()).cancellation(
        after[date(2026, 3, 24)].id
    )
    (event,) = check_ics(cancellation.content, "CANCEL").walk("VEVENT")
    assert str(event["UID"]) == before[date(2026, 3, 24)].uid
    assert event["SEQUENCE"] == before[date(2026, 3, 24)].sequence + 1
    assert str(event["STATUS"]) == "CANCELLED"
    assert STOPPED_REASON in str(event["DESCRIPTION"])
    assert str(event["ATTENDEE"]) == "mailto:ntlan@camxuyen.hatinh.gov.vn"  # the chair


def test_cancelled_days_are_not_counted_as_required_or_missed(db: DatabaseHandle) -> None:
    leader = add_official(db, "Nguyễn Thị Lan")
    service = reception_on(db)
    weekly = next(q for q in service.ensure_default_quotas() if q.code == "commune_chairman")
    service.assign_quota(leader, weekly.id)
    schedule = tuesday_schedule(db, leader)
    week_of_24_march = date(2026, 3, 24)
    (row,) = service.compliance(week_of_24_march)
    assert (row.count.planned, row.count.shortfall) == (1, 0)

    service.stop_schedule(schedule, TODAY)

    # the cancelled Tuesday is not planned any more: the leader is a day short that week
    (row,) = service.compliance(week_of_24_march)
    assert (row.count.planned, row.count.unmarked, row.count.missed) == (0, 0, 0)
    assert row.count.shortfall == 1
    # once the week is past, the cancelled day is neither missed nor waiting to be marked
    (row,) = reception_on(db, date(2026, 3, 30)).compliance(week_of_24_march)
    assert (row.count.missed, row.count.unmarked, row.count.planned) == (0, 0, 0)
    # the days before the stop still count, and still wait to be marked
    (row,) = reception_on(db, date(2026, 3, 30)).compliance(date(2026, 3, 17))
    assert (row.count.unmarked, row.count.missed) == (1, 0)


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (
            lambda s, schedule, leader: s.update_schedule(
                schedule, change(leader, ReceptionRule.weekly(3)), apply_from=date(2026, 3, 19)
            ),
            "from today on",
        ),
        (
            lambda s, schedule, leader: s.update_schedule(
                schedule,
                change(leader, ReceptionRule.weekly(3), start_time=time(9), end_time=time(8)),
            ),
            "ends before it starts",
        ),
    ],
)
def test_edits_that_cannot_be_saved_say_why(
    db: DatabaseHandle, edit: Callable[[ReceptionService, int, int], object], message: str
) -> None:
    leader = add_official(db, "Nguyễn Thị Lan")
    schedule = tuesday_schedule(db, leader)
    with pytest.raises(ValidationError, match=message):
        edit(reception_on(db), schedule, leader)
    # nothing changed
    assert len(duties_by_day(db)) == 9
    assert reception_on(db).schedule(schedule).rule == ReceptionRule.weekly(TUESDAY)


def test_a_delegate_chairs_the_session_of_the_day(db: DatabaseHandle) -> None:
    leader = add_official(db, "Nguyễn Thị Lan")
    deputy = add_official(db, "Hồ Văn Nam", "Phó Chủ tịch UBND xã")
    tuesday_schedule(db, leader)
    day = date(2026, 3, 17)

    mark_on(db, day, DutyStatus.DELEGATED, delegate_id=deputy)

    (session,) = sessions(db, day, day)
    assert session.chairs == ("Hồ Văn Nam",) and session.status is ConferenceStatus.HELD
    chaired = ConferenceQueries(db.uow, clock=fixed_clock()).list(day, day, leader_id=deputy)
    assert [c.id for c in chaired] == [session.id]
    assert ConferenceQueries(db.uow, clock=fixed_clock()).list(day, day, leader_id=leader) == []
    # corrected: the leader received citizens after all
    mark_on(db, day, DutyStatus.HELD)
    (session,) = sessions(db, day, day)
    assert session.chairs == ("Nguyễn Thị Lan",)
