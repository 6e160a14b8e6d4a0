"""Long work off the window's thread (DESIGN §5): imports and exports with progress and Cancel.

A *job* is a plain function ``job(progress, cancelled)`` that calls the services, which open
their own session in the worker thread; it reports ``progress(done, total)`` (``total`` 0: not
known yet) and stops, raising ``ExportCancelled`` or ``ImportCancelled``, once ``cancelled()``
is true. ``TaskDialog`` runs it in a ``QThread`` and shows the progress, a Cancel button, then
the outcome in words; the result or the error comes back to the window's thread through queued
signals. A job that fails is logged with its traceback in the worker and shown as the window's
error boundary words it (``ui/common/errors.py``): never the exception's own text. The window
runs it through ``Operation.run_in_background`` (``ui/common/operations.py``): the case import
and export, the report export and the calendar exports.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dialogue_app.services.errors import Failure, describe_failure, record_failure
from dialogue_app.ui.common.errors import failure_details, failure_text
from dialogue_app.ui.common.messages import message_text

Job = Callable[[Callable[[int, int], None], Callable[[], bool]], Any]


class Done:
    """A job's result that is just a sentence for the person (``TaskDialog`` shows it)."""

    def __init__(self, text: str, value: Any = None) -> None:
        self._text = text
        self.value = value

    def describe(self) -> str:
        return self._text


def error_text(error: BaseException, target: str | Path | None = None) -> str:
    """What went wrong, in words for a secretary (``ui/errors.py``): a service's message
    translated; a file-system error as what it means (disk full, folder not writable…); a
    database error or a bug as what happened and what to do, never the system's words."""
    return failure_text(describe_failure(error, target))


_running: set[QThread] = set()  # workers whose dialog may be gone, kept until they end


def _forget(worker: QThread) -> Callable[[], None]:
    def forget() -> None:
        _running.discard(worker)
        worker.deleteLater()

    return forget


class _Worker(QThread):
    """Runs one job; signals carry progress, then the result or a message."""

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)  # a services.errors.Failure

    def __init__(self, job: Job, target: str | Path | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._job = job
        self._target = target
        self.cancel_requested = threading.Event()

    def run(self) -> None:
        try:
            result = self._job(self.progressed.emit, self.cancel_requested.is_set)
        except Exception as error:  # noqa: BLE001 - shown to the person, not swallowed
            # logged here, in the worker, while the traceback is at hand (Picard's run_task)
            during = f"background job {getattr(self._job, '__qualname__', repr(self._job))}"
            self.failed.emit(record_failure(error, self._target, during=during))
        else:
            self.succeeded.emit(result)


class TaskDialog(QDialog):
    """Shows a running import or export: progress, Cancel, then the outcome in words.

    ``text``: what is being done (default "Working…"); ``target``: the file being written, named
    when a file-system error is explained.

    Signals:
        finished_ok(object): the job's result, when it completed.
        failed(Failure): what went wrong, once it failed (shown in the dialog already).
    """

    finished_ok = Signal(object)
    failed = Signal(object)

    def __init__(
        self,
        title: str,
        job: Job,
        parent: QWidget | None = None,
        *,
        text: str | None = None,
        target: str | Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("taskDialog")
        self.setWindowTitle(title)
        self.result_value: Any = None
        self.error: str | None = None  # the failure in words, once it failed
        self.failure: Failure | None = None
        self.label = QLabel(text or self.tr("Working…"))
        self.label.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)
        self.report = QPlainTextEdit()
        self.report.setReadOnly(True)
        self.report.hide()
        self.button = QPushButton(self.tr("Cancel"))
        self.button.clicked.connect(self._cancel_or_close)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.report, 1)
        layout.addLayout(buttons)
        self.resize(560, self.sizeHint().height())  # compact while it runs
        # The thread is not the dialog's child: destroying a dialog (its window closing) while
        # the job runs must not destroy a running QThread, which aborts the process. The job is
        # told to stop instead, and the thread is deleted once it has ended.
        self._worker = _Worker(job, target)
        _running.add(self._worker)
        self._worker.finished.connect(_forget(self._worker))
        self.destroyed.connect(self._worker.cancel_requested.set)
        self._worker.progressed.connect(self._progress)
        self._worker.succeeded.connect(self._succeeded)
        self._worker.failed.connect(self._failed)
        self._worker.finished.connect(self._stopped)
        self._done = False

    @property
    def done(self) -> bool:
        """The worker has ended (completed, failed or cancelled)."""
        return self._done

    def start(self) -> None:
        self._worker.start()

    def wait(self, ms: int = 60000) -> bool:
        """Block until the worker ends (tests)."""
        if self._done:  # the thread has ended and may already be deleted
            return True
        return self._worker.wait(ms)

    def cancel(self) -> None:
        """What the Cancel button does while the work runs."""
        if not self._done:
            self._cancel_or_close()

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

    def _failed(self, failure: Failure) -> None:
        self.failure = failure
        self.error = failure_text(failure)
        details = failure_details(failure)
        self._show(f"{self.error}\n\n{details}" if details else self.error)
        self.failed.emit(failure)

    def _show(self, text: str) -> None:
        self.label.setText(self.tr("Finished.") if self.error is None else self.tr("Not done."))
        # the title said what was under way ("Importing…"): now it says it is over (issue 18)
        self.setWindowTitle(self.tr("Done") if self.error is None else self.tr("Not done"))
        self.report.setPlainText(text)
        self.report.show()
        self.bar.setRange(0, 1)
        self.bar.setValue(1)
        self.bar.setVisible(self.error is None)  # a full bar would say it was all done
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


__all__ = ["Done", "Job", "TaskDialog", "error_text"]
