"""Shared fixtures: a fresh, migrated database on SQLite and (when configured) PostgreSQL.

Set ``DIALOGUE_APP_TEST_POSTGRES_URL`` (e.g. ``postgresql+psycopg://postgres@127.0.0.1:5432/test``)
to run every database test on PostgreSQL as well; ``.ci/run`` always does.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

# Qt must know before it starts that there is no display; tests never touch the user's own data.
_TEST_HOME = Path(tempfile.mkdtemp(prefix="dialogue-app-tests-"))
# An offscreen screen the size of a common office laptop (the default is 800×800).
_SCREEN = _TEST_HOME / "offscreen-screen.json"
_SCREEN.write_text(
    '{"screens": [{"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768,'
    ' "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}',
    encoding="utf-8",
)
os.environ.setdefault("QT_QPA_PLATFORM", f"offscreen:configfile={_SCREEN}")
os.environ["DIALOGUE_APP_DATA_DIR"] = str(_TEST_HOME / "data")
os.environ.pop("DIALOGUE_APP_DATABASE_URL", None)
os.environ["XDG_CONFIG_HOME"] = str(_TEST_HOME / "config")  # QSettings on Linux
# The command line and the window, run by the tests, live on the tests' fixed day too.
from tests.clock import TODAY  # noqa: E402

os.environ["DIALOGUE_APP_CLOCK"] = TODAY.isoformat()

import pytest  # noqa: E402

from dialogue_app.services.database import DatabaseHandle, open_database  # noqa: E402
from dialogue_app.store.database import sqlite_url  # noqa: E402

POSTGRES_URL = os.environ.get("DIALOGUE_APP_TEST_POSTGRES_URL")
ENGINES = ["sqlite"] + (["postgres"] if POSTGRES_URL else [])


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        fixtures = getattr(item, "fixturenames", ())
        if "qtbot" in fixtures or "qapp" in fixtures or "qtmodeltester" in fixtures:
            item.add_marker(pytest.mark.gui)
        callspec = getattr(item, "callspec", None)
        if callspec is not None and callspec.params.get("engine") == "postgres":
            item.add_marker(pytest.mark.postgres)


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    shutil.rmtree(_TEST_HOME, ignore_errors=True)


@pytest.fixture(scope="session")
def _sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One migrated SQLite file, copied for every test (migrating each time would be slow)."""
    path = tmp_path_factory.mktemp("template") / "template.sqlite"
    handle = open_database(sqlite_url(path))
    with handle.engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    handle.close()
    return path


@pytest.fixture(scope="session")
def _postgres_migrated() -> Iterator[str]:
    assert POSTGRES_URL
    from sqlalchemy import create_engine, text

    engine = create_engine(POSTGRES_URL)
    with engine.begin() as connection:
        connection.execute(text("DROP SCHEMA public CASCADE"))
        connection.execute(text("CREATE SCHEMA public"))
    engine.dispose()
    open_database(POSTGRES_URL).close()
    yield POSTGRES_URL


def _truncate_postgres(handle: DatabaseHandle) -> None:
    from sqlalchemy import inspect, text

    tables = [t for t in inspect(handle.engine).get_table_names() if t != "alembic_version"]
    with handle.engine.begin() as connection:
        connection.execute(text(f"TRUNCATE {', '.join(tables)} RESTART IDENTITY CASCADE"))


@pytest.fixture(params=ENGINES)
def engine(request: pytest.FixtureRequest) -> str:
    """The database engine under test: "sqlite", and "postgres" when configured."""
    return str(request.param)


@pytest.fixture
def database_url(engine: str, request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """The URL of a fresh database at the newest schema, with no data."""
    if engine == "sqlite":
        template: Path = request.getfixturevalue("_sqlite_template")
        target = tmp_path / "test.sqlite"
        shutil.copyfile(template, target)
        return sqlite_url(target)
    url: str = request.getfixturevalue("_postgres_migrated")
    handle = open_database(url)
    try:
        _truncate_postgres(handle)
    finally:
        handle.close()
    return url


@pytest.fixture
def db(database_url: str) -> Iterator[DatabaseHandle]:
    """An open, migrated, empty database."""
    handle = open_database(database_url)
    yield handle
    _destroy_closed_widgets()
    handle.close()


def _destroy_closed_widgets() -> None:
    """Let Qt delete this test's closed widgets now, while their database is still open (their
    last signals may still read from it), instead of during the next test."""
    if "PySide6.QtWidgets" not in sys.modules:
        return
    from PySide6.QtCore import QCoreApplication, QEvent

    if QCoreApplication.instance() is not None:
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QCoreApplication.processEvents()


@pytest.fixture
def empty_database_url(engine: str, tmp_path: Path) -> Iterator[str]:
    """A database with no schema at all (for migration tests)."""
    if engine == "sqlite":
        yield sqlite_url(tmp_path / "empty.sqlite")
        return
    assert POSTGRES_URL
    from sqlalchemy import create_engine, text

    # named after the test database, so suites on other databases of the server keep theirs
    base, database = POSTGRES_URL.rsplit("/", 1)
    name = database.split("?", 1)[0] + "_empty"
    url = f"{base}/{name}"
    admin = create_engine(POSTGRES_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    yield url
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()
