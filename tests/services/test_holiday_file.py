"""Public holidays kept in the cache folder between runs (issue 19): a start reads them from the
file instead of importing ``holidays``, and gets the very same working days."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from dialogue_app.services.holiday_file import FILE_NAME

# a new process (the holidays a process was told stay with it): prepare as a start does, then
# say whether the package was imported and what the calendar answers
START = """
import sys
from datetime import date
from pathlib import Path
from dialogue_app.domain.working_days import WorkingDayCalendar
from dialogue_app.services.holiday_file import prepare_holidays
prepare_holidays(Path(sys.argv[1]), date(2026, 12, 3))
imported = "holidays" in sys.modules
calendar = WorkingDayCalendar()
days = [date(2025, 12, 31), date(2026, 2, 17), date(2026, 4, 27), date(2026, 8, 22),
        date(2026, 9, 2), date(2027, 2, 6), date(2027, 4, 16), date(2026, 12, 5)]
answers = [(d.isoformat(), calendar.reason_not_working(d), calendar.substitute_day_off(d))
           for d in days]
print(imported)
print(answers)
"""


def _start(folder: Path) -> tuple[bool, str]:
    done = subprocess.run(
        [sys.executable, "-c", START, str(folder)],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    imported, answers = done.stdout.splitlines()
    return imported == "True", answers


def test_a_second_start_reads_the_holidays_from_the_file(tmp_path: Path) -> None:
    first_imported, first = _start(tmp_path)
    assert first_imported  # nothing saved yet: the package works them out, and they are saved
    saved = json.loads((tmp_path / FILE_NAME).read_text(encoding="utf-8"))
    assert {"2025|vi", "2026|vi", "2027|vi", "2026|en_US"} <= set(saved["holidays"])
    again_imported, again = _start(tmp_path)
    assert not again_imported  # read from the file
    assert again == first
    assert "Tết" in first and "'2026-08-22', None" in first  # a holiday; a working Saturday


def test_a_file_from_another_package_or_damaged_is_written_again(tmp_path: Path) -> None:
    _, expected = _start(tmp_path)
    path = tmp_path / FILE_NAME
    saved = json.loads(path.read_text(encoding="utf-8"))
    # a holiday changed by another version of the package: not believed
    saved["package"] = "another version"
    saved["holidays"]["2026|vi"] = {}
    path.write_text(json.dumps(saved), encoding="utf-8")
    imported, answers = _start(tmp_path)
    assert imported and answers == expected
    assert json.loads(path.read_text(encoding="utf-8"))["holidays"]["2026|vi"]
    for damaged in ("{not json", json.dumps({"format": 1}), ""):
        path.write_text(damaged, encoding="utf-8")
        imported, answers = _start(tmp_path)
        assert imported and answers == expected
    # a year missing (the file of last year's start): worked out again, with the others
    saved = json.loads(path.read_text(encoding="utf-8"))
    del saved["holidays"]["2027|vi"]
    path.write_text(json.dumps(saved), encoding="utf-8")
    imported, answers = _start(tmp_path)
    assert imported and answers == expected
    assert not _start(tmp_path)[0]
