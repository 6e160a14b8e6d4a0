"""What other staff change on a shared database, heard as it happens (DESIGN §8).

``Services.change_feed(on_changes, on_status)`` gives the window a ``ChangeFeed`` to start and
stop: it calls ``on_changes`` with the parts of the window other clients changed (names of its
change kinds: "CASES", "CONFERENCES"…) and ``on_status`` with whether the database can be
reached, both from a thread of its own (``store/notify.py``). On SQLite there is no feed
(``None``): one person's desk.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Engine

from dialogue_app.store.notify import TABLE_FEATURES, ChangeListener, listens

# a table the window does not know (a newer version's): everything may have changed
EVERYTHING = "EVERYTHING"


def features_of(tables: frozenset[str]) -> frozenset[str]:
    """The window's change kinds that show ``tables``."""
    kinds: set[str] = set()
    for table in tables:
        kinds.update(TABLE_FEATURES.get(table, EVERYTHING).split("|"))
    return frozenset(kinds)


class ChangeFeed:
    """The changes other clients commit, and whether the database can be reached."""

    def __init__(
        self,
        engine: Engine,
        on_changes: Callable[[frozenset[str]], None],
        on_status: Callable[[bool], None],
        **timings: float,
    ) -> None:
        self._listener = ChangeListener(
            engine, lambda tables: on_changes(features_of(tables)), on_status, **timings
        )

    @property
    def listening(self) -> bool:
        """Whether it listens now (connected)."""
        return self._listener.connected.is_set()

    def wait_listening(self, timeout: float) -> bool:
        return self._listener.connected.wait(timeout)

    def start(self) -> None:
        self._listener.start()

    def stop(self) -> None:
        self._listener.stop()


def open_change_feed(
    engine: Engine,
    on_changes: Callable[[frozenset[str]], None],
    on_status: Callable[[bool], None],
    **timings: float,
) -> ChangeFeed | None:
    """A feed for a database other clients share (PostgreSQL); ``None`` on SQLite."""
    if not listens(engine):
        return None
    return ChangeFeed(engine, on_changes, on_status, **timings)


__all__ = ["EVERYTHING", "ChangeFeed", "features_of", "open_change_feed"]
