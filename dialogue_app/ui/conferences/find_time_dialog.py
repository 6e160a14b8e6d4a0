"""Find a time: the earliest free slots for chosen leaders and venue (a scheduling assistant)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, time, timedelta
from typing import Any

from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from dialogue_app.domain.scheduling import Interval, WorkingHours
from dialogue_app.services.container import Services
from dialogue_app.ui.common.dates import date_edit, format_span
from dialogue_app.ui.common.operations import Operation, in_label
from dialogue_app.ui.conferences.scheduling_common import pydate


class FindTimeDialog(QDialog):
    """Lists free slots; ``chosen`` holds the slot picked when the dialog is accepted."""

    def __init__(
        self,
        services: Services,
        official_ids: list[int],
        venue_id: int | None,
        duration: timedelta,
        first_day: date,
        *,
        exclude_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Find a free time"))
        self._services = services
        self._official_ids = official_ids
        self._venue_id = venue_id
        self._exclude_id = exclude_id
        self.chosen: Interval | None = None

        self.first_day = date_edit(first_day)
        self.last_day = date_edit(first_day + timedelta(days=30))
        self.minutes = QSpinBox()
        self.minutes.setRange(15, 24 * 60)
        self.minutes.setSingleStep(15)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setValue(max(15, int(duration.total_seconds() // 60)))
        self.day_start = QTimeEdit(QTime(7, 30))
        self.day_end = QTimeEdit(QTime(17, 0))
        search = QPushButton(self.tr("Search"))
        search.clicked.connect(self.search)

        form = QFormLayout()
        form.addRow(self.tr("From"), self.first_day)
        form.addRow(self.tr("To"), self.last_day)
        form.addRow(self.tr("Duration"), self.minutes)
        hours = QHBoxLayout()
        hours.addWidget(self.day_start)
        hours.addWidget(QLabel("–"))
        hours.addWidget(self.day_end)
        form.addRow(self.tr("Working hours"), hours)

        self.slots = QListWidget()
        self.slots.itemActivated.connect(lambda _item: self.accept())
        self.message = QLabel()
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Use this time"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(search, alignment=Qt.AlignmentFlag.AlignRight)
        layout.addWidget(self.slots)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.search()

    def search(self) -> None:
        self.slots.clear()
        start, end = self.day_start.time(), self.day_end.time()
        hours = WorkingHours(
            time(start.hour(), start.minute()),
            time(end.hour(), end.minute()),
            (time(11, 30), time(13, 30)),
        )
        Operation(
            self,
            lambda: self._services.scheduling.find_slots(
                self._official_ids,
                self._venue_id,
                timedelta(minutes=self.minutes.value()),
                pydate(self.first_day.date()),
                pydate(self.last_day.date()),
                hours=hours,
                limit=15,
                exclude_id=self._exclude_id,
            ),
        ).success(self._found).failure(in_label(self.message)).run()

    def _found(self, found: Sequence[Any]) -> None:
        for slot in found:
            item = QListWidgetItem(format_span(slot.start, slot.end))
            item.setData(Qt.ItemDataRole.UserRole, (slot.start, slot.end))
            self.slots.addItem(item)
        if found:
            self.slots.setCurrentRow(0)
            self.message.setText(
                self.tr("The earliest free times on working days. Double-click one to use it.")
            )
        else:
            self.message.setText(
                self.tr(
                    "No free time in these days. Choose a later end date or a shorter duration."
                )
            )

    def accept(self) -> None:
        item = self.slots.currentItem()
        if item is not None:
            start, end = item.data(Qt.ItemDataRole.UserRole)
            self.chosen = Interval(start, end)
        super().accept()
