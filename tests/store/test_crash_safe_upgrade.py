"""Upgrading a SQLite file is crash-safe: a copy is migrated, checked and swapped in, so a
``kill -9`` at any moment leaves the old database as it was (and a later run upgrades it), a
failed upgrade changes nothing and writes no copy, and one copy per version is kept."""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text

from dialogue_app.services.database import open_database
from dialogue_app.store import database as store_db
from dialogue_app.store.database import DatabaseError, sqlite_url

OLD_REVISION = "0009"  # before 0010, whose interrupted table creation broke databases
CASES = 4000


def build_old_database(path: Path, cases: int, revision: str = OLD_REVISION) -> None:
    """A database as an earlier release left it: the schema at ``revision``, ``cases`` cases
    each with its citizen (bulk-inserted with SQL at that schema, copying a registered one)."""
    from alembic import command

    from dialogue_app.domain.cases import CaseType
    from dialogue_app.services.cases import CaseDraft, CaseService, CitizenInput
    from tests.clock import AFTER_THE_FIXTURES, fixed_clock
    from tests.services.cases.case_fixtures import make_places

    handle = open_database(sqlite_url(path))
    places = make_places(handle)
    CaseService(handle.uow, "chuyenvien", clock=fixed_clock(AFTER_THE_FIXTURES)).register(
        CaseDraft(
            received_on=date(2026, 3, 2),
            case_type=CaseType.COMPLAINT,
            citizens=(CitizenInput("Đặng Văn Đức", "040123456789"),),
            field_id=places.land_id,
            number="KN-1",
        )
    )
    command.downgrade(store_db._alembic_config(handle.engine), revision)
    with handle.engine.begin() as connection:

        def columns(table: str, *left_out: str) -> list[str]:
            rows = connection.exec_driver_sql(f"PRAGMA table_info({table})")
            return [row[1] for row in rows if row[1] not in left_out]

        numbers = (
            f"WITH RECURSIVE n(i) AS (SELECT 2 UNION ALL SELECT i + 1 FROM n WHERE i < {cases}) "  # noqa: E501
        )
        rest = columns("citizens", "id", "full_name", "national_id", "search_key")
        connection.exec_driver_sql(
            numbers + f"INSERT INTO citizens (id, full_name, national_id, search_key, "
            f"{', '.join(rest)}) SELECT i, 'Nguyễn Văn ' || i, printf('%012d', i), "
            f"'nguyen van ' || i, {', '.join('z.' + c for c in rest)} FROM n, citizens z "
            "WHERE z.id = 1"
        )
        rest = columns("cases", "id", "number", "summary")
        connection.exec_driver_sql(
            numbers + f"INSERT INTO cases (id, number, summary, {', '.join(rest)}) "
            f"SELECT i, 'KN-' || i, 'Khiếu nại số ' || i, {', '.join('k.' + c for c in rest)} "
            "FROM n, cases k WHERE k.id = 1"
        )
        rest = columns("case_citizens", "id", "case_id", "citizen_id")
        connection.exec_driver_sql(
            numbers + f"INSERT INTO case_citizens (case_id, citizen_id, {', '.join(rest)}) "
            f"SELECT i, i, {', '.join('l.' + c for c in rest)} FROM n, case_citizens l "
            "WHERE l.id = 1"
        )
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    handle.close()


@pytest.fixture(scope="module")
def old_database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("old") / "office.sqlite"
    build_old_database(path, CASES)
    return path


def _upgrade_command(path: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "dialogue_app", "--database", sqlite_url(path), "db", "upgrade"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        cwd=Path(__file__).parents[2],
    )


def _wait_for(condition: object, process: subprocess.Popen[bytes]) -> float:
    """Poll until ``condition()`` holds or the process ends; the time it took."""
    assert callable(condition)
    begin = time.perf_counter()
    while not condition() and process.poll() is None:
        time.sleep(0.002)
    return time.perf_counter() - begin


@dataclass(frozen=True)
class Timeline:
    """An uninterrupted ``db upgrade`` of the old database, measured: how long the migration
    of the copy lasted, and the application's work after the swap."""

    migrating: float
    after_swap: float


def _measure(old: Path, folder: Path) -> Timeline:
    folder.mkdir()
    path = folder / old.name
    shutil.copyfile(old, path)
    work = store_db.upgrade_work_path(path)
    process = _upgrade_command(path)
    _wait_for(work.exists, process)
    migrating = _wait_for(lambda: not work.exists(), process)
    begin = time.perf_counter()
    _, err = process.communicate(timeout=300)
    after_swap = time.perf_counter() - begin
    assert process.returncode == 0, err.decode()
    return Timeline(migrating, after_swap)


def _revision(path: Path) -> str:
    with sqlite3.connect(path) as connection:
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    connection.close()
    return str(row[0])


def test_a_killed_upgrade_leaves_the_database_the_next_version_finds_every_case(
    old_database: Path, tmp_path: Path
) -> None:
    timeline = _measure(old_database, tmp_path / "measured")
    head = store_db.head_revision()
    # kill -9 early, half-way and late in the migration of the copy, and during the work
    # that follows the swap (the deadlines of open cases)
    moments = [
        ("migrating", timeline.migrating * 0.1),
        ("migrating", timeline.migrating * 0.5),
        ("migrating", timeline.migrating * 0.95),
        ("swapped", timeline.after_swap * 0.5),
    ]
    for number, (phase, delay) in enumerate(moments):
        folder = tmp_path / f"kill-{number}"
        folder.mkdir()
        path = folder / old_database.name
        shutil.copyfile(old_database, path)
        work = store_db.upgrade_work_path(path)
        process = _upgrade_command(path)
        _wait_for(work.exists, process)
        if phase == "swapped":
            _wait_for(lambda: not work.exists(), process)  # noqa: B023 (called at once)
        time.sleep(delay)
        process.send_signal(signal.SIGKILL)
        process.communicate(timeout=60)

        # whatever the moment: a whole database, the old one or the upgraded one
        revision = _revision(path)
        assert revision in (OLD_REVISION, head), (number, revision)
        with sqlite3.connect(path) as raw:
            assert raw.execute("PRAGMA integrity_check").fetchone() == ("ok",)
            assert raw.execute("SELECT count(*) FROM cases").fetchone() == (CASES,)
            tables = {r[0] for r in raw.execute("SELECT name FROM sqlite_master")}
        raw.close()
        if revision == OLD_REVISION:  # as the earlier release left it: it still opens it
            assert "citizen_search_terms" not in tables

        handle = open_database(sqlite_url(path))
        try:
            assert handle.migration is not None and handle.migration.after == head
            with handle.engine.connect() as connection:
                numbers = set(connection.execute(text("SELECT number FROM cases")).scalars())
                unsearchable = connection.execute(
                    text(
                        "SELECT count(*) FROM citizens WHERE id NOT IN "
                        "(SELECT citizen_id FROM citizen_search_terms)"
                    )
                ).scalar()
                pending = connection.execute(text("SELECT count(*) FROM pending_tasks")).scalar()
        finally:
            handle.close()
        assert numbers == {f"KN-{i}" for i in range(1, CASES + 1)}
        assert unsearchable == 0 and pending == 0
        left = sorted(p.name for p in folder.iterdir())
        assert left == sorted(["office.sqlite", f"office.before-{head}.sqlite"]), left
        assert _revision(folder / f"office.before-{head}.sqlite") == OLD_REVISION


def test_a_failed_upgrade_changes_nothing_and_writes_no_copy(tmp_path: Path) -> None:
    """A database an earlier release broke (its upgrade killed after 0010 created a table):
    each failing open says that nothing was changed, and leaves no file behind."""
    path = tmp_path / "office.sqlite"
    build_old_database(path, 50)
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE citizen_search_terms (term TEXT)")
    connection.close()
    with sqlite3.connect(path) as connection:
        before = list(connection.iterdump())
    connection.close()
    for _attempt in range(3):
        with pytest.raises(DatabaseError, match="Nothing was changed") as raised:
            open_database(sqlite_url(path))
        assert "citizen_search_terms already exists" in str(raised.value)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["office.sqlite"]
    with sqlite3.connect(path) as connection:
        assert list(connection.iterdump()) == before
    connection.close()


def test_one_copy_per_version_however_often_the_database_is_upgraded(tmp_path: Path) -> None:
    from alembic import command

    head = store_db.head_revision()
    path = tmp_path / "office.sqlite"
    build_old_database(path, 20)
    for _round in range(3):
        handle = open_database(sqlite_url(path))
        assert handle.migration is not None and handle.migration.before == OLD_REVISION
        assert handle.migration.backup == tmp_path / f"office.before-{head}.sqlite"
        with handle.engine.begin() as connection:
            application_id = connection.exec_driver_sql("PRAGMA application_id").scalar()
        assert application_id == store_db.APPLICATION_ID
        command.downgrade(store_db._alembic_config(handle.engine), OLD_REVISION)
        handle.close()
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == sorted([f"office.before-{head}.sqlite", "office.sqlite"])


def test_an_upgrade_waits_for_no_other_program_using_the_database(tmp_path: Path) -> None:
    """The file is swapped only when nobody else has it open: else it is refused untouched."""
    path = tmp_path / "office.sqlite"
    build_old_database(path, 20)
    other = sqlite3.connect(path)
    try:
        other.execute("PRAGMA journal_mode=WAL")
        other.execute("SELECT count(*) FROM cases").fetchone()
        with pytest.raises(DatabaseError, match="in use by another program"):
            open_database(sqlite_url(path))
    finally:
        other.close()
    assert _revision(path) == OLD_REVISION
    assert sorted(p.name for p in tmp_path.iterdir()) == ["office.sqlite"]
    handle = open_database(sqlite_url(path))  # once the other program closed it
    handle.close()
    assert _revision(path) == store_db.head_revision()


def test_a_new_database_is_created_whole_or_not_at_all(tmp_path: Path) -> None:
    path = tmp_path / "new" / "office.sqlite"
    handle = open_database(sqlite_url(path))
    try:
        assert handle.migration is not None and handle.migration.before is None
        assert handle.migration.backup is None
        assert handle.is_empty()
    finally:
        handle.close()
    assert os.listdir(path.parent) == ["office.sqlite"]
