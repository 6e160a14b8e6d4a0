"""A conference's attendance list (issue 18) on one A4 page: who was invited, who came, with a
column to sign; as a PDF or on a printer, in the documents' font and margins
(``rendering/documents.py``). A long list continues on further pages, its header repeated."""

from __future__ import annotations

import html
import unicodedata
from pathlib import Path

from PySide6.QtCore import QBuffer, QCoreApplication, QIODevice, QMarginsF
from PySide6.QtGui import (
    QFont,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QTextDocument,
)

from dialogue_app.rendering.documents import RESOLUTION, paint, register_fonts
from dialogue_app.services.conferences import AttendanceSheet
from dialogue_app.services.errors import QT_TRANSLATE_NOOP, ServiceError
from dialogue_app.services.files import atomic_writer


def _e(text: str) -> str:
    return html.escape(unicodedata.normalize("NFC", text))


def attendance_html(sheet: AttendanceSheet, roles: dict[object, str], family: str) -> str:
    """The list as the HTML a QTextDocument lays out; ``roles``: each role's name."""
    when = sheet.starts_at.strftime("%H:%M %d/%m/%Y")
    until = sheet.ends_at.strftime("%H:%M")
    title = QCoreApplication.translate("AttendanceList", "ATTENDANCE LIST")
    place = (
        QCoreApplication.translate("AttendanceList", "Venue: %1").replace("%1", _e(sheet.venue))
        if sheet.venue
        else ""
    )
    counted = (
        QCoreApplication.translate("AttendanceList", "Invited: %1 · Came: %2")
        .replace("%1", str(sheet.invited))
        .replace("%2", str(sheet.came))
    )
    head = "".join(
        f"<th style='font-size:12pt'>{_e(h)}</th>"
        for h in (
            QCoreApplication.translate("AttendanceList", "No."),
            QCoreApplication.translate("AttendanceList", "Name"),
            QCoreApplication.translate("AttendanceList", "Taking part as"),
            QCoreApplication.translate("AttendanceList", "Came"),
            QCoreApplication.translate("AttendanceList", "Signature"),
        )
    )
    rows = "".join(
        "<tr>"
        f"<td align='center' style='font-size:12pt'>{n}</td>"
        f"<td style='font-size:12pt'>{_e(r.name)}"
        + (f"<br/><span style='font-size:10pt'>{_e(r.detail)}</span>" if r.detail else "")
        + "</td>"
        f"<td style='font-size:12pt'>{_e(roles.get(r.role, str(r.role)))}</td>"
        f"<td align='center' style='font-size:12pt'>{'✓' if r.attended else ''}</td>"
        "<td>&nbsp;</td></tr>"
        for n, r in enumerate(sheet.rows, start=1)
    )
    return (
        f"<html><body style=\"font-family:'{family}'; font-size:13pt; color:black\">"
        f"<p align='center' style='font-size:14pt; font-weight:bold'>{_e(title)}</p>"
        f"<p align='center' style='font-size:13pt; font-weight:bold'>{_e(sheet.title)}</p>"
        f"<p align='center' style='font-size:12pt'>{when}–{until}"
        + (f" · {place}" if place else "")
        + "</p>"
        f"<p style='font-size:12pt'>{_e(counted)}</p>"
        "<table border='1' cellspacing='0' cellpadding='4' width='100%' "
        "style='border-collapse:collapse; border-color:black'>"
        f"<thead><tr>{head}</tr></thead>{rows}</table>"
        "</body></html>"
    )


def _layout() -> QPageLayout:
    return QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4),
        QPageLayout.Orientation.Portrait,
        QMarginsF(0, 0, 0, 0),
        QPageLayout.Unit.Millimeter,
    )


def _document(html_text: str, family: str) -> QTextDocument:
    document = QTextDocument()
    document.setDefaultFont(QFont(family, 13))
    document.setHtml(html_text)
    return document


def print_attendance(
    sheet: AttendanceSheet, roles: dict[object, str], device: QPagedPaintDevice
) -> int:
    """Print the list on ``device`` (a QPrinter from the print dialog); the number of pages."""
    family = register_fonts()
    device.setPageLayout(_layout())
    return paint(_document(attendance_html(sheet, roles, family), family), device, family)


def attendance_pdf(sheet: AttendanceSheet, roles: dict[object, str]) -> bytes:
    family = register_fonts()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(RESOLUTION)
    writer.setTitle(sheet.title)
    writer.setCreator("Dialogue Desk")
    writer.setPageLayout(_layout())
    document = _document(attendance_html(sheet, roles, family), family)
    document.documentLayout().setPaintDevice(writer)
    paint(document, writer, family)
    del writer  # ends the PDF
    buffer.close()
    return bytes(buffer.data().data())


def write_attendance_pdf(sheet: AttendanceSheet, roles: dict[object, str], path: Path) -> Path:
    """Write the PDF whole or not at all."""
    path = Path(path)
    if path.suffix.lower() != ".pdf":
        raise ServiceError(QT_TRANSLATE_NOOP("Messages", "Choose a file name ending in .pdf."))
    data = attendance_pdf(sheet, roles)
    with atomic_writer(path) as stream:
        stream.write(data)
    return path
