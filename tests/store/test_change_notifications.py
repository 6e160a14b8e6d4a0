"""Change notifications on PostgreSQL (store/notify.py): a trigger on every shared table, one
notification per table and transaction, the process's own commits left out, and a listener that
says when the connection is lost and comes back by itself. Real PostgreSQL, two engines."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from sqlalchemy import create_engine, make_url, text

from dialogue_app.services.database import DatabaseHandle, open_database
from dialogue_app.store.notify import (
    SILENT_TABLES,
    TABLE_FEATURES,
    ChangeListener,
    attach_change_notifications,
)


@pytest.fixture
def pg(engine: str, db: DatabaseHandle) -> DatabaseHandle:
    if engine != "postgres":
        pytest.skip("LISTEN/NOTIFY: PostgreSQL only")
    return db


class Heard:
    """What a listener reported, for a test to wait on."""

    def __init__(self) -> None:
        self.tables: list[frozenset[str]] = []
        self.statuses: list[bool] = []
        self.event = threading.Event()

    def changes(self, tables: frozenset[str]) -> None:
        self.tables.append(tables)
        self.event.set()

    def status(self, online: bool) -> None:
        self.statuses.append(online)
        self.event.set()

    def wait_for(self, condition, timeout: float = 10.0) -> bool:  # type: ignore[no-untyped-def]
        deadline = threading.Event()
        timer = threading.Timer(timeout, deadline.set)
        timer.start()
        try:
            while not condition():
                if deadline.is_set():
                    return False
                self.event.wait(0.05)
                self.event.clear()
            return True
        finally:
            timer.cancel()


@pytest.fixture
def listening(pg: DatabaseHandle) -> Iterator[tuple[ChangeListener, Heard]]:
    heard = Heard()
    listener = ChangeListener(
        pg.engine, heard.changes, heard.status, gather_seconds=0.1, retry_seconds=0.2
    )
    listener.start()
    assert listener.connected.wait(10)
    yield listener, heard
    listener.stop()


@pytest.fixture
def other(pg: DatabaseHandle, database_url: str) -> Iterator[DatabaseHandle]:
    handle = open_database(database_url)
    yield handle
    handle.close()


def test_every_shared_table_notifies_and_the_silent_ones_do_not(pg: DatabaseHandle) -> None:
    with pg.engine.connect() as connection:
        with_trigger = set(
            connection.scalars(
                text(
                    "SELECT c.relname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
                    "WHERE t.tgname = 'dialogue_notify_change'"
                )
            )
        )
        tables = set(
            connection.scalars(text("SELECT tablename FROM pg_tables WHERE schemaname = 'public'"))
        )
    assert with_trigger == tables - SILENT_TABLES
    assert set(TABLE_FEATURES) <= with_trigger
    with pg.engine.begin() as connection:  # idempotent: run again after every upgrade
        attach_change_notifications(connection)


def test_a_commit_by_another_client_is_heard_once_per_table_and_its_own_is_not(
    listening: tuple[ChangeListener, Heard], pg: DatabaseHandle, other: DatabaseHandle
) -> None:
    _listener, heard = listening
    with pg.engine.begin() as connection:  # this process's own commit: not heard
        connection.execute(text("DELETE FROM venues WHERE false"))
    with other.engine.begin() as connection:  # a colleague's, 50 rows in two tables
        level = connection.execute(
            text("INSERT INTO admin_levels (code, name, rank) VALUES ('x', 'Xã', 2) RETURNING id")
        ).scalar_one()
        for n in range(50):
            connection.execute(
                text(
                    "INSERT INTO admin_units (name, level_id, search_key) "
                    "VALUES (:name, :level, :name)"
                ),
                {"name": f"xa {n}", "level": level},
            )
    assert heard.wait_for(lambda: any("admin_units" in t for t in heard.tables))
    everything = [table for tables in heard.tables for table in tables]
    assert sorted(everything) == ["admin_levels", "admin_units"]  # one each, no venues


def test_the_listener_says_the_connection_is_lost_and_comes_back_by_itself(
    listening: tuple[ChangeListener, Heard], pg: DatabaseHandle, database_url: str
) -> None:
    listener, heard = listening
    url = make_url(database_url)
    admin = create_engine(url.set(database="postgres"), isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as connection:
            connection.execute(
                text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = :d"),
                {"d": url.database},
            )
    finally:
        admin.dispose()
    assert heard.wait_for(lambda: heard.statuses == [False, True])
    assert listener.online and listener.connected.wait(10)
    # what others changed meanwhile was not heard: everything is reported changed
    assert heard.wait_for(lambda: frozenset(TABLE_FEATURES) in heard.tables)


def test_stopping_twice_or_before_starting_is_harmless(pg: DatabaseHandle) -> None:
    heard = Heard()
    listener = ChangeListener(pg.engine, heard.changes, heard.status)
    listener.stop()
    listener.stop()
    assert heard.tables == [] and heard.statuses == []
