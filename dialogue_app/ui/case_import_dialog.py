"""Import and export of cases in a worker thread, with progress and a Cancel button.

The worker calls the service, which opens its own session in that thread; the result or the
error comes back to the window thread through queued signals.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dialogue_app.services.errors import ServiceError
from dialogue_app.ui.messages import message_text

Job = Callable[[Callable[[int, int], None], Callable[[], bool]], Any]


class _Worker(QThread):
    """Runs one job; signals carry progress, then the result or a message."""

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(str)

    def __init__(self, job: Job, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._job = job
        self.cancel_requested = threading.Event()

    def run(self) -> None:
        try:
            result = self._job(self.progressed.emit, self.cancel_requested.is_set)
        except ServiceError as error:
            # an import's refusal lists its problems (``lines``), each translated on its own
            lines = [message_text(line) for line in getattr(error, "lines", ())]
            self.failed.emit("\n".join([message_text(error), *lines]))
        except Exception as error:  # noqa: BLE001 - shown to the person, not swallowed
            self.failed.emit(f"{type(error).__name__}: {error}")
        else:
            self.succeeded.emit(result)


class TaskDialog(QDialog):
    """Shows a running import or export: progress, Cancel, then the outcome in words.

    Signals:
        finished_ok(object): the job's result, when it completed.
    """

    finished_ok = Signal(object)

    def __init__(self, title: str, job: Job, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.result_value: Any = None
        self.error: str | None = None
        self.label = QLabel(self.tr("Working…"))
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)
        self.report = QPlainTextEdit()
        self.report.setReadOnly(True)
        self.report.hide()
        self.button = QPushButton(self.tr("Cancel"))
        self.button.clicked.connect(self._cancel_or_close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.report)
        layout.addWidget(self.button)
        self.resize(560, 200)
        self._worker = _Worker(job, self)
        self._worker.progressed.connect(self._progress)
        self._worker.succeeded.connect(self._succeeded)
        self._worker.failed.connect(self._failed)
        self._worker.finished.connect(self._stopped)
        self._done = False

    def start(self) -> None:
        self._worker.start()

    def wait(self, ms: int = 60000) -> bool:
        """Block until the worker ends (tests)."""
        return self._worker.wait(ms)

    def _progress(self, done: int, total: int) -> None:
        if total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(min(done, total))

    def _succeeded(self, result: object) -> None:
        self.result_value = result
        lines = getattr(result, "lines", None)  # an import's summary, line by line
        describe = getattr(result, "describe", None)
        if lines is not None:
            text = "\n".join(message_text(line) for line in lines)
        else:
            text = describe() if callable(describe) else self.tr("Done.")
        self._show(text)
        self.finished_ok.emit(result)

    def _failed(self, message: str) -> None:
        self.error = message
        self._show(message)

    def _show(self, text: str) -> None:
        self.label.setText(self.tr("Finished.") if self.error is None else self.tr("Not done."))
        self.report.setPlainText(text)
        self.report.show()
        self.bar.setRange(0, 1)
        self.bar.setValue(1)
        self.resize(640, 360)

    def _stopped(self) -> None:
        self._done = True
        self.button.setText(self.tr("Close"))

    def _cancel_or_close(self) -> None:
        if self._done:
            self.accept()
            return
        self._worker.cancel_requested.set()
        self.label.setText(self.tr("Cancelling… nothing will be saved."))

    def reject(self) -> None:  # Esc or the window's close button: cancel first
        if not self._done:
            self._cancel_or_close()
            return
        super().reject()

    def closeEvent(self, event: Any) -> None:  # noqa: N802
        if not self._done:
            self._worker.cancel_requested.set()
            self._worker.wait(30000)
        super().closeEvent(event)


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


def import_job(uow: Any, user_name: str | None, path: Path) -> Job:
    from dialogue_app.services.case_import import CaseImporter

    def job(progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> Any:
        return CaseImporter(uow, user_name).run(path, progress=progress, cancelled=cancelled)

    return job
