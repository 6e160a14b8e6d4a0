"""The audit log, read-only: who changed or looked at what, when (DESIGN.md §8).

PostgreSQL's triggers write a row for every change (``store/security.py``); the services write
the reads that matter (a denunciator revealed, an export, a backup, a restore, an attachment
downloaded) with ``record_read``. Only admin and head read the log; nobody edits it.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import ColumnElement, Engine, insert, select
from sqlalchemy.orm import Session

from dialogue_app.domain.roles import Permission
from dialogue_app.domain.text import neutralise
from dialogue_app.domain.timezone import VN_TZ
from dialogue_app.services.accounts.permissions import require
from dialogue_app.services.files import write_atomically
from dialogue_app.store.models import AuditEntry
from dialogue_app.store.unit_of_work import UnitOfWork

PAGE = 500
COLUMNS = ("at", "user", "action", "record", "record_id", "detail")


@dataclass(frozen=True)
class AuditFilter:
    """Which rows to show: a period (local days, both included), a login, an action, a table."""

    since: date | None = None
    until: date | None = None
    user: str | None = None
    action: str | None = None
    record: str | None = None


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: datetime  # aware, local time
    user: str | None
    action: str
    record: str | None
    record_id: int | None
    detail: str | None


class AuditService:
    """Reading and exporting the audit log (admin and head); recording the reads that matter."""

    def __init__(self, uow: UnitOfWork, user_name: str | None) -> None:
        self._uow = uow
        self.user_name = user_name

    def entries(
        self, where: AuditFilter = AuditFilter(), *, before_id: int | None = None, limit: int = PAGE
    ) -> tuple[AuditRow, ...]:
        """The newest rows first; ``before_id`` pages on (the last id of the previous page)."""
        with self._uow.read() as session:
            require(session, self.user_name, Permission.VIEW_AUDIT)
            query = select(AuditEntry).where(*_conditions(where))
            if before_id is not None:
                query = query.where(AuditEntry.id < before_id)
            rows = session.scalars(query.order_by(AuditEntry.id.desc()).limit(limit))
            return tuple(_row(entry) for entry in rows)

    def choices(self) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
        """The logins, actions and tables the log holds (for the filter's pick lists)."""
        with self._uow.read() as session:
            require(session, self.user_name, Permission.VIEW_AUDIT)

            def distinct(column: Any) -> tuple[str, ...]:  # a column of text
                values = session.scalars(select(column).distinct().where(column.is_not(None)))
                return tuple(sorted(v for v in values if v))

            return (
                distinct(AuditEntry.user_name),
                distinct(AuditEntry.action),
                distinct(AuditEntry.entity),
            )

    def export_csv(self, path: Path, where: AuditFilter = AuditFilter()) -> int:
        """Write the matching rows (oldest first) to a CSV file; the export is itself logged."""
        with self._uow.begin() as session:
            require(session, self.user_name, Permission.VIEW_AUDIT)
            rows = session.scalars(
                select(AuditEntry).where(*_conditions(where)).order_by(AuditEntry.id)
            ).all()
            out = io.StringIO()
            writer = csv.writer(out, lineterminator="\r\n")
            writer.writerow(COLUMNS)
            for entry in rows:
                row = _row(entry)
                writer.writerow(
                    [row.at.isoformat(timespec="seconds")]
                    + [neutralise(v or "") for v in (row.user, row.action, row.record)]
                    + [row.record_id or "", neutralise(row.detail or "")]
                )
            write_atomically(path, ("\ufeff" + out.getvalue()).encode("utf-8"))
            record_read(session, self.user_name, "export_audit_log", None, None, path.name)
            return len(rows)


def record_read(
    session: Session,
    user_name: str | None,
    action: str,
    entity: str | None,
    entity_id: int | None,
    detail: str | None = None,
) -> None:
    """Log a read that matters, in the caller's unit of work (never the secret itself)."""
    session.add(
        AuditEntry(
            user_name=user_name, action=action, entity=entity, entity_id=entity_id, detail=detail
        )
    )


def record_action(
    engine: Engine, user_name: str | None, action: str, detail: str | None = None
) -> None:
    """Log an action on the whole database (a backup, a restore, a handover export or import),
    in a transaction of its own, once the action is done (a restore or an import replaces the
    log: its row is written into the database as it now is). On PostgreSQL the row names the
    login itself, whatever name the caller gives."""
    with engine.begin() as connection:
        if connection.dialect.name == "postgresql":
            user_name = connection.exec_driver_sql("SELECT current_user").scalar() or user_name
        connection.execute(
            insert(AuditEntry).values(  # ``at``: the column's default, the time of writing
                user_name=user_name, action=action, entity=None, detail=detail
            )
        )


def _conditions(where: AuditFilter) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    if where.since is not None:
        conditions.append(AuditEntry.at >= datetime.combine(where.since, time(), VN_TZ))
    if where.until is not None:
        end = datetime.combine(where.until + timedelta(days=1), time(), VN_TZ)
        conditions.append(AuditEntry.at < end)
    if where.user:
        conditions.append(AuditEntry.user_name == where.user)
    if where.action:
        conditions.append(AuditEntry.action == where.action)
    if where.record:
        conditions.append(AuditEntry.entity == where.record)
    return conditions


def _row(entry: AuditEntry) -> AuditRow:
    return AuditRow(
        entry.id,
        entry.at.astimezone(VN_TZ),
        entry.user_name,
        entry.action,
        entry.entity,
        entry.entity_id,
        entry.detail,
    )
