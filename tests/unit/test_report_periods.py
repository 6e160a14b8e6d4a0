"""Reporting periods and the statistics' arithmetic (pure, no database)."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest

from dialogue_app.domain.periods import (
    Period,
    PeriodError,
    PeriodKind,
    month_period,
    period_containing,
    quarter_period,
    range_period,
    report_month_of,
    year_part_period,
)
from dialogue_app.domain.statistics import (
    CaseCounts,
    Rate,
    SessionFacts,
    mean,
    percent,
    quota_periods_ending_in,
    summarise_sessions,
)

# --- periods -------------------------------------------------------------------------------------


def test_calendar_months_without_cutoff() -> None:
    february = month_period(2024, 2)
    assert (february.start, february.end, february.days) == (
        date(2024, 2, 1),
        date(2024, 2, 29),
        29,
    )
    assert month_period(2026, 1).previous() == month_period(2025, 12)


def test_ha_tinh_counts_from_the_10th_to_the_10th() -> None:
    march = month_period(2026, 3, cutoff_day=10)
    assert (march.start, march.end) == (date(2026, 2, 11), date(2026, 3, 10))
    assert march.label() == "Tháng 3/2026 (11/02/2026 – 10/03/2026)"
    assert report_month_of(date(2026, 3, 10), 10) == (2026, 3)
    assert report_month_of(date(2026, 3, 11), 10) == (2026, 4)
    assert report_month_of(date(2026, 12, 11), 10) == (2027, 1)
    assert month_period(2026, 1, 10).start == date(2025, 12, 11)


@pytest.mark.parametrize("cutoff", [0, 1, 10, 15, 28])
def test_consecutive_months_leave_no_gap_and_no_overlap(cutoff: int) -> None:
    months = [month_period(2025 + (m // 12), m % 12 + 1, cutoff) for m in range(0, 24)]
    for earlier, later in zip(months, months[1:], strict=False):
        assert later.start == earlier.end + timedelta(days=1)
        assert later.previous() == earlier
    day = date(2025, 1, 1)
    while day < date(2026, 12, 1):
        assert sum(1 for m in months if m.contains(day)) == 1
        assert period_containing(PeriodKind.MONTH, day, cutoff).contains(day)
        day += timedelta(days=1)


def test_quarters_and_parts_of_the_year() -> None:
    q1 = quarter_period(2026, 1, cutoff_day=10)
    assert (q1.start, q1.end) == (date(2025, 12, 11), date(2026, 3, 10))
    assert q1.previous() == quarter_period(2025, 4, cutoff_day=10)
    assert quarter_period(2026, 3).previous() == quarter_period(2026, 2)
    half = year_part_period(PeriodKind.HALF_YEAR, 2026)
    assert (half.start, half.end) == (date(2026, 1, 1), date(2026, 6, 30))
    nine = year_part_period(PeriodKind.NINE_MONTHS, 2026, 15)
    assert (nine.start, nine.end) == (date(2025, 12, 16), date(2026, 9, 15))
    year = year_part_period(PeriodKind.YEAR, 2026)
    assert (year.start, year.end, year.days) == (date(2026, 1, 1), date(2026, 12, 31), 365)
    assert half.previous() == year_part_period(PeriodKind.HALF_YEAR, 2025)
    assert period_containing(PeriodKind.QUARTER, date(2026, 8, 1)) == quarter_period(2026, 3)


def test_ranges_and_bad_input() -> None:
    week = range_period(date(2026, 3, 9), date(2026, 3, 15))
    assert week.previous() == range_period(date(2026, 3, 2), date(2026, 3, 8))
    single = range_period(date(2026, 3, 9), date(2026, 3, 9))
    assert single.days == 1 and single.previous().end == date(2026, 3, 8)
    with pytest.raises(PeriodError, match="before it starts"):
        range_period(date(2026, 3, 9), date(2026, 3, 8))
    with pytest.raises(PeriodError):
        month_period(2026, 13)
    with pytest.raises(PeriodError):
        quarter_period(2026, 5)
    with pytest.raises(PeriodError):
        month_period(2026, 3, cutoff_day=31)
    with pytest.raises(PeriodError):
        Period(PeriodKind.MONTH, date(2026, 3, 2), date(2026, 3, 1))


# --- statistics ------------------------------------------------------------------------------


def test_rates_are_rounded_half_up_from_counts() -> None:
    assert percent(1, 3) == Decimal("33.33")
    assert percent(2, 3) == Decimal("66.67")
    assert percent(1, 800) == Decimal("0.13")  # 0.125: half-up, not to even
    assert percent(1, 8) == Decimal("12.50")
    assert percent(0, 0) is None
    assert Rate(0, 0).text() == "0/0 (—)"
    assert Rate(12, 40).text() == "12/40 (30.00 %)"
    assert Rate(12, 40).text(",") == "12/40 (30,00 %)"
    assert Rate(5, 5).as_json() == {"numerator": 5, "denominator": 5, "rate_percent": 100.0}
    assert mean(7, 2) == Decimal("3.50") and mean(0, 0) is None


def test_counts_add_and_reconcile() -> None:
    a = CaseCounts(carried_over=2, received=3, settled=2, settled_on_time=1, settled_late=1,
                   open_at_end=3, overdue=1)  # fmt: skip
    b = CaseCounts(received=1, closed_otherwise=1)
    both = a + b
    assert (both.total, both.to_settle) == (6, 5)
    assert both.reconciles() and a.reconciles()
    assert not CaseCounts(received=2, settled=1).reconciles()
    assert CaseCounts().settled_rate.text() == "0/0 (—)"
    assert CaseCounts().average_days_to_settle is None


def test_sessions_by_kind_and_by_chair() -> None:
    sessions = [
        SessionFacts(1, "reception", (10,), 12, 1, 2, 0, 0),
        SessionFacts(2, "dialogue", (10, 11), None, 3, 1, 1, 7),
        SessionFacts(3, "reception", (), 2, 0, 0, 0, 0),
    ]
    summary = summarise_sessions(sessions)
    assert (summary.total.sessions, summary.total.visits, summary.total.cases) == (3, 17, 3)
    assert summary.by_kind["reception"].visits == 14
    assert summary.by_chair[10].sessions == 2 and summary.by_chair[11].visits == 3
    assert summary.by_chair[None].visits == 2
    assert summarise_sessions([]).total.visits == 0


def test_quota_periods_are_owed_in_the_period_holding_their_last_day() -> None:
    assert quota_periods_ending_in("week", date(2026, 3, 1), date(2026, 3, 31)) == 5
    assert quota_periods_ending_in("week", date(2026, 3, 2), date(2026, 3, 7)) == 0
    assert quota_periods_ending_in("month", date(2026, 2, 11), date(2026, 3, 10)) == 1
    assert quota_periods_ending_in("month", date(2026, 1, 1), date(2026, 12, 31)) == 12
    assert quota_periods_ending_in("month", date(2026, 3, 1), date(2026, 3, 30)) == 0
    assert quota_periods_ending_in("month", date(2026, 3, 2), date(2026, 3, 1)) == 0
