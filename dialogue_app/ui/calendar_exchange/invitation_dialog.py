"""Send or save a conference's invitation (or update, or cancellation), and see what was sent.

The person chooses how: by e-mail through the office's mail server, saved as an e-mail file
(.eml, a real meeting request Outlook opens), or saved as a calendar file (.ics). The choice
decides what is written, never the file name typed. The message shown afterwards says what
really happened (the service returns what it wrote or sent). Sending by mail runs in the
background (a slow server must not freeze the window); saving is instant.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dialogue_app.ui.common.background_task import Done
from dialogue_app.ui.common.dates import format_datetime
from dialogue_app.ui.common.file_dialogs import FileKind, save_file
from dialogue_app.ui.common.messages import ERROR_STYLE
from dialogue_app.ui.common.operations import Operation

if TYPE_CHECKING:
    from dialogue_app.services.calendar_exchange import Delivery, SentRecord
    from dialogue_app.services.container import Services

ModelIndex = QModelIndex | QPersistentModelIndex


class SentModel(QAbstractTableModel):
    """What was sent or saved for one conference, newest first (a handful of rows)."""

    COL_WHEN, COL_WHAT, COL_HOW, COL_TO, COL_BY = range(5)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[SentRecord] = []

    def set_rows(self, rows: list[SentRecord]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 5

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        labels = (self.tr("When"), self.tr("What"), self.tr("How"), self.tr("To"), self.tr("By"))
        return labels[section] if 0 <= section < len(labels) else None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if column == self.COL_WHEN:
            return format_datetime(row.sent_at)
        if column == self.COL_WHAT:
            if row.method == "CANCEL":
                what = self.tr("Cancellation")
            elif row.sequence > 0:
                what = self.tr("Update")
            else:
                what = self.tr("Invitation")
            # the first invitation is version 1 for a person (SEQUENCE 0 in the file)
            version = str(row.sequence + 1)
            return self.tr("%1 (version %2)").replace("%1", what).replace("%2", version)
        if column == self.COL_HOW:
            how = {
                "smtp": self.tr("E-mailed")
                if row.confirmed
                else self.tr("Sending, not confirmed (ask the invitees whether it arrived)"),
                "eml": self.tr("Saved as .eml"),
                "ics": self.tr("Saved as .ics"),
            }[row.channel.value]
            return f"{how}: {row.destination}" if role == Qt.ItemDataRole.ToolTipRole else how
        if column == self.COL_TO:
            return "; ".join(row.recipients)
        if column == self.COL_BY:
            return row.user_name or ""
        return None


class InvitationDialog(QDialog):
    """Send or save the invitation (``cancel``: the cancellation) of one conference.

    Signals:
        invitation_sent(int): the conference's id, after an invitation left or was saved.
    """

    invitation_sent = Signal(int)

    def __init__(
        self,
        services: Services,
        conference_id: int,
        *,
        cancel: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("invitationDialog")
        self._services = services
        self._links = services.calendar_links
        self._conference_id = conference_id
        self._cancel = cancel
        self.setWindowTitle(
            self.tr("Send the cancellation") if cancel else self.tr("Send invitations")
        )
        self.setMinimumWidth(640)

        settings = self._links.settings.settings()
        server = settings.smtp_host
        self.by_mail = QRadioButton(
            self.tr("Send by e-mail through the office's mail server (%1)").replace(
                "%1", f"{server}:{settings.smtp_port}" if server else self.tr("not set up")
            )
        )
        self.by_mail.setEnabled(bool(server))
        self.as_eml = QRadioButton(
            self.tr("Save as an e-mail file (.eml): Outlook opens it as a meeting request to send")
        )
        self.as_ics = QRadioButton(
            self.tr("Save as a calendar file (.ics) to attach to an e-mail yourself")
        )
        self.choice = QButtonGroup(self)
        for button in (self.by_mail, self.as_eml, self.as_ics):
            self.choice.addButton(button)
        (self.by_mail if server else self.as_eml).setChecked(True)
        hint = QLabel(
            self.tr("To send from here, set up the mail server in Settings → Calendars and mail.")
        )
        hint.setWordWrap(True)
        hint.setVisible(not server)

        self.result_label = QLabel()
        self.result_label.setObjectName("invitationResult")
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.sent_model = SentModel(self)
        self.sent_view = QTableView()
        self.sent_view.setModel(self.sent_model)
        self.sent_view.verticalHeader().hide()
        header = self.sent_view.horizontalHeader()
        for column in (SentModel.COL_WHEN, SentModel.COL_WHAT, SentModel.COL_HOW):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(SentModel.COL_TO, QHeaderView.ResizeMode.Stretch)

        self.buttons = QDialogButtonBox()
        self.go_button = self.buttons.addButton(
            self.tr("Send"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.close_button = self.buttons.addButton(
            self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.go_button.clicked.connect(lambda: self.go())
        self.close_button.clicked.connect(self.reject)
        self.choice.buttonToggled.connect(self._update_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.by_mail)
        layout.addWidget(self.as_eml)
        layout.addWidget(self.as_ics)
        layout.addWidget(hint)
        layout.addWidget(self.result_label)
        layout.addWidget(QLabel(self.tr("Sent so far:")))
        layout.addWidget(self.sent_view, 1)
        layout.addWidget(self.buttons)
        self._update_button()
        self.refresh_sent()

    def _update_button(self, *_args: object) -> None:
        self.go_button.setText(self.tr("Send") if self.by_mail.isChecked() else self.tr("Save…"))

    def refresh_sent(self) -> None:
        Operation(self, lambda: self._links.invitations.sent(self._conference_id)).success(
            self.sent_model.set_rows
        ).run()

    def go(self, path: str | Path | None = None) -> bool:
        """Do what is chosen; ``path`` for a file (else asked). True when it was done (a send
        in the background: when it was started)."""
        if self.by_mail.isChecked():
            return self._send()
        as_email = self.as_eml.isChecked()
        if path is None:
            path = self._ask_where(as_email)
            if path is None:
                return False
        target = Path(path)
        return (
            Operation(
                self,
                lambda: self._links.invitations.save(
                    self._conference_id, target, as_email=as_email, cancel=self._cancel
                ),
                target=target,
                waits=True,  # recorded as sent: after a lost COMMIT, asked, never by itself
            )
            .success(self._delivered)
            .failure(lambda text, _failure: self._show_error(text))
            .run(busy=True)
        )

    def _send(self) -> bool:
        conference_id, cancel = self._conference_id, self._cancel
        invitations = self._links.invitations

        def job(_progress: Any, _cancelled: Any) -> Done:
            delivery = invitations.send(conference_id, cancel=cancel)
            return Done(self._delivery_text(delivery), delivery)

        dialog = (
            Operation(self, job)
            .success(lambda done: self._delivered(done.value))
            .failure(lambda text, _failure: self._show_error(text))
            .run_in_background(
                self.tr("Sending"), text=self.tr("Sending through the office's mail server…")
            )
        )
        dialog.setObjectName("invitationSendProgress")
        self.send_progress = dialog
        return True

    def default_name(self, as_email: bool) -> str | None:
        """The name the file is offered under (``giay-moi-2026-12-15-hoi-nghi….ics``); None,
        with the reason shown, when the message cannot be made."""
        names: list[str] = []
        invitations, conference_id, cancel = (
            self._links.invitations,
            self._conference_id,
            self._cancel,
        )
        Operation(
            self, lambda: invitations.file_name(conference_id, as_email=as_email, cancel=cancel)
        ).success(names.append).failure(lambda text, _failure: self._show_error(text)).run()
        return names[0] if names else None

    def _ask_where(self, as_email: bool) -> str | None:
        name = self.default_name(as_email)
        if name is None:
            return None
        file_filter = (
            self.tr("E-mail messages (*.eml)") if as_email else self.tr("Calendar files (*.ics)")
        )
        chosen = save_file(self, FileKind.INVITATION, self.tr("Save as"), name, file_filter)
        return str(chosen) if chosen else None

    def _delivered(self, delivery: Delivery) -> None:
        self.result_label.setStyleSheet("")
        self.result_label.setText(self._delivery_text(delivery))
        self.refresh_sent()
        self.invitation_sent.emit(self._conference_id)

    def _delivery_text(self, delivery: Delivery) -> str:
        count = len(delivery.recipients)
        if delivery.channel.value == "smtp":
            text = self.tr("Sent to %Ln address(es) through %1.", "", count).replace(
                "%1", delivery.destination
            )
            if delivery.refused:
                text += " " + self.tr("The server refused: %1.").replace(
                    "%1", ", ".join(delivery.refused)
                )
            return text
        if delivery.channel.value == "eml":
            return self.tr(
                "Saved as an e-mail message: %1. Open it in Outlook (or Thunderbird) and send it; "
                "it is addressed to %Ln invitee(s).",
                "",
                count,
            ).replace("%1", delivery.destination)
        return self.tr(
            "Saved as a calendar file: %1. Attach it to an e-mail to the %Ln invitee(s).",
            "",
            count,
        ).replace("%1", delivery.destination)

    def _show_error(self, text: str) -> None:
        self.result_label.setStyleSheet(ERROR_STYLE)
        self.result_label.setText(text)
