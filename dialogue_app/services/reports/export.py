"""A report's tables, written as an Excel workbook or a CSV file (the PDF is drawn by ``ui/``).

The tables carry Vietnamese headers (the report goes to superiors as it is), numbers are stored as
numbers (a rate as its per cent value with two decimals, next to its two counts), and every text
cell is neutralised so a spreadsheet never runs it as a formula. The workbook is styled for
printing: bold header, column widths, the header row repeated on every page, landscape, fitted to
the page width. A file is written whole or not at all, through ``services/files.py``.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any, BinaryIO

from dialogue_app.domain.statistics import CaseCounts, ReceptionCounts
from dialogue_app.services.cases import neutralise
from dialogue_app.services.errors import QT_TRANSLATE_NOOP, ValidationError
from dialogue_app.services.files import (
    Cancelled,
    ExportCancelled,
    Progress,
    Steps,
    atomic_writer,
)
from dialogue_app.services.reports.figures import BreakdownRow, Report

TYPE_NAMES = {
    "complaint": "Khiếu nại",
    "denunciation": "Tố cáo",
    "recommendation": "Kiến nghị",
    "feedback": "Phản ánh",
}
KIND_NAMES = {
    "reception": "Tiếp công dân định kỳ",
    "adhoc_reception": "Tiếp công dân đột xuất",
    "dialogue": "Đối thoại trực tiếp",
}
NOT_RECORDED = "(Chưa xác định)"
CASE_HEADERS = (
    "Kỳ trước chuyển sang",
    "Tiếp nhận trong kỳ",
    "Tổng số",
    "Đã giải quyết",
    "Đúng hạn",
    "Quá hạn",
    "Không có thời hạn",
    "Chuyển, hướng dẫn, không thụ lý",
    "Đang giải quyết",
    "Quá hạn chưa giải quyết",
    "Tỷ lệ giải quyết (%)",
    "Số ngày giải quyết bình quân",
)
RECEPTION_HEADERS = (
    "Số buổi",
    "Lượt công dân",
    "Vụ việc",
    "Đoàn đông người",
    "Số người trong đoàn",
)
PERCENT = "percent"  # the number format of a rate column


@dataclass(frozen=True)
class Table:
    """One table of the report: a sheet of the workbook, a section of the CSV, a PDF table."""

    key: str
    title: str
    sheet: str  # ≤ 31 characters, Excel's limit
    headers: tuple[str, ...]
    rows: tuple[tuple[Any, ...], ...]
    formats: dict[int, str]  # column index → PERCENT or "decimal"


def _number(value: Decimal | None) -> float | None:
    return float(value) if value is not None else None


def _case_cells(counts: CaseCounts) -> tuple[Any, ...]:
    return (
        counts.carried_over,
        counts.received,
        counts.total,
        counts.settled,
        counts.settled_on_time,
        counts.settled_late,
        counts.settled_no_deadline,
        counts.closed_otherwise,
        counts.open_at_end,
        counts.overdue,
        _number(counts.settled_rate.percent),
        _number(counts.average_days_to_settle),
    )


def _reception_cells(counts: ReceptionCounts) -> tuple[int, ...]:
    return (counts.sessions, counts.visits, counts.cases, counts.crowd, counts.crowd_people)


def _case_table(
    key: str, title: str, sheet: str, first: str, rows: Sequence[BreakdownRow], names: Any
) -> Table:
    body = []
    for number, row in enumerate(rows, start=1):
        label = names(row) if row.key is not None else NOT_RECORDED
        body.append((number, label, *_case_cells(row.counts)))
    if rows:
        summed = sum((row.counts for row in rows), start=CaseCounts())
        body.append(("", "Tổng cộng", *_case_cells(summed)))
    width = 2 + len(CASE_HEADERS)
    return Table(
        key,
        title,
        sheet,
        ("STT", first, *CASE_HEADERS),
        tuple(body),
        {width - 2: PERCENT, width - 1: "decimal"},
    )


def _previous_value(report: Report, pick: Callable[[Report], Any]) -> Any:
    return pick(report.previous) if report.previous is not None else None


def summary_table(report: Report) -> Table:
    within = report.within
    lines: list[tuple[str, Callable[[Report], Any]]] = [
        ("Lượt công dân được tiếp", lambda r: r.reception.visits),
        ("Số buổi tiếp công dân, đối thoại", lambda r: r.reception.sessions),
        ("Đoàn đông người", lambda r: r.reception.crowd),
        ("Số người trong các đoàn đông người", lambda r: r.reception.crowd_people),
        ("Đơn, vụ việc kỳ trước chuyển sang", lambda r: r.cases.carried_over),
        ("Đơn, vụ việc tiếp nhận trong kỳ", lambda r: r.cases.received),
        ("Tổng số đơn, vụ việc phải xử lý", lambda r: r.cases.total),
        # the rate's denominator says how it comes from "within competence": so "8 thuộc thẩm
        # quyền" beside "đã giải quyết 1/7" is explained on the page itself
        ("Thuộc thẩm quyền", lambda r: r.within.total),
        ("Trong đó không thụ lý, chuyển đơn, hướng dẫn", lambda r: r.within.closed_otherwise),
        ("Thuộc thẩm quyền, phải giải quyết (mẫu số của tỷ lệ)", lambda r: r.within.to_settle),
        ("Đã giải quyết (thuộc thẩm quyền)", lambda r: r.within.settled),
        ("Tỷ lệ giải quyết (%)", lambda r: _number(r.within.settled_rate.percent)),
        ("Giải quyết đúng hạn", lambda r: r.within.settled_on_time),
        ("Giải quyết quá hạn", lambda r: r.within.settled_late),
        ("Số ngày giải quyết bình quân", lambda r: _number(r.within.average_days_to_settle)),
        ("Không thuộc thẩm quyền", lambda r: r.outside.total),
        ("Quá hạn chưa giải quyết (tất cả)", lambda r: r.cases.overdue),
    ]
    rows = tuple(
        (number, label, pick(report), _previous_value(report, pick))
        for number, (label, pick) in enumerate(lines, start=1)
    )
    del within
    previous = report.previous.period.label() if report.previous else ""
    return Table(
        "summary",
        "Tổng hợp",
        "Tổng hợp",
        ("STT", "Chỉ tiêu", "Kỳ này", f"Kỳ so sánh {previous}".strip()),
        rows,
        {},
    )


def report_tables(report: Report) -> list[Table]:
    """Every table of the report, in the order they are printed."""
    tables = [summary_table(report)]
    tables.append(
        _case_table(
            "by_type",
            "Theo loại đơn",
            "Theo loại",
            "Loại đơn",
            report.by_type,
            lambda r: TYPE_NAMES.get(str(r.key), str(r.key)),
        )  # fmt: skip
    )
    for key, title, sheet, first, rows in (
        ("by_field", "Theo lĩnh vực", "Theo lĩnh vực", "Lĩnh vực", report.by_field),
        ("by_unit", "Theo địa bàn", "Theo địa bàn", "Địa bàn", report.by_unit),
        ("by_agency", "Theo cơ quan giải quyết", "Theo cơ quan", "Cơ quan", report.by_agency),
    ):
        tables.append(_case_table(key, title, sheet, first, rows, lambda r: r.label))
    kinds = [(KIND_NAMES.get(k, k), c) for k, c in report.reception_by_kind]
    leaders = [(r.name, r.counts) for r in report.reception_by_leader]
    reception_rows: list[tuple[Any, ...]] = [
        (n, label, *_reception_cells(c)) for n, (label, c) in enumerate(kinds, start=1)
    ]
    reception_rows.append(("", "Tổng cộng", *_reception_cells(report.reception)))
    tables.append(
        Table(
            "reception",
            "Tiếp công dân theo hình thức",
            "Tiếp công dân",
            ("STT", "Hình thức", *RECEPTION_HEADERS),
            tuple(reception_rows),
            {},
        )
    )
    tables.append(
        Table(
            "leaders",
            "Tiếp công dân theo lãnh đạo chủ trì",
            "Theo lãnh đạo",
            ("STT", "Lãnh đạo chủ trì", *RECEPTION_HEADERS),
            tuple((n, label, *_reception_cells(c)) for n, (label, c) in enumerate(leaders, 1)),
            {},
        )
    )
    tables.append(
        Table(
            "duties",
            "Thực hiện lịch tiếp công dân định kỳ",
            "Lịch tiếp định kỳ",
            (
                "STT",
                "Lãnh đạo",
                "Chức vụ",
                "Định mức",
                "Số ngày phải tiếp",
                "Đã tiếp",
                "Ủy quyền",
                "Không tiếp",
                "Sắp tới",
                "Chưa ghi nhận",
                "Tỷ lệ thực hiện (%)",
            ),
            tuple(
                (
                    n,
                    r.name,
                    r.position,
                    r.quota,
                    r.count.required,
                    r.count.held,
                    r.count.delegated,
                    r.count.missed,
                    r.count.planned,
                    r.count.unmarked,
                    _number(r.rate.percent),
                )
                for n, r in enumerate(report.duties, start=1)
            ),
            {10: PERCENT},
        )  # fmt: skip
    )
    return tables


def title_lines(report: Report) -> list[str]:
    lines = ["BÁO CÁO KẾT QUẢ TIẾP CÔNG DÂN, XỬ LÝ ĐƠN VÀ GIẢI QUYẾT KHIẾU NẠI, TỐ CÁO"]
    lines.append(f"Kỳ báo cáo: {report.period.label()}")
    if report.as_of < report.period.end:
        lines.append(f"Số liệu tính đến ngày {report.as_of:%d/%m/%Y}")
    if report.office:
        lines.insert(0, report.office)
    if report.unit_name:
        lines.append(f"Địa bàn: {report.unit_name}")
    return lines


# --- writers -------------------------------------------------------------------------------------


def write_report(
    report: Report,
    path: Path,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> Path:
    """Write ``report`` to ``path`` (.xlsx or .csv), whole or not at all (``atomic_writer``);
    ``CannotSave`` says why a file could not be written."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".xlsx", ".csv"):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "Choose a file name ending in .xlsx or .csv."), "path"
        )
    tables = report_tables(report)
    write = _write_csv if suffix == ".csv" else _write_xlsx
    with atomic_writer(path) as stream:
        write(report, tables, stream, Steps(len(tables), progress, cancelled, every=1))
    return path


def _write_csv(report: Report, tables: list[Table], stream: BinaryIO, steps: Steps) -> None:
    handle = io.TextIOWrapper(stream, encoding="utf-8-sig", newline="")
    try:
        writer = csv.writer(handle)
        for line in title_lines(report):
            writer.writerow([neutralise(line)])
        for table in tables:
            writer.writerow([])
            writer.writerow([table.title])
            writer.writerow(table.headers)
            for row in table.rows:
                writer.writerow(["" if v is None else neutralise(v) for v in row])
            steps()
    finally:
        handle.flush()
        handle.detach()  # the stream stays open for atomic_writer to close and rename


def _write_xlsx(report: Report, tables: list[Table], stream: BinaryIO, steps: Steps) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter

    workbook = Workbook()
    workbook.remove(workbook.active)  # type: ignore[arg-type]
    thin = Side(style="thin", color="808080")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    header_fill = PatternFill("solid", fgColor="DDE6F0")
    titles = title_lines(report)
    for table in tables:
        sheet = workbook.create_sheet(table.sheet[:31])
        for row_number, line in enumerate(titles, start=1):
            sheet.cell(row_number, 1, neutralise(line)).font = Font(bold=row_number == 1)
        title_row = len(titles) + 2
        sheet.cell(title_row, 1, table.title).font = Font(bold=True, size=12)
        header_row = title_row + 1
        for column, header in enumerate(table.headers, start=1):
            cell = sheet.cell(header_row, column, header)
            cell.font = Font(bold=True)
            cell.fill = header_fill
            cell.border = border
            cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
        for offset, values in enumerate(table.rows, start=1):
            total_row = values and values[0] == "" and values[1] == "Tổng cộng"
            for column, value in enumerate(values, start=1):
                cell = sheet.cell(header_row + offset, column, neutralise(value))
                cell.border = border
                if total_row:
                    cell.font = Font(bold=True)
                kind = table.formats.get(column - 1)
                if kind in (PERCENT, "decimal") and value is not None:
                    cell.number_format = "0.00"
        for column, header in enumerate(table.headers, start=1):
            lengths = [len(str(row[column - 1] or "")) for row in table.rows]
            longest = max([min(len(header), 18), *lengths]) if lengths else len(header)
            width = 6 if column == 1 else min(max(longest + 2, 10), 50)
            sheet.column_dimensions[get_column_letter(column)].width = width
        sheet.row_dimensions[header_row].height = 45
        sheet.freeze_panes = sheet.cell(header_row + 1, 3)
        sheet.print_title_rows = f"{header_row}:{header_row}"
        sheet.page_setup.orientation = "landscape"
        sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
        sheet.page_setup.fitToWidth = 1
        sheet.page_setup.fitToHeight = 0
        sheet.sheet_properties.pageSetUpPr.fitToPage = True
        sheet.print_options.horizontalCentered = True
        steps()
    workbook.save(stream)


__all__ = [
    "KIND_NAMES",
    "TYPE_NAMES",
    "ExportCancelled",
    "Table",
    "report_tables",
    "summary_table",
    "title_lines",
    "write_report",
]
