"""Unexpected errors: written to the log file and shown in a dialog a person can read."""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

log = logging.getLogger("dialogue_app")


def show_unexpected_error(
    parent: QWidget | None, error: BaseException, log_file: Path | None
) -> None:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("ErrorDialog", "Something went wrong"))
    box.setText(
        QCoreApplication.translate(
            "ErrorDialog",
            "Dialogue Desk met a problem it did not expect. Your saved work is safe; what you "
            "were doing may not have been saved. Please try again.",
        )
    )
    where = str(log_file) if log_file else ""
    box.setInformativeText(
        QCoreApplication.translate(
            "ErrorDialog", "If it happens again, send the log file to your IT staff: %1"
        ).replace("%1", where)
    )
    box.setDetailedText("".join(traceback.format_exception(error)))
    box.exec()


def show_database_error(parent: QWidget | None, message: str) -> None:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("ErrorDialog", "Cannot open the database"))
    box.setText(message)
    box.exec()


def install_excepthook(log_file: Path | None) -> None:
    """Log every uncaught exception and show it in a dialog instead of crashing silently."""

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, tb)
            return
        log.error("unexpected error", exc_info=(kind, error, tb))
        app = QApplication.instance()
        if app is not None:
            show_unexpected_error(QApplication.activeWindow(), error, log_file)

    sys.excepthook = hook
