"""Changes committed by other staff, heard as they happen (PostgreSQL LISTEN/NOTIFY; DESIGN §8).

On PostgreSQL a statement trigger on every shared table sends ``NOTIFY dialogue_changes`` with
the table's name when a transaction that wrote it commits (``attach_change_notifications``, run
by the migration and after every upgrade, like the audit triggers): whoever writes, the window,
the command line or ``psql``. One notification per table and transaction, however many rows (the
server folds identical ones), so a bulk import costs one, not one per row.

``ChangeListener`` listens on a connection of its own, in a thread of its own, and hands over
the tables other clients changed (``on_changes``, a frozenset of table names, several folded
into one call when they arrive together) and whether the server can be reached (``on_status``).
The changes this process committed itself are left out: the pool's connections' server process
ids are noted when they are taken (``OwnConnections``), and a notification carries the id of
the process that sent it. When the connection is lost it says so, tries again every few
seconds and, once back, reports every table as changed (what happened meanwhile was not heard).

SQLite has no such thing: nothing is attached and no listener runs (``listens``).
"""

from __future__ import annotations

import contextlib
import logging
import threading
import time
from collections.abc import Callable
from typing import Any

from sqlalchemy import Connection, Engine, event, text

log = logging.getLogger("dialogue_app")

CHANNEL = "dialogue_changes"

# Which part of the window shows each table: the names of the window's change kinds (its
# ``Changed`` flags, ui/common/changes.py), several joined by "|". Tables written only by the
# app's own machinery are silent (no trigger): nothing on screen shows them.
TABLE_FEATURES: dict[str, str] = {
    "admin_levels": "REGISTERS",
    "admin_units": "REGISTERS",
    "agencies": "REGISTERS",
    "venues": "REGISTERS",
    "officials": "REGISTERS|RECEPTION|CONFERENCES",
    "case_fields": "REGISTERS|RULES",
    "duty_quotas": "RECEPTION",
    "citizens": "CITIZENS|CASES",
    "citizen_search_terms": "CITIZENS",
    "conferences": "CONFERENCES",
    "conference_participants": "CONFERENCES",
    "conference_events": "CONFERENCES",  # a conference's timeline (undo, reopening)
    "agenda_items": "CONFERENCES|CASES",
    "conflict_overrides": "CONFERENCES",
    "busy_blocks": "CONFERENCES",
    "reception_schedules": "RECEPTION|CONFERENCES",
    "reception_duties": "RECEPTION|CONFERENCES",
    "working_day_exceptions": "WORKING_DAYS|CASES",
    "deadline_rules": "RULES|CASES",
    "cases": "CASES",
    "case_citizens": "CASES|CITIZENS",
    "case_search_terms": "CASES",
    "case_events": "CASES",
    "attachments": "CASES",
    "office_profile": "OFFICE",
    "document_counters": "DOCUMENTS",
    "issued_documents": "DOCUMENTS",
    "document_templates": "DOCUMENTS",
    "form_opening_balances": "DOCUMENTS",
    "calendar_link_settings": "CONFERENCES",
    "sent_invitations": "CONFERENCES",
    "published_objects": "CONFERENCES",
    "calendar_subscriptions": "CONFERENCES",
    "backup_policy": "OFFICE",
    "users": "OFFICE",
}
SILENT_TABLES = frozenset({"alembic_version", "audit_log", "pending_tasks"})

_FUNCTION = f"""
CREATE OR REPLACE FUNCTION dialogue_notify_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('{CHANNEL}', TG_TABLE_NAME);
    RETURN NULL;
END $$
"""


def listens(engine: Engine) -> bool:
    """Whether changes by other clients of this database can be heard (PostgreSQL)."""
    return engine.dialect.name == "postgresql"


def attach_change_notifications(connection: Connection) -> None:
    """The notifying trigger on every table but the silent ones (idempotent; PostgreSQL)."""
    if connection.dialect.name != "postgresql":
        return
    connection.exec_driver_sql(_FUNCTION)
    tables = connection.scalars(
        text("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename")
    )
    for table in tables:
        if table in SILENT_TABLES:
            continue
        connection.exec_driver_sql(
            f"CREATE OR REPLACE TRIGGER dialogue_notify_change AFTER INSERT OR UPDATE OR DELETE "
            f'OR TRUNCATE ON "{table}" FOR EACH STATEMENT EXECUTE FUNCTION dialogue_notify_change()'
        )


def detach_change_notifications(connection: Connection) -> None:
    """Undo ``attach_change_notifications`` (the migration's downgrade)."""
    if connection.dialect.name != "postgresql":
        return
    connection.exec_driver_sql("DROP FUNCTION IF EXISTS dialogue_notify_change() CASCADE")


class OwnConnections:
    """The server process ids of this engine's connections, noted each time one is taken from
    the pool (so before anything it writes is committed) and forgotten when it is closed."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._pids: set[int] = set()
        self._lock = threading.Lock()
        event.listen(engine, "checkout", self._taken)
        for name in ("close", "close_detached", "invalidate"):
            event.listen(engine, name, self._closed)

    def __contains__(self, pid: object) -> bool:
        with self._lock:
            return pid in self._pids

    def remove(self) -> None:
        """Stop noting (the listener has stopped); once is enough."""
        if not event.contains(self._engine, "checkout", self._taken):
            return
        event.remove(self._engine, "checkout", self._taken)
        for name in ("close", "close_detached", "invalidate"):
            event.remove(self._engine, name, self._closed)

    def _taken(self, dbapi_connection: Any, _record: Any, _proxy: Any) -> None:
        pid = _backend_pid(dbapi_connection)
        if pid is not None:
            with self._lock:
                self._pids.add(pid)

    def _closed(self, dbapi_connection: Any, *_args: Any) -> None:
        pid = _backend_pid(dbapi_connection)
        with self._lock:
            self._pids.discard(pid)


def _backend_pid(dbapi_connection: Any) -> int | None:
    try:
        return int(dbapi_connection.info.backend_pid)
    except Exception:  # noqa: BLE001 - a closed or broken connection has none
        return None


ChangesCallback = Callable[[frozenset[str]], None]
StatusCallback = Callable[[bool], None]


class ChangeListener:
    """Hears the tables other clients change (see the module's docstring).

    ``on_changes`` and ``on_status`` are called in the listener's thread. ``gather_seconds``:
    how long notifications are gathered into one call; ``retry_seconds``: the wait between two
    attempts to reconnect; ``ping_seconds``: how often a quiet connection is checked.
    """

    def __init__(
        self,
        engine: Engine,
        on_changes: ChangesCallback,
        on_status: StatusCallback,
        *,
        gather_seconds: float = 0.3,
        retry_seconds: float = 3.0,
        ping_seconds: float = 5.0,
    ) -> None:
        self._engine = engine
        self._on_changes = on_changes
        self._on_status = on_status
        self._gather = gather_seconds
        self._retry = retry_seconds
        self._ping = ping_seconds
        self._own = OwnConnections(engine)
        self._stopping = threading.Event()
        self._thread: threading.Thread | None = None
        self._connection: Any = None
        self.online = True  # as far as the listener knows
        self.connected = threading.Event()  # set while it listens (tests wait for it)

    def start(self) -> None:
        if self._thread is not None:
            return
        self._thread = threading.Thread(target=self._run, name="change-listener", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 5.0) -> None:
        """Stop listening and close its connection (before the engine is disposed)."""
        self._stopping.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None
        self._own.remove()

    # --- the thread ------------------------------------------------------------------------------

    def _run(self) -> None:
        first = True
        while not self._stopping.is_set():
            try:
                connection = self._connect()
            except Exception as error:  # noqa: BLE001 - unreachable: said, and tried again
                self._lost(error)
                self._stopping.wait(self._retry)
                continue
            try:
                self._found(caught_up=not first)
                first = False
                self._listen(connection)
            except Exception as error:  # noqa: BLE001 - lost: said, and tried again
                self._lost(error)
                if not self._stopping.is_set():
                    self._stopping.wait(min(self._retry, 1.0))
            finally:
                self.connected.clear()
                with contextlib.suppress(Exception):  # already broken
                    connection.close()

    def _connect(self) -> Any:
        proxy = self._engine.raw_connection()
        connection: Any = proxy.driver_connection
        proxy.detach()  # its own for good: not returned to the pool, closed by the listener
        connection.rollback()
        connection.autocommit = True
        connection.execute(f"LISTEN {CHANNEL}")
        return connection

    def _listen(self, connection: Any) -> None:
        self.connected.set()
        quiet_since = time.monotonic()
        while not self._stopping.is_set():
            tables: set[str] = set()
            for notice in connection.notifies(timeout=self._gather):
                if notice.pid not in self._own:
                    tables.add(notice.payload)
            if tables:
                quiet_since = time.monotonic()
                self._on_changes(frozenset(tables))
            elif time.monotonic() - quiet_since >= self._ping:
                connection.execute("SELECT 1")  # a server gone quietly is noticed too
                quiet_since = time.monotonic()

    def _lost(self, error: BaseException) -> None:
        if self.online:
            # the driver's first line: a connection error names the server, never a record
            reason = str(error).strip().splitlines()[:1]
            log.warning(
                "the connection to the database was lost: %s: %s",
                type(error).__name__,
                reason[0] if reason else "",
            )
            self.online = False
            self._on_status(False)

    def _found(self, *, caught_up: bool) -> None:
        if not self.online:
            log.info("the connection to the database is back")
            self.online = True
            self._on_status(True)
        if caught_up:  # what others changed while the connection was down was not heard
            self._on_changes(frozenset(TABLE_FEATURES))


__all__ = [
    "CHANNEL",
    "SILENT_TABLES",
    "TABLE_FEATURES",
    "ChangeListener",
    "OwnConnections",
    "attach_change_notifications",
    "detach_change_notifications",
    "listens",
]
