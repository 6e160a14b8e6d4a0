"""A statutory form as a PDF in the state layout: A4 landscape, the office and the form number,
the title, the period line, the merged header groups, the column codes, the total and unit rows,
the note line and the signature block. Drawn with a QTextDocument (as the report PDF), so it
may be written in a worker thread; the command line calls ``write_form_pdf_offscreen``.
"""

from __future__ import annotations

import html
from decimal import Decimal
from pathlib import Path

from PySide6.QtGui import QTextDocument

from dialogue_app.domain.forms import Column, depth, width
from dialogue_app.domain.forms.layout import Header
from dialogue_app.rendering.charts import ensure_application
from dialogue_app.rendering.report_pdf import print_document
from dialogue_app.services.errors import QT_TRANSLATE_NOOP, ServiceError
from dialogue_app.services.files import atomic_writer
from dialogue_app.services.reports.forms import TOTAL, FormReport, check_identities, period_line


def _header_rows(headers: tuple[Header, ...]) -> list[list[str]]:
    levels = depth(headers)
    rows: list[list[str]] = [[] for _ in range(levels)]

    def place(items: tuple[Header, ...], level: int) -> None:
        for item in items:
            text = html.escape(item.title)
            if isinstance(item, Column):
                rows[level].append(f"<th rowspan='{levels - level}'>{text}</th>")
            else:
                rows[level].append(f"<th colspan='{width(item)}'>{text}</th>")
                place(item.children, level + 1)

    place(headers, 0)
    return rows


def _number(value: int | Decimal) -> str:
    if isinstance(value, Decimal):
        return format(value.normalize(), "f").replace(".", ",")
    return f"{value:,}".replace(",", ".")


def form_html(report: FormReport) -> str:
    layout = report.layout
    levels = depth(layout.headers)
    parts = [
        "<html><body style='font-family: \"DejaVu Sans\", Arial, sans-serif; font-size: 7pt'>",
        "<table width='100%'><tr>",
        f"<td><b>{html.escape(report.office.upper())}</b></td>",
        f"<td align='right'><b>{html.escape(layout.number_line)}</b></td>",
        "</tr></table>",
        f"<h3 align='center'>{html.escape(layout.title)}</h3>",
        f"<p align='center'><i>{html.escape(period_line(report))}</i></p>",
        "<table border='1' cellspacing='0' cellpadding='2' width='100%' "
        "style='border-collapse: collapse'>",
    ]
    header_rows = _header_rows(layout.headers)
    header_rows[0].insert(0, f"<th rowspan='{levels}'>Đơn vị</th>")
    parts += [f"<tr>{''.join(row)}</tr>" for row in header_rows]
    parts.append("<tr><th>MS</th>" + "".join(f"<th>{c}</th>" for c in layout.columns) + "</tr>")
    for name, values in [(TOTAL, report.total)] + [(r.unit, r.values) for r in report.rows]:
        bold = name == TOTAL
        cells = "".join(
            f"<td align='right'>{'<b>' if bold else ''}{_number(values[c])}"
            f"{'</b>' if bold else ''}</td>"
            for c in layout.columns
        )
        label = f"<b>{html.escape(name)}</b>" if bold else html.escape(name)
        parts.append(f"<tr><td>{label}</td>{cells}</tr>")
    parts.append("</table>")
    identities = "; ".join(i.text for i in layout.identities)
    parts.append(f"<p><i>Ghi chú: {html.escape(report.note)} Cột: {identities}.</i></p>")
    parts.append(
        "<table width='100%'><tr><td></td>"
        "<td align='center'><i>……, ngày … tháng … năm …</i></td></tr>"
        "<tr><td align='center'><b>NGƯỜI LẬP BIỂU</b><br><i>(Ký, ghi rõ họ tên)</i></td>"
        "<td align='center'><b>THỦ TRƯỞNG ĐƠN VỊ</b><br>"
        "<i>(Ký, ghi rõ họ tên, đóng dấu)</i></td></tr></table>"
    )
    parts.append("</body></html>")
    return "".join(parts)


def write_form_pdf(report: FormReport, path: Path) -> Path:
    """Write the form as a PDF, whole or not at all; its identities are checked first."""
    path = Path(path)
    if path.suffix.lower() != ".pdf":
        raise ServiceError(QT_TRANSLATE_NOOP("Messages", "Choose a file name ending in .pdf."))
    check_identities(report)
    document = QTextDocument()
    document.setHtml(form_html(report))
    content = print_document(document, report.layout.number_line, landscape=True)
    with atomic_writer(path) as stream:
        stream.write(content)
    return path


def write_form_pdf_offscreen(report: FormReport, path: Path) -> Path:
    """For the command line: starts Qt offscreen when there is no application."""
    app = ensure_application()  # noqa: F841 (kept alive while the document is printed)
    return write_form_pdf(report, path)


__all__ = ["form_html", "write_form_pdf", "write_form_pdf_offscreen"]
