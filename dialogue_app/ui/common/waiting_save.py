"""A save refused because the connection to the office database was lost waits in its form,
and goes through by itself when the connection is back (issue 15: no edit lost).

An ``Operation`` made with ``waits=True`` (a form's save, ``ui/common/operations.py``) that
fails with ``ConnectionLost`` is handed to ``keep_waiting``. Then, in one place for every form:

- The form stays open with everything typed, locked (so that what is saved later is exactly
  what it shows), under a bar saying plainly that the change waits and will be saved when the
  connection is back, with "Try now" and "Discard changes" (asks first; a dialog then closes
  without saving, a page's editor reads the saved values again).
- When the connection is back the same save runs again, once: ``LiveRefresh`` says so
  (``online_changed(True)``, ``connection_changed`` here), and a quiet probe tries every
  ``probe_interval`` ms while a save waits, unless ``LiveRefresh`` knows the server is still
  unreachable (the probe is the save itself: it fails at once while there is no connection).
  Saved: the form closes or updates as after a normal save, and the window's status bar says
  it was saved after the connection came back. Somebody else saved the record meanwhile: the
  operation's conflict callback (keep theirs / mine / merge), or, when theirs equals mine in
  every field (the first try had landed after all), a success without a dialog
  (``AlreadySaved``, ``ui/common/conflict_dialog.py``). Lost again: it keeps waiting.
- Closing the form or the window while a save waits asks: discard the change, or stay (it
  cannot be saved once the form is gone).

Nothing written twice. A connection lost *before* COMMIT reached the server leaves nothing saved
(the server rolls back a transaction whose client is gone): trying again is safe. Lost *during*
COMMIT (``SaveOutcomeUnknown``, ``services/errors.py``) the server may have saved it. Then the
save runs again by itself only when the operation says it is ``repeatable`` (an update of a
versioned record, or setting a value again): if the first try did land, the second is refused as
a conflict, where what is saved equals what was typed: taken as saved, with no dialog
(``AlreadySaved``); or it writes the same again; nothing is written twice. Anything else (a
new case, a new conference: creating has no version to guard it, the database would number a
second copy) is never saved again by itself:
the bar says it may already be saved, and "Save again" asks first. We chose this over an
idempotency key stored with each new record (a column and a migration on every created table)
and over asking PostgreSQL afterwards whether the transaction committed (``pg_xact_status``,
which needs the transaction id taken in the store before every COMMIT): both reach below the
window, and a lost COMMIT is rare (the pool checks a connection before lending it, so a
connection dropped while the form was being filled in fails at the first statement, safely).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QBoxLayout,
    QDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QWidget,
)
from shiboken6 import isValid

from dialogue_app.services.errors import (
    ConnectionLost,
    Failure,
    SaveOutcomeUnknown,
    record_failure,
)
from dialogue_app.ui.common.errors import show_failure
from dialogue_app.ui.common.unsaved import confirm

__all__ = [
    "Retryable",
    "WaitingSave",
    "WaitingSaves",
    "ask_close",
    "ask_discard",
    "keep_waiting",
    "waiting_saves",
]

PROBE_INTERVAL_MS = 10_000  # a quiet try every 10 s while a save waits


class Retryable(Protocol):
    """What a waiting save needs of its operation (``Operation`` is one)."""

    @property
    def repeatable(self) -> bool:
        """A second try of a save that did land writes nothing twice (``repeatable``)."""
        ...

    def attempt(self) -> Failure | None:
        """Run the save once more: on success do what a success does and return None; else
        return the failure, not yet shown."""
        ...

    def give_up(self, failure: Failure) -> bool:
        """Handle the failure as a first try would (a message, the conflict callback); True
        when it turned out saved (a conflict where theirs equals mine)."""
        ...


def ask_discard(parent: QWidget) -> bool:
    """ "Discard changes" pressed: True when the person confirms."""
    return confirm(
        parent,
        QCoreApplication.translate("WaitingSave", "Discard changes"),
        QCoreApplication.translate(
            "WaitingSave", "Discard the changes waiting to be saved? They will not be saved."
        ),
        QCoreApplication.translate("WaitingSave", "Discard changes"),
    )


def ask_close(parent: QWidget, count: int) -> bool:
    """The window or form is being closed while ``count`` saves wait: True to discard them and
    close, False to stay (``count`` for tests and the log: the question is the same)."""
    text = QCoreApplication.translate(
        "WaitingSave",
        "Changes here are waiting for the connection to the office database to be saved. "
        "Once closed they cannot be saved later: discard them and close, or stay and wait?",
    )
    return confirm(
        parent,
        QCoreApplication.translate("WaitingSave", "Changes not saved yet"),
        text,
        QCoreApplication.translate("WaitingSave", "Discard and close"),
    )


def saved_message() -> str:
    return QCoreApplication.translate(
        "WaitingSave",
        "Saved: the connection is back and your change that was waiting is now saved.",
    )


class WaitingBar(QFrame):
    """The bar at the top of a form whose save waits for the connection."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("waitingSave")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            "QFrame#waitingSave { background: #fff4ce; border: 1px solid #c8a200; "
            "border-radius: 4px; } QFrame#waitingSave QLabel { color: #3d3000; }"
        )
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setObjectName("waitingSaveText")
        self.try_now = QPushButton()
        self.try_now.setObjectName("waitingSaveTryNow")
        self.discard = QPushButton(QCoreApplication.translate("WaitingSave", "Discard changes"))
        self.discard.setObjectName("waitingSaveDiscard")
        for button in (self.try_now, self.discard):
            button.setAutoDefault(False)  # Enter in the dialog does not discard
        row = QHBoxLayout(self)
        row.addWidget(self.text, 1)
        row.addWidget(self.try_now)
        row.addWidget(self.discard)

    def show_state(self, unknown: bool, tried: int) -> None:
        if unknown:
            text = QCoreApplication.translate(
                "WaitingSave",
                "The connection to the office database was lost just as this was being saved: "
                "it may already be saved. It will not be saved again by itself. When the "
                "connection is back, check the list first; save again only if it is missing.",
            )
            self.try_now.setText(QCoreApplication.translate("WaitingSave", "Save again"))
        else:
            text = QCoreApplication.translate(
                "WaitingSave",
                "Not saved yet: the connection to the office database is lost. Your changes "
                "are kept here and will be saved by themselves as soon as the connection is "
                "back.",
            )
            if tried:
                text += " " + QCoreApplication.translate(
                    "WaitingSave", "Still no connection: it keeps waiting."
                )
            self.try_now.setText(QCoreApplication.translate("WaitingSave", "Try now"))
        self.text.setText(text)


class WaitingSave(QObject):
    """One form's save waiting for the connection (see the module's docstring)."""

    def __init__(
        self, registry: WaitingSaves, form: QWidget, operation: Retryable, failure: Failure
    ) -> None:
        super().__init__(form)
        self.form = form
        self.operation = operation
        self._registry = registry
        self.unknown = False
        self.finished = False
        self.running = False  # a try is under way (its callbacks may open a dialog meanwhile)
        self.tried = 0  # tries since it began to wait
        self._locked: list[QWidget] = []
        self.bar = WaitingBar(form)
        self.bar.try_now.clicked.connect(self.try_now)
        self.bar.discard.clicked.connect(self.discard_asked)
        self._place_bar()
        self._lock()
        self.failed_again(failure, first=True)

    # --- the form ------------------------------------------------------------------------------

    def _place_bar(self) -> None:
        layout = self.form.layout()
        if isinstance(layout, QBoxLayout):
            layout.insertWidget(0, self.bar)
        elif isinstance(layout, QFormLayout):
            layout.insertRow(0, self.bar)
        elif isinstance(layout, QGridLayout):
            layout.addWidget(self.bar, layout.rowCount(), 0, 1, max(1, layout.columnCount()))
        else:  # no layout: over the top of the form
            self.bar.setGeometry(0, 0, max(self.form.width(), 400), self.bar.sizeHint().height())
            self.bar.raise_()
        self.bar.show()

    def _lock(self) -> None:
        """What is saved later is what the form shows: nothing in it changes meanwhile."""
        # children(), not findChildren(QWidget, "", …): PySide6 matches "" as the object
        # name, which would leave every named widget (a table, a list) unlocked
        for child in self.form.children():
            if (
                isinstance(child, QWidget)
                and child is not self.bar
                and not child.isWindow()
                and child.isEnabled()
            ):
                child.setEnabled(False)
                self._locked.append(child)

    def _unlock(self) -> None:
        for child in self._locked:
            child.setEnabled(True)
        self._locked.clear()
        self.bar.hide()
        self.bar.setParent(None)  # out of the form's layout and children at once
        self.bar.deleteLater()

    def failed_again(self, failure: Failure, *, first: bool = False) -> None:
        lost_at_commit = isinstance(failure.message, SaveOutcomeUnknown)
        if lost_at_commit and not self.operation.repeatable:
            self.unknown = True
        if not first:
            self.tried += 1
        self.bar.show_state(self.unknown, self.tried)

    # --- trying again --------------------------------------------------------------------------

    def retry(self) -> bool:
        """The same save, once; True when it left the waiting state (saved, or refused for
        another reason and handled as a first try would be). Never two tries at once: a
        success or a conflict may open a dialog, whose event loop runs the probe and hears the
        connection come back; a second try then would write it twice."""
        if self.running or self.finished:
            return self.finished
        self.running = True
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        cursor = True
        try:
            failure = self.operation.attempt()  # a success may close the form
            QGuiApplication.restoreOverrideCursor()
            cursor = False
            return self._after(failure)
        finally:
            if cursor:
                QGuiApplication.restoreOverrideCursor()
            self.running = False

    def _after(self, failure: Failure | None) -> bool:
        if failure is None:
            self._finish()
            self._registry.saved_later.emit(self.form)
            show_in_status_bar(self.form, saved_message())
            return True
        if isinstance(failure.message, ConnectionLost):
            self.failed_again(failure)  # still lost: it keeps waiting
            return False
        # refused for another reason (somebody saved it meanwhile…): as a first try would be,
        # on an unlocked form (the conflict dialog may send the person back to it)
        self._finish()
        if self.operation.give_up(failure):  # it had landed: the status bar says so
            self._registry.saved_later.emit(self.form)
        return True

    def _finish(self) -> None:
        """No longer waiting: the bar goes, the form is unlocked."""
        if self.finished:
            return
        self.finished = True
        self._registry.remove(self)
        self._unlock()

    def try_now(self) -> None:
        if self.unknown and not confirm(
            self.form,
            QCoreApplication.translate("WaitingSave", "Save again"),
            QCoreApplication.translate(
                "WaitingSave",
                "It may already be saved: if the first save reached the database, saving again "
                "records it a second time. Save again?",
            ),
            QCoreApplication.translate("WaitingSave", "Save again"),
        ):
            return
        self.retry()

    def discard_asked(self) -> None:
        if ask_discard(self.form):
            self.discard()

    def discard(self) -> None:
        """Give the change up: an editor (on a page, or a part of a dialog such as the
        attendance ticks) reads what is saved again (its ``reload`` or ``load``; while the
        connection is still lost, as soon as it is back); else the dialog it is in closes
        without saving."""
        self._finish()
        if not isinstance(self.form, QDialog):
            for name in ("reload", "load"):  # what an editor names reading what is saved
                read_again: Callable[[], object] | None = getattr(self.form, name, None)
                if callable(read_again):
                    self._registry.read_again(self.form, read_again)
                    return
        window = self.form.window()
        if isinstance(window, QDialog):
            window.done(QDialog.DialogCode.Rejected)  # not reject(): nothing more to ask


def show_in_status_bar(widget: QWidget, text: str) -> None:
    """``text`` in the status bar of the main window ``widget`` belongs to (if any)."""
    current: QWidget | None = widget
    while current is not None:
        if isinstance(current, QMainWindow):
            current.statusBar().showMessage(text, 15_000)
            return
        current = current.parentWidget()
    for top in QApplication.topLevelWidgets():
        if isinstance(top, QMainWindow) and top.isVisible():
            top.statusBar().showMessage(text, 15_000)
            return


class WaitingSaves(QObject):
    """Every save waiting for the connection, for the whole application (``waiting_saves()``).

    ``online``: what ``LiveRefresh`` last said about the connection (None: nobody listens,
    e.g. SQLite or a test without it). While a save waits it filters the application's events:
    closing a window that holds one, or Esc in a dialog that does, asks first.

    Signals:
        saved_later(QWidget): a form's waiting save went through.
        waiting_changed(int): how many saves wait now.
    """

    saved_later = Signal(object)
    waiting_changed = Signal(int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("waitingSaves")
        self.saves: list[WaitingSave] = []
        self.rereads: dict[QWidget, Callable[[], object]] = {}  # discarded, to be read again
        self.online: bool | None = None
        self.probe = QTimer(self)
        self.probe.setInterval(PROBE_INTERVAL_MS)
        self.probe.timeout.connect(self._probe)
        self._filtering = False

    def of(self, form: QWidget) -> WaitingSave | None:
        return next((save for save in self.saves if save.form is form), None)

    def add(self, form: QWidget, operation: Retryable, failure: Failure) -> WaitingSave:
        old = self.of(form)
        if old is not None:  # a new save of the same form replaces the one that waited
            old._finish()
        save = WaitingSave(self, form, operation, failure)
        self.rereads.pop(form, None)  # what it saves is what it shows once saved
        self.saves.append(save)
        save.form.destroyed.connect(lambda *_: self._forget(save))
        self._watch()
        app = QCoreApplication.instance()
        if app is not None and not self._filtering:
            app.installEventFilter(self)
            self._filtering = True
        self.waiting_changed.emit(len(self.saves))
        return save

    def _watch(self) -> None:
        if not self.probe.isActive():
            self.probe.start()

    def _forget(self, save: WaitingSave) -> None:
        if save in self.saves:
            self.saves.remove(save)
            self._settle()

    def remove(self, save: WaitingSave) -> None:
        if save in self.saves:
            self.saves.remove(save)
        self._settle()

    def read_again(self, form: QWidget, read: Callable[[], object]) -> None:
        """``form`` shows what is saved again (its change was discarded): now, or, while the
        connection is lost, once it is back (after the waiting saves have run)."""
        try:
            read()
        except Exception as error:  # noqa: BLE001 - the boundary says it
            failure = record_failure(error, during="reading a form again after a discard")
            if not isinstance(failure.message, ConnectionLost):
                show_failure(form, failure)
                return
            self.rereads[form] = read
            form.destroyed.connect(lambda *_: self.rereads.pop(form, None))
            self._watch()
            return
        self.rereads.pop(form, None)
        self._settle()

    def _settle(self) -> None:
        if not self.saves and not self.rereads:
            self.probe.stop()
        if not self.saves:
            self.probe.stop()
            app = QCoreApplication.instance()
            if app is not None and self._filtering:
                app.removeEventFilter(self)
                self._filtering = False
        self.waiting_changed.emit(len(self.saves))

    # --- the connection --------------------------------------------------------------------------

    def connection_changed(self, online: bool) -> None:
        """From ``LiveRefresh.online_changed``: back, every waiting save runs again, once."""
        self.online = online
        if online:
            self.retry_all()

    def retry_all(self) -> None:
        for save in list(self.saves):
            if save in self.saves and not save.unknown:
                save.retry()
        for form, read in list(self.rereads.items()):
            if isValid(form):
                self.read_again(form, read)

    def _probe(self) -> None:
        if self.online is False:
            return  # LiveRefresh knows it is still lost; it says when it is back
        self.retry_all()

    # --- closing ---------------------------------------------------------------------------------

    def within(self, window: QWidget) -> list[WaitingSave]:
        """The waiting saves of forms in ``window`` or in windows opened over it."""
        found = []
        for save in self.saves:
            if not isValid(save.form):
                continue
            current: QWidget | None = save.form
            while current is not None:
                if current is window:
                    found.append(save)
                    break
                current = current.parentWidget()
        return found

    def may_close(self, window: QWidget) -> bool:
        """Closing ``window``: True when nothing waits in it, or the person discards it."""
        saves = self.within(window)
        if not saves:
            return True
        if not ask_close(window, len(saves)):
            return False
        self.drop(window)
        return True

    def drop(self, window: QWidget) -> None:
        """The saves waiting in ``window`` are given up (it closes without them)."""
        for save in self.within(window):
            save._finish()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802  # Qt's name
        if not isinstance(watched, QWidget) or not watched.isWindow():
            return False
        kind = event.type()
        if kind == QEvent.Type.Hide and isinstance(watched, QDialog) and not event.spontaneous():
            # a dialog closed by the program (not by the person: that asked; not minimized,
            # the window system's own hide): its save goes
            self.drop(watched)
            return False
        if kind == QEvent.Type.Close and event.spontaneous() and self.within(watched):
            if not self.may_close(watched):
                event.ignore()
                return True
            if isinstance(watched, QDialog) and watched.isVisible():
                watched.done(QDialog.DialogCode.Rejected)  # discarded: nothing more to ask
                return True
            return False
        if (
            kind == QEvent.Type.KeyPress
            and isinstance(watched, QDialog)
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
            and self.within(watched)
        ):
            if self.may_close(watched):
                watched.done(QDialog.DialogCode.Rejected)
            return True
        return False


def waiting_saves() -> WaitingSaves:
    """The application's one ``WaitingSaves`` (made on first use)."""
    app = QCoreApplication.instance()
    found = app.findChild(WaitingSaves, "waitingSaves") if app is not None else None
    return found if found is not None else WaitingSaves(app)


def keep_waiting(form: QWidget, operation: Retryable, failure: Failure) -> WaitingSave:
    """The save of ``form`` failed for the connection: it waits (see the module's docstring)."""
    return waiting_saves().add(form, operation, failure)
