"""The handover archive: the whole record in open files, re-imported with the same counts."""

from __future__ import annotations

import csv
import json
import os
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, select, text

from dialogue_app.cli import run
from dialogue_app.domain.cases import CaseType
from dialogue_app.domain.roles import Role
from dialogue_app.services.cases import CaseFilter, CaseService
from dialogue_app.services.container import Services
from dialogue_app.services.database import DatabaseHandle, open_database
from dialogue_app.services.errors import ServiceError
from dialogue_app.services.handover import export_archive, import_archive
from dialogue_app.store.database import sqlite_url
from dialogue_app.store.models import Base
from tests.clock import fixed_clock
from tests.services.accounts.staff_support import pg, staff  # noqa: F401
from tests.services.cases.case_fixtures import add_user


def _counts(handle: DatabaseHandle) -> dict[str, int]:
    with handle.engine.connect() as connection:
        return {
            table.name: int(connection.scalar(select(func.count()).select_from(table)) or 0)
            for table in Base.metadata.sorted_tables
        }


@pytest.fixture
def second_url(engine: str, tmp_path: Path) -> Iterator[str]:
    """Another new database of the same engine, to import into."""
    yield from _new_database(engine, tmp_path)


@pytest.fixture
def other_engine_url(engine: str, tmp_path: Path) -> Iterator[str]:
    """A new database of the other engine (PostgreSQL for SQLite and back), to import into."""
    if not os.environ.get("DIALOGUE_APP_TEST_POSTGRES_URL"):
        pytest.skip("needs PostgreSQL (DIALOGUE_APP_TEST_POSTGRES_URL)")
    yield from _new_database("postgres" if engine == "sqlite" else "sqlite", tmp_path)


def _new_database(engine: str, tmp_path: Path) -> Iterator[str]:
    if engine == "sqlite":
        yield sqlite_url(tmp_path / "second.sqlite")
        return
    base = os.environ["DIALOGUE_APP_TEST_POSTGRES_URL"]
    name = base.rsplit("/", 1)[1] + "_handover"
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
        connection.execute(text(f"CREATE DATABASE {name}"))
    yield base.rsplit("/", 1)[0] + "/" + name
    with admin.connect() as connection:
        connection.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
    admin.dispose()


def _with_attachment(db: DatabaseHandle) -> bytes:
    content = "Đơn của công dân\n".encode() + bytes(range(256))
    with db.engine.begin() as connection:
        event = connection.execute(text("SELECT id FROM case_events ORDER BY id LIMIT 1")).scalar()
        assert event is not None
        connection.execute(
            text(
                "INSERT INTO attachments (event_id, file_name, media_type, content) "
                "VALUES (:event, :name, 'application/octet-stream', :content)"
            ),
            {"event": event, "name": "đơn/khiếu nại?.bin", "content": content},
        )
    return content


def test_the_archive_reimports_into_an_empty_database_with_the_same_counts(
    db: DatabaseHandle, second_url: str, tmp_path: Path
) -> None:
    Services(db, clock=fixed_clock()).demo.load()
    content = _with_attachment(db)
    before = _counts(db)
    assert before["cases"] > 0 and before["conferences"] > 0 and before["attachments"] == 1
    archive = tmp_path / "handover.zip"
    result = export_archive(db.engine, archive, clock=fixed_clock())
    assert result.counts == before and result.files == 1
    with zipfile.ZipFile(archive) as opened:
        names = set(opened.namelist())
        assert {"README.md", "manifest.json", "tables/cases.csv"} <= names
        readme = opened.read("README.md").decode()
        assert "### cases" in readme and "| status |" in readme
        with opened.open("tables/attachments.csv") as stream:
            [row] = list(csv.DictReader(stream.read().decode("utf-8-sig").splitlines()))
        assert opened.read(row["content"]) == content
        assert json.loads(opened.read("manifest.json"))["tables"] == before

    target = open_database(second_url)
    try:
        imported = import_archive(target.engine, archive)
        assert imported.counts == before
        assert _counts(target) == before
        with target.engine.connect() as connection:
            stored = connection.execute(text("SELECT content FROM attachments")).scalar()
        assert bytes(stored) == content
        again = Services(target, clock=fixed_clock())
        first = Services(db, clock=fixed_clock())
        assert again.office.get_profile() == first.office.get_profile()
        # new rows get new ids (PostgreSQL's sequences follow the imported rows)
        with target.engine.begin() as connection:
            connection.execute(
                text("INSERT INTO case_fields (name, search_key) VALUES ('Mới', 'moi')")
            )
        with pytest.raises(ServiceError, match="already holds the office's records"):
            import_archive(target.engine, archive)
        assert _counts(target)["cases"] == before["cases"]
    finally:
        target.close()


def test_an_archive_moves_to_the_other_engine_and_search_finds_the_same_cases(
    db: DatabaseHandle, other_engine_url: str, tmp_path: Path
) -> None:
    # SQLite keeps the words of cases in its full-text table alone, PostgreSQL also in the word
    # table: the import indexes every case again from the cases themselves
    Services(db, clock=fixed_clock()).demo.load()
    archive = tmp_path / "handover.zip"
    export_archive(db.engine, archive, clock=fixed_clock())
    target = open_database(other_engine_url)
    try:
        import_archive(target.engine, archive)
        add_user(db, "head", can_view=True)
        add_user(target, "head", can_view=True)
        typed = ["dat", "nguyen van", "ĐKN", "2026", "khieu", "tranh chap dat dai xyz"]
        for user in ("clerk", "head"):
            for words in typed:
                mine = CaseService(db.uow, user, clock=fixed_clock())
                theirs = CaseService(target.uow, user, clock=fixed_clock())
                expected = {r.number for r in mine.list_page(CaseFilter(search=words)).rows}
                found = {r.number for r in theirs.list_page(CaseFilter(search=words)).rows}
                assert found == expected, (user, words)
                assert bool(expected) == (words != typed[-1]), words
        # a denunciator is found by name only by a user allowed to see denunciators
        with db.engine.connect() as connection:
            denunciator = connection.execute(
                text(
                    "SELECT citizens.full_name FROM citizens JOIN case_citizens "
                    "ON case_citizens.citizen_id = citizens.id JOIN cases "
                    "ON cases.id = case_citizens.case_id WHERE cases.case_type = 'denunciation' "
                    "ORDER BY cases.id LIMIT 1"
                )
            ).scalar_one()
        search = CaseFilter(search=denunciator)
        for handle in (db, target):
            assert CaseService(handle.uow, "head", clock=fixed_clock()).list_page(search).rows
            hidden = CaseService(handle.uow, "clerk", clock=fixed_clock()).list_page(search).rows
            assert all(row.case_type != CaseType.DENUNCIATION for row in hidden)
    finally:
        target.close()


def test_a_folder_archive_and_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "source.sqlite"
    assert run(["--database", str(source), "demo"]) == 0
    folder = tmp_path / "handover"
    assert run(["--database", str(source), "handover", "export", "-o", str(folder)]) == 0
    assert "Handover archive written" in capsys.readouterr().out
    assert (folder / "tables" / "conferences.csv").is_file()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no partial left
    assert run(["--database", str(source), "archive", "-o", str(tmp_path / "a.zip")]) == 0
    target = tmp_path / "target.sqlite"
    assert run(["--database", str(target), "handover", "import", str(folder)]) == 0
    assert "Imported" in capsys.readouterr().out
    first, second = open_database(sqlite_url(source)), open_database(sqlite_url(target))
    try:
        # the audit log differs by the exports and the import themselves (each logged after)
        mine, theirs = _counts(first), _counts(second)
        assert (mine.pop("audit_log"), theirs.pop("audit_log")) == (2, 1)
        assert mine == theirs
    finally:
        first.close()
        second.close()
    # the search index was rebuilt from the imported rows: the same search finds the same cases
    found = []
    for database in (source, target):
        search = ["--database", str(database), "cases", "list", "--search", "ĐẶNG VAN"]
        assert run([*search, "--format", "json"]) == 0
        found.append([case["id"] for case in json.loads(capsys.readouterr().out)])
    assert found[0] and found[0] == found[1]
    # a second export into the same, non-empty folder is refused
    assert run(["--database", str(source), "handover", "export", "-o", str(folder)]) == 1
    assert "not an empty folder" in capsys.readouterr().err


def test_bad_archives_import_nothing(db: DatabaseHandle, tmp_path: Path) -> None:
    not_zip = tmp_path / "x.zip"
    not_zip.write_bytes(b"PK\x03\x04 broken")
    with pytest.raises(ServiceError, match="not a handover archive"):
        import_archive(db.engine, not_zip)
    folder = tmp_path / "archive"
    export_archive(db.engine, folder, clock=fixed_clock())
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    manifest["schema"] = "9999"
    (folder / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    with pytest.raises(ServiceError, match="exported at schema 9999"):
        import_archive(db.engine, folder)
    manifest["schema"] = json.loads(json.dumps(export_manifest(db, tmp_path)))["schema"]
    manifest["tables"]["deadline_rules"] = 99
    (folder / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    before = _counts(db)
    with pytest.raises(ServiceError, match="archive is incomplete"):
        import_archive(db.engine, folder)
    assert _counts(db) == before  # all rows or none


def export_manifest(db: DatabaseHandle, tmp_path: Path) -> dict[str, object]:
    folder = tmp_path / "fresh"
    export_archive(db.engine, folder, clock=fixed_clock())
    return dict(json.loads((folder / "manifest.json").read_text(encoding="utf-8")))


def test_a_login_that_may_not_see_denunciators_can_neither_export_nor_import(
    tmp_path: Path,
    pg: DatabaseHandle,  # noqa: F811
) -> None:
    # its export would leave the denunciators out unnoticed, its import could not index them
    Services(pg, clock=fixed_clock()).demo.load()
    whole = tmp_path / "whole.zip"
    export_archive(pg.engine, whole, clock=fixed_clock())  # the owner's account: all of it
    clerk = staff(pg, "dlgh_thu", Role.CLERK)
    try:
        with pytest.raises(ServiceError, match="may not read all of it"):
            export_archive(clerk.engine, tmp_path / "part.zip", clock=fixed_clock())
        assert not (tmp_path / "part.zip").exists()
        with pytest.raises(ServiceError, match="Nothing was done"):
            import_archive(clerk.engine, whole)
    finally:
        clerk.close()
    head = staff(pg, "dlgh_truong", Role.HEAD)  # allowed to see denunciators: exports it all
    try:
        assert (
            export_archive(head.engine, tmp_path / "head.zip", clock=fixed_clock()).counts[
                "citizens"
            ]
            == _counts(pg)["citizens"]
        )
    finally:
        head.close()
