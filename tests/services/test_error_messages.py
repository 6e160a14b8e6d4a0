"""Every failure becomes words a secretary can act on, the same for the window and the command
line (``services.errors.describe_failure``); real database and disk errors, never fakes. The
values a statement carried never appear in the message, the error's text or the log."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from failure_cases import (
    SECRET_ID,
    SECRET_NAME,
    disk_full,
    duplicate_citizen,
    sqlite_folder_removed,
    stale_conference,
    too_long_national_id,
    unreachable_server,
)

from dialogue_app.logs import SafeFormatter
from dialogue_app.services.database import DatabaseHandle
from dialogue_app.services.errors import (
    QT_TRANSLATE_NOOP,
    ConcurrentEdit,
    FailureKind,
    NotFound,
    describe_failure,
    record_failure,
    safe_traceback,
)
from dialogue_app.services.files import CannotSave


def assert_no_secret(text: str) -> None:
    assert SECRET_NAME not in text
    assert SECRET_ID not in text


def logged_text(caplog: pytest.LogCaptureFixture) -> str:
    return "\n".join(record.getMessage() for record in caplog.records)


def test_a_unique_conflict_is_a_conflict_without_the_citizen(
    db: DatabaseHandle, engine: str, caplog: pytest.LogCaptureFixture
) -> None:
    error = duplicate_citizen(db)
    # the engine hides the statement's values from the error's own text…
    assert SECRET_NAME not in str(error)
    assert "parameters hidden" in str(error)
    if engine == "postgres":  # …but the server repeats the key in its own words
        assert f"(national_id)=({SECRET_ID})" in str(error)

    with caplog.at_level(logging.ERROR, logger="dialogue_app"):
        failure = record_failure(error, during="saving a citizen")

    assert failure.kind is FailureKind.CONFLICT
    assert str(failure.message).startswith(
        "This was not saved: the database already holds a record with the same number"
    )
    # …and the log keeps the traceback but neither the name nor the ID number, which
    # PostgreSQL repeats in its DETAIL line ("Key (national_id)=(…) already exists")
    logged = logged_text(caplog)
    assert "Traceback (most recent call last)" in logged
    assert "IntegrityError" in logged and "INSERT INTO citizens" in logged
    assert_no_secret(logged)
    assert_no_secret(str(failure.message))


def test_a_stale_record_asks_to_reload_and_redo(db: DatabaseHandle) -> None:
    failure = describe_failure(stale_conference(db))
    assert failure.kind is FailureKind.CONFLICT
    assert isinstance(failure.message, ConcurrentEdit)
    assert "Open the record again" in str(failure.message)


def test_a_value_too_long_says_to_shorten_it(db: DatabaseHandle, engine: str) -> None:
    if engine != "postgres":
        pytest.skip("SQLite does not enforce string lengths")
    error = too_long_national_id(db)
    assert "value too long" in str(error)
    failure = describe_failure(error)
    assert failure.kind is FailureKind.DATABASE
    assert "a value is longer than the database allows" in str(failure.message)
    assert_no_secret(safe_traceback(error))


def test_a_removed_database_folder_says_the_file_is_gone(
    _sqlite_template: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    error = sqlite_folder_removed(_sqlite_template, tmp_path)
    with caplog.at_level(logging.ERROR, logger="dialogue_app"):
        failure = record_failure(error)
    assert failure.kind is FailureKind.DATABASE
    assert str(failure.message).startswith("The database file cannot be opened any more")
    assert "unable to open database file" in logged_text(caplog)  # for IT staff
    assert_no_secret(logged_text(caplog))


def test_an_unreachable_server_says_to_check_the_network() -> None:
    pytest.importorskip("psycopg")
    failure = describe_failure(unreachable_server())
    assert failure.kind is FailureKind.DATABASE
    assert str(failure.message).startswith("The database cannot be reached")


def test_a_full_disk_says_so_with_or_without_a_file_name() -> None:
    error = disk_full()
    plain = describe_failure(error)
    assert plain.kind is FailureKind.FILE
    assert str(plain.message) == (
        "The disk is full. Nothing was saved. Free some space, then try again."
    )
    named = describe_failure(error, target="bao-cao.xlsx")
    assert isinstance(named.message, CannotSave)
    assert str(named.message).startswith("“bao-cao.xlsx” was not saved: the disk is full.")


def test_an_explained_error_is_its_own_message_and_is_not_logged(
    caplog: pytest.LogCaptureFixture,
) -> None:
    error = NotFound(QT_TRANSLATE_NOOP("Messages", "There is no conference %1."), 7)
    with caplog.at_level(logging.DEBUG):
        failure = record_failure(error)
    assert failure.message is error and failure.kind is FailureKind.EXPLAINED
    assert not failure.logged
    assert caplog.records == []


def test_anything_else_is_unexpected_and_logged_with_its_traceback(
    caplog: pytest.LogCaptureFixture,
) -> None:
    def broken() -> None:
        {}["missing-key"]

    with pytest.raises(KeyError) as caught:
        broken()
    with caplog.at_level(logging.ERROR, logger="dialogue_app"):
        failure = record_failure(caught.value, during="a test")
    assert failure.kind is FailureKind.UNEXPECTED
    assert "missing-key" not in str(failure.message)
    assert str(failure.message).startswith("Dialogue Desk met a problem it did not expect.")
    logged = logged_text(caplog)
    assert "a test: unexpected failure" in logged
    assert "in broken" in logged and "KeyError: 'missing-key'" in logged


def test_the_log_file_formatter_hides_values_of_any_logged_database_error(
    db: DatabaseHandle,
) -> None:
    """Code that logs a database error itself (``log.exception``) gets the same protection."""
    error = duplicate_citizen(db)
    record = logging.LogRecord(
        "dialogue_app",
        logging.ERROR,
        __file__,
        1,
        "saving failed",
        None,
        (type(error), error, error.__traceback__),
    )
    text = SafeFormatter("%(message)s").format(record)
    assert "saving failed" in text and "IntegrityError" in text
    assert_no_secret(text)


def test_safe_traceback_keeps_the_chain_of_causes() -> None:
    try:
        try:
            raise ValueError("inner")
        except ValueError as inner:
            raise RuntimeError("outer") from inner
    except RuntimeError as error:
        text = safe_traceback(error)
    assert (
        text.index("ValueError: inner")
        < text.index("direct cause")
        < text.index("RuntimeError: outer")
    )
