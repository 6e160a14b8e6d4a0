"""``dialogue-app conferences list``: JSON fields, filters and errors."""

from __future__ import annotations

import json

import pytest

from dialogue_app.cli import run
from dialogue_app.domain.conferences import ConferenceKind
from dialogue_app.services.conferences import ConferenceService
from dialogue_app.services.database import DatabaseHandle
from tests.clock import fixed_clock
from tests.services.scheduling_fixtures import EARLY, add_official, add_venue, at, draft


def test_list_json_and_filters(
    db: DatabaseHandle, database_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    leader = add_official(db, "Đặng Văn Đức")
    hall = add_venue(db, "Hội trường xã")
    planner = ConferenceService(db.uow, clock=fixed_clock(EARLY))
    planner.create(draft(at(10, 8), at(10, 10), chairs=(leader,), venue_id=hall))
    planner.create(draft(at(11, 8), at(11, 10), title="Tiếp dân", kind=ConferenceKind.RECEPTION))
    assert run(["--database", database_url, "conferences", "list", "--format", "json"]) == 0
    records = json.loads(capsys.readouterr().out)
    assert len(records) == 2
    first = records[0]
    assert {
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
    } <= set(first)
    assert first["start"] == "2026-03-10T08:00:00+07:00" and first["venue"] == "Hội trường xã"
    assert first["chairs"] == ["Đặng Văn Đức"]
    args = ["--database", database_url, "conferences", "list", "--format", "json"]
    assert run([*args, "--kind", "reception"]) == 0
    assert [r["title"] for r in json.loads(capsys.readouterr().out)] == ["Tiếp dân"]
    assert run([*args, "--leader", "dang van duc"]) == 0
    assert len(json.loads(capsys.readouterr().out)) == 1
    assert run([*args, "--leader", "Nobody"]) == 1
    assert "No leader" in capsys.readouterr().err
    assert run([*args, "--from", "2026-03-11", "--to", "2026-03-10"]) == 1
