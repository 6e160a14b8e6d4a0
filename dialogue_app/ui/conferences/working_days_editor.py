"""The working-day calendar in Settings: a year view (12 months × 31 days) showing weekends,
public holidays and the office's own days off and swapped working Saturdays, which can be edited.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
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

from dialogue_app.domain.calendar_days import DayException
from dialogue_app.services.container import Services
from dialogue_app.services.working_days import DayInfo
from dialogue_app.ui.common.changes import Changed
from dialogue_app.ui.common.dates import format_date
from dialogue_app.ui.common.operations import Operation, in_label
from dialogue_app.ui.conferences.scheduling_common import (
    HOLIDAY_COLOUR,
    SWAPPED_COLOUR,
    TODAY_COLOUR,
    WEEKEND_COLOUR,
)

Index = QModelIndex | QPersistentModelIndex
DAY_ROLE = Qt.ItemDataRole.UserRole + 20


class YearModel(QAbstractTableModel):
    """Rows are months, columns days 1–31; cells past a month's end are empty and disabled."""

    def __init__(self, today: date, parent: Any = None) -> None:
        super().__init__(parent)
        self.year = today.year
        self._days: dict[date, DayInfo] = {}
        self._today = today

    def set_days(self, year: int, days: Sequence[DayInfo]) -> None:
        self.beginResetModel()
        self.year = year
        self._days = {d.day: d for d in days}
        self.endResetModel()

    def day_at(self, index: Index) -> date | None:
        try:
            return date(self.year, index.row() + 1, index.column() + 1)
        except ValueError:
            return None

    def index_of(self, day: date) -> QModelIndex:
        return self.index(day.month - 1, day.day - 1)

    def info(self, day: date) -> DayInfo | None:
        return self._days.get(day)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 12

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 31

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid() or self.day_at(index) is None:
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return str(section + 1)
        return QLocale().monthName(section + 1, QLocale.FormatType.ShortFormat)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        day = self.day_at(index)
        if day is None:
            return None
        info = self._days.get(day)
        if role == Qt.ItemDataRole.DisplayRole:
            if info is None:
                return ""
            if info.exception is DayException.WORKING_DAY:
                return "L"  # làm bù: a swapped working day
            if info.exception is DayException.DAY_OFF or (info.substitute and not info.working):
                return "N"  # nghỉ: an office day off, or one in place of a holiday (nghỉ bù)
            if info.public_holiday:
                return "★"
            return ""
        if role == Qt.ItemDataRole.BackgroundRole:
            if day == self._today:
                return QBrush(TODAY_COLOUR)
            if info is None:
                return None
            if info.working:
                return QBrush(SWAPPED_COLOUR) if info.exception else None
            if info.reason == "weekend":
                return QBrush(WEEKEND_COLOUR)
            return QBrush(HOLIDAY_COLOUR)
        if role == Qt.ItemDataRole.ToolTipRole:
            text = format_date(day, long=True)
            if info is not None and info.reason:
                reason = self.tr("weekend") if info.reason == "weekend" else info.reason
                text += f"\n{reason}"
            return text
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == DAY_ROLE:
            return day
        return None


class WorkingDaysEditor(QWidget):
    """The office's working-day table with a year view; for the Settings page."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = services.working_days
        self._clock = services.clock
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(services.clock.today().year)
        self.year.valueChanged.connect(self.reload)

        self.model = YearModel(services.clock.today(), self)
        self.view = QTableView()
        self.view.setObjectName("year_view")
        self.view.setModel(self.model)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.view.horizontalHeader().setMinimumSectionSize(18)
        self.view.setMinimumHeight(330)
        self.view.selectionModel().currentChanged.connect(lambda *_: self._show_selected())

        self.selected_label = QLabel()
        self.selected_label.setObjectName("selected_day")
        self.selected_label.setWordWrap(True)
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Office day off (compensatory)"), DayException.DAY_OFF)
        self.kind.addItem(
            self.tr("Swapped working day (e.g. a Saturday)"), DayException.WORKING_DAY
        )
        self.description = QLineEdit()
        self.description.setPlaceholderText(self.tr("Note, e.g. “làm bù cho thứ Hai 31/8”"))
        add = QPushButton(self.tr("Set for this day"))
        add.clicked.connect(self.add_exception)
        self.remove_button = QPushButton(self.tr("Remove the office's entry"))
        self.remove_button.clicked.connect(self.remove_exception)
        self.message = QLabel()
        self.message.setWordWrap(True)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Year")))
        top.addWidget(self.year)
        top.addStretch(1)
        top.addWidget(
            QLabel(
                self.tr(
                    "★ public holiday · N day off (in place of a holiday, or the office's own) · "
                    "L swapped working day · grey weekend"
                )
            )
        )
        edit = QHBoxLayout()
        edit.addWidget(self.kind)
        edit.addWidget(self.description, 1)
        edit.addWidget(add)
        edit.addWidget(self.remove_button)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view)
        layout.addWidget(self.selected_label)
        layout.addLayout(edit)
        layout.addWidget(self.message)
        self.reload()
        today = self._clock.today()
        self.select_day(today if today.year == self.year.value() else None)
        # the year is read from January (Tết on screen), today selected (issue 18)
        self.view.scrollToTop()
        self.view.horizontalScrollBar().setValue(0)

    def reload(self) -> None:
        current = self.selected_day()
        self.model.set_days(self.year.value(), self._service.year(self.year.value()))
        if current is not None and current.year == self.year.value():
            self.select_day(current)
        self._show_selected()

    def select_day(self, day: date | None) -> None:
        if day is None:
            return
        if day.year != self.year.value():
            self.year.setValue(day.year)
        self.view.setCurrentIndex(self.model.index_of(day))

    def selected_day(self) -> date | None:
        index = self.view.currentIndex()
        return self.model.day_at(index) if index.isValid() else None

    def _show_selected(self) -> None:
        day = self.selected_day()
        if day is None:
            self.selected_label.setText(self.tr("Select a day in the year view to change it."))
            self.remove_button.setEnabled(False)
            return
        info = self.model.info(day)
        if info is None or info.working:
            text = self.tr("%1: working day")
        else:
            reason = self.tr("weekend") if info.reason == "weekend" else (info.reason or "")
            text = self.tr("%1: not a working day (%2)").replace("%2", reason)
        self.selected_label.setText(text.replace("%1", format_date(day, long=True)))
        self.remove_button.setEnabled(info is not None and info.exception is not None)

    def add_exception(self) -> None:
        day = self.selected_day()
        if day is None:
            self.message.setText(self.tr("Select a day first."))
            return
        kind, description = DayException(self.kind.currentData()), self.description.text()
        Operation(
            self,
            lambda: self._service.add_exception(day, kind, description),
            changes=Changed.WORKING_DAYS,
            waits=True,
        ).success(self._added).failure(in_label(self.message)).run()

    def _added(self, _result: object) -> None:
        self.message.setText(self.tr("Saved."))
        self.description.clear()
        self.reload()

    def remove_exception(self) -> None:
        day = self.selected_day()
        if day is None:
            return
        Operation(
            self,
            lambda: self._service.remove_exception(day),
            changes=Changed.WORKING_DAYS,
            waits=True,
            repeatable=True,  # removed already: the second try is refused, nothing else
        ).success(self._removed).failure(in_label(self.message)).run()

    def _removed(self, _result: object) -> None:
        self.message.setText(self.tr("Removed."))
        self.reload()
