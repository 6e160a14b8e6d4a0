"""Help > About: the version, the database and the data folder, in Vietnamese."""

from __future__ import annotations

import os
from collections.abc import Callable

from PySide6.QtWidgets import QMessageBox

from dialogue_app import __version__
from dialogue_app.services.container import Services
from dialogue_app.ui.main_window import MainWindow


def test_help_menu_opens_the_about_box(
    make_window: Callable[[], MainWindow], services: Services, qtbot
) -> None:
    window = make_window()
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus == ["&Thao tác", "&Trợ giúp"]  # the Actions menu first (issue 18)
    action = window.findChild(type(window.menuBar().actions()[0]), "about_action")
    assert action is not None and action.text() == "&Giới thiệu Dialogue Desk"
    action.trigger()
    box = window.findChild(QMessageBox, "about_box")
    assert box is not None and box.isVisible()
    assert box.windowTitle() == "Giới thiệu Dialogue Desk"
    text = box.text()
    assert f"Phiên bản:</b>&nbsp;</td><td>{__version__} (Python" in text
    assert "Cơ sở dữ liệu:" in text and services.database.description in text
    assert "Thư mục dữ liệu:" in text and os.environ["DIALOGUE_APP_DATA_DIR"] in text
    assert "Tệp nhật ký:" in text and "dialogue-app.log" in text
    assert box.button(QMessageBox.StandardButton.Close).text() == "Đóng"
    box.close()
