"""``dialogue-app cases list`` and ``cases import``: formats, filters, errors."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from dialogue_app.cli import run
from dialogue_app.services.database import DatabaseHandle
from tests.clock import TODAY, fixed_clock
from tests.services.cases.case_fixtures import ensure_rules
from tests.services.cases.test_case_import import GOOD, HEADER, count, write


def test_import_then_list_in_every_format(
    db: DatabaseHandle, database_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ensure_rules(db)
    path = write(tmp_path, [HEADER, *GOOD])
    assert run(["--database", database_url, "cases", "import", str(path)]) == 0
    out = capsys.readouterr().out
    assert "3 cases imported" in out and "New communes: Cẩm Lộc, Xã Mới" in out

    assert run(["--database", database_url, "cases", "list", "--format", "json"]) == 0
    records = json.loads(capsys.readouterr().out)
    assert len(records) == 3
    need = {"id", "number", "type", "status", "received_on", "deadline", "overdue", "agency",
            "commune"}  # fmt: skip
    assert need <= set(records[0])
    hidden = next(r for r in records if r["type"] == "denunciation")
    assert hidden["citizens"] == "[confidential]"

    assert run(["--database", database_url, "cases", "list", "--search", "ĐẶNG VAN", "--format",
                "csv"]) == 0  # fmt: skip
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert [r["citizens"] for r in rows] == ["Đặng Văn Đức"]

    assert run(["--database", database_url, "cases", "list", "--status", "resolved"]) == 0
    table = capsys.readouterr().out
    assert "recommendation" in table and "complaint" not in table

    assert run(["--database", database_url, "cases", "list", "--overdue", "--status", "open",
                "--format", "json"]) == 0  # fmt: skip
    overdue = json.loads(capsys.readouterr().out)
    assert overdue and all(r["overdue"] for r in overdue)


def test_import_errors_go_to_stderr_and_nothing_is_saved(
    db: DatabaseHandle, database_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(tmp_path, [HEADER, GOOD[0], GOOD[1].replace("2026-01-06", "2026-02-30")])
    assert run(["--database", database_url, "cases", "import", str(path)]) == 1
    err = capsys.readouterr().err
    assert "Row 3, column received_on" in err and "Nothing was imported" in err
    assert count(db) == 0
    assert run(["--database", database_url, "cases", "import", str(tmp_path / "nope.csv")]) == 1
    assert "does not exist" in capsys.readouterr().err


def test_bad_status_is_a_usage_error(database_url: str) -> None:
    with pytest.raises(SystemExit) as caught:
        run(["--database", database_url, "cases", "list", "--status", "lost"])
    assert caught.value.code == 2


def test_import_summary_uses_singular_and_plural(
    db: DatabaseHandle, database_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ensure_rules(db)
    assert (
        run(
            ["--database", database_url, "cases", "import", str(write(tmp_path, [HEADER, GOOD[0]]))]
        )
        == 0
    )
    out = capsys.readouterr().out
    assert out.startswith("1 case imported (1 new citizen).") and "cases" not in out.split("\n")[0]
    later = GOOD[0].replace("2026-01-05", "2026-01-15")
    path = write(tmp_path, [HEADER, later, GOOD[1], GOOD[2]], name="more.csv")
    assert run(["--database", database_url, "cases", "import", str(path)]) == 0
    out = capsys.readouterr().out
    assert "3 cases imported (2 new citizens)." in out
    assert "1 linked as a repeat petition." in out


def test_importing_a_file_twice_fails_naming_the_rows(
    db: DatabaseHandle, database_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ensure_rules(db)
    path = write(tmp_path, [HEADER, *GOOD])
    assert run(["--database", database_url, "cases", "import", str(path)]) == 0
    capsys.readouterr()
    assert run(["--database", database_url, "cases", "import", str(path)]) == 1
    err = capsys.readouterr().err
    assert "Nothing was imported" in err and "3 of the 3 rows are already in the register" in err
    # an imported case gets the register's number (issue 18)
    assert "Row 2: this row was already imported as case 1/ĐKN-2026 (#" in err
    assert count(db) == 3


def test_an_exported_file_names_the_ignored_computed_columns(
    db: DatabaseHandle, database_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ensure_rules(db)
    header = HEADER + ",Days left,Hạn giải quyết"
    path = write(tmp_path, [header, GOOD[0] + ",-3,2026-01-15"])
    assert run(["--database", database_url, "cases", "import", str(path)]) == 0
    out = capsys.readouterr().out
    assert "Columns ignored because the app computes them: Days left, Hạn giải quyết." in out


def test_list_the_denunciators_still_to_notify(
    db: DatabaseHandle, database_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    from datetime import timedelta

    from dialogue_app.domain.cases import CaseStatus, CaseType
    from dialogue_app.services.cases import CaseDraft, CaseService, CitizenInput

    ensure_rules(db)
    service = CaseService(db.uow, clock=fixed_clock())
    today = TODAY
    for number, case_type in (("TC-1", CaseType.DENUNCIATION), ("KN-1", CaseType.COMPLAINT)):
        case = service.register(
            CaseDraft(today - timedelta(days=3), case_type, (CitizenInput("Lê Văn Tám"),),
                      number=number)
        ).case  # fmt: skip
        service.change_status(case.id, CaseStatus.ACCEPTED, on=today - timedelta(days=2))
    assert run(["--database", database_url, "cases", "list", "--to-notify", "--format",
                "json"]) == 0  # fmt: skip
    (record,) = json.loads(capsys.readouterr().out)
    assert record["number"] == "TC-1" and record["citizens"] == "[confidential]"
    assert record["notify_deadline"] > today.isoformat() and record["notified_on"] is None
