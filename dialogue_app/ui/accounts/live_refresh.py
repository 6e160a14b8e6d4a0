"""Other staff's changes refresh this window's pages within a second or two (issue 15).

A thread of the window listens for the database's change notices (``services/accounts/live``:
PostgreSQL's LISTEN/NOTIFY, sent by the audit trigger at every commit) and hands each batch to
the window's thread, which announces the tables' ``Changed`` flags on the window's
``ChangeHub``, exactly as a change made in this window is announced: the pages showing those
records refresh, keeping the person's place and selection as they do then. When the connection
is lost, the thread waits a few seconds and listens again. SQLite has one user: no thread.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QThread, Signal
from PySide6.QtWidgets import QWidget

from dialogue_app.services.database import DatabaseHandle
from dialogue_app.ui.common.changes import Changed, ChangeHub

log = logging.getLogger("dialogue_app")

TABLE_CHANGES: dict[str, Changed] = {
    "conferences": Changed.CONFERENCES,
    "conference_participants": Changed.CONFERENCES,
    "agenda_items": Changed.CONFERENCES,
    "conflict_overrides": Changed.CONFERENCES,
    "busy_blocks": Changed.CONFERENCES,
    "sent_invitations": Changed.CONFERENCES,
    "cases": Changed.CASES,
    "case_citizens": Changed.CASES | Changed.CITIZENS,
    "case_events": Changed.CASES,
    "attachments": Changed.CASES,
    "citizens": Changed.CITIZENS,
    "reception_schedules": Changed.RECEPTION,
    "reception_duties": Changed.RECEPTION,
    "duty_quotas": Changed.RECEPTION,
    "working_day_exceptions": Changed.WORKING_DAYS,
    "deadline_rules": Changed.RULES,
    "office_profile": Changed.OFFICE,
    "officials": Changed.REGISTERS,
    "venues": Changed.REGISTERS,
    "agencies": Changed.REGISTERS,
    "admin_units": Changed.REGISTERS,
    "admin_levels": Changed.REGISTERS,
    "case_fields": Changed.REGISTERS,
    "issued_documents": Changed.DOCUMENTS,
    "document_templates": Changed.DOCUMENTS,
}

RETRY_SECONDS = 3.0


def changes_of(tables: list[str]) -> Changed:
    """The flags the pages follow for the tables changed."""
    changed = Changed.NOTHING
    for table in tables:
        changed |= TABLE_CHANGES.get(table, Changed.NOTHING)
    return changed


class _Listening(QThread):
    arrived = Signal(list)  # the names of the tables changed

    def __init__(self, database: DatabaseHandle, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._database = database

    def run(self) -> None:
        from dialogue_app.services.accounts import ChangeListener

        listener: ChangeListener | None = None
        while not self.isInterruptionRequested():
            try:
                if listener is None:
                    listener = ChangeListener(self._database.engine)
                notices = listener.wait(0.5)
            except Exception as error:  # noqa: BLE001 - the server gone: listen again later
                log.warning("change notices: %s; listening again shortly", type(error).__name__)
                if listener is not None:
                    listener.close()
                listener = None
                self._pause(RETRY_SECONDS)
                continue
            if notices:
                self.arrived.emit([notice.table for notice in notices])
        if listener is not None:
            listener.close()

    def _pause(self, seconds: float) -> None:
        steps = int(seconds / 0.1)
        for _ in range(steps):
            if self.isInterruptionRequested():
                return
            self.msleep(100)


class LiveRefresh(QObject):
    """Listens while ``window`` is open; see the module's docstring."""

    def __init__(self, window: QWidget, database: DatabaseHandle) -> None:
        super().__init__()  # not the window's child: stopped (``stop``) before it goes
        self._window = window
        self._thread = _Listening(database, self)
        self._thread.arrived.connect(self._announce)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        """Stop listening (at most half a second: the wait for notices ends then)."""
        self._thread.requestInterruption()
        self._thread.wait()

    def _announce(self, tables: list[str]) -> None:
        changed = changes_of(tables)
        if changed:
            ChangeHub.of(self._window).announce(changed)


def start_live_refresh(window: QWidget, database: DatabaseHandle) -> LiveRefresh | None:
    """Start listening for the window (PostgreSQL only; None on SQLite)."""
    if database.is_sqlite:
        return None
    live = LiveRefresh(window, database)
    live.start()
    return live


__all__ = ["TABLE_CHANGES", "LiveRefresh", "changes_of", "start_live_refresh"]
