"""Reception-day rules and duty quotas (Law 42/2013/QH13 on Citizen Reception; Reg. 11-QĐi/TW).

A leader's schedule is a small JSON document (``ReceptionSchedule.rule``), for example::

    {"type": "monthly", "day": 15, "if_not_working": "next"}
        the 15th of each month; if that is not a working day, the next working day
    {"type": "weekly", "weekday": 3, "if_not_working": "skip"}
        every Thursday (Monday = 0) unless it is a holiday

``if_not_working`` is ``next`` (the next working day), ``previous`` (the working day before) or
``skip`` (no reception that time). A monthly day past the month's end means its last day.
"""

from __future__ import annotations

import calendar as _calendar
import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from dialogue_app.domain.calendar_days import DutyPeriod, DutyStatus
from dialogue_app.domain.messages import QT_TRANSLATE_NOOP, UserMessage
from dialogue_app.domain.working_days import WorkingDayCalendar


class RuleType(StrEnum):
    MONTHLY = "monthly"
    WEEKLY = "weekly"


class Shift(StrEnum):
    NEXT = "next"
    PREVIOUS = "previous"
    SKIP = "skip"


class RuleError(UserMessage, ValueError):
    """A rule document that cannot be understood; the message (a translatable template and
    its values) says what to fix."""


@dataclass(frozen=True)
class ReceptionRule:
    """A parsed schedule rule. ``day`` is the day of the month, ``weekday`` 0 (Mon)–6 (Sun)."""

    type: RuleType
    day: int | None = None
    weekday: int | None = None
    if_not_working: Shift = Shift.NEXT

    @classmethod
    def monthly(cls, day: int, if_not_working: Shift = Shift.NEXT) -> ReceptionRule:
        return cls(RuleType.MONTHLY, day=day, if_not_working=if_not_working).validated()

    @classmethod
    def weekly(cls, weekday: int, if_not_working: Shift = Shift.SKIP) -> ReceptionRule:
        return cls(RuleType.WEEKLY, weekday=weekday, if_not_working=if_not_working).validated()

    @classmethod
    def from_json(cls, text: str) -> ReceptionRule:
        try:
            data = json.loads(text)
        except (TypeError, json.JSONDecodeError) as error:
            raise RuleError(
                QT_TRANSLATE_NOOP("Messages", "The reception rule is not valid JSON: %1"), error
            ) from error
        if not isinstance(data, dict):
            raise RuleError(
                QT_TRANSLATE_NOOP("Messages", "The reception rule must be a JSON object.")
            )
        try:
            rule_type = RuleType(str(data.get("type")))
        except ValueError as error:
            raise RuleError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Unknown reception rule: “%1” is not a type of rule (monthly or weekly).",
                ),
                data.get("type"),
            ) from error
        default = "next" if rule_type is RuleType.MONTHLY else "skip"
        try:
            shift = Shift(data.get("if_not_working", default))
        except ValueError as error:
            raise RuleError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Unknown reception rule: “%1” is not a choice for a day that is not "
                    "working (next, previous or skip).",
                ),
                data.get("if_not_working"),
            ) from error
        return cls(
            rule_type,
            day=_int_or_none(data.get("day")),
            weekday=_int_or_none(data.get("weekday")),
            if_not_working=shift,
        ).validated()

    def validated(self) -> ReceptionRule:
        if self.type is RuleType.MONTHLY and not (self.day and 1 <= self.day <= 31):
            raise RuleError(
                QT_TRANSLATE_NOOP(
                    "Messages", "A monthly reception rule needs a day of the month from 1 to 31."
                )
            )
        if self.type is RuleType.WEEKLY and (self.weekday is None or not 0 <= self.weekday <= 6):
            raise RuleError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "A weekly reception rule needs a weekday from 0 (Monday) to 6 (Sunday).",
                )
            )
        return self

    def to_json(self) -> str:
        data: dict[str, object] = {
            "type": self.type.value,
            "if_not_working": self.if_not_working.value,
        }
        if self.type is RuleType.MONTHLY:
            data["day"] = self.day
        else:
            data["weekday"] = self.weekday
        return json.dumps(data, sort_keys=True)

    def nominal_days(self, start: date, end: date) -> list[date]:
        """The days the rule names in ``start``..``end`` before working days are considered.

        The window is widened by a month on each side by ``dates``, so that a day shifted into
        the range from outside it is found.
        """
        if self.type is RuleType.WEEKLY:
            assert self.weekday is not None
            first = start + timedelta(days=(self.weekday - start.weekday()) % 7)
            return [first + timedelta(weeks=n) for n in range(((end - first).days // 7) + 1)]
        assert self.day is not None
        days = []
        year, month = start.year, start.month
        while (year, month) <= (end.year, end.month):
            last = _calendar.monthrange(year, month)[1]
            day = date(year, month, min(self.day, last))
            if start <= day <= end:
                days.append(day)
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        return days

    def dates(self, start: date, end: date, calendar: WorkingDayCalendar) -> list[date]:
        """The actual reception days in ``start``..``end`` (both inclusive), shifted or skipped."""
        margin = timedelta(days=40)
        result: list[date] = []
        for nominal in self.nominal_days(start - margin, end + margin):
            actual = self.actual_day(nominal, calendar)
            if actual is not None and start <= actual <= end and actual not in result:
                result.append(actual)
        return sorted(result)

    def actual_day(self, nominal: date, calendar: WorkingDayCalendar) -> date | None:
        """Where a nominal day lands once non-working days are taken into account."""
        if calendar.is_working_day(nominal):
            return nominal
        if self.if_not_working is Shift.NEXT:
            return calendar.next_working_day(nominal)
        if self.if_not_working is Shift.PREVIOUS:
            current = nominal - timedelta(days=1)
            while not calendar.is_working_day(current):
                current -= timedelta(days=1)
            return current
        return None


def _int_or_none(value: object) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | str):
        raise RuleError(QT_TRANSLATE_NOOP("Messages", "“%1” is not a whole number."), value)
    try:
        return int(value)
    except ValueError as error:
        raise RuleError(
            QT_TRANSLATE_NOOP("Messages", "“%1” is not a whole number."), value
        ) from error


# --- duty quotas -------------------------------------------------------------------------------


@dataclass(frozen=True)
class QuotaDefinition:
    code: str
    name: str
    days: int
    period: DutyPeriod
    legal_source: str


# DESIGN.md §3. Loaded into DutyQuota rows, which the office may then edit. The codes match
# the demo data set (seeds/demo/ha_tinh.json).
DEFAULT_QUOTAS: tuple[QuotaDefinition, ...] = (
    QuotaDefinition(
        "commune_chairman",
        "Chủ tịch UBND cấp xã",
        1,
        DutyPeriod.WEEK,
        "Luật Tiếp công dân 42/2013/QH13, Điều 15",
    ),
    QuotaDefinition(
        "province_chairman",
        "Chủ tịch UBND cấp tỉnh",
        1,
        DutyPeriod.MONTH,
        "Luật Tiếp công dân 42/2013/QH13, Điều 13",
    ),
    QuotaDefinition(
        "province_party_head",
        "Bí thư Tỉnh ủy",
        1,
        DutyPeriod.MONTH,
        "Quy định 11-QĐi/TW (sửa đổi 2025)",
    ),
    QuotaDefinition(
        "commune_party_head",
        "Bí thư Đảng ủy cấp xã",
        2,
        DutyPeriod.MONTH,
        "Quy định 11-QĐi/TW (sửa đổi 2025)",
    ),
)


def period_bounds(period: DutyPeriod, day: date) -> tuple[date, date]:
    """The week (Monday–Sunday) or calendar month containing ``day``, both ends inclusive."""
    if period is DutyPeriod.WEEK:
        monday = day - timedelta(days=day.weekday())
        return monday, monday + timedelta(days=6)
    last = _calendar.monthrange(day.year, day.month)[1]
    return day.replace(day=1), day.replace(day=last)


@dataclass(frozen=True)
class DutyCount:
    """How one leader stands against a quota in one period."""

    required: int
    held: int = 0
    delegated: int = 0
    missed: int = 0
    planned: int = 0  # pending days still to come
    unmarked: int = 0  # pending days already past: someone should mark them

    @property
    def fulfilled(self) -> int:
        return self.held + self.delegated

    @property
    def shortfall(self) -> int:
        """Days still missing even if every planned day is held."""
        return max(0, self.required - self.fulfilled - self.planned - self.unmarked)

    @property
    def behind(self) -> bool:
        """Behind: the required days can no longer be reached by what is held and planned."""
        return self.shortfall > 0


def count_duties(
    required: int, duties: Iterable[tuple[date, DutyStatus]], *, today: date
) -> DutyCount:
    """Count a period's duties (day, status) against ``required`` as of ``today``."""
    held = delegated = missed = planned = unmarked = 0
    for day, status in duties:
        if status is DutyStatus.HELD:
            held += 1
        elif status is DutyStatus.DELEGATED:
            delegated += 1
        elif status is DutyStatus.MISSED:
            missed += 1
        elif day >= today:
            planned += 1
        else:
            unmarked += 1
    return DutyCount(required, held, delegated, missed, planned, unmarked)
