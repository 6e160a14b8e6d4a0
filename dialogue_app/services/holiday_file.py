"""Vietnam's public holidays kept in a file between runs, so a start does not import ``holidays``.

The ``holidays`` package takes about 0.15 s to import and to work out a year (the lunar New Year,
Hùng Kings' day): on the way to the first page at every start. Its answers for last year, this
year and next year are written to ``holidays.json`` in the user's cache folder, marked with the
package they came from (the path, size and time of its installation record, named with its
version; in the Windows bundle, of the program itself). A file from another package, unreadable,
or missing a year is ignored and written again: the file can only save time, never change a
deadline.
"""

from __future__ import annotations

import json
import logging
import os
import sys
import tempfile
from collections.abc import Iterable
from datetime import date
from pathlib import Path

from dialogue_app.domain.working_days import KnownHolidays, known_holidays, remember_holidays

log = logging.getLogger(__name__)

FILE_NAME = "holidays.json"
FORMAT = 1
# the languages the calendar asks for: the names shown, and English to tell substitute days off
LANGUAGES = ("vi", "en_US")


def package_mark() -> str | None:
    """What identifies the installed ``holidays`` package (None: cannot tell; do not cache)."""
    path: Path | None = Path(sys.executable)  # the bundle: its package changes with it alone
    if not getattr(sys, "frozen", False):  # where an import finds it: the first folder holding it
        found = (Path(entry or ".") / "holidays" / "version.py" for entry in sys.path)
        path = next((candidate for candidate in found if candidate.is_file()), None)
        if path is not None:
            # its installation record (named with the version, listing every file's hash)
            # rather than version.py, which is the same file in every version
            records = sorted(path.parents[1].glob("holidays-*.dist-info/RECORD"))
            path = records[0] if len(records) == 1 else path
    if path is None:
        return None
    try:
        stat = path.stat()
    except OSError:
        return None
    return f"{path}:{stat.st_size}:{stat.st_mtime_ns}"


def remember_saved_holidays(folder: Path, years: Iterable[int]) -> bool:
    """Give the calendar the holidays of ``years`` saved in ``folder``; False when the file
    does not hold them all for the installed package (nothing is given then)."""
    mark = package_mark()
    if mark is None:
        return False
    try:
        saved = json.loads((folder / FILE_NAME).read_text(encoding="utf-8"))
        if saved.get("format") != FORMAT or saved.get("package") != mark:
            return False
        names = {
            (int(key.split("|")[0]), key.split("|")[1]): {
                date.fromisoformat(day): str(name) for day, name in days.items()
            }
            for key, days in saved["holidays"].items()
        }
        workdays = {
            int(year): frozenset(date.fromisoformat(day) for day in days)
            for year, days in saved["working_weekend_days"].items()
        }
    except (OSError, ValueError, KeyError, TypeError, AttributeError, IndexError):
        return False
    wanted = list(years)
    if not all((y, lang) in names for y in wanted for lang in LANGUAGES) or not all(
        y in workdays for y in wanted
    ):
        return False
    remember_holidays(KnownHolidays(names, workdays))
    return True


def save_holidays(folder: Path, years: Iterable[int]) -> None:
    """Work out the holidays of ``years`` (the package) and write them to the file in
    ``folder``, replacing it at once; a file that cannot be written is only logged."""
    mark = package_mark()
    if mark is None:
        return
    known = known_holidays(years, LANGUAGES)
    content = {
        "format": FORMAT,
        "package": mark,
        "holidays": {
            f"{year}|{language}": {day.isoformat(): name for day, name in sorted(days.items())}
            for (year, language), days in known.holidays.items()
        },
        "working_weekend_days": {
            str(year): sorted(day.isoformat() for day in days)
            for year, days in known.working_weekend_days.items()
        },
    }
    temporary: str | None = None
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=".holidays-", suffix=".json", dir=folder)
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            json.dump(content, stream, ensure_ascii=False, indent=1)
        os.replace(temporary, folder / FILE_NAME)
        temporary = None
    except OSError as error:
        log.warning("cannot keep the public holidays in %s: %s", folder, error)
    finally:
        if temporary is not None:
            Path(temporary).unlink(missing_ok=True)


def prepare_holidays(folder: Path, today: date) -> None:
    """At start: the holidays of last year, this year and next year, from the file if it has
    them, else from the package (and the file written for the next start)."""
    years = (today.year - 1, today.year, today.year + 1)
    if not remember_saved_holidays(folder, years):
        save_holidays(folder, years)
