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
    "datetime.now",
    "datetime.today",
    "datetime.utcnow",
    "date.today",
    "time.time",
    "QDate.currentDate",
    "QDateTime.currentDateTime",
    "QDateTime.currentDateTimeUtc",
}
CLOCK_MAKERS = {"SystemClock", "clock_from_environment", "today_local"}
# now_utc() stamps when a row is written; outside the store only as a row's updated_at
RECORD_STAMP = "now_utc"


def _dotted(node: ast.AST) -> str:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return f"{_dotted(node.value)}.{node.attr}"
    return ""


def _offences(path: Path, *, in_store: bool = False) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    stamps_allowed = set()
    for node in ast.walk(tree):  # x.updated_at = now_utc(): the row's own write stamp
        if isinstance(node, ast.Assign) and all(
            isinstance(t, ast.Attribute) and t.attr == "updated_at" for t in node.targets
        ):
            stamps_allowed.add(id(node.value))
            if isinstance(node.value, ast.Call):
                stamps_allowed.add(id(node.value.func))
    found = []
    for node in ast.walk(tree):
        name = _dotted(node) if isinstance(node, (ast.Name, ast.Attribute)) else ""
        if not name:
            continue
        # datetime.datetime.now, dt.date.today, an uncalled date.today as a default…
        if any(name == t or name.endswith("." + t) for t in SYSTEM_TIME):
            found.append(f"{name} at line {node.lineno}")
        last = name.rsplit(".", 1)[-1]
        if last in CLOCK_MAKERS and not isinstance(getattr(node, "ctx", None), ast.Store):
            found.append(f"{name} at line {node.lineno}")
        if last == RECORD_STAMP and not in_store and id(node) not in stamps_allowed:
            found.append(f"{name} at line {node.lineno}")
    return found


def test_no_code_reads_the_system_date_on_its_own() -> None:
    offences = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        relative = path.relative_to(PACKAGE).as_posix()
        if relative in ALLOWED:
            continue
        if found := _offences(path, in_store=relative.startswith("store/")):
            offences[relative] = found
    assert offences == {}, "take today and now from the services' Clock instead"


def test_the_guard_sees_a_system_date_read(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        "import datetime as dt\n"
        "from datetime import date, datetime\n"
        "a = date.today()\n"
        "b = datetime.now()\n"
        "c = SystemClock()\n"
        "d = dt.datetime.now()\n"
        "e = field(default_factory=date.today)\n"
        "f = now_utc()\n"
        "row.updated_at = now_utc()\n",
        encoding="utf-8",
    )
    assert len(_offences(sample)) == 6


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
