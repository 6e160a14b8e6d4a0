"""``cases list --format csv`` never writes a formula a spreadsheet would run; ``cases import``
of a bad file fails (exit 1) with the row and what to fix; exported calendars and e-mails follow
the user's umask, so colleagues can open them (issue 11, item 5)."""

from __future__ import annotations

import csv
import io
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from ics_support import seed_office
from sqlalchemy import update

from dialogue_app.cli import run
from dialogue_app.services.database import DatabaseHandle
from dialogue_app.services.files import write_atomically
from dialogue_app.store.models import Case
from tests.services.cases.case_fixtures import ensure_rules
from tests.services.cases.test_case_import import GOOD, HEADER, count, write


def test_list_as_csv_guards_formulas(
    db: DatabaseHandle, database_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ensure_rules(db)
    rows = [
        GOOD[0].replace("Tranh chấp", '"=HYPERLINK(""http://x"",""y"")"'),
        GOOD[2].replace("=HYPERLINK(1)", "+cmd|' /C calc'!A0"),
    ]
    assert (
        run(["--database", database_url, "cases", "import", str(write(tmp_path, [HEADER, *rows]))])
        == 0
    )
    capsys.readouterr()
    assert run(["--database", database_url, "cases", "list", "--format", "csv"]) == 0
    records = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    summaries = sorted(r["summary"] for r in records)
    assert summaries == ["'+cmd|' /C calc'!A0", '\'=HYPERLINK("http://x","y")']
    assert all(not r["id"].startswith("'") for r in records)  # numbers stay numbers
    # the table for a terminal shows no escape sequence (a text stored before it was refused)
    with db.uow.begin() as session:
        session.execute(update(Case).values(summary="\x1b[2J\x1b[31mRed"))
    assert run(["--database", database_url, "cases", "list"]) == 0
    table = capsys.readouterr().out
    assert "\x1b" not in table and "?[2J?[31mRed" in table


def test_import_of_a_broken_file_fails_naming_the_row(
    db: DatabaseHandle, database_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ensure_rules(db)
    broken = GOOD[0].replace("Tranh chấp", '"Tranh chấp')
    path = write(tmp_path, [HEADER, broken, GOOD[1]])
    assert run(["--database", database_url, "cases", "import", str(path)]) == 1
    err = capsys.readouterr().err
    assert "Row 2: a quotation mark" in err and "Nothing was imported" in err
    assert "Traceback" not in err
    assert count(db) == 0
    long_name = GOOD[1].replace("Nguyễn Thị Hoa", "Đ" * 201)
    path = write(tmp_path, [HEADER, long_name], name="long.csv")
    assert run(["--database", database_url, "cases", "import", str(path)]) == 1
    assert "Row 2, column citizen_name: the text is too long; at most 200 characters." in (
        capsys.readouterr().err
    )
    assert count(db) == 0


@pytest.fixture
def umask() -> Iterator[None]:
    previous = os.umask(0o022)
    yield
    os.umask(previous)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_files_written_whole_follow_the_umask(umask: None, tmp_path: Path) -> None:
    assert mode(write_atomically(tmp_path / "a.ics", b"x")) == 0o644
    os.umask(0o077)
    assert mode(write_atomically(tmp_path / "b.ics", b"x")) == 0o600
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.ics", "b.ics"]  # no .part left


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_exported_invitations_can_be_opened_by_colleagues(
    umask: None, db: DatabaseHandle, database_url: str, tmp_path: Path
) -> None:
    office = seed_office(db)
    for name, extra in (("moi.ics", []), ("moi.eml", ["--eml"])):
        target = tmp_path / name
        args = ["--database", database_url, "ics", "invite", str(office.dialogue_id)]
        assert run([*args, "-o", str(target), *extra]) == 0
        assert mode(target) == 0o644, name
