"""``backup now``, ``backup list [--format json]`` and ``restore --latest`` on the command line."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from dialogue_app.cli import run
from dialogue_app.services.clock import CLOCK_VARIABLE
from tests.clock import TODAY
from tests.services.backups.support import add_fields, count, make_office


@pytest.fixture
def office(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("DIALOGUE_APP_DATA_DIR", str(tmp_path / "home"))  # its own settings
    monkeypatch.setenv(CLOCK_VARIABLE, f"{TODAY.isoformat()}T08:00+07:00")
    data = tmp_path / "data"
    data.mkdir()
    return make_office(data)


def test_backup_now_list_and_restore_latest(
    office: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    database = ["--database", str(office)]
    assert run([*database, "backup", "list"]) == 0
    assert "(none)" in capsys.readouterr().out
    assert run([*database, "backup", "now"]) == 0
    assert "checked" in capsys.readouterr().out
    add_fields(office, 4)
    assert run([*database, "backup", "list", "--format", "json"]) == 0
    [row] = json.loads(capsys.readouterr().out)
    assert row["cases"] == 0 and row["conferences"] == 0 and row["documents"] == 0
    assert row["taken_at"] == f"{TODAY.isoformat()}T08:00:00+07:00"
    assert row["size"] == Path(row["file"]).stat().st_size and row["readable"]
    assert run([*database, "backup", "list"]) == 0
    assert Path(row["file"]).name in capsys.readouterr().out

    monkeypatch.setenv(CLOCK_VARIABLE, f"{TODAY.isoformat()}T10:00+07:00")
    assert run([*database, "restore", "--latest"]) == 0
    out = capsys.readouterr().out
    assert "restored from" in out and "backed up to" in out
    assert count(office, "case_fields") == 5


def test_restore_latest_without_backups_and_backup_without_target_say_what_to_do(
    office: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(["--database", str(office), "restore", "--latest"]) == 1
    assert "There is no backup in" in capsys.readouterr().err
    assert run(["--database", str(office), "backup"]) == 1
    assert "backup -o FILE, or backup now" in capsys.readouterr().err


def test_restore_latest_refuses_a_damaged_backup(
    office: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(["--database", str(office), "backup", "now"]) == 0
    [backup] = (office.parent / "backups").iterdir()
    data = bytearray(backup.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)
    backup.write_bytes(bytes(data))
    capsys.readouterr()
    assert run(["--database", str(office), "restore", "--latest"]) == 1
    assert "cannot be restored" in capsys.readouterr().err
    with sqlite3.connect(office) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    connection.close()
