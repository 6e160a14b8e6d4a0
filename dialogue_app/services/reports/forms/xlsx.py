"""A statutory form as an Excel workbook in the form's own layout, or as JSON (DESIGN §6).

The sheet, top to bottom: the office and the form number, the title, the period line ("Số liệu
tính từ ngày … đến ngày …"), the merged header groups, the row of column codes (MS), the total
row and one row per unit (numbers stored as numbers), the note line and the signature block.
Written whole or not at all (``atomic_writer``).
"""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Any

from dialogue_app.domain.forms import Column, Group, depth, width
from dialogue_app.domain.forms.layout import Header
from dialogue_app.services.cases import neutralise
from dialogue_app.services.errors import QT_TRANSLATE_NOOP, ValidationError
from dialogue_app.services.files import atomic_writer
from dialogue_app.services.reports.forms.result import TOTAL, FormReport

UNIT_HEADER = "Đơn vị"
CODE_HEADER = "MS"


def period_line(report: FormReport) -> str:
    start, end = report.period.start, report.period.end
    return f"Số liệu tính từ ngày {start:%d/%m/%Y} đến ngày {end:%d/%m/%Y}"


def write_form(report: FormReport, path: Path, as_format: str | None = None) -> Path:
    """Write ``report`` to ``path`` as ``as_format`` (``xlsx`` or ``json``; default: the file
    name's suffix)."""
    path = Path(path)
    suffix = f".{as_format}" if as_format else path.suffix.lower()
    if suffix == ".json":
        text = json.dumps(report.as_json(), ensure_ascii=False, indent=2) + "\n"
        with atomic_writer(path) as stream:
            stream.write(text.encode("utf-8"))
        return path
    if suffix != ".xlsx":
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "Choose a file name ending in .xlsx, .pdf or .json."),
            "path",
        )
    with atomic_writer(path) as stream:
        workbook = build_workbook(report)
        workbook.save(stream)
    return path


def build_workbook(report: FormReport) -> Any:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side
    from openpyxl.utils import get_column_letter

    layout = report.layout
    columns = layout.columns
    last = len(columns) + 1  # column A is the unit
    workbook = Workbook()
    workbook.remove(workbook.active)  # type: ignore[arg-type]
    sheet = workbook.create_sheet(layout.code.value.replace("/", "-"))
    bold = Font(bold=True)
    centre = Alignment(horizontal="center", vertical="center", wrap_text=True)
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)

    def merged(row: int, first: int, last_col: int, text: str, *, rows: int = 1) -> None:
        cell = sheet.cell(row=row, column=first, value=text)
        cell.alignment = centre
        if last_col > first or rows > 1:
            sheet.merge_cells(
                start_row=row, start_column=first, end_row=row + rows - 1, end_column=last_col
            )

    half = max(2, last // 2)
    merged(1, 1, half, report.office.upper() if report.office else "")
    sheet.cell(row=1, column=1).font = bold
    merged(1, half + 1, last, layout.number_line)
    sheet.cell(row=1, column=half + 1).font = bold
    merged(3, 1, last, layout.title)
    sheet.cell(row=3, column=1).font = Font(bold=True, size=13)
    merged(4, 1, last, period_line(report))
    sheet.cell(row=4, column=1).font = Font(italic=True)

    top = 6
    levels = depth(layout.headers)
    merged(top, 1, 1, UNIT_HEADER, rows=levels)

    def place(headers: tuple[Header, ...], row: int, first: int) -> None:
        column = first
        for header in headers:
            span = width(header)
            if isinstance(header, Column):
                merged(row, column, column, header.title, rows=levels - (row - top))
            else:
                assert isinstance(header, Group)
                merged(row, column, column + span - 1, header.title)
                place(header.children, row + 1, column)
            column += span

    place(layout.headers, top, 2)
    code_row = top + levels
    sheet.cell(row=code_row, column=1, value=CODE_HEADER).alignment = centre
    for index, code in enumerate(columns, start=2):
        # the printed identities sit under their first code, as the state forms print them
        sheet.cell(row=code_row, column=index, value=code).alignment = centre
    for row in range(top, code_row + 1):
        for column in range(1, last + 1):
            sheet.cell(row=row, column=column).border = box
            sheet.cell(row=row, column=column).font = bold

    row = code_row + 1
    lines = [(TOTAL, report.total)] + [(r.unit, r.values) for r in report.rows]
    for name, values in lines:
        sheet.cell(row=row, column=1, value=neutralise(name)).border = box
        for index, code in enumerate(columns, start=2):
            value = values[code]
            cell = sheet.cell(
                row=row, column=index, value=float(value) if isinstance(value, Decimal) else value
            )
            cell.border = box
            cell.number_format = "#,##0.###" if code in layout.decimal_columns else "#,##0"
        if name == TOTAL:
            for column in range(1, last + 1):
                sheet.cell(row=row, column=column).font = bold
        row += 1

    row += 1
    identities = "; ".join(i.text for i in layout.identities)
    merged(row, 1, last, f"Ghi chú: {report.note} Cột: {identities}.")
    sheet.cell(row=row, column=1).alignment = Alignment(wrap_text=True, vertical="top")
    sheet.row_dimensions[row].height = 30
    row += 2
    merged(row, half + 1, last, "……, ngày … tháng … năm …")
    sheet.cell(row=row, column=half + 1).font = Font(italic=True)
    row += 1
    merged(row, 1, half, "NGƯỜI LẬP BIỂU")
    merged(row, half + 1, last, "THỦ TRƯỞNG ĐƠN VỊ")
    sheet.cell(row=row, column=1).font = bold
    sheet.cell(row=row, column=half + 1).font = bold
    row += 1
    merged(row, 1, half, "(Ký, ghi rõ họ tên)")
    merged(row, half + 1, last, "(Ký, ghi rõ họ tên, đóng dấu)")

    sheet.column_dimensions["A"].width = 28
    for index in range(2, last + 1):
        sheet.column_dimensions[get_column_letter(index)].width = 11
    sheet.freeze_panes = sheet.cell(row=code_row + 1, column=2)
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToWidth = 1
    return workbook
