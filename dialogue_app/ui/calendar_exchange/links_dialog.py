"""Settings → Calendars and mail: the office's mail server, its calendar server, the published
schedule file, leaders' subscribed calendars; publishing and refreshing on demand.

Passwords go to the computer's password store; the fields never show a kept password (they
say whether one is kept). Without a password store the page says so plainly and refuses to
keep a password rather than write it anywhere else. Publishing runs in the background with
progress and Cancel, in its own dialog (``publish_dialog``: the office schedule or leaders'
calendars), which names every event that is not on the server as the app has it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dialogue_app.services.calendar_exchange import (
    LinkSettings,
    RefreshOutcome,
    Security,
    SubscriptionKind,
    SubscriptionView,
)
from dialogue_app.ui.common.background_task import Done
from dialogue_app.ui.common.changes import Changed
from dialogue_app.ui.common.dates import format_datetime
from dialogue_app.ui.common.file_dialogs import FileKind, save_file, suggested_name
from dialogue_app.ui.common.messages import ERROR_STYLE, parts_translated
from dialogue_app.ui.common.operations import Operation, in_label

if TYPE_CHECKING:
    from dialogue_app.services.container import Services
    from dialogue_app.ui.calendar_exchange.publish_dialog import PublishDialog

ModelIndex = QModelIndex | QPersistentModelIndex


class SubscriptionModel(QAbstractTableModel):
    """Leaders' subscribed calendars and how their last refresh went (a handful of rows)."""

    COL_OFFICIAL, COL_ADDRESS, COL_STATE = range(3)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[SubscriptionView] = []

    def set_rows(self, rows: list[SubscriptionView]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def subscription(self, row: int) -> SubscriptionView | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 3

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        labels = (self.tr("Official"), self.tr("Calendar address"), self.tr("Last refresh"))
        return labels[section] if 0 <= section < len(labels) else None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        row = self._rows[index.row()]
        if index.column() == self.COL_OFFICIAL:
            return row.official_name
        if index.column() == self.COL_ADDRESS:
            return row.url
        if index.column() == self.COL_STATE:
            return self.state(row)
        return None

    def state(self, row: SubscriptionView) -> str:
        if row.last_attempt_at is None:
            return self.tr("Not read yet")
        if row.last_error is None and row.last_success_at is not None:
            return self.tr("%Ln busy time(s), read %1", "", row.busy_times).replace(
                "%1", format_datetime(row.last_success_at)
            )
        since = (
            self.tr("the copy read %1 is still used").replace(
                "%1", format_datetime(row.last_success_at)
            )
            if row.last_success_at
            else self.tr("nothing read yet")
        )
        error = parts_translated(row.last_error_parts) if row.last_error_parts else ""
        return self.tr("Failed: %1 (%2)").replace("%2", since).replace("%1", error)


class CalendarLinksDialog(QDialog):
    """The office's mail and calendar servers, the published file and leaders' calendars."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("calendarLinksDialog")
        self.setWindowTitle(self.tr("Calendars and mail"))
        self.setMinimumWidth(720)
        self._services = services
        self._links = services.calendar_links

        self.store_label = QLabel()
        self.store_label.setWordWrap(True)

        # --- mail server
        self.smtp_host = QLineEdit()
        self.smtp_host.setPlaceholderText("mail.hatinh.gov.vn")
        self.smtp_port = QSpinBox()
        self.smtp_port.setRange(1, 65535)
        self.smtp_security = QComboBox()
        self.smtp_security.addItem(self.tr("STARTTLS (port 587)"), Security.STARTTLS.value)
        self.smtp_security.addItem(self.tr("SSL/TLS (port 465)"), Security.SSL.value)
        self.smtp_security.addItem(self.tr("None (inside the office network)"), Security.NONE.value)
        self.smtp_user = QLineEdit()
        self.smtp_password = QLineEdit()
        self.smtp_password.setEchoMode(QLineEdit.EchoMode.Password)
        mail = QGroupBox(self.tr("Mail server (SMTP), for sending invitations"))
        mail_form = QFormLayout(mail)
        mail_form.addRow(self.tr("Server:"), self.smtp_host)
        mail_form.addRow(self.tr("Port:"), self.smtp_port)
        mail_form.addRow(self.tr("Security:"), self.smtp_security)
        mail_form.addRow(self.tr("Account:"), self.smtp_user)
        mail_form.addRow(self.tr("Password:"), self.smtp_password)

        # --- calendar server
        self.caldav_url = QLineEdit()
        self.caldav_url.setPlaceholderText("https://lich.hatinh.gov.vn/dav/calendars/vanphong/")
        self.caldav_user = QLineEdit()
        self.caldav_password = QLineEdit()
        self.caldav_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.publish_button = QPushButton(self.tr("Publish to the calendar server…"))
        self.publish_button.setToolTip(
            self.tr("The office schedule, one leader's calendar, or every leader's (save first)")
        )
        self.publish_button.clicked.connect(lambda: self.publish())
        period = QHBoxLayout()
        period.addWidget(self.publish_button)
        period.addStretch(1)
        dav = QGroupBox(self.tr("Calendar server (CalDAV: Zimbra, Nextcloud…)"))
        dav_form = QFormLayout(dav)
        dav_form.addRow(self.tr("Calendar address:"), self.caldav_url)
        dav_form.addRow(self.tr("Account:"), self.caldav_user)
        dav_form.addRow(self.tr("Password:"), self.caldav_password)
        dav_form.addRow(self.tr("Publish:"), period)

        # --- published file
        self.published_file = QLineEdit()
        self.published_file.setPlaceholderText(
            self.tr("e.g. on a shared drive or a web server's folder")
        )
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        self.timeout = QSpinBox()
        self.timeout.setRange(1, 600)
        self.timeout.setSuffix(self.tr(" s"))
        file_row = QHBoxLayout()
        file_row.addWidget(self.published_file, 1)
        file_row.addWidget(browse)
        other = QGroupBox(self.tr("Published schedule and waiting time"))
        other_form = QFormLayout(other)
        other_form.addRow(self.tr("Schedule file (.ics, kept up to date):"), file_row)
        other_form.addRow(self.tr("Wait for a server at most:"), self.timeout)

        self.settings_label = QLabel()
        self.settings_label.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save settings"))
        self.save_button.clicked.connect(lambda: self.save())

        # --- subscriptions
        self.subscription_model = SubscriptionModel(self)
        self.subscription_view = QTableView()
        self.subscription_view.setModel(self.subscription_model)
        self.subscription_view.verticalHeader().hide()
        self.subscription_view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.subscription_view.horizontalHeader().setSectionResizeMode(
            SubscriptionModel.COL_STATE, QHeaderView.ResizeMode.Stretch
        )
        self.official_combo = QComboBox()
        for choice in services.calendar_exchange.officials():
            self.official_combo.addItem(choice.label, choice.id)
        self.kind_combo = QComboBox()
        self.kind_combo.addItem(
            self.tr(".ics address (Outlook, Google)"), SubscriptionKind.ICS.value
        )
        self.kind_combo.addItem(self.tr("CalDAV calendar"), SubscriptionKind.CALDAV.value)
        self.subscription_url = QLineEdit()
        self.subscription_url.setPlaceholderText("https://…/calendar.ics")
        self.subscription_user = QLineEdit()
        self.subscription_user.setPlaceholderText(self.tr("account (if any)"))
        self.subscription_password = QLineEdit()
        self.subscription_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.subscription_password.setPlaceholderText(self.tr("password (if any)"))
        self.subscription_minutes = QSpinBox()
        self.subscription_minutes.setRange(5, 24 * 60)
        self.subscription_minutes.setValue(60)
        self.subscription_minutes.setSuffix(self.tr(" min"))
        add = QPushButton(self.tr("Subscribe"))
        add.clicked.connect(lambda: self.add_subscription())
        self.refresh_button = QPushButton(self.tr("Refresh all now"))
        self.refresh_button.clicked.connect(lambda: self.refresh_all())
        remove = QPushButton(self.tr("Remove selected"))
        remove.clicked.connect(lambda: self.remove_selected())
        self.subscription_label = QLabel()
        self.subscription_label.setWordWrap(True)
        # who and how on one line, the address (long) with its account on the next
        who = QHBoxLayout()
        who.addWidget(self.official_combo, 2)
        who.addWidget(self.kind_combo, 1)
        who.addWidget(QLabel(self.tr("read every")))
        who.addWidget(self.subscription_minutes)
        where = QHBoxLayout()
        where.addWidget(self.subscription_url, 3)
        where.addWidget(self.subscription_user, 1)
        where.addWidget(self.subscription_password, 1)
        where.addWidget(add)
        new_row = QVBoxLayout()
        new_row.addLayout(who)
        new_row.addLayout(where)
        actions = QHBoxLayout()
        actions.addWidget(self.refresh_button)
        actions.addWidget(remove)
        actions.addStretch(1)
        leaders = QGroupBox(self.tr("Leaders' calendars read live (busy times)"))
        leaders_layout = QVBoxLayout(leaders)
        leaders_layout.addWidget(self.subscription_view)
        leaders_layout.addLayout(new_row)
        leaders_layout.addLayout(actions)
        leaders_layout.addWidget(self.subscription_label)

        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        close.rejected.connect(self.reject)
        save_row = QHBoxLayout()
        save_row.addWidget(self.settings_label, 1)
        save_row.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.store_label)
        layout.addWidget(mail)
        layout.addWidget(dav)
        layout.addWidget(other)
        layout.addLayout(save_row)
        layout.addWidget(leaders, 1)
        layout.addWidget(close)
        self.load()

    # --- settings ---------------------------------------------------------------------------

    def load(self) -> None:
        Operation(self, self._links.settings.settings).success(self._show).run()
        self.refresh_list()

    def _show(self, settings: LinkSettings) -> None:
        self.smtp_host.setText(settings.smtp_host or "")
        self.smtp_port.setValue(settings.smtp_port)
        self.smtp_security.setCurrentIndex(
            self.smtp_security.findData(settings.smtp_security.value)
        )
        self.smtp_user.setText(settings.smtp_user or "")
        self.caldav_url.setText(settings.caldav_url or "")
        self.caldav_user.setText(settings.caldav_user or "")
        self.published_file.setText(settings.published_file or "")
        self.timeout.setValue(settings.timeout_seconds)
        kept, not_kept = self.tr("(a password is kept)"), self.tr("(no password kept)")
        self.smtp_password.clear()
        self.smtp_password.setPlaceholderText(kept if settings.smtp_password_kept else not_kept)
        self.caldav_password.clear()
        self.caldav_password.setPlaceholderText(kept if settings.caldav_password_kept else not_kept)
        if settings.password_store:
            self.store_label.setStyleSheet("")
            self.store_label.setText(
                self.tr(
                    "Passwords are kept in this computer's password store, never in the database."
                )
            )
        else:
            self.store_label.setStyleSheet(ERROR_STYLE)
            self.store_label.setText(
                self.tr(
                    "This computer has no password store, so no password can be kept safely: "
                    "servers that need a password cannot be used from the window. The command "
                    "line can take a password for one run (--password-env)."
                )
            )

    def form(self) -> LinkSettings:
        return LinkSettings(
            smtp_host=self.smtp_host.text(),
            smtp_port=self.smtp_port.value(),
            smtp_security=Security(self.smtp_security.currentData()),
            smtp_user=self.smtp_user.text(),
            caldav_url=self.caldav_url.text(),
            caldav_user=self.caldav_user.text(),
            published_file=self.published_file.text(),
            timeout_seconds=self.timeout.value(),
        )

    def save(self) -> bool:
        settings = self.form()
        smtp_password = self.smtp_password.text() or None
        caldav_password = self.caldav_password.text() or None
        return (
            Operation(
                self,
                lambda: self._links.settings.save(
                    settings, smtp_password=smtp_password, caldav_password=caldav_password
                ),
                waits=True,
                repeatable=True,  # the same settings set again
            )
            .success(self._saved)
            .failure(in_label(self.settings_label))
            .run(busy=True)
        )

    def _saved(self, settings: LinkSettings) -> None:
        self._show(settings)
        self.settings_label.setStyleSheet("")
        self.settings_label.setText(self.tr("Saved."))

    def _browse(self) -> None:
        chosen = save_file(
            self,
            FileKind.CALENDAR,
            self.tr("Published schedule file"),
            self.published_file.text() or suggested_name(self.tr("Published schedule"), ".ics"),
            self.tr("Calendar files (*.ics)"),
        )
        if chosen:
            self.published_file.setText(str(chosen))

    # --- publishing -------------------------------------------------------------------------

    def publish(self) -> PublishDialog:
        """Open the publish dialog (what, which period, where), over this one."""
        from dialogue_app.ui.calendar_exchange.publish_dialog import PublishDialog

        dialog = PublishDialog(self._services, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.publish_dialog = dialog
        return dialog

    # --- subscriptions ----------------------------------------------------------------------

    def refresh_list(self) -> None:
        Operation(self, self._links.subscriptions.all).success(
            self.subscription_model.set_rows
        ).run()

    def add_subscription(self) -> bool:
        official_id = self.official_combo.currentData()
        if official_id is None:
            self._subscription_error(self.tr("There are no officials yet. Add the leaders first."))
            return False
        kind = SubscriptionKind(self.kind_combo.currentData())
        url = self.subscription_url.text()
        user = self.subscription_user.text() or None
        password = self.subscription_password.text() or None
        minutes = self.subscription_minutes.value()
        subscriptions = self._links.subscriptions

        added: list[Any] = []

        def subscribe_and_read() -> RefreshOutcome:
            # adding and reading are two steps: a try that lost the connection after the first
            # (waiting to be saved again) reads the subscription already added
            if not added:
                added.append(
                    subscriptions.add(
                        int(official_id),
                        kind,
                        url,
                        user=user,
                        password=password,
                        refresh_minutes=minutes,
                    )
                )
            return subscriptions.refresh(added[0].id)

        def added_and_read(outcome: RefreshOutcome) -> None:
            # (also when saved later, once the connection is back)
            self.subscription_url.clear()
            self.subscription_password.clear()
            self._refreshed_one(outcome)

        return (
            Operation(self, subscribe_and_read, changes=Changed.CONFERENCES, waits=True)
            .success(added_and_read)
            .failure(lambda text, _failure: self._subscription_error(text))
            .run(busy=True)
        )

    def _refreshed_one(self, outcome: RefreshOutcome) -> None:
        self.refresh_list()
        self._show_outcomes([outcome])

    def refresh_all(self) -> Any:
        subscriptions = self._links.subscriptions

        def job(progress: Any, _cancelled: Any) -> Done:
            views = subscriptions.all()
            outcomes = []
            for number, view in enumerate(views, start=1):
                outcomes.append(subscriptions.refresh(view.id))
                progress(number, len(views))
            return Done(self.tr("Refreshed."), outcomes)

        dialog = (
            Operation(self, job, changes=Changed.CONFERENCES)
            .success(lambda done: (self.refresh_list(), self._show_outcomes(done.value)))
            .run_in_background(self.tr("Reading leaders' calendars"))
        )
        dialog.setObjectName("subscriptionRefreshProgress")
        self.refresh_progress = dialog
        return dialog

    def _show_outcomes(self, outcomes: list[RefreshOutcome]) -> None:
        failed = [o for o in outcomes if not o.ok]
        lines = []
        for outcome in outcomes:
            if outcome.ok:
                lines.append(
                    self.tr("%1: %Ln busy time(s) read.", "", outcome.busy_times).replace(
                        "%1", outcome.official_name
                    )
                )
            else:
                lines.append(
                    self.tr("%1: not read, the last good copy is kept. %2")
                    .replace("%2", str(outcome.error))
                    .replace("%1", outcome.official_name)
                )
        self.subscription_label.setStyleSheet(ERROR_STYLE if failed else "")
        self.subscription_label.setText("\n".join(lines))

    def remove_selected(self) -> None:
        rows = {index.row() for index in self.subscription_view.selectionModel().selectedRows()}
        chosen = [self.subscription_model.subscription(row) for row in sorted(rows)]
        ids = [view.id for view in chosen if view is not None]
        if not ids:
            return
        subscriptions = self._links.subscriptions
        Operation(
            self,
            lambda: [subscriptions.remove(i) for i in ids],
            changes=Changed.CONFERENCES,
            waits=True,
            repeatable=True,  # removing one already removed does nothing
        ).success(lambda _result: self.refresh_list()).run()

    def _subscription_error(self, text: str) -> None:
        self.subscription_label.setStyleSheet(ERROR_STYLE)
        self.subscription_label.setText(text)
