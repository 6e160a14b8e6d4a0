"""Agencies with open cases past their deadline: how many, how many days late (a small table)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from dialogue_app.services.cases import AgencyLateness

Index = QModelIndex | QPersistentModelIndex
COL_AGENCY, COL_OVERDUE, COL_MAX, COL_TOTAL, COL_OLDEST = range(5)


class LateAgencyModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[AgencyLateness] = []

    def set_rows(self, rows: list[AgencyLateness]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> AgencyLateness | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 5

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        headers = [
            self.tr("Agency"),
            self.tr("Overdue cases"),
            self.tr("Most days late"),
            self.tr("Days late in all"),
            self.tr("Oldest deadline"),
        ]
        return headers[section] if 0 <= section < len(headers) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            column = index.column()
            if column == COL_AGENCY:
                return row.agency or self.tr("(no agency assigned)")
            if column == COL_OVERDUE:
                return row.overdue
            if column == COL_MAX:
                return row.days_late_max
            if column == COL_TOTAL:
                return row.days_late_total
            if column == COL_OLDEST:
                day = row.oldest_deadline
                return QLocale().toString(QDate(day.year, day.month, day.day), "dd/MM/yyyy")
        return None
