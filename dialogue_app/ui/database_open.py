"""Opening the database at start, off the UI thread: the window paints first, then fills in.

``open_database_in_background`` is what the app uses: the main window is shown at once, saying it
is opening the database; the database (with SQLAlchemy and Alembic, the heaviest imports) is
opened in a thread, and the window builds its pages when it is open, or says why it cannot be.
``open_database_showing_progress`` is the blocking form (a busy window when it takes a while).

Opening migrates an older database (a SQLite file is migrated as a copy that replaces it once
complete and checked, then the deadlines of open cases are recomputed when the rules changed):
a matter of milliseconds usually, but a large database moving over several versions can take a
minute. The work runs in a thread; when it lasts longer than a moment a small window says what
is happening, so the secretary does not think the program hung. It cannot be cancelled, but an
upgrade stopped half-way (the program killed, the computer switched off) leaves the database as
it was, and the next start upgrades it again.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QProgressDialog

if TYPE_CHECKING:  # SQLAlchemy and Alembic are imported by the opening thread, not at start
    from dialogue_app.services.database import DatabaseHandle

log = logging.getLogger(__name__)


def in_memory(url: str) -> bool:
    """True for a SQLite database held in memory (one per connection: open it on the UI thread);
    the same test as ``store.database.in_memory``, without importing SQLAlchemy."""
    if not url.startswith("sqlite"):
        return False
    rest = url.split("://", 1)[-1]
    return rest in ("", "/", "/:memory:") or "mode=memory" in rest or rest.startswith("/:memory:")


class BackgroundOpening(QObject):
    """The database being opened in a thread (``open_database_in_background``).

    Signals (received on the UI thread):
        opened(DatabaseHandle): the database is open and up to date.
        failed(BaseException): it could not be opened (``DatabaseError`` says why in words).
        slow(): opening has taken longer than a moment (an upgrade, most likely).
    """

    opened = Signal(object)
    failed = Signal(object)
    slow = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.done = False
        self.handle: DatabaseHandle | None = None
        self._slow_timer = QTimer(self)
        self._slow_timer.setSingleShot(True)
        self._slow_timer.timeout.connect(self._say_slow)
        self.opened.connect(self._finish)
        self.failed.connect(self._finish)

    def _say_slow(self) -> None:
        if not self.done:
            self.slow.emit()

    def _finish(self, outcome: object) -> None:
        self.done = True
        self._slow_timer.stop()
        if not isinstance(outcome, BaseException):
            self.handle = outcome  # type: ignore[assignment]


def open_database_in_background(
    url: str,
    *,
    prepare: Callable[[DatabaseHandle], None] | None = None,
    show_after: float = 0.4,
    parent: QObject | None = None,
) -> BackgroundOpening:
    """Open ``url`` in a thread; the returned object signals ``opened`` or ``failed`` on the UI
    thread (and ``slow`` after ``show_after`` seconds). ``prepare(handle)`` runs in the thread
    once the database is open, to load what the first page needs (imports, caches); its errors
    are logged and left to the page, which meets them again and reports them.
    The opening starts from the event loop, so connect to the signals before returning to it.
    An in-memory database is opened on the UI thread."""
    opening = BackgroundOpening(parent)
    opening._slow_timer.start(int(show_after * 1000))

    def open_it() -> None:
        from dialogue_app.services.database import open_database

        try:
            handle = open_database(url)
        except BaseException as error:  # noqa: BLE001 - reported on the UI thread
            opening.failed.emit(error)
            return
        if prepare is not None:
            try:
                prepare(handle)
            except Exception:  # noqa: BLE001 - the page meets it again and reports it
                log.exception("preparing the first page failed")
        opening.opened.emit(handle)

    def start() -> None:
        if in_memory(url):
            open_it()
        else:
            threading.Thread(target=open_it, name="open-database", daemon=True).start()

    QTimer.singleShot(0, start)  # from the event loop: the caller connects its slots first
    return opening


def open_database_showing_progress(url: str, *, show_after: float = 0.4) -> DatabaseHandle:
    """``open_database(url)`` off the UI thread, with a busy window after ``show_after``
    seconds; its errors (``DatabaseError``…) are raised here, as ``open_database`` raises them."""
    from dialogue_app.services.database import open_database

    if in_memory(url):  # one database per connection, i.e. per thread: open it here
        return open_database(url)
    outcome: dict[str, Any] = {}

    def work() -> None:
        try:
            outcome["handle"] = open_database(url)
        except BaseException as error:  # noqa: BLE001 - raised again on the UI thread
            outcome["error"] = error

    worker = threading.Thread(target=work, name="open-database", daemon=True)
    worker.start()
    worker.join(show_after)
    if worker.is_alive():
        dialog = QProgressDialog(
            QCoreApplication.translate(
                "DatabaseOpen",
                "Updating the database for this version of Dialogue Desk…\n"
                "This is done once; please wait. Nothing is lost if it fails: the old "
                "database is kept.",
            ),
            "",
            0,
            0,
        )
        dialog.setWindowTitle(QCoreApplication.translate("DatabaseOpen", "Dialogue Desk"))
        dialog.setCancelButton(None)  # type: ignore[arg-type]
        dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        dialog.setMinimumDuration(0)
        dialog.show()
        while worker.is_alive():
            QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 100)
            worker.join(0.05)
        dialog.close()
        dialog.deleteLater()
    worker.join()
    if "error" in outcome:
        raise outcome["error"]
    handle: DatabaseHandle = outcome["handle"]
    return handle
