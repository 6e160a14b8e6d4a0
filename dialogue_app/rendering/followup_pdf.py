"""The follow-up board on paper and as a PDF (issue 18): each held conference, its progress and
its issues, late ones first, in one table per conference (A4 landscape). Printed documents are in
Vietnamese whatever the window's language, as the report is (``report_pdf``)."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtGui import QPagedPaintDevice, QPageLayout, QTextDocument

from dialogue_app.domain.cases import CaseStatus, CaseType
from dialogue_app.domain.timezone import VN_TZ
from dialogue_app.rendering.charts import ensure_application
from dialogue_app.rendering.report_pdf import print_document
from dialogue_app.services.errors import QT_TRANSLATE_NOOP, ServiceError
from dialogue_app.services.files import atomic_writer
from dialogue_app.services.followup import BoardItem, ConferenceBoard, PeriodBoard

TYPES = {
    CaseType.COMPLAINT: "Khiếu nại",
    CaseType.DENUNCIATION: "Tố cáo",
    CaseType.RECOMMENDATION: "Kiến nghị",
    CaseType.FEEDBACK: "Phản ánh",
}
STATUSES = {
    CaseStatus.RECEIVED: "Đã tiếp nhận",
    CaseStatus.ACCEPTED: "Đã thụ lý",
    CaseStatus.IN_PROGRESS: "Đang giải quyết",
    CaseStatus.RESOLVED: "Đã giải quyết",
    CaseStatus.TRANSFERRED: "Chuyển đơn",
    CaseStatus.GUIDED: "Đã hướng dẫn",
    CaseStatus.WITHDRAWN: "Đã rút đơn",
    CaseStatus.REFUSED: "Không thụ lý",
}
HEADERS = ("STT", "Số", "Loại", "Nội dung", "Cơ quan giải quyết", "Hạn", "Trạng thái", "Còn lại")


def _e(text: str | None) -> str:
    return html.escape(text or "")


def days_text(item: BoardItem) -> str:
    """ "Quá hạn 3 ngày", "Còn 5 ngày", "Hôm nay", "Đã xong", "—" (no deadline)."""
    if item.settled:
        return "Đã xong"
    if item.days_left is None:
        return "—"
    if item.days_left < 0:
        return f"Quá hạn {-item.days_left} ngày"
    if item.days_left == 0:
        return "Hết hạn hôm nay"
    return f"Còn {item.days_left} ngày"


def _progress(total: int, settled: int, late: int) -> str:
    text = f"Đã giải quyết xong {settled}/{total} vụ việc"
    return text + (f"; quá hạn {late}" if late else "")


def _table(items: tuple[BoardItem, ...]) -> str:
    head = "".join(f"<th bgcolor='#dde6f0'>{h}</th>" for h in HEADERS)
    rows = []
    for number, item in enumerate(items, 1):
        cells = (
            str(number),
            item.number or "",
            TYPES[item.case_type],
            item.summary,
            item.agency or "",
            item.deadline.strftime("%d/%m/%Y") if item.deadline else "—",
            STATUSES[item.status],
            days_text(item),
        )
        style = " style='color:#b00020; font-weight:bold'" if item.late else ""
        rows.append("<tr>" + "".join(f"<td{style}>{_e(c)}</td>" for c in cells) + "</tr>")
    # the header row repeats on every page (Qt's rich text: <thead>)
    return (
        "<table border='1' cellspacing='0' cellpadding='3' width='100%' "
        f"style='border-collapse: collapse'><thead><tr>{head}</tr></thead>{''.join(rows)}</table>"
    )


def _conference(board: ConferenceBoard) -> str:
    start = board.start.astimezone(VN_TZ)
    where = f", {board.venue}" if board.venue else ""
    parts = [
        f"<h3>{_e(board.title)}</h3>",
        f"<p>{start.strftime('%H:%M ngày %d/%m/%Y')}{_e(where)}. "
        f"<b>{_progress(board.total, board.settled, board.late)}.</b></p>",
    ]
    if board.items:
        parts.append(_table(board.items))
    else:
        parts.append("<p><i>Không có vụ việc nào được ghi nhận tại hội nghị này.</i></p>")
    return "".join(parts)


def board_html(board: ConferenceBoard | PeriodBoard) -> str:
    """The board as the HTML a QTextDocument lays out."""
    parts = [
        "<html><body style='font-family: \"DejaVu Sans\", Arial, sans-serif; font-size: 9pt'>",
        "<h2 align='center'>BẢNG THEO DÕI KẾT QUẢ GIẢI QUYẾT SAU HỘI NGHỊ</h2>",
    ]
    if isinstance(board, PeriodBoard):
        parts.append(
            f"<p align='center'>Từ ngày {board.start.strftime('%d/%m/%Y')} đến ngày "
            f"{board.end.strftime('%d/%m/%Y')} — {len(board.conferences)} hội nghị. "
            f"{_progress(board.total, board.settled, board.late)}.</p>"
        )
        conferences: tuple[ConferenceBoard, ...] = board.conferences
        if not conferences:
            parts.append("<p><i>Không có hội nghị nào đã tổ chức trong kỳ.</i></p>")
    else:
        conferences = (board,)
    parts.append(f"<p align='center'><i>Tính đến ngày {board.today.strftime('%d/%m/%Y')}</i></p>")
    parts += [_conference(c) for c in conferences]
    parts.append("</body></html>")
    return "".join(parts)


def _document(board: ConferenceBoard | PeriodBoard) -> QTextDocument:
    document = QTextDocument()
    document.setHtml(board_html(board))
    return document


def write_board_pdf(board: ConferenceBoard | PeriodBoard, path: Path) -> Path:
    """Write the board as an A4 landscape PDF, whole or not at all."""
    path = Path(path)
    if path.suffix.lower() != ".pdf":
        raise ServiceError(QT_TRANSLATE_NOOP("Messages", "Choose a file name ending in .pdf."))
    ensure_application()
    data = print_document(_document(board), "Bảng theo dõi kết quả giải quyết", landscape=True)
    with atomic_writer(path) as stream:
        stream.write(data)
    return path


def print_board_on(board: ConferenceBoard | PeriodBoard, device: QPagedPaintDevice) -> None:
    """Print the board on ``device`` (a QPrinter from the print dialog), A4 landscape."""
    device.setPageOrientation(QPageLayout.Orientation.Landscape)
    _document(board).print_(device)


__all__ = ["board_html", "days_text", "print_board_on", "write_board_pdf"]
