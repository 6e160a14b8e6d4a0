"""Making a document from the window: the draft is previewed without taking a number; issuing
writes the file (or prints) and takes the next number; a record that lacks what the document
needs is said, and a file that cannot be written leaves the number free."""

from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path

import docx
import pytest
from PySide6.QtPrintSupport import QPrinter

from dialogue_app.domain.documents import DocumentKind, RecordType
from dialogue_app.services.container import Services
from dialogue_app.ui.common.changes import Changed, ChangeHub
from dialogue_app.ui.documents import MakeDocumentDialog, kinds_for
from tests.services.documents.document_fixtures import Office, setup_office

CONFERENCE_KINDS = [DocumentKind.INVITATION, DocumentKind.MINUTES, DocumentKind.CONCLUSION]


@pytest.fixture
def office(services: Services) -> Office:
    return setup_office(services.database)


def dialog_for(
    services: Services, qtbot, record_type: RecordType, record_id: int, kind: DocumentKind
) -> MakeDocumentDialog:  # type: ignore[no-untyped-def]
    dialog = MakeDocumentDialog(services, record_type, record_id, kinds_for(record_type), kind=kind)
    qtbot.addWidget(dialog)
    return dialog


def announced(widget) -> list[Changed]:  # type: ignore[no-untyped-def]
    seen: list[Changed] = []
    ChangeHub.of(widget).changed.connect(seen.append)
    return seen


def test_the_kinds_offered_follow_the_record() -> None:
    assert kinds_for(RecordType.CONFERENCE) == CONFERENCE_KINDS
    case_kinds = kinds_for(RecordType.CASE)
    assert DocumentKind.TRANSFER in case_kinds and DocumentKind.INVITATION not in case_kinds
    assert len(case_kinds) == 8


def test_preview_takes_no_number_then_issue_and_save_as_docx(
    services: Services, office: Office, qtbot, tmp_path: Path
) -> None:
    dialog = dialog_for(
        services, qtbot, RecordType.CONFERENCE, office.upcoming_id, DocumentKind.INVITATION
    )
    assert [dialog.kind_combo.itemData(i) for i in range(dialog.kind_combo.count())] == (
        CONFERENCE_KINDS
    )
    assert dialog.draft is not None and dialog.draft.content.draft
    assert "…" in dialog.draft.content.number
    assert dialog.error_label.isHidden()
    assert dialog.signer_combo.count() == 2
    assert dialog.recipients_edit.toPlainText() == "Thanh tra tỉnh\nUBND các xã liên quan"
    assert dialog.docx_button.text() == "Issue and save as .docx…"
    assert services.documents.list_issued() == []  # the preview took no number

    seen = announced(dialog)
    target = tmp_path / "giay-moi"  # typed without its extension
    dialog.ask_path = lambda _title, _filter, suggested: str(target)
    assert dialog.save_as("docx")
    assert dialog.issued is not None and dialog.issued.number == "01/GM-BTCD"
    written = target.with_name("giay-moi.docx")
    assert written.read_bytes() == dialog.issued.docx
    texts = [p.text for p in docx.Document(io.BytesIO(written.read_bytes())).paragraphs]
    assert any("Hội trường UBND xã Cẩm Lộc" in t for t in texts)
    assert seen == [Changed.DOCUMENTS | Changed.CONFERENCES]
    assert "01/GM-BTCD" in dialog.status_label.text()
    # once issued: saved again or reprinted under the same number, the choices locked
    assert dialog.docx_button.text() == "Save as .docx…"
    assert not dialog.kind_combo.isEnabled()
    dialog.ask_path = lambda *_args: str(tmp_path / "again.pdf")
    assert dialog.save_as("pdf")
    assert (tmp_path / "again.pdf").read_bytes().startswith(b"%PDF")
    assert [d.number for d in services.documents.list_issued()] == ["01/GM-BTCD"]


def test_a_signer_and_recipients_chosen_in_the_dialog(
    services: Services, office: Office, qtbot, tmp_path: Path
) -> None:
    dialog = dialog_for(
        services, qtbot, RecordType.CASE, office.complaint_id, DocumentKind.TRANSFER
    )
    dialog.signer_combo.setCurrentIndex(1)
    dialog.recipients_edit.setPlainText("- Sở Tài nguyên và Môi trường;\nThanh tra tỉnh")
    options = dialog.options()
    assert options.signer == 1
    assert options.recipients == ("Sở Tài nguyên và Môi trường", "Thanh tra tỉnh")
    dialog.ask_path = lambda *_args: str(tmp_path / "chuyen.docx")
    assert dialog.save_as("docx")
    document = docx.Document(io.BytesIO((tmp_path / "chuyen.docx").read_bytes()))
    cells = document.tables[-1].rows[0].cells
    assert "Trần Thị Bình" in cells[1].text
    assert "- Sở Tài nguyên và Môi trường;" in cells[0].text


def test_a_record_lacking_what_the_document_needs(
    services: Services, office: Office, qtbot
) -> None:
    dialog = dialog_for(
        services, qtbot, RecordType.CASE, office.unassigned_id, DocumentKind.TRANSFER
    )
    assert dialog.draft is None
    assert not dialog.error_label.isHidden()
    assert "agency" in dialog.error_label.text().lower()
    assert not dialog.docx_button.isEnabled() and not dialog.print_button.isEnabled()
    # another kind the record can make is previewed at once
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(DocumentKind.APPOINTMENT))
    assert dialog.draft is not None and dialog.error_label.isHidden()
    assert dialog.docx_button.isEnabled()
    assert services.documents.list_issued() == []


def test_a_file_that_cannot_be_written_leaves_the_number_free(
    services: Services, office: Office, qtbot, tmp_path: Path
) -> None:
    dialog = dialog_for(
        services, qtbot, RecordType.CASE, office.complaint_id, DocumentKind.TRANSFER
    )
    blocked = tmp_path / "a-file"
    blocked.write_text("x")
    dialog.ask_path = lambda *_args: str(blocked / "chuyen.docx")  # its folder is a file
    assert not dialog.save_as("docx")
    assert dialog.issued is None
    assert not dialog.error_label.isHidden() and dialog.error_label.text()
    assert services.documents.list_issued() == []
    dialog.ask_path = lambda *_args: str(tmp_path / "chuyen.docx")
    assert dialog.save_as("docx")
    assert dialog.issued is not None and dialog.issued.number == "01/PC-BTCD"


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_issue_and_print(services: Services, office: Office, qtbot, tmp_path: Path) -> None:
    dialog = dialog_for(
        services, qtbot, RecordType.CONFERENCE, office.conference_id, DocumentKind.CONCLUSION
    )
    printed = tmp_path / "printed.pdf"

    def printer(_parent: object) -> QPrinter:
        chosen = QPrinter(QPrinter.PrinterMode.HighResolution)
        chosen.setOutputFormat(QPrinter.OutputFormat.PdfFormat)  # the "printer" is a file
        chosen.setOutputFileName(str(printed))
        return chosen

    dialog.ask_printer = printer
    assert dialog.print_document()
    assert dialog.issued is not None and dialog.issued.number == "01/TB-BTCD"
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(printed), "-"], capture_output=True, text=True
    ).stdout
    assert "Số: 01/TB-BTCD" in text
    assert "Sent to the printer." in dialog.status_label.text()
    dialog.ask_printer = lambda _parent: None  # cancelled: nothing happens
    assert not dialog.print_document()


def test_the_conference_form_and_the_case_page_open_it(
    services: Services, office: Office, qtbot
) -> None:
    from dialogue_app.ui.cases.cases_page import CasesPage
    from dialogue_app.ui.conferences.conference_dialog import ConferenceDialog

    form = ConferenceDialog(services, office.conference_id)
    qtbot.addWidget(form)
    assert not form.document_button.isHidden()
    dialog = form.make_document()
    assert isinstance(dialog, MakeDocumentDialog)
    assert dialog.kind_combo.count() == 3
    dialog.close()

    page = CasesPage(services)
    qtbot.addWidget(page)
    page.open_case(office.complaint_id)
    assert page.document_button.isEnabled()
    dialog = page.make_document()
    assert isinstance(dialog, MakeDocumentDialog)
    assert dialog.kind_combo.count() == 8
    dialog.close()


def test_one_invitation_per_invitee(
    services: Services, office: Office, qtbot, tmp_path: Path
) -> None:
    held = dialog_for(
        services, qtbot, RecordType.CONFERENCE, office.conference_id, DocumentKind.INVITATION
    )
    assert held.draft is None and "already been held" in held.error_label.text()
    assert not held.docx_button.isEnabled()  # nothing to issue
    dialog = dialog_for(
        services, qtbot, RecordType.CONFERENCE, office.upcoming_id, DocumentKind.CONCLUSION
    )
    assert dialog.per_invitee.isHidden()  # only invitations are one per invitee
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(DocumentKind.INVITATION))
    assert not dialog.per_invitee.isHidden()
    one_letter = dialog.draft
    dialog.per_invitee.setChecked(True)  # the preview follows at once
    assert dialog.options().per_invitee
    assert dialog.draft is not None and one_letter is not None
    assert len(dialog.draft.content.pages) > len(one_letter.content.pages)
    dialog.ask_path = lambda *_args: str(tmp_path / "giay-moi.docx")
    assert dialog.save_as("docx")
    assert dialog.issued is not None and dialog.issued.number == "01/GM-BTCD"


def test_an_issued_document_is_noted_on_its_conference(
    services: Services, office: Office, qtbot, tmp_path: Path
) -> None:
    from dialogue_app.ui.conferences.conference_dialog import ConferenceDialog

    form = ConferenceDialog(services, office.conference_id)
    qtbot.addWidget(form)
    form.show()  # a form on screen follows what is issued at once
    assert form.documents_line.isHidden()  # nothing issued yet
    dialog = form.make_document()
    assert isinstance(dialog, MakeDocumentDialog)
    assert dialog.kind is DocumentKind.MINUTES  # the conference was held
    dialog.ask_path = lambda *_args: str(tmp_path / "bien-ban.docx")
    assert dialog.save_as("docx")
    dialog.close()
    qtbot.waitUntil(lambda: "01/BB-BTCD" in form.documents_line.text())
    assert not form.documents_line.isHidden()
    assert "Minutes" in form.documents_line.text()
    # reopened later, the form still shows it
    again = ConferenceDialog(services, office.conference_id)
    qtbot.addWidget(again)
    qtbot.waitUntil(lambda: "01/BB-BTCD" in again.documents_line.text())


def test_the_dialog_offers_the_kind_that_fits_the_state(
    services: Services, office: Office, qtbot
) -> None:  # type: ignore[no-untyped-def]
    def opened(record_type: RecordType, record_id: int) -> DocumentKind:
        dialog = MakeDocumentDialog(services, record_type, record_id, kinds_for(record_type))
        qtbot.addWidget(dialog)
        return dialog.kind

    assert opened(RecordType.CASE, office.received_id) is DocumentKind.APPOINTMENT  # a new case
    assert opened(RecordType.CASE, office.complaint_id) is DocumentKind.URGE  # overdue at agency
    assert opened(RecordType.CASE, office.refused_id) is DocumentKind.REFUSAL
    assert opened(RecordType.CONFERENCE, office.conference_id) is DocumentKind.MINUTES  # held


def test_typing_recipients_refreshes_the_preview(services: Services, office: Office, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = dialog_for(services, qtbot, RecordType.CASE, office.complaint_id, DocumentKind.URGE)
    assert dialog.draft is not None
    assert "- Thanh tra tỉnh;" in dialog.draft.content.recipients
    dialog.recipients_edit.setPlainText("Sở Tư pháp")
    qtbot.waitUntil(
        lambda: dialog.draft is not None and "- Sở Tư pháp;" in dialog.draft.content.recipients,
        timeout=3000,
    )


def test_the_minutes_name_their_secretary(services: Services, office: Office, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = dialog_for(
        services, qtbot, RecordType.CONFERENCE, office.conference_id, DocumentKind.MINUTES
    )
    assert not dialog.secretary_edit.isHidden()
    assert dialog.signer_combo.isHidden()  # the chair and the secretary sign the minutes
    dialog.secretary_edit.setText("Lê Thị Mai")
    qtbot.waitUntil(
        lambda: (
            dialog.draft is not None and dialog.draft.content.cosigners[0].full_name == "Lê Thị Mai"
        ),
        timeout=3000,
    )
    assert dialog.draft is not None
    assert dialog.draft.content.cosigners[1].full_name == "Võ Trọng Hải"
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(DocumentKind.CONCLUSION))
    assert dialog.secretary_edit.isHidden() and not dialog.signer_combo.isHidden()
