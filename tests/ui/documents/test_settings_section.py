"""Settings for official documents: the letterhead a secretary types is what the documents get,
a missing part is said beside the form and saves nothing."""

from __future__ import annotations

import io
from pathlib import Path

import docx

from dialogue_app.domain.documents import DocumentKind, Layout
from dialogue_app.services.container import Services
from dialogue_app.services.documents import Letterhead, Signer
from dialogue_app.services.office import OfficeProfileData
from dialogue_app.ui.documents import LetterheadEditor, TemplatesEditor
from tests.services.documents.document_fixtures import setup_office

HA_TINH = Letterhead(
    layout=Layout.STATE,
    parent_body="ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH",
    issuing_body="BAN TIẾP CÔNG DÂN TỈNH",
    issuer_code="BTCD",
    unit_code="TCD",
    place="Hà Tĩnh",
    signers=(
        Signer("Nguyễn Văn An", "PHÓ TRƯỞNG BAN", ("KT. TRƯỞNG BAN",)),
        Signer("Trần Thị Bình", "CHỦ TỊCH", ("TM. ỦY BAN NHÂN DÂN",)),
    ),
    recipients=("Thường trực Tỉnh ủy", "Thanh tra tỉnh"),
    archive_line="Lưu: VT, TCD",
)


def set_up_office(services: Services, letterhead: Letterhead | None = HA_TINH) -> None:
    services.office.save_profile(OfficeProfileData(name="Ban Tiếp công dân tỉnh Hà Tĩnh"))
    if letterhead is not None:
        services.office.save_letterhead(letterhead)


def test_letterhead_typed_in_settings_is_saved(services: Services, qtbot) -> None:
    set_up_office(services, None)
    editor = LetterheadEditor(services)
    qtbot.addWidget(editor)
    editor.layout_combo.setCurrentIndex(editor.layout_combo.findData(Layout.STATE))
    editor.parent_body_edit.setText(HA_TINH.parent_body)
    editor.issuing_body_edit.setText(HA_TINH.issuing_body)
    editor.issuer_code_edit.setText("BTCD")
    editor.unit_code_edit.setText("TCD")
    editor.place_edit.setText("Hà Tĩnh")
    editor.add_signer(Signer("Nguyễn Văn An", "PHÓ TRƯỞNG BAN", ()))
    # the authority lines are typed in one cell, separated by ";"
    editor.signers_table.item(0, 0).setText("KT. TRƯỞNG BAN")
    editor.add_signer(Signer("Trần Thị Bình", "CHỦ TỊCH", ("TM. ỦY BAN NHÂN DÂN",)))
    editor.recipients_edit.setPlainText("- Thường trực Tỉnh ủy;\nThanh tra tỉnh\n\n")
    editor.archive_edit.setText("Lưu: VT, TCD")
    assert editor.save()
    assert editor.message.text() == "Saved."
    assert services.office.get_letterhead() == HA_TINH

    again = LetterheadEditor(services)  # what Settings shows next time
    qtbot.addWidget(again)
    assert again.letterhead_from_form() == HA_TINH
    assert again.signers_table.rowCount() == 2


def test_two_authority_lines_in_one_cell(services: Services, qtbot) -> None:
    set_up_office(services)
    editor = LetterheadEditor(services)
    qtbot.addWidget(editor)
    editor.signers_table.item(1, 0).setText("TM. ỦY BAN NHÂN DÂN ; KT. CHỦ TỊCH")
    editor.signers_table.item(1, 1).setText("PHÓ CHỦ TỊCH")
    assert editor.save()
    signer = services.office.get_letterhead().signers[1]
    assert signer.authority == ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH")
    assert signer.title == "PHÓ CHỦ TỊCH"


def test_missing_issuer_code_is_said_beside_the_form_and_nothing_saved(
    services: Services, qtbot
) -> None:
    set_up_office(services)
    editor = LetterheadEditor(services)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    editor.issuer_code_edit.clear()
    editor.place_edit.setText("Vũng Áng")
    assert not editor.save()
    assert "issuer" in editor.message.text().lower() or "code" in editor.message.text().lower()
    assert editor.focusWidget() is editor.issuer_code_edit
    assert services.office.get_letterhead() == HA_TINH  # nothing half-saved


def test_party_layout_round_trips(services: Services, qtbot) -> None:
    set_up_office(services)
    editor = LetterheadEditor(services)
    qtbot.addWidget(editor)
    editor.layout_combo.setCurrentIndex(editor.layout_combo.findData(Layout.PARTY))
    editor.issuer_code_edit.setText("TU")
    assert editor.save()
    assert services.office.get_letterhead().layout is Layout.PARTY


def _edited(template: bytes, old: str, new: str) -> bytes:
    document = docx.Document(io.BytesIO(template))
    for paragraph in document.paragraphs:
        if old in paragraph.text:
            for run in paragraph.runs:
                run.text = run.text.replace(old, new)
    stream = io.BytesIO()
    document.save(stream)
    return stream.getvalue()


def test_export_edit_load_back_and_restore_a_template(
    services: Services, qtbot, tmp_path: Path
) -> None:
    setup_office(services.database)
    editor = TemplatesEditor(services)
    qtbot.addWidget(editor)
    editor.kind_combo.setCurrentIndex(editor.kind_combo.findData(DocumentKind.TRANSFER))
    assert editor.state_label.text() == "In use: the default template."
    assert not editor.reset_button.isEnabled()

    editor.ask_path = lambda _title, _filter, suggested: str(tmp_path / suggested)
    assert editor.export_template()
    exported = tmp_path / "Template Transfer slip.docx"
    assert exported.read_bytes() == services.documents.export_template(DocumentKind.TRANSFER)

    mine = tmp_path / "phieu-chuyen.docx"
    mine.write_bytes(_edited(exported.read_bytes(), "{{ subtitle }}", "{{ subtitle }} (mẫu riêng)"))
    editor.ask_open_path = lambda _title, _filter: str(mine)
    assert editor.load_template()
    assert "phieu-chuyen.docx" in editor.state_label.text()
    assert "tester" in editor.state_label.text()
    assert editor.reset_button.isEnabled()
    assert services.documents.template_info(DocumentKind.TRANSFER).custom

    assert editor.reset_template()
    assert editor.state_label.text() == "In use: the default template."
    assert not services.documents.template_info(DocumentKind.TRANSFER).custom


def test_a_template_with_an_unknown_field_is_refused_and_named(
    services: Services, qtbot, tmp_path: Path
) -> None:
    setup_office(services.database)
    editor = TemplatesEditor(services)
    qtbot.addWidget(editor)
    editor.kind_combo.setCurrentIndex(editor.kind_combo.findData(DocumentKind.TRANSFER))
    template = services.documents.export_template(DocumentKind.TRANSFER)
    bad = tmp_path / "bad.docx"
    bad.write_bytes(_edited(template, "{{ subtitle }}", "{{ subtitle }} {{ ho_ten_cong_dan }}"))
    editor.ask_open_path = lambda *_args: str(bad)
    assert not editor.load_template()
    assert "ho_ten_cong_dan" in editor.message.text()
    assert editor.state_label.text() == "In use: the default template."
    broken = tmp_path / "broken.docx"
    broken.write_bytes(b"not a word file")
    editor.ask_open_path = lambda *_args: str(broken)
    assert not editor.load_template()
    assert editor.message.text()
    assert not services.documents.template_info(DocumentKind.TRANSFER).custom
    editor.ask_open_path = lambda *_args: None  # cancelled: nothing happens
    assert not editor.load_template()


def test_settings_page_shows_the_document_sections(services: Services, qtbot) -> None:
    from dialogue_app.ui.settings.settings_page import SettingsPage

    set_up_office(services)
    page = SettingsPage(services)
    qtbot.addWidget(page)
    editor = page.findChild(LetterheadEditor)
    assert editor is not None and editor.issuer_code_edit.text() == "BTCD"
    assert page.findChild(TemplatesEditor) is not None
