"""The report as a PDF: Vietnamese text and tables in a QTextDocument, charts as images, printed
with QPdfWriter (A4, portrait).

Charts are drawn in the GUI thread (``chart_images``); the document can then be written in a
worker thread (``write_pdf``), since it only paints text and ready images. The command line calls
``write_pdf_offscreen``, which starts an offscreen QApplication when there is none.
"""

from __future__ import annotations

import html
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QSizeF, QUrl
from PySide6.QtGui import (
    QImage,
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QTextBlock,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextFrame,
    QTextTable,
)

from dialogue_app.rendering.charts import chart_specs, ensure_application, render_image
from dialogue_app.services.errors import QT_TRANSLATE_NOOP, ServiceError
from dialogue_app.services.files import Cancelled, Progress, Steps, atomic_writer
from dialogue_app.services.reports import Report, report_tables, title_lines

RESOLUTION = 150  # dots per inch of the PDF's layout
IMAGE_WIDTH = 1000  # a chart's width on the page, in layout pixels (about 17 cm)


def chart_images(report: Report) -> list[tuple[str, QImage]]:
    """(Vietnamese title, image) of every non-empty chart; call in the GUI thread."""
    return [
        (spec.title, render_image(spec))
        for spec in chart_specs(report, printed=True)
        if not spec.empty
    ]


def _cell(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, float):
        return f"{value:.2f}".replace(".", ",")  # Vietnamese decimal comma
    return html.escape(str(value))


def report_html(report: Report, image_names: Sequence[tuple[str, str]]) -> str:
    """The report's body as HTML (tables from ``reports.export``, charts by resource name)."""
    lines = title_lines(report)
    parts = [
        "<html><body style='font-family: \"DejaVu Sans\", Arial, sans-serif; font-size: 9pt'>",
        f"<h2 align='center'>{html.escape(lines[0])}</h2>",
    ]
    parts += [f"<p align='center'>{html.escape(line)}</p>" for line in lines[1:]]
    tables = report_tables(report)
    for number, table in enumerate(tables):
        parts.append(f"<h3>{number + 1}. {html.escape(table.title)}</h3>")
        if not table.rows:
            parts.append("<p><i>Không có số liệu trong kỳ.</i></p>")
            continue
        parts.append(
            "<table border='1' cellspacing='0' cellpadding='3' width='100%' "
            "style='border-collapse: collapse'>"
        )
        # <thead>: Qt repeats the header row at the top of each page the table runs onto
        parts.append(
            "<thead><tr>"
            + "".join(f"<th bgcolor='#dde6f0'>{html.escape(str(h))}</th>" for h in table.headers)
            + "</tr></thead>"
        )
        for row in table.rows:
            bold = row and row[0] == "" and row[1] == "Tổng cộng"
            cells = "".join(
                f"<td align='{'right' if isinstance(v, int | float) else 'left'}'>"
                f"{'<b>' if bold else ''}{_cell(v)}{'</b>' if bold else ''}</td>"
                for v in row
            )
            parts.append(f"<tr>{cells}</tr>")
        parts.append("</table>")
        if number == 0 and image_names:
            parts.append("<h3>Biểu đồ</h3>")
            for title, name in image_names:
                parts.append(
                    f"<p align='center'><img src='{name}' width='{IMAGE_WIDTH}'><br>"
                    f"<i>{html.escape(title)}</i></p>"
                )
    parts.append(
        "<p><i>Ghi chú: tỷ lệ tính từ số liệu đếm, làm tròn 2 chữ số thập phân; "
        "“—”: không có số liệu để tính. Đơn kỳ trước chuyển sang + đơn tiếp nhận trong kỳ = "
        "tổng số phải xử lý.</i></p>"
    )
    parts.append("</body></html>")
    return "".join(parts)


def write_pdf(
    report: Report,
    path: Path,
    images: Sequence[tuple[str, QImage]] = (),
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> Path:
    """Write the PDF whole or not at all (``atomic_writer``); ``CannotSave`` says why not."""
    path = Path(path)
    if path.suffix.lower() != ".pdf":
        raise ServiceError(QT_TRANSLATE_NOOP("Messages", "Choose a file name ending in .pdf."))
    steps = Steps(3, progress, cancelled, every=1)
    document = QTextDocument()
    names = []
    for number, (title, image) in enumerate(images):
        name = f"chart{number}.png"
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
        names.append((f"Biểu đồ {number + 1}. {title}", name))
    document.setHtml(report_html(report, names))
    steps()
    content = _printed(document, title_lines(report)[0])
    steps()
    with atomic_writer(path) as stream:
        stream.write(content)
        steps()
    return path


def _printed(document: QTextDocument, title: str, *, landscape: bool = False) -> bytes:
    """The document printed as an A4 PDF (portrait, or ``landscape``), in memory."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(RESOLUTION)
    writer.setTitle(title)
    writer.setCreator("Dialogue Desk")
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait,
            QMarginsF(15, 15, 15, 15),
            QPageLayout.Unit.Millimeter,
        )
    )
    rect = writer.pageLayout().paintRectPixels(RESOLUTION)
    document.setPageSize(QSizeF(rect.width(), rect.height()))
    keep_headers_with_rows(document)
    document.print_(writer)
    del writer  # ends the PDF
    buffer.close()
    return bytes(buffer.data().data())


def _tables(frame: QTextFrame) -> Iterator[QTextTable]:
    for child in frame.childFrames():
        if isinstance(child, QTextTable):
            yield child
        yield from _tables(child)


def keep_headers_with_rows(document: QTextDocument, *, most: int = 200) -> int:
    """Lay out ``document`` (its page size set) so that no table's header row ends a page
    without its first row, nor a table's heading without the table: a page break goes before
    the heading (the paragraph just above the table) of the first table that would be split
    there, and the layout is checked again. Each table's first row is also marked as its
    header, which Qt repeats at the top of every page the table runs onto. Returns the number
    of page breaks added."""
    layout = document.documentLayout()
    height = document.pageSize().height()
    if height <= 0:
        return 0

    def page_of(block: QTextBlock) -> int:
        return int(layout.blockBoundingRect(block).top() // height)

    added = 0
    done: set[int] = set()  # tables already given a break: never twice (a table taller than
    for _ in range(most):  # a page still breaks, with its header repeated)
        split = None
        for table in _tables(document.rootFrame()):
            table_format = table.format()
            if table_format.headerRowCount() == 0 and table.rows() > 1:
                table_format.setHeaderRowCount(1)
                table.setFormat(table_format)
            if table.rows() < 2 or table.firstPosition() in done:
                continue
            header = table.cellAt(0, 0).firstCursorPosition().block()
            first_row = table.cellAt(table.format().headerRowCount(), 0)
            heading = document.findBlock(max(table.firstPosition() - 1, 0))
            pages = {page_of(header), page_of(first_row.firstCursorPosition().block())}
            if heading.isValid() and heading.text().strip():
                pages.add(page_of(heading))
            if len(pages) > 1:
                split = table
                break
        if split is None:
            return added
        done.add(split.firstPosition())
        cursor = QTextCursor(document)
        cursor.setPosition(max(split.firstPosition() - 1, 0))
        block_format = cursor.blockFormat()
        block_format.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        cursor.setBlockFormat(block_format)
        added += 1
    return added


def write_pdf_offscreen(report: Report, path: Path) -> Path:
    """For the command line: the PDF with its charts, starting Qt offscreen when needed."""
    app = ensure_application()  # noqa: F841 (kept alive while the charts are drawn)
    return write_pdf(report, path, chart_images(report))


__all__ = [
    "chart_images",
    "keep_headers_with_rows",
    "print_document",
    "report_html",
    "write_pdf",
    "write_pdf_offscreen",
]

print_document = _printed  # the statutory forms print with it too (rendering/form_pdf.py)
