"""Publish to the office's calendar server: the office schedule, one leader's calendar, or
every leader's, each to a calendar of its own (issue 16).

The person chooses what and which period; the dialog shows where it goes (the calendar address
of Settings → Calendars and mail, or the leader's calendar beside it). Publishing runs in the
background with progress and Cancel. A calendar that does not exist on the server yet is
created only when the person agrees; a refusal, and every event that did not reach the server,
is said in the dialog itself, in a notice that stays until the next try.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from dialogue_app.services.calendar_exchange import MissingCalendar, PublishReport, PublishTarget
from dialogue_app.ui.common.background_task import Done, TaskDialog
from dialogue_app.ui.common.dates import date_edit
from dialogue_app.ui.common.operations import Operation

if TYPE_CHECKING:
    from dialogue_app.services.container import Services
    from dialogue_app.services.errors import Failure

OFFICE = "office"
ALL_LEADERS = "all"

NOTICE_STYLE = (
    "QLabel { background: #fdecea; color: #8a1c1c; border: 1px solid #e0a8a8;"
    " border-radius: 4px; padding: 8px; }"
)
DONE_STYLE = (
    "QLabel { background: #e8f4ea; color: #1d4d26; border: 1px solid #a9d1b1;"
    " border-radius: 4px; padding: 8px; }"
)


class PublishDialog(QDialog):
    """Choose what to publish and when; publish it in the background; say how it went."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("publishDialog")
        self.setWindowTitle(self.tr("Publish to the calendar server"))
        self.setMinimumWidth(620)
        self._services = services
        self._publishing = services.calendar_links.publishing
        self.progress: TaskDialog | None = None
        self.question: QMessageBox | None = None

        self.what = QComboBox()
        self.what.addItem(
            self.tr("The office schedule (all conferences and reception days)"), OFFICE
        )
        for leader in services.calendar_exchange.officials():
            self.what.addItem(self.tr("Calendar of %1").replace("%1", leader.label), leader.id)
        self.what.addItem(self.tr("All leaders, each to a calendar of their own"), ALL_LEADERS)
        self.what.currentIndexChanged.connect(lambda _index: self.show_address())
        today = services.clock.today()
        self.start = date_edit(today - timedelta(days=30))
        self.end = date_edit(today + timedelta(days=366))
        period = QHBoxLayout()
        period.addWidget(self.start)
        period.addWidget(QLabel(self.tr("to")))
        period.addWidget(self.end)
        period.addStretch(1)
        self.address = QLabel()
        self.address.setObjectName("publishAddress")
        self.address.setWordWrap(True)
        self.address.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.notice = QLabel()
        self.notice.setObjectName("publishNotice")
        self.notice.setWordWrap(True)
        self.notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notice.hide()

        form = QFormLayout()
        form.addRow(self.tr("Publish:"), self.what)
        form.addRow(self.tr("Period:"), period)
        form.addRow(self.tr("To the calendar:"), self.address)

        self.buttons = QDialogButtonBox()
        self.publish_button = self.buttons.addButton(
            self.tr("Publish"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        close = self.buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        self.publish_button.clicked.connect(lambda: self.publish())
        close.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.notice)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.show_address()

    # --- what and where ---------------------------------------------------------------------

    def choose(self, choice: int | str) -> None:
        """Choose the office schedule (``OFFICE``), a leader (an id) or ``ALL_LEADERS``."""
        self.what.setCurrentIndex(self.what.findData(choice))

    def show_address(self) -> None:
        choice = self.what.currentData()
        publishing = self._publishing
        leaders = [self.what.itemData(i) for i in range(self.what.count())]
        first_leader = next((d for d in leaders if isinstance(d, int)), None)

        def where() -> str:
            account = publishing.account()
            if choice == OFFICE:
                return account.url
            if choice == ALL_LEADERS:
                # an example only: which leaders have something is known when publishing
                sample = (
                    publishing.leader_account(first_leader, account).url
                    if first_leader is not None
                    else account.url
                )
                return self.tr(
                    "Each leader's calendar, beside the office's on the same server (e.g. %1)"
                ).replace("%1", sample)
            return publishing.leader_account(int(choice), account).url

        Operation(self, where).success(self._show_address).failure(
            lambda text, _failure: self._show_address_problem(text)
        ).run()

    def _show_address(self, text: str) -> None:
        self.address.setText(text)
        self.publish_button.setEnabled(True)

    def _show_address_problem(self, text: str) -> None:
        self.address.setText("")
        self.publish_button.setEnabled(False)
        self.say(text, problem=True)

    # --- publishing ---------------------------------------------------------------------------

    def publish(self, *, create_missing: bool = False) -> TaskDialog:
        """Publish what is chosen, in the background; a missing calendar is created only with
        ``create_missing`` (else the person is asked)."""
        start: date = self.start.date().toPython()
        end: date = self.end.date().toPython()
        choice = self.what.currentData()
        label = self.what.currentText()
        publishing = self._publishing

        def job(progress: Any, cancelled: Any) -> Done:
            if choice == ALL_LEADERS:
                done = publishing.publish_each_leader(
                    start,
                    end,
                    create_missing=create_missing,
                    progress=progress,
                    cancelled=cancelled,
                )
            else:
                account = publishing.account()
                target = (
                    PublishTarget(label, account)
                    if choice == OFFICE
                    else PublishTarget(
                        label, publishing.leader_account(int(choice), account), int(choice)
                    )
                )
                report = publishing.publish(
                    start,
                    end,
                    account=target.account,
                    leader_id=target.leader_id,
                    create_missing=create_missing,
                    progress=progress,
                    cancelled=cancelled,
                )
                done = [(target, report)]
            return Done(self.reports_text(done), done)

        self.notice.hide()
        dialog = (
            Operation(self, job)
            .success(lambda finished: self._published(finished.value))
            .failure(self._failed)
            .run_in_background(
                self.tr("Publishing"), text=self.tr("Publishing to the calendar server…")
            )
        )
        dialog.setObjectName("calendarPublishProgress")
        self.progress = dialog
        return dialog

    def _published(self, done: list[tuple[PublishTarget, PublishReport]]) -> None:
        complete = all(report.complete for _target, report in done)
        self.say(self.reports_text(done), problem=not complete)

    def _failed(self, text: str, failure: Failure) -> None:
        if isinstance(failure.message, MissingCalendar):
            if self.progress is not None:
                self.progress.close()
            self.offer_to_create(list(failure.message.urls))
            return
        self.say(
            self.tr("Nothing was published. %1").replace("%1", text),
            problem=True,
        )

    def offer_to_create(self, urls: list[str]) -> QMessageBox:
        """Ask whether the app may create the missing calendars (not blocking)."""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Create the calendar?"),
            self.tr(
                "The calendar server has no calendar at:\n%1\n\nCreate it now and publish? "
                "(Choose No if the address is wrong: correct it in Settings → Calendars and "
                "mail.)"
            ).replace("%1", "\n".join(urls)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setObjectName("createCalendarQuestion")
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Create and publish"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("Do not create"))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda answer: self._answered(answer, urls))
        box.open()
        self.question = box
        return box

    def _answered(self, answer: int, urls: list[str]) -> None:
        self.question = None
        if answer == QMessageBox.StandardButton.Yes:
            self.publish(create_missing=True)
            return
        self.say(
            self.tr(
                "Nothing was published: there is no calendar at %1. Create it on the server "
                "(or let the app create it), or correct the address in Settings → Calendars "
                "and mail."
            ).replace("%1", ", ".join(urls)),
            problem=True,
        )

    def say(self, text: str, *, problem: bool) -> None:
        """The notice at the top of the dialog's results: red for a problem."""
        self.notice.setStyleSheet(NOTICE_STYLE if problem else DONE_STYLE)
        self.notice.setText(text)
        self.notice.show()

    def reports_text(self, done: list[tuple[PublishTarget, PublishReport]]) -> str:
        if not done:
            return self.tr("No leader has anything to publish in this period.")
        parts = []
        for target, report in done:
            lines = [f"{target.label} → {report.collection_url}"] if len(done) > 1 else []
            lines.append(self.report_text(report))
            parts.append("\n".join(lines))
        return "\n\n".join(parts)

    def report_text(self, report: PublishReport) -> str:
        """What a publication did, in words; every event not on the server as the app has it."""
        lines = [
            self.tr("%1 events: %2 created, %3 updated, %4 unchanged, %5 deleted.")
            .replace("%1", str(report.total))
            .replace("%2", str(report.created))
            .replace("%3", str(report.updated))
            .replace("%4", str(report.unchanged))
            .replace("%5", str(report.deleted))
        ]
        if report.released:
            lines.append(
                self.tr(
                    "%1 no longer in this calendar, left on the server for another calendar."
                ).replace("%1", str(report.released))
            )
        for title, problems in (
            (
                self.tr("Changed on the server by somebody else, left as they are:"),
                report.conflicts,
            ),
            (self.tr("Refused by the server:"), report.failed),
            (self.tr("Not published:"), report.not_done),
        ):
            if problems:
                lines.append(title)
                lines += [f"  • {p.summary} ({p.reason})" for p in problems]
        if report.complete:
            lines.append(self.tr("The calendar server now has the schedule as the app has it."))
        else:
            lines.append(
                self.tr(
                    "The calendar server does not have everything yet: publish again later, or ask "
                    "the IT staff about the events listed."
                )
            )
        return "\n".join(lines)
