"""Overlaps, time problems, non-working-day warnings, agenda overrun and free slots."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest

from dialogue_app.domain.scheduling import (
    ConflictKind,
    Interval,
    TimeProblem,
    WorkingHours,
    agenda_overrun,
    capacity_warning,
    find_free_slots,
    local_days,
    non_working_day_warnings,
    overlaps,
    time_problem,
)
from dialogue_app.domain.timezone import VN_TZ
from dialogue_app.domain.working_days import WorkingDayCalendar


def at(day: int, hour: int, minute: int = 0, month: int = 3, year: int = 2026) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=VN_TZ)


def test_touching_at_a_boundary_is_not_an_overlap() -> None:
    assert not overlaps(at(10, 8), at(10, 10), at(10, 10), at(10, 11))
    assert not overlaps(at(10, 10), at(10, 11), at(10, 8), at(10, 10))


def test_one_minute_of_shared_time_is_an_overlap() -> None:
    assert overlaps(at(10, 8), at(10, 10, 1), at(10, 10), at(10, 11))
    assert overlaps(at(10, 8), at(10, 12), at(10, 9), at(10, 10))  # containment


def test_empty_interval_overlaps_nothing() -> None:
    assert not overlaps(at(10, 9), at(10, 9), at(10, 8), at(10, 10))


def test_overlap_across_time_zones() -> None:
    utc = datetime(2026, 3, 10, 1, 0, tzinfo=VN_TZ).astimezone(VN_TZ.__class__("UTC"))
    assert overlaps(utc, utc + timedelta(hours=2), at(10, 2), at(10, 3))


def test_time_problems() -> None:
    assert time_problem(at(10, 9), at(10, 8)) is TimeProblem.END_BEFORE_START
    assert time_problem(at(10, 9), at(10, 9)) is TimeProblem.ZERO_LENGTH
    assert time_problem(at(10, 9), at(10, 10), now=at(10, 9, 1)) is TimeProblem.IN_THE_PAST
    assert time_problem(at(10, 9), at(10, 10), now=at(10, 9)) is None


def test_local_days_end_is_exclusive() -> None:
    assert local_days(at(10, 20), at(11, 0)) == [date(2026, 3, 10)]
    assert local_days(at(10, 20), at(11, 1)) == [date(2026, 3, 10), date(2026, 3, 11)]


def test_non_working_day_warning_names_the_holiday() -> None:
    warnings = non_working_day_warnings(
        at(17, 8, month=2), at(17, 10, month=2), WorkingDayCalendar(language="en_US")
    )
    assert [w.kind for w in warnings] == [ConflictKind.NON_WORKING_DAY]
    assert "Lunar New Year" in warnings[0].subject
    assert non_working_day_warnings(at(10, 8), at(10, 10), WorkingDayCalendar()) == []


def test_capacity_warning_only_when_more_are_invited() -> None:
    assert capacity_warning("Hall", 10, 10) is None
    assert capacity_warning("Hall", None, 500) is None
    warning = capacity_warning("Hall", 10, 11)
    assert warning is not None and warning.kind is ConflictKind.VENUE_TOO_SMALL
    assert "11" in warning.message


def test_agenda_overrun() -> None:
    assert agenda_overrun([60, 60], at(10, 8), at(10, 10)) == 0
    assert agenda_overrun([60, 61], at(10, 8), at(10, 10)) == 1


def test_free_slots_skip_busy_times_weekends_and_lunch() -> None:
    calendar = WorkingDayCalendar()
    busy = [Interval(at(13, 7, 30), at(13, 10))]  # Friday 13 March 2026 morning
    slots = find_free_slots(
        busy,
        first_day=date(2026, 3, 13),
        last_day=date(2026, 3, 16),
        duration=timedelta(hours=2),
        calendar=calendar,
        hours=WorkingHours(time(7, 30), time(17, 0), (time(11, 30), time(13, 30))),
        limit=4,
    )
    assert [s.start for s in slots] == [at(13, 13, 30), at(13, 15, 30)][:1] + [
        at(16, 7, 30),
        at(16, 9, 30),
        at(16, 13, 30),
    ]


def test_free_slot_may_start_when_a_busy_time_ends() -> None:
    busy = [Interval(at(16, 7, 30), at(16, 9))]
    slots = find_free_slots(
        busy,
        first_day=date(2026, 3, 16),
        last_day=date(2026, 3, 16),
        duration=timedelta(hours=1),
        calendar=WorkingDayCalendar(),
        limit=1,
    )
    assert slots == [Interval(at(16, 9), at(16, 10))]


def test_free_slots_refuse_zero_duration() -> None:
    with pytest.raises(ValueError):
        find_free_slots(
            [],
            first_day=date(2026, 3, 16),
            last_day=date(2026, 3, 16),
            duration=timedelta(0),
            calendar=WorkingDayCalendar(),
        )
