"""Reporting periods: months with the office's cut-off day, quarters, 6, 9 and 12 months, or any
range, each with the period it is compared with.

**The cut-off day** (``OfficeProfile.report_cutoff_day``, 0–28) is the *last day counted* in a
report month. With cut-off ``c`` the report month *M* runs from day ``c + 1`` of month *M − 1* to
day ``c`` of month *M*, both ends included. Hà Tĩnh counts "from the 10th to the 10th": ``c = 10``,
so the report for March 2026 covers 11 February – 10 March 2026, and the one for April covers
11 March – 10 April; consecutive months never overlap and leave no gap. ``c = 0`` means calendar
months (1 March – 31 March).

Longer official periods are built from report months, so they share the cut-off:

* quarter *Q* = report months 3Q − 2 … 3Q (with ``c = 10``, quarter 1 of 2026 is 11 Dec 2025 –
  10 Mar 2026);
* 6 months = report months 1–6 of the year, 9 months = months 1–9, 12 months = months 1–12
  (the first six and nine months and the whole year, as periodic reports count them);
* any range: the dates given, both included.

**Compared with**: a month with the previous month; a quarter with the previous quarter; 6, 9 and
12 months with the same months of the previous year (the "same period last year" of official
reports, since 6 and 9 months always start the year); any range with the range of the same
number of days ending the day before it starts.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from dialogue_app.domain.messages import QT_TRANSLATE_NOOP, UserMessage


class PeriodKind(StrEnum):
    MONTH = "month"
    QUARTER = "quarter"
    HALF_YEAR = "6_months"  # the first six months of the year
    NINE_MONTHS = "9_months"  # the first nine months
    YEAR = "12_months"
    RANGE = "range"  # any dates


# How many report months each kind spans, counted from its first month.
_MONTHS = {
    PeriodKind.MONTH: 1,
    PeriodKind.QUARTER: 3,
    PeriodKind.HALF_YEAR: 6,
    PeriodKind.NINE_MONTHS: 9,
    PeriodKind.YEAR: 12,
}


class PeriodError(UserMessage, ValueError):
    """A period that cannot exist (ends before it starts, a 13th month…), in plain words (a
    translatable template and its values)."""


def _check_cutoff(cutoff_day: int) -> None:
    if not 0 <= cutoff_day <= 28:
        raise PeriodError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "The report cut-off day must be between 1 and 28, or 0 for calendar months.",
            )
        )


def _month_end(year: int, month: int, cutoff_day: int) -> date:
    if cutoff_day == 0:
        return date(year, month, calendar.monthrange(year, month)[1])
    return date(year, month, cutoff_day)


def _shift(year: int, month: int, months: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + months
    return index // 12, index % 12 + 1


def report_month_bounds(year: int, month: int, cutoff_day: int = 0) -> tuple[date, date]:
    """First and last day (inclusive) of report month ``month`` of ``year``."""
    _check_cutoff(cutoff_day)
    if not 1 <= month <= 12:
        raise PeriodError(
            QT_TRANSLATE_NOOP("Messages", "There is no month %1; choose 1 to 12."), month
        )
    last = _month_end(year, month, cutoff_day)
    previous_year, previous_month = _shift(year, month, -1)
    first = _month_end(previous_year, previous_month, cutoff_day) + timedelta(days=1)
    return first, last


def report_month_of(day: date, cutoff_day: int = 0) -> tuple[int, int]:
    """(year, month) of the report month that contains ``day``."""
    _check_cutoff(cutoff_day)
    if cutoff_day and day.day > cutoff_day:
        return _shift(day.year, day.month, 1)
    return day.year, day.month


@dataclass(frozen=True)
class Period:
    """A reporting period, both ends included.

    ``year`` and ``number`` name it (month 1–12, quarter 1–4; 0 for 6, 9, 12 months and ranges).
    """

    kind: PeriodKind
    start: date
    end: date
    year: int = 0
    number: int = 0
    cutoff_day: int = 0

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise PeriodError(
                QT_TRANSLATE_NOOP(
                    "Messages", "The period ends (%1) before it starts (%2). Swap the dates."
                ),
                self.end.isoformat(),
                self.start.isoformat(),
            )

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def contains(self, day: date) -> bool:
        return self.start <= day <= self.end

    def previous(self) -> Period:
        """The period this one is compared with (see the module's docstring)."""
        if self.kind is PeriodKind.RANGE:
            end = self.start - timedelta(days=1)
            return Period(PeriodKind.RANGE, end - timedelta(days=self.days - 1), end)
        if self.kind is PeriodKind.MONTH:
            year, month = _shift(self.year, self.number, -1)
            return month_period(year, month, self.cutoff_day)
        if self.kind is PeriodKind.QUARTER:
            year, quarter = (self.year, self.number - 1) if self.number > 1 else (self.year - 1, 4)
            return quarter_period(year, quarter, self.cutoff_day)
        return year_part_period(self.kind, self.year - 1, self.cutoff_day)

    def label(self) -> str:
        """A short Vietnamese name, for report titles (stored and printed in the office's
        language, like the rest of the report)."""
        span = f"{self.start:%d/%m/%Y} – {self.end:%d/%m/%Y}"
        names = {
            PeriodKind.MONTH: f"Tháng {self.number}/{self.year}",
            PeriodKind.QUARTER: f"Quý {_ROMAN.get(self.number, self.number)}/{self.year}",
            PeriodKind.HALF_YEAR: f"6 tháng đầu năm {self.year}",
            PeriodKind.NINE_MONTHS: f"9 tháng năm {self.year}",
            PeriodKind.YEAR: f"Năm {self.year}",
        }
        name = names.get(self.kind)
        return f"{name} ({span})" if name else f"Từ {span.replace(' – ', ' đến ')}"


_ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}


def month_period(year: int, month: int, cutoff_day: int = 0) -> Period:
    first, last = report_month_bounds(year, month, cutoff_day)
    return Period(PeriodKind.MONTH, first, last, year, month, cutoff_day)


def quarter_period(year: int, quarter: int, cutoff_day: int = 0) -> Period:
    if not 1 <= quarter <= 4:
        raise PeriodError(
            QT_TRANSLATE_NOOP("Messages", "There is no quarter %1; choose 1 to 4."), quarter
        )
    first, _ = report_month_bounds(year, 3 * quarter - 2, cutoff_day)
    _, last = report_month_bounds(year, 3 * quarter, cutoff_day)
    return Period(PeriodKind.QUARTER, first, last, year, quarter, cutoff_day)


def year_part_period(kind: PeriodKind, year: int, cutoff_day: int = 0) -> Period:
    """The first 6, 9 or 12 report months of ``year``."""
    if kind not in (PeriodKind.HALF_YEAR, PeriodKind.NINE_MONTHS, PeriodKind.YEAR):
        raise PeriodError(f"{kind} is not a part of a year.")  # misuse by the caller
    first, _ = report_month_bounds(year, 1, cutoff_day)
    _, last = report_month_bounds(year, _MONTHS[kind], cutoff_day)
    return Period(kind, first, last, year, 0, cutoff_day)


def range_period(start: date, end: date) -> Period:
    """Any dates, both included; refuses a range that ends before it starts."""
    return Period(PeriodKind.RANGE, start, end)


def period_containing(kind: PeriodKind, day: date, cutoff_day: int = 0) -> Period:
    """The period of ``kind`` that contains ``day`` (for 6 and 9 months: of ``day``'s year;
    a range: that single day)."""
    if kind is PeriodKind.RANGE:
        return range_period(day, day)
    year, month = report_month_of(day, cutoff_day)
    if kind is PeriodKind.MONTH:
        return month_period(year, month, cutoff_day)
    if kind is PeriodKind.QUARTER:
        return quarter_period(year, (month - 1) // 3 + 1, cutoff_day)
    return year_part_period(kind, year, cutoff_day)


__all__ = [
    "Period",
    "PeriodError",
    "PeriodKind",
    "month_period",
    "period_containing",
    "quarter_period",
    "range_period",
    "report_month_bounds",
    "report_month_of",
    "year_part_period",
]
