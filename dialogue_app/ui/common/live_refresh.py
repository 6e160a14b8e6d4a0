"""Changes saved by other staff refresh the window by themselves; a lost connection is shown.

On a shared database (PostgreSQL) ``LiveRefresh`` starts the services' change feed
(``services/live_changes.py``), which hears in a thread of its own what other clients commit.
What arrives is announced on the window's ``ChangeHub`` as ``Changed`` flags, exactly as the
window's own actions are (``ui/common/changes.py``): visible pages showing it refresh at once,
hidden ones when next shown. The window's own changes are not heard again (it announced them
already). While the database cannot be reached, a label in the status bar says so; when it is
back, the label goes and a message says so (and everything is read again: what others changed
meanwhile was not heard). On SQLite it does nothing.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel, QMainWindow

from dialogue_app.services.container import Services
from dialogue_app.services.live_changes import ChangeFeed
from dialogue_app.ui.common.changes import Changed, ChangeHub

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
            self.feed.start()

    def stop(self) -> None:
        """Stop listening (before the database is closed)."""
        if self.feed is not None:
            self.feed.stop()

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
                    "What you type stays in the form; save it again once the connection is "
                    "back. Changes by colleagues show again then too."
                )
            )
            self.label.show()
        self.online_changed.emit(online)
