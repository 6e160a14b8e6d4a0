"""The sign-in dialog of a shared PostgreSQL database: who am I, with my own password.

A wrong password or a disabled account is said in the dialog, which stays open for another try;
the password is kept in the OS keyring only when "Remember" is ticked (and forgotten when it is
unticked), never in a file.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from dialogue_app.services.accounts import (
    Server,
    keyring_available,
    remember_password,
    saved_password,
    sign_in,
)
from dialogue_app.services.database import DatabaseError, DatabaseHandle
from dialogue_app.ui.common.messages import message_text

SignIn = Callable[[str, str, str], DatabaseHandle]


class SignInDialog(QDialog):
    """Asks for the login and password; ``handle`` is the opened database once accepted."""

    def __init__(
        self,
        url: str,
        login: str = "",
        parent: QWidget | None = None,
        *,
        attempt: SignIn = sign_in,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sign in to Dialogue Desk"))
        self._url = url
        self._server = Server.of(url)
        self._attempt = attempt
        self.handle: DatabaseHandle | None = None

        intro = QLabel(
            self.tr("The office's shared database %1. Sign in with your own account.").replace(
                "%1", self._server.description
            )
        )
        intro.setWordWrap(True)
        self.login = QLineEdit(login)
        self.login.setObjectName("login")
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = QCheckBox(self.tr("Remember the password in this computer's keyring"))
        self.remember.setObjectName("remember")
        if not keyring_available():
            self.remember.setEnabled(False)
            self.remember.setToolTip(self.tr("This computer has no keyring to keep it in."))
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020")
        self.error.hide()
        form = QFormLayout()
        form.addRow(self.tr("Login name"), self.login)
        form.addRow(self.tr("Password"), self.password)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Sign in"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self._try)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.remember)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        if login:
            kept = saved_password(self._server, login)
            if kept:
                self.password.setText(kept)
                self.remember.setChecked(True)
            self.password.setFocus()

    def _try(self) -> None:
        login = self.login.text().strip()
        password = self.password.text()
        if not login or not password:
            self._show(self.tr("Enter your login name and your password."))
            return
        try:
            self.handle = self._attempt(self._url, login, password)
        except DatabaseError as error:
            self.password.clear()
            self.password.setFocus()
            self._show(message_text(error))
            return
        if self.remember.isEnabled():
            remember_password(self._server, login, password if self.remember.isChecked() else None)
        self.accept()

    def _show(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()


LAST_LOGIN_KEY = "accounts/last_login"  # not a secret: the login name offered next time


def sign_in_at_start(url: str, settings: QSettings) -> tuple[DatabaseHandle, str] | None:
    """Ask who is signing in until the server accepts them; None when they cancel."""
    last = str(settings.value(LAST_LOGIN_KEY, "") or "")
    dialog = SignInDialog(url, last)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.handle is None:
        return None
    login = dialog.login.text().strip()
    settings.setValue(LAST_LOGIN_KEY, login)
    return dialog.handle, login
