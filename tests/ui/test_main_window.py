"""The main window as a secretary meets it: Vietnamese first, navigation, settings, language."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QListWidget, QMessageBox

from dialogue_app.services.container import Services
from dialogue_app.ui.demo_offer import offer_demo
from dialogue_app.ui.main_window import MainWindow, PlaceholderPage
from dialogue_app.ui.settings.settings_page import SettingsPage


def navigation_labels(window: MainWindow) -> list[str]:
    nav = window.findChild(QListWidget, "navigation")
    return [nav.item(i).text() for i in range(nav.count())]


def test_window_opens_in_vietnamese_and_names_the_database(
    make_window: Callable[[], MainWindow], services: Services
) -> None:
    window = make_window()
    assert navigation_labels(window) == [
        "Lịch",
        "Hội nghị",
        "Vụ việc",
        "Báo cáo",
        "Văn bản",
        "Cài đặt",
        "Tài khoản và nhật ký",
    ]
    # the page's name; the platform adds the application's display name after it
    assert window.windowTitle() == "Lịch" and "Dialogue Desk" not in window.windowTitle()
    status_texts = [label.text() for label in window.statusBar().findChildren(QLabel)]
    assert any(
        "Cơ sở dữ liệu" in text and services.database.description in text for text in status_texts
    )


def test_navigation_shows_each_page(make_window: Callable[[], MainWindow], qtbot) -> None:
    window = make_window()
    nav = window.findChild(QListWidget, "navigation")
    keys = ["calendar", "conferences", "cases", "reports", "documents", "settings"]
    for row in reversed(range(len(keys))):  # the window opens on the first page
        key = keys[row]
        with qtbot.waitSignal(window.page_changed) as changed:
            qtbot.mouseClick(
                nav.viewport(),
                Qt.MouseButton.LeftButton,
                pos=nav.visualItemRect(nav.item(row)).center(),
            )
        assert changed.args == [key]
        assert window.current_page_key() == key
        assert window.centralWidget().findChild(type(window.page(key)), f"page_{key}") is not None
    # a page not built yet explains what it will hold
    reports = window.page("reports")
    if isinstance(reports, PlaceholderPage):
        assert any("Excel" in label.text() for label in reports.findChildren(QLabel))


def test_language_switch_in_settings_retranslates_and_back(
    make_window: Callable[[], MainWindow], qtbot
) -> None:
    window = make_window()
    page = window.show_page("settings")
    assert isinstance(page, SettingsPage)
    combo = page.findChild(QComboBox)
    combo.setCurrentIndex(combo.findData("en"))
    combo.activated.emit(combo.currentIndex())
    qtbot.waitUntil(lambda: navigation_labels(window)[0] == "Calendar")
    assert navigation_labels(window) == [
        "Calendar",
        "Conferences",
        "Cases",
        "Reports",
        "Documents",
        "Settings",
        "Staff and audit",
    ]
    assert window.current_page_key() == "settings"  # the user stays where they were
    page = window.page("settings")
    combo = page.findChild(QComboBox)
    combo.setCurrentIndex(combo.findData("vi"))
    combo.activated.emit(combo.currentIndex())
    qtbot.waitUntil(lambda: navigation_labels(window)[0] == "Lịch")


def test_office_profile_is_validated_then_saved(
    make_window: Callable[[], MainWindow], services: Services
) -> None:
    window = make_window()
    page = window.show_page("settings")
    assert isinstance(page, SettingsPage)
    page.name_edit.setText("Văn phòng Huyện ủy Thạch Hà")
    page.organizer_email_edit.setText("vanphong-at-thachha")
    assert page.save() is False
    message = page.profile_message.text()
    assert "vanphong-at-thachha" in message and "không phải là địa chỉ e-mail" in message
    assert services.office.get_profile().name == ""  # nothing half-saved
    page.organizer_email_edit.setText("vanphong@thachha.gov.vn")
    page.save_button.click()
    profile = services.office.get_profile()
    assert profile.name == "Văn phòng Huyện ủy Thạch Hà"
    assert profile.organizer_email == "vanphong@thachha.gov.vn"


def test_window_geometry_and_page_are_remembered(
    make_window: Callable[[], MainWindow], settings: QSettings
) -> None:
    window = make_window()
    window.show_page("cases")
    window.resize(1100, 640)  # within the 1366×768 test screen
    size = (window.width(), window.height())
    assert size != (1200, 800)  # not the size a first start gets
    window.close()
    again = make_window()
    assert again.current_page_key() == "cases"
    assert (again.width(), again.height()) == size


def test_first_start_offers_the_demo_and_loads_it(
    make_window: Callable[[], MainWindow], services: Services, qtbot
) -> None:
    window = make_window()
    assert services.database.is_empty()

    def accept() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        assert "dữ liệu mẫu" in box.text()
        load = next(
            b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole
        )
        qtbot.mouseClick(load, Qt.MouseButton.LeftButton)

    QTimer.singleShot(100, accept)
    assert offer_demo(window, services) is True
    assert not services.database.is_empty()
    titles = [c.title for c in services.conferences.list()]
    assert any("cao tốc Bắc – Nam" in title for title in titles)


def test_f5_reads_again_what_a_colleague_saved(
    make_window: Callable[[], MainWindow], services: Services, qtbot
) -> None:
    from datetime import timedelta

    from dialogue_app.domain.cases import CaseType
    from dialogue_app.services.cases import CaseDraft, CitizenInput
    from dialogue_app.services.clock import FixedClock
    from dialogue_app.services.container import Services as Container
    from tests.clock import TODAY
    from tests.services.cases.case_fixtures import make_places

    window = make_window()
    page = window.show_page("cases")
    places = make_places(services.database)
    assert page.model.rowCount() == 0
    # another staff member registers a case on the shared database
    colleague = Container(services.database, user_name="dongnghiep", clock=FixedClock(TODAY))
    colleague.cases.register(
        CaseDraft(
            received_on=TODAY - timedelta(days=1),
            case_type=CaseType.COMPLAINT,
            citizens=(CitizenInput("Phan Văn Tú"),),
            summary="Đường ngập nước",
            commune_id=places.commune_id,
        )
    )
    assert page.model.rowCount() == 0  # nothing told this window yet
    # F5 (the offscreen platform activates no window, so the action is triggered directly)
    refresh = window.commands["refresh"]
    assert refresh.shortcut().toString() == "F5"
    refresh.trigger()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert window.statusBar().currentMessage() == "Đã đọc lại dữ liệu."


def test_scrolling_the_settings_page_never_changes_a_setting(
    make_window: Callable[[], MainWindow], qtbot
) -> None:
    from PySide6.QtCore import QPoint, QPointF, Qt
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication, QSpinBox

    window = make_window()
    page = window.show_page("settings")
    combo = page.findChild(QComboBox)
    spin = page.findChild(QSpinBox)
    before = (combo.currentIndex(), spin.value())
    for widget in (combo, spin):
        assert not widget.hasFocus()
        for delta in (-120, 120):
            wheel = QWheelEvent(
                QPointF(5, 5),
                QPointF(widget.mapToGlobal(QPoint(5, 5))),
                QPoint(0, 0),
                QPoint(0, delta),
                Qt.MouseButton.NoButton,
                Qt.KeyboardModifier.NoModifier,
                Qt.ScrollPhase.NoScrollPhase,
                False,
            )
            QApplication.sendEvent(widget, wheel)
    assert (combo.currentIndex(), spin.value()) == before
    assert navigation_labels(window)[0] == "Lịch"  # the language stayed
