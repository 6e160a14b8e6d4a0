"""``dialogue-app report``: the JSON contract, files in every format, bad input."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from openpyxl import load_workbook

from dialogue_app.cli import run
from dialogue_app.services.database import DatabaseHandle
from tests.services.reports import report_fixtures


def test_json_for_a_range(db: DatabaseHandle, database_url: str, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("DIALOGUE_APP_CLOCK", report_fixtures.TODAY.isoformat())
    report_fixtures.build(db)
    assert run(["--database", database_url, "report", "--from", "2026-03-01", "--to",
                "2026-03-31"]) == 0  # fmt: skip
    data = json.loads(capsys.readouterr().out)
    assert data["period"]["from"] == "2026-03-01" and data["period"]["to"] == "2026-03-31"
    assert data["citizens_received"] == 17
    assert data["cases_received"] == 4
    assert data["cases_by_type"] == {
        "complaint": 1, "denunciation": 1, "recommendation": 1, "feedback": 1,
    }  # fmt: skip
    within = data["within_competence"]
    assert (within["total"], within["resolved"], within["rate_percent"]) == (5, 2, 40.0)
    assert data["overdue"] == 2
    assert data["cases_carried_over"] + data["cases_received"] == data["cases_total"] == 7


def test_files_in_every_format(
    db: DatabaseHandle, database_url: str, tmp_path: Path, capsys
) -> None:  # type: ignore[no-untyped-def]
    report_fixtures.build(db)
    base = ["--database", database_url, "report", "--from", "2026-03-01", "--to", "2026-03-31"]
    assert run([*base, "--format", "xlsx", "-o", str(tmp_path / "r.xlsx")]) == 0
    assert load_workbook(tmp_path / "r.xlsx")["Theo loại"] is not None
    assert run([*base, "--format", "csv"]) == 0
    assert "Khiếu nại,3,1,4" in capsys.readouterr().out
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (Debian poppler-utils) is not installed: cannot read the PDF back")
    assert run([*base, "--format", "pdf", "-o", str(tmp_path / "r.pdf")]) == 0
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(tmp_path / "r.pdf"), "-"],
        check=True, capture_output=True, text=True, encoding="utf-8",
    ).stdout  # fmt: skip
    assert "TIẾP CÔNG DÂN" in text


def test_bad_input_says_what_to_fix(
    db: DatabaseHandle, database_url: str, tmp_path: Path, capsys
) -> None:  # type: ignore[no-untyped-def]
    base = ["--database", database_url, "report"]
    assert run([*base, "--from", "2026-03-05", "--to", "2026-03-01"]) == 1
    assert "before it starts" in capsys.readouterr().err
    assert run([*base, "--format", "xlsx"]) == 1
    assert "-o report.xlsx" in capsys.readouterr().err
    assert run([*base, "--unit", "999"]) == 1
    assert "no administrative unit" in capsys.readouterr().err
    # an empty database: an honest empty report, rates null
    assert run([*base, "--from", "2026-03-01", "--to", "2026-03-31"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["cases_received"] == 0 and data["within_competence"]["rate_percent"] is None
