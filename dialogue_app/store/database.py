"""Opening a database: the embedded SQLite file or a shared PostgreSQL server.

Every failure a user can meet here (unreachable server, unwritable folder, a file that is not a
database, a database from a newer version of the app) becomes a ``DatabaseError`` whose message says
what is wrong and what to do. Nothing is changed in those cases.

Long module: the engine, the migrations and the crash-safe SQLite steps (lock, copy, check,
swap) share the file lock and the checks of a file; apart they would call each other back.
"""

from __future__ import annotations

import io
import logging
import os
import re
import shutil
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
from dialogue_app.store.notify import attach_change_notifications
from dialogue_app.store.security import drop_views, secure_postgres

log = logging.getLogger(__name__)


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
    except (sa_exc.ArgumentError, ValueError) as error:  # ValueError: a port that is no number
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
            _make_private(Path(parsed.database or ""))
        # hide_parameters: the values of a failed statement (citizens' and denunciators' names
        # and ID numbers) stay out of the error's text, and so out of logs and terminals.
        # pool_use_lifo: the connection used last comes back first; each SQLite connection has
        # its own page cache, and the one just used holds the pages the next search reads. (An
        # in-memory database has one connection per thread, and no queue to order.)
        pooling = {} if in_memory(parsed) else {"pool_use_lifo": True}
        engine = create_engine(
            parsed, connect_args={"timeout": 10}, hide_parameters=True, **pooling
        )
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


def _make_private(path: Path) -> None:
    """One person's desk (DESIGN §8): the database file readable by its OS account alone. A
    file created here starts that way; SQLite gives its -wal and -shm files the database's
    mode. An existing file is narrowed too (a copy an upgrade put in its place)."""
    try:
        if not path.exists():
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        for part in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
            if part.exists() and part.stat().st_mode & 0o077 and _mine(part):
                part.chmod(0o600)
    except (OSError, NotImplementedError):  # a read-only or foreign file: SQLite will say so
        pass


def _mine(path: Path) -> bool:
    getuid = getattr(os, "getuid", None)  # Windows: a user's profile folder is theirs already
    return getuid is not None and path.stat().st_uid == getuid()


def _check_sqlite_file(path: Path) -> None:
    folder = path.parent
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
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

    # Alembic's Config writes to the ``sys.stdout`` it found when it was first imported, which
    # may be gone by now (a test's captured stream, a window without a console); what it says
    # ("No new upgrade operations detected.") is for a terminal the app does not have
    config = Config(stdout=io.StringIO())
    config.set_main_option("script_location", "dialogue_app.store:migrations")
    config.attributes["engine"] = engine
    return config


# Opening a database that is up to date needs only its revision and the newest one: read from
# the revision files' own lines, without loading Alembic (12 MB and a third of a second, for a
# check that nearly always finds nothing to do). Alembic itself migrates, and answers whenever
# the files say something these lines cannot read (a merge of two heads, say).
_VERSIONS = Path(__file__).resolve().parent / "migrations" / "versions"
_REVISION_LINE = re.compile(
    r"^(down_revision|revision)\s*(?::[^=]*)?=\s*(?:['\"]([^'\"]+)['\"]|(None))\s*$", re.MULTILINE
)


def _revision_graph() -> dict[str, str | None] | None:
    """revision → the one it follows (None: the first), read from the revision files; None
    when a file says something else (Alembic is asked then)."""
    graph: dict[str, str | None] = {}
    try:
        files = sorted(_VERSIONS.glob("*.py"))
        for path in files:
            found = dict(
                (name, value or None)
                for name, value, _none in _REVISION_LINE.findall(path.read_text(encoding="utf-8"))
            )
            if "revision" not in found or "down_revision" not in found or not found["revision"]:
                return None
            graph[str(found["revision"])] = found["down_revision"]
    except OSError:
        return None
    return graph or None


def _alembic_head() -> str:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(_alembic_config(create_engine("sqlite://")))
    head = script.get_current_head()
    assert head is not None
    return head


def head_revision() -> str:
    """The newest revision of the schema."""
    graph = _revision_graph()
    if graph is not None:
        heads = set(graph) - {down for down in graph.values() if down is not None}
        if len(heads) == 1:
            return heads.pop()
    return _alembic_head()


def current_revision(engine: Engine) -> str | None:
    """The database's revision (None: no schema yet), as Alembic records it."""
    with engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return None
        versions = list(connection.execute(text("SELECT version_num FROM alembic_version")))
    if len(versions) > 1:  # several heads: Alembic's own answer
        from alembic.runtime.migration import MigrationContext

        with engine.connect() as connection:
            return MigrationContext.configure(connection).get_current_revision()
    return str(versions[0][0]) if versions else None


def known_revisions() -> set[str]:
    """Every revision this version of the app knows."""
    graph = _revision_graph()
    if graph is not None:
        return set(graph)
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(_alembic_config(create_engine("sqlite://")))
    return {rev.revision for rev in script.walk_revisions()}


def check_schema_version(engine: Engine) -> str | None:
    """Return the database's revision; refuse one written by a newer version of the app, or
    (SQLite) a file that another program marked as its own (``PRAGMA application_id``)."""
    if engine.dialect.name == "sqlite":
        with engine.connect() as connection:
            application_id = connection.exec_driver_sql("PRAGMA application_id").scalar()
        if application_id not in (0, APPLICATION_ID):
            raise DatabaseError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "%1 is not a Dialogue Desk database (it is some other kind of file). "
                    "Nothing was changed. Choose another file, or restore a backup.",
                ),
                engine.url.database,
            )
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


# --- SQLite files: copies, checks and the crash-safe swap -----------------------------------------

# ``PRAGMA application_id`` of a Dialogue Desk SQLite file ("DlgD"): a backup of another program
# is refused before it replaces anything. Files written before it was set carry 0.
APPLICATION_ID = int.from_bytes(b"DlgD", "big")
_SQLITE_HEADER = b"SQLite format 3\x00"
_SIDE_FILES = ("-wal", "-shm", "-journal")


def pre_upgrade_copy_path(path: Path, revision: str) -> Path:
    """Where the copy of ``path`` taken before upgrading it to ``revision`` is kept: one per
    version, e.g. ``office.before-0014.sqlite`` (a later upgrade to the same version replaces
    it; failed upgrades write none, the database itself being left as it was)."""
    return path.with_name(f"{path.stem}.before-{revision}{path.suffix or '.sqlite'}")


def upgrade_work_path(path: Path) -> Path:
    """The copy an upgrade migrates before swapping it in (left over only by a killed upgrade,
    removed by the next one)."""
    return path.with_name(path.name + ".upgrading")


def remove_sqlite_file(path: Path) -> None:
    """Remove a SQLite file and its side files (-wal, -shm, -journal), if present."""
    for candidate in (path, *(Path(str(path) + suffix) for suffix in _SIDE_FILES)):
        candidate.unlink(missing_ok=True)


def disk_full(error: BaseException) -> bool:
    import errno

    if isinstance(error, OSError) and error.errno == errno.ENOSPC:
        return True
    return "disk is full" in str(getattr(error, "orig", error))


def fsync_file(path: Path) -> None:
    """Make sure ``path``'s bytes are on the disk (before it is renamed into place)."""
    with path.open("rb+") as handle:
        os.fsync(handle.fileno())


def fsync_folder(folder: Path) -> None:
    """Make sure a rename inside ``folder`` is on the disk."""
    if os.name == "nt":  # Windows cannot open a folder for fsync; its renames are journaled
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def copy_sqlite_file(source: Path, target: Path, *, read_only: bool = False) -> None:
    """A consistent copy of the database ``source`` (its -wal included) written to ``target``
    as a self-contained file (rollback journal, no side files), synced to disk. On any error
    (disk full…) nothing is left at ``target``."""
    remove_sqlite_file(target)
    uri = source.resolve().as_uri()
    try:
        src = _open_read_only(source, uri) if read_only else sqlite3.connect(uri, uri=True)
        try:
            dst = sqlite3.connect(target)
            try:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode=DELETE")
            finally:
                dst.close()
        finally:
            src.close()
        fsync_file(target)
    except BaseException:
        remove_sqlite_file(target)
        raise


def _open_read_only(source: Path, uri: str) -> sqlite3.Connection:
    """Open a file to read it without writing anything beside it: a file in WAL mode without
    a -wal (a copy, a backup) as immutable, else SQLite would leave a -wal and -shm next to it."""
    with source.open("rb") as handle:
        header = handle.read(20)
    wal_mode = header[:16] == _SQLITE_HEADER and header[18:20] == b"\x02\x02"
    if wal_mode and not Path(str(source) + "-wal").exists():
        return sqlite3.connect(uri + "?immutable=1", uri=True)
    connection = sqlite3.connect(uri + "?mode=ro", uri=True)
    try:
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.OperationalError:  # a WAL file in a folder we may not write to
        connection.close()
        return sqlite3.connect(uri + "?immutable=1", uri=True)
    return connection


def check_restorable_file(path: Path, shown_as: Path) -> str:
    """Check a SQLite file that is about to replace the database (a copy of the backup
    ``shown_as``): not damaged (``PRAGMA integrity_check``), written by Dialogue Desk
    (``application_id``, the schema's tables) at a schema this version knows. Return its
    revision; raise a ``DatabaseError`` that says what is wrong."""
    with path.open("rb") as handle:
        header = handle.read(len(_SQLITE_HEADER))
    if header != _SQLITE_HEADER:
        raise DatabaseError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "%1 cannot be restored: it is not a Dialogue Desk database (it is some other "
                "kind of file). Nothing was changed.",
            ),
            shown_as,
        )
    connection = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        try:
            problems = [row[0] for row in connection.execute("PRAGMA integrity_check(5)")]
            application_id = connection.execute("PRAGMA application_id").fetchone()[0]
            tables = {
                row[0]
                for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            revision: str | None = None
            if "alembic_version" in tables:
                row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = str(row[0]) if row else None
        except sqlite3.DatabaseError as error:
            problems = [str(error)]
    finally:
        connection.close()
    if problems != ["ok"]:
        raise DatabaseError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "%1 cannot be restored: the file is damaged (%2). Nothing was changed. Choose "
                "another backup.",
            ),
            shown_as,
            "; ".join(problems),
        )
    if application_id not in (0, APPLICATION_ID) or (revision is None and tables):
        raise DatabaseError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "%1 cannot be restored: it is the database of another program, not a Dialogue "
                "Desk backup. Nothing was changed.",
            ),
            shown_as,
        )
    if revision is None:
        raise DatabaseError(
            QT_TRANSLATE_NOOP("Messages", "%1 is not a Dialogue Desk backup (it holds no data)."),
            shown_as,
        )
    if revision not in known_revisions():
        raise DatabaseError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "%1 cannot be restored: it was written by a newer version of Dialogue Desk "
                "(schema %2). Nothing was changed. Install the newer version to restore it.",
            ),
            shown_as,
            revision,
        )
    if not {"cases", "conferences", "citizens"} <= tables:
        raise DatabaseError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "%1 cannot be restored: tables of Dialogue Desk's schema %2 are missing from "
                "it. Nothing was changed. Choose another backup.",
            ),
            shown_as,
            revision,
        )
    return revision


def database_in_use(path: Path) -> DatabaseError:
    return DatabaseError(
        QT_TRANSLATE_NOOP(
            "Messages",
            "The database %1 is in use by another program (another Dialogue Desk window?). "
            "Nothing was changed. Close it and try again.",
        ),
        path,
    )


class SqliteFileLock:
    """The database file held for replacing it: out of WAL mode (its -wal folded into the file
    and removed, which SQLite allows only when no other connection has it open) and under a
    write lock, so that nobody changes it while a copy of it is migrated or checked."""

    def __init__(self, path: Path, *, replace_damaged: bool = False) -> None:
        self.path = path
        self.replace_damaged = replace_damaged  # a damaged file cannot be locked, only replaced
        self._connection: sqlite3.Connection | None = None

    def __enter__(self) -> SqliteFileLock:
        try:
            connection = sqlite3.connect(self.path, timeout=2, isolation_level=None)
        except sqlite3.Error as error:
            raise explain_connection_error(sqlite_url(self.path), error) from error
        try:
            mode = connection.execute("PRAGMA journal_mode=DELETE").fetchone()[0]
            if str(mode).lower() != "delete":
                raise database_in_use(self.path)
            connection.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as error:
            connection.close()
            if "locked" in str(error) or "busy" in str(error):
                raise database_in_use(self.path) from error
            raise explain_connection_error(sqlite_url(self.path), error) from error
        except sqlite3.DatabaseError as error:  # not a database, or damaged
            connection.close()
            if self.replace_damaged:
                return self
            raise explain_connection_error(sqlite_url(self.path), error) from error
        except BaseException:
            connection.close()
            raise
        self._connection = connection
        return self

    def release(self) -> None:
        if self._connection is not None:
            self._connection.close()  # ends the read transaction: nothing was written
            self._connection = None

    def replace_with(self, new_file: Path, *, keep_as: Path | None) -> None:
        """Swap ``new_file`` (a complete, synced database without side files) in for the
        database, atomically; keep the database it replaces at ``keep_as`` first (a hard link
        where the file system has them: no space and no time, else a copy)."""
        folder = self.path.parent
        if keep_as is not None:
            partial = keep_as.with_name(keep_as.name + ".partial")
            remove_sqlite_file(partial)
            try:
                try:
                    os.link(self.path, partial)
                except OSError:
                    shutil.copyfile(self.path, partial)
                    fsync_file(partial)
                os.replace(partial, keep_as)
            except BaseException:
                partial.unlink(missing_ok=True)
                raise
        if os.name == "nt":  # Windows renames no file that is open
            self.release()
        for suffix in _SIDE_FILES:  # none in rollback mode under our lock; never apply stale ones
            Path(str(self.path) + suffix).unlink(missing_ok=True)
        os.replace(new_file, self.path)
        fsync_folder(folder)

    def __exit__(self, *exc: object) -> None:
        self.release()


def stamped_copy_path(path: Path, label: str) -> Path:
    """A copy of ``path`` named for why and when it was taken, e.g.
    ``office.before-restore-20260302-101500.sqlite``."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    return path.with_name(f"{path.stem}.before-{label}-{stamp}{path.suffix or '.sqlite'}")


def backup_sqlite_file(engine: Engine, label: str) -> Path | None:
    """Copy a SQLite database file aside (consistent even in WAL mode); None for other engines."""
    if engine.dialect.name != "sqlite":
        return None
    if in_memory(engine.url):
        return None
    source = Path(engine.url.database or "")
    if not source.exists() or source.stat().st_size == 0:
        return None
    target = stamped_copy_path(source, label)
    engine.dispose()  # release pooled connections before copying
    partial = target.with_name(target.name + ".partial")
    copy_sqlite_file(source, partial)
    os.replace(partial, target)
    return target


def _failure_reason(error: BaseException) -> str:
    return f"{error.__class__.__name__}: {str(getattr(error, 'orig', error)).splitlines()[0]}"


def _not_enough_space(folder: Path) -> DatabaseError:
    return DatabaseError(
        QT_TRANSLATE_NOOP(
            "Messages",
            "There is not enough free disk space in %1 to update the database. Nothing was "
            "changed: this version opens it once some space is freed.",
        ),
        folder,
    )


def _upgrade_sqlite_file(engine: Engine, before: str | None, head: str) -> Path | None:
    """Migrate a copy of the database file, check it, and swap it in atomically: killed or
    failed at any moment, the database is left as it was (and older versions still open it).
    The database it replaces is kept at ``pre_upgrade_copy_path``; returns that path."""
    from alembic import command

    path = Path(engine.url.database or "")
    folder = path.parent
    work = upgrade_work_path(path)
    engine.dispose()  # our own pooled connections would keep the file "in use"
    with SqliteFileLock(path) as lock:
        remove_sqlite_file(work)  # left by an upgrade that was killed
        has_data = before is not None
        if has_data and shutil.disk_usage(folder).free < path.stat().st_size:
            raise _not_enough_space(folder)
        try:
            if has_data:
                copy_sqlite_file(path, work)
            work_engine = create_database_engine(sqlite_url(work))
            try:
                command.upgrade(_alembic_config(work_engine), "head")
            finally:
                work_engine.dispose()
            _seal(work, head)
            keep = pre_upgrade_copy_path(path, head) if has_data else None
            lock.replace_with(work, keep_as=keep)
        except BaseException as error:
            remove_sqlite_file(work)
            if isinstance(error, OSError | sqlite3.Error | sa_exc.SQLAlchemyError | DatabaseError):
                if disk_full(error):
                    raise _not_enough_space(folder) from error
                if not isinstance(error, DatabaseError):
                    raise _upgrade_failed(error, before) from error
            raise
    return keep


def _seal(work: Path, head: str) -> None:
    """Check the migrated copy and make it self-contained before it replaces the database."""
    connection = sqlite3.connect(work, isolation_level=None)
    try:
        problems = [row[0] for row in connection.execute("PRAGMA integrity_check(5)")]
        revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        if problems != ["ok"] or revision != (head,):
            raise DatabaseError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Updating the database structure failed: the updated copy does not pass "
                    "its checks (%1). Nothing was changed: the previous version of Dialogue "
                    "Desk still opens the database.",
                ),
                "; ".join([*problems, f"schema {revision[0] if revision else None}"]),
            )
        _compact(connection)
        connection.execute(f"PRAGMA application_id={APPLICATION_ID}")
        connection.execute("PRAGMA journal_mode=DELETE")  # the -wal folded in and removed
    finally:
        connection.close()
    fsync_file(work)


def _compact(connection: sqlite3.Connection) -> None:
    """VACUUM the migrated copy when a fifth or more of its pages are free (a migration that
    emptied a table: 0028, the case words on SQLite, a third of a register), so the database
    and its backups shrink. Only space: without room for it the copy is used as it is."""
    free = connection.execute("PRAGMA freelist_count").fetchone()[0]
    pages = connection.execute("PRAGMA page_count").fetchone()[0]
    if not pages or free * 5 < pages:
        return
    try:
        connection.execute("VACUUM")
    except sqlite3.OperationalError as error:  # a full disk: VACUUM changed nothing
        log.warning("not compacting the updated database: %s", error)


def _upgrade_failed(error: BaseException, before: str | None) -> DatabaseError:
    if before is None:
        return DatabaseError(
            QT_TRANSLATE_NOOP("Messages", "Updating the database structure failed: %1."),
            _failure_reason(error),
        )
    return DatabaseError(
        QT_TRANSLATE_NOOP(
            "Messages",
            "Updating the database structure failed: %1. Nothing was changed: the previous "
            "version of Dialogue Desk still opens the database.",
        ),
        _failure_reason(error),
    )


def upgrade(engine: Engine) -> MigrationResult:
    """Create or migrate the schema to the newest revision.

    A SQLite file is migrated as a copy that replaces it only once complete and checked (the
    database it replaced is kept, see ``pre_upgrade_copy_path``); PostgreSQL migrates in place,
    its schema changes being transactional."""
    check_connection(engine)
    before = check_schema_version(engine)
    head = head_revision()
    if before == head:  # nearly every start: Alembic is not even loaded
        return MigrationResult(before, head, None)
    from alembic import command

    if engine.dialect.name == "sqlite" and not in_memory(engine.url):
        backup = _upgrade_sqlite_file(engine, before, head)
        return MigrationResult(before, head, backup)
    try:
        with engine.begin() as connection:  # a revision may alter a table a view reads
            drop_views(connection)
        command.upgrade(_alembic_config(engine), "head")
        with engine.begin() as connection:  # GRANTs and audit triggers of tables added since
            secure_postgres(connection)
            attach_change_notifications(connection)  # and their change notifications
    except sa_exc.SQLAlchemyError as error:
        raise DatabaseError(
            QT_TRANSLATE_NOOP("Messages", "Updating the database structure failed: %1."),
            _failure_reason(error),
        ) from error
    return MigrationResult(before, head, None)


def check_models_match_migrations(engine: Engine) -> None:
    """``alembic check``: raise when the models and the migrations differ."""
    from alembic import command

    command.check(_alembic_config(engine))
