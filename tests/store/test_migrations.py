"""The schema is created and upgraded by Alembic only, on both engines, and matches the models."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import inspect, text

from dialogue_app.services.database import open_database
from dialogue_app.store import database as store_db
from dialogue_app.store.database import DatabaseError, sqlite_url
from tests.clock import TODAY, fixed_clock


def test_upgrade_creates_every_table_on_an_empty_database(empty_database_url: str) -> None:
    handle = open_database(empty_database_url)
    try:
        tables = set(inspect(handle.engine).get_table_names())
        assert {"conferences", "cases", "citizens", "deadline_rules", "audit_log"} <= tables
        assert handle.migration is not None and handle.migration.before is None
        assert handle.migration.after == store_db.head_revision()
        # models and migrations agree: `alembic check` finds nothing to generate
        store_db.check_models_match_migrations(handle.engine)
    finally:
        handle.close()


def test_the_schema_check_survives_the_stdout_alembic_was_imported_under_being_closed(
    tmp_path: Path,
) -> None:
    """Alembic's Config remembers the ``sys.stdout`` of the moment it was first imported; the
    app loads Alembic lazily, so that stream may be a closed one (a window without a console, a
    test's captured output) by the time the schema is checked, and the check must still run."""
    script = f"""
import io, sys
gone = io.StringIO()
sys.stdout = gone
import alembic.config
sys.stdout = sys.__stdout__
gone.close()
from dialogue_app.services.database import open_database
from dialogue_app.store import database as store_db
handle = open_database(store_db.sqlite_url({str(tmp_path / "db.sqlite")!r}))
store_db.check_models_match_migrations(handle.engine)
handle.close()
print("checked")
"""
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "checked"


def test_the_revisions_read_without_alembic_are_alembics(database_url: str) -> None:
    """Opening reads the newest revision from the revision files' lines, and the database's
    from its table, without loading Alembic; Alembic agrees on both."""
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(
        store_db._alembic_config(store_db.create_engine("sqlite://"))
    )
    assert store_db.head_revision() == script.get_current_head()
    assert store_db.known_revisions() == {r.revision for r in script.walk_revisions()}
    handle = open_database(database_url)
    try:
        with handle.engine.connect() as connection:
            expected = MigrationContext.configure(connection).get_current_revision()
        assert store_db.current_revision(handle.engine) == expected == script.get_current_head()
    finally:
        handle.close()


def test_second_open_does_not_migrate_again(database_url: str) -> None:
    handle = open_database(database_url)
    try:
        assert handle.migration is not None
        assert handle.migration.before == handle.migration.after
        assert handle.migration.backup is None
    finally:
        handle.close()


def test_database_from_a_newer_version_is_refused_untouched(empty_database_url: str) -> None:
    database_url = empty_database_url  # its own database: this test spoils the schema version
    handle = open_database(database_url)
    with handle.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    handle.close()
    with pytest.raises(DatabaseError, match="newer version"):
        open_database(database_url)
    engine = store_db.create_database_engine(database_url)
    with engine.connect() as connection:
        assert connection.execute(text("SELECT version_num FROM alembic_version")).scalar() == (
            "9999_future"
        )
    engine.dispose()


def test_sqlite_file_is_backed_up_before_migrating(tmp_path: Path) -> None:
    path = tmp_path / "office.sqlite"
    handle = open_database(sqlite_url(path))
    with handle.engine.begin() as connection:
        connection.execute(
            text("INSERT INTO case_fields (name, search_key) VALUES ('Đất đai', 'dat dai')")
        )
    handle.close()
    engine = store_db.create_database_engine(sqlite_url(path))
    backup = store_db.backup_sqlite_file(engine, "migrate-test")
    engine.dispose()
    assert backup is not None and backup.exists() and backup != path
    with sqlite3.connect(backup) as copy:
        assert copy.execute("SELECT name FROM case_fields").fetchone() == ("Đất đai",)


def test_file_that_is_not_a_database_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "letter.sqlite"
    content = "Kính gửi Ủy ban nhân dân xã Cẩm Lộc\n".encode() * 50
    path.write_bytes(content)
    with pytest.raises(DatabaseError, match="not a Dialogue Desk database"):
        open_database(sqlite_url(path))
    assert path.read_bytes() == content


def test_unwritable_data_folder_is_explained(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    with pytest.raises(DatabaseError, match="Cannot create the data folder"):
        open_database(sqlite_url(blocker / "sub" / "dialogue.sqlite"))


def test_unreachable_postgres_is_explained() -> None:
    pytest.importorskip("psycopg")
    with pytest.raises(DatabaseError, match="Cannot connect to the PostgreSQL server"):
        open_database("postgresql+psycopg://nobody@127.0.0.1:1/nowhere")


def test_foreign_tables_are_not_touched(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY)")
    with pytest.raises(DatabaseError, match="not from Dialogue Desk"):
        open_database(sqlite_url(path))
    with sqlite3.connect(path) as connection:
        names = {r[0] for r in connection.execute("SELECT name FROM sqlite_master")}
    assert names == {"invoices"}


def test_older_sqlite_database_is_copied_aside_then_migrated(tmp_path: Path) -> None:
    """A file written by an earlier release: the app copies it before upgrading it."""
    from alembic import command

    path = tmp_path / "office.sqlite"
    handle = open_database(sqlite_url(path))
    with handle.engine.begin() as connection:
        connection.execute(
            text("INSERT INTO case_fields (name, search_key) VALUES ('Đất đai', 'dat dai')")
        )
    command.downgrade(store_db._alembic_config(handle.engine), "0001")
    handle.close()

    reopened = open_database(sqlite_url(path))
    try:
        assert reopened.migration is not None
        assert reopened.migration.before == "0001"
        assert reopened.migration.after == store_db.head_revision()
        backup = reopened.migration.backup
        assert backup is not None and backup.exists() and backup.parent == path.parent
        with sqlite3.connect(backup) as copy:
            assert copy.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
            assert copy.execute("SELECT name FROM case_fields").fetchone() == ("Đất đai",)
        copy.close()
        with reopened.engine.connect() as connection:
            assert connection.execute(text("SELECT name FROM case_fields")).scalar() == "Đất đai"
    finally:
        reopened.close()


def test_upgrade_cites_the_laws_in_vietnamese_and_starts_notify_deadlines(
    empty_database_url: str,
) -> None:
    """A database from before 0008/0009: default rules cite the laws in English and accepted
    denunciations have no deadline for notifying the denunciator. The upgrade renames the
    sources the office did not edit, and computes the notify deadlines of open cases."""
    from datetime import timedelta

    from alembic import command

    from dialogue_app.domain.cases import CaseStatus, CaseType, FollowUpKind
    from dialogue_app.services.cases import CaseDraft, CaseFilter, CaseService, CitizenInput
    from tests.services.cases.case_fixtures import make_places

    today = TODAY
    handle = open_database(empty_database_url)
    places = make_places(handle)
    cases = CaseService(handle.uow, "chuyenvien", clock=fixed_clock())
    rules = {rule.code: rule for rule in cases.deadline_rules()}
    office_source = "Quy chế tiếp công dân của Văn phòng, Điều 5"
    cases.save_deadline_rule(replace(rules["complaint-accept"], legal_source=office_source))

    def register(case_type: CaseType, number: str, accepted_days_ago: int = 10) -> int:
        draft = CaseDraft(
            received_on=today - timedelta(days=12),
            case_type=case_type,
            citizens=(CitizenInput("Đặng Văn Đức", "040123456789"),),
            field_id=places.land_id,
            number=number,
        )
        case_id = cases.register(draft).case.id
        accepted = today - timedelta(days=accepted_days_ago)
        cases.change_status(case_id, CaseStatus.ACCEPTED, on=accepted)
        return case_id

    denunciation = register(CaseType.DENUNCIATION, "TC-1", accepted_days_ago=1)
    long_ago = register(CaseType.DENUNCIATION, "TC-2", accepted_days_ago=10)
    complaint = register(CaseType.COMPLAINT, "KN-1")
    received = cases.register(
        CaseDraft(today, CaseType.COMPLAINT, (CitizenInput("Lê Thị Mai"),), number="KN-2")
    ).case.id
    command.downgrade(store_db._alembic_config(handle.engine), "0007")
    with handle.engine.connect() as connection:
        rows = connection.execute(text("SELECT code, legal_source FROM deadline_rules"))
        sources = {code: source for code, source in rows}
        explanation = connection.execute(
            text("SELECT deadline_explanation FROM cases WHERE id = :id"), {"id": complaint}
        ).scalar_one()
    handle.close()
    # as an earlier release left it
    assert sources["complaint-1"] == "Law on Complaints 02/2011/QH13, Art. 28"
    assert sources["complaint-accept"] == office_source
    assert "Law on Complaints 02/2011/QH13, Art. 28" in explanation

    reopened = open_database(empty_database_url)
    try:
        assert reopened.migration is not None and reopened.migration.before == "0007"
        cases = CaseService(reopened.uow, "chuyenvien", clock=fixed_clock())
        sources = {rule.code: rule.legal_source for rule in cases.deadline_rules()}
        assert sources["complaint-1"] == "Luật Khiếu nại 02/2011/QH13, Điều 28"
        assert sources["denunciation-notify"] == "Luật Tố cáo 25/2018/QH14, Điều 29"
        assert sources["petition-handle"] == "Thông tư 05/2021/TT-TTCP"
        assert sources["complaint-accept"] == office_source  # edited by the office: kept
        assert "Luật Khiếu nại 02/2011/QH13, Điều 28" in (
            cases.get(complaint).deadline_explanation or ""
        )
        assert office_source in (cases.get(received).deadline_explanation or "")
        notify = cases.get(denunciation)
        assert notify.notify_deadline is not None and notify.notify_pending
        assert "Luật Tố cáo 25/2018/QH14, Điều 29" in str(notify.notify_parts)
        # accepted before notifications were tracked, its 5 working days already over: nobody
        # could have recorded the notification, so it is not shown as late
        assert cases.get(long_ago).notify_deadline is None
        assert not cases.list_page(CaseFilter(notify_pending=True, search="TC-2")).rows
        cases.add_follow_up(long_ago, FollowUpKind.NOTIFIED, on=today - timedelta(days=8))
        assert cases.get(long_ago).notified_on == today - timedelta(days=8)  # still recordable
        assert cases.get(complaint).notify_deadline is None
        with reopened.engine.connect() as connection:  # the task is done, and gone
            assert connection.execute(text("SELECT count(*) FROM pending_tasks")).scalar() == 0
    finally:
        reopened.close()


def test_work_left_by_an_upgrade_is_done_when_the_database_is_next_opened(
    database_url: str,
) -> None:
    """A task an upgrade leaves (``pending_tasks``) stays until it is done: if the first attempt
    failed, the next opening does it."""
    from datetime import timedelta

    from dialogue_app.domain.cases import CaseStatus, CaseType
    from dialogue_app.services.cases import CaseDraft, CaseService, CitizenInput
    from tests.services.cases.case_fixtures import ensure_rules

    today = TODAY
    handle = open_database(database_url)
    ensure_rules(handle)
    cases = CaseService(handle.uow, clock=fixed_clock())
    case_id = cases.register(
        CaseDraft(today - timedelta(days=2), CaseType.DENUNCIATION, (CitizenInput("Hồ Văn A"),))
    ).case.id
    cases.change_status(case_id, CaseStatus.ACCEPTED, on=today - timedelta(days=1))
    with handle.engine.begin() as connection:  # as a release before 0009 left it, task pending
        connection.execute(
            text("UPDATE cases SET notify_deadline = NULL, notify_deadline_explanation = NULL")
        )
        connection.execute(
            text("INSERT INTO pending_tasks (name, since) VALUES ('recompute_open_deadlines', :d)"),
            {"d": today},
        )
    handle.close()
    reopened = open_database(database_url)
    try:
        assert (
            CaseService(reopened.uow, clock=fixed_clock()).get(case_id).notify_deadline is not None
        )
        with reopened.engine.connect() as connection:
            assert connection.execute(text("SELECT count(*) FROM pending_tasks")).scalar() == 0
    finally:
        reopened.close()


def test_the_citizen_search_terms_migration_folds_with_its_own_frozen_copy() -> None:
    """0010 fills the words table with a copy of the folding of its day (not the application's,
    which may change): today both agree."""
    import ast
    import importlib.util

    from dialogue_app.domain.text import fold

    path = Path(store_db.__file__).parent / "migrations/versions/0010_citizen_search_terms.py"
    imported = {
        node.module if isinstance(node, ast.ImportFrom) else alias.name
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Import | ast.ImportFrom)
        for alias in node.names
    }
    assert not any(str(name).startswith("dialogue_app") for name in imported)
    spec = importlib.util.spec_from_file_location("migration_0010", path)
    assert spec is not None and spec.loader is not None
    migration = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(migration)
    for text_ in ("Đặng  Văn ĐỨC", "Nguyễn Thị Hoa", "Ðoàn Ngọc Ánh", "", None):
        assert migration.fold(text_) == fold(text_)
    assert migration.citizen_terms("Đặng Văn Đức", "040123456789") == {
        ("dang", "dang van duc"),
        ("van", "dang van duc"),
        ("duc", "dang van duc"),
        ("040123456789", "dang van duc"),
    }
