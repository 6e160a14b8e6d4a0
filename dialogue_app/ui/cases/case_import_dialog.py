"""Import and export of cases: the column chooser of an export and the job of an import.

Both run in a worker thread with progress and Cancel (``ui/background_task.py``); the worker
calls the service, which opens its own session in that thread.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dialogue_app.ui.common.background_task import Job


class ExportColumnsDialog(QDialog):
    """Choose the columns of an export (and, with the permission, whether to name denunciators)."""

    def __init__(
        self,
        columns: list[tuple[str, str]],
        chosen: set[str],
        may_reveal: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Columns to export"))
        self.list = QListWidget()
        for key, label in columns:
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if key in chosen else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.reveal = QCheckBox(self.tr("Include the names of denunciators (this is logged)"))
        self.reveal.setVisible(may_reveal)
        buttons = QDialogButtonBox()
        buttons.addButton(self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addWidget(self.reveal)
        layout.addWidget(buttons)

    def chosen(self) -> list[str]:
        keys = []
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                keys.append(item.data(Qt.ItemDataRole.UserRole))
        return keys


def import_job(uow: Any, user_name: str | None, path: Path, clock: Any) -> Job:
    from dialogue_app.services.cases import CaseImporter

    def job(progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> Any:
        return CaseImporter(uow, user_name, clock=clock).run(
            path, progress=progress, cancelled=cancelled
        )

    return job
