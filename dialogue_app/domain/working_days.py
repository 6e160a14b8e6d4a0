"""The working-day calendar: weekends, Vietnam's public holidays, and the office's own exceptions.

Public holidays come from the ``holidays`` package (lunar Tết and Hùng Kings day included). The
office adds compensatory days off and swapped working Saturdays; a swapped working day wins over a
weekend or a holiday, an extra day off wins over an ordinary weekday. One object answers "is this a
working day" and "the next working day after X" for every feature (deadlines, reception schedules,
conflict checks).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta

SATURDAY, SUNDAY = 5, 6


# The ``holidays`` package is imported when a holiday is first asked for (it loads every
# country's calendar then): a window or command that never counts working days does without it.
# What it answered is kept for the process, and can be given in advance (``remember_holidays``:
# the application keeps the answers of earlier runs in a file, so a start needs no import).

_HOLIDAYS: dict[tuple[int, str], Mapping[date, str]] = {}
_WORKDAYS: dict[int, frozenset[date]] = {}


def _public_holidays(year: int, language: str) -> Mapping[date, str]:
    found = _HOLIDAYS.get((year, language))
    if found is None:
        import holidays

        found = dict(holidays.country_holidays("VN", years=year, language=language))
        _HOLIDAYS[(year, language)] = found
    return found


def _national_working_days(year: int) -> frozenset[date]:
    """Weekend days the government made working days, in exchange for a day off the package
    lists as a holiday (e.g. Saturday 22/8/2026 for Monday 31/8/2026)."""
    found = _WORKDAYS.get(year)
    if found is None:
        import holidays

        calendar = holidays.country_holidays("VN", years=year)
        found = _WORKDAYS[year] = frozenset(getattr(calendar, "weekend_workdays", ()) or ())
    return found


@dataclass(frozen=True)
class KnownHolidays:
    """The public holidays of some years as the ``holidays`` package gives them: by (year,
    language), the holidays' names by day; by year, the weekend days made working days."""

    holidays: Mapping[tuple[int, str], Mapping[date, str]]
    working_weekend_days: Mapping[int, frozenset[date]]


def known_holidays(years: Iterable[int], languages: Iterable[str]) -> KnownHolidays:
    """The holidays of ``years`` in ``languages`` (asked of the package if not known yet)."""
    years, languages = list(years), list(languages)
    return KnownHolidays(
        {(y, lang): _public_holidays(y, lang) for y in years for lang in languages},
        {y: _national_working_days(y) for y in years},
    )


def remember_holidays(known: KnownHolidays) -> None:
    """Answer from ``known`` instead of asking the package (what an earlier run was told)."""
    _HOLIDAYS.update(known.holidays)
    _WORKDAYS.update(known.working_weekend_days)


class WorkingDayCalendar:
    """Answers working-day questions; immutable, cheap to build, safe to share between threads."""

    def __init__(
        self,
        days_off: Mapping[date, str] | Iterable[date] = (),
        working_days: Mapping[date, str] | Iterable[date] = (),
        *,
        weekend: frozenset[int] = frozenset({SATURDAY, SUNDAY}),
        language: str = "vi",
    ) -> None:
        self._days_off = _as_mapping(days_off)
        self._working_days = _as_mapping(working_days)
        self._weekend = weekend
        self._language = language

    def public_holiday(self, day: date) -> str | None:
        """The name of the public holiday on ``day`` (in the calendar's language), or None."""
        return _public_holidays(day.year, self._language).get(day)

    def substitute_day_off(self, day: date) -> bool:
        """``day`` is a public day off given in place of a holiday that fell on a weekend, or
        swapped for a working Saturday (27/4/2026 for Hùng Kings' day on a Sunday): a day off,
        not the holiday itself."""
        name = _public_holidays(day.year, "en_US").get(day) or ""
        return "(observed)" in name or name.startswith("Day off")

    def reason_not_working(self, day: date) -> str | None:
        """Why ``day`` is not a working day (holiday name, office day off, weekend), or None."""
        if day in self._working_days:
            return None
        if day in self._days_off:
            return self._days_off[day] or "day off"
        holiday = self.public_holiday(day)
        if holiday:
            return holiday
        if day.weekday() in self._weekend and day not in _national_working_days(day.year):
            return "weekend"
        return None

    def is_working_day(self, day: date) -> bool:
        return self.reason_not_working(day) is None

    def next_working_day(self, day: date, *, include_today: bool = False) -> date:
        """The first working day after ``day`` (or ``day`` itself when ``include_today``)."""
        current = day if include_today else day + timedelta(days=1)
        for _ in range(400):  # no real calendar has a year without a working day
            if self.is_working_day(current):
                return current
            current += timedelta(days=1)
        raise ValueError(f"no working day within 400 days after {day}")

    def add_working_days(self, start: date, count: int) -> date:
        """The day ``count`` working days after ``start`` (``start`` itself not counted)."""
        if count < 0:
            raise ValueError("count must not be negative")
        current = start
        for _ in range(count):
            current = self.next_working_day(current)
        return current

    def working_days_between(self, start: date, end: date) -> int:
        """Working days in ``start``..``end``, both inclusive (0 when end < start)."""
        total, current = 0, start
        while current <= end:
            if self.is_working_day(current):
                total += 1
            current += timedelta(days=1)
        return total

    def days_off_in(self, start: date, end: date) -> list[tuple[date, str]]:
        """Every non-working day in ``start``..``end`` with its reason (for a year view)."""
        result, current = [], start
        while current <= end:
            reason = self.reason_not_working(current)
            if reason:
                result.append((current, reason))
            current += timedelta(days=1)
        return result


def _as_mapping(days: Mapping[date, str] | Iterable[date]) -> dict[date, str]:
    if isinstance(days, Mapping):
        return dict(days)
    return {day: "" for day in days}
