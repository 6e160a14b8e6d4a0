"""The command line as IT staff use it: upgrade, demo, conferences list, backup and restore."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from pathlib import Path

import pytest

from dialogue_app.cli import run
from dialogue_app.store.database import sqlite_url


def test_db_upgrade_creates_then_reports_up_to_date(
    empty_database_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(["--database", empty_database_url, "db", "upgrade"]) == 0
    assert "empty →" in capsys.readouterr().out
    assert run(["--database", empty_database_url, "db", "upgrade"]) == 0
    assert "already at the newest schema" in capsys.readouterr().out


def test_demo_then_conferences_list_in_every_format(
    database_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(["--database", database_url, "demo"]) == 0
    assert "fictional" in capsys.readouterr().out

    assert run(["--database", database_url, "conferences", "list", "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    dialogue = next(r for r in rows if "cao tốc Bắc – Nam" in r["title"])
    for key in (
        "id",
        "uid",
        "title",
        "kind",
        "status",
        "start",
        "end",
        "venue",
        "chairs",
        "sequence",
    ):
        assert key in dialogue
    assert dialogue["start"].endswith("+07:00")
    assert dialogue["kind"] == "dialogue"
    assert dialogue["chairs"] and all(isinstance(c, str) for c in dialogue["chairs"])

    assert run(["--database", database_url, "conferences", "list", "--format", "csv"]) == 0
    table = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert {r["uid"] for r in table} == {r["uid"] for r in rows}

    assert run(["--database", database_url, "conferences", "list"]) == 0
    assert "Hội trường" in capsys.readouterr().out

    # the demo loads only into an empty database, and says so
    assert run(["--database", database_url, "demo"]) == 1
    assert "already holds data" in capsys.readouterr().err


def test_conferences_list_filters_by_dates(
    database_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    run(["--database", database_url, "demo"])
    capsys.readouterr()
    run(["--database", database_url, "conferences", "list", "--format", "json"])
    every = json.loads(capsys.readouterr().out)
    first_day = min(r["start"][:10] for r in every)
    run(
        [
            "--database",
            database_url,
            "conferences",
            "list",
            "--format",
            "json",
            "--from",
            first_day,
            "--to",
            first_day,
        ]
    )
    only = json.loads(capsys.readouterr().out)
    assert only and all(r["start"][:10] == first_day for r in only)
    assert len(only) < len(every)


def test_bad_dates_are_explained(database_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        run(["--database", database_url, "conferences", "list", "--from", "15/03/2026"])
    assert exit_info.value.code == 2
    assert "YYYY-MM-DD" in capsys.readouterr().err
    code = run(
        [
            "--database",
            database_url,
            "conferences",
            "list",
            "--from",
            "2026-03-15",
            "--to",
            "2026-03-01",
        ]
    )
    assert code == 1
    assert "--to is before --from" in capsys.readouterr().err


def test_unreachable_database_is_an_error_message_not_a_traceback(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code = run(
        ["--database", "postgresql+psycopg://nobody@127.0.0.1:1/none", "conferences", "list"]
    )
    assert code == 1
    err = capsys.readouterr().err
    assert "Cannot connect to the PostgreSQL server" in err
    assert "Traceback" not in err


def test_backup_and_restore_round_trip(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    url = sqlite_url(tmp_path / "office.sqlite")
    assert run(["--database", url, "demo"]) == 0
    copy = tmp_path / "backups" / "office-copy.sqlite"
    assert run(["--database", url, "backup", "-o", str(copy)]) == 0
    with sqlite3.connect(copy) as connection:
        assert connection.execute("SELECT count(*) FROM conferences").fetchone()[0] >= 4
    connection.close()
    # lose data, then restore the backup
    with sqlite3.connect(tmp_path / "office.sqlite") as connection:
        connection.execute("DELETE FROM agenda_items")
    connection.close()
    assert run(["--database", url, "restore", str(copy)]) == 0
    out = capsys.readouterr().out
    assert "kept at" in out
    with sqlite3.connect(tmp_path / "office.sqlite") as connection:
        assert connection.execute("SELECT count(*) FROM agenda_items").fetchone()[0] > 0
    connection.close()


def test_restore_refuses_a_file_that_is_not_a_backup(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = sqlite_url(tmp_path / "office.sqlite")
    run(["--database", url, "demo"])
    bogus = tmp_path / "notes.sqlite"
    bogus.write_text("biên bản họp", encoding="utf-8")
    assert run(["--database", url, "restore", str(bogus)]) == 1
    assert "is not a Dialogue Desk database" in capsys.readouterr().err
    with sqlite3.connect(tmp_path / "office.sqlite") as connection:
        assert connection.execute("SELECT count(*) FROM conferences").fetchone()[0] >= 4
    connection.close()
