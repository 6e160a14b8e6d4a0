"""The day the tests run "on": fixed, so that no test depends on the day it really runs.

``DIALOGUE_APP_TEST_TODAY=2027-02-05 pytest`` runs the suite as if on another day (the
deadline and report tests also run at their own fixed dates, chosen to cross weekends and
holidays). The services are given a :class:`FixedClock`, never the computer's clock.
"""

from __future__ import annotations

import os
from datetime import date, datetime, time

from dialogue_app.services.clock import FixedClock

# a Thursday: the day of the week on which tests reading the real clock used to fail
TODAY = date.fromisoformat(os.environ.get("DIALOGUE_APP_TEST_TODAY", "2026-12-03"))


# Some fixtures hold fixed days of early 2026 (a March of reports, a week of conferences): their
# tests stand on a day after them all, whatever DIALOGUE_APP_TEST_TODAY says.
AFTER_THE_FIXTURES = date(2026, 12, 3)


def fixed_clock(moment: date | datetime = TODAY, at: time = time(9, 0)) -> FixedClock:
    """A new clock standing at ``moment`` (default: the tests' today, 9:00 in Vietnam)."""
    return FixedClock(moment, at)
