"""The About box (Help > About Dialogue Desk): the version, the database in use and the folders
where the data and the log file live, which IT staff ask for first."""

from __future__ import annotations

import html
import sys

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from dialogue_app import __version__
from dialogue_app.config import AppPaths


def about_rows(database_description: str, paths: AppPaths) -> list[tuple[str, str]]:
    """(label, value) lines of the box, translated."""
    if getattr(sys, "frozen", False):
        build = QCoreApplication.translate("AboutBox", "installed program")
    else:
        build = f"Python {sys.version_info.major}.{sys.version_info.minor}"
    return [
        (QCoreApplication.translate("AboutBox", "Version"), f"{__version__} ({build})"),
        (QCoreApplication.translate("AboutBox", "Database"), database_description),
        (QCoreApplication.translate("AboutBox", "Data folder"), str(paths.data_dir)),
        (QCoreApplication.translate("AboutBox", "Log file"), str(paths.log_file)),
    ]


def show_about(parent: QWidget, database_description: str) -> QMessageBox:
    """Open the About box (window-modal, not blocking) and return it."""
    rows = about_rows(database_description, AppPaths.default())
    table = "".join(
        f"<tr><td><b>{html.escape(label)}:</b>&nbsp;</td><td>{html.escape(value)}</td></tr>"
        for label, value in rows
    )
    title = QCoreApplication.translate("AboutBox", "Dialogue Desk")
    purpose = QCoreApplication.translate(
        "AboutBox", "Dialogue conferences, citizen reception days and petitions."
    )
    box = QMessageBox(parent)
    box.setObjectName("about_box")
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(QCoreApplication.translate("AboutBox", "About Dialogue Desk"))
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setText(f"<h3>{html.escape(title)}</h3><p>{html.escape(purpose)}</p><table>{table}</table>")
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    text = box.findChild(QLabel, "qt_msgbox_label")  # Qt's own name for the text
    if text is not None:
        text.setMinimumWidth(480)  # the folders on one line each
    box.setStandardButtons(QMessageBox.StandardButton.Close)
    box.button(QMessageBox.StandardButton.Close).setText(
        QCoreApplication.translate("AboutBox", "Close")
    )
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
