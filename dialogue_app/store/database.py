"""Opening a database: the embedded SQLite file or a shared PostgreSQL server.

Every failure a user can meet here (unreachable server, unwritable folder, a file that is not a
database, a database from a newer version of the app) becomes a ``DatabaseError`` whose message says
what is wrong and what to do. Nothing is changed in those cases.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import make_url
from sqlalchemy.engine.url import URL
from sqlalchemy.orm import Session, sessionmaker

from dialogue_app.domain.messages import QT_TRANSLATE_NOOP, UserMessage


class DatabaseError(UserMessage):
    """A database problem explained for a person: what is wrong and what to do."""


@dataclass(frozen=True)
class MigrationResult:
    before: str | None  # revision before (None: empty database)
    after: str
    backup: Path | None  # copy of the SQLite file taken before migrating


def sqlite_url(path: Path) -> str:
    return URL.create("sqlite+pysqlite", database=str(path)).render_as_string()


def describe(url: str) -> str:
    """The database for a status bar: a file path or server/database, never a password."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        return f"SQLite: {parsed.database or ':memory:'}"
    host = parsed.host or "localhost"
    port = f":{parsed.port}" if parsed.port else ""
    return f"PostgreSQL: {parsed.database} @ {host}{port}"


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=10000")  # several staff may share one file
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def in_memory(url: str | URL) -> bool:
    """An SQLite database that lives in memory: one database per connection, so per thread."""
    try:
        parsed = make_url(url)
    except sa_exc.ArgumentError:
        return False
    if parsed.get_backend_name() != "sqlite":
        return False
    return parsed.database in (None, "", ":memory:") or parsed.query.get("mode") == "memory"


def create_database_engine(url: str) -> Engine:
    """An engine for ``url`` with the embedded defaults (WAL, foreign keys on) for SQLite."""
    try:
        parsed = make_url(url)
    except sa_exc.ArgumentError as error:
        raise DatabaseError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "“%1” is not a database address. Use a SQLite file path such as "
                "sqlite:///C:/data/dialogue.sqlite or postgresql+psycopg://user@host/dbname.",
            ),
            url,
        ) from error
    backend = parsed.get_backend_name()
    if backend == "sqlite":
        if not in_memory(parsed):
            _check_sqlite_file(Path(parsed.database or ""))
        # hide_parameters: the values of a failed statement (citizens' and denunciators' names
        # and ID numbers) stay out of the error's text, and so out of logs and terminals
        engine = create_engine(parsed, connect_args={"timeout": 10}, hide_parameters=True)
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    if backend == "postgresql":
        if parsed.drivername == "postgresql":
            parsed = parsed.set(drivername="postgresql+psycopg")
        try:
            return create_engine(
                parsed,
                pool_pre_ping=True,
                connect_args={"connect_timeout": 5},
                hide_parameters=True,  # as above: no names or ID numbers in error texts
            )
        except ModuleNotFoundError as error:
            raise DatabaseError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "PostgreSQL support is not installed. Install it with "
                    "pip install 'dialogue-app[postgres]'.",
                )
            ) from error
    raise DatabaseError(
        QT_TRANSLATE_NOOP(
            "Messages", "The database type “%1” is not supported. Use SQLite or PostgreSQL."
        ),
        backend,
    )


def _check_sqlite_file(path: Path) -> None:
    folder = path.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise DatabaseError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "Cannot create the data folder %1: %2. Choose a folder you can write to with "
                "--database, or ask IT to give you write access.",
            ),
            folder,
            error.strerror,
        ) from error
    if path.exists():
        if path.is_dir():
            raise DatabaseError(
                QT_TRANSLATE_NOOP(
                    "Messages", "%1 is a folder, not a database file. Choose a file name."
                ),
                path,
            )
        with path.open("rb") as handle:
            header = handle.read(16)
        if header and header != b"SQLite format 3\x00":
            raise DatabaseError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "%1 is not a Dialogue Desk database (it is some other kind of file). "
                    "Nothing was changed. Choose another file, or restore a backup.",
                ),
                path,
            )
    probe = folder / f".{path.name}.write-test"
    try:
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as error:
        raise DatabaseError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "The data folder %1 is not writable (%2). Choose a folder you can write to "
                "with --database, or ask IT to give you write access.",
            ),
            folder,
            error.strerror,
        ) from error


def explain_connection_error(url: str, error: Exception) -> DatabaseError:
    """Turn a driver error met on connecting into words a person can act on."""
    parsed = make_url(url)
    message = str(getattr(error, "orig", error)).strip().splitlines()[0:1]
    detail = message[0] if message else type(error).__name__
    if parsed.get_backend_name() == "postgresql":
        where = f"{parsed.host or 'localhost'}:{parsed.port or 5432}"
        return DatabaseError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "Cannot connect to the PostgreSQL server at %1 (database “%2”): %3. Check that "
                "the server is running, that the address, user and password are right, and "
                "that this computer may connect to it.",
            ),
            where,
            parsed.database,
            detail,
        )
    if "not a database" in detail or "malformed" in detail:
        return DatabaseError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "%1 is damaged or is not a Dialogue Desk database. Nothing was changed. "
                "Restore a backup (dialogue-app restore FILE) or choose another file.",
            ),
            parsed.database,
        )
    return DatabaseError(
        QT_TRANSLATE_NOOP("Messages", "Cannot open the database %1: %2."), parsed.database, detail
    )


def check_connection(engine: Engine) -> None:
    url = engine.url.render_as_string(hide_password=True)
    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
            if engine.dialect.name == "sqlite":
                # reading the schema makes SQLite read the header: "file is not a database"
                connection.execute(text("SELECT count(*) FROM sqlite_master"))
    except (sa_exc.OperationalError, sa_exc.DatabaseError, sa_exc.InterfaceError) as error:
        raise explain_connection_error(url, error) from error


def session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


# --- migrations --------------------------------------------------------------------------------


def _alembic_config(engine: Engine) -> Any:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", "dialogue_app.store:migrations")
    config.attributes["engine"] = engine
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(_alembic_config(create_engine("sqlite://")))
    head = script.get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(_alembic_config(create_engine("sqlite://")))
    return {rev.revision for rev in script.walk_revisions()}


def check_schema_version(engine: Engine) -> str | None:
    """Return the database's revision; refuse one written by a newer version of the app."""
    current = current_revision(engine)
    if current is not None and current not in known_revisions():
        raise DatabaseError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "This database was written by a newer version of Dialogue Desk (schema %1). "
                "It was not changed. Install the newer version to open it.",
            ),
            current,
        )
    if current is None:
        tables = set(inspect(engine).get_table_names())
        if tables - {"alembic_version"}:
            raise DatabaseError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "This database already holds tables that are not from Dialogue Desk. It "
                    "was not changed. Choose an empty database or a Dialogue Desk database.",
                )
            )
    return current


def needs_upgrade(engine: Engine) -> bool:
    return check_schema_version(engine) != head_revision()


def backup_sqlite_file(engine: Engine, label: str) -> Path | None:
    """Copy a SQLite database file aside (consistent even in WAL mode); None for other engines."""
    if engine.dialect.name != "sqlite":
        return None
    if in_memory(engine.url):
        return None
    source = Path(engine.url.database or "")
    if not source.exists() or source.stat().st_size == 0:
        return None
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = source.with_name(f"{source.stem}.before-{label}-{stamp}{source.suffix or '.sqlite'}")
    engine.dispose()  # release pooled connections before copying
    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)
    dst.close()
    src.close()
    return target


def upgrade(engine: Engine) -> MigrationResult:
    """Create or migrate the schema to the newest revision, backing up a SQLite file first."""
    from alembic import command

    check_connection(engine)
    before = check_schema_version(engine)
    head = head_revision()
    if before == head:
        return MigrationResult(before, head, None)
    backup = backup_sqlite_file(engine, f"migrate-{before}") if before else None
    try:
        command.upgrade(_alembic_config(engine), "head")
    except sa_exc.SQLAlchemyError as error:
        reason = f"{error.__class__.__name__}: {str(getattr(error, 'orig', error)).splitlines()[0]}"
        if backup:
            raise DatabaseError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Updating the database structure failed: %1. A copy taken before the "
                    "update is at %2.",
                ),
                reason,
                backup,
            ) from error
        raise DatabaseError(
            QT_TRANSLATE_NOOP("Messages", "Updating the database structure failed: %1."), reason
        ) from error
    return MigrationResult(before, head, backup)


def check_models_match_migrations(engine: Engine) -> None:
    """``alembic check``: raise when the models and the migrations differ."""
    from alembic import command

    command.check(_alembic_config(engine))
