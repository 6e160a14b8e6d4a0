"""First start on an empty database: offer the Hà Tĩnh demo data set."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from dialogue_app.services.container import Services
from dialogue_app.ui.common.changes import Changed
from dialogue_app.ui.common.operations import Operation, in_message_box


def offer_demo(parent: QWidget, services: Services) -> bool:
    """Ask whether to load the demo; load it if yes. Returns True when it was loaded."""
    box = QMessageBox(parent)
    box.setObjectName("demo_offer")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("DemoOffer", "Welcome to Dialogue Desk"))
    box.setText(
        QCoreApplication.translate(
            "DemoOffer", "This database is empty. Would you like to load the demo data?"
        )
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "DemoOffer",
            "The demo is drawn from Hà Tĩnh province: the North–South expressway dialogue in "
            "Thạch Hà, reception days and petitions. All its people are fictional. Choose "
            "“Start empty” to enter your own office's data instead.",
        )
    )
    load = box.addButton(
        QCoreApplication.translate("DemoOffer", "Load the demo"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(
        QCoreApplication.translate("DemoOffer", "Start empty"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(load)
    box.exec()
    if box.clickedButton() is not load:
        return False
    # everything changed: the main window rebuilds its pages (their pick lists included)
    reload = getattr(parent, "reload_pages", None)
    return (
        Operation(parent, services.demo.load, changes=Changed.EVERYTHING)
        .success(lambda _result: reload() if callable(reload) else None)
        .failure(in_message_box(parent, QCoreApplication.translate("DemoOffer", "Demo data")))
        .run()
    )
