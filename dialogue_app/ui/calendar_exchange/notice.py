"""The notice on the calendar page when the office's calendars need attention (issue 16).

A leader's calendar that could not be read (the conflict checks then use the last good copy),
or the published schedule file that could not be written: said at the top of the calendar
page, in plain words, until it is put right, with a button to the settings where it is put
right. The subscriptions' state is read from the database (so it is there from the start,
whoever refreshed them); the file's comes from the window's background upkeep (``upkeep.py``).

The widget takes no room while all is well; "Hide" hides the notice until what it says changes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from dialogue_app.ui.calendar_exchange.upkeep import CalendarUpkeep
from dialogue_app.ui.common.changes import Changed, follow_changes
from dialogue_app.ui.common.dates import format_datetime
from dialogue_app.ui.common.messages import parts_translated
from dialogue_app.ui.common.operations import Operation

if TYPE_CHECKING:
    from dialogue_app.services.calendar_exchange import SubscriptionView
    from dialogue_app.services.container import Services

FRAME_STYLE = (
    "QFrame#calendarNoticeFrame { background: #fff4e5; border: 1px solid #e6a23c;"
    " border-radius: 4px; }"
    " QLabel { color: #5c3b00; }"
)


class CalendarNotice(QWidget):
    """What needs attention in the office's calendar links; nothing when all is well."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("calendarNotice")
        self._services = services
        self._upkeep: CalendarUpkeep | None = None
        self._subscription_lines: list[str] = []
        self._hidden_text: str | None = None
        self.links_dialog: QWidget | None = None
        self._read_once = False

        self.frame = QFrame()
        self.frame.setObjectName("calendarNoticeFrame")
        self.frame.setStyleSheet(FRAME_STYLE)
        self.title = QLabel(self.tr("The office's calendars need attention"))
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.label = QLabel()
        self.label.setObjectName("calendarNoticeText")
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.settings_button = QPushButton(self.tr("Calendars and mail…"))
        self.settings_button.clicked.connect(lambda: self.open_settings())
        self.hide_button = QPushButton(self.tr("Hide"))
        self.hide_button.clicked.connect(lambda: self.dismiss())
        buttons = QVBoxLayout()
        buttons.addWidget(self.settings_button)
        buttons.addWidget(self.hide_button)
        buttons.addStretch(1)
        texts = QVBoxLayout()
        texts.addWidget(self.title)
        texts.addWidget(self.label)
        inner = QHBoxLayout(self.frame)
        inner.addLayout(texts, 1)
        inner.addLayout(buttons)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.frame)
        self.frame.hide()
        self.changes = follow_changes(self, Changed.CONFERENCES, self.reload, stale=True)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        if self._upkeep is None:
            upkeep = self.window().findChild(CalendarUpkeep)
            if upkeep is not None:
                self.follow(upkeep)
        super().showEvent(event)

    def follow(self, upkeep: CalendarUpkeep) -> None:
        """Hear the background upkeep's problems (found on the window when first shown)."""
        self._upkeep = upkeep
        upkeep.problems_changed.connect(self.reload)
        self._show()

    def reload(self) -> None:
        if not self._read_once:
            # the first read once the page around it is built and shown (the notice is for
            # problems, and reading it imports the calendar exchange: not before the page)
            self._read_once = True
            QTimer.singleShot(0, self, self.reload)  # not once deleted
            return
        Operation(self, self._subscriptions, during="reading the subscribed calendars").success(
            self._read
        ).run()

    def _subscriptions(self) -> list[SubscriptionView]:
        # in the background, services.calendar_links included: the calendar exchange's modules
        # (icalendar, caldav) are imported there the first time, not on the UI thread
        return self._services.calendar_links.subscriptions.all()

    def _read(self, views: list[SubscriptionView]) -> None:
        self._subscription_lines = [self._line(view) for view in views if view.last_error]
        self._show()

    def _line(self, view: SubscriptionView) -> str:
        error = parts_translated(view.last_error_parts)
        if view.last_success_at is not None:
            text = self.tr(
                "%1's calendar could not be read: %2 The conflict checks use the copy read %3."
            ).replace("%3", format_datetime(view.last_success_at))
        else:
            text = self.tr(
                "%1's calendar could not be read: %2 Nothing has been read from it yet, so the "
                "conflict checks do not know when %1 is busy."
            )
        return text.replace("%2", error).replace("%1", view.official_name)

    def text(self) -> str:
        """Everything that needs attention now, one line each ("" when all is well)."""
        lines = list(self._subscription_lines)
        if self._upkeep is not None:
            lines += [words for name, words in sorted(self._upkeep.problems.items())]
        return "\n".join(f"• {line}" for line in lines)

    def _show(self) -> None:
        text = self.text()
        self.label.setText(text)
        self.frame.setVisible(bool(text) and text != self._hidden_text)

    def dismiss(self) -> None:
        """Hide what is said now; a new or changed problem shows the notice again."""
        self._hidden_text = self.text()
        self.frame.hide()

    def open_settings(self) -> QWidget:
        from dialogue_app.ui.calendar_exchange.links_dialog import CalendarLinksDialog

        dialog = CalendarLinksDialog(self._services, self.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result: self.reload())
        dialog.open()
        self.links_dialog = dialog
        return dialog
