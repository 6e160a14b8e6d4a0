"""An administrator changes a colleague's role while the colleague's window is open: the window
says so (its pages were built for the old role; the services refuse what the new role may not
do), and says it again if the account is disabled. Real PostgreSQL login roles (``s2_…``)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from dialogue_app.domain.roles import Role
from dialogue_app.services.accounts import AccountService
from dialogue_app.services.container import Services
from dialogue_app.services.database import DatabaseHandle
from dialogue_app.ui.common.changes import Changed
from dialogue_app.ui.main_window import MainWindow
from tests.clock import fixed_clock
from tests.ui.accounts.s2_support import logins, pg_s2  # noqa: F401


@pytest.mark.postgres
def test_a_role_changed_by_an_administrator_is_said_in_the_open_window(
    pg_s2: DatabaseHandle,  # noqa: F811
    logins,  # noqa: F811
    settings: QSettings,
    qtbot,
) -> None:
    clerk = logins("s2_thuky", Role.CLERK)
    services = Services(clerk, "s2_thuky", clock=fixed_clock())
    window = MainWindow(services, settings, clerk.description)
    qtbot.addWidget(window)
    window.show()
    watch = window.role_watch
    assert watch is not None and watch.known is Role.CLERK

    window.change_hub.announce(Changed.OFFICE)  # accounts changed, this one's role did not
    qtbot.wait(50)
    assert watch.message is None

    accounts = AccountService(pg_s2.uow, None)  # the administrator, at another desk
    accounts.set_role("s2_thuky", Role.VIEWER)
    with qtbot.waitSignal(watch.role_changed) as changed:
        window.change_hub.announce(Changed.OFFICE)  # as the live refresh hears the commit
    assert changed.args == [Role.VIEWER]
    box = watch.message
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert "Viewer (read and report)" in box.text() and "sign in again" in box.text()
    assert "Viewer (read and report)" in window.statusBar().currentMessage()
    box.accept()

    accounts.disable("s2_thuky")
    with qtbot.waitSignal(watch.role_changed) as changed:
        window.change_hub.announce(Changed.OFFICE)
    assert changed.args == [None]
    assert "disabled your account" in watch.message.text()
    watch.message.accept()
    window.close()
