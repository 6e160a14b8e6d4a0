"""Qt's own dialogs speak the app's language, and every file dialog of the app offers a name in
words, in the folder last used for that kind of file (issue 18)."""

from __future__ import annotations

import os
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit, QMessageBox, QWidget

from dialogue_app.domain.conferences import ConferenceStatus
from dialogue_app.services.container import Services
from dialogue_app.ui.calendar_exchange.calendar_exchange import conference_file_name
from dialogue_app.ui.common.file_dialogs import (
    SETTINGS_GROUP,
    FileKind,
    open_file,
    save_file,
    start_folder,
    suggested_name,
)
from dialogue_app.ui.common.i18n import LanguageManager
from tests.ui.file_dialogs_support import answering_file_dialogs


@pytest.fixture(autouse=True)
def _no_folder_remembered() -> None:
    QSettings().remove(SETTINGS_GROUP)


def _button_texts(box: QDialogButtonBox) -> list[str]:
    return [button.text().replace("&", "") for button in box.buttons()]


def test_qt_standard_buttons_and_menus_follow_the_language(
    languages: LanguageManager, qtbot
) -> None:
    box = QMessageBox(QMessageBox.Icon.Question, "?", "?")
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    qtbot.addWidget(box)
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save
        | QDialogButtonBox.StandardButton.Cancel
        | QDialogButtonBox.StandardButton.Close
    )
    qtbot.addWidget(buttons)
    assert sorted(b.text().replace("&", "") for b in box.buttons()) == ["Có", "Không"]
    assert sorted(_button_texts(buttons)) == ["Hủy", "Lưu", "Đóng"]
    edit = QLineEdit()
    qtbot.addWidget(edit)
    menu = edit.createStandardContextMenu()
    actions = [a.text().replace("&", "").split("\t")[0] for a in menu.actions() if a.text()]
    assert {"Hoàn tác", "Cắt", "Sao chép", "Dán", "Xóa", "Chọn tất cả"} <= set(actions)

    languages.apply("en")
    english = QDialogButtonBox(QDialogButtonBox.StandardButton.Save)
    qtbot.addWidget(english)
    assert _button_texts(english) == ["Save"]
    menu = edit.createStandardContextMenu()
    assert "Copy" in [a.text().replace("&", "").split("\t")[0] for a in menu.actions()]


def test_names_offered_are_words_with_the_number_and_date(languages: LanguageManager) -> None:
    assert (
        suggested_name("Giấy mời hội nghị", ".ics", number=12, on=date(2026, 12, 15))
        == "Giấy mời hội nghị số 12 ngày 15-12-2026.ics"
    )
    # what a Windows file name cannot hold is replaced; decomposed Vietnamese becomes NFC
    odd = suggested_name("Báo cáo: quý 4/2026?", "xlsx")
    assert odd == "Báo cáo- quý 4-2026.xlsx"
    assert suggested_name("Tiếp dân", ".pdf") == "Tiếp dân.pdf"
    languages.apply("en")
    assert (
        suggested_name("Invitation to the conference", ".eml", number=7, on=date(2026, 1, 2))
        == "Invitation to the conference no. 7 of 02-01-2026.eml"
    )


def test_the_save_dialog_speaks_vietnamese_and_remembers_the_folder(
    languages: LanguageManager, qtbot, tmp_path: Path
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    program_folder = Path(os.getcwd())
    assert start_folder(FileKind.REPORT) != program_folder
    chosen_folder = tmp_path / "Báo cáo quý"
    chosen_folder.mkdir()
    with answering_file_dialogs(lambda seen: chosen_folder / seen.offered) as asked:
        path = save_file(
            parent,
            FileKind.REPORT,
            "Xuất báo cáo",
            "Báo cáo từ 11-11-2026 đến 10-12-2026.xlsx",
            "Sổ tính Excel (*.xlsx)",
        )
    assert path == chosen_folder / "Báo cáo từ 11-11-2026 đến 10-12-2026.xlsx"
    seen = asked[0]
    assert seen.title == "Xuất báo cáo"
    assert seen.folder != program_folder
    assert seen.offered == "Báo cáo từ 11-11-2026 đến 10-12-2026.xlsx"
    labels = " | ".join(seen.labels)
    assert "Tìm trong:" in labels.replace("&", "")
    assert "Tên tệp:" in labels.replace("&", "")
    assert "Look in" not in labels and "File name" not in labels

    # the next report opens where the last one went; another kind of file does not
    with answering_file_dialogs(lambda seen: None) as asked:
        assert save_file(parent, FileKind.REPORT, "Xuất báo cáo", "Báo cáo.pdf") is None
        assert open_file(parent, FileKind.CASE_LIST, "Nhập vụ việc") is None
    assert asked[0].folder == chosen_folder
    assert asked[1].folder != chosen_folder


def test_an_invitation_is_offered_under_its_day_and_title(
    services: Services, languages: LanguageManager
) -> None:
    services.demo.load()
    conference = next(
        c
        for c in services.conferences.list()
        if c.title.startswith("Đối thoại") and c.status is ConferenceStatus.SCHEDULED
    )
    start = services.scheduling.get(conference.id).draft.start
    assert isinstance(start, datetime)
    name = conference_file_name(services, conference.id, cancel=False, as_email=False)
    # the invitation service's own name, the same from the calendar and the invitation dialog:
    # what it is, the conference's day, its title (letters without accents, for mail programs)
    assert name.startswith(f"giay-moi-{start:%Y-%m-%d}-doi-thoai") and name.endswith(".ics")
    detail = services.scheduling.get(conference.id)
    services.scheduling.cancel(conference.id, detail.version, "Trùng lịch họp")
    cancel = conference_file_name(services, conference.id, cancel=True, as_email=True)
    assert cancel.startswith(f"thong-bao-huy-{start:%Y-%m-%d}-") and cancel.endswith(".eml")


def test_the_print_dialog_speaks_vietnamese(languages: LanguageManager, qtbot) -> None:
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter
    from PySide6.QtWidgets import QAbstractButton, QGroupBox

    printer = QPrinter()
    dialog = QPrintDialog(printer)
    qtbot.addWidget(dialog)
    dialog.show()
    texts = {box.title() for box in dialog.findChildren(QGroupBox)}
    texts |= {button.text() for button in dialog.findChildren(QAbstractButton)}
    shown = {text.replace("&", "") for text in texts}
    assert "Máy in" in shown and "In" in shown
    assert not {"Printer", "Print", "Options >>", "Cancel"} & shown
    dialog.reject()
