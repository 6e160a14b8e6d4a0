"""The window's backups, handover exports and report exports are written to the audit log with
the signed-in user (the services the window uses, on both engines where they apply)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from dialogue_app.services.container import Services
from dialogue_app.services.database import DatabaseHandle, open_database
from dialogue_app.store.database import sqlite_url
from dialogue_app.store.models import AuditEntry
from tests.clock import fixed_clock
from tests.services.backups.support import make_office


def logged(handle: DatabaseHandle, action: str) -> list[tuple[str | None, str | None]]:
    with handle.uow.read() as session:
        rows = session.execute(
            select(AuditEntry.user_name, AuditEntry.detail)
            .where(AuditEntry.action == action)
            .order_by(AuditEntry.id)
        ).all()
    return [(row.user_name, row.detail) for row in rows]


def test_handover_and_report_exports_name_the_user(db: DatabaseHandle, tmp_path: Path) -> None:
    services = Services(db, user_name="lan", clock=fixed_clock())
    result = services.handover.export(tmp_path / "ban-giao.zip")
    services.reports.record_export("report 2026-01-01..2026-01-31", "bao-cao.xlsx")
    # PostgreSQL names the login itself (the test's superuser) for whole-database actions
    who = "lan" if db.is_sqlite else "postgres"
    assert logged(db, "handover_export") == [(who, result.path.name)]
    assert logged(db, "export_report") == [("lan", "report 2026-01-01..2026-01-31: bao-cao.xlsx")]


def test_a_backup_taken_from_the_window_names_the_user(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DIALOGUE_APP_DATA_DIR", str(tmp_path / "home"))
    data = tmp_path / "data"
    data.mkdir()
    handle = open_database(sqlite_url(make_office(data)))
    try:
        services = Services(handle, user_name="lan", clock=fixed_clock())
        taken = services.backups.backup_now()
        assert logged(handle, "backup") == [("lan", taken.entry.path.name)]
    finally:
        handle.close()
