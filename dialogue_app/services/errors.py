"""Errors a service raises for a person to read, and the one translation of every other failure.

Write the message as a translatable template, values as ``%1``, ``%2``…::

    raise ServiceError(QT_TRANSLATE_NOOP("Messages", "There is no conference %1."), conference_id)
    raise ValidationError(
        QT_TRANSLATE_NOOP("Messages", "“%1” is not an e-mail address."), "email", email
    )

``str(error)`` is the English text; the window shows it translated (``ui/messages.py``).

Anything else that can go wrong — the database server gone, the disk full, a value too long,
two people saving the same record, a bug — reaches the person through ``describe_failure``,
used by the window (``ui/errors.py``, background jobs included) and by the command line alike:
it turns the exception into a ``Failure`` whose ``message`` is such a template, never the
system's words. ``record_failure`` does the same and writes the traceback to the log, made safe
by ``safe_traceback``: the values a statement carried (citizens' and denunciators' names and ID
numbers) never reach a log, even where the driver repeats them in its message.
"""

from __future__ import annotations

import errno
import logging
import os
import re
import traceback
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Any

from dialogue_app.domain.messages import QT_TRANSLATE_NOOP, UserMessage

__all__ = [
    "QT_TRANSLATE_NOOP",
    "ConcurrentEdit",
    "ConnectionLost",
    "EditConflict",
    "Failure",
    "FailureKind",
    "NotFound",
    "SaveOutcomeUnknown",
    "ServiceError",
    "ValidationError",
    "describe_failure",
    "record_failure",
    "safe_traceback",
]

log = logging.getLogger("dialogue_app")


class ServiceError(UserMessage):
    """A refusal or failure explained in words a secretary understands."""


class NotFound(ServiceError):
    pass


class ValidationError(ServiceError):
    """Input that cannot be saved; ``field`` names the part of the form (or file column);
    the values for the template's ``%1``, ``%2``… follow it."""

    def __init__(self, message: str, field: str | None = None, *values: object) -> None:
        super().__init__(message, *values)
        self.field = field


class ConcurrentEdit(ServiceError):
    """Somebody else saved the same record meanwhile."""


class EditConflict(ConcurrentEdit):
    """Somebody else saved the same record meanwhile, and here is what they saved: ``theirs``
    (the record's data as it now is, with its new ``version``). The window shows theirs beside
    what the person typed and lets them keep either or merge (``ui/common/conflict_dialog.py``);
    without a window (the command line) it is the message alone."""

    def __init__(self, theirs: object) -> None:
        super().__init__(_CHANGED_MEANWHILE)
        self.theirs = theirs


class DatabaseFailure(ServiceError):
    """The database could not do what was asked (unreachable, full, refusing a value)."""


class ConnectionLost(DatabaseFailure):
    """The database server cannot be reached or the connection to it was lost: nothing was
    saved, and trying again once it is back works (the window keeps what was typed)."""


class SaveOutcomeUnknown(ConnectionLost):
    """The connection was lost while the database was committing: the server may have saved
    the change before the line broke, or not; nobody can tell from here. Saving the same thing
    again could write it twice (a second case), unless the save is refused when the record has
    changed since it was read (a version check: then the second try meets a conflict)."""


class FileFailure(ServiceError):
    """A file or the disk could not be read or written."""


class UnexpectedFailure(ServiceError):
    """A failure nobody foresaw: a bug. Its traceback is in the log file."""


# --- what the person reads ----------------------------------------------------------------------

_STALE = QT_TRANSLATE_NOOP(
    "Messages",
    "Somebody else changed this record while you were working on it, so your changes were not "
    "saved. Open the record again to see the latest version, then redo your changes.",
)
_CHANGED_MEANWHILE = QT_TRANSLATE_NOOP(
    "Messages",
    "Somebody else saved this record while you were editing it. Nothing of yours was saved "
    "yet: compare their version with yours and choose what to keep.",
)
_DUPLICATE = QT_TRANSLATE_NOOP(
    "Messages",
    "This was not saved: the database already holds a record with the same number or ID "
    "number (somebody may have just saved it). Check the numbers, then try again.",
)
_MISSING_REFERENCE = QT_TRANSLATE_NOOP(
    "Messages",
    "This was not saved: it refers to a record somebody else has just deleted, or the record "
    "is still used by others. Refresh the list, then try again.",
)
_BREAKS_RULE = QT_TRANSLATE_NOOP(
    "Messages",
    "This was not saved: a required value is missing or a value is not allowed. Check the "
    "form, then try again.",
)
_TOO_LONG = QT_TRANSLATE_NOOP(
    "Messages",
    "This was not saved: a value is longer than the database allows. Shorten the long texts "
    "(names, numbers, addresses), then try again.",
)
_WRONG_VALUE = QT_TRANSLATE_NOOP(
    "Messages",
    "This was not saved: a value is not of the kind the database expects. Check the form, "
    "then try again.",
)
_UNREACHABLE = QT_TRANSLATE_NOOP(
    "Messages",
    "The database cannot be reached: the connection to the database server failed or was "
    "lost. Nothing was saved. Check the network and that the server is running, then try "
    "again; if it goes on, ask your IT staff.",
)
_LOST = QT_TRANSLATE_NOOP(
    "Messages",
    "The connection to the office database was lost, so this was not saved. Try again in a "
    "moment: Dialogue Desk reconnects by itself. If it goes on, check the network or ask your "
    "IT staff.",
)
_LOST_WHILE_SAVING = QT_TRANSLATE_NOOP(
    "Messages",
    "The connection to the office database was lost just as this was being saved, so it may "
    "or may not have been saved. Check the record once the connection is back before saving "
    "it again.",
)
_FILE_GONE = QT_TRANSLATE_NOOP(
    "Messages",
    "The database file cannot be opened any more (was it moved or deleted, or its drive or "
    "network folder removed?). Nothing was saved. Close Dialogue Desk and open it again; if "
    "the file is lost, restore a backup.",
)
_BUSY = QT_TRANSLATE_NOOP(
    "Messages",
    "The database is busy: somebody else is saving. Nothing was saved; try again in a moment.",
)
_DATABASE_FULL = QT_TRANSLATE_NOOP(
    "Messages",
    "The disk that holds the database is full. Nothing was saved. Free some space (or ask "
    "your IT staff to), then try again.",
)
_READ_ONLY = QT_TRANSLATE_NOOP(
    "Messages",
    "The database can only be read, not changed (a read-only file or server). Nothing was "
    "saved. Ask your IT staff for write access.",
)
_DAMAGED = QT_TRANSLATE_NOOP(
    "Messages",
    "The database file is damaged. Nothing was saved. Close Dialogue Desk and restore a "
    "backup (dialogue-app restore --latest).",
)
_DATABASE_OTHER = QT_TRANSLATE_NOOP(
    "Messages",
    "The database could not do this. Nothing was saved. Try again; if it happens again, send "
    "the log file to your IT staff.",
)
_DISK_FULL = QT_TRANSLATE_NOOP(
    "Messages", "The disk is full. Nothing was saved. Free some space, then try again."
)
_FILE_OTHER = QT_TRANSLATE_NOOP(
    "Messages",
    "A file could not be read or written (%1). Nothing was saved. Check the drive or folder, "
    "then try again.",
)
_NO_MEMORY = QT_TRANSLATE_NOOP(
    "Messages",
    "There is not enough memory for this. Close other programs, then try again.",
)
_UNEXPECTED = QT_TRANSLATE_NOOP(
    "Messages",
    "Dialogue Desk met a problem it did not expect. Your saved work is safe; what you were "
    "doing may not have been saved. Please try again.",
)


class FailureKind(Enum):
    """What sort of failure, for the title of a dialog and whether the log needs a traceback."""

    EXPLAINED = "explained"  # a message the code already wrote for a person (ServiceError…)
    CONFLICT = "conflict"  # somebody else's change got in the way: reload and redo
    DATABASE = "database"  # the database is unreachable, full, or refused a value
    FILE = "file"  # a file or the disk
    UNEXPECTED = "unexpected"  # a bug


@dataclass(frozen=True)
class Failure:
    """An exception as a person reads it: ``message`` is a translatable ``UserMessage``
    (``str()`` gives the English; the window translates it)."""

    message: UserMessage
    kind: FailureKind

    @property
    def logged(self) -> bool:
        """Whether the log holds its traceback (everything the code did not explain itself)."""
        return self.kind is not FailureKind.EXPLAINED


def describe_failure(error: BaseException, target: str | Path | None = None) -> Failure:
    """The one translation of an exception into words for a secretary.

    ``target``: the file being written, named when a file-system error is explained. A
    ``UserMessage`` (a service's refusal, a database that cannot be opened) is its own message;
    database, file and memory errors get a message that says what happened and what to do;
    anything else is an unexpected problem. Never the system's words, never the values the
    database was given.
    """
    if isinstance(error, UserMessage):
        return Failure(error, FailureKind.EXPLAINED)
    database = _describe_database_error(error)
    if database is not None:
        if isinstance(database.message, ConnectionLost) and _while_committing(error):
            return Failure(SaveOutcomeUnknown(_LOST_WHILE_SAVING), FailureKind.DATABASE)
        return database
    if isinstance(error, OSError):
        return _describe_os_error(error, target)
    if isinstance(error, MemoryError):
        return Failure(UnexpectedFailure(_NO_MEMORY), FailureKind.UNEXPECTED)
    return Failure(UnexpectedFailure(_UNEXPECTED), FailureKind.UNEXPECTED)


def record_failure(
    error: BaseException,
    target: str | Path | None = None,
    *,
    during: str = "an action",
    logger: logging.Logger | None = None,
) -> Failure:
    """``describe_failure``, and write the traceback (made safe) to the log when the code did
    not explain the error itself. ``during`` says in the log what was being done. Call it where
    the error is caught, in the thread that caught it."""
    failure = describe_failure(error, target)
    if failure.logged:
        # the safe traceback is the message itself, so that no handler (whatever its
        # formatter) ever sees the driver's own text with the values in it
        (logger or log).error(
            "%s: %s failure: %s\n%s",
            during,
            failure.kind.value,
            failure.message,
            safe_traceback(error).rstrip("\n"),
        )
    return failure


# --- classifying database errors ----------------------------------------------------------------


def _describe_database_error(error: BaseException) -> Failure | None:
    import sqlite3
    import sys

    if "sqlalchemy" in sys.modules:  # only loaded once a database was opened
        from sqlalchemy import exc as sa_exc
        from sqlalchemy.orm import exc as orm_exc

        if isinstance(error, orm_exc.StaleDataError):
            return Failure(ConcurrentEdit(_STALE), FailureKind.CONFLICT)
        if isinstance(error, sa_exc.DBAPIError):
            return _describe_driver_error(error.orig, error)
        if isinstance(error, (sa_exc.TimeoutError, sa_exc.DisconnectionError)):
            return Failure(ConnectionLost(_UNREACHABLE), FailureKind.DATABASE)
    driver_errors: tuple[type[BaseException], ...] = (sqlite3.Error,)
    if "psycopg" in sys.modules:
        import psycopg

        driver_errors += (psycopg.Error,)
    if isinstance(error, driver_errors):
        return _describe_driver_error(error, error)
    return None


_SQLITE_NAMES = {
    "SQLITE_BUSY": _BUSY,
    "SQLITE_LOCKED": _BUSY,
    "SQLITE_FULL": _DATABASE_FULL,
    "SQLITE_READONLY": _READ_ONLY,
    "SQLITE_CANTOPEN": _FILE_GONE,
    "SQLITE_IOERR": _FILE_GONE,
    "SQLITE_NOTADB": _DAMAGED,
    "SQLITE_CORRUPT": _DAMAGED,
    "SQLITE_TOOBIG": _TOO_LONG,
}


def _describe_driver_error(orig: BaseException | None, error: BaseException) -> Failure:
    """``orig``: the driver's exception (sqlite3 or psycopg); ``error``: what was raised."""
    message = str(orig or error).lower()
    sqlstate = getattr(orig, "sqlstate", None) or getattr(orig, "pgcode", None) or ""
    sqlite_name = str(getattr(orig, "sqlite_errorname", "") or "")

    def database(template: str) -> Failure:
        return Failure(DatabaseFailure(template), FailureKind.DATABASE)

    # two people, one record: a unique clash is a conflict the person can resolve
    if sqlstate == "23505" or sqlite_name in (
        "SQLITE_CONSTRAINT_UNIQUE",
        "SQLITE_CONSTRAINT_PRIMARYKEY",
    ):
        return Failure(DatabaseFailure(_DUPLICATE), FailureKind.CONFLICT)
    if sqlstate == "23503" or sqlite_name == "SQLITE_CONSTRAINT_FOREIGNKEY":
        return Failure(DatabaseFailure(_MISSING_REFERENCE), FailureKind.CONFLICT)
    if sqlstate.startswith("23") or sqlite_name.startswith("SQLITE_CONSTRAINT"):
        return database(_BREAKS_RULE)
    if sqlstate == "22001":
        return database(_TOO_LONG)
    if sqlstate.startswith("22"):
        return database(_WRONG_VALUE)
    if sqlstate == "42501":  # the role's GRANTs or row-level security refused it
        from dialogue_app.services.accounts.permissions import database_refusal

        return Failure(database_refusal(str(orig or error)), FailureKind.EXPLAINED)
    if sqlstate in ("40001", "40P01"):  # serialization failure, deadlock: retrying works
        return Failure(DatabaseFailure(_BUSY), FailureKind.CONFLICT)
    if sqlstate == "53100":
        return database(_DATABASE_FULL)
    if sqlstate == "25006":
        return database(_READ_ONLY)
    if sqlstate in ("57P01", "57P02", "08003", "08006"):  # terminated, or dropped mid-way
        return Failure(ConnectionLost(_LOST), FailureKind.DATABASE)
    if sqlstate.startswith(("08", "57P", "53")):
        return Failure(ConnectionLost(_UNREACHABLE), FailureKind.DATABASE)
    for prefix, template in _SQLITE_NAMES.items():
        if sqlite_name.startswith(prefix):
            return database(template)
    if "no such table" in message:  # the file was replaced by an empty one
        return database(_FILE_GONE)
    if getattr(error, "connection_invalidated", False):
        return Failure(ConnectionLost(_LOST), FailureKind.DATABASE)
    if _is_connection_error(orig):
        return Failure(ConnectionLost(_UNREACHABLE), FailureKind.DATABASE)
    return database(_DATABASE_OTHER)


# where SQLAlchemy hands COMMIT to the driver (``Connection._commit_impl`` calls the dialect's
# ``do_commit``): a connection lost there may have been lost after the server committed
_COMMIT_FRAMES = frozenset({"_commit_impl", "do_commit", "_commit_twophase_impl"})


def _while_committing(error: BaseException) -> bool:
    """Whether ``error`` (or what it was raised from) came out of the driver's COMMIT, rather
    than from a statement before it (then the server rolled the transaction back: nothing was
    saved) or from connecting."""
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        tb = current.__traceback__
        while tb is not None:
            if tb.tb_frame.f_code.co_name in _COMMIT_FRAMES:
                return True
            tb = tb.tb_next
        current = current.__cause__ or current.__context__
    return False


def _is_connection_error(orig: BaseException | None) -> bool:
    """psycopg's errors met while connecting carry no SQLSTATE."""
    kinds = {cls.__name__ for cls in type(orig).__mro__} if orig is not None else set()
    module = type(orig).__module__ if orig is not None else ""
    return module.startswith("psycopg") and bool(kinds & {"OperationalError", "InterfaceError"})


def _describe_os_error(error: OSError, target: str | Path | None) -> Failure:
    where = target or error.filename
    if where:
        return Failure(CannotSave.from_os_error(error, where), FailureKind.FILE)
    if error.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return Failure(FileFailure(_DISK_FULL), FailureKind.FILE)
    return Failure(
        FileFailure(_FILE_OTHER, error.strerror or type(error).__name__), FailureKind.FILE
    )


# --- tracebacks without the values ---------------------------------------------------------------

_QUOTED_VALUE = re.compile(r':\s*"[^"]*"\s*$')


def safe_traceback(error: BaseException) -> str:
    """The traceback as Python prints it (chained causes included), except that a database
    error keeps only the lines that name no value: its statement and the driver's first line.

    SQLAlchemy's ``hide_parameters`` keeps the values out of its own text, but the server
    repeats them in its message (PostgreSQL's ``DETAIL: Key (national_id)=(…)`` or ``Failing
    row contains (…)``), and a logged traceback would carry them into the log file.
    """
    chain: list[tuple[BaseException, str]] = []
    seen: set[int] = set()
    current: BaseException | None = error
    link = ""
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        chain.append((current, link))
        if current.__cause__ is not None:
            current, link = current.__cause__, _CAUSE
        elif current.__context__ is not None and not current.__suppress_context__:
            current, link = current.__context__, _CONTEXT
        else:
            current = None
    lines: list[str] = []
    for exception, next_link in reversed(chain):
        if exception.__traceback__ is not None:
            lines.append("Traceback (most recent call last):\n")
            lines.extend(traceback.format_tb(exception.__traceback__))
        kind = type(exception)
        name = kind.__qualname__
        if kind.__module__ not in ("builtins", "__main__"):
            name = f"{kind.__module__}.{name}"
        text = safe_message(exception)
        lines.append(f"{name}: {text}\n" if text else f"{name}\n")
        if next_link:
            lines.append(next_link)
    return "".join(lines)


_CAUSE = "\nThe above exception was the direct cause of the following exception:\n\n"
_CONTEXT = "\nDuring handling of the above exception, another exception occurred:\n\n"


def safe_message(error: BaseException) -> str:
    """``str(error)``, or for a database error only the parts that name no value."""
    if _is_driver_error(error):
        return _first_line(error)
    statement: Any = getattr(error, "statement", None)
    orig = getattr(error, "orig", None)
    if orig is not None and _is_driver_error(orig):  # SQLAlchemy's wrapper of a driver error
        kind = type(orig)
        parts = [f"({kind.__module__}.{kind.__qualname__}) {_first_line(orig)}"]
        if statement:
            parts.append(f"[SQL: {_shortened(str(statement))}]")
        return "\n".join(parts)
    try:
        return str(error)
    except Exception:  # noqa: BLE001 - a broken __str__ must not hide the traceback
        return f"<{type(error).__name__}: unprintable>"


def _is_driver_error(error: BaseException) -> bool:
    module = type(error).__module__
    return module.startswith(("psycopg", "sqlite3", "_sqlite3"))


def _first_line(error: BaseException) -> str:
    """The driver's first line (PostgreSQL puts the values on the DETAIL and CONTEXT lines);
    a value quoted at its end ("invalid input syntax for type integer: "…"") is hidden."""
    lines = str(error).strip().splitlines()
    first = lines[0] if lines else ""
    return _QUOTED_VALUE.sub(': "[value hidden]"', first)


def _shortened(statement: str, limit: int = 1000) -> str:
    statement = " ".join(statement.split())
    return statement if len(statement) <= limit else statement[:limit] + " …"


# --- files that cannot be saved (files.py writes them; here so that no module imports back) ---


def _numbers(*names: str) -> frozenset[int]:
    return frozenset(getattr(errno, name) for name in names if hasattr(errno, name))


_ERRNO_DISK_FULL = _numbers("ENOSPC", "EDQUOT", "EFBIG")
_ERRNO_NOT_ALLOWED = _numbers("EACCES", "EPERM", "EROFS", "EBUSY", "ETXTBSY")
_ERRNO_NO_FOLDER = _numbers(
    "ENOENT", "ENOTDIR", "EEXIST"
)  # EEXIST: a file where its folder should be
_ERRNO_IS_FOLDER = _numbers("EISDIR")  # the file's name is a folder's


class CannotSave(ServiceError):
    """A file could not be written; the message says why and what to do."""

    @classmethod
    def from_os_error(cls, error: OSError, path: str | os.PathLike[str]) -> CannotSave:
        target = str(path)
        number = error.errno
        if number in _ERRNO_DISK_FULL:
            return cls(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "“%1” was not saved: the disk is full. Free some space or choose another "
                    "drive, then try again.",
                ),
                target,
            )
        if number in _ERRNO_NOT_ALLOWED:
            return cls(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "“%1” was not saved: this folder cannot be written to, or the file is "
                    "read-only or open in another program. Close the file or choose another "
                    "folder (for example Documents), then try again.",
                ),
                target,
            )
        if number in _ERRNO_IS_FOLDER or Path(target).is_dir():
            return cls(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "“%1” was not saved: that name belongs to a folder. Choose a file name inside "
                    "the folder, then try again.",
                ),
                target,
            )
        if number in _ERRNO_NO_FOLDER:
            return cls(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "“%1” was not saved: its folder does not exist (was a USB drive or network "
                    "folder removed?). Choose another folder, then try again.",
                ),
                target,
            )
        return cls(
            QT_TRANSLATE_NOOP(
                "Messages", "“%1” was not saved (%2). Choose another folder, then try again."
            ),
            target,
            error.strerror or error,
        )
