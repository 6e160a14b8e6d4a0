"""``dialogue-app report --form``: the JSON contract of DESIGN §6, the workbook read back with
openpyxl (merged headers, codes, numbers as numbers), bad input."""

from __future__ import annotations

import json
from pathlib import Path

from openpyxl import load_workbook

from dialogue_app.cli import run
from dialogue_app.domain.forms import LAYOUTS, FormCode, broken_identities
from dialogue_app.services.database import DatabaseHandle
from tests.services.reports import form_fixtures

MARCH = ["--from", "2026-03-01", "--to", "2026-03-31"]


def test_json_contract(db: DatabaseHandle, database_url: str, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("DIALOGUE_APP_CLOCK", form_fixtures.TODAY.isoformat())
    _units, expected = form_fixtures.build_tcd(db)
    assert run(["--database", database_url, "report", "--form", "01/TCD", *MARCH]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["form"] == "01/TCD"
    assert data["period"] == {"from": "2026-03-01", "to": "2026-03-31"}
    assert [c["code"] for c in data["columns"]] == [str(i) for i in range(1, 30)]
    sixth = data["columns"][5]  # a title alone ("Tiếp lần đầu") says little: its groups too
    assert sixth["title"] == "Tiếp lần đầu"
    assert sixth["groups"] == ["Tiếp thường xuyên", "Vụ việc"]
    assert sixth["label"] == "Tiếp thường xuyên – Vụ việc – Tiếp lần đầu"
    assert data["columns"][0]["label"] == "Tổng số – Lượt tiếp"
    assert data["statutory"] is True
    assert [row["unit"] for row in data["rows"]] == ["Xã An", "Xã Bình"]
    assert [row["values"] for row in data["rows"]] == list(expected.values())
    assert data["total"]["1"] == 5 and data["total"]["2"] == 15
    for values in [*(row["values"] for row in data["rows"]), data["total"]]:
        assert broken_identities(LAYOUTS[FormCode.TCD], values) == []


def test_workbook_in_the_forms_layout(
    db: DatabaseHandle, database_url: str, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    form_fixtures.build_kqgq(db)
    out = tmp_path / "kqgq.xlsx"
    base = ["--database", database_url, "report", "--form", "01/kqgq", *MARCH]
    assert run([*base, "--format", "xlsx", "-o", str(out)]) == 0
    sheet = load_workbook(out).active
    cells = {c.value: c for row in sheet.iter_rows() for c in row if c.value is not None}
    assert "Biểu số 01/KQGQ" in cells
    assert "Số liệu tính từ ngày 01/03/2026 đến ngày 31/03/2026" in cells
    assert any(str(v).startswith("Ghi chú:") for v in cells)
    assert "THỦ TRƯỞNG ĐƠN VỊ" in cells and "NGƯỜI LẬP BIỂU" in cells
    merged = {str(r) for r in sheet.merged_cells.ranges}
    group = cells["Giải quyết lần đầu"]
    assert (
        f"{group.coordinate}:{sheet.cell(row=group.row, column=group.column + 2).coordinate}"
        in merged
    )
    code_row = cells["MS"].row
    codes = [sheet.cell(row=code_row, column=c).value for c in range(2, 28)]
    assert codes == [str(i) for i in range(1, 27)]
    total_row = cells["Tổng cộng"].row
    values = {codes[i]: sheet.cell(row=total_row, column=i + 2).value for i in range(26)}
    assert values["1"] == 6 and isinstance(values["1"], int)
    assert values["7"] == 12.5 and values["8"] == 100
    unit_row = cells["Xã An"].row
    assert sheet.cell(row=unit_row, column=2).value == 6
    assert broken_identities(LAYOUTS[FormCode.KQGQ], values) == []


def test_json_file_and_every_form(db: DatabaseHandle, database_url: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    form_fixtures.build_xld(db)
    for code in FormCode:
        out = tmp_path / f"{code.value.replace('/', '-')}.txt"
        base = ["--database", database_url, "report", "--form", code.value, *MARCH]
        assert run([*base, "--format", "json", "-o", str(out)]) == 0
        assert json.loads(out.read_text(encoding="utf-8"))["form"] == code.value


def test_bad_input_says_what_to_fix(
    db: DatabaseHandle, database_url: str, tmp_path: Path, capsys
) -> None:  # type: ignore[no-untyped-def]
    base = ["--database", database_url, "report"]
    assert run([*base, "--form", "01/XYZ", *MARCH]) == 1
    assert "01/TCD, 01/XLD" in capsys.readouterr().err
    assert run([*base, "--form", "01/TCD", "--format", "csv", *MARCH]) == 1
    assert "xlsx, pdf or json" in capsys.readouterr().err
    assert run([*base, "--form", "01/TCD", "--format", "xlsx", *MARCH]) == 1
    assert "-o form.xlsx" in capsys.readouterr().err
    units = form_fixtures.build_xld(db)[0]
    from dialogue_app.services.reports.forms import FormService
    from tests.clock import fixed_clock

    FormService(db.uow, clock=fixed_clock()).set_opening_balance(
        FormCode.XLD, units.a, form_fixtures.START, 2
    )
    out = tmp_path / "feb.xlsx"
    febr = ["--from", "2026-02-01", "--to", "2026-02-28"]
    assert run([*base, "--form", "01/XLD", *febr, "--format", "xlsx", "-o", str(out)]) == 1
    assert "opening balance" in capsys.readouterr().err
    assert not out.exists()


def test_opening_balance_commands(db: DatabaseHandle, database_url: str, capsys) -> None:  # type: ignore[no-untyped-def]
    units, _expected = form_fixtures.build_xld(db)
    base = ["--database", database_url, "opening-balance"]
    assert run([*base, "set", "01/XLD", "--from", "2026-03-01", "--carried", "7",
                "--unit", str(units.a)]) == 0  # fmt: skip
    assert run([*base, "set", "01/XLD", "--from", "2026-03-01", "--carried", "-1"]) == 1
    assert "negative" in capsys.readouterr().err
    assert run([*base, "list", "--format", "json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert listed == [
        {"form": "01/XLD", "unit_id": units.a, "unit": "Xã An", "from": "2026-03-01",
         "carried_over": 7}
    ]  # fmt: skip
    assert run(["--database", database_url, "report", "--form", "01/XLD", *MARCH]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["rows"][0]["values"]["2"] == 2 + 7
    assert data["opening_balance_from"] == "2026-03-01"


def test_the_denunciation_table_says_it_is_a_working_table(
    db: DatabaseHandle, database_url: str, tmp_path: Path, capsys
) -> None:  # type: ignore[no-untyped-def]
    form_fixtures.build_kqgq(db)
    base = ["--database", database_url, "report", "--form", "02/KQGQ", *MARCH]
    assert run(base) == 0
    assert json.loads(capsys.readouterr().out)["statutory"] is False
    out = tmp_path / "tc.xlsx"
    assert run([*base, "--format", "xlsx", "-o", str(out)]) == 0
    values = {c.value for row in load_workbook(out).active.iter_rows() for c in row}
    assert "Bảng tổng hợp nội bộ (không phải biểu mẫu ban hành)" in values
    assert not any(str(v).startswith("Biểu số") for v in values if v)
