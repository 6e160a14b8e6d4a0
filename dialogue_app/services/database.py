"""Open, migrate and describe the database for the window and the command line."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import Engine, func, select
from sqlalchemy.exc import SQLAlchemyError

from dialogue_app.domain.messages import QT_TRANSLATE_NOOP
from dialogue_app.services.clock import Clock, clock_from_environment
from dialogue_app.store import database as db
from dialogue_app.store.database import DatabaseError, MigrationResult, in_memory
from dialogue_app.store.models import Conference, OfficeProfile, PendingTask
from dialogue_app.store.unit_of_work import UnitOfWork

__all__ = ["DatabaseError", "DatabaseHandle", "MigrationResult", "in_memory", "open_database"]


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


def open_database(url: str, *, migrate: bool = True, clock: Clock | None = None) -> DatabaseHandle:
    """Connect, refuse a database from a newer version, and migrate (backing up SQLite first).

    With ``migrate=False`` a database that is not at the newest schema is refused with a message
    that says to run ``dialogue-app db upgrade``. ``clock`` dates the work an upgrade leaves for
    the application (default: the clock the window and the command line use).
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
            run_pending_tasks(uow, (clock or clock_from_environment()).today())
    except BaseException:
        engine.dispose()
        raise
    return DatabaseHandle(url, engine, uow, result)


def upgrade_database(url: str, clock: Clock | None = None) -> MigrationResult:
    engine = db.create_database_engine(url)
    try:
        result = db.upgrade(engine)
        today = (clock or clock_from_environment()).today()
        run_pending_tasks(UnitOfWork(db.session_factory(engine)), today)
        return result
    finally:
        engine.dispose()


RECOMPUTE_OPEN_DEADLINES = "recompute_open_deadlines"  # written by migration 0013


def run_pending_tasks(uow: UnitOfWork, today: date) -> None:
    """Do the work migrations left for the application (``PendingTask``), each task in one
    transaction with the deletion of its row: a failure leaves the row, and the next opening
    tries again. ``today``: the day of the upgrade, for a task that did not record it. A
    database without pending work costs one small query (and no import of the
    case services at start-up)."""
    try:
        with uow.begin() as session:
            task = session.get(PendingTask, RECOMPUTE_OPEN_DEADLINES)
            if task is not None:
                from dialogue_app.services.cases import recompute_open_deadlines

                # cases accepted before notifications were tracked: no deadline that had passed
                # already on the day of the upgrade (nobody could record the notification)
                recompute_open_deadlines(session, notify_from=task.since or today)
                session.delete(task)
    except SQLAlchemyError as error:
        raise DatabaseError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "The deadlines of open cases could not be brought up to date after the update "
                "(%1). Nothing was lost; Dialogue Desk tries again the next time it opens.",
            ),
            str(getattr(error, "orig", error)).splitlines()[0],
        ) from error
