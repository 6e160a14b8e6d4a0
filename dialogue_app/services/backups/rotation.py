"""Which backups to keep: the newest of each of the last days, weeks and months (pure rules).

As ``borg prune`` counts them: ``daily`` keeps the newest backup of each of the ``daily`` most
recent days that have one, ``weekly`` the newest of each of the ``weekly`` most recent ISO weeks
that have one, ``monthly`` likewise per calendar month. One backup may count for several rules
(Sunday evening's is that day's, that week's and perhaps that month's); the newest backup is
always kept, whatever the numbers. Days are the office's local days (the caller passes local
times).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class Rotation:
    daily: int = 7
    weekly: int = 4
    monthly: int = 12

    def __post_init__(self) -> None:
        for count in (self.daily, self.weekly, self.monthly):
            if count < 0:
                raise ValueError("a rotation keeps 0 or more backups per period")


def _day(moment: datetime) -> tuple[int, ...]:
    return (moment.year, moment.month, moment.day)


def _week(moment: datetime) -> tuple[int, ...]:
    iso = moment.isocalendar()
    return (iso.year, iso.week)


def _month(moment: datetime) -> tuple[int, ...]:
    return (moment.year, moment.month)


def _newest_per_period(
    items: Sequence[tuple[datetime, T]], period: Callable[[datetime], tuple[int, ...]], count: int
) -> list[T]:
    kept: list[T] = []
    seen: set[tuple[int, ...]] = set()
    for moment, item in items:  # newest first
        if len(kept) >= count:
            break
        key = period(moment)
        if key not in seen:
            seen.add(key)
            kept.append(item)
    return kept


def to_keep(backups: Iterable[tuple[datetime, T]], rotation: Rotation) -> set[T]:
    """The backups (given as ``(taken_at, item)``) that ``rotation`` keeps."""
    ordered = sorted(backups, key=lambda pair: pair[0], reverse=True)
    if not ordered:
        return set()
    kept = {ordered[0][1]}
    kept.update(_newest_per_period(ordered, _day, rotation.daily))
    kept.update(_newest_per_period(ordered, _week, rotation.weekly))
    kept.update(_newest_per_period(ordered, _month, rotation.monthly))
    return kept
