"""An administrator changes someone's role, or disables them, while their window is open.

The window asks what a role may do once (``Capabilities.of``) and builds its pages to match; the
services and PostgreSQL check again at every action, so nothing the new role may not do gets
through. What this adds is the word to the person: when the accounts change (a colleague's
commit heard by the live refresh, or one's own on the Staff page, both announced as
``Changed.OFFICE``), the role is read again and, if it is not the one the window was built for,
a message says so and what to do (sign in again for the window to offer what the new role may
do). A shared database only: on SQLite the one user is always the administrator.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMainWindow, QMessageBox

from dialogue_app.domain.roles import Role
from dialogue_app.services.container import Services
from dialogue_app.ui.accounts.role_names import role_title
from dialogue_app.ui.accounts.role_view import Capabilities
from dialogue_app.ui.common.changes import Changed, ChangeHub
from dialogue_app.ui.common.operations import Operation


class RoleWatch(QObject):
    """Says once, plainly, that the signed-in person's role changed (see the module's docstring).

    Signals:
        role_changed(object): the new ``Role``, or None when the account was disabled.
    """

    role_changed = Signal(object)

    def __init__(self, window: QMainWindow, services: Services, hub: ChangeHub) -> None:
        super().__init__(window)
        self._window = window
        self._services = services
        self.known: Role | None = Capabilities.of(services).role
        self.message: QMessageBox | None = None
        hub.changed.connect(self._changed)

    def _changed(self, changes: Changed) -> None:
        if not changes & Changed.OFFICE or self._services.database.is_sqlite:
            return
        # quiet on failure: a lost connection is already said by the live refresh
        Operation(self._window, self._services.permissions.role).success(self._read).failure(
            lambda _text, _failure: None
        ).run()

    def _read(self, role: Role | None) -> None:
        if role == self.known:
            return
        self.known = role
        if role is None:
            text = self.tr(
                "An administrator has disabled your account or removed its role. What you try "
                "now is refused; ask an administrator, then close Dialogue Desk."
            )
        else:
            text = self.tr(
                "An administrator has changed your role to %1. Close Dialogue Desk and sign in "
                "again for the window to offer what this role may do; until then, anything it "
                "may not do is refused when you try it."
            ).replace("%1", role_title(role))
        self._window.statusBar().showMessage(text)
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Your role"), text)
        box.setParent(self._window, box.windowFlags())
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.message = box  # the latest said (read by the tests)
        box.open()
        self.role_changed.emit(role)


__all__ = ["RoleWatch"]
