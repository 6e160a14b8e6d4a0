"""The status bar's word on backups: when the last good one was taken, or a warning."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from dialogue_app.services.backups import BackupStatus
from dialogue_app.ui.common.dates import format_datetime
from dialogue_app.ui.common.messages import ERROR_STYLE, message_text


class BackupIndicator(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backupIndicator")
        self.warning = False

    def show_status(self, status: BackupStatus) -> None:
        when = status.last_time
        folder = str(status.folder) if status.folder else ""
        if status.problem is not None:
            text = self.tr("Backups: the folder cannot be used")
            tip = message_text(status.problem_error) if status.problem_error else status.problem
        elif when is None:
            text = (
                self.tr("No backup yet")
                if status.sqlite
                else self.tr("No database dump registered")
            )
            tip = folder
        else:
            shown = format_datetime(when)
            text = (
                self.tr("Last backup: %1") if status.sqlite else self.tr("Last database dump: %1")
            ).replace("%1", shown)
            tip = self.tr("In %1").replace("%1", folder)
        self.warning = status.stale
        if status.stale and status.problem is None and when is not None:
            text = self.tr("Backup overdue: the last one is from %1").replace(
                "%1", format_datetime(when)
            )
        self.setText(text)
        self.setToolTip(tip)
        self.setStyleSheet(ERROR_STYLE if self.warning else "")
