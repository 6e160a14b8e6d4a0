"""Saving a schedule or a deadline calendar: progress, Cancel, and never half a file.

What the person relies on: the progress bar moves to the end; Cancel (at any moment) leaves no
file, and an earlier file of the same name exactly as it was; a full disk or a folder that cannot
be written is explained in plain words, again leaving nothing behind.
"""

from __future__ import annotations

import errno
import itertools
import signal
import sys
from pathlib import Path

import pytest
from ics_support import NOW, check_ics, seed_office

from dialogue_app.services.calendar_exchange import CalendarExchangeService
from dialogue_app.services.files import CannotSave, ExportCancelled
from tests.clock import fixed_clock

OLD = b"BEGIN:VCALENDAR\r\nX-OLD:the file exported last week\r\nEND:VCALENDAR\r\n"


@pytest.fixture
def office(db):
    return seed_office(db)


@pytest.fixture
def service(db) -> CalendarExchangeService:
    return CalendarExchangeService(db.uow, clock=fixed_clock())


def exports(service: CalendarExchangeService):
    return {
        "schedule": service.schedule(now=NOW),
        "deadlines": service.deadlines(now=NOW),
    }


@pytest.fixture
def folder(tmp_path) -> Path:
    """The folder the person saves into (the test database lives beside it)."""
    path = tmp_path / "Documents"
    path.mkdir()
    return path


def files_in(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


@pytest.mark.parametrize("what", ["schedule", "deadlines"])
def test_progress_is_reported_up_to_the_end(service, office, folder, what):
    result = exports(service)[what]
    assert result.event_count > 0
    calls: list[tuple[int, int]] = []
    target = folder / f"{what}.ics"

    written = result.save(target, progress=lambda done, total: calls.append((done, total)))

    assert written == target
    total = 2 * result.event_count  # each event built, then written
    assert calls[0] == (0, total)
    assert calls[-1] == (total, total)
    assert [done for done, _ in calls] == sorted(done for done, _ in calls)
    assert {t for _, t in calls} == {total}
    calendar = check_ics(target.read_bytes(), "PUBLISH")
    assert len(calendar.walk("VEVENT")) == result.event_count
    assert target.read_bytes() == result.content  # the same bytes as the file made in memory
    assert files_in(folder) == [target.name]


def cancelled_at(check: int):
    """A cancel flag that turns true at its ``check``-th reading (0: before anything)."""
    counter = itertools.count()
    return lambda: next(counter) >= check


@pytest.mark.parametrize("what", ["schedule", "deadlines"])
@pytest.mark.parametrize("moment", ["before", "building", "writing", "after the last event"])
def test_cancel_leaves_no_file_and_an_existing_file_untouched(
    service, office, folder, what, moment
):
    result = exports(service)[what]
    steps = 2 * result.event_count
    # the flag is read once on starting, before each step, and once after the last one
    check = {
        "before": 0,
        "building": 1,
        "writing": steps // 2 + 2,
        "after the last event": steps + 1,
    }
    new = folder / "new.ics"
    existing = folder / "existing.ics"
    existing.write_bytes(OLD)

    for target in (new, existing):
        with pytest.raises(ExportCancelled) as raised:
            result.save(target, cancelled=cancelled_at(check[moment]))
        assert str(raised.value) == "The export was cancelled; the file was not written."

    assert not new.exists()
    assert existing.read_bytes() == OLD
    assert files_in(folder) == ["existing.ics"]  # no temporary file left behind


def test_a_cancel_flag_never_set_changes_nothing(service, office, folder):
    target = folder / "lich.ics"
    target.write_bytes(OLD)
    result = service.schedule(now=NOW)
    result.save(target, cancelled=lambda: False)
    assert target.read_bytes() == result.content


def test_a_folder_that_cannot_be_used_is_explained_and_nothing_is_left(service, office, folder):
    blocker = folder / "not-a-folder"
    blocker.write_bytes(b"x")
    with pytest.raises(CannotSave) as raised:
        service.schedule(now=NOW).save(blocker / "lich.ics")
    assert "its folder does not exist" in str(raised.value)
    assert files_in(folder) == ["not-a-folder"]
    assert blocker.read_bytes() == b"x"


@pytest.mark.skipif(sys.platform == "win32", reason="file size limits are a POSIX feature")
def test_a_full_disk_midway_is_explained_and_the_old_file_stays(service, office, folder):
    """The disk fills up while the file is being written (a file-size limit makes the write
    fail as on a full disk): the old file is kept whole, the partial one removed."""
    import resource

    target = folder / "lich.ics"
    target.write_bytes(OLD)
    result = service.schedule(now=NOW)  # read the database before the limit is set
    assert len(result.content) > 4096
    limits = resource.getrlimit(resource.RLIMIT_FSIZE)
    previous = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (4096, limits[1]))
    try:
        with pytest.raises(CannotSave) as raised:
            result.save(target)
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, limits)
        signal.signal(signal.SIGXFSZ, previous)
    assert raised.value.__cause__.errno == errno.EFBIG
    assert str(raised.value) == (
        f"“{target}” was not saved: the disk is full. Free some space or choose another "
        "drive, then try again."
    )
    assert target.read_bytes() == OLD
    assert files_in(folder) == ["lich.ics"]


@pytest.mark.parametrize(
    ("number", "words"),
    [
        (errno.ENOSPC, "the disk is full"),
        (errno.EACCES, "this folder cannot be written to"),
        (errno.EROFS, "this folder cannot be written to"),
        (errno.ENOENT, "its folder does not exist"),
        (errno.EISDIR, "that name belongs to a folder"),
        (errno.EIO, "(Input/output error)"),
    ],
)
def test_file_system_errors_in_plain_words(number, words):
    error = OSError(number, {errno.EIO: "Input/output error"}.get(number, "system words"))
    message = str(CannotSave.from_os_error(error, "D:/Lich/lich.ics"))
    assert message.startswith("“D:/Lich/lich.ics” was not saved")
    assert words in message
    assert "try again" in message
