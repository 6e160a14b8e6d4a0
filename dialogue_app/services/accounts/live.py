"""Changes committed by the other staff, as they commit them (issue 15: live refresh).

On PostgreSQL the audit trigger (``store/security.py``) sends a notice on the channel
``dialogue_changes`` for every statement that changes a table: the table, the operation and up
to 50 of the ids changed, delivered when the transaction commits. ``ChangeListener`` holds one
connection of its own listening there; ``wait`` blocks up to ``timeout`` seconds and returns the
notices that arrived (the window runs it in a thread and turns the tables into the change flags
its pages follow, ``ui/accounts/live_refresh.py``). SQLite has one user: nothing to listen to.
"""

from __future__ import annotations

import json
from contextlib import suppress
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine

from dialogue_app.store.security import CHANGES_CHANNEL


@dataclass(frozen=True)
class ChangeNotice:
    table: str
    operation: str  # insert, update, delete
    ids: tuple[int, ...]
    pid: int  # the server process of the connection that made the change


class ChangeListener:
    """One connection listening for the change notices (PostgreSQL only)."""

    def __init__(self, engine: Engine) -> None:
        if engine.dialect.name != "postgresql":
            raise ValueError("change notices need PostgreSQL")
        raw = engine.raw_connection()
        connection: Any = raw.driver_connection  # a psycopg connection
        assert connection is not None
        raw.detach()  # ours alone: never handed back to the pool while listening
        self._raw = raw
        self._connection = connection
        self._connection.autocommit = True
        self._connection.execute(f"LISTEN {CHANGES_CHANNEL}")

    def wait(self, timeout: float) -> list[ChangeNotice]:
        """The notices that arrive within ``timeout`` seconds (returns at the first batch)."""
        notices: list[ChangeNotice] = []
        for notify in self._connection.notifies(timeout=timeout, stop_after=1):
            notices.append(_notice(notify.payload, notify.pid))
        # the rest of a burst, without waiting again
        for notify in self._connection.notifies(timeout=0.0):
            notices.append(_notice(notify.payload, notify.pid))
        return notices

    def close(self) -> None:
        with suppress(Exception):  # a connection the server already dropped
            self._connection.close()


def _notice(payload: str, pid: int) -> ChangeNotice:
    data = json.loads(payload)
    ids = tuple(int(i) for i in (data.get("ids") or ()) if i is not None)
    return ChangeNotice(str(data.get("table", "")), str(data.get("op", "")), ids, pid)


__all__ = ["ChangeListener", "ChangeNotice"]
