"""The Documents page: the register of outgoing documents (search, kind and year filters,
reopen, save again, reprint), refreshed when a document is issued elsewhere, and the reception
register of a period written in the background."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import docx
import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtPrintSupport import QPrinter

from dialogue_app.domain.documents import DocumentKind
from dialogue_app.services.container import Services
from dialogue_app.services.database import DatabaseHandle
from dialogue_app.services.documents import DocumentOptions
from dialogue_app.ui.common.changes import Changed, ChangeHub
from dialogue_app.ui.documents import DocumentsPage
from dialogue_app.ui.documents.register_model import DocumentRole, OutgoingModel
from tests.clock import TODAY, fixed_clock
from tests.services.documents.document_fixtures import Office, service, setup_office


@pytest.fixture
def office(services: Services) -> Office:
    return setup_office(services.database)


@pytest.fixture
def page(services: Services, office: Office, qtbot) -> DocumentsPage:  # type: ignore[no-untyped-def]
    documents = services.documents
    documents.issue(DocumentKind.INVITATION, office.upcoming_id)
    documents.issue(DocumentKind.TRANSFER, office.complaint_id)
    documents.issue(DocumentKind.ACCEPTANCE, office.complaint_id, DocumentOptions(signer=1))
    widget = DocumentsPage(services)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def numbers(page: DocumentsPage) -> list[str]:
    return [page.model.index(row, 0).data() for row in range(page.model.rowCount())]


def test_the_model_over_the_register(services: Services, office: Office, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = OutgoingModel()
    qtmodeltester.check(model)  # empty
    services.documents.issue(DocumentKind.TRANSFER, office.complaint_id)
    services.documents.issue(DocumentKind.DENUNCIATOR_NOTICE, office.denunciation_id)
    model.set_rows(services.documents.list_issued())
    qtmodeltester.check(model)
    assert model.rowCount() == 2 and model.columnCount() == 6
    assert model.index(1, 1).data() == "Transfer slip"
    assert model.index(1, 4).data() == "2026/001"  # the case's register number, not its id
    assert model.index(1, 0).data(DocumentRole.DOCUMENT).number == "01/PC-BTCD"
    # the summary is the document's own, not its kind and record again; whole in its tooltip
    assert model.index(1, 3).data() == "Về việc chuyển đơn đến cơ quan có thẩm quyền"
    notice = model.index(0, 3)
    assert notice.data() == "Về việc thụ lý tố cáo"
    # it names nobody for this user: the tooltip is the summary alone
    assert notice.data(Qt.ItemDataRole.ToolTipRole) == "Về việc thụ lý tố cáo"
    # one that names the denunciator says who may reopen it
    model.set_rows([replace(model.rows[0], confidential=True), model.rows[1]])
    qtmodeltester.check(model)
    assert "denunciator" in model.index(0, 3).data(Qt.ItemDataRole.ToolTipRole)
    model.set_rows([])
    qtmodeltester.check(model)


def test_search_and_filters(page: DocumentsPage, qtbot) -> None:  # type: ignore[no-untyped-def]
    assert numbers(page) == ["01/TB-BTCD", "01/PC-BTCD", "01/GM-BTCD"]
    assert page.count_label.text() == "3 documents"
    assert [page.year_filter.itemData(i) for i in range(page.year_filter.count())] == [
        None,
        TODAY.year,
    ]
    page.kind_filter.setCurrentIndex(page.kind_filter.findData(DocumentKind.INVITATION))
    assert numbers(page) == ["01/GM-BTCD"]
    page.kind_filter.setCurrentIndex(0)
    qtbot.keyClicks(page.search, "chuyen don")  # without diacritics
    qtbot.waitUntil(lambda: numbers(page) == ["01/PC-BTCD"], timeout=2000)
    assert page.count_label.text() == "1 document"


def test_issued_elsewhere_shows_up(services: Services, office: Office, page: DocumentsPage) -> None:
    services.documents.issue(DocumentKind.GUIDANCE, office.received_id)
    ChangeHub.of(page).announce(Changed.DOCUMENTS)  # what the make-a-document dialog announces
    assert "01/PHD-BTCD" in numbers(page)


def test_reopen_save_again_and_reprint(page: DocumentsPage, tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    assert not page.open_button.isEnabled()  # nothing chosen yet
    page.select_row(1)  # the transfer slip
    assert page.open_button.isEnabled()
    opened: list[Path] = []
    page.open_file = opened.append
    assert page.open_selected()
    assert opened[0].suffix == ".docx"
    assert opened[0].parent.stat().st_mode & 0o077 == 0  # a folder only this account reads
    texts = [p.text for p in docx.Document(io.BytesIO(opened[0].read_bytes())).paragraphs]
    assert "PHIẾU CHUYỂN ĐƠN" in texts

    page.ask_path = lambda _title, _filter, suggested: str(tmp_path / suggested)
    assert page.save_selected("pdf")
    saved = list(tmp_path.glob("*.pdf"))
    assert len(saved) == 1 and saved[0].read_bytes().startswith(b"%PDF")
    assert "01-PC-BTCD" in saved[0].name  # the number, without its slash

    printed = tmp_path / "printer.pdf"

    def printer(_parent: object) -> QPrinter:
        chosen = QPrinter()
        chosen.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        chosen.setOutputFileName(str(printed))
        return chosen

    page.ask_printer = printer
    assert page.print_selected()
    assert printed.read_bytes().startswith(b"%PDF")
    assert numbers(page) == ["01/TB-BTCD", "01/PC-BTCD", "01/GM-BTCD"]  # nothing new issued


@pytest.mark.parametrize("fmt", ["xlsx", "docx", "pdf"])
def test_reception_register_of_a_period(
    page: DocumentsPage, tmp_path: Path, qtbot, fmt: str
) -> None:  # type: ignore[no-untyped-def]
    page.ask_path = lambda _title, _filter, _suggested: str(tmp_path / "so-tiep")
    dialog = page.reception_register()
    dialog.from_edit.setDate(dialog.from_edit.date().addDays(-400))
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData(fmt))
    task = dialog.save()
    assert task is not None
    assert task.wait()
    qtbot.waitUntil(lambda: task.result_value is not None or task.error is not None, timeout=20000)
    assert task.error is None, task.error
    target = tmp_path / f"so-tiep.{fmt}"
    assert task.result_value.value == target
    assert "4 citizen visits written to" in task.report.toPlainText()
    if fmt == "xlsx":
        sheet = load_workbook(target).active
        values = [str(cell.value or "") for row in sheet.iter_rows() for cell in row]
        assert "Người tố cáo (giữ bí mật)" in values or any(
            "giữ bí mật" in value for value in values
        )
    elif fmt == "docx":
        document = docx.Document(str(target))
        assert len(document.tables[-1].columns) == 12
    else:
        assert target.read_bytes().startswith(b"%PDF")
    task.accept()


def test_reception_register_period_the_wrong_way_round(page: DocumentsPage, tmp_path: Path) -> None:
    asked: list[str] = []
    page.ask_path = lambda *args: asked.append(args[0]) or str(tmp_path / "x")  # type: ignore[func-returns-value]
    dialog = page.reception_register()
    dialog.to_edit.setDate(dialog.from_edit.date().addDays(-1))
    assert dialog.save() is None
    assert not dialog.error_label.isHidden()
    assert asked == []  # nothing asked, nothing written
    dialog.close()


def test_the_page_in_the_window(make_window, services: Services, office: Office) -> None:  # type: ignore[no-untyped-def]
    services.documents.issue(DocumentKind.TRANSFER, office.complaint_id)
    window = make_window()
    page = window.show_page("documents")
    assert isinstance(page, DocumentsPage)
    assert page.model.rowCount() == 1
    assert page.register_button.text() == "Sổ tiếp công dân…"  # the window is in Vietnamese
    assert page.model.index(0, 1).data() == "Phiếu chuyển đơn"


def test_a_clerk_cannot_reopen_a_notice_naming_the_denunciator(
    db: DatabaseHandle, qtbot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    office = setup_office(db)
    notice = service(db, "head").issue(DocumentKind.DENUNCIATOR_NOTICE, office.denunciation_id)
    assert notice.confidential
    clerk = Services(db, user_name="clerk", clock=fixed_clock())
    page = DocumentsPage(clerk)
    qtbot.addWidget(page)
    assert numbers(page) == [notice.number]  # listed (its number and summary name nobody)
    assert "denunciator" in page.model.index(0, 3).data(Qt.ItemDataRole.ToolTipRole)
    page.select_row(0)
    opened: list[Path] = []
    page.open_file = opened.append
    target = tmp_path / "notice.pdf"
    page.ask_path = lambda *_args: str(target)
    assert not page.open_selected()
    assert not page.save_selected("pdf")
    assert opened == [] and not target.exists()
    assert not page.error_label.isHidden() and page.error_label.text()


def test_the_record_column_names_the_record(
    services: Services, office: Office, page: DocumentsPage
) -> None:
    from dialogue_app.ui.common.dates import format_date

    texts = {
        page.model.index(row, 0).data(): page.model.index(row, 4).data()
        for row in range(page.model.rowCount())
    }
    assert texts["01/PC-BTCD"] == "2026/001"
    day = format_date(TODAY + timedelta(days=20))
    assert texts["01/GM-BTCD"] == f"Đối thoại về cấp giấy chứng nhận quyền sử dụng đất ({day})"
    assert not any("#" in text for text in texts.values())


def test_a_long_register_is_read_page_by_page(services: Services, office: Office, qtbot) -> None:  # type: ignore[no-untyped-def]
    from dialogue_app.store.models import IssuedDocument

    with services.database.uow.begin() as session:  # a register longer than a page
        for sequence in range(1, OutgoingModel.PAGE * 2 + 31):
            session.add(
                IssuedDocument(
                    kind="transfer",
                    series="PC",
                    year=TODAY.year,
                    sequence=sequence,
                    number=f"{sequence:02d}/PC-BTCD",
                    issued_on=TODAY,
                    issued_at=fixed_clock().now(),
                    user_name="clerk",
                    case_id=office.complaint_id,
                    record_type="case",
                    record_id=office.complaint_id,
                    title="Phiếu chuyển đơn: 2026/001",
                    search_key=f"{sequence:02d}/pc-btcd phieu chuyen don",
                    confidential=False,
                    data_json="{}",
                    file_name="x.docx",
                    content=b"",
                )
            )
    total = OutgoingModel.PAGE * 2 + 30
    widget = DocumentsPage(services)
    qtbot.addWidget(widget)
    assert widget.model.rowCount() == OutgoingModel.PAGE  # the first page only
    assert widget.count_label.text() == f"{total} documents"  # yet all are counted
    assert widget.model.canFetchMore(QModelIndex())
    while widget.model.canFetchMore(QModelIndex()):
        widget.model.fetchMore(QModelIndex())
    assert widget.model.rowCount() == total
    numbers_seen = {widget.model.index(r, 0).data() for r in range(widget.model.rowCount())}
    assert len(numbers_seen) == total  # no row twice, none missed
