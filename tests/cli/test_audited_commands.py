"""The commands that copy or replace the whole record are written to the audit log (who, when,
what), and the command line names the real user: on SQLite the computer account of the process
(not ``LOGNAME``, which anyone sets), on PostgreSQL the database login itself. ``users list`` on
a SQLite file says that staff accounts are a PostgreSQL feature."""

from __future__ import annotations

import os
import pwd
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.engine import make_url

from dialogue_app.cli import run
from dialogue_app.domain.roles import Role
from dialogue_app.services.accounts import AccountService
from dialogue_app.services.clock import CLOCK_VARIABLE
from dialogue_app.services.database import DatabaseHandle
from dialogue_app.store.models import AuditEntry, CaseEvent
from tests.clock import TODAY
from tests.services.accounts.staff_support import PASSWORD, pg  # noqa: F401
from tests.services.backups.support import make_office
from tests.services.cases.case_fixtures import ensure_rules
from tests.services.cases.test_case_import import GOOD, HEADER, write

ACCOUNT = pwd.getpwuid(os.getuid()).pw_name


def audit_rows(database: Path) -> list[tuple[str, str, str]]:
    with sqlite3.connect(database) as sql:
        rows = sql.execute(
            "SELECT user_name, action, detail FROM audit_log WHERE action IN "
            "('backup', 'restore', 'handover_export', 'handover_import', 'export_report') "
            "ORDER BY id"
        ).fetchall()
    return [tuple(row) for row in rows]


def test_a_restore_is_written_into_the_restored_database(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("DIALOGUE_APP_DATA_DIR", str(tmp_path / "home"))
    monkeypatch.setenv(CLOCK_VARIABLE, f"{TODAY.isoformat()}T08:00+07:00")
    monkeypatch.setenv("LOGNAME", "truongphong")  # anyone can set it: never believed
    data = tmp_path / "data"
    data.mkdir()
    office = make_office(data)
    database = ["--database", str(office)]
    assert run([*database, "backup", "now"]) == 0
    capsys.readouterr()
    [(_, _, backup_name)] = audit_rows(office)
    monkeypatch.setenv(CLOCK_VARIABLE, f"{TODAY.isoformat()}T10:00+07:00")
    assert run([*database, "restore", "--latest"]) == 0
    capsys.readouterr()
    # the backup holds the log as it was when taken (before its own row): then the restore
    assert audit_rows(office) == [(ACCOUNT, "restore", backup_name)]


def test_every_action_before_a_restore_is_in_the_log(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("DIALOGUE_APP_DATA_DIR", str(tmp_path / "home"))
    monkeypatch.setenv(CLOCK_VARIABLE, f"{TODAY.isoformat()}T08:00+07:00")
    monkeypatch.setenv("LOGNAME", "truongphong")
    data = tmp_path / "data"
    data.mkdir()
    office = make_office(data)
    database = ["--database", str(office)]
    assert run([*database, "backup", "now"]) == 0
    assert run([*database, "archive", "-o", str(tmp_path / "handover.zip")]) == 0
    assert run([*database, "report", "--format", "xlsx", "-o", str(tmp_path / "r.xlsx")]) == 0
    capsys.readouterr()
    rows = audit_rows(office)
    assert [(user, action) for user, action, _ in rows] == [
        (ACCOUNT, "backup"),
        (ACCOUNT, "handover_export"),
        (ACCOUNT, "export_report"),
    ]
    assert rows[1][2] == "handover.zip" and rows[2][2].endswith("r.xlsx")


def test_users_list_on_sqlite_says_accounts_are_a_postgresql_feature(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(["--database", str(tmp_path / "d.sqlite"), "users", "list"]) == 1
    error = capsys.readouterr().err
    assert "PostgreSQL" in error and "computer account" in error


@pytest.mark.postgres
def test_on_postgresql_the_timeline_names_the_login_not_logname(
    pg: DatabaseHandle,  # noqa: F811
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    ensure_rules(pg)
    # a head: the import registers the new communes, which a clerk may not
    AccountService(pg.uow, None).add("dlgh_lan", Role.HEAD, PASSWORD, full_name="Lê Thị Lan")
    url = make_url(pg.url).set(username="dlgh_lan", password=PASSWORD)
    monkeypatch.setenv("LOGNAME", "root")
    path = write(tmp_path, [HEADER, *GOOD])
    assert run(["--database", url.render_as_string(hide_password=False), "cases", "import",
                str(path)]) == 0  # fmt: skip
    capsys.readouterr()
    with pg.uow.read() as session:
        writers = set(session.scalars(select(CaseEvent.user_name)))
        audit = set(session.scalars(select(AuditEntry.user_name).where(
            AuditEntry.action == "insert", AuditEntry.entity == "cases")))  # fmt: skip
    assert writers == {"dlgh_lan"} and audit == {"dlgh_lan"}
