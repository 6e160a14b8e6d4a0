"""Reception duties: who is behind their quota this week or month, each required day marked held,
delegated or missed, and the leaders' standing reception schedules.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dialogue_app.domain.calendar_days import DutyPeriod, DutyStatus
from dialogue_app.domain.reception_rules import period_bounds
from dialogue_app.services.conferences import ComplianceRow, DutyData
from dialogue_app.services.container import Services
from dialogue_app.ui.common.changes import Changed, ChangeHub, follow_changes
from dialogue_app.ui.common.conflict_dialog import Choice, resolve_conflict, shown
from dialogue_app.ui.common.dates import date_edit, format_date
from dialogue_app.ui.common.messages import ERROR_STYLE
from dialogue_app.ui.common.operations import Operation, in_label
from dialogue_app.ui.common.rows_model import RowsModel
from dialogue_app.ui.conferences.conference_dialog import TextPrompt
from dialogue_app.ui.conferences.reception_schedules_view import ScheduleDialog
from dialogue_app.ui.conferences.scheduling_common import duty_status_label, pydate

Index = QModelIndex | QPersistentModelIndex
BEHIND_COLOUR = QColor("#fde2e1")


class ComplianceModel(RowsModel[ComplianceRow]):
    """One row per leader with a quota: required, held, delegated, missed, planned days."""

    def headers(self) -> list[str]:
        return [
            self.tr("Leader"),
            self.tr("Quota"),
            self.tr("Period"),
            self.tr("Required"),
            self.tr("Held or delegated"),
            self.tr("Missed"),
            self.tr("Planned or not marked"),
            self.tr("Standing"),
        ]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        count = row.count
        if role == Qt.ItemDataRole.DisplayRole:
            return [
                f"{row.official_name} ({row.position})" if row.position else row.official_name,
                row.quota_name,
                f"{format_date(row.period_start)} – {format_date(row.period_end)}",
                str(count.required),
                str(count.fulfilled),
                str(count.missed),
                str(count.planned + count.unmarked),
                self.tr("Behind by %Ln day(s)", "", count.shortfall)
                if count.behind
                else self.tr("On track"),
            ][index.column()]
        if role == Qt.ItemDataRole.BackgroundRole and count.behind:
            return QBrush(BEHIND_COLOUR)
        return None


class DutyModel(RowsModel[DutyData]):
    """The required reception days of a period."""

    def headers(self) -> list[str]:
        return [
            self.tr("Day"),
            self.tr("Leader"),
            self.tr("Status"),
            self.tr("Delegate or reason"),
        ]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        duty = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return [
                format_date(duty.day),
                duty.official_name,
                duty_status_label(duty.status),
                duty.delegate_name or duty.reason or "",
            ][index.column()]
        if role == Qt.ItemDataRole.BackgroundRole and duty.status is DutyStatus.MISSED:
            return QBrush(BEHIND_COLOUR)
        return None


class DutiesView(QWidget):
    """Who is behind this week or month, and the reception days to mark.

    ``ask_delegate`` and ``ask_reason`` open small prompts; tests replace them.

    Signals:
    """

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.ask_delegate: Callable[[DutyData], int | None] = self._ask_delegate
        self.ask_reason: Callable[[DutyData], str | None] = self._ask_reason

        self.period = QComboBox()
        self.period.addItem(self.tr("Week"), DutyPeriod.WEEK)
        self.period.addItem(self.tr("Month"), DutyPeriod.MONTH)
        self.reference = date_edit(services.clock.today())
        self.period.currentIndexChanged.connect(self.reload)
        self.reference.dateChanged.connect(self.reload)
        add_schedule = QPushButton(self.tr("New reception schedule…"))
        add_schedule.clicked.connect(self.add_schedule)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Period containing")))
        bar.addWidget(self.reference)
        bar.addWidget(self.period)
        bar.addStretch(1)
        bar.addWidget(add_schedule)

        self.compliance_model = ComplianceModel(self)
        self.compliance_view = _view(self.compliance_model)
        self.compliance_view.setObjectName("compliance")
        self.duty_model = DutyModel(self)
        self.duty_view = _view(self.duty_model)
        self.duty_view.setObjectName("duties")
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)

        held = QPushButton(self.tr("Held"))
        held.clicked.connect(lambda: self.mark(DutyStatus.HELD))
        delegated = QPushButton(self.tr("Delegated…"))
        delegated.clicked.connect(lambda: self.mark(DutyStatus.DELEGATED))
        missed = QPushButton(self.tr("Missed…"))
        missed.clicked.connect(lambda: self.mark(DutyStatus.MISSED))
        marks = QHBoxLayout()
        marks.addWidget(QLabel(self.tr("Mark the selected day:")))
        for button in (held, delegated, missed):
            marks.addWidget(button)
        marks.addStretch(1)

        standing = QGroupBox(self.tr("Quotas (Law on Citizen Reception; Regulation 11-QĐi/TW)"))
        standing_layout = QVBoxLayout(standing)
        standing_layout.addWidget(self.compliance_view)
        days = QGroupBox(self.tr("Reception days in the period"))
        days_layout = QVBoxLayout(days)
        days_layout.addWidget(self.duty_view)
        days_layout.addLayout(marks)

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.hint)
        layout.addWidget(standing, 1)
        layout.addWidget(days, 1)
        layout.addWidget(self.error)
        # data is read when the view is first shown, then again when what it shows changed
        self.changes = follow_changes(
            self,
            Changed.RECEPTION | Changed.CONFERENCES | Changed.WORKING_DAYS,
            self.reload,
            stale=True,
        )

    def bounds(self) -> tuple[date, date]:
        return period_bounds(DutyPeriod(self.period.currentData()), pydate(self.reference.date()))

    def reload(self) -> None:
        self.changes.loaded()
        reference = pydate(self.reference.date())
        reception = self._services.reception
        rows = reception.compliance(reference)
        self.compliance_model.set_rows(rows)
        first, last = self.bounds()
        self.duty_model.set_rows(reception.duties(first, last))
        for view in (self.compliance_view, self.duty_view):
            view.resizeColumnsToContents()
            view.resizeRowsToContents()
        behind = [r for r in rows if r.count.behind]
        if not rows:
            self.hint.setText(
                self.tr(
                    "No leader has a reception quota yet. Press “New reception schedule…” to "
                    "give a leader a schedule and a quota."
                )
            )
        elif behind:
            self.hint.setText(
                self.tr("%Ln leader(s) behind their quota in this period.", "", len(behind))
            )
        else:
            self.hint.setText(self.tr("Every leader is on track in this period."))

    def selected_duty(self) -> DutyData | None:
        index = self.duty_view.currentIndex()
        if not index.isValid():
            return None
        return self.duty_model.rows[index.row()]

    def mark(self, status: DutyStatus) -> None:
        self.error.clear()
        duty = self.selected_duty()
        if duty is None:
            self.error.setText(self.tr("Select a reception day first."))
            return
        delegate = reason = None
        if status is DutyStatus.DELEGATED:
            delegate = self.ask_delegate(duty)
            if delegate is None:
                return
        if status is DutyStatus.MISSED:
            reason = self.ask_reason(duty)
            if not reason:
                return
        self._mark(duty, replace(duty, status=status, delegate_id=delegate, reason=reason))

    def _mark(self, seen: DutyData, mark: DutyData) -> None:
        """Save ``mark`` over the version ``seen``; somebody else's mark meanwhile is shown
        beside it and the person chooses (``ui/common/conflict_dialog.py``)."""
        row = self.duty_view.currentIndex().row()
        Operation(
            self,
            lambda: self._services.reception.mark_duty(
                mark.id,
                mark.status,
                delegate_id=mark.delegate_id,
                reason=mark.reason,
                expected_version=seen.version,
            ),
            changes=Changed.RECEPTION | Changed.CONFERENCES,
            waits=True,
            repeatable=True,
        ).success(
            lambda _result: self.duty_view.setCurrentIndex(self.duty_model.index(row, 0))
        ).failure(in_label(self.error)).conflict(
            lambda theirs: self._marked_meanwhile(seen, mark, theirs)
        ).run()

    def _marked_meanwhile(self, seen: DutyData, mine: DutyData, theirs: DutyData | None) -> None:
        hub = ChangeHub.of(self)
        if theirs is None:
            self.error.setText(self.tr("This reception day no longer exists."))
            hub.announce(Changed.RECEPTION)
            return
        names = {o.id: o.name for o in self._services.registers.planning_choices().officials}
        labels = {
            "status": self.tr("Status"),
            "delegate_id": self.tr("Delegated to"),
            "reason": self.tr("Reason"),
        }

        def show(name: str, value: object) -> str:
            if name == "status" and isinstance(value, DutyStatus):
                return duty_status_label(value)
            if name == "delegate_id" and isinstance(value, int):
                return names.get(value, str(value))
            return shown(value)

        resolution = resolve_conflict(self, seen, mine, theirs, labels, show)
        if resolution.choice is Choice.THEIRS:
            hub.announce(Changed.RECEPTION | Changed.CONFERENCES)
        elif resolution.record is not None:
            self._mark(theirs, resolution.record)

    def add_schedule(self) -> None:
        dialog = ScheduleDialog(self._services, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _ask_delegate(self, duty: DutyData) -> int | None:
        choices = self._services.registers.planning_choices().officials
        officials = [o for o in choices if o.id != duty.official_id]
        names = [o.name for o in officials]
        if not names:
            self.error.setText(self.tr("There is no other leader to delegate to."))
            return None
        name, ok = QInputDialog.getItem(
            self,
            self.tr("Delegated to"),
            self.tr("Who received citizens instead?"),
            names,
            0,
            False,
        )
        if not ok:
            return None
        return officials[names.index(name)].id

    def _ask_reason(self, duty: DutyData) -> str | None:
        return TextPrompt.ask(
            self,
            self.tr("Reception day missed"),
            self.tr("Why did %1 not receive citizens on %2?")
            .replace("%1", duty.official_name)
            .replace("%2", format_date(duty.day)),
        )


def _view(model: QAbstractTableModel) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.horizontalHeader().setStretchLastSection(True)
    view.verticalHeader().hide()
    return view
