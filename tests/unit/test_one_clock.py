"""One clock (DESIGN §5): no code decides anything by reading the computer's date on its own.

Services take today and now from the ``Clock`` they are given; the window and the command line
get theirs from ``clock_from_environment()``. Only the places listed below read the system time,
each for a reason that is not a business rule.
"""

from __future__ import annotations

import ast
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

import dialogue_app
from dialogue_app.services.clock import (
    CLOCK_VARIABLE,
    FixedClock,
    SystemClock,
    clock_from_environment,
)

PACKAGE = Path(dialogue_app.__file__).parent

# file (relative to the package) -> why it may read the system time
ALLOWED = {
    "services/clock.py": "the clock itself",
    "domain/timezone.py": "now_utc(): when a row is written (created_at, audit), not a rule",
    "store/database.py": "the time stamp in a backup file's name",
    "services/database.py": "opening a database without a clock uses the app's (the environment's)",
    "app.py": "the composition root builds the clock",
    "cli/context.py": "the composition root of the command line builds the clock",
}
SYSTEM_TIME = {
    ("datetime", "now"),
    ("datetime", "today"),
    ("datetime", "utcnow"),
    ("date", "today"),
    ("QDate", "currentDate"),
    ("QDateTime", "currentDateTime"),
    ("QDateTime", "currentDateTimeUtc"),
}
CLOCK_MAKERS = {"SystemClock", "clock_from_environment", "today_local"}


def _offences(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        if (
            isinstance(func, ast.Attribute)
            and isinstance(func.value, ast.Name)
            and (func.value.id, func.attr) in SYSTEM_TIME
        ):
            found.append(f"{func.value.id}.{func.attr}() at line {node.lineno}")
        name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)
        if name in CLOCK_MAKERS:
            found.append(f"{name}() at line {node.lineno}")
    return found


def test_no_code_reads_the_system_date_on_its_own() -> None:
    offences = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        relative = path.relative_to(PACKAGE).as_posix()
        if relative in ALLOWED:
            continue
        if found := _offences(path):
            offences[relative] = found
    assert offences == {}, "take today and now from the services' Clock instead"


def test_the_guard_sees_a_system_date_read(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        "from datetime import date, datetime\n"
        "a = date.today()\n"
        "b = datetime.now()\n"
        "c = SystemClock()\n",
        encoding="utf-8",
    )
    assert len(_offences(sample)) == 3


def test_a_fixed_clock_stands_still_until_moved() -> None:
    clock = FixedClock(date(2026, 12, 31))
    assert clock.today() == date(2026, 12, 31)
    # 9:00 in Vietnam is 2:00 UTC
    assert clock.now() == datetime(2026, 12, 31, 2, 0, tzinfo=UTC)
    assert clock.today() == date(2026, 12, 31)
    clock.advance(hours=15)  # 0:00 on New Year's Day in Vietnam, still 31/12 in UTC
    assert clock.today() == date(2027, 1, 1)
    assert clock.now().date() == date(2026, 12, 31)


def test_the_environment_can_set_the_day_and_says_what_is_wrong() -> None:
    assert isinstance(clock_from_environment({}), SystemClock)
    fixed = clock_from_environment({CLOCK_VARIABLE: "2027-02-05"})
    assert fixed.today() == date(2027, 2, 5)
    moment = clock_from_environment({CLOCK_VARIABLE: "2027-02-05T23:30+07:00"})
    assert moment.today() == date(2027, 2, 5) and moment.now().hour == 16
    with pytest.raises(ValueError, match="neither a day"):
        clock_from_environment({CLOCK_VARIABLE: "tomorrow"})
    with pytest.raises(ValueError, match="aware"):
        FixedClock(datetime(2027, 2, 5, 9, 0))
