"""The one clock: every service asks it for today and now (DESIGN §5).

The window and the command line pass a :class:`SystemClock`; tests pass a :class:`FixedClock` set
to a chosen day, so that no rule depends on the day the code happens to run. Nothing below the
composition root reads the system date for a business decision (a deadline, "overdue", "in the
future", a report period, a calendar's DTSTAMP). The time a row was written (``created_at``,
``updated_at``, the audit log's ``at``) is a record of the write itself and stays the store's.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from datetime import UTC, date, datetime, time, timedelta
from typing import Protocol

from dialogue_app.domain.timezone import VN_TZ


class Clock(Protocol):
    def today(self) -> date:
        """The office's local date (Asia/Ho_Chi_Minh)."""
        ...

    def now(self) -> datetime:
        """The current moment, aware, in UTC."""
        ...


class SystemClock:
    """The computer's clock, in Vietnam's time zone."""

    def today(self) -> date:
        return datetime.now(VN_TZ).date()

    def now(self) -> datetime:
        return datetime.now(UTC)

    def __repr__(self) -> str:
        return "SystemClock()"


class FixedClock:
    """A clock that shows the moment it is set to until it is moved (tests, simulations)."""

    def __init__(self, moment: date | datetime, at: time = time(9, 0)) -> None:
        self._moment = _aware(moment, at)

    def today(self) -> date:
        return self._moment.astimezone(VN_TZ).date()

    def now(self) -> datetime:
        return self._moment.astimezone(UTC)

    def set(self, moment: date | datetime, at: time = time(9, 0)) -> None:
        self._moment = _aware(moment, at)

    def advance(self, **delta: float) -> None:
        """Move on by ``timedelta(**delta)``, e.g. ``advance(days=1)``."""
        self._moment += timedelta(**delta)

    def __repr__(self) -> str:
        return f"FixedClock({self._moment.isoformat()})"


def _aware(moment: date | datetime, at: time) -> datetime:
    if isinstance(moment, datetime):
        if moment.tzinfo is None:
            raise ValueError("naive datetime: give the clock an aware moment")
        return moment
    return datetime.combine(moment, at, tzinfo=VN_TZ)


# Run as if on another day: ``DIALOGUE_APP_CLOCK=2027-02-05`` (or an ISO moment with its offset,
# ``2027-02-05T14:30+07:00``). For reproducing what a user saw on a given day and for the tests,
# which run the command line and the window at their own fixed day.
CLOCK_VARIABLE = "DIALOGUE_APP_CLOCK"


def clock_from_environment(environ: Mapping[str, str] | None = None) -> Clock:
    """The computer's clock, or a fixed one when ``DIALOGUE_APP_CLOCK`` names a day or moment."""
    value = (os.environ if environ is None else environ).get(CLOCK_VARIABLE, "").strip()
    if not value:
        return SystemClock()
    try:
        moment: date | datetime = (
            datetime.fromisoformat(value) if "T" in value else date.fromisoformat(value)
        )
        return FixedClock(moment)
    except ValueError as error:
        raise ValueError(
            f"{CLOCK_VARIABLE}={value!r} is neither a day (2027-02-05) nor a moment with its "
            "offset (2027-02-05T14:30+07:00); unset it to use the computer's clock"
        ) from error
