"""An unexpected error is written to the log file and shown in words a person can read."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from dialogue_app.ui.common.errors import install_excepthook


def _raise_and_read(qapp: QApplication) -> list[tuple[str, str, str, bool]]:
    """Raise an uncaught error; the texts of the message box it shows (closed once read), and
    whether it was the window the keyboard answers (the active modal one)."""
    shown: list[tuple[str, str, str, bool]] = []
    tries = [0]

    def read_and_close() -> None:
        boxes = [w for w in qapp.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
        for box in boxes:
            active = box is qapp.activeModalWidget()
            shown.append((box.text(), box.informativeText(), box.detailedText(), active))
            box.accept()
        tries[0] += 1
        if not boxes and tries[0] < 40:  # not shown yet: look again (never left open)
            QTimer.singleShot(50, read_and_close)

    QTimer.singleShot(50, read_and_close)
    try:
        raise ZeroDivisionError("tỷ lệ 0/0")
    except ZeroDivisionError as error:
        sys.excepthook(type(error), error, error.__traceback__)
    return shown


def test_unexpected_error_is_logged_and_shown(qapp: QApplication, log_file: Path) -> None:
    install_excepthook(log_file)
    shown = _raise_and_read(qapp)
    assert shown, "no dialog was shown"
    text, informative, details, active = shown[0]
    assert active
    assert "Traceback" not in text  # the person reads words, not a stack
    assert str(log_file) in informative
    assert details == ""  # the traceback is in the log file only
    for handler in logging.getLogger().handlers:
        handler.flush()
    logged = log_file.read_text(encoding="utf-8")
    assert "uncaught error in the window" in logged and "ZeroDivisionError: tỷ lệ 0/0" in logged


def test_an_error_after_a_dialog_closed_is_shown_all_the_same(qapp, qtbot, log_file) -> None:  # type: ignore[no-untyped-def]
    install_excepthook(log_file)
    dialog = QDialog()
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: qapp.activeWindow() is dialog)
    dialog.close()  # offscreen Qt still calls it the active window
    dialog.deleteLater()
    shown = _raise_and_read(qapp)
    assert len(shown) == 1 and str(log_file) in shown[0][1]
    assert shown[0][3], "the box is not the one the keyboard answers"
