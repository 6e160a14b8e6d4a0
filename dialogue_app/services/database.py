"""Open, migrate and describe the database for the window and the command line."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine, func, select

from dialogue_app.domain.messages import QT_TRANSLATE_NOOP
from dialogue_app.store import database as db
from dialogue_app.store.database import DatabaseError, MigrationResult
from dialogue_app.store.models import Conference, OfficeProfile
from dialogue_app.store.unit_of_work import UnitOfWork

__all__ = ["DatabaseError", "DatabaseHandle", "MigrationResult", "open_database"]


@dataclass
class DatabaseHandle:
    """An open database: what the services need (``uow``) and what the status bar shows."""

    url: str
    engine: Engine
    uow: UnitOfWork
    migration: MigrationResult | None

    @property
    def description(self) -> str:
        return db.describe(self.url)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    def is_empty(self) -> bool:
        """True when the database holds no office data yet (first start: offer the demo)."""
        with self.uow.read() as session:
            conferences = session.scalar(select(func.count()).select_from(Conference)) or 0
            profiles = session.scalar(select(func.count()).select_from(OfficeProfile)) or 0
        return conferences == 0 and profiles == 0

    def close(self) -> None:
        """Close every connection; later work on this handle is refused, not silently reopened."""
        self.uow.close()
        self.engine.dispose()


def open_database(url: str, *, migrate: bool = True) -> DatabaseHandle:
    """Connect, refuse a database from a newer version, and migrate (backing up SQLite first).

    With ``migrate=False`` a database that is not at the newest schema is refused with a message
    that says to run ``dialogue-app db upgrade``.
    """
    engine = db.create_database_engine(url)
    try:
        db.check_connection(engine)
        if migrate:
            result: MigrationResult | None = db.upgrade(engine)
        else:
            result = None
            if db.needs_upgrade(engine):
                raise DatabaseError(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "The database structure is out of date. Run “dialogue-app db upgrade” "
                        "first.",
                    )
                )
        uow = UnitOfWork(db.session_factory(engine))
        if result is not None:
            after_upgrade(uow, result)
    except BaseException:
        engine.dispose()
        raise
    return DatabaseHandle(url, engine, uow, result)


def upgrade_database(url: str) -> MigrationResult:
    engine = db.create_database_engine(url)
    try:
        result = db.upgrade(engine)
        after_upgrade(UnitOfWork(db.session_factory(engine)), result)
        return result
    finally:
        engine.dispose()


# Revisions after which the deadlines of open cases are computed again: what changed needs the
# deadline table and the working-day calendar, which only the application applies.
#   0008: the default rules cite their laws in Vietnamese
#   0009: an accepted denunciation gets its deadline for notifying the denunciator
RECOMPUTE_DEADLINES_AFTER = frozenset({"0008", "0009"})


def after_upgrade(uow: UnitOfWork, result: MigrationResult) -> None:
    """The data steps of an upgrade that migrations cannot do themselves (one transaction)."""
    if result.before is None or result.before == result.after:
        return  # a new database holds no cases; an unchanged one needs nothing
    if RECOMPUTE_DEADLINES_AFTER & db.revisions_between(result.before, result.after):
        from dialogue_app.services.cases import recompute_open_deadlines

        with uow.begin() as session:
            recompute_open_deadlines(session)
