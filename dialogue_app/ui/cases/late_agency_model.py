"""Agencies with open cases past their deadline: how many, how many days late (a small table)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from dialogue_app.services.cases import AgencyLateness
from dialogue_app.ui.common.dates import format_date
from dialogue_app.ui.common.rows_model import RowsModel

Index = QModelIndex | QPersistentModelIndex
COL_AGENCY, COL_OVERDUE, COL_MAX, COL_TOTAL, COL_OLDEST = range(5)


class LateAgencyModel(RowsModel[AgencyLateness]):
    def headers(self) -> list[str]:
        return [
            self.tr("Agency"),
            self.tr("Overdue cases"),
            self.tr("Most days late"),
            self.tr("Days late in all"),
            self.tr("Oldest deadline"),
        ]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
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
                return format_date(row.oldest_deadline)
        return None
