"""Reception-day rules around Tết and swapped Saturdays; duty quotas across month ends."""

from __future__ import annotations

from datetime import date

import pytest

from dialogue_app.domain.calendar_days import DutyPeriod, DutyStatus
from dialogue_app.domain.reception_rules import (
    ReceptionRule,
    RuleError,
    Shift,
    count_duties,
    period_bounds,
)
from dialogue_app.domain.working_days import WorkingDayCalendar

CAL = WorkingDayCalendar()


def test_the_15th_moves_past_tet_2027() -> None:
    # 15 Feb 2027 is a Monday and a working day; Tết 4–10 Feb 2027 matters for the 5th
    rule = ReceptionRule.monthly(5)
    assert rule.dates(date(2027, 2, 1), date(2027, 2, 28), CAL) == [date(2027, 2, 11)]


def test_the_15th_on_a_weekend_moves_to_monday() -> None:
    rule = ReceptionRule.monthly(15)
    # 15 March 2026 is a Sunday
    assert rule.dates(date(2026, 3, 1), date(2026, 3, 31), CAL) == [date(2026, 3, 16)]


def test_tet_2026_pushes_a_monthly_day_by_a_week() -> None:
    rule = ReceptionRule.monthly(17)  # Tue 17 Feb 2026 is Tết day 1 (16–20 Feb off)
    assert rule.dates(date(2026, 2, 1), date(2026, 2, 28), CAL) == [date(2026, 2, 23)]


def test_shift_from_the_end_of_one_month_lands_in_the_next() -> None:
    rule = ReceptionRule.monthly(31)  # 31 Jan 2026 is a Saturday → Monday 2 Feb;
    # the last day of February (Sat 28) moves to Monday 2 March
    assert rule.dates(date(2026, 2, 1), date(2026, 2, 28), CAL) == [date(2026, 2, 2)]
    assert rule.dates(date(2026, 3, 1), date(2026, 3, 2), CAL) == [date(2026, 3, 2)]


def test_previous_working_day_option() -> None:
    rule = ReceptionRule.monthly(15, Shift.PREVIOUS)
    assert rule.dates(date(2026, 3, 1), date(2026, 3, 31), CAL) == [date(2026, 3, 13)]


def test_every_thursday_unless_a_holiday() -> None:
    rule = ReceptionRule.weekly(3)
    days = rule.dates(date(2026, 2, 9), date(2026, 2, 28), CAL)
    assert days == [date(2026, 2, 12), date(2026, 2, 26)]  # 19 Feb is Tết


def test_a_swapped_working_saturday_can_carry_a_reception() -> None:
    saturday = date(2026, 10, 17)  # Saturday
    swapped = WorkingDayCalendar(working_days=[saturday])
    rule = ReceptionRule.weekly(5)
    assert rule.dates(date(2026, 10, 1), date(2026, 10, 31), swapped) == [saturday]
    assert rule.dates(date(2026, 10, 1), date(2026, 10, 31), CAL) == []


def test_rule_json_round_trip_and_errors() -> None:
    rule = ReceptionRule.from_json('{"type": "monthly", "day": 15}')
    assert rule.if_not_working is Shift.NEXT
    assert ReceptionRule.from_json(rule.to_json()) == rule
    with pytest.raises(RuleError):
        ReceptionRule.from_json('{"type": "monthly", "day": 32}')
    with pytest.raises(RuleError):
        ReceptionRule.from_json("not json")
    with pytest.raises(RuleError):
        ReceptionRule.from_json('{"type": "yearly"}')


def test_period_bounds_week_across_a_month_end() -> None:
    assert period_bounds(DutyPeriod.WEEK, date(2026, 7, 1)) == (date(2026, 6, 29), date(2026, 7, 5))
    assert period_bounds(DutyPeriod.MONTH, date(2026, 2, 10)) == (
        date(2026, 2, 1),
        date(2026, 2, 28),
    )


def test_counting_duties() -> None:
    today = date(2026, 7, 1)
    count = count_duties(
        2,
        [(date(2026, 6, 29), DutyStatus.HELD), (date(2026, 7, 3), DutyStatus.PENDING)],
        today=today,
    )
    assert count.fulfilled == 1 and count.planned == 1 and not count.behind
    missed = count_duties(2, [(date(2026, 6, 29), DutyStatus.MISSED)], today=today)
    assert missed.behind and missed.shortfall == 2
    delegated = count_duties(1, [(date(2026, 6, 30), DutyStatus.DELEGATED)], today=today)
    assert not delegated.behind
