"""One way to run a person's action from the window (DESIGN §5; as Anki's ``CollectionOp``).

An operation is a callable on the services. ``Operation(parent, op, changes=…)`` runs it::

    Operation(self, lambda: cases.register(draft), changes=Changed.CASES | Changed.CITIZENS)
        .success(self._saved)
        .failure(self._show_problem)   # a mistake the person can put right, next to the form
        .run()

- ``run()`` calls it on the window's thread (a quick action); ``run_in_background(title)`` runs
  a *job* ``op(progress, cancelled)`` in a worker thread, with progress and Cancel
  (``TaskDialog``, ``ui/common/background_task.py``), for long work.
- Every failure goes through the one error boundary (``ui/common/errors.py``): a message the
  code wrote for the person (a ``ServiceError``: a refusal, a form's mistake) goes to the
  ``failure`` callback as the boundary's translated text, so the form shows it where it does
  (a red label, a message box with the page's title); without a callback, and for anything
  else (the database, a file, a bug), the boundary's dialog says it. Nothing is announced then.
- ``conflict(callback)``: when the save is refused because somebody else saved the same record
  meanwhile (``EditConflict``), the callback gets what they saved (``theirs``) instead, to show
  both versions and let the person choose (``ui/common/conflict_dialog.py``). When theirs
  equals mine in every field (a save that did land before the connection broke, tried again),
  the conflict is a success: ``resolve_conflict`` raises ``AlreadySaved``, caught here, and the
  saved record goes to the ``success`` callback, the status bar saying it is saved.
- ``waits=True`` (a form's save): when the connection to the database is lost, the form is
  kept with what was typed and the save waits, with a bar in the form, to run again by itself
  once the connection is back (``ui/common/waiting_save.py``); ``run()`` returns False then,
  and the callbacks are called when it goes through. ``repeatable=True``: a second run of a save
  that did land writes nothing twice (a versioned update), so it is tried again even after the
  connection broke during COMMIT; a creation is not (the person is asked).
- On success, what changed (``changes``: ``Changed`` flags, or a function of the result) is
  announced on the window's ``ChangeHub`` (``ui/common/changes.py``), so exactly the pages
  showing those things refresh; then the ``success`` callback gets the result.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from dialogue_app.services.errors import (
    ConnectionLost,
    EditConflict,
    Failure,
    FailureKind,
    SaveOutcomeUnknown,
    record_failure,
)
from dialogue_app.ui.common.background_task import Job, TaskDialog
from dialogue_app.ui.common.changes import Changed, ChangeHub
from dialogue_app.ui.common.conflict_dialog import AlreadySaved
from dialogue_app.ui.common.errors import failure_text, show_failure
from dialogue_app.ui.common.waiting_save import keep_waiting, show_in_status_bar

T = TypeVar("T")

# the callback for a mistake the person can put right: the boundary's text, and the failure
# (its message is the service's error, e.g. a ValidationError naming its ``field``)
FailureCallback = Callable[[str, Failure], object]


class Operation(Generic[T]):
    """A person's action on the services; see the module's docstring.

    ``parent``: the widget it is run from (its window's ``ChangeHub`` hears the changes, its
    dialogs are shown over it); ``changes``: what it changes when it succeeds; ``during``: what
    is being done, for the log; ``target``: the file being written, named when a file-system
    error is explained; ``waits``: it saves a form, which keeps it waiting when the connection
    is lost (see the module's docstring); ``repeatable``: running it again after it did save
    writes nothing twice (an update refused when the record's version moved on, or a value
    set again), so it is tried again by itself even when the connection broke during COMMIT.
    """

    def __init__(
        self,
        parent: QWidget | None,
        op: Callable[..., T],
        *,
        changes: Changed | Callable[[T], Changed] = Changed.NOTHING,
        during: str | None = None,
        target: str | Path | None = None,
        waits: bool = False,
        repeatable: bool = False,
    ) -> None:
        self._parent = parent
        self._waits = waits
        self._repeatable = repeatable
        self._op = op
        self._changes = changes
        self._during = during or f"operation {getattr(op, '__qualname__', repr(op))}"
        self._target = target
        self._on_success: Callable[[T], object] | None = None
        self._on_failure: FailureCallback | None = None
        self._on_conflict: Callable[[Any], object] | None = None
        self.failure_seen: Failure | None = None  # the last failure, once it failed
        self.lost_at_commit = False  # a try lost the connection during COMMIT

    def success(self, callback: Callable[[T], object]) -> Operation[T]:
        self._on_success = callback
        return self

    def failure(self, callback: FailureCallback) -> Operation[T]:
        self._on_failure = callback
        return self

    def conflict(self, callback: Callable[[Any], object]) -> Operation[T]:
        """Somebody else saved the record meanwhile: ``callback(theirs)`` (see the module's
        docstring) in place of the failure message."""
        self._on_conflict = callback
        return self

    def run(self, *, busy: bool = False) -> bool:
        """Run it now, on the window's thread; ``busy``: under a wait cursor. True when it
        succeeded."""
        if busy:
            QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            done, outcome = self._call()
        finally:
            if busy:
                QGuiApplication.restoreOverrideCursor()
        if done:
            self._succeeded(outcome)
            return True
        failure: Failure = outcome
        if self._waits and self._parent is not None and isinstance(failure.message, ConnectionLost):
            keep_waiting(self._parent, self, failure)
            return False
        return self._failed(failure)

    def _call(self) -> tuple[bool, Any]:
        """(True, the result), or (False, the failure: logged, not shown)."""
        try:
            return True, self._op()
        except Exception as error:  # noqa: BLE001 - the boundary says it
            failure = record_failure(error, self._target, during=self._during)
            self.failure_seen = failure
            if isinstance(failure.message, SaveOutcomeUnknown):
                self.lost_at_commit = True
            return False, failure

    def attempt(self) -> Failure | None:
        """Run it once: on success announce and call back, and return None; else return the
        failure (logged, not shown: ``give_up`` shows it)."""
        done, outcome = self._call()
        if not done:
            failure: Failure = outcome
            return failure
        self._succeeded(outcome)
        return None

    def give_up(self, failure: Failure) -> bool:
        """The failure handled as a first try's is (the conflict callback, a message); True
        when it turned out saved (theirs equals mine, see the module's docstring)."""
        return self._failed(failure)

    @property
    def repeatable(self) -> bool:
        """Running it again after it did save writes nothing twice (see ``__init__``)."""
        return self._repeatable

    def run_in_background(self, title: str, *, text: str | None = None) -> TaskDialog:
        """Run the job ``op(progress, cancelled)`` in a worker thread, in a ``TaskDialog``
        with progress and Cancel that then shows the outcome in words (a failure as the
        boundary words it); the dialog is opened and returned."""
        job: Job = self._op
        dialog = TaskDialog(title, job, self._parent, text=text, target=self._target)
        # lambdas: the dialog's signals keep this operation alive until it has ended
        dialog.finished_ok.connect(lambda result: self._succeeded(result))
        dialog.failed.connect(lambda failure: self._failed_in_background(failure))
        dialog.start()
        dialog.open()
        return dialog

    def _succeeded(self, result: Any) -> None:
        changes = self._changes(result) if callable(self._changes) else self._changes
        if changes and self._parent is not None:
            ChangeHub.of(self._parent).announce(changes)
        if self._on_success is not None:
            self._on_success(result)

    def _failed(self, failure: Failure) -> bool:
        """The failure said; True when it is a conflict that turned out saved."""
        self.failure_seen = failure
        if self._on_conflict is not None and isinstance(failure.message, EditConflict):
            try:
                self._on_conflict(failure.message.theirs)
            except AlreadySaved:  # (its record may be the form's view of theirs: not it)
                self._already_saved(failure.message.theirs)
                return True
            return False
        if failure.kind is FailureKind.EXPLAINED and self._on_failure is not None:
            self._on_failure(failure_text(failure), failure)
        else:
            show_failure(self._parent, failure)
        return False

    def _already_saved(self, record: Any) -> None:
        """Refused as a conflict, but what is saved is what the person typed: a success."""
        self.failure_seen = None
        if self._parent is not None:
            if self.lost_at_commit:
                text = QCoreApplication.translate(
                    "Operation",
                    "Saved: your change had reached the office database before the connection "
                    "was lost. It was not saved twice.",
                )
            else:
                text = QCoreApplication.translate(
                    "Operation", "Saved: the record already holds what you typed."
                )
            show_in_status_bar(self._parent, text)
        self._succeeded(record)

    def _failed_in_background(self, failure: Failure) -> None:
        # the task dialog already shows it in words; the caller may mark its form too
        self.failure_seen = failure
        if failure.kind is FailureKind.EXPLAINED and self._on_failure is not None:
            self._on_failure(failure_text(failure), failure)


def in_message_box(parent: QWidget | None, title: str) -> FailureCallback:
    """A failure callback: the mistake in a warning box with the page's ``title``."""

    def show(text: str, _failure: Failure) -> None:
        QMessageBox.warning(parent, title, text)

    return show


def in_label(label: QLabel) -> FailureCallback:
    """A failure callback: the mistake in the form's message line (shown if it was hidden)."""

    def show(text: str, _failure: Failure) -> None:
        label.setText(text)
        label.show()

    return show


__all__ = ["FailureCallback", "Operation", "in_label", "in_message_box"]
