"""Scheduling rules: time intervals, overlaps, conflict warnings, agenda length, free slots.

Intervals are half-open, ``[start, end)``: a meeting that ends at 10:00 does not overlap one that
starts at 10:00 (touching at a boundary is not an overlap).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import StrEnum

from dialogue_app.domain.timezone import VN_TZ
from dialogue_app.domain.working_days import WorkingDayCalendar


@dataclass(frozen=True, order=True)
class Interval:
    """A half-open span of time ``[start, end)`` between two aware datetimes."""

    start: datetime
    end: datetime

    def __post_init__(self) -> None:
        if self.start.tzinfo is None or self.end.tzinfo is None:
            raise ValueError("naive datetime: intervals need aware datetimes")

    @property
    def duration(self) -> timedelta:
        return self.end - self.start

    def overlaps(self, other: Interval) -> bool:
        return overlaps(self.start, self.end, other.start, other.end)


def overlaps(start_a: datetime, end_a: datetime, start_b: datetime, end_b: datetime) -> bool:
    """True when ``[start_a, end_a)`` and ``[start_b, end_b)`` share a moment.

    Touching at a boundary (one ends exactly when the other starts) is not an overlap; an empty
    interval overlaps nothing.
    """
    return start_a < end_b and start_b < end_a and start_a < end_a and start_b < end_b


class TimeProblem(StrEnum):
    """Why a proposed start and end cannot be saved at all (as opposed to a warning)."""

    END_BEFORE_START = "end_before_start"
    ZERO_LENGTH = "zero_length"
    IN_THE_PAST = "in_the_past"


def time_problem(
    start: datetime, end: datetime, *, now: datetime | None = None
) -> TimeProblem | None:
    """The reason ``start``..``end`` is unusable, or None. ``now`` set: refuse a past start."""
    if end < start:
        return TimeProblem.END_BEFORE_START
    if end == start:
        return TimeProblem.ZERO_LENGTH
    if now is not None and start < now:
        return TimeProblem.IN_THE_PAST
    return None


class ConflictKind(StrEnum):
    """What a conflict warning is about. Warnings never block saving; a reason is recorded."""

    LEADER_BOOKED = "leader_booked"  # a chairing leader chairs another conference then
    VENUE_BOOKED = "venue_booked"  # the venue hosts another conference then
    NON_WORKING_DAY = "non_working_day"  # weekend, public holiday, office day off
    LEADER_BUSY = "leader_busy"  # an imported busy time (BusyBlock) of a leader
    VENUE_TOO_SMALL = "venue_too_small"  # fewer seats than people invited


@dataclass(frozen=True)
class ConflictWarning:
    """One warning, with the facts a view needs to phrase it in the user's language.

    ``subject`` names the leader or venue concerned (or the day's reason for NON_WORKING_DAY);
    ``other_title``/``other_start``/``other_end`` describe what it collides with; ``day`` is the
    non-working day; ``capacity``/``invited`` the numbers for VENUE_TOO_SMALL.
    """

    kind: ConflictKind
    subject: str
    other_id: int | None = None
    other_title: str | None = None
    other_start: datetime | None = None
    other_end: datetime | None = None
    day: date | None = None
    capacity: int | None = None
    invited: int | None = None

    @property
    def message(self) -> str:
        """An English sentence for logs, the command line and the override record."""
        when = ""
        if self.other_start and self.other_end:
            start = self.other_start.astimezone(VN_TZ)
            end = self.other_end.astimezone(VN_TZ)
            when = f" {start:%d/%m/%Y %H:%M}–{end:%H:%M}"
        if self.kind is ConflictKind.LEADER_BOOKED:
            return f"{self.subject} already chairs “{self.other_title}”{when}."
        if self.kind is ConflictKind.VENUE_BOOKED:
            return f"{self.subject} is already booked for “{self.other_title}”{when}."
        if self.kind is ConflictKind.LEADER_BUSY:
            what = f" (“{self.other_title}”)" if self.other_title else ""
            return f"{self.subject} is busy{what}{when}."
        if self.kind is ConflictKind.NON_WORKING_DAY:
            day = f"{self.day:%d/%m/%Y}" if self.day else ""
            return f"{day} is not a working day: {self.subject}."
        return f"{self.subject} holds {self.capacity} people but {self.invited} are invited."


def non_working_day_warnings(
    start: datetime, end: datetime, calendar: WorkingDayCalendar
) -> list[ConflictWarning]:
    """A warning for every local day touched by ``[start, end)`` that is not a working day."""
    warnings = []
    for day in local_days(start, end):
        reason = calendar.reason_not_working(day)
        if reason:
            warnings.append(ConflictWarning(ConflictKind.NON_WORKING_DAY, subject=reason, day=day))
    return warnings


def capacity_warning(venue_name: str, capacity: int | None, invited: int) -> ConflictWarning | None:
    """A warning when the venue has a known capacity below the number invited."""
    if capacity is None or capacity <= 0 or invited <= capacity:
        return None
    return ConflictWarning(
        ConflictKind.VENUE_TOO_SMALL, subject=venue_name, capacity=capacity, invited=invited
    )


def local_days(start: datetime, end: datetime) -> list[date]:
    """The local (Vietnam) calendar days that ``[start, end)`` touches."""
    first = start.astimezone(VN_TZ).date()
    # the end is exclusive: a meeting ending at midnight does not touch the next day
    last = (end.astimezone(VN_TZ) - timedelta(microseconds=1)).date()
    if last < first:
        last = first
    return [first + timedelta(days=n) for n in range((last - first).days + 1)]


def agenda_overrun(durations: Iterable[int], start: datetime, end: datetime) -> int:
    """Minutes by which agenda items run over the conference (0 when they fit)."""
    total = sum(max(0, minutes) for minutes in durations)
    available = int((end - start).total_seconds() // 60)
    return max(0, total - available)


@dataclass(frozen=True)
class WorkingHours:
    """The part of a working day in which meetings may be placed (local wall-clock times)."""

    start: time = time(7, 30)
    end: time = time(17, 0)
    lunch: tuple[time, time] | None = (time(11, 30), time(13, 30))


def find_free_slots(
    busy: Sequence[Interval],
    *,
    first_day: date,
    last_day: date,
    duration: timedelta,
    calendar: WorkingDayCalendar,
    hours: WorkingHours = WorkingHours(),  # noqa: B008  # frozen value, safe as a default
    step: timedelta = timedelta(minutes=30),
    limit: int = 10,
    not_before: datetime | None = None,
) -> list[Interval]:
    """The earliest ``limit`` slots of ``duration`` that avoid every busy interval.

    Only working days between ``first_day`` and ``last_day`` are searched, within working hours
    and outside the lunch break; candidate starts are aligned to ``step`` from the day's start.
    """
    if duration <= timedelta(0):
        raise ValueError("the duration must be positive")
    ordered = sorted(busy)
    result: list[Interval] = []
    day = first_day
    while day <= last_day and len(result) < limit:
        if calendar.is_working_day(day):
            for window in _day_windows(day, hours):
                candidate = window.start
                while candidate + duration <= window.end and len(result) < limit:
                    slot = Interval(candidate, candidate + duration)
                    if not_before is not None and slot.start < not_before:
                        candidate += step
                        continue
                    blocker = _first_blocker(ordered, slot)
                    if blocker is None:
                        result.append(slot)
                        candidate += max(step, duration)
                    else:
                        # jump past the blocker, staying on the step grid
                        skip = blocker.end - window.start
                        steps = -(-skip // step)  # ceiling division of timedeltas
                        candidate = max(candidate + step, window.start + steps * step)
        day += timedelta(days=1)
    return result


def _day_windows(day: date, hours: WorkingHours) -> list[Interval]:
    def at(moment: time) -> datetime:
        return datetime.combine(day, moment, tzinfo=VN_TZ)

    if hours.lunch is None or not (hours.start < hours.lunch[0] < hours.lunch[1] < hours.end):
        return [Interval(at(hours.start), at(hours.end))]
    return [
        Interval(at(hours.start), at(hours.lunch[0])),
        Interval(at(hours.lunch[1]), at(hours.end)),
    ]


def _first_blocker(busy: Sequence[Interval], slot: Interval) -> Interval | None:
    blockers = [b for b in busy if b.overlaps(slot)]
    return max(blockers, key=lambda b: b.end) if blockers else None
