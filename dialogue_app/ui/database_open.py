"""Opening the database at start: an upgrade that takes a while shows that it is working.

Opening migrates an older database (a SQLite file is migrated as a copy that replaces it once
complete and checked, then the deadlines of open cases are recomputed when the rules changed):
a matter of milliseconds usually, but a large database moving over several versions can take a
minute. The work runs in a thread; when it lasts longer than a moment a small window says what
is happening, so the secretary does not think the program hung. It cannot be cancelled, but an
upgrade stopped half-way (the program killed, the computer switched off) leaves the database as
it was, and the next start upgrades it again.
"""

from __future__ import annotations

import threading
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt
from PySide6.QtWidgets import QApplication, QProgressDialog

from dialogue_app.services.database import DatabaseHandle, in_memory, open_database


def open_database_showing_progress(url: str, *, show_after: float = 0.4) -> DatabaseHandle:
    """``open_database(url)`` off the UI thread, with a busy window after ``show_after``
    seconds; its errors (``DatabaseError``…) are raised here, as ``open_database`` raises them."""
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
