"""Official documents (issue 13) as PDF and on paper: ``DocumentContent`` laid out in a
QTextDocument in the layout of DOCUMENTS.md (Decree 30/2020, 36-HD/VPTW) and painted page by page
on a QPdfWriter or a QPrinter: A4 (landscape for the reception register), margins top and bottom
20 mm, left 30 mm, right 15 mm, page numbers centred in the top margin from the second page on.

The font is Times New Roman where installed, else the Liberation Serif shipped in
``resources/fonts/`` (metric-compatible with it, SIL OFL), registered with Qt here, so that a PDF
looks the same on every machine and every Vietnamese letter has its glyph (text is NFC).
"""

from __future__ import annotations

import html
import unicodedata
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QFont,
    QFontDatabase,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)

from dialogue_app.rendering.charts import ensure_application
from dialogue_app.resources import resources_dir
from dialogue_app.services.documents import (
    RECEPTION_COLUMNS,
    DocumentContent,
    DocumentTable,
    Layout,
    ReceptionRegister,
    is_heading,
)
from dialogue_app.services.errors import QT_TRANSLATE_NOOP, ServiceError
from dialogue_app.services.files import atomic_writer

# short rules, non-breaking spaces underlined at 6 pt (1.5 pt each): about a third of the line
# above them, as the .docx template draws them (2.1 cm under the issuing body, 4.5 cm under the
# title's summary)
RULE = "\u00a0" * 40
LONG_RULE = "\u00a0" * 86
RESOLUTION = 300  # dots per inch of the PDF's layout
MARGINS_MM = (30.0, 20.0, 15.0, 20.0)  # left, top, right, bottom (Decree 30/2020, Appendix I)
PREFERRED = "Times New Roman"
SHIPPED = "Liberation Serif"
_family: str | None = None
_application: object = None  # kept alive while documents are drawn (the command line)


def register_fonts() -> str:
    """Register the shipped serif with Qt (once); the family documents are drawn in."""
    global _family, _application
    _application = ensure_application()
    if _family is not None:
        return _family
    families = set(QFontDatabase.families())
    if PREFERRED in families:
        _family = PREFERRED
        return _family
    for path in sorted((resources_dir() / "fonts").glob("LiberationSerif-*.ttf")):
        QFontDatabase.addApplicationFont(str(path))
    _family = SHIPPED if SHIPPED in set(QFontDatabase.families()) else PREFERRED
    return _family


def _e(text: str) -> str:
    return html.escape(unicodedata.normalize("NFC", text))


def _px(points: float) -> int:
    return round(points * 96 / 72)  # Qt rich text: CSS pixels, 96 to the inch


def _p(
    text: str,
    size: float,
    *,
    bold: bool = False,
    italic: bool = False,
    underline: bool = False,
    align: str = "center",
    after: float = 0,
    indent: bool = False,
) -> str:
    # Qt's rich text measures margins and indents in CSS pixels
    style = [f"font-size:{size}pt", "margin-top:0", f"margin-bottom:{_px(after)}px"]
    if bold:
        style.append("font-weight:bold")
    if italic:
        style.append("font-style:italic")
    if underline:
        style.append("text-decoration:underline")
    if indent:
        style.append(f"text-indent:{round(36 * RESOLUTION / 72)}px")  # 1.27 cm, device pixels
    return f"<p align='{align}' style='{';'.join(style)}'>{_e(text) or '&nbsp;'}</p>"


def _body(text: str) -> str:
    """A paragraph of the body: justified with a first-line indent; a numbered heading ("I.
    THÀNH PHẦN THAM DỰ") bold and flush with the margin."""
    if is_heading(text):
        return _p(text, 14, bold=True, align="justify", after=6)
    return _p(text, 14, align="justify", after=6, indent=True)


def _table(table: DocumentTable, size: float = 12) -> str:
    total = sum(table.widths) if table.widths else len(table.headers)
    widths = table.widths or tuple(1.0 for _ in table.headers)
    head = "".join(
        f"<th width='{100 * w / total:.0f}%' style='font-size:{size}pt'>{_e(h)}</th>"
        for h, w in zip(table.headers, widths, strict=True)
    )
    rows = "".join(
        "<tr>"
        + "".join(
            f"<td align='{'center' if i == 0 else 'left'}' style='font-size:{size}pt'>"
            f"{_e(value)}</td>"
            for i, value in enumerate(row)
        )
        + "</tr>"
        for row in table.rows
    )
    return (
        "<table border='1' cellspacing='0' cellpadding='4' width='100%' "
        f"style='border-collapse:collapse; border-color:black'><tr>{head}</tr>{rows}</table>"
    )


def document_html(content: DocumentContent, family: str) -> str:
    """The document as the HTML a QTextDocument lays out."""
    party = content.layout is Layout.PARTY
    left = [_p(content.parent_body, 13), _p(content.issuing_body, 13, bold=True)]
    left.append(_p("*", 13) if party else _p(RULE, 6, underline=True, after=4))
    numbered = [_p(content.number_line, 13)]
    if content.summary_line:
        numbered.append(_p(content.summary_line, 12))
    if party:
        right = [_p("ĐẢNG CỘNG SẢN VIỆT NAM", 14, bold=True, underline=True)]
    else:
        right = [
            _p("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 13, bold=True),
            _p("Độc lập - Tự do - Hạnh phúc", 14, bold=True, underline=True),
        ]
    # two rows, so that the number and the place-and-date line stand on one line whatever the
    # number of lines above them on either side (Decree 30/2020, Appendix I: boxes 3 and 4)
    parts = [
        f"<html><body style=\"font-family:'{family}'; font-size:14pt; color:black\">",
        "<table width='100%' cellspacing='0' cellpadding='0'><tr>"
        f"<td width='40%' valign='top'>{''.join(left)}</td>"
        f"<td width='60%' valign='top'>{''.join(right)}</td></tr>"
        f"<tr><td width='40%' valign='top'>{''.join(numbered)}</td>"
        f"<td width='60%' valign='top'>{_p(content.date_line, 14, italic=True)}</td></tr>"
        "</table>",
        _p("", 12),
    ]
    if content.title:
        parts.append(_p(content.title, 14, bold=True))
    if content.subtitle and content.title:  # a short rule under the summary (Decree 30)
        parts.append(_p(content.subtitle, 14, bold=True))
        parts.append(_p(LONG_RULE, 6, underline=True, after=12))
    elif content.subtitle:
        parts.append(_p(content.subtitle, 14, bold=True, after=12))
    for number, page in enumerate(content.pages):
        if number:
            parts.append("<p style='page-break-before:always'>&nbsp;</p>")
        if page.addressee:
            parts.append(_p(page.addressee, 14, after=6))
        parts += [_body(t) for t in page.paragraphs]
        if page.table is not None:
            parts.append(_table(page.table))
            if page.closing:  # 6 pt between the table and the paragraph after it
                parts.append(_p("", 6))
        parts += [_body(t) for t in page.closing]
    recipients = [_p("Nơi nhận:", 12, bold=True, italic=True, align="left")]
    recipients += [_p(line, 11, align="left") for line in content.recipients]
    parts.append(_p("", 12))
    if content.cosigners:  # the minutes: secretary and chair side by side, recipients under
        cells = []
        for cosigner in content.cosigners:
            block = [_p(cosigner.title, 14, bold=True), _p("(Ký, ghi rõ họ tên)", 13, italic=True)]
            block += [_p("", 14) for _ in range(4)]
            block.append(_p(cosigner.full_name or "…………………………", 14, bold=True))
            share = 100 // len(content.cosigners)
            cells.append(f"<td width='{share}%' valign='top'>{''.join(block)}</td>")
        parts.append(
            f"<table width='100%' cellspacing='0' cellpadding='0'><tr>{''.join(cells)}</tr></table>"
        )
        parts.append(_p("", 12))
        parts += recipients
    else:
        signature = [_p(line, 14, bold=True) for line in content.signer.authority]
        signature.append(_p(content.signer.title, 14, bold=True))
        signature += [_p("", 14) for _ in range(4)]
        signature.append(_p(content.signer.full_name, 14, bold=True))
        parts.append(
            "<table width='100%' cellspacing='0' cellpadding='0'><tr>"
            f"<td width='45%' valign='top'>{''.join(recipients)}</td>"
            f"<td width='55%' valign='top'>{''.join(signature)}</td></tr></table>"
        )
    parts.append("</body></html>")
    return "".join(parts)


def _layout(landscape: bool) -> QPageLayout:
    return QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4),
        QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait,
        QMarginsF(0, 0, 0, 0),
        QPageLayout.Unit.Millimeter,
    )


def paint(document: QTextDocument, device: QPagedPaintDevice, family: str) -> int:
    """Paint ``document`` on ``device`` (whose page layout has no margins) page by page, inside
    the Decree's margins, numbering pages 2… in the top margin; the number of pages."""
    return paint_letters([document], device, family)


def paint_letters(
    documents: Sequence[QTextDocument], device: QPagedPaintDevice, family: str
) -> int:
    """Paint each document (a complete letter) from the top of a new page, its pages numbered
    2… from its own first page, as ``paint`` does for one; the number of pages in all."""
    dpi = device.logicalDpiX()
    mm = dpi / 25.4
    page = device.pageLayout().fullRectPixels(dpi)
    left, top, right, bottom = (m * mm for m in MARGINS_MM)
    width, height = page.width() - left - right, page.height() - top - bottom
    total = 0
    painter = QPainter(device)
    try:
        number_font = QFont(family)
        number_font.setPointSizeF(13)
        for document in documents:
            document.documentLayout().setPaintDevice(device)
            document.setPageSize(QSizeF(width, height))
            document.setDocumentMargin(0)
            for index in range(max(1, document.pageCount())):
                if total:
                    device.newPage()
                total += 1
                if index:
                    painter.setFont(number_font)
                    painter.drawText(
                        QRectF(left, 0, width, top), Qt.AlignmentFlag.AlignCenter, str(index + 1)
                    )
                painter.save()
                painter.translate(left, top - index * height)
                document.drawContents(painter, QRectF(0, index * height, width, height))
                painter.restore()
    finally:
        painter.end()
    return total


def text_document(content: DocumentContent) -> QTextDocument:
    """The document laid out for the screen or a printer (print preview); of separate letters,
    the first (``print_on`` and ``pdf_bytes`` draw them all)."""
    return _text_documents(content)[0]


def _text_documents(content: DocumentContent) -> list[QTextDocument]:
    """One QTextDocument per letter: each invitee's letter is the whole document."""
    family = register_fonts()
    documents = []
    for letter in content.each_letter():
        document = QTextDocument()
        document.setDefaultFont(QFont(family, 14))
        document.setHtml(document_html(letter, family))
        documents.append(document)
    return documents


def print_on(content: DocumentContent, device: QPagedPaintDevice) -> int:
    """Print the document on ``device`` (a QPrinter from a print or preview dialog)."""
    device.setPageLayout(_layout(content.landscape))
    return paint_letters(_text_documents(content), device, register_fonts())


def pdf_bytes(content: DocumentContent) -> bytes:
    """The document as an A4 PDF (landscape for wide tables), fonts embedded; separate letters
    each start on a new page, complete."""
    family = register_fonts()
    title = content.title or content.summary_line or content.number
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(RESOLUTION)
    writer.setTitle(title)
    writer.setCreator("Dialogue Desk")
    writer.setPageLayout(_layout(content.landscape))
    paint_letters(_text_documents(content), writer, family)
    del writer  # ends the PDF
    buffer.close()
    return bytes(buffer.data().data())


def _check_pdf(path: Path) -> None:
    if path.suffix.lower() != ".pdf":
        raise ServiceError(QT_TRANSLATE_NOOP("Messages", "Choose a file name ending in .pdf."))


def write_pdf(content: DocumentContent, path: Path) -> Path:
    """Write the PDF whole or not at all; ``CannotSave`` says why not."""
    path = Path(path)
    _check_pdf(path)
    data = pdf_bytes(content)
    with atomic_writer(path) as stream:
        stream.write(data)
    return path


def register_pdf_bytes(register: ReceptionRegister) -> bytes:
    """The reception register as a landscape A4 PDF (painted row by row: a year of a province
    is a few thousand rows, which a QTextDocument table lays out far too slowly)."""
    family = register_fonts()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(RESOLUTION)
    writer.setTitle("Sổ tiếp công dân")
    writer.setCreator("Dialogue Desk")
    writer.setPageLayout(_layout(True))
    paint_register(register, writer, family)
    del writer  # ends the PDF
    buffer.close()
    return bytes(buffer.data().data())


REGISTER_WIDTHS = (5, 10, 20, 13, 21, 10, 12, 6, 9, 8, 14, 14)
UNBROKEN = (1, 3, 11)  # a date, an ID number, a case number: wrapped anywhere if too long


def paint_register(register: ReceptionRegister, device: QPagedPaintDevice, family: str) -> int:
    """Paint the register's title and its 12-column table, the header row repeated on every
    page and the page number in the top margin from the second page; the number of pages."""
    dpi = device.logicalDpiX()
    mm = dpi / 25.4
    page = device.pageLayout().fullRectPixels(dpi)
    left, top, right, bottom = (m * mm for m in MARGINS_MM)
    width = page.width() - left - right
    limit = page.height() - bottom
    total = sum(REGISTER_WIDTHS)
    widths = [width * w / total for w in REGISTER_WIDTHS]
    pad = 1.0 * mm
    wrap = int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignTop)
    centre = wrap | int(Qt.AlignmentFlag.AlignHCenter)
    plain = wrap | int(Qt.AlignmentFlag.AlignLeft)
    cell_font, head_font = QFont(family), QFont(family)
    cell_font.setPointSizeF(9.5)
    head_font.setPointSizeF(10)
    head_font.setBold(True)
    painter = QPainter(device)
    pages = 1

    def heights(values: Sequence[str], font: QFont) -> float:
        painter.setFont(font)
        tallest = 0.0
        for index, (value, cell) in enumerate(zip(values, widths, strict=True)):
            flags = plain | (int(Qt.TextFlag.TextWrapAnywhere) if index in UNBROKEN else 0)
            box = painter.boundingRect(QRectF(0, 0, cell - 2 * pad, 1e6), flags, value)
            tallest = max(tallest, box.height())
        return tallest + 2 * pad

    def draw_row(values: Sequence[str], y: float, height: float, font: QFont, head: bool) -> None:
        painter.setFont(font)
        x = left
        for index, (value, cell) in enumerate(zip(values, widths, strict=True)):
            painter.drawRect(QRectF(x, y, cell, height))
            flags = centre if head or index in (0, 1, 7, 8) else plain
            if not head and index in UNBROKEN:
                flags |= int(Qt.TextFlag.TextWrapAnywhere)
            painter.drawText(
                QRectF(x + pad, y + pad, cell - 2 * pad, height - 2 * pad), flags, value
            )
            x += cell

    numbers = [f"({i})" for i in range(1, len(RECEPTION_COLUMNS) + 1)]
    try:
        y = top
        heading = (
            ((register.parent_body.upper(), 13, False, False),) if register.parent_body else ()
        )
        for text, size, bold, italic in (
            *heading,
            (register.office.upper(), 13, True, False),
            ("SỔ TIẾP CÔNG DÂN", 16, True, False),
            (
                f"Từ ngày {register.date_from.strftime('%d/%m/%Y')} "
                f"đến ngày {register.date_to.strftime('%d/%m/%Y')}",
                13,
                False,
                True,
            ),
        ):
            font = QFont(family)
            font.setPointSizeF(size)
            font.setBold(bold)
            font.setItalic(italic)
            painter.setFont(font)
            box = painter.boundingRect(
                QRectF(left, y, width, 1e6), int(Qt.AlignmentFlag.AlignHCenter), text
            )
            painter.drawText(box, int(Qt.AlignmentFlag.AlignHCenter), _nfc(text))
            y += box.height() + 1 * mm
        y += 3 * mm
        head_height = heights(RECEPTION_COLUMNS, head_font)
        number_height = heights(numbers, cell_font)

        def header(at: float) -> float:
            draw_row(RECEPTION_COLUMNS, at, head_height, head_font, True)
            draw_row(numbers, at + head_height, number_height, cell_font, True)
            return at + head_height + number_height

        y = header(y)
        for entry in register.entries:
            values = [_nfc(v) for v in entry.cells()]
            height = heights(values, cell_font)
            if y + height > limit:
                device.newPage()
                pages += 1
                page_font = QFont(family)
                page_font.setPointSizeF(13)
                painter.setFont(page_font)
                painter.drawText(
                    QRectF(left, 0, width, top), int(Qt.AlignmentFlag.AlignCenter), str(pages)
                )
                y = header(top)
            draw_row(values, y, height, cell_font, False)
            y += height
        total_font = QFont(family)
        total_font.setPointSizeF(12)
        painter.setFont(total_font)
        if y + 10 * mm > limit:
            device.newPage()
            pages += 1
            y = top
        painter.drawText(
            QRectF(left, y + 2 * mm, width, 10 * mm),
            int(Qt.AlignmentFlag.AlignLeft),
            f"Tổng số: {len(register.entries)} lượt.",
        )
    finally:
        painter.end()
    return pages


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def write_register_pdf(register: ReceptionRegister, path: Path) -> Path:
    path = Path(path)
    _check_pdf(path)
    data = register_pdf_bytes(register)
    with atomic_writer(path) as stream:
        stream.write(data)
    return path


def print_register_on(register: ReceptionRegister, device: QPagedPaintDevice) -> int:
    """Print the register on ``device`` (a QPrinter; landscape)."""
    family = register_fonts()
    device.setPageLayout(_layout(True))
    return paint_register(register, device, family)


__all__ = [
    "document_html",
    "paint",
    "paint_letters",
    "paint_register",
    "pdf_bytes",
    "print_on",
    "print_register_on",
    "register_fonts",
    "register_pdf_bytes",
    "text_document",
    "write_pdf",
    "write_register_pdf",
]
