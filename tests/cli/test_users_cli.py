"""``dialogue-app users``: staff accounts as PostgreSQL logins, from the command line."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from dialogue_app.cli import run
from dialogue_app.services.database import DatabaseHandle
from tests.services.accounts.staff_support import PASSWORD, pg  # noqa: F401


def test_users_add_list_set_role_disable(
    pg: DatabaseHandle,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("NEW_PASSWORD", PASSWORD)
    base = ["--database", pg.url, "users"]
    assert run([*base, "add", "dlgh_lan", "--role", "clerk", "--name", "Lê Thị Lan",
                "--password-env", "NEW_PASSWORD"]) == 0  # fmt: skip
    assert run([*base, "set-role", "dlgh_lan", "viewer"]) == 0
    capsys.readouterr()
    assert run([*base, "list", "--format", "json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert listed == [{"login": "dlgh_lan", "name": "Lê Thị Lan", "role": "viewer", "active": True}]
    engine = create_engine(make_url(pg.url).set(username="dlgh_lan", password=PASSWORD))
    with engine.connect() as sql:
        assert sql.scalar(text("SELECT current_user")) == "dlgh_lan"
    engine.dispose()
    assert run([*base, "disable", "dlgh_lan"]) == 0
    assert run([*base, "add", "dlgh_lan", "--role", "clerk", "--password-env", "NOPE"]) == 1
    error = capsys.readouterr().err
    assert "NOPE" in error and PASSWORD not in error


def test_users_on_a_sqlite_file_say_why_not(
    tmp_path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("NEW_PASSWORD", PASSWORD)
    status = run(["--database", str(tmp_path / "d.sqlite"), "users", "add", "lan", "--role",
                  "clerk", "--password-env", "NEW_PASSWORD"])  # fmt: skip
    assert status == 1
    assert "PostgreSQL" in capsys.readouterr().err
