"""The window's one error boundary: a failure becomes a message in the person's language.

``report_error(parent, error)`` is the way the window tells a person that something failed,
whatever failed: a service's refusal, the database (server gone, disk full, a value too long,
two people saving the same record), a file, or a bug. It classifies the error with
``services.errors.describe_failure`` (the same words the command line prints, translated here),
writes the traceback to the log file when the code did not explain the error itself, and shows
a dialog: words, never a traceback. The uncaught-exception hook (``install_excepthook``) and
the window's operations (``ui/common/operations.py``, background jobs included) go through the
same functions.
"""

from __future__ import annotations

import sys
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from dialogue_app.logs import log_file_in_use
from dialogue_app.services.errors import (
    ConnectionLost,
    Failure,
    FailureKind,
    describe_failure,
    record_failure,
)
from dialogue_app.ui.common.messages import message_text

__all__ = [
    "describe_failure",
    "failure_details",
    "failure_text",
    "failure_title",
    "install_excepthook",
    "record_failure",
    "report_error",
    "show_database_error",
    "show_failure",
]


def failure_text(failure: Failure) -> str:
    """What went wrong, translated; a refused import adds its problems, one a line."""
    lines = [message_text(line) for line in getattr(failure.message, "lines", ())]
    return "\n".join([message_text(failure.message), *lines])


def failure_title(failure: Failure) -> str:
    """A dialog title for the kind of failure."""
    if isinstance(failure.message, ConnectionLost):
        return QCoreApplication.translate("ErrorDialog", "Connection lost")
    if failure.kind is FailureKind.DATABASE:
        return QCoreApplication.translate("ErrorDialog", "Database problem")
    if failure.kind is FailureKind.FILE:
        return QCoreApplication.translate("ErrorDialog", "File problem")
    if failure.kind is FailureKind.UNEXPECTED:
        return QCoreApplication.translate("ErrorDialog", "Something went wrong")
    return QCoreApplication.translate("ErrorDialog", "Not done")


def failure_details(failure: Failure, log_file: Path | None = None) -> str:
    """Where the details are (the log file), for a failure whose traceback was logged; empty
    otherwise. ``log_file``: default, the file the log is written to."""
    if not failure.logged:
        return ""
    where = log_file or log_file_in_use()
    if where is None:
        return ""
    if failure.kind is FailureKind.UNEXPECTED:
        text = QCoreApplication.translate(
            "ErrorDialog", "If it happens again, send the log file to your IT staff: %1"
        )
    else:
        text = QCoreApplication.translate("ErrorDialog", "The details are in the log file: %1")
    return text.replace("%1", str(where))


_showing: list[QMessageBox] = []  # the failure dialog on screen, if any


def show_failure(parent: QWidget | None, failure: Failure, log_file: Path | None = None) -> None:
    """A dialog with the failure in words (never a traceback). While one is open, another
    failure (an error repeated on every repaint…) is only logged, not shown on top of it."""
    if _showing:
        return
    box = QMessageBox(parent)
    box.setObjectName("failureDialog")
    box.setIcon(
        QMessageBox.Icon.Warning
        if failure.kind in (FailureKind.EXPLAINED, FailureKind.CONFLICT)
        else QMessageBox.Icon.Critical
    )
    box.setWindowTitle(failure_title(failure))
    box.setText(failure_text(failure))
    details = failure_details(failure, log_file)
    if isinstance(failure.message, ConnectionLost):  # the form stays open with what was typed
        kept = QCoreApplication.translate(
            "ErrorDialog",
            "What you typed is kept: save again once the connection to the office database "
            "is back (the status bar says when).",
        )
        details = "\n\n".join(part for part in (kept, details) if part)
    if details:
        box.setInformativeText(details)
    _showing.append(box)
    try:
        box.exec()
    finally:
        _showing.remove(box)


def report_error(
    parent: QWidget | None,
    error: BaseException,
    log_file: Path | None = None,
    *,
    during: str = "an action",
    target: str | Path | None = None,
) -> Failure:
    """Log ``error`` (its traceback, when the code did not explain it) and show it in words.

    ``during``: what was being done, for the log (English); ``target``: the file being written,
    named when a file-system error is explained. Returns the failure, for a caller that also
    marks the form.
    """
    failure = record_failure(error, target, during=during)
    show_failure(parent, failure, log_file)
    return failure


def show_database_error(parent: QWidget | None, message: str) -> None:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("ErrorDialog", "Cannot open the database"))
    box.setText(message)
    box.exec()


def install_excepthook(log_file: Path | None) -> None:
    """Report every uncaught exception (a slot's included) through ``report_error`` instead of
    crashing or printing a traceback."""

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, tb)
            return
        if error.__traceback__ is None:
            error = error.with_traceback(tb)
        if QApplication.instance() is None:
            record_failure(error, during="uncaught error in the window")
            return
        # over the window in use; not over one closed since (Qt may still call a hidden dialog
        # the active window, and a box over it would not be seen)
        parent = QApplication.activeWindow()
        if parent is not None and not parent.isVisible():
            parent = None
        report_error(parent, error, log_file, during="uncaught error in the window")

    sys.excepthook = hook
