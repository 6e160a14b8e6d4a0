"""Calendar work the window does by itself, in the background, without a dialog.

- Leaders' subscribed calendars are refreshed when their time has come (checked every
  minute); a failure keeps the last good copy (the service's rule) and is told through
  ``problem_found`` (the main window shows it in the status bar) and the log.
- The published schedule file (Settings → Calendars and mail) is written again a moment after
  each change of conferences, reception days or the office, so subscribers see it.

Each piece of work runs in its own thread with its own sessions (the services open one per
call); a new round does not start while one is still running.

What went wrong is also kept (``problems``, emptied again when the same work next succeeds)
for the notice on the calendar page (``notice.py``), so a secretary sees it where she looks,
not only for a moment in the status bar. Subscriptions read are announced as changed
conferences, so the conflict checks and the notice read the new state.

Signals:
    problem_found(str): a background refresh or write failed (translated words).
    problems_changed(): ``problems`` changed, or subscriptions were read (their state too).
    busy_times_refreshed(): subscriptions were read; conflict checks see the new busy times.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QThread, QTimer, Signal

from dialogue_app.services.errors import record_failure
from dialogue_app.ui.common.changes import Changed, ChangeHub
from dialogue_app.ui.common.errors import failure_text

if TYPE_CHECKING:
    from dialogue_app.services.container import Services

log = logging.getLogger(__name__)

SUBSCRIPTION_CHECK_MS = 60_000
REWRITE_DELAY_MS = 2_000
FOLLOWED = Changed.CONFERENCES | Changed.RECEPTION | Changed.OFFICE | Changed.REGISTERS


class _Task(QThread):
    succeeded = Signal(object)
    failed = Signal(str)

    def __init__(self, work: Callable[[], Any], during: str, parent: QObject) -> None:
        super().__init__(parent)
        self._work = work
        self._during = during

    def run(self) -> None:
        try:
            result = self._work()
        except Exception as error:  # noqa: BLE001 - the thread's boundary: words, and the log
            failure = record_failure(error, during=self._during)
            self.failed.emit(failure_text(failure))
            return
        self.succeeded.emit(result)


class CalendarUpkeep(QObject):
    problem_found = Signal(str)
    problems_changed = Signal()
    busy_times_refreshed = Signal()

    def __init__(self, services: Services, hub: ChangeHub, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._services = services  # the calendar links (caldav, keyring) load on first use
        self._tasks: dict[str, _Task] = {}
        self._hub = hub
        self.problems: dict[str, str] = {}  # what ("refresh", "write") -> translated words
        self._rewrite = QTimer(self)
        self._rewrite.setSingleShot(True)
        self._rewrite.setInterval(REWRITE_DELAY_MS)
        self._rewrite.timeout.connect(self.write_published_file)
        self._check = QTimer(self)
        self._check.setInterval(SUBSCRIPTION_CHECK_MS)
        self._check.timeout.connect(self.refresh_due)
        hub.changed.connect(self._changed)

    def start(self) -> None:
        self._check.start()
        QTimer.singleShot(5_000, self.refresh_due)  # once the window is up and settled

    def stop(self) -> None:
        self._check.stop()
        self._rewrite.stop()
        for task in list(self._tasks.values()):
            task.wait(30_000)

    def _changed(self, changes: Changed) -> None:
        if changes & FOLLOWED:
            self._rewrite.start()  # restarts: many quick changes, one write

    def refresh_due(self) -> bool:
        return self._run(
            "refresh",
            lambda: self._services.calendar_links.subscriptions.refresh_due(),
            self._refreshed,
        )

    def write_published_file(self) -> bool:
        return self._run(
            "write",
            lambda: self._services.calendar_links.publishing.write_published_file(),
            lambda _written: self._settle("write", None),
        )

    def busy(self) -> bool:
        return bool(self._tasks)

    def _run(self, name: str, work: Callable[[], Any], done: Callable[[Any], None] | None) -> bool:
        if name in self._tasks:
            if name == "write":
                self._rewrite.start()  # write again once the running write is over
            return False
        task = _Task(work, f"calendar upkeep: {name}", self)
        self._tasks[name] = task
        if done is not None:
            task.succeeded.connect(done)
        task.failed.connect(self.problem_found)
        task.failed.connect(lambda text: self._settle(name, self._failure_words(name, text)))
        task.finished.connect(lambda: self._finished(name))
        task.start()
        return True

    def _finished(self, name: str) -> None:
        task = self._tasks.pop(name, None)
        if task is not None:
            task.deleteLater()

    def _failure_words(self, name: str, text: str) -> str:
        if name == "write":
            return self.tr(
                "The published schedule file could not be written, so those who subscribe to it "
                "see an older schedule. %1"
            ).replace("%1", text)
        return self.tr("Leaders' calendars could not be read. %1").replace("%1", text)

    def _settle(self, name: str, problem: str | None) -> None:
        """Keep (or forget, ``problem`` None) what went wrong with ``name``'s work."""
        if self.problems.get(name) == problem:
            return
        if problem is None:
            self.problems.pop(name, None)
        else:
            self.problems[name] = problem
        self.problems_changed.emit()

    def _refreshed(self, outcomes: Any) -> None:
        self._settle("refresh", None)
        if not outcomes:
            return
        self._hub.announce(Changed.CONFERENCES)  # busy times and the subscriptions' state
        self.problems_changed.emit()
        self.busy_times_refreshed.emit()
        for outcome in outcomes:
            if not outcome.ok:
                self.problem_found.emit(
                    self.tr("%1's calendar could not be read; the last good copy is used. %2")
                    .replace("%2", str(outcome.error))
                    .replace("%1", outcome.official_name)
                )
