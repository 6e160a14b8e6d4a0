"""The command line's error boundary (``cli.run_command``): every failure is a message on
stderr in words, with exit status 1 and no traceback; the traceback goes to the log file, and
a citizen's name and ID number go nowhere. Real failures only."""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from failure_cases import (
    SECRET_ID,
    SECRET_NAME,
    disk_full,
    sqlite_folder_removed,
    stale_conference,
    too_long_national_id,
    unreachable_server,
)

from dialogue_app.cli import run_command
from dialogue_app.cli.context import CommandContext
from dialogue_app.store.models import Citizen

ROOT = Path(__file__).resolve().parents[2]


def run_failing(
    url: str, work: Callable[[CommandContext], object], capsys: pytest.CaptureFixture[str]
) -> tuple[int, str, Path | None]:
    """Run a command whose ``work`` fails; return its status, stderr and the log file named."""

    def handler(args: argparse.Namespace, context: CommandContext) -> int:
        work(context)
        return 0

    status = run_command(handler, argparse.Namespace(database=url, command="test"))
    err = capsys.readouterr().err
    named = re.search(r"the details are in the log file (.+)$", err, re.MULTILINE)
    return status, err, Path(named.group(1)) if named else None


def assert_clean(err: str) -> None:
    assert err.startswith("dialogue-app: error: ")
    for raw in ("Traceback", "sqlalchemy", "psycopg", "sqlite3", "[SQL", SECRET_NAME, SECRET_ID):
        assert raw not in err


def assert_logged_safely(log_file: Path | None, *expected: str) -> None:
    assert log_file is not None and log_file.exists()
    logged = log_file.read_text(encoding="utf-8")
    assert "Traceback (most recent call last)" in logged
    for text in expected:
        assert text in logged
    assert SECRET_NAME not in logged and SECRET_ID not in logged


def test_a_unique_conflict_met_by_a_command(
    database_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    def work(context: CommandContext) -> None:
        uow = context.database().uow
        with uow.begin() as session:
            session.add(Citizen(full_name="Nguyễn Văn Đã Có", national_id=SECRET_ID))
        with uow.begin() as session:
            session.add(Citizen(full_name=SECRET_NAME, national_id=SECRET_ID))

    status, err, log_file = run_failing(database_url, work, capsys)

    assert status == 1
    assert_clean(err)
    assert "This was not saved: the database already holds a record with the same number" in err
    assert_logged_safely(log_file, "command test", "IntegrityError")


@pytest.mark.parametrize("case", ["stale", "too long"])
def test_stale_records_and_values_too_long_met_by_a_command(
    case: str, database_url: str, engine: str, capsys: pytest.CaptureFixture[str]
) -> None:
    if case == "too long" and engine != "postgres":
        pytest.skip("SQLite does not enforce string lengths")
    make = stale_conference if case == "stale" else too_long_national_id

    def work(context: CommandContext) -> None:
        raise make(context.database())

    status, err, log_file = run_failing(database_url, work, capsys)

    assert status == 1
    assert_clean(err)
    expected = {
        "stale": "Somebody else changed this record while you were working on it",
        "too long": "This was not saved: a value is longer than the database allows.",
    }[case]
    assert expected in err
    assert_logged_safely(log_file)


def test_a_lost_database_and_a_full_disk_met_by_a_command(
    _sqlite_template: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = f"sqlite:///{tmp_path / 'unused.sqlite'}"
    failures = {
        "The database file cannot be opened any more": sqlite_folder_removed(
            _sqlite_template, tmp_path
        ),
        "The disk is full. Nothing was saved.": disk_full(),
    }
    for expected, error in failures.items():

        def work(context: CommandContext, error: BaseException = error) -> None:
            raise error

        status, err, log_file = run_failing(url, work, capsys)
        assert status == 1
        assert_clean(err)
        assert expected in err
        assert_logged_safely(log_file)


def test_an_unreachable_server_met_by_a_command(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pytest.importorskip("psycopg")
    error = unreachable_server()

    def work(context: CommandContext) -> None:
        raise error

    status, err, _log = run_failing(f"sqlite:///{tmp_path / 'x.sqlite'}", work, capsys)
    assert status == 1
    assert_clean(err)
    assert "The database cannot be reached" in err


def test_a_bug_in_a_command_is_logged_not_printed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    def work(context: CommandContext) -> None:
        {}["missing-key"]

    status, err, log_file = run_failing(f"sqlite:///{tmp_path / 'x.sqlite'}", work, capsys)
    assert status == 1
    assert_clean(err)
    assert "missing-key" not in err and "KeyError" not in err
    assert "Dialogue Desk met a problem it did not expect." in err
    assert_logged_safely(log_file, "KeyError: 'missing-key'", "in work")


def test_a_refusal_is_printed_as_before_and_not_logged(
    database_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    from dialogue_app.cli import run

    assert run(["--database", database_url, "ics", "invite", "999", "-o", "x.ics"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("dialogue-app: error: ") and "log file" not in err
    assert "Traceback" not in err


def test_a_report_written_to_a_full_disk_fails_in_words(database_url: str, engine: str) -> None:
    """The real program, its output sent to a full disk (Linux's /dev/full)."""
    if engine != "sqlite":
        pytest.skip("one engine is enough for the terminal")
    with open("/dev/full", "w", encoding="utf-8") as full:  # noqa: PTH123
        done = subprocess.run(
            [sys.executable, "-m", "dialogue_app", "--database", database_url, "report"],
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            cwd=ROOT,
            env={**os.environ, "PYTHONWARNINGS": "error"},
            timeout=120,
            check=False,
        )
    assert done.returncode == 1
    assert done.stderr.startswith("dialogue-app: error: The disk is full."), done.stderr
    assert "Traceback" not in done.stderr and "Exception ignored" not in done.stderr


@pytest.mark.parametrize(
    "url", ["postgresql+psycopg://clerk@db.office:abc/dialogue", "not a url://"]
)
def test_a_database_address_that_is_not_one_is_named(
    url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    from dialogue_app.cli import run

    status = run(["--database", url, "cases", "list"])
    err = capsys.readouterr().err
    assert status != 0
    assert "is not a database address" in err and "Traceback" not in err


def test_a_file_name_that_is_a_folder_is_named_as_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from dialogue_app.cli import run

    url = f"sqlite:///{tmp_path / 'office.sqlite'}"
    folder = tmp_path / "Lich"
    folder.mkdir()
    for command in (["ics", "schedule", "-o", str(folder)], ["backup", "-o", str(folder)]):
        status = run(["--database", url, *command])
        err = capsys.readouterr().err
        assert status != 0, command
        assert "that name belongs to a folder" in err, err
        assert "Traceback" not in err and "Errno" not in err
    assert sorted(p.name for p in folder.iterdir()) == []  # nothing left inside
