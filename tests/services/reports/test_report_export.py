"""The report's Excel workbook and CSV file, read back (openpyxl, csv)."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from openpyxl import load_workbook

from dialogue_app.domain.periods import month_period
from dialogue_app.services.errors import CannotSave, ValidationError
from dialogue_app.services.reports import (
    ExportCancelled,
    ReportService,
    report_tables,
    write_report,
)
from tests.clock import fixed_clock
from tests.services.reports import report_fixtures
from tests.services.reports.report_fixtures import TODAY


@pytest.fixture
def report(db):  # type: ignore[no-untyped-def]
    report_fixtures.build(db)
    return ReportService(db.uow, clock=fixed_clock(TODAY)).report(month_period(2026, 3))


def _rows(sheet) -> dict[str, tuple]:  # type: ignore[no-untyped-def]
    """Rows of a table sheet by the text of their second column."""
    return {
        str(row[1]): row for row in sheet.iter_rows(values_only=True) if row and row[1] is not None
    }


def test_workbook_has_numbers_vietnamese_headers_and_print_setup(report, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = write_report(report, tmp_path / "bao-cao.xlsx")
    book = load_workbook(path)
    assert book.sheetnames == [
        "Tổng hợp", "Theo loại", "Theo lĩnh vực", "Theo địa bàn", "Theo cơ quan",
        "Tiếp công dân", "Theo lãnh đạo", "Lịch tiếp định kỳ",
    ]  # fmt: skip
    summary = _rows(book["Tổng hợp"])
    assert summary["Lượt công dân được tiếp"][2] == 17
    assert summary["Đơn, vụ việc kỳ trước chuyển sang"][2] == 3
    assert summary["Đơn, vụ việc tiếp nhận trong kỳ"][2] == 4
    assert summary["Đơn, vụ việc tiếp nhận trong kỳ"][3] == 3  # February
    assert summary["Tỷ lệ giải quyết (%)"][2] == 40.0
    by_type = book["Theo loại"]
    rows = _rows(by_type)
    header = rows["Loại đơn"]
    assert header[2:5] == ("Kỳ trước chuyển sang", "Tiếp nhận trong kỳ", "Tổng số")
    assert rows["Khiếu nại"][2:5] == (3, 1, 4)
    assert isinstance(rows["Khiếu nại"][2], int)
    assert rows["Tổng cộng"][2:5] == (3, 4, 7)
    assert rows["Phản ánh"][-2] is None  # 0/0 (transferred): no rate, never a division by zero
    header_row = next(cell.row for cell in by_type["B"] if cell.value == "Loại đơn")
    assert by_type.cell(header_row, 1).font.b
    assert by_type.print_title_rows == f"${header_row}:${header_row}"
    assert by_type.page_setup.fitToWidth == 1 and by_type.sheet_properties.pageSetUpPr.fitToPage
    assert by_type.page_setup.orientation == "landscape"
    assert by_type.column_dimensions["B"].width >= 10
    duties = _rows(book["Lịch tiếp định kỳ"])
    assert duties["Đặng Quốc Vinh"][4:6] == (5, 1) and duties["Đặng Quốc Vinh"][-1] == 40.0


def test_every_table_reconciles(report) -> None:  # type: ignore[no-untyped-def]
    for table in report_tables(report):
        if table.key in ("by_type", "by_field", "by_unit", "by_agency"):
            *rows, total = table.rows
            for column in range(2, 12):
                assert sum(r[column] for r in rows) == total[column], (table.key, column)
            assert total[4] == total[2] + total[3]  # carried over + received = total


def test_csv_is_utf8_with_bom_and_sections(report, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = write_report(report, tmp_path / "bao-cao.csv")
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    titles = [r[0] for r in rows if len(r) == 1]
    assert "Theo loại đơn" in titles and "Theo cơ quan giải quyết" in titles
    complaint = next(r for r in rows if len(r) > 2 and r[1] == "Khiếu nại")
    assert complaint[2:5] == ["3", "1", "4"]
    # a session without a recorded chair is named in Vietnamese, like the rest of the file
    assert any("(chưa ghi lãnh đạo chủ trì)" in r for r in rows)
    assert not any("(no chair)" in cell for r in rows for cell in r)


def test_bad_names_and_cancel_leave_no_file(report, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError):
        write_report(report, tmp_path / "report.txt")
    target = tmp_path / "report.xlsx"
    with pytest.raises(ExportCancelled):
        write_report(report, target, cancelled=lambda: True)
    assert not target.exists() and not (tmp_path / "report.xlsx.part").exists()
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    with pytest.raises(CannotSave, match="was not saved: its folder does not exist"):
        write_report(report, blocker / "report.xlsx")
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".part")]
