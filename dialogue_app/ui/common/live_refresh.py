"""Changes saved by other staff refresh the window by themselves; a lost connection is shown.

On a shared database (PostgreSQL) ``LiveRefresh`` starts the services' change feed
(``services/live_changes.py``), which hears in a thread of its own what other clients commit.
What arrives is announced on the window's ``ChangeHub`` as ``Changed`` flags, exactly as the
window's own actions are (``ui/common/changes.py``): visible pages showing it refresh at once,
hidden ones when next shown. The window's own changes are not heard again (it announced them
already). While the database cannot be reached, a label in the status bar says so; when it is
back, the label goes and a message says so (and everything is read again: what others changed
meanwhile was not heard). On SQLite it does nothing. A form's save that waits for the
connection (``ui/common/waiting_save.py``) hears from it when the connection is back and runs
again then.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel, QMainWindow

from dialogue_app.services.container import Services
from dialogue_app.services.live_changes import ChangeFeed
from dialogue_app.ui.common.changes import Changed, ChangeHub
from dialogue_app.ui.common.waiting_save import waiting_saves

__all__ = ["LiveRefresh", "changed_of"]


def changed_of(kinds: frozenset[str]) -> Changed:
    """The ``Changed`` flags named by the feed's change kinds (an unknown name: everything)."""
    flags = Changed.NOTHING
    for name in kinds:
        flags |= Changed.__members__.get(name, Changed.EVERYTHING)
    return flags


class LiveRefresh(QObject):
    """The bridge between the change feed's thread and the window (see the module's docstring).

    Signals (emitted on the window's thread):
        arrived(Changed): what other clients changed, just announced on the hub.
        online_changed(bool): whether the database can be reached.
    """

    arrived = Signal(object)
    online_changed = Signal(bool)
    _heard = Signal(object)  # from the feed's thread: frozenset of change kinds
    _status = Signal(bool)  # from the feed's thread

    def __init__(
        self, window: QMainWindow, services: Services, hub: ChangeHub, **timings: float
    ) -> None:
        super().__init__(window)
        self._window = window
        self._hub = hub
        self.online = True
        self._telling_saves = False
        self.label = QLabel()
        self.label.setObjectName("connectionLost")
        self.label.setStyleSheet("QLabel { color: #b00020; font-weight: bold; }")
        self.label.hide()
        window.statusBar().addPermanentWidget(self.label)
        # queued: the feed calls these from its own thread, the slots run on the window's
        self._heard.connect(self._announce)
        self._status.connect(self._show_status)
        self.feed: ChangeFeed | None = services.change_feed(
            self._heard.emit, self._status.emit, **timings
        )

    def start(self) -> None:
        if self.feed is not None:
            # the saves waiting for the connection are told when it is lost and back
            if not self._telling_saves:
                self.online_changed.connect(waiting_saves().connection_changed)
                self._telling_saves = True
            waiting_saves().online = self.online
            self.feed.start()

    def stop(self) -> None:
        """Stop listening (before the database is closed)."""
        if self.feed is not None:
            self.feed.stop()
        if self._telling_saves:
            saves = waiting_saves()
            self.online_changed.disconnect(saves.connection_changed)
            self._telling_saves = False
            saves.online = None  # nobody listens: the quiet probe tries by itself

    def _announce(self, kinds: frozenset[str]) -> None:
        changes = changed_of(kinds)
        if changes:
            self._hub.announce(changes)
            self.arrived.emit(changes)

    def _show_status(self, online: bool) -> None:
        self.online = online
        if online:
            self.label.hide()
            self._window.statusBar().showMessage(
                self.tr("The connection to the office database is back."), 10_000
            )
        else:
            self.label.setText(self.tr("Connection to the office database lost: trying again…"))
            self.label.setToolTip(
                self.tr(
                    "What you save meanwhile stays in its form and is saved by itself once "
                    "the connection is back. Changes by colleagues show again then too."
                )
            )
            self.label.show()
        self.online_changed.emit(online)
