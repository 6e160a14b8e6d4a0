"""Backups by themselves while the window is open: off the window's thread, never in its way.

``BackupScheduler`` asks the backup service at start, every quarter of an hour (hourly backups,
retries after a failure) and at closing whether a backup is due, and takes it in a worker
thread: the window keeps working meanwhile (SQLite's WAL lets it write while the copy reads).
A failure (a share offline, a full disk) is announced once (``problem_appeared``) until a
backup succeeds again; it is retried at every check. ``status_changed`` carries the new
``BackupStatus`` after each attempt, for the status bar and Settings.

Signals:
    status_changed(object): a ``BackupStatus``.
    problem_appeared(str): a new problem, in words, to show once.
    backup_taken(object): a ``TakenBackup`` (a new backup in the list).
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from dialogue_app.services.backups import BackupService, Occasion
from dialogue_app.services.errors import Failure, record_failure
from dialogue_app.ui.common.errors import failure_text

CHECK_EVERY_MS = 15 * 60 * 1000
# The day's first check waits until the window has settled: starting is when the person waits
# for it, and a window closed again at once (or the start-up benchmark) writes no backup.
START_DELAY_MS = 20 * 1000


class _Relay(QObject):
    """Carries a worker's outcome back to the window's thread (queued signals)."""

    finished = Signal(object, object)  # an _Outcome, the BackupStatus (None: unreadable)


class BackupScheduler(QObject):
    status_changed = Signal(object)
    problem_appeared = Signal(str)
    backup_taken = Signal(object)

    def __init__(self, service: BackupService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self._relay = _Relay(self)
        self._relay.finished.connect(self._finished)
        self._worker: threading.Thread | None = None
        self._queued: list[Callable[[], Any] | None] = []
        self._problem_shown: str | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_EVERY_MS)
        self._timer.timeout.connect(lambda: self.run(Occasion.TIMER))
        self.start_delay_ms = START_DELAY_MS
        self.started = False  # the first check has run: from now on, backups at closing too
        self._closing = False

    # --- when -------------------------------------------------------------------------------

    def start(self) -> None:
        """The window is open: after ``start_delay_ms`` the first-start-of-the-day backup,
        then the periodic checks."""
        if not self.service.is_sqlite:
            return
        QTimer.singleShot(self.start_delay_ms, self, self._begin)

    def _begin(self) -> None:
        if self.started or self._closing:
            return
        self.started = True
        self.run(Occasion.START)
        self._timer.start()

    def run(self, occasion: Occasion) -> None:
        """Check in the background whether ``occasion`` asks for a backup, and take it."""
        if occasion is Occasion.TIMER and self._problem_shown is not None:
            self._submit(lambda: self.service.run_scheduled(Occasion.TIMER) or self._retry())
        else:
            self._submit(lambda: self.service.run_scheduled(occasion))

    def _retry(self) -> Any:
        """After a failure: the backup that failed, if anything changed since the last one."""
        entries = self.service.entries()
        if self.service.changed_since(entries[0] if entries else None):
            return self.service.backup_now()
        return None

    def at_close(self) -> None:
        """The window closes: wait for a running backup, then take the closing one here (the
        window is going away; nothing to keep responsive)."""
        self._closing = True
        self._timer.stop()
        self.wait()  # a backup or a status read under way: its connection closes with it
        if not self.started:  # closed before the first check: the next start backs up
            return
        try:
            self.service.run_scheduled(Occasion.CLOSE)
        except Exception as error:  # noqa: BLE001 - logged; the next start tries again
            record_failure(error, during="the backup at closing")

    def wait(self, timeout: float = 120.0) -> None:
        worker = self._worker
        if worker is not None:
            worker.join(timeout)

    @property
    def busy(self) -> bool:
        return self._worker is not None and self._worker.is_alive()

    # --- how ---------------------------------------------------------------------------------

    def refresh_status(self) -> None:
        """Read the status again, in the background (a share that is offline may take a
        while to say so); ``status_changed`` carries it."""
        self._submit(None)

    def _submit(self, job: Callable[[], Any] | None) -> None:
        """Run ``job`` (None: only read the status) in the worker, then read the status."""
        if self.busy:
            if job is not None or not self._queued:
                self._queued = [job]  # one waiting is enough: it sees the newest state
            return
        relay = self._relay
        service = self.service

        def work() -> None:
            result: Any = None
            failure: Failure | None = None
            if job is not None:
                try:
                    result = job()
                except Exception as error:  # noqa: BLE001 - the window says it, once
                    failure = record_failure(error, during="an automatic backup")
            try:
                status = service.status()
            except Exception as error:  # noqa: BLE001 - a status must never break the window
                record_failure(error, during="reading the backup status")
                status = None
            with contextlib.suppress(RuntimeError):  # the window was destroyed meanwhile
                relay.finished.emit(_Outcome(job is not None, result, failure), status)

        self._worker = threading.Thread(target=work, name="dialogue-backup", daemon=True)
        self._worker.start()

    def _finished(self, outcome: _Outcome, status: object) -> None:
        if self._worker is not None:
            self._worker.join()
            self._worker = None
        if outcome.failure is not None:
            text = failure_text(outcome.failure)
            if text != self._problem_shown:
                self._problem_shown = text
                self.problem_appeared.emit(text)
        elif outcome.ran_job:
            self._problem_shown = None
            if outcome.result is not None:
                self.backup_taken.emit(outcome.result)
        if status is not None:
            self.status_changed.emit(status)
        if self._queued:
            self._submit(self._queued.pop())


class _Outcome:
    def __init__(self, ran_job: bool, result: Any, failure: Failure | None) -> None:
        self.ran_job = ran_job
        self.result = result
        self.failure = failure
