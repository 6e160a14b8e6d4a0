"""Each document and the reception register as PDF, read back with pdftotext and pdffonts: the
Vietnamese text whole (NFC, every glyph), the fonts embedded, A4 pages (landscape register)."""

from __future__ import annotations

import html
import re
import shutil
import subprocess
import unicodedata
from datetime import timedelta
from pathlib import Path

import pytest

from dialogue_app.domain.documents import DocumentKind
from dialogue_app.services.database import DatabaseHandle
from dialogue_app.services.errors import CannotSave, ServiceError
from tests.clock import TODAY
from tests.services.documents.document_fixtures import PARTY, service, setup_office
from tests.services.documents.test_document_files import record_for

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None or shutil.which("pdffonts") is None,
    reason="pdftotext/pdffonts (Debian poppler-utils) are not installed",
)


def _text(path: Path) -> str:
    out = subprocess.run(
        ["pdftotext", "-layout", "-enc", "UTF-8", str(path), "-"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return unicodedata.normalize("NFC", out)


def _fonts(path: Path) -> list[list[str]]:
    out = subprocess.run(["pdffonts", str(path)], check=True, capture_output=True, text=True)
    return [line.split() for line in out.stdout.splitlines()[2:] if line.strip()]


def _page_size(path: Path) -> str:
    out = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True, text=True)
    return next(line for line in out.stdout.splitlines() if line.startswith("Page size"))


def test_every_kind_as_pdf(db: DatabaseHandle, qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from dialogue_app.rendering.documents import write_pdf

    office = setup_office(db)
    documents = service(db)
    for kind in DocumentKind:
        path = tmp_path / f"{kind.value}.pdf"
        issued = documents.issue(
            kind,
            record_for(office, kind),
            deliver=lambda content, _docx, path=path: write_pdf(content, path) and None,
        )
        text = _text(path)
        assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in text
        assert "Độc lập - Tự do - Hạnh phúc" in text
        assert f"Số: {issued.number}" in text
        assert f"Hà Tĩnh, ngày {TODAY.day:02d} tháng" in text
        signer = "Võ Trọng Hải" if kind is DocumentKind.MINUTES else "Nguyễn Văn An"
        assert "Nơi nhận:" in text and signer in text
        assert "\ufffd" not in text  # no missing glyph
        fonts = _fonts(path)
        assert fonts, "no fonts in the PDF"
        assert all(row[-5] == "yes" for row in fonts), fonts  # the "emb" column
        assert any("Serif" in row[0] or "Times" in row[0] for row in fonts)
        assert "595 x 842" in _page_size(path) or "595.276 x 841.89" in _page_size(path)


def test_a_long_document_numbers_its_pages_from_the_second(
    db: DatabaseHandle,
    qapp,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    from dialogue_app.rendering.documents import pdf_bytes

    office = setup_office(db)
    draft = service(db).draft(DocumentKind.MINUTES, office.conference_id)
    long = draft.content.pages[0]
    from dataclasses import replace

    content = replace(draft.content, pages=(replace(long, paragraphs=long.paragraphs * 12),))
    path = tmp_path / "long.pdf"
    path.write_bytes(pdf_bytes(content))
    pages = _text(path).split("\f")
    assert len([p for p in pages if p.strip()]) >= 2
    assert pages[1].strip().splitlines()[0].strip() == "2"
    assert not pages[0].strip().splitlines()[0].strip().isdigit()


def test_pdf_needs_a_pdf_name_and_a_writable_place(
    db: DatabaseHandle, qapp, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from dialogue_app.rendering.documents import write_pdf

    office = setup_office(db)
    draft = service(db).draft(DocumentKind.TRANSFER, office.complaint_id)
    with pytest.raises(ServiceError):
        write_pdf(draft.content, tmp_path / "x.docx")
    blocked = tmp_path / "file"
    blocked.write_text("x")
    with pytest.raises(CannotSave):
        write_pdf(draft.content, blocked / "x.pdf")


def test_reception_register_as_pdf_docx_and_xlsx(db: DatabaseHandle, qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import docx
    from openpyxl import load_workbook

    from dialogue_app.rendering.documents import write_register_pdf

    setup_office(db)
    clerk = service(db, "clerk")
    start, end = TODAY - timedelta(days=60), TODAY
    register = clerk.reception_register(start, end)
    assert len(register.entries) == 4
    assert register.entries[2].name_address == "Người tố cáo (giữ bí mật)"
    assert register.entries[0].name_address == "Đặng Văn Đức, xã Cẩm Lộc"
    assert register.entries[0].accepted == "x"
    path = tmp_path / "register.pdf"
    write_register_pdf(register, path)
    text = _text(path)
    assert "SỔ TIẾP CÔNG DÂN" in text and "Đặng Văn Đức" in text
    assert [e.national_id for e in register.entries] == ["042090001234"] * 2 + ["", "042090001234"]
    assert "842 x 595" in _page_size(path) or "841.89 x 595.276" in _page_size(path)
    assert all(row[-5] == "yes" for row in _fonts(path))

    document = docx.Document(__import__("io").BytesIO(clerk.register_docx(register)))
    section = document.sections[0]
    assert section.page_width > section.page_height  # landscape
    table = document.tables[0]
    assert len(table.columns) == 12
    assert [c.text for c in table.rows[0].cells][0] == "STT"
    assert len(table.rows) == 2 + 4

    workbook = load_workbook(__import__("io").BytesIO(clerk.register_xlsx(register)))
    sheet = workbook.active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][0] == "UBND TỈNH HÀ TĨNH" and rows[1][0] == "BAN TIẾP CÔNG DÂN TỈNH"
    assert rows[4][:3] == ("STT", "Ngày tiếp", "Họ và tên, địa chỉ")
    assert len(rows[4]) == 12
    assert rows[6][0] == 1 and rows[6][2] == "Đặng Văn Đức, xã Cẩm Lộc"
    # ready to print: landscape A4, fitted to the width, the headings on every page
    assert sheet.page_setup.orientation == "landscape" and sheet.page_setup.paperSize == 9
    assert sheet.sheet_properties.pageSetUpPr.fitToPage
    assert (sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight) == (1, 0)
    assert sheet.print_title_rows == "$5:$6"
    # the accepted complaint is past its deadline: said in words and marked in bold red
    assert "QUÁ HẠN" in rows[6][10]
    assert sheet.cell(7, 11).font.bold and sheet.cell(7, 11).font.color.rgb.endswith("C00000")
    assert not sheet.cell(10, 11).font.bold
    # the refused complaint carries its result and ground
    assert rows[9][10].startswith("Không thụ lý") and "lần hai" in rows[9][10]
    pdf_text = _text(path)
    assert "UBND TỈNH HÀ TĨNH" in pdf_text and "QUÁ HẠN" in pdf_text

    head = service(db, "head").reception_register(start, end)
    assert head.entries[2].name_address == "Đặng Văn Đức, xã Cẩm Lộc"


def test_printing_on_a_printer(db: DatabaseHandle, qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtPrintSupport import QPrinter

    from dialogue_app.rendering.documents import print_on, print_register_on

    office = setup_office(db)
    documents = service(db)
    draft = documents.draft(DocumentKind.TRANSFER, office.complaint_id)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert print_on(draft.content, printer) == 1
    text = _text(tmp_path / "printed.pdf")
    assert "PHIẾU CHUYỂN ĐƠN" in text and "Số: …/PC-BTCD" in text
    register = documents.reception_register(TODAY - timedelta(days=60), TODAY)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "register.pdf"))
    assert print_register_on(register, printer) == 1
    assert "SỔ TIẾP CÔNG DÂN" in _text(tmp_path / "register.pdf")


def test_register_results_of_closed_cases(db: DatabaseHandle) -> None:
    from dialogue_app.domain.cases import CaseStatus
    from dialogue_app.store.models import Case

    office = setup_office(db)
    with db.uow.begin() as session:
        withdrawn = session.get(Case, office.unassigned_id)
        assert withdrawn is not None
        withdrawn.status = CaseStatus.WITHDRAWN
        withdrawn.resolved_on = TODAY - timedelta(days=5)
    register = service(db).reception_register(TODAY - timedelta(days=60), TODAY)
    results = {entry.note: entry for entry in register.entries}
    assert results["2026/002"].result.startswith("Công dân rút đơn ngày")
    assert not results["2026/002"].overdue
    assert results["2026/001"].overdue and results["2026/003"].overdue
    assert results["2026/004"].result.startswith("Không thụ lý")


def _first_words(path: Path) -> dict[str, float]:
    """Where each word first starts on the first page (its left edge in points)."""
    out = subprocess.run(
        ["pdftotext", "-bbox", "-f", "1", "-l", "1", str(path), "-"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    found: dict[str, float] = {}
    for match in re.finditer(r'<word xMin="([\d.]+)"[^>]*>([^<]*)</word>', out):
        found.setdefault(unicodedata.normalize("NFC", html.unescape(match[2])), float(match[1]))
    return found


def test_the_minutes_headings_are_not_indented(db: DatabaseHandle, qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """ "I. THÀNH PHẦN THAM DỰ" starts at the margin (bold), where a paragraph's first line is
    indented 1.27 cm (36 pt)."""
    office = setup_office(db)
    from dialogue_app.rendering.documents import write_pdf

    content = service(db).draft(DocumentKind.MINUTES, office.conference_id).content
    path = write_pdf(content, tmp_path / "minutes.pdf")
    words = _first_words(path)
    margin = 30 * 72 / 25.4
    assert abs(words["I."] - margin) < 2
    assert abs(words["II."] - margin) < 2
    assert abs(words["Chủ"] - (margin + 36)) < 2  # "Chủ trì: …", an ordinary paragraph


@pytest.mark.parametrize("party", [False, True])
def test_the_number_and_the_date_stand_on_one_line_in_the_pdf(  # type: ignore[no-untyped-def]
    db: DatabaseHandle, qapp, tmp_path: Path, party: bool
) -> None:
    from dialogue_app.rendering.documents import write_pdf

    office = setup_office(db, PARTY) if party else setup_office(db)
    content = service(db).draft(DocumentKind.CONCLUSION, office.conference_id).content
    path = write_pdf(content, tmp_path / "conclusion.pdf")
    out = subprocess.run(
        ["pdftotext", "-bbox", "-f", "1", "-l", "1", str(path), "-"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    tops: dict[str, float] = {}
    for match in re.finditer(r'<word xMin="[\d.]+" yMin="([\d.]+)"[^>]*>([^<]*)</word>', out):
        tops.setdefault(unicodedata.normalize("NFC", html.unescape(match[2])), float(match[1]))
    number = tops["Số:"] if "Số:" in tops else tops["Số"]  # "Số: 05/TB-…", "Số 05-TB/…"
    assert abs(number - tops["Tĩnh,"]) < 3  # "Hà Tĩnh, ngày …" on the number's line


def test_the_register_prints_a_case_number_unbroken(
    db: DatabaseHandle, qapp, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """The note column holds a register number such as "123/ĐKN-2026" on one line (it was cut
    as "15/ĐKN-2" / "026")."""
    from dataclasses import replace

    from dialogue_app.rendering.documents import write_register_pdf

    setup_office(db)
    register = service(db).reception_register(TODAY - timedelta(days=60), TODAY)
    entries = tuple(replace(e, note=f"{123 + i}/ĐKN-2026") for i, e in enumerate(register.entries))
    path = write_register_pdf(replace(register, entries=entries), tmp_path / "register.pdf")
    out = subprocess.run(
        ["pdftotext", "-bbox", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout
    words = {
        unicodedata.normalize("NFC", html.unescape(w)) for w in re.findall(r">([^<]+)</word>", out)
    }
    for entry in entries:
        assert entry.note in words


def test_space_between_the_issues_table_and_the_closing(db: DatabaseHandle, qapp) -> None:  # type: ignore[no-untyped-def]
    from dialogue_app.rendering.documents import document_html

    office = setup_office(db)
    content = service(db).draft(DocumentKind.MINUTES, office.conference_id).content
    page = document_html(content, "Liberation Serif")
    closing = page.index(content.pages[0].closing[0][:20])
    between = page[page.rindex("</table>", 0, closing) : closing]
    assert "&nbsp;" in between  # an empty 6 pt paragraph after the table
