"""The admin screen: staff accounts (admin and head) and the audit log (read-only, filterable,
exportable). Each tab is there only for a role that may use it; the services refuse the rest
anyway and the window says why (``services/accounts``)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from dialogue_app.domain.roles import MIN_PASSWORD_LENGTH, Permission, Role
from dialogue_app.services.accounts import Account, AuditFilter, AuditRow
from dialogue_app.services.container import Services
from dialogue_app.ui.accounts.role_names import role_title
from dialogue_app.ui.common.file_dialogs import FileKind, save_file, suggested_name
from dialogue_app.ui.common.operations import Operation, in_label, in_message_box
from dialogue_app.ui.common.rows_model import RowsModel

Index = QModelIndex | QPersistentModelIndex


class AccountsModel(RowsModel[Account]):
    def headers(self) -> list[str]:
        return [self.tr("Login"), self.tr("Name"), self.tr("Role"), self.tr("Status")]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        account = self.row_at(index.row()) if index.isValid() else None
        if account is None or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            account.login,
            account.full_name,
            role_title(account.role),
            self.tr("Active") if account.active else self.tr("Disabled"),
        )[index.column()]


class AuditModel(RowsModel[AuditRow]):
    def headers(self) -> list[str]:
        return [
            self.tr("When"),
            self.tr("Who"),
            self.tr("Action"),
            self.tr("Record"),
            self.tr("No."),
            self.tr("Fields or detail"),
        ]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index.row()) if index.isValid() else None
        if row is None or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            row.at.strftime("%d/%m/%Y %H:%M:%S"),
            row.user or "",
            row.action,
            row.record or "",
            "" if row.record_id is None else str(row.record_id),
            row.detail or "",
        )[index.column()]


class AccountDialog(QDialog):
    """A new account (login, name, role, password) or a new password for ``login``."""

    def __init__(self, parent: QWidget | None, login: str | None = None) -> None:
        super().__init__(parent)
        self.new = login is None
        self.setWindowTitle(
            self.tr("New staff account")
            if self.new
            else self.tr("New password for %1").replace("%1", login or "")
        )
        form = QFormLayout()
        self.login = QLineEdit(login or "")
        self.login.setObjectName("login")
        self.full_name = QLineEdit()
        self.full_name.setObjectName("full_name")
        self.role = QComboBox()
        self.role.setObjectName("role")
        for role in (Role.CLERK, Role.VIEWER, Role.HEAD, Role.ADMIN):
            self.role.addItem(role_title(role), role)
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.repeat = QLineEdit()
        self.repeat.setObjectName("repeat")
        for field in (self.password, self.repeat):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        if self.new:
            form.addRow(self.tr("Login name"), self.login)
            form.addRow(self.tr("Full name"), self.full_name)
            form.addRow(self.tr("Role"), self.role)
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.tr("Password again"), self.repeat)
        hint = QLabel(
            self.tr("At least %1 characters. Give it to the person in private; they can sign in "
                    "at once.").replace("%1", str(MIN_PASSWORD_LENGTH))
        )  # fmt: skip
        hint.setWordWrap(True)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020")
        self.error.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def show_error(self, text: str, _failure: object = None) -> None:
        self.error.setText(text)
        self.error.show()

    def _check(self) -> None:
        if self.password.text() != self.repeat.text():
            self.show_error(self.tr("The two passwords differ."))
            return
        self.accept()


class _SavedFlag:
    """Whether the account dialog's save went through: at once, or once the connection came
    back while the dialog showed it waiting (``ui/common/waiting_save.py``): it then closes."""

    def __init__(self, dialog: QDialog) -> None:
        self._dialog = dialog
        self._saved = False

    def __bool__(self) -> bool:
        return self._saved

    def mark(self, _result: object = None) -> None:
        self._saved = True
        if self._dialog.isVisible():  # saved later, while the dialog was shown again
            self._dialog.done(QDialog.DialogCode.Accepted)


class AccountsView(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.model = AccountsModel(self)
        self.table = QTableView()
        self.table.setObjectName("accounts")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.add_button = QPushButton(self.tr("New account…"))
        self.role_box = QComboBox()
        self.role_box.setObjectName("new_role")
        for role in (Role.CLERK, Role.VIEWER, Role.HEAD, Role.ADMIN):
            self.role_box.addItem(role_title(role), role)
        self.role_button = QPushButton(self.tr("Give this role"))
        self.password_button = QPushButton(self.tr("New password…"))
        self.disable_button = QPushButton(self.tr("Disable"))
        self.enable_button = QPushButton(self.tr("Enable"))
        self.add_button.clicked.connect(self.add_account)
        self.role_button.clicked.connect(self.give_role)
        self.password_button.clicked.connect(self.reset_password)
        self.disable_button.clicked.connect(lambda: self._change(self._services.accounts.disable))
        self.enable_button.clicked.connect(lambda: self._change(self._services.accounts.enable))
        buttons = QHBoxLayout()
        for widget in (
            self.add_button,
            self.role_box,
            self.role_button,
            self.password_button,
            self.disable_button,
            self.enable_button,
        ):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        if services.database.is_sqlite:
            self.note.setText(
                self.tr(
                    "This database is a file on this computer: its one user is your computer "
                    "account. Staff accounts need the office's shared PostgreSQL database."
                )
            )
            self.note.show()
            for widget in (self.add_button, self.role_button, self.password_button):
                widget.setEnabled(False)
            self.disable_button.setEnabled(False)
            self.enable_button.setEnabled(False)
        self.refresh()

    def refresh(self) -> None:
        Operation(self, self._services.accounts.list).success(self.model.set_rows).failure(
            in_label(self.note)
        ).run()

    def selected(self) -> Account | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def add_account(self) -> None:
        dialog = AccountDialog(self)
        saved = _SavedFlag(dialog)
        while dialog.exec() == QDialog.DialogCode.Accepted and not saved:
            role = Role(dialog.role.currentData())
            Operation(
                dialog,
                lambda role=role: self._services.accounts.add(
                    dialog.login.text(), role, dialog.password.text(), dialog.full_name.text()
                ),
                waits=True,
            ).success(saved.mark).failure(dialog.show_error).run(busy=True)
            if saved:
                break
        self.refresh()

    def reset_password(self) -> None:
        account = self.selected()
        if account is None:
            return
        dialog = AccountDialog(self, account.login)
        saved = _SavedFlag(dialog)
        while dialog.exec() == QDialog.DialogCode.Accepted and not saved:
            Operation(
                dialog,
                lambda: self._services.accounts.reset_password(
                    account.login, dialog.password.text()
                ),
                waits=True,
                repeatable=True,  # the same password set again
            ).success(saved.mark).failure(dialog.show_error).run(busy=True)
            if saved:
                break

    def give_role(self) -> None:
        account = self.selected()
        if account is not None:
            role = Role(self.role_box.currentData())
            self._change(lambda login: self._services.accounts.set_role(login, role))

    def _change(self, action: Any) -> None:
        account = self.selected()
        if account is None:
            return
        Operation(self, lambda: action(account.login)).success(lambda _: self.refresh()).failure(
            in_message_box(self, self.tr("Staff accounts"))
        ).run(busy=True)


class AuditView(QWidget):
    """The audit log, newest first, filtered by period, login, action and record type."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.model = AuditModel(self)
        self.table = QTableView()
        self.table.setObjectName("audit")
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.period = QCheckBox(self.tr("From"))
        today = QDate(services.clock.today())
        self.since = QDateEdit(today.addDays(-30))
        self.until = QDateEdit(today)
        for edit in (self.since, self.until):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd/MM/yyyy")
        self.user = QComboBox()
        self.user.setObjectName("user")
        self.action = QComboBox()
        self.action.setObjectName("action")
        self.record = QComboBox()
        self.record.setObjectName("record")
        self.more = QPushButton(self.tr("Older entries"))
        self.export = QPushButton(self.tr("Export to CSV…"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        # the period and the export on one line, the filters on the next: both fit a laptop
        # screen at 125 % (issue 18)
        bar = QHBoxLayout()
        bar.addWidget(self.period)
        bar.addWidget(self.since)
        bar.addWidget(QLabel(self.tr("to")))
        bar.addWidget(self.until)
        bar.addStretch(1)
        bar.addWidget(self.export)
        filters = QHBoxLayout()
        for label, box in (
            (self.tr("Who"), self.user),
            (self.tr("Action"), self.action),
            (self.tr("Record"), self.record),
        ):
            filters.addWidget(QLabel(label))
            filters.addWidget(box)
        filters.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addLayout(filters)
        layout.addWidget(self.message)
        layout.addWidget(self.table)
        layout.addWidget(self.more, 0, Qt.AlignmentFlag.AlignLeft)
        self._fill_choices()
        for box in (self.user, self.action, self.record):
            box.currentIndexChanged.connect(self.refresh)
        self.period.toggled.connect(self.refresh)
        self.since.dateChanged.connect(self.refresh)
        self.until.dateChanged.connect(self.refresh)
        self.more.clicked.connect(self.load_more)
        self.export.clicked.connect(self.export_csv)
        self.refresh()

    def _fill_choices(self) -> None:
        def fill(choices: tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]) -> None:
            for box, values in zip((self.user, self.action, self.record), choices, strict=True):
                box.blockSignals(True)
                box.clear()
                box.addItem(self.tr("All"), None)
                for value in values:
                    box.addItem(value, value)
                box.blockSignals(False)

        Operation(self, self._services.audit.choices).success(fill).failure(
            in_label(self.message)
        ).run()

    def current_filter(self) -> AuditFilter:
        period = self.period.isChecked()
        return AuditFilter(
            since=self.since.date().toPython() if period else None,  # type: ignore[arg-type]
            until=self.until.date().toPython() if period else None,  # type: ignore[arg-type]
            user=self.user.currentData(),
            action=self.action.currentData(),
            record=self.record.currentData(),
        )

    def refresh(self) -> None:
        where = self.current_filter()
        Operation(self, lambda: self._services.audit.entries(where)).success(
            self.model.set_rows
        ).failure(in_label(self.message)).run()

    def load_more(self) -> None:
        if not self.model.rows:
            return
        where, last = self.current_filter(), self.model.rows[-1].id

        def append(rows: tuple[AuditRow, ...]) -> None:
            self.model.set_rows([*self.model.rows, *rows])

        Operation(self, lambda: self._services.audit.entries(where, before_id=last)).success(
            append
        ).failure(in_label(self.message)).run()

    def export_csv(self) -> None:
        chosen = save_file(
            self,
            FileKind.STAFF,
            self.tr("Export the audit log"),
            suggested_name(self.tr("Audit log"), ".csv", on=self._services.clock.today()),
            self.tr("CSV files (*.csv)"),
        )
        if chosen is None:
            return
        name = str(chosen)
        where = self.current_filter()
        Operation(
            self, lambda: self._services.audit.export_csv(Path(name), where), target=name
        ).success(
            lambda count: (
                self.message.setText(self.tr("%1 entries exported.").replace("%1", str(count)))
                or self.message.show()
            )
        ).failure(in_message_box(self, self.tr("Audit log"))).run(busy=True)


class StaffPage(QWidget):
    """Staff accounts and the audit log, each tab for the roles that may use it."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tabs = QTabWidget()
        permissions = services.permissions
        if permissions.allows(Permission.MANAGE_ACCOUNTS):
            self.accounts = AccountsView(services)
            self.tabs.addTab(self.accounts, self.tr("Staff accounts"))
        if permissions.allows(Permission.VIEW_AUDIT):
            self.audit = AuditView(services)
            self.tabs.addTab(self.audit, self.tr("Audit log"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)


def may_see_staff_page(services: Services) -> bool:
    permissions = services.permissions
    return permissions.allows(Permission.MANAGE_ACCOUNTS) or permissions.allows(
        Permission.VIEW_AUDIT
    )
