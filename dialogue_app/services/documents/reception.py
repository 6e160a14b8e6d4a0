"""The reception register (Sổ tiếp công dân, Circular 04/2021/TT-TTCP, form 03): its rows read
from the cases received in person (at a reception or a conference) in a period, and written as a
landscape .docx (rows as WordprocessingML, a year in well under a second) and an .xlsx."""

from __future__ import annotations

import io
from collections import defaultdict
from datetime import date
from typing import Any
from xml.sax.saxutils import escape

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font
from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from dialogue_app.domain.cases import CaseStatus, CaseType, Channel
from dialogue_app.domain.text import neutralise
from dialogue_app.services.documents.records import CASE_TYPE_WORDS
from dialogue_app.services.documents.types import (
    RECEPTION_COLUMNS,
    ReceptionEntry,
    ReceptionRegister,
)
from dialogue_app.services.documents.word import FONT, _font, _paragraph, landscape_setup
from dialogue_app.store.models import Agency, Case, CaseCitizen, Citizen

IN_PERSON = (Channel.RECEPTION, Channel.CONFERENCE)
ACCEPTED = (CaseStatus.ACCEPTED, CaseStatus.IN_PROGRESS, CaseStatus.RESOLVED)
HIDDEN = "Người tố cáo (giữ bí mật)"
# relative widths of the 12 columns on a landscape page
WIDTHS = (5, 10, 21, 13, 24, 10, 12, 6, 9, 8, 14, 10)


def entries(
    session: Session, date_from: date, date_to: date, *, reveal: bool, today: date
) -> list[ReceptionEntry]:
    earlier = aliased(Case)
    earlier_agency = aliased(Agency)
    rows = session.execute(
        select(
            Case.id,
            Case.number,
            Case.received_on,
            Case.case_type,
            Case.summary,
            Case.group_size,
            Case.status,
            Case.accepted_on,
            Case.resolved_on,
            Case.deadline,
            Case.refusal_ground,
            Case.reply_received_on,
            Agency.name,
            earlier_agency.name,
        )
        .outerjoin(Agency, Agency.id == Case.agency_id)
        .outerjoin(earlier, earlier.id == Case.repeat_of_id)
        .outerjoin(earlier_agency, earlier_agency.id == earlier.agency_id)
        .where(
            Case.received_on >= date_from,
            Case.received_on <= date_to,
            Case.channel.in_(IN_PERSON),
        )
        .order_by(Case.received_on, Case.id)
    ).all()
    people: dict[int, list[tuple[str, str | None, str | None]]] = defaultdict(list)
    ids = [row[0] for row in rows]
    for start in range(0, len(ids), 900):
        chunk = ids[start : start + 900]
        for case_id, name, address, national_id in session.execute(
            select(CaseCitizen.case_id, Citizen.full_name, Citizen.address, Citizen.national_id)
            .join(Citizen, Citizen.id == CaseCitizen.citizen_id)
            .where(CaseCitizen.case_id.in_(chunk))
            .order_by(CaseCitizen.case_id, CaseCitizen.is_representative.desc(), CaseCitizen.id)
        ):
            people[case_id].append((name, address, national_id))
    result: list[ReceptionEntry] = []
    for number, row in enumerate(rows, start=1):
        (case_id, case_number, received_on, case_type, summary, group_size, status) = row[:7]
        accepted_on, resolved_on, deadline, refusal_ground, reply_on, agency, settled_before = row[
            7:
        ]
        citizens = people.get(case_id, [])
        if case_type == CaseType.DENUNCIATION and not reveal:
            name_address, national_id = HIDDEN, ""
        else:
            name_address = "; ".join(
                f"{name}, {address}" if address else name for name, address, _id in citizens
            )
            national_id = ", ".join(i for _n, _a, i in citizens if i)
        people_text = f"đoàn {group_size} người" if group_size >= 5 else f"{group_size} người"
        kind = CASE_TYPE_WORDS[CaseType(case_type)]
        late = _days_late(status, deadline, reply_on, today)
        result_text = _result(status, resolved_on, deadline, refusal_ground, agency, late)
        result.append(
            ReceptionEntry(
                number=number,
                day=received_on,
                name_address=name_address,
                national_id=national_id,
                content=summary,
                kind_people=f"{kind[0].upper()}{kind[1:]} / {people_text}",
                settled_before=settled_before or "",
                accepted="x" if status in ACCEPTED or accepted_on else "",
                guided="x" if status == CaseStatus.GUIDED else "",
                transferred=(
                    f"x ({agency})"
                    if status == CaseStatus.TRANSFERRED and agency
                    else "x"
                    if status == CaseStatus.TRANSFERRED
                    else ""
                ),
                result=result_text,
                note=case_number or "",
                overdue=late > 0,
            )
        )
    return result


def _days_late(status: str, deadline: date | None, reply_on: date | None, today: date) -> int:
    """Days past the deadline of a case still open here or awaited from the agency it was
    transferred to (no reply yet); 0 when it is not late."""
    waiting = status in (CaseStatus.ACCEPTED, CaseStatus.IN_PROGRESS) or (
        status == CaseStatus.TRANSFERRED and reply_on is None
    )
    if not waiting or deadline is None or deadline >= today:
        return 0
    return (today - deadline).days


def _day(value: date) -> str:
    return value.strftime("%d/%m/%Y")


def _result(
    status: str,
    resolved_on: date | None,
    deadline: date | None,
    refusal_ground: str | None,
    agency: str | None,
    late: int,
) -> str:
    """The "follow-up and result" cell: what became of the case, said in words."""
    closed_on = f" ngày {_day(resolved_on)}" if resolved_on else ""
    if status == CaseStatus.RESOLVED:
        return f"Đã giải quyết{closed_on}"
    if status == CaseStatus.REFUSED:
        ground = f": {refusal_ground.strip()}" if refusal_ground and refusal_ground.strip() else ""
        return f"Không thụ lý{closed_on}{ground}"
    if status == CaseStatus.WITHDRAWN:
        return f"Công dân rút đơn{closed_on}"
    if status == CaseStatus.GUIDED:
        return "Đã hướng dẫn công dân" + (f" gửi đơn đến {agency}" if agency else "")
    overdue = f"; QUÁ HẠN {late} ngày" if late else ""
    if status in ACCEPTED:
        return "Đang giải quyết" + (f", hạn {_day(deadline)}" if deadline else "") + overdue
    if status == CaseStatus.TRANSFERRED:
        waiting = f", chờ trả lời, hạn {_day(deadline)}" if deadline else ""
        return "Đã chuyển đơn" + (f" đến {agency}" if agency else "") + waiting + overdue
    return ""


def title_lines(register: ReceptionRegister) -> tuple[str, str]:
    period = (
        f"Từ ngày {register.date_from.strftime('%d/%m/%Y')} "
        f"đến ngày {register.date_to.strftime('%d/%m/%Y')}"
    )
    return "SỔ TIẾP CÔNG DÂN", period


_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _cell_xml(text: str, width: int, *, bold: bool = False, center: bool = False) -> str:
    run_props = (
        f'<w:rPr><w:rFonts w:ascii="{FONT}" w:hAnsi="{FONT}" w:cs="{FONT}" w:eastAsia="{FONT}"/>'
        f'{"<w:b/>" if bold else ""}<w:sz w:val="22"/></w:rPr>'
    )
    justify = '<w:jc w:val="center"/>' if center else ""
    paragraphs = "".join(
        f'<w:p><w:pPr><w:spacing w:before="0" w:after="0"/>{justify}</w:pPr>'
        f'<w:r>{run_props}<w:t xml:space="preserve">{escape(line)}</w:t></w:r></w:p>'
        for line in (text.split("\n") or [""])
    )
    return f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/></w:tcPr>{paragraphs}</w:tc>'


def register_docx(register: ReceptionRegister) -> bytes:
    document = Document()
    landscape_setup(document)
    body = document._body._body
    for paragraph in list(body.iterchildren()):
        if paragraph.tag.endswith("}p"):
            body.remove(paragraph)
    title, period = title_lines(register)
    if register.parent_body:
        _paragraph(document, register.parent_body.upper(), 13)
    _paragraph(document, register.office.upper(), 13, bold=True)
    _paragraph(document, "", 12)
    _paragraph(document, title, 16, bold=True)
    _paragraph(document, period, 14, italic=True, after=12)
    usable = 14570  # twentieths of a point: 297 mm less 30 + 15 mm margins
    total = sum(WIDTHS)
    widths = [usable * w // total for w in WIDTHS]
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    border = "".join(
        f'<w:{edge} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
        for edge in ("top", "left", "bottom", "right", "insideH", "insideV")
    )
    header = "".join(
        _cell_xml(h, w, bold=True, center=True)
        for h, w in zip(RECEPTION_COLUMNS, widths, strict=True)
    )
    numbers = "".join(_cell_xml(f"({i})", w, center=True) for i, w in enumerate(widths, start=1))
    rows = [
        f"<w:tr><w:trPr><w:tblHeader/></w:trPr>{header}</w:tr>",
        f"<w:tr><w:trPr><w:tblHeader/></w:trPr>{numbers}</w:tr>",
    ]
    for entry in register.entries:
        values = entry.cells()
        rows.append(
            "<w:tr>"
            + "".join(
                _cell_xml(v, w, center=i in (0, 1, 7, 8))
                for i, (v, w) in enumerate(zip(values, widths, strict=True))
            )
            + "</w:tr>"
        )
    table = parse_xml(
        f'<w:tbl {_W}><w:tblPr><w:tblW w:w="{usable}" w:type="dxa"/>'
        f'<w:tblLayout w:type="fixed"/><w:tblBorders>{border}</w:tblBorders></w:tblPr>'
        f"<w:tblGrid>{grid}</w:tblGrid>{''.join(rows)}</w:tbl>"
    )
    last = _paragraph(document, f"Tổng số: {len(register.entries)} lượt.", 13)
    last.alignment = WD_ALIGN_PARAGRAPH.LEFT
    last._p.addprevious(table)
    _font(document.styles["Normal"], 13)
    stream = io.BytesIO()
    document.save(stream)
    return stream.getvalue()


XLSX_HEADER_ROWS = 6  # parent body, issuing body, title, period, column names, numbers
OVERDUE_RED = "C00000"  # a case past its deadline: bold dark red


def register_xlsx(register: ReceptionRegister) -> bytes:
    """The register as one sheet ready to print: landscape A4 fitted to the page's width, the
    column headings repeated on every page; a case past its deadline in bold red."""
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Sổ tiếp công dân")
    for index, width in enumerate(WIDTHS, start=1):
        letter = chr(ord("A") + index - 1)
        sheet.column_dimensions[letter].width = max(6, width * 1.6)
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = "9"  # A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0  # as many pages down as it takes
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_title_rows = f"{XLSX_HEADER_ROWS - 1}:{XLSX_HEADER_ROWS}"
    sheet.page_margins.left, sheet.page_margins.right = 30 / 25.4, 15 / 25.4
    sheet.page_margins.top = sheet.page_margins.bottom = 20 / 25.4
    sheet.print_options.horizontalCentered = True

    def styled(value: Any, *, bold: bool = False, size: float = 11, **font: Any) -> Any:
        cell = WriteOnlyCell(sheet, value=value)
        cell.font = Font(name=FONT, bold=bold, size=size, **font)
        return cell

    title, period = title_lines(register)
    sheet.append([styled(register.parent_body.upper(), size=12)])
    sheet.append([styled(register.office.upper(), bold=True, size=12)])
    sheet.append([styled(title, bold=True, size=14)])
    sheet.append([styled(period, size=12, italic=True)])
    wrap = Alignment(wrap_text=True, vertical="center", horizontal="center")
    headings = []
    for name in RECEPTION_COLUMNS:
        cell = styled(name, bold=True)
        cell.alignment = wrap
        headings.append(cell)
    sheet.append(headings)
    sheet.append([styled(f"({i})") for i in range(1, len(RECEPTION_COLUMNS) + 1)])
    top = Alignment(wrap_text=True, vertical="top")
    plain, late = Font(name=FONT, size=11), Font(name=FONT, size=11, bold=True, color=OVERDUE_RED)
    for entry in register.entries:
        values: list[Any] = [neutralise(v) for v in entry.cells()]
        values[0], values[1] = entry.number, entry.day
        font = late if entry.overdue else plain
        cells = []
        for value in values:
            cell = WriteOnlyCell(sheet, value=value)
            cell.font, cell.alignment = font, top
            cells.append(cell)
        cells[1].number_format = "DD/MM/YYYY"
        sheet.append(cells)
    stream = io.BytesIO()
    workbook.save(stream)
    return stream.getvalue()


__all__ = ["entries", "register_docx", "register_xlsx", "title_lines"]
