"""An unexpected error is written to the log file and shown in words a person can read."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from dialogue_app.ui.common.errors import install_excepthook


def test_unexpected_error_is_logged_and_shown(qapp: QApplication, log_file: Path) -> None:
    install_excepthook(log_file)
    shown: list[tuple[str, str, str]] = []

    def read_and_close() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        shown.append((box.text(), box.informativeText(), box.detailedText()))
        box.accept()

    QTimer.singleShot(50, read_and_close)
    try:
        raise ZeroDivisionError("tỷ lệ 0/0")
    except ZeroDivisionError as error:
        sys.excepthook(type(error), error, error.__traceback__)

    assert shown, "no dialog was shown"
    text, informative, details = shown[0]
    assert "Traceback" not in text  # the person reads words, not a stack
    assert str(log_file) in informative
    assert details == ""  # the traceback is in the log file only
    for handler in logging.getLogger().handlers:
        handler.flush()
    logged = log_file.read_text(encoding="utf-8")
    assert "uncaught error in the window" in logged and "ZeroDivisionError: tỷ lệ 0/0" in logged
